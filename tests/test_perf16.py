"""Work that scaled with the knowledge's size gives the same results done the scalable way
(issue 10: reply latency at 100x the knowledge).

* the knowledge search ranks records with numpy columns: checked against the plain
  per-text loop it replaced (kept here as the reference), scores to the bit;
* `GroupMax` (each FAQ entry's best example) against `np.maximum.at`;
* `Router.support_in_words` asks the incentives first: it never skips a search that an
  incentive's title would have led;
* listed items' words are kept per (reading, item), made from the reading they are keyed by;
* events' folded names and series names, kept per knowledge version, equal the direct ones."""

from __future__ import annotations

import heapq
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from core.kb.index import KnowledgeBase
from core.kb.loader import load_knowledge
from core.kb.search import _row_scores, best_records
from core.text import fold
from intents import events
from intents.nlu.sparse import GroupMax
from intents.router import (
    _EVENT_NAMES,
    _OWN_WORDS,
    DESCRIBED_NAME_MIN,
    _incentive_title_found,
    _item_words,
    _OwnWords,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge(ROOT / "knowledge").require()


def plain_best_records(conn, text, langs, kinds, limit):
    """The ranking as the per-text loop computed it before (the reference)."""
    scores, records = _row_scores(conn, text, langs, kinds)
    by_record: dict[int, list[tuple[float, int]]] = {}
    for rowid, score in scores.items():
        order, weight = records[rowid]
        by_record.setdefault(order, []).append((-score * weight, rowid))
    totals = []
    for order, texts in by_record.items():
        texts.sort()
        negative, best_row = texts[0]
        total = -negative
        for other, _rowid in texts[1:]:
            total += 0.1 * -other
        totals.append((-total, order, best_row))
    top = heapq.nsmallest(limit, totals)
    named = {row[0]: row[1:] for row in conn.execute("SELECT rowid, kind, record_id, field, lang FROM search")}
    return [(*named[best_row], -negative) for negative, _order, best_row in top]


SEARCHES = [
    "Ming palace set", "short drama subsidy for vertical series", "festival film night coproduction",
    "¿tienen ayudas para microdramas verticales?", "mil gracias de nuevo, nos sirve para armar el presupuesto",
    "横店有没有明清宫苑的景？", "竖屏短剧补贴怎么申请", "세로형 숏드라마 인센티브 있나요", "헝뎬 세트 대여",
    "AI TV 3D", "宫", "Hengdian Hengdian world studios distribution partners sets",
]


@pytest.mark.parametrize("text", SEARCHES)
@pytest.mark.parametrize("langs, kinds, limit", [
    (None, None, 10), (("es", "en"), None, 2), (("zh", "en"), ("location", "work"), 5),
    (("ko", "en"), ("incentive",), 1),
])
def test_search_ranks_as_the_plain_loop(kb: KnowledgeBase, text, langs, kinds, limit) -> None:
    got = [tuple(b) for b in best_records(kb._db.conn, text, langs, kinds, limit)]
    assert got == plain_best_records(kb._db.conn, text, langs, kinds, limit)  # scores to the bit


def test_search_many_texts_per_record_sums_best_first(kb: KnowledgeBase) -> None:
    # a word in names, aliases and descriptions of many records in four languages: records with
    # several matching texts, so the tenth-of-each-other-text sum runs over several levels
    for text in ("hengdian studios film drama set", "横店 影视 短剧", "헝뎬 드라마 촬영"):
        assert [tuple(b) for b in best_records(kb._db.conn, text, None, None, 50)] == \
            plain_best_records(kb._db.conn, text, None, None, 50)


@pytest.mark.parametrize("ordered", [True, False])
def test_group_max_equals_maximum_at(ordered: bool) -> None:
    rng = np.random.default_rng(7)
    column = np.sort(rng.integers(0, 40, 500)) if ordered else rng.integers(0, 40, 500)
    groups = 45  # some groups have no value: they keep `initial`
    found = GroupMax(column, groups)
    for dtype, initial in ((np.float32, -1.0), (np.float64, 0.0)):
        values = rng.normal(size=500).astype(dtype)
        expected = np.full(groups, initial)
        np.maximum.at(expected, column, values)
        got = found(values, initial)
        assert got.dtype == np.float64 and np.array_equal(got, expected)
    assert np.array_equal(GroupMax(np.zeros(0, np.int64), 3)(np.zeros(0), -1.0), [-1.0] * 3)


INCENTIVE_ASKS = [
    ("en", "Special incentives for vertical short dramas"), ("en", "how to request support for your shoot"),
    ("en", "can distribution partners use Hengdian's sets and resources?"),
    ("en", "on-site production services for visiting crews"), ("en", "mature ecosystem, favorable costs?"),
    ("en", "thanks a lot, that helps with the budget"), ("en", "which dramas can we license in Africa"),
    ("es", "¿Cómo solicitar apoyo para tu rodaje?"), ("es", "incentivos especiales para microdramas verticales"),
    ("es", "servicios de producción in situ para equipos visitantes"), ("es", "¿qué sets tienen de palacio?"),
    ("zh", "如何申请拍摄支持"), ("zh", "发行伙伴可使用横店场景与资源吗"), ("zh", "外地剧组现场制作服务"),
    ("zh", "有什么宫殿的景"),
    ("ko", "촬영 지원 신청 방법"), ("ko", "세로형 숏드라마 특별 인센티브"), ("ko", "방문 제작팀을 위한 현지 제작 서비스"),
    ("ko", "궁궐 세트 있나요"),
]


@pytest.mark.parametrize("lang, text", INCENTIVE_ASKS)
def test_incentives_first_never_skips_a_title_that_leads(kb: KnowledgeBase, lang: str, text: str) -> None:
    turn = SimpleNamespace(kb=kb, reading=lang)
    full = kb.search(text, lang=lang, limit=2)
    leads = bool(full) and full[0].kind == "incentive" and full[0].score >= DESCRIBED_NAME_MIN \
        and full[0].field.rsplit(".", 1)[-1] in ("title", "aliases")
    if leads:
        assert _incentive_title_found(turn, text)  # type: ignore[arg-type]
    # and it says yes exactly when the best incentive alone passes the same gate
    alone = kb.search(text, lang=lang, kinds=["incentive"], limit=1)
    assert _incentive_title_found(turn, text) == (  # type: ignore[arg-type]
        bool(alone) and alone[0].score >= DESCRIBED_NAME_MIN and alone[0].field.rsplit(".", 1)[-1] in ("title", "aliases"))


def test_incentive_titles_are_found_in_four_languages(kb: KnowledgeBase) -> None:
    # the gate can pass at all: an incentive's own title, in each language, leads
    for lang in ("en", "es", "zh", "ko"):
        for incentive in kb.incentives.values():
            title = incentive.title.get(lang)
            turn = SimpleNamespace(kb=kb, reading=lang)
            full = kb.search(title, lang=lang, limit=1)
            if full and full[0].kind == "incentive" and full[0].score >= DESCRIBED_NAME_MIN:
                assert _incentive_title_found(turn, title)  # type: ignore[arg-type]


def test_own_words_are_the_readings(kb: KnowledgeBase) -> None:
    items = [f"event:{rid}" for rid in kb.events] + [f"location:{rid}" for rid in list(kb.locations)[:5]]
    own = _OwnWords()
    for reading in ("en", "zh", "ko", "es", "zh"):
        turn = SimpleNamespace(kb=kb, reading=reading, lang="en")  # the language does not key them
        words = [_item_words(kb, reading, item) for item in items]
        shared = {w for ws in words for w in ws if sum(w in other for other in words) > 1}
        assert own.of(turn, items) == [ws - shared for ws in words]  # type: ignore[arg-type]
        # a list not seen before reuses the items' words, with its own shared ones
        part = items[::2]
        words = [_item_words(kb, reading, item) for item in part]
        shared = {w for ws in words for w in ws if sum(w in other for other in words) > 1}
        assert own.of(turn, part) == [ws - shared for ws in words]  # type: ignore[arg-type]
    zh = own.of(SimpleNamespace(kb=kb, reading="zh", lang="en"), items)  # type: ignore[arg-type]
    en = own.of(SimpleNamespace(kb=kb, reading="en", lang="en"), items)  # type: ignore[arg-type]
    assert any(any("\u4e00" <= ch <= "\u9fff" for w in ws for ch in w) for ws in zh)
    assert not any(any("\u4e00" <= ch <= "\u9fff" for w in ws for ch in w) for ws in en)
    assert _OWN_WORDS is not own


def test_event_names_and_series_per_knowledge(kb: KnowledgeBase) -> None:
    assert _EVENT_NAMES.of(kb) == [(e.id, [fold(n) for n in e.name.all()]) for e in kb.events.values()]
    assert _EVENT_NAMES.of(kb) is _EVENT_NAMES.of(kb)  # kept for the version
    for e in kb.events.values():
        assert events.series(e) == " ".join(events._YEAR.sub(" ", e.name.en).lower().split())
    named = SimpleNamespace(name=SimpleNamespace(en="Latin Film Night 2027"))
    assert events.series(named) == "latin film night"  # type: ignore[arg-type]


def test_memory_json_is_asdicts() -> None:
    import json
    from dataclasses import asdict

    from intents.memory import Memory

    for memory in (Memory(), Memory(items=tuple(f"event:e{i}" for i in range(1000)), focus="event:e1",
                                    subject="events", answer="list:events", pending=("x|y",), lang="zh",
                                    asked="有什么活动", item_fact="date", zone="Asia/Seoul", owner="partner:p")):
        assert memory.to_json() == json.dumps(asdict(memory), ensure_ascii=False, sort_keys=True)
        assert Memory.from_json(memory.to_json()) == memory


def test_upcoming_is_the_sorted_upcoming_events(kb: KnowledgeBase) -> None:
    from datetime import UTC, datetime

    for now in (datetime(2024, 1, 1, tzinfo=UTC), datetime(2026, 11, 30, 12, tzinfo=UTC),
                datetime(2027, 6, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC)):
        turn = SimpleNamespace(kb=kb, now=now)
        expected = sorted((e for e in kb.events.values() if events.is_upcoming(e, now)), key=lambda e: e.starts)
        assert events.upcoming(turn) == expected  # type: ignore[arg-type]

"""perf5 (issue 10, bench/scale.py): the work that grew with the number of records is done once per
snapshot or narrowed to the rows that can answer, and every answer stays what the plain way gave.

- a search limited to a few kinds seeks to their run of rowids (`KnowledgeBase._rowids_of`);
- the works of a genre (`catalog.works_for`) and the plot index are kept per snapshot;
- `work_by_plot` scores only the works holding a rare term said;
- `Understanding.ids` / `records` are worked out once per understanding.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.kb.search import best_records
from intents import catalog
from intents.catalog import _plot_index, _plot_terms, _runs, fits_genre, work_by_plot
from intents.nlu.data import load_test
from intents.turn import Turn
from intents.understand import Entity
from tests.shipped import shipped_kb

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

KIND_SETS = [["incentive"], ["contact"], ["work"], ["event", "location"], ["incentive", "contact"],
             ["partner"], ["faq"], ["program", "event"]]


def _texts() -> list[tuple[str, str]]:
    """Held-out partner messages of the four languages (every 7th, ~90 of them)."""
    return [(lang, ex.text) for lang, data in sorted(load_test().items()) for ex in data.examples][::7]


def _plain_turn(services: Services, lang: str, text: str) -> Turn:
    u = services.brain.understander.understand(text, shipped_kb())
    return Turn(kb=shipped_kb(), lang=lang, chat_id=42, store=services.store, now=NOW,  # type: ignore[arg-type]
                home_tz=ZoneInfo("Asia/Shanghai"), text=text, entities=u.entities)


@pytest.mark.parametrize("kinds", KIND_SETS, ids="+".join)
def test_kind_limited_search_is_the_full_search_filtered(services: Services, kinds: list[str]) -> None:
    kb = shipped_kb()
    rowids = kb._rowids_of(tuple(kinds))
    assert rowids[0] <= rowids[1]
    conn = kb._db.conn
    checked = 0
    for lang, text in _texts():
        langs = (lang, "en") if lang != "en" else ("en",)
        plain = best_records(conn, text, langs, tuple(kinds), 5)  # every match read, then filtered
        sought = best_records(conn, text, langs, tuple(kinds), 5, rowids)
        assert sought == plain, text
        checked += bool(plain)
    assert checked, "no message found anything of these kinds: the comparison proved nothing"


def test_kinds_are_runs_of_rowids(services: Services) -> None:
    """The range is only a shortcut if no other kind's row lies inside it."""
    conn = shipped_kb()._db.conn
    runs = conn.execute("SELECT kind, min(rowid), max(rowid), count(*) FROM search GROUP BY kind").fetchall()
    for kind, lo, hi, count in runs:
        assert hi - lo + 1 == count, kind


def test_works_of_a_genre_are_kept_but_never_shared_for_mutation(services: Services) -> None:
    turn = _plain_turn(services, "en", "any mystery titles?")
    works = turn.kb.works
    for genre in [catalog.ALL, "mystery", "romance", "mystery+thriller", "romance:historical", "nothing"]:
        first = catalog.works_for(turn, genre)
        assert first == [w for w in works.values() if fits_genre(genre, w)]
        first.clear()  # a caller that edits its list does not edit the next caller's
        assert catalog.works_for(turn, genre) == [w for w in works.values() if fits_genre(genre, w)]


def _plain_work_by_plot(turn: Turn, rare: int = 3, least: int = 3):
    """`work_by_plot` as it was: every work scored."""
    index, df, _ = _plot_index(turn)
    from core.text import fold
    text = fold(turn.text)
    for ent in turn.entities:
        if ent.kind == "genre" and 0 <= ent.start < ent.end <= len(text):
            text = text[:ent.start] + " " * (ent.end - ent.start) + text[ent.end:]
    said = _plot_terms(text, turn.lang)
    scored, rivals = [], []
    for wid, by_lang in index.items():
        held = by_lang.get(turn.lang, set()) | by_lang["en"]
        shared = [term for term in said & held if df.get(term, 99) <= rare]
        weight = sum(1.0 / df[term] for term in shared)
        rivals.append(weight)
        clues = _runs(shared, text)
        strong = all(len(term) >= 6 if term.isascii() else not re.match(r"[가-힣]", term) for term in shared)
        if clues >= least or (clues >= 2 and weight >= 2.0 and strong):
            scored.append((weight, len(shared), wid))
    if not scored:
        return None
    scored.sort(reverse=True)
    rivals.sort(reverse=True)
    if len(rivals) > 1 and rivals[1] * 1.5 > scored[0][0]:
        return None
    return turn.kb.works[scored[0][2]]


STORIES = [("en", "a series about a South African chef running a noodle stall in Hengdian"),
           ("es", "una astrónoma chilena que viaja al tiempo de Qin, ¿cómo se llama?"),
           ("zh", "有没有一部讲南非厨师在横店开面馆的剧？"),
           ("ko", "칠레 천문학자가 진나라로 가는 작품 제목이 뭐예요?"),
           ("es", "serie de un mochilero colombiano que hace de extra en Hengdian")]


def test_plot_told_finds_the_same_title_as_scoring_every_work(services: Services) -> None:
    found = 0
    for lang, text in [*STORIES, *_texts()]:
        turn = _plain_turn(services, lang, text)
        plain = _plain_work_by_plot(turn)
        assert work_by_plot(turn) is plain, text
        found += plain is not None
    assert found >= 3  # the stories are found: the comparison covers hits, not only misses


def test_understanding_named_ids_follow_its_own_entities(services: Services) -> None:
    u = services.brain.understander.understand("tell me about Latin Film Night and Dalynn Studio", shipped_kb())
    assert "latin_film_night" in u.ids("event")
    assert u.records()[0] == ("event", "latin_film_night")
    u.ids("event").clear()  # the caller's copy
    assert "latin_film_night" in u.ids("event")
    other = replace(u, entities=(Entity(kind="event", id="hengdian_film_festival", text="festival",
                                        start=0, end=8, score=1.0),))
    assert other.ids("event") == ["hengdian_film_festival"]  # not the first one's, kept
    assert other.records() == [("event", "hengdian_film_festival")]
    assert "latin_film_night" in u.ids("event")

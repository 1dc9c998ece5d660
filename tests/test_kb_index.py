"""The KnowledgeBase snapshot: lookups, terms, full-text search in four languages, compile_to."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from core.kb.index import KnowledgeBase, TermEntry
from core.kb.loader import load_knowledge
from core.kb.search import _row_scores, normalize, parse_query

try:  # tests/ is a package; without its __init__.py the module has its bare name
    from tests.test_kb_fixtures import MINIMAL, break_file, write_kb
except ImportError:  # pragma: no cover
    from test_kb_fixtures import MINIMAL, break_file, write_kb


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return load_knowledge(write_kb(tmp_path_factory.mktemp("kb"))).require()


def top(kb: KnowledgeBase, text: str, **kwargs: object) -> tuple[str, str]:
    hits = kb.search(text, **kwargs)  # type: ignore[arg-type]
    assert hits, f"nothing found for {text!r}"
    return hits[0].kind, hits[0].id


# --------------------------------------------------------------------------- snapshot
def test_records_by_id_in_file_order(kb: KnowledgeBase) -> None:
    assert list(kb.events) == ["hengdian_film_festival", "latin_film_night"]
    assert list(kb.works) == ["palace_detective", "love_in_hengdian"]
    assert kb.catalog_about.name.zh == "2025国际文旅短剧合作片单"
    assert [g.id for g in kb.taxonomy.genres] == ["comedy", "mystery", "romance"]
    assert kb.lookup("event", "latin_film_night") is kb.events["latin_film_night"]
    assert kb.lookup("events", "latin_film_night") is kb.events["latin_film_night"]
    assert kb.lookup("genre", "mystery").name.en == "Mystery"  # type: ignore[union-attr]
    assert kb.lookup("location", "nowhere") is None
    with pytest.raises(ValueError, match="unknown kind"):
        kb.lookup("film", "x")


def test_snapshot_is_read_only(kb: KnowledgeBase) -> None:
    with pytest.raises(TypeError):
        kb.locations["x"] = kb.locations["ming_qing_palace"]  # type: ignore[index]
    with pytest.raises(AttributeError):
        kb.version = "other"  # type: ignore[misc]


def test_terms_list_names_and_aliases_in_every_language(kb: KnowledgeBase) -> None:
    terms = kb.terms()
    assert TermEntry("location", "ming_qing_palace", "ko", "자금성") in terms
    assert TermEntry("location", "ming_qing_palace", "zh", "明清宫苑") in terms
    assert TermEntry("genre", "mystery", "en", "thriller") in terms
    assert TermEntry("work", "love_in_hengdian", "es", "Amor en Hengdian") in terms
    assert (
        TermEntry("contact", "intl_business", "en", "International Business Department")
        not in terms
    )
    assert not any(t.text.startswith("A full-scale replica") for t in terms)  # no descriptions
    assert len(terms) == len(set(terms))


def test_terms_are_every_own_text_of_every_name_field_of_the_shipped_knowledge() -> None:
    """`kb.terms()` reads the name fields' texts directly (`_own_texts`); the list is the one
    the generic walk over every field gives, in the same order (names of the shipped records,
    person names of contacts, taxonomy aliases)."""
    from core.kb.index import NAME_FIELDS, _localized

    kb = load_knowledge(Path(__file__).resolve().parents[1] / "knowledge").require()
    expected: list[TermEntry] = []
    for kind in kb.counts():
        for rid, record in kb.records(kind).items():
            for fld, lang, text in _localized(record):  # every text, with its field's path
                entry = TermEntry(kind, rid, lang, text)
                if fld in NAME_FIELDS and entry not in expected:  # a name field's own text
                    expected.append(entry)
    assert kb.terms() == expected
    assert {"location", "work", "event", "contact", "genre", "partner"} <= {t.kind for t in expected}
    assert any(t.kind == "contact" for t in expected)  # `person` names too


# --------------------------------------------------------------------------- search
@pytest.mark.parametrize(
    "text,lang,expected",
    [
        # English, including a typo and a plural
        ("Latin Film Night", None, ("event", "latin_film_night")),
        ("incentvies for vertical dramas", "en", ("incentive", "vertical_drama_incentive")),
        ("festivl", None, ("event", "hengdian_film_festival")),
        ("Forbidden City", None, ("location", "ming_qing_palace")),
        ("thrillers", None, ("genre", "mystery")),
        # Spanish, with and without accents
        ("noche de cine latino", "es", ("event", "latin_film_night")),
        ("¿Hay incentivos para microdramas?", "es", ("incentive", "vertical_drama_incentive")),
        ("catalogo", "es", ("topic", "catalog")),
        # Chinese: 2-character words, and a whole question without spaces
        ("补贴", None, ("incentive", "vertical_drama_incentive")),
        ("短剧", "zh", ("incentive", "vertical_drama_incentive")),
        ("横店有什么补贴吗", "zh", ("incentive", "vertical_drama_incentive")),
        ("紫禁城", None, ("location", "ming_qing_palace")),
        ("拉丁电影之夜什么时候", "zh", ("event", "latin_film_night")),
        # Korean: 2- and 3-syllable words, and a particle attached
        ("세트", None, ("location", "european_street")),
        ("자금성", None, ("location", "ming_qing_palace")),
        ("자금성에서 촬영할 수 있나요?", "ko", ("location", "ming_qing_palace")),
        ("영화제", "ko", ("event", "hengdian_film_festival")),
    ],
)
def test_search_in_four_languages(
    kb: KnowledgeBase, text: str, lang: str | None, expected: tuple[str, str]
) -> None:
    assert top(kb, text, lang=lang) == expected


def test_hit_says_where_it_matched(kb: KnowledgeBase) -> None:
    hit = kb.search("자금성")[0]
    assert (hit.field, hit.lang) == ("aliases", "ko") and hit.score > 0
    hit = kb.search("noche de cine latino")[0]
    assert (hit.field, hit.lang) == ("name", "es")


def test_name_match_beats_description_match(kb: KnowledgeBase) -> None:
    """'Palace' is in two names and in descriptions; names and titles come first."""
    hits = kb.search("palace", limit=10)
    ids = [(h.kind, h.id) for h in hits]
    fields = [h.field for h in hits]
    assert set(fields[:3]) <= {"name", "title"}
    assert ("location", "ming_qing_palace") in ids[:3]
    # 'Forbidden City' is a location's alias and appears in its description too: one hit
    assert [h.id for h in kb.search("Forbidden City", kinds=["location"])] == ["ming_qing_palace"]


def test_kinds_and_lang_filters(kb: KnowledgeBase) -> None:
    assert {h.kind for h in kb.search("Hengdian", kinds=["event"], limit=10)} == {"event"}
    assert {h.kind for h in kb.search("Hengdian", kinds=["events", "works"], limit=10)} == {
        "event",
        "work",
    }
    # with lang=ko, Spanish texts are not searched; English ones still are
    korean = kb.search("Noche de Cine Latino", lang="ko", limit=10)
    assert korean and {h.lang for h in korean} == {"en"}
    assert kb.search("Noche de Cine Latino", lang="es")[0].lang == "es"
    assert all(h.lang in ("es", "en") for h in kb.search("Hengdian", lang="es", limit=20))
    assert len(kb.search("Hengdian", limit=2)) == 2


def test_no_match_and_noise(kb: KnowledgeBase) -> None:
    assert kb.search("") == []
    assert kb.search("?!") == []
    assert kb.search("hello") == []
    assert kb.search("the and of") == []
    assert kb.search("x") == []  # a lone Latin letter means nothing
    assert "ming_qing_palace" in [h.id for h in kb.search("宫", limit=10)]  # a lone Hanzi does


def reference_search(kb: KnowledgeBase, text: str, limit: int, **kwargs: object) -> list[tuple]:
    """The ranking defined the plain way: every matching text as a full row, all of them sorted
    (weighted score, record order, rowid), each record scored by its best text plus a tenth of
    each other one in that order, records ranked by (score, record order)."""
    conn = kb._db.conn
    lang, kinds = kwargs.get("lang"), kwargs.get("kinds")
    langs = None if lang is None else tuple(dict.fromkeys((lang, "en")))
    scores, _records = _row_scores(conn, text, langs, None if kinds is None else tuple(kinds))  # type: ignore[arg-type]
    rows = {r[0]: r for r in conn.execute("SELECT rowid, kind, record_id, field, lang, weight, "
                                          "record_order FROM search")}
    ranked = sorted((-score * rows[rid][5], rows[rid][6], rid) for rid, score in scores.items())
    best: dict[tuple[str, str], list] = {}
    for negative, order, rid in ranked:
        key = rows[rid][1:3]
        if key in best:
            best[key][0] += 0.1 * -negative
        else:
            best[key] = [-negative, order, rows[rid]]
    records = sorted(best.values(), key=lambda b: (-b[0], b[1]))[:limit]
    return [(r[1], r[2], round(s, 4), r[3], r[4]) for s, _o, r in records]


@pytest.mark.parametrize("text, kwargs", [
    ("palace", {}), ("Hengdian", {"kinds": ["event", "work"]}), ("Hengdian", {"lang": "es"}),
    ("noche de cine latino", {}), ("自金城 紫禁城 宫殿", {}), ("자금성 촬영", {"lang": "ko"}),
    ("festival film night coproduction", {}), ("宫", {}), ("AI TV 3D", {}),
])
def test_search_ranks_records_as_defined(kb: KnowledgeBase, text: str, kwargs: dict) -> None:
    """Only the records shown are read in full; the ranking is still the plain one, at every
    limit (a shorter list is the start of a longer one)."""
    for limit in (1, 2, 5, 50):
        got = [(h.kind, h.id, h.score, h.field, h.lang) for h in kb.search(text, limit=limit, **kwargs)]
        assert got == reference_search(kb, text, limit, **kwargs)
    assert kb.search(text, limit=0, **kwargs) == []


def test_two_letter_latin_words_match_whole_words_only(tmp_path: Path) -> None:
    faq = break_file(
        MINIMAL["faq.yaml"],
        "    tags: [visa]",
        "  - id: ai_tools\n    source: sample\n    question: {en: Do you use AI in production?}\n"
        '    answer: {en: "Yes: the A.R.C system supports script writing."}\n    tags: [visa]',
    )
    kb = load_knowledge(write_kb(tmp_path, faq=faq)).require()
    assert [h.id for h in kb.search("AI")] == ["ai_tools"]  # not 'main', 'again' or 'detail'


def test_query_parsing() -> None:
    assert normalize("Película ＡＢＣ") == "pelicula abc"
    assert normalize("자금성") == "자금성"  # Hangul is not decomposed into jamo
    q = parse_query("横店补贴")
    assert q.pieces == ["横店", "店补", "补贴"] and q.phrases == ["横店补贴"]
    q = parse_query("자금성에서 촬영할 수 있나요?")
    assert "자금성에서" in q.phrases and "있나요" not in q.phrases  # only particles: dropped
    assert "자금" in q.pieces and "에서" not in q.pieces
    q = parse_query("the incentives")
    assert "the" not in q.phrases and "incentives" in q.phrases and "incen" in q.phrases


# --------------------------------------------------------------------------- compile_to
def test_compile_to_writes_tables_and_fts(kb: KnowledgeBase, tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "knowledge.db")
    kb.compile_to(db)
    kb.compile_to(db)  # idempotent: tables are replaced
    assert db["locations"].count == 2 and db["genres"].count == 3 and db["catalog_about"].count == 1
    row = db["locations"].get("ming_qing_palace")
    assert row["name_zh"] == "明清宫苑" and row["address_en"] is None
    assert row["coordinates_lat"] == pytest.approx(29.16)
    assert row["aliases_ko"] == '["자금성"]'
    ann = db["announcements"].get("weekly_catalog")
    assert ann["recurrence_cron"] == "0 10 * * 1" and ann["audience_topics"] == '["catalog"]'
    event = db["events"].get("latin_film_night")
    assert event["starts"] == "2027-10-16T19:30:00+08:00"
    meta = {r["key"]: r["value"] for r in db["kb_meta"].rows}
    assert meta["version"] == kb.version
    found = db.execute(
        "SELECT s.kind, s.record_id FROM search_fts JOIN search s "
        "ON s.rowid = search_fts.rowid WHERE search_fts MATCH ?",
        ['"noche de cine"'],
    ).fetchall()
    assert ("event", "latin_film_night") in found
    assert db["search"].count == db["search_fts"].count > 50

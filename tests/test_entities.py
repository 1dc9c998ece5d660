"""Entity matching: knowledge-base names with typos, CJK aliases, months, longest match."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.entities import Entity, EntityIndex, Term, min_score

TERMS = [
    Term("location", "ming_qing_palace", "en", "Palace of the Ming and Qing Dynasties"),
    Term("location", "ming_qing_palace", "en", "Forbidden City"),
    Term("location", "ming_qing_palace", "en", "Ming-Qing Palace"),
    Term("location", "ming_qing_palace", "es", "Ciudad Prohibida"),
    Term("location", "ming_qing_palace", "zh", "紫禁城"),
    Term("location", "ming_qing_palace", "zh", "明清宫苑"),
    Term("location", "ming_qing_palace", "ko", "자금성"),
    Term("location", "ming_qing_palace", "ko", "명청궁원"),
    Term("location", "qin_palace", "en", "Qin Palace"),
    Term("location", "qin_palace", "zh", "秦王宫"),
    Term("location", "guangzhou_hongkong_street", "en", "Guangzhou Street"),
    Term("location", "guangzhou_hongkong_street", "zh", "广州街·香港街"),
    Term("location", "guangzhou_hongkong_street", "ko", "광저우 거리"),
    Term("location", "dream_valley", "en", "Dream Valley"),
    Term("era", "ming", "en", "Ming"),
    Term("era", "ming", "zh", "明"),
    Term("era", "ming", "ko", "명"),
    Term("era", "han", "en", "Han"),
    Term("era", "song", "en", "Song"),
    Term("era", "qin", "en", "Qin"),
    Term("scene_type", "palace", "en", "palace"),
    Term("genre", "romance", "en", "romance"),
    Term("genre", "sci_fi", "en", "sci-fi"),
    Term("genre", "mystery", "es", "misterio"),
    Term("event", "latin_film_night", "en", "Latin Film Night"),
    Term("event", "latin_film_night", "es", "Noche de Cine Latino"),
    Term("partner", "dalynn_studio", "en", "Dalynn Studio"),
    Term("partner", "reel_k", "en", "Reel-K"),
]


@pytest.fixture(scope="module")
def index() -> EntityIndex:
    return EntityIndex.build(TERMS)


def found(index: EntityIndex, text: str) -> list[tuple[str, str, str]]:
    return [(e.kind, e.id, e.text) for e in index.find(text)]


@pytest.mark.parametrize("text,mention", [
    ("we want to shoot at the Forbiden City", "Forbiden City"),
    ("is the Ming-Qing palce free in May?", "Ming-Qing palce"),
    ("Ming Qing Palace", "Ming Qing Palace"),
    ("can we film in the forbidden  city??", "forbidden  city"),
    ("ForbiddenCity replica", "ForbiddenCity"),
    ("hola, tienen la Ciudad Prohibda?", "Ciudad Prohibda"),
    ("Palace of the Ming and Qing dynasty", "Palace of the Ming and Qing dynasty"),
])
def test_typos_and_spacing(index: EntityIndex, text: str, mention: str) -> None:
    hits = [e for e in index.find(text) if e.kind == "location"]
    assert [(e.id, e.text) for e in hits] == [("ming_qing_palace", mention)]
    assert text[hits[0].start:hits[0].end] == mention


@pytest.mark.parametrize("text,mention", [
    ("紫禁城可以拍吗", "紫禁城"),
    ("明清宫苑什么时候开放？", "明清宫苑"),
    ("자금성에서 촬영 가능한가요?", "자금성"),  # particle attached
    ("명청 궁원 세트장 있어요?", "명청 궁원"),  # spacing differs from the alias
    ("we want the 紫禁城 replica", "紫禁城"),
])
def test_cjk_aliases(index: EntityIndex, text: str, mention: str) -> None:
    assert found(index, text) == [("location", "ming_qing_palace", mention)]


def test_cjk_punctuation_and_spaces_ignored(index: EntityIndex) -> None:
    assert found(index, "广州街香港街在哪") == [
        ("location", "guangzhou_hongkong_street", "广州街香港街")]
    assert found(index, "광저우거리 어디예요") == [
        ("location", "guangzhou_hongkong_street", "광저우거리")]


def test_single_cjk_character_only_alone(index: EntityIndex) -> None:
    assert found(index, "明天有活动吗") == []  # 明 of 明天 (tomorrow) is not the Ming era
    assert found(index, "한국어로 해주세요") == []
    assert found(index, "명") == [("era", "ming", "명")]


@pytest.mark.parametrize("text", [
    "has the set a hangzhou street", "songs for the trailer", "she has a plan",
    "do you have a set in palace style", "what places can we visit", "romantic?",
    "mingle with producers", "is it dreamy", "the latin night club",
])
def test_no_false_matches(index: EntityIndex, text: str) -> None:
    assert [e for e in index.find(text) if e.kind in ("location", "era", "event")] == []


def test_longest_match_wins(index: EntityIndex) -> None:
    assert found(index, "We shoot a Ming palace drama") == [
        ("era", "ming", "Ming"), ("scene_type", "palace", "palace")]
    assert found(index, "can we use the Ming-Qing Palace") == [
        ("location", "ming_qing_palace", "Ming-Qing Palace")]
    assert found(index, "Qin Palace or a Song market?") == [
        ("location", "qin_palace", "Qin Palace"), ("era", "song", "Song")]


def test_several_kinds(index: EntityIndex) -> None:
    assert found(index, "any sci-fi or romance titles from Dalynn studio and Reel-K?") == [
        ("genre", "sci_fi", "sci-fi"), ("genre", "romance", "romance"),
        ("partner", "dalynn_studio", "Dalynn studio"), ("partner", "reel_k", "Reel-K")]
    assert found(index, "cuándo es la Noche de Cine Latino?") == [
        ("event", "latin_film_night", "Noche de Cine Latino")]


def test_entity_fields(index: EntityIndex) -> None:
    (exact,) = index.find("Dream Valley")
    assert exact == Entity("location", "dream_valley", "Dream Valley", 0, 12, 1.0)
    (fuzzy,) = index.find("Dream Vally")
    assert fuzzy.id == "dream_valley" and 0.85 <= fuzzy.score < 1.0


@pytest.mark.parametrize("text,month", [
    ("events in October?", "10"), ("algo para noviembre", "11"), ("setiembre", "9"),
    ("anything in Octuber", "10"), ("10月有什么活动", "10"), ("十二月有活动吗", "12"),
    ("十月", "10"), ("10월 행사 있어요?", "10"), ("시월에 가요", "10"),
    ("Is there anything in May?", "5"), ("5 may 2027", "5"), ("January", "1"),
])
def test_months(index: EntityIndex, text: str, month: str) -> None:
    assert [e.id for e in index.find(text) if e.kind == "month"] == [month]


@pytest.mark.parametrize("text", [
    "May I ask a question?", "may we visit", "3个月的拍摄", "3개월 촬영", "we march on",
])
def test_not_months(index: EntityIndex, text: str) -> None:
    assert [e for e in index.find(text) if e.kind == "month"] == []


def test_months_can_be_left_out() -> None:
    assert EntityIndex.build(TERMS, months=False).find("October 10月") == []


def test_length_rule() -> None:
    assert min_score(4) == 100.0
    assert min_score(6) < 100 * 10 / 11  # "palce" for "palace": one letter missing
    assert min_score(6) > 100 * 10 / 12  # "places" for "palace": two edits


def test_real_knowledge_base_finds_names_in_every_language() -> None:
    """~1,300 names from the shipped knowledge files, with a typo, in four languages. (How fast:
    `bench/hot_paths.py`, bar 5 ms per message; a timed assert here failed on a busy machine.)"""
    from core.kb.loader import load_knowledge

    kb = load_knowledge(Path(__file__).resolve().parent.parent / "knowledge").require()
    index = EntityIndex.build(kb.terms())
    expected = {
        "we want to shoot at the Forbiden City in October":
            {("location", "ming_qing_palace"), ("month", "10")},
        "hola, tienen incentivos para microdramas de misterio?": {("genre", "mystery")},
        "紫禁城和秦王宫可以拍吗": {("location", "ming_qing_palace"), ("location", "qin_palace")},
        "자금성 세트장 10월에 예약 가능한가요?": {("location", "ming_qing_palace"), ("month", "10")},
        ("Hi! We are a Colombian production company planning a Ming dynasty palace "
         "drama with market streets and wuxia fights; which sets do you recommend?"):
            {("era", "ming"), ("genre", "wuxia"), ("scene_type", "market"),
             ("scene_type", "palace")},
    }
    for message, names in expected.items():
        assert names <= {(e.kind, e.id) for e in index.find(message)}, message

"""perf21 (round 30, issue 10): a long alternation's `search` asks its part groups first
(`core.lazy_re._PARTS`, `lazy_re.AnyOf`): where no part matches, the pattern matches nowhere and
its whole search is skipped; where one does, the whole pattern's search finds the match it always
found. The router's and the scope's rules written as one alternation of 50-180 parts cost
0.3-0.7 ms a search of a run-on message, most of them matching nothing."""

from __future__ import annotations

import importlib
import re

import pytest

from core import lazy_re

# An alternation of the shape the split is for: many parts, each a word list then a span of words
PARTS = [rf"\b({a}|{a}s|{a}ing)\b.{{0,40}}\b({b}|{b}s)\b" for a, b in [
    ("recommend", "agency"), ("suggest", "lawyer"), ("dub", "korean"), ("subtitle", "spanish"),
    ("shoot", "temple"), ("film", "mountain"), ("book", "stage"), ("rent", "backlot")] * 7]
PARTS += [r"推荐.{0,12}(经纪公司|律师)", r"(배우|연기자) ?(매니저|소속사)", r"\b(recomiend|sugier)\w*\b.{0,40}\b(agencias?|abogad[oa]s?)\b"]
SOURCE = "|".join(PARTS)
TEXTS = [
    "Can you recommend a good casting agency in Beijing? We shoot in March.",
    "we dub it in korean next year and want to know the price of a stage.",
    "¿Me recomiendas alguna agencia de actores? Somos una productora chilena.",
    "能推荐个好一点的经纪公司吗？我们想在横店拍",
    "배우 매니저 어디서 구해요? 촬영은 5월이에요",
    "Hello there! We're Mbali Films, based in Durban.",
    "nothing here at all, just a long run-on message about our budget and the weather in Hengdian\nand a second line",
    "",
]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    return (found is None) == (expected is None) and (
        found is None or (found.span(), found.groups()) == (expected.span(), expected.groups()))  # type: ignore[union-attr]


def test_a_long_alternation_is_split_at_the_compile_and_searches_as_re() -> None:
    assert len(SOURCE) >= lazy_re._LONG and len(PARTS) >= lazy_re._PARTS
    rx = lazy_re.compile(SOURCE)
    rx.compiled()  # type: ignore[attr-defined]  # (what `compile_pending` does at the warm-up)
    parts = rx._parts  # type: ignore[attr-defined]
    assert isinstance(parts, lazy_re.AnyOf) and parts._searches is not None  # built now, not on a message
    plain = re.compile(SOURCE)
    for text in TEXTS:
        assert _same(rx.search(text), plain.search(text)), text
    assert sum(plain.search(text) is not None for text in TEXTS) == 5  # (both kinds of text asked)


def test_the_whole_search_runs_only_where_a_part_matches() -> None:
    rx = lazy_re.compile(SOURCE)
    rx.compiled()  # type: ignore[attr-defined]
    whole = re.compile(SOURCE)
    asked: list[str] = []

    def counted(text: str) -> re.Match[str] | None:
        asked.append(text)
        return whole.search(text)

    search = lazy_re._remembered(counted, None, rx._parts)  # type: ignore[attr-defined]
    for text in TEXTS:
        assert _same(search(text), whole.search(text)), text
    assert asked == [text for text in TEXTS if whole.search(text) is not None]


@pytest.mark.parametrize("flags, source", [
    (0, "|".join(PARTS[:lazy_re._PARTS - 1])),  # too few parts: searched whole, as before
    (re.MULTILINE, SOURCE),  # a `^` inside may match after any newline: not split
    (re.VERBOSE, SOURCE),
])
def test_patterns_not_split(flags: int, source: str) -> None:
    rx = lazy_re.compile(source, flags)
    rx.compiled()  # type: ignore[attr-defined]
    assert rx._parts is None  # type: ignore[attr-defined]
    plain = re.compile(source, flags)
    for text in TEXTS:
        assert _same(rx.search(text), plain.search(text)), text


def _vocabulary() -> list[lazy_re.LazyPattern]:
    """Fresh copies of the vocabulary patterns of the modules that hold them (another test may
    have compiled the module's own)."""
    found: dict[int, lazy_re.LazyPattern] = {}
    for module in ("intents.handoff_words", "intents.inquiry_words", "intents.lexicon",
                   "intents.router", "intents.scope"):
        for value in vars(importlib.import_module(module)).values():
            if isinstance(value, lazy_re.LazyPattern):
                found[id(value)] = value
    return [lazy_re.LazyPattern(p.pattern, p._flags) for p in found.values()]


def test_the_vocabulary_splits_its_longest_alternations_and_matches_as_before() -> None:
    """The split vocabulary patterns (the scope's `ELSE_BUSINESS`, the bot-ability and foreign-actor
    rules...) find the same matches as `re` in run-on messages of four languages, folded or not."""
    from intents.lexicon import fold

    messages = [
        "Buenos días. Somos una distribuidora española. ¿Qué obras de vuestro catálogo se podrían adaptar para España y Latinoamérica? Nos interesa el misterio",
        "Can you recommend a talent agency? Also, can your bot be able to send me the catalog in Spanish?",
        "Do you have foreign actors, non-Chinese faces, for a 1920s Shanghai drama? We'd like to get in the alliance too.",
        "안녕하세요 저희 예산이 빠듯한데요 헝뎬에서 숏드라마 찍으면 어떤 지원이랑 감면 받을 수 있는지 그리고 자격 조건이 뭔지 알려주세요",
        "你好，我们想谈合拍，能不能给个具体负责人的联系方式？最好会说英语。外国演员好找吗？",
        "We're doing the budget for an 80-episode microdrama, what would the incentive save us?",
    ]
    texts = messages + [fold(text) for text in messages]
    split = [p for p in _vocabulary() if p.compiled() is not None and p._parts is not None]
    assert len(split) >= 20
    matched = 0
    for p in split:
        plain = re.compile(p.pattern, p._flags)
        for text in texts:
            expected = plain.search(text)
            assert _same(p.search(text), expected), (p.pattern[:60], text)
            matched += expected is not None
    assert matched >= 5

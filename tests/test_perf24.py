"""perf24: per-message work cut without changing an answer. The knowledge search of the whole
index is skipped where no incentive title or alias shares a term with the message
(`KnowledgeBase.may_match`); a country's pattern is built once."""

from __future__ import annotations

import pytest

from intents import router
from intents.nlu.data import load_test
from tests.test_perf15_lazy import answers  # each message in a fresh chat: (answer, outcome, text)

HELD_OUT = [(lang, ex.text) for lang, data in load_test().items() for ex in data.examples]
TITLE_LIKE = [  # messages that do say (most of) an incentive's title or alias, four languages
    ("en", "can distribution partners use your sets?"),
    ("en", "tell me about the vertical short drama incentive"),
    ("es", "¿ofrecen servicios de producción en el lugar?"),
    ("zh", "做发行的能用横店的景和资源吗"),
    ("zh", "说说竖屏短剧的扶持政策"),
    ("ko", "촬영 지원 신청은 어떻게 하나요?"),
    ("en", "AI"), ("zh", "宫"), ("en", ""),
]


def test_may_match_is_never_false_where_the_search_finds_a_title(services) -> None:
    """The pre-check says False only where the incentive search's hits hold no title or alias:
    every held-out message and the title-like ones, in every reading language and none."""
    kb = services.knowledge.current
    said_false = 0
    for _lang, text in HELD_OUT[::2] + TITLE_LIKE:
        for reading in ("en", "es", "zh", "ko", None):
            if kb.may_match(text, reading, "incentive", router.TITLE_FIELDS):
                continue
            said_false += 1
            hits = kb.search(text, lang=reading, kinds=["incentive"], limit=50)
            assert not [h for h in hits if h.field.rsplit(".", 1)[-1] in router.TITLE_FIELDS], (text, reading)
    assert said_false > 100  # it does skip most searches
    found = [text for lang, text in TITLE_LIKE if kb.may_match(text, lang, "incentive", router.TITLE_FIELDS)]
    assert len(found) >= 5  # and lets the searches that can find a title through


def test_answers_are_those_of_the_search_always_run(services, monkeypatch) -> None:
    kb = services.knowledge.current
    messages = HELD_OUT[::5] + TITLE_LIKE[:6]
    checked = answers(services, messages)
    monkeypatch.setattr(type(kb), "may_match", lambda *args, **kw: True)
    assert answers(services, messages) == checked


def test_a_country_pattern_is_built_once() -> None:
    assert router.country_words("MX") is router.country_words("MX")
    assert router.country_words("MX").search("series mexicanas")


@pytest.mark.parametrize("pattern", [
    r"^\W*(and|so) what about\b|\bprices?\b",   # a part only at the start of the text, a part anywhere
    r"(?:^\W*|\bplease )(hi|hello)\b",           # the start inside a group
    r"^\W*$",                                    # nothing but the start (may match empty there)
])
def test_a_pattern_with_parts_anchored_at_the_start_is_gated_and_matches_as_plain(pattern: str) -> None:
    import re

    from core import lazy_re

    gate = lazy_re.gated(pattern)
    assert gate is not None and gate.startswith("(?:\\A|") and gate.endswith(f"(?:{pattern})")
    plain, fast = re.compile(pattern), re.compile(gate)
    texts = ["and what about prices?", "...so what about it", "x and what about", "hi there",
             "oh hello", "please hi", "line\nand what about", "", "  ", "价格 prices", "¿hello?"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
        for pos in range(len(text) + 1):  # a search from a later position: `^` is still the text's start
            a, b = fast.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, pos)
        assert bool(fast.match(text)) == bool(plain.match(text))


def test_multiline_keeps_the_start_of_a_line_ungated() -> None:
    from core import lazy_re

    assert lazy_re.gated(r"^\W*and what", 8) is None  # re.MULTILINE: `^` after every newline
    assert lazy_re.gated(r"(?m:^\W*and) what") is None


def test_a_case_insensitive_pattern_is_gated_and_matches_as_plain() -> None:
    """The look-ahead is compiled with the pattern's own IGNORECASE: it lets in every case form
    the pattern's first items match (the Kelvin sign for k, the long s for s, dotted İ...)."""
    import re

    from core import lazy_re

    pattern = r"\b(speak|talk) to (a|someone)\b|^kontakt|[s-z]tatus|Ist das"
    flags = re.IGNORECASE | re.MULTILINE
    gate = lazy_re.gated(pattern, flags)
    assert gate is not None and gate.startswith("(?=[")
    plain, fast = re.compile(pattern, flags), re.compile(gate, flags)
    texts = ["SPEAK TO SOMEONE", "ſpeak to a", "\u212Aontakt bitte", "x\n  KONTAKT", "İst das", "ist DAS",
             "STATUS?", "ſtatus", "Ｓpeak to a", "talk TO A human", ""]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text

"""perf17: vocabulary patterns gated by the characters their matches can start with
(`core.lazy_re.gated`): the same matches as the plain pattern, only fewer positions tried."""

from __future__ import annotations

import re

import pytest

from core import lazy_re
from core.text import fold
from intents import handoff_words, inquiry_words, lexicon, router, scope, understand
from intents.nlu.data import load_test

MODULES = (lexicon, handoff_words, inquiry_words, router, scope, understand)


def _texts() -> list[str]:
    """Partner messages in en/es/zh/ko (held-out NLU set), as written and folded."""
    raw = [ex.text for data in load_test().values() for ex in data.examples][::3]
    texts = raw + [fold(text) for text in raw] + ["", " ", "a", "日本", "2026年10月", "x\ny"]
    return list(dict.fromkeys(texts))  # each distinct text once (many are their own fold)


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "gate"), [
    (r"\b(foo|bar)\b|日本", 0, "fb日"),               # words behind \b, a CJK literal
    (r"(?:\s|^)(tomorrow|mañana)", 0, None),          # may start with the start of text: bounded by t/m/space
    (r"\d{1,2} ?月", 0, "\\d"),
    (r"(very )?good", 0, "vg"),                       # an optional group lets the next item start
    (r"[a-c]x|(?=z)zz", 0, "a-cz"),
])
def test_the_gate_holds_what_matches_can_start_with(pattern: str, flags: int, gate: str | None) -> None:
    found = lazy_re.gated(pattern, flags)
    if gate is None:
        assert found is None or found.startswith("(?=[")
        return
    assert found is not None and found.endswith(f"(?:{pattern})")
    klass = re.compile(found[3: found.index("])") + 1])  # the look-ahead's class alone
    for ch in gate.replace("a-c", "abc").replace("\\d", "7"):
        assert klass.fullmatch(ch), (pattern, ch)
    assert not klass.fullmatch("q")


@pytest.mark.parametrize("pattern", [
    r"\w+", r"a?", r"(?i)foo", r"x*|y", r"(a)?\1b", r"[^a]b", r".b", r"(?i:foo)bar", r"(?x) a b ",
])
def test_patterns_the_gate_cannot_bound_are_compiled_as_they_are(pattern: str) -> None:
    assert lazy_re.gated(pattern) is None
    assert lazy_re.compile(pattern).flags == re.compile(pattern).flags  # type: ignore[attr-defined]


def test_every_vocabulary_pattern_matches_as_the_plain_one() -> None:
    """Every module-level lazy pattern and every (key, pattern) table of the vocabulary modules,
    gated, finds the same spans and groups as `re.compile` of its text in four languages."""
    patterns: dict[tuple[str, int], None] = {}
    for module in MODULES:
        for value in vars(module).values():
            if isinstance(value, lazy_re.LazyPattern):
                patterns[(value.pattern, value._flags)] = None
            elif isinstance(value, tuple) and value and all(
                    isinstance(row, tuple) and len(row) == 2 and isinstance(row[1], str) for row in value):
                patterns.update({(row[1], 0): None for row in value})
    gated = [(p, f, lazy_re.gated(p, f)) for p, f in patterns]
    assert sum(g is not None for *_, g in gated) > 100  # most of the vocabulary is gated
    texts = _texts()
    for pattern, flags, gate in gated:
        if gate is None:
            continue
        plain, fast = re.compile(pattern, flags), re.compile(gate, flags)
        assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
        for text in texts:
            assert _found(fast, text) == _found(plain, text), (pattern[:80], text)

"""perfY (issue 10, shipped peak RSS): memory cuts that must not change what the bot reads."""

from __future__ import annotations

import re

from core import lazy_re


def _pending_patterns() -> list[lazy_re.LazyPattern]:
    import intents.handoff_words  # noqa: F401  (modules of lazy vocabulary patterns)
    import intents.inquiry_words  # noqa: F401
    import intents.lexicon  # noqa: F401
    import intents.router  # noqa: F401
    import intents.scope  # noqa: F401

    return [p for p in lazy_re._PENDING if p._compiled is None]


def test_lazy_pattern_keeps_its_source_text_once_compiled() -> None:
    """`pattern` reads the same text before and after the compile (then from the compiled,
    gated source), for every vocabulary pattern, and the compiled pattern matches as `re`'s."""
    patterns = _pending_patterns()
    assert len(patterns) > 100
    texts = {id(p): p.pattern for p in patterns}
    gated = 0
    for p in patterns:
        compiled = p.compiled()
        assert p.pattern == texts[id(p)]
        gated += p._source is None
    assert gated > len(patterns) // 2  # most are gated: their text is not kept twice
    sample = "Do you have sci-fi titles? ¿Cuándo es el festival? 活动什么时候？ 일정 알려주세요 9:30"
    for p in patterns[:200]:
        plain = re.compile(texts[id(p)], p._flags)
        assert [m.span() for m in p.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


def test_lazy_pattern_keeps_only_the_methods_asked_for() -> None:
    p = lazy_re.compile(r"\b(?:festival|screening)s?\b", re.IGNORECASE)
    assert p.pattern == r"\b(?:festival|screening)s?\b"
    assert p.search("The Festival opens")
    kept = set(vars(p))
    assert "search" in kept and not kept & {"match", "sub", "findall", "split", "scanner"}
    assert p.pattern == r"\b(?:festival|screening)s?\b"
    assert p.flags & re.IGNORECASE and p.groups == 0


def test_lazy_pattern_compiled_as_is_when_not_gated() -> None:
    p = lazy_re.compile(r"(?x) fest \s+ ival")
    assert p.fullmatch("fest ival")
    assert p.pattern == r"(?x) fest \s+ ival" and p._source is not None

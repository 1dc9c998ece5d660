"""perf15 (issue 10): a gate's class (`core.lazy_re.gated`) names a letter or digit of any script
as itself, anything else by its `\\U` escape: the same class in a shorter source, which the
compiled pattern keeps (the gates of the ~1,250 compiled vocabulary patterns were ~206,000
characters, ~33,000 now). The matches stay those of the plain pattern."""

from __future__ import annotations

import re

import pytest

from core import lazy_re

PATTERNS = [
    (r"\b(?:next|upcoming) (?:events?|meetups?)\b", 0),
    (r"(?:próximos?|siguientes?) eventos?|¿qué hay\b", re.IGNORECASE),
    (r"(?:下个月|下個月|接下来|接下來)(?:有)?(?:什么|甚麼|啥)?活[动動]", 0),
    (r"(?:다음|이번) ?(?:행사|이벤트)|언제(?:예요|에요|야)", 0),
    # characters a class reads otherwise, and ranges of them
    (r"(?:-|\]|\^|\\|\.|\[)?(?:a-b|x)|[-\]^\\]z|[!-/]q|[0-9]+ ?h", 0),
    (r"(?:É|é)tude|[À-ÿ]ber|²nd", re.IGNORECASE),
]

TEXTS = [
    "are there any upcoming meetups?", "What are the NEXT EVENTS", "¿Qué hay de los PRÓXIMOS eventos?",
    "siguientes evento porfa", "下个月有什么活动吗", "接下來有啥活動", "다음 행사 언제예요?", "이번이벤트 언제야",
    "-a-b and ]x and ^z and \\z and .x [x", "!q /q 12 h 3h", "ÉTUDE über ÀBER ²ND", "nothing here",
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_gated_pattern_finds_what_the_plain_one_does(pattern: str, flags: int) -> None:
    gate = lazy_re.gated(pattern, flags)
    assert gate is not None
    gated, plain = re.compile(gate, flags), re.compile(pattern, flags)
    for text in TEXTS:
        assert [(m.span(), m.group()) for m in gated.finditer(text)] \
            == [(m.span(), m.group()) for m in plain.finditer(text)], (pattern, text)


def test_letters_of_every_script_are_named_as_themselves_others_escaped() -> None:
    gate = lazy_re.gated(r"(?:活动|행사|evento|É|2nd)|[-\]^\\.]x")
    assert gate is not None
    head = gate[:gate.index("])(?:")]
    for letter in ("活", "행", "e", "É", "2"):
        assert letter in head
    for other in ("-", "]", "^", "\\", "."):
        assert f"\\U{ord(other):08x}" in head
    assert "\\U00006d3b" not in head  # (活 no longer by its escape)

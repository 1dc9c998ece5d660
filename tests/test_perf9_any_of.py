"""perf9: `core.lazy_re.AnyOf` searches a group of alternatives only where a text one of its
parts needs (`lazy_re._needed`) is in the message; `lexicon.FACTS` and `lexicon.GAPS` are asked
through it. The answer must be `re.search(pattern, text) is not None`, always."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from core import lazy_re
from core.text import fold
from intents import lexicon

ROOT = Path(__file__).resolve().parents[1]


def _training_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted((ROOT / "intents" / "data").glob("nlu.*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("nlu", []):
            examples = item.get("examples") or ""
            texts += [line[2:].strip() for line in examples.splitlines() if line.startswith("- ")]
    return texts


@pytest.mark.parametrize(("pattern", "matches", "needed"), [
    (r"\bhow much\b", ["how much"], ["how much"]),
    (r"(?:price|cost)s? list", ["prices list", "cost list"], [" list"]),
    (r"(보증금|계약금)(은|이)? ?얼마", ["보증금얼마", "계약금은 얼마"], ["보증금", "계약금"]),
    (r"(报名|申请)(费|费用)", ["报名费", "申请费用"], ["报名", "申请"]),
    (r"a+bc", ["abc", "aaabc"], ["bc"]),
    (r"x{0,2}yz", ["yz", "xxyz"], ["yz"]),
    (r"(?:ab|)cd", ["cd", "abcd"], ["cd"]),
    (r"(?:ab|c)", ["ab", "c"], ["ab", "c"]),
    (r"(?i:abc)", ["ABC"], None),
    (r"[ab]c", ["ac", "bc"], ["c"]),
    (r"\d+", ["12"], None),
    (r"(?:q|)", [""], None),
])
def test_needed_texts_are_in_every_match(pattern: str, matches: list[str], needed: list[str] | None) -> None:
    from re import _parser  # type: ignore[attr-defined]
    found = lazy_re._needed(list(_parser.parse(pattern)))
    assert found == needed
    for text in matches:
        assert re.fullmatch(pattern, text)
        if found is not None:
            assert any(n in text for n in found), (pattern, text)


@pytest.mark.parametrize("pattern", [
    r"\bhow much\b|\bprice\b|多少钱|얼마", r"(?i)abc|d", r"a|", r"(a|b)|c", r"(?i:price)|cost",
    r"\bx+y|z{0,3}w|[0-9]+ dogs?|猫|고양이", r"^\W*and|or\b", r"(a)\1|b",
])
def test_any_of_on_odd_patterns(pattern: str) -> None:
    any_of = lazy_re.AnyOf(pattern)
    for text in ["", "how much", "HOW MUCH", "the price", "PRICE", "多少钱", "얼마예요", "ABC", "d", "aa",
                 "b", "c", "xy", "xxxy", "w", "zzzw", "3 dogs", "猫", "고양이", "and", " and so", "or",
                 "for", "a", "bb", "cost"]:
        assert any_of(text) == (re.search(pattern, text) is not None), (pattern, text)


@pytest.mark.parametrize("table", ["FACTS", "GAPS"])
def test_tables_answer_as_the_whole_patterns_on_every_training_line(table: str) -> None:
    """Every pattern of the table, through `AnyOf` (whatever its size), on every training line of
    the four languages, raw and folded, and as the callers read them."""
    lines = _training_texts()
    assert len(lines) > 2000
    texts = [*lines, *(fold(t) for t in lines)]
    texts += [lexicon._fact_text(t) for t in lines] if table == "FACTS" else []
    texts = list(dict.fromkeys(texts))  # each distinct text once (half are their own fold)
    for _key, pattern in getattr(lexicon, table):
        whole, parts = re.compile(pattern), lazy_re.AnyOf(pattern)
        assert [parts(t) for t in texts] == [whole.search(t) is not None for t in texts], pattern[:80]


def test_gap_questions_as_before() -> None:
    """`gap_topics` and `compares` give what the whole `GAPS` patterns give."""
    compiled = [(topic, re.compile(pattern)) for topic, pattern in lexicon.GAPS]
    for text in _training_texts()[::3]:
        folded = fold(text)
        assert lexicon.compares(text) == any(rx.search(folded) for topic, rx in compiled if topic == "compare")
        assert set(lexicon.gap_topics(text)) <= {topic for topic, _ in compiled}


def test_pieces_of_a_text() -> None:
    assert lazy_re._pieces("abc") == frozenset({"a", "b", "c", "ab", "bc"})
    assert lazy_re._pieces("") == frozenset()
    assert lazy_re._pieces("多少") == frozenset({"多", "少", "多少"})

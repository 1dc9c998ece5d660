"""perfR: per-message work cut without changing an answer. A long alternation asked only whether
it matches is searched part group by part group (`core.lazy_re.AnyOf`, used by
`lexicon.facts_asked`); every event's name terms are built once per knowledge version
(`router._event_terms`) and built again when the knowledge changes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from core import lazy_re
from core.kb.loader import load_knowledge
from core.text import fold
from intents import lexicon, router
from intents.nlu.data import load_test

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = [ex.text for data in load_test().values() for ex in data.examples]
ODD = ["", " ", "when was it released?", "¿cuándo se estrenó?", "什么时候上映的", "언제 개봉했어요?",
       "K\u212aelvin ſ İstanbul", "a|b", "]", "[x]", "((", "\\", "\n\nand what about the dates?"]


@pytest.mark.parametrize("table", ["FACTS", "GAPS"])
def test_any_of_answers_as_the_whole_pattern(table: str) -> None:
    """Every vocabulary pattern of the table, on every held-out message (raw, folded, and as
    `facts_asked` reads it) and odd texts: `AnyOf` says a match where `re.search` finds one."""
    texts = [*HELD_OUT, *ODD]
    texts += [fold(t) for t in texts] + [lexicon._fact_text(t) for t in HELD_OUT]
    texts = list(dict.fromkeys(texts))  # each distinct text once
    for _key, pattern in getattr(lexicon, table):
        whole, parts = re.compile(pattern), lazy_re.AnyOf(pattern)
        assert [whole.search(t) is not None for t in texts] == [parts(t) for t in texts], pattern[:80]


@pytest.mark.parametrize("pattern", [
    r"[|]a|b", r"[]|]x|y", r"[^]|]x|y", r"\|a|b", r"(a|b)|c", r"(?:x|(y|z))w|v", r"^\W*and|or",
    r"(a)\1|b", r"(?P<n>a)(?P=n)|b", r"(?i)abc|d", r"a|", r"\bcat\b|[0-9]+ dogs?|猫|고양이",
])
def test_alternatives_split_at_the_top_level_only(pattern: str) -> None:
    parts = lazy_re.alternatives(pattern)
    if parts is not None:  # (back-references and inline flags are not split)
        assert "|".join(parts) == pattern
        for part in parts:
            re.compile(part)
    any_of = lazy_re.AnyOf(pattern)
    for text in ["a", "b", "c", "x", "y", "zw", "v", "|", "]", "aa", "ABC", "d", "", "and", "or",
                 "a cat", "3 dogs", "猫", "고양이", "catalog", "\\|"]:
        assert any_of(text) == (re.search(pattern, text) is not None), (pattern, text)


def test_facts_asked_as_before() -> None:
    """`facts_asked` and `fact_asked` give what the whole patterns give, in `FACTS` order."""
    compiled = [(fact, re.compile(pattern)) for fact, pattern in lexicon.FACTS]
    for text in [*HELD_OUT, *ODD]:
        folded = lexicon._fact_text(text)
        expected = list(dict.fromkeys(fact for fact, rx in compiled if rx.search(folded)))
        # (whom to talk to is asked before what for: "who is the person to contact for
        # co-production" asks the person, `lexicon._whom_first`)
        expected = lexicon._whom_first(expected, folded)
        assert lexicon.facts_asked(text) == expected
        assert lexicon.fact_asked(text) == (expected[0] if expected else None)


def test_event_terms_follow_a_knowledge_reload(tmp_path: Path) -> None:
    """The cached event name terms are the knowledge's own: built again when an event's name
    changes (a new knowledge version), and the same as building them afresh."""
    shipped = load_knowledge(ROOT / "knowledge").require()
    before, counts = router._event_terms(SimpleNamespace(kb=shipped), common=True)
    turn = SimpleNamespace(kb=shipped)
    assert before == {e.id: router._event_name_terms(turn, e) - router.EVENT_NAME_COMMON
                      for e in shipped.events.values()}
    assert sum(counts.values()) == sum(len(terms) for terms in before.values())
    assert "zanzibar" not in before["hengdian_film_festival"]

    edited = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", edited)
    events = edited / "events.yaml"
    text = events.read_text(encoding="utf-8")
    assert "en: Hengdian Film Festival\n" in text
    events.write_text(text.replace("en: Hengdian Film Festival\n", "en: Hengdian Zanzibar Festival\n", 1),
                      encoding="utf-8")
    reloaded = load_knowledge(edited).require()
    assert reloaded.version != shipped.version
    after, counts_after = router._event_terms(SimpleNamespace(kb=reloaded), common=True)
    assert "zanzibar" in after["hengdian_film_festival"]
    assert counts_after["zanzibar"] == 1
    assert "zanzibar" in router._event_terms(SimpleNamespace(kb=reloaded), common=False)[0]["hengdian_film_festival"]
    # and back to the first knowledge: its own terms again
    assert "zanzibar" not in router._event_terms(SimpleNamespace(kb=shipped), common=True)[0]["hengdian_film_festival"]

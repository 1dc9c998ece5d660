"""perf11: the fact and gap readings of a text are kept (`lexicon.READINGS_KEPT` texts), since one
message asks them of the same texts many times. A kept reading must be the one the patterns give,
a caller's list must be its own, and a repeated reading must not search the patterns again."""

from __future__ import annotations

import re

from intents import lexicon
from intents.nlu.data import load_test

HELD_OUT = [ex.text for data in load_test().values() for ex in data.examples]
MINE = ["When and where is the open day, and how much is a ticket?",
        "¿Cuándo y dónde es la jornada de puertas abiertas? ¿Cuánto cuesta la entrada?",
        "开放日是什么时候，在哪里？门票多少钱？", "오픈데이는 언제 어디서 해요? 입장료는 얼마예요?",
        "we're a studio from Lima. what's the weather like in march?", ""]


def test_kept_readings_are_the_patterns_own() -> None:
    compiled = [(fact, re.compile(pattern)) for fact, pattern in lexicon.FACTS]
    for text in [*HELD_OUT, *MINE]:
        folded = lexicon._fact_text.__wrapped__(text)
        assert lexicon._fact_text(text) == folded
        expected = tuple(dict.fromkeys(fact for fact, rx in compiled if rx.search(folded)))
        assert lexicon._facts_in(folded) == expected
        assert lexicon.fact_asked(text) == lexicon.fact_asked(text)
        assert lexicon.gap_topic(text) == lexicon.gap_topic.__wrapped__(text)


def test_facts_asked_gives_each_caller_its_own_list() -> None:
    text = MINE[0]
    first = lexicon.facts_asked(text)
    assert first[:2] == ["date", "venue"]
    first.append("changed by the caller")
    first.remove("date")
    assert lexicon.facts_asked(text)[:2] == ["date", "venue"]


def test_a_reading_asked_again_searches_nothing(monkeypatch) -> None:
    calls: list[str] = []
    tests = lexicon._tests(lexicon.FACTS)

    def counted(table):
        calls.append("searched")
        return tests

    lexicon._facts_in.cache_clear()
    monkeypatch.setattr(lexicon, "_tests", counted)
    text = "Which sets suit a Song-dynasty market scene, and what does a day there cost?"
    asked = lexicon.facts_asked(text)
    assert calls == ["searched"]
    assert lexicon.facts_asked(text) == asked
    assert lexicon.fact_asked(text) == (asked[0] if asked else None)
    assert calls == ["searched"]  # the second and third readings were the kept one
    lexicon._facts_in.cache_clear()

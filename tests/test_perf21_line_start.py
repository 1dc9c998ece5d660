"""perf21 (round 30, issue 10): patterns that are only look-aheads for words anywhere in a line
(`(?=.*A)(?=.*B)`: "who" and "dubbing", a role and "for partners") are tried where a line starts
(`lexicon.LINE_START`) instead of at every position, where each try ran `.*` to the line's end and
back (~0.4 ms a search of a run-on message). Whether they match is the same."""

from __future__ import annotations

import re

import pytest

from intents import lexicon, router
from intents.lexicon import LINE_START, fold

TEXTS = [
    # LANGUAGE_WORK_WHO: who makes a version, in four languages
    "who does the Chinese subtitles?", "Who handles the dubbing for Latin America? We also want the catalog.",
    "¿Quién hace el doblaje al coreano?", "谁做英文版？", "누가 스페인어로 각색해 줘요?",
    "we like the dubbing.\nwho is your contact for Spain?",  # the two words on two lines: no match
    "who is your contact for Spain?\nand who does the dubbing", "dubbing\n\nwho",
    # ROLE_FOR_PARTNERS
    "what's their role for partners", "¿qué papel tiene pa los socios?", "对合作方来说负责什么", "파트너들한테 어떤 역할 해요",
    "what is Dalynn's role?\nfor the partners, I mean", "role\nfor partners",
    # neither
    "Tenemos 200 mil dólares para un microdrama de 80 capítulos. ¿Cuánto nos ahorraría el incentivo?", "", "\n",
]


@pytest.mark.parametrize("rx", [lexicon.LANGUAGE_WORK_WHO, router.ROLE_FOR_PARTNERS], ids=["language_work_who", "role_for_partners"])
def test_tried_at_line_starts_match_as_at_every_position(rx) -> None:
    assert rx.pattern.startswith(LINE_START)
    everywhere = re.compile(rx.pattern[len(LINE_START):])  # the pattern as it was
    matched = 0
    for text in TEXTS + [fold(text) for text in TEXTS]:
        expected = everywhere.search(text) is not None
        assert (rx.search(text) is not None) == expected, text
        matched += expected
    assert matched >= 6


def test_the_readers_answer_as_before() -> None:
    # "who does the Chinese subtitles?": the version's language, no reply asked in it
    for text in ("who does the Chinese subtitles?", "¿Quién hace el doblaje al coreano?", "谁做英文版？", "누가 스페인어로 각색해 줘요?"):
        assert lexicon.language_request(text) == (None, text), text
    assert lexicon.language_request("can you answer in Chinese?")[0] == "zh"

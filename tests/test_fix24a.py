"""Kinds found by testers playing partners (issue 7), each in the languages it concerns:

- what comes after the event in focus, asked in the singular ("What comes after that?", "¿y el
  siguiente?", "那之后呢", "그 다음은 뭐예요?"): the one event after it in date order, not the
  whole calendar (asked of all of them or with "else", the calendar: tests/test_k18a.py);
- English lists of taxonomy labels read in lower case inside a sentence ("scenes: palace / throne
  hall, city walls and gates"), but a label that begins with a proper noun the taxonomy lists
  (`proper_words`: "Ming dynasty", "Korean short drama platform") keeps its capital;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents.labels import in_sentence
from tests.dialogue import fits, noon_services, talk

SESSION = "event:global_talent_info_session_2026"
PITCH = "event:latam_pitch_day_2027"
EVENTS = "list:events*"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix24a")


# -- the one event after the one in focus ---------------------------------------------------------
NEXT = {"en": "What's the next event?", "es": "¿cuál es el próximo evento?", "zh": "下一个活动是什么",
        "ko": "다음 행사 뭐예요?"}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "What comes after that?"), ("en", "and what's after it?"), ("en", "and after that?"), ("en", "and the next one?"),
    ("es", "¿y el siguiente?"), ("es", "¿después de ese cuál viene?"), ("es", "y después, ¿cuál sigue?"),
    ("zh", "那之后呢？"), ("zh", "之后是什么活动"), ("zh", "下一个呢"),
    ("ko", "그 다음은 뭐예요?"), ("ko", "그 뒤에는 뭐가 와요?"), ("ko", "다음 거는요?"),
])
def test_what_comes_after_the_event_in_focus_is_the_one_after_it(services: Services, lang: str, then: str) -> None:
    talk(services, lang, [(NEXT[lang], f"{SESSION}*"), (then, f"{PITCH}*")], fits)


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "what else is on after that?"), ("en", "anything else planned after that?"),
    ("es", "¿y qué otros eventos hay después de ese?"), ("es", "¿y q viene después de eso?"), ("zh", "之后还有哪些活动"), ("ko", "그 다음엔 뭐 있어요?"),
])
def test_all_that_come_after_the_event_in_focus_are_the_calendar(services: Services, lang: str, then: str) -> None:
    talk(services, lang, [(NEXT[lang], f"{SESSION}*"), (then, EVENTS)], fits)


def test_the_one_after_the_one_after_moves_on(services: Services) -> None:
    talk(services, "en", [(NEXT["en"], f"{SESSION}*"), ("What comes after that?", f"{PITCH}*"),
                          ("and what comes after that one?", "event:korea_matchmaking_2027*")], fits)


# -- English labels inside a sentence ---------------------------------------------------------------
def test_english_labels_read_in_lower_case_inside_a_sentence(services: Services) -> None:
    reply = talk(services, "en", [("Qin Palace", "location:qin_palace*"),
                                  ("what kinda scenes could we shoot there?", "location:qin_palace#scene_types")], fits)
    assert "palace / throne hall, city walls and gates and battlefield / siege" in reply.text
    reply = talk(services, "en", [("what genre is Murder Along the River", "work:work_murder_along_the_river#genres")], fits)
    assert "mystery and historical / costume drama" in reply.text
    reply = talk(services, "en", [("sets for a Ming dynasty palace drama", "list:locations*")], fits)
    assert "Ming dynasty and palace / throne hall" in reply.text  # the dynasty keeps its capital


def test_a_label_that_begins_with_a_proper_noun_keeps_its_capital(services: Services) -> None:
    taxonomy = services.knowledge.current.taxonomy
    proper, proper_es = set(taxonomy.proper_words.en), set(taxonomy.proper_words.es)
    for label in ("Ming dynasty", "Republican era (1912–1949)", "Korean short drama platform", "Edo-era Japan",
                  "Three Kingdoms", "LED volume / virtual stage", "HISDA member"):
        assert in_sentence(label, "en", proper) == label
    assert in_sentence("Pre-Qin / Warring States", "en", proper) == "pre-Qin / Warring States"
    assert in_sentence("City walls and gates", "en", proper) == "city walls and gates"
    assert in_sentence("Tres Reinos", "es", proper_es) == "Tres Reinos"
    assert in_sentence("Drama urbano", "es", proper_es) == "drama urbano"
    for lang, label in (("zh", "宫殿"), ("ko", "궁궐")):
        assert in_sentence(label, lang, proper) == label
    reply = talk(services, "en", [("where is Reel-K based?", "partner:reel_k#country")], fits)
    assert "(Korean short drama platform)" in reply.text

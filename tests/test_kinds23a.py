"""Kinds left by answer set 20 in English and Spanish (issue 7), and the scene filter in all four
languages, each in fresh wordings of our own; the set's own lines are never copied here:

- a genre asked for among words of address new to us (Guyanese "allyuh", "wuh"; "ala mano",
  "plebe"): the titles of that genre, and the conversation goes on from that list (why it went
  off-topic: two words the vocabulary did not know, and a classifier sure of the catalog was not
  enough to keep a named genre ours);
- a set asked for by the look of a kind of scene, no set named ("looks great by night",
  "se ve bonito de noche", "夜色漂亮", "밤 풍경"; battle scenes): the sets of that kind of scene;
- the very next thing on "y'all calendar" is one event (no calendar file, no list), and "what else
  coming up after that" the events;
- incentives by their subject: distributors using the sets and resources, help on the spot for
  crews from elsewhere ("ayudan... ahí mismo"), a set opened to the public (its open day's date);
- the partner's own investments (stocks, crypto) are off-topic, not "what can you do?"."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from tests.dialogue import fits, talk

NIGHT = ["list:locations?scene=night_scene", "location:dream_valley"]  # one set of that kind: it, or the list


@pytest.mark.parametrize("lang,text,read", [
    ("en", "allyuh got any", "you all got any"),
    ("en", "wuh time it start", "what time it start"),
    ("en", "thas a good one bor", "that's a good one "),
    ("es", "plebe, ¿qué tienen?", ", ¿qué tienen?"),
    ("es", "se ve machín", "se ve muy bien"),
])
def test_words_of_address_and_dialect(lang: str, text: str, read: str) -> None:
    assert standard_words(text, lang) == read


@pytest.mark.parametrize("lang,turns", [
    ("en", [("allyuh got any mysteries bai?", "list:works?genre=mystery"),
            ("the second", "work:*"),
            ("how much episodes", "work:*#episodes"),
            ("wuh languages it come in", "work:*#languages")]),
    ("es", [("ala mano, ¿y de romance qué tienen?", "list:works?genre=romance"),
            ("la cuarta", "work:*"),
            ("¿esa es coproducción?", "work:*#coproduction")]),
    ("es", [("plebe, ¿qué tienen de misterio?", "list:works?genre=mystery"),
            ("la primera, ¿de qué va?", "work:*#logline")]),
])
def test_genre_among_words_of_address(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "need somewhere that looks great by night, got one?", NIGHT),
    ("es", "¿qué set luce bonito de noche?", NIGHT),
    ("zh", "想找个夜色漂亮、灯光好看的景", NIGHT),
    ("ko", "밤 풍경 예쁜 촬영지 있어요?", NIGHT),
    ("en", "which sets work for battle scenes", ["list:locations?scene=battlefield", "location:*"]),
])
def test_a_set_by_its_scene(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)], fits)


def test_very_next_on_their_calendar(services: Services) -> None:
    talk(services, "en", [("yo what's the very next thing on your calendar", "event:global_talent_info_session_2026"),
                          ("what else coming up after that", "list:events")])
    talk(services, "en", [("the very next thing on you guys calendar?", "event:global_talent_info_session_2026")])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "could a distribution company use your sets and resources?", "incentive:set_access_partnership"),
    ("es", "¿las distribuidoras pueden usar los sets y recursos de ustedes?", "incentive:set_access_partnership"),
    ("es", "¿les ayudan a los equipos extranjeros ahí mismo con el equipo?", "incentive:on_site_services"),
    ("en", "do you help outside crews on the spot with transport and gear?", "incentive:on_site_services"),
    ("en", "when will the virtual production stage open to the public?", "event:virtual_stage_open_day_2027#date"),
    ("es", "¿cuándo abrirán el estudio virtual al público?", "event:virtual_stage_open_day_2027#date"),
    ("zh", "虚拟制片影棚什么时候对外开放？", "event:virtual_stage_open_day_2027#date"),
    # opening hours stay the honest gap
    ("en", "what time does the Qin Palace open?", "gap:*"),
])
def test_incentive_or_event_by_its_subject(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "which stocks should we invest in this year"),
    ("en", "should we buy bitcoin now"),
    ("es", "en qué acciones me conviene invertir"),
    ("zh", "最近炒股买哪只好"),
])
def test_own_investments_are_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback"])], fits)

"""fixD4: three kinds found in partner play, in four languages.

- After a LIST of events, a city alone ("and for Denver?", "那悉尼呢", "오사카는요?") or a clock word
  beside a place ("en horario de Quito", "hora local de Asunción", "换成温哥华时间", "LA 기준으로는요?")
  is the same list in that city's clock, not out of scope; after one event's card the clock word
  beside a place is that event's time there.
- A regulated thing on site (drones and aerial shots, pyrotechnics, prop weapons, road closures)
  is the permits gap with its own sentence, never the foreign-crews FAQ's "yes"; the plain
  "can a foreign crew film there?" keeps its FAQ.
- WHO handles a title's rights is that title's contact, first, with one clause on the terms; the
  terms asked (a price, the MG) keep the honest gap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixd4")


LIST = "list:events?when=upcoming"
CITY_AFTER_LIST = [
    ("en", "what's on the events calendar?", "and for Denver?", "Denver"),
    ("en", "upcoming events please", "what about Vancouver?", "Vancouver"),
    ("es", "¿qué eventos tienen programados?", "¿a qué hora caen en horario de Quito?", "Quito"),
    ("es", "próximos eventos", "hora local de Asunción?", "Asunción"),
    ("es", "¿qué eventos se vienen?", "¿y para Caracas?", "Caracas"),
    ("zh", "最近有哪些活动", "那悉尼呢", "悉尼"),
    ("zh", "接下来有什么活动？", "换成温哥华时间", "温哥华"),
    ("ko", "예정된 행사 알려 주세요", "오사카는요?", "10:00"),
    ("ko", "앞으로 어떤 행사가 있나요?", "LA 기준으로는요?", "로스앤젤레스"),
]


@pytest.mark.parametrize("lang, ask, city, said", CITY_AFTER_LIST,
                         ids=[f"{c[0]}{i}" for i, c in enumerate(CITY_AFTER_LIST)])
def test_city_after_events_list_converts_the_list(services: Services, lang, ask, city, said) -> None:  # type: ignore[no-untyped-def]
    reply = talk(services, lang, [(ask, LIST), (city, LIST)], fits=fits)
    assert said in reply.text


def test_clock_set_in_words_after_a_list_is_said_and_the_list_follows(services: Services) -> None:
    reply = talk(services, "zh", [("接下来有什么活动？", LIST), ("换成温哥华时间", LIST)], fits=fits)
    assert reply.text.index("时区已设为") < reply.text.index("温哥华时间为")


def test_second_city_after_a_converted_list(services: Services) -> None:
    reply = talk(services, "es", [("¿qué eventos vienen?", LIST), ("¿qué hora sería en Lima?", LIST),
                                  ("¿y en Montevideo?", LIST)], fits=fits)
    assert "Montevideo" in reply.text


@pytest.mark.parametrize("lang, ask, clock", [
    ("en", "when is Latin Film Night 2027?", "local time in Chicago?"),
    ("es", "¿cuándo es la Noche de Cine Latino 2027?", "hora local de Montevideo"),
])
def test_clock_word_after_an_event_card(services: Services, lang, ask, clock) -> None:  # type: ignore[no-untyped-def]
    talk(services, lang, [(ask, "event:latin_film_night*"), (clock, "event:latin_film_night*#date")], fits=fits)


REGULATED = [
    ("en", "are we allowed to fly a drone over the palace set?"),
    ("en", "could we set off pyrotechnics for a battle scene?"),
    ("en", "can the actors carry replica firearms on location?"),
    ("es", "¿se puede usar pirotecnia en el set?"),
    ("es", "¿se permite hacer tomas aéreas con dron?"),
    ("es", "¿es posible pedir un cierre de calles durante el rodaje?"),
    ("zh", "剧组可以自己带无人机吗"),
    ("zh", "拍车戏可以封路吗"),
    ("zh", "道具枪可以带进片场吗"),
    ("ko", "촬영 때 도로 통제 가능할까요?"),
    ("ko", "항공 촬영 해도 되나요?"),
    ("ko", "드론 띄워도 돼요?"),
]
REGULATED_SAID = {"en": "aren't published", "es": "no están publicadas", "zh": "没有公布", "ko": "공개되어 있지 않습니다"}


@pytest.mark.parametrize("lang, ask", REGULATED, ids=[f"{c[0]}{i}" for i, c in enumerate(REGULATED)])
def test_regulated_things_are_an_honest_gap(services: Services, lang, ask) -> None:  # type: ignore[no-untyped-def]
    reply = talk(services, lang, [(ask, "gap:*")], fits=fits)
    assert REGULATED_SAID[lang] in reply.text


def test_regulated_after_sets_is_not_the_foreign_crews_faq(services: Services) -> None:
    talk(services, "en", [("which sets suit a palace drama?", "list:locations*"),
                          ("and can we bring our own drone operator?", "gap:*")], fits=fits)


@pytest.mark.parametrize("lang, ask", [
    ("en", "can a foreign crew film in Hengdian?"),
    ("zh", "外国剧组能来横店拍吗"),
])
def test_foreign_crews_keep_their_faq(services: Services, lang, ask) -> None:  # type: ignore[no-untyped-def]
    talk(services, lang, [(ask, "faq:can_foreign_crews_film")], fits=fits)


RIGHTS_WHO = [
    ("en", "got any science fiction?", "the second", "who takes care of the rights for it?", "case by case"),
    ("es", "¿qué comedias tienen?", "la primera", "¿con quién veo lo de los derechos de esa?", "caso por caso"),
]


@pytest.mark.parametrize("lang, ask, pick, who, clause", RIGHTS_WHO, ids=[c[0] for c in RIGHTS_WHO])
def test_rights_who_is_the_titles_contact(services: Services, lang, ask, pick, who, clause) -> None:  # type: ignore[no-untyped-def]
    reply = talk(services, lang, [(ask, "list:works*"), (pick, "work:*"), (who, "contact:*")], fits=fits)
    assert "@" in reply.text and clause in reply.text
    assert not reply.text.startswith(("Rights terms", "Las condiciones"))


@pytest.mark.parametrize("lang, ask, pick, terms", [
    ("en", "got any science fiction?", "the second", "what minimum guarantee do you want for it?"),
    ("es", "¿qué comedias tienen?", "la primera", "¿cuánto cuestan los derechos de esa para Chile?"),
])
def test_rights_terms_keep_the_gap(services: Services, lang, ask, pick, terms) -> None:  # type: ignore[no-untyped-def]
    talk(services, lang, [(ask, "list:works*"), (pick, "work:*"), (terms, "gap:*")], fits=fits)

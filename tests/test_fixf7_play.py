"""fixF7: kinds found playing partner conversations through the Telegram stub.

- a catalog title asked of the set in view (named, in focus, or the first of the sets just
  listed): the titles whose logline names it, a single one as its card, so "how many episodes?"
  and "who handles it?" then follow that title; "anything similar in the catalogue?" after a set;
- the next event held online asked: the first one coming online, with its date, not whether
  another one is online;
- a wish to co-produce a named title asked with how it is done: its status and team first;
  "¿en qué punto está?" of a title: its status;
- whom an event in view is for ("is it open to X?"): the sentences of its record that say so and
  the HISDA Secretariat for the rest, not its card nor another event;
- visas asked after a team's card; rights for a territory asked after a title's team.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry import titles_first
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask, say


@pytest.mark.parametrize(("lang", "lines", "work"), [
    ("en", ["Where in Hengdian could we shoot a Song-dynasty market town mystery?",
            "Does any title from your lineup already use that set?"], "work_murder_along_the_river"),
    ("ko", ["명나라 궁중 로맨스 찍을 만한 세트 있어?", "카탈로그에도 비슷한 작품 있어요?"], "work_moonlight_envoy"),
    ("zh", ["我们要拍一部民国谍战剧，横店哪个景合适？", "片单里有没有作品正在那个景拍？"], "work_canton_nocturne"),
    ("es", ["¿Alguna serie de su catálogo se graba en la Calle Guangzhou?"], "work_canton_nocturne"),
    ("en", ["Which catalogue shows film at Dream Valley?"], "work_vanished_on_live"),
])
def test_title_asked_of_a_set_is_its_card(services: Services, lang: str, lines: list[str], work: str) -> None:
    assert ask(services, lang, *lines).answer == f"work:{work}"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Any series in your catalog being shot at the Qin Palace?"),
    ("zh", "片单里有在秦王宫拍的剧吗？"),
    ("ko", "진왕궁에서 촬영하는 카탈로그 작품 있어요?"),
    ("es", "¿Hay obras del catálogo que se rueden en el Palacio de Qin?"),
])
def test_several_titles_of_a_set_are_listed(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works"
    assert reply.items == ["work:work_face_in_clay", "work:work_eclipse_over_qin"]


def test_the_set_named_in_spanish_short_form(services: Services) -> None:
    reply = ask(services, "es", "¿Hay alguna obra del catálogo que se filme en el Jardín Yuanming?")
    assert "work:work_twelfth_bronze" in reply.items


def test_follow_ups_follow_the_title_of_the_set(services: Services) -> None:
    _, card, episodes = say(services, "en", "Tell me about the Guangzhou Street set",
                            "Is any show from your catalogue already shooting there?", "how many episodes is it?")
    assert card.answer == "work:work_canton_nocturne"
    assert episodes.answer == "work:work_canton_nocturne#episodes"


def test_our_own_series_at_a_set_is_no_catalog_question(services: Services) -> None:
    assert ask(services, "en", "Can our series shoot at the Qin Palace?").answer != "list:works"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What's the next thing HISDA is running online that I could dial into?"),
    ("en", "When's your next virtual session?"),
    ("es", "¿Cuál es el próximo evento en línea?"),
    ("zh", "联盟下一场线上的活动是哪天？"),
    ("ko", "다음 온라인 행사 언제야?"),
])
def test_next_online_event_is_the_first_online_one_with_its_date(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "event:global_talent_info_session_2026#date"


def test_next_online_event_after_an_in_person_one(services: Services) -> None:
    reply = ask(services, "en", "When is the casting day?", "What's the next thing you're running online?")
    assert reply.answer == "event:global_talent_info_session_2026#date"


def test_whether_the_next_one_is_online_stays_its_venue(services: Services) -> None:
    assert ask(services, "en", "Is the next event online or in person?").answer.endswith("#venue")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Queremos coproducir «Media casa de té», ¿cómo lo hacemos?"),
    ("en", "We want to co-produce Half a Teahouse, how do we go about it?"),
    ("ko", "《반쪽 찻집》 공동제작하고 싶어요. 어떻게 하면 돼요?"),
])
def test_coproducing_a_named_title_asked_how_answers_first(services: Services, lang: str, text: str) -> None:
    from tests.dialogue import new_chat
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    turn = services.brain.turn(chat, services.store.profile(chat), text)
    assert wants_inquiry(text) == "coproduce"
    assert titles_first(turn, "coproduce")
    # (the way in asked of a named title is the co-production FAQ with that title's status line since
    # round 34 (fixM25, answers80); before, the title's status alone — both put the title first)
    reply = ask(services, lang, text)
    assert reply.answer in ("work:work_half_a_teahouse#coproduction", "faq:coproduce_catalog_title")
    assert reply.answer.startswith("work:") or "Half a Teahouse" in reply.text or "반쪽 찻집" in reply.text \
        or "Media casa de té" in reply.text


@pytest.mark.parametrize("text", ["¿en qué punto está?", "¿Qué tan avanzada está la serie?", "¿y cómo va el proyecto?"])
def test_spanish_status_asked_is_the_status(services: Services, text: str) -> None:
    assert ask(services, "es", "Háblame de «Media casa de té»", text).answer == "work:work_half_a_teahouse#coproduction"


@pytest.mark.parametrize(("lang", "lines", "event"), [
    ("en", ["when is the Seoul matchmaking with Reel-K?", "is that one open to outfits like ours? we're a distributor"],
     "korea_matchmaking_2027"),
    ("en", ["Is the casting day open to foreign actors who live outside China?"], "international_sets_casting_day_2027"),
    ("zh", ["最近的线上活动是哪个？", "这个活动对外国公司开放吗？"], "global_talent_info_session_2026"),
    ("ko", ["서울 매칭 행사 언제야?", "거기 우리 작품 들고 가도 돼?"], "korea_matchmaking_2027"),
    ("es", ["Háblame de la Noche de Cine Latino 2027", "¿Está abierta a productoras extranjeras?"], "latin_film_night_2027"),
])
def test_whom_an_event_is_for(services: Services, lang: str, lines: list[str], event: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == f"event:{event}#audience"
    assert "secretariat@" in reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["who runs the short drama center?", "also do my Canadian crew need visas for that?"]),
    ("es", ["¿Cuándo es el casting day?", "¿Y los actores necesitan visado para eso?"]),
])
def test_visas_after_a_card_are_the_visa_answer(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == "faq:visa"


def test_rights_for_a_territory_after_the_titles_team(services: Services) -> None:
    reply = ask(services, "es", "Háblame de «El relojero del emperador»", "¿quién lo lleva?",
                "¿Y nos podríais conseguir los derechos de emisión para España?")
    assert reply.answer in ("gap:dalynn_studio", "work:work_emperors_clockmaker#coproduction")
    assert "partners@dalynn" in reply.text

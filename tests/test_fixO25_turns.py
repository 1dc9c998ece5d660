"""fixO25 (answers83 dialogue turns): the next event beside the partner's clock, a reminder with
the pronoun before the verb, news wished "if there is any", on-site services asked as what is set
up once the crew lands, a Korean crew said as "우리 식구들", a shoot on the LED stage asked yes or
no, and the title pointed back at after that FAQ. Sentences of our own, in en/es/zh/ko."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import contact, lexicon
from intents.handoff_words import chases_reply
from tests.dialogue import ask, new_chat, say

SOONEST = "event:global_talent_info_session_2026"

# the next one asked with the partner's own clock, right after the list of events
NEXT_WITH_CLOCK = [
    ("en", "what events do you have coming up?", "when's the next one, and what time is that for us?"),
    ("es", "¿qué eventos tienen próximamente?", "¿cuándo es el próximo y a qué hora sería para nosotros?"),
    ("zh", "最近有什么活动", "下一个是什么时候，我们这边几点"),
    ("ko", "요즘 무슨 행사 있어요?", "다음 거 언제예요? 저희 시간으로 몇 시예요?"),
]


@pytest.mark.parametrize("lang,listed,asked", NEXT_WITH_CLOCK)
def test_the_next_one_with_our_clock_after_the_list_is_its_date(services: Services, lang, listed, asked) -> None:
    replies = say(services, lang, listed, asked)
    assert (replies[0].answer or "").startswith("list:events"), replies[0].answer
    assert replies[-1].answer == f"{SOONEST}#date", (asked, replies[-1].answer)


# a bare "the next one" after the list (no event noun): the first one coming, not the list again
NEXT_BARE = [
    ("zh", "你们有哪些活动", "下一个是哪天"),
    ("ko", "행사 뭐 있어요?", "다음 거는 언제래요"),
]


@pytest.mark.parametrize("lang,listed,asked", NEXT_BARE)
def test_a_bare_next_one_after_the_list_is_the_first_coming(services: Services, lang, listed, asked) -> None:
    assert say(services, lang, listed, asked)[-1].answer == f"{SOONEST}#date"


# a reminder asked with the event as a pronoun before the verb, formally
@pytest.mark.parametrize("text", ["Le ruego me lo recuerden dos días antes.", "Les agradecería que nos la recordaran un día antes."])
def test_spanish_reminder_with_the_pronoun_before_the_verb(text: str) -> None:
    assert lexicon.action_asked(text) == "remind", text


@pytest.mark.parametrize("text", ["Le ruego me lo recuerden dos días antes.", "Le agradeceré que me lo recuerde la víspera antes de empezar."])
def test_spanish_reminder_after_an_event_sets_it(services: Services, text: str) -> None:
    replies = say(services, "es", "¿Cuándo es la sesión informativa del programa de talento global?", text)
    assert replies[-1].answer in (SOONEST, f"remind:{SOONEST}", f"reminder:{SOONEST}"), replies[-1].answer


# news there may be later, "send it if there is any": a subscription, not a reply chased
@pytest.mark.parametrize("text", ["나중에 행사 소식 있으면 보내 주세요", "새 작품 소식 있을 때 알려줘"])
def test_news_if_any_is_no_chased_reply(text: str) -> None:
    assert not chases_reply(text)


@pytest.mark.parametrize("text", ["아직 소식 없어요?", "답변 있나요?", "소식이 없네요"])
def test_news_asked_of_the_team_is_still_a_chase(text: str) -> None:
    assert chases_reply(text)


def test_korean_news_if_any_after_a_gap_subscribes(services: Services) -> None:
    replies = say(services, "ko", "캐스팅 데이 입장료 있어요?", "앞으로 새 행사 소식 있으면 보내 주세요")
    assert (replies[-1].answer or "").startswith("subscribe"), replies[-1].answer


# the on-site services asked as what is set up or organised for the crew once it arrives
ON_SITE = {
    "en": "once we land, what can your people set up for us on site?",
    "es": "¿qué nos pueden organizar en el lugar ni bien lleguemos?",
    "zh": "我们一到那里你们能帮忙安排些什么",
    "ko": "저희가 도착하면 현장에서 뭘 준비해 줄 수 있어요?",
}


@pytest.mark.parametrize("lang", list(ON_SITE))
def test_what_is_set_up_on_site_once_we_land_is_the_services(lang: str) -> None:
    assert lexicon.asks_on_site_help(ON_SITE[lang]), ON_SITE[lang]


@pytest.mark.parametrize("lang", list(ON_SITE))
def test_on_site_help_after_a_sets_address(services: Services, lang: str) -> None:
    first = {"en": "what's the address of the Qin Palace?", "es": "¿cuál es la dirección del Palacio Qin?",
             "zh": "秦王宫地址在哪", "ko": "진왕궁 주소가 어떻게 돼요?"}[lang]
    replies = say(services, lang, first, ON_SITE[lang])
    assert replies[-1].answer == "incentive:on_site_services", replies[-1].answer


# a crew of Koreans said as "our folks", and leave to shoot asked as "일없다" (fine)
@pytest.mark.parametrize("text", ["우리 식구들 전부 한국 사람인데 거기서 찍어도 일없소?", "저희 식구들 다 한국 사람이라 촬영해도 상관없어요?"])
def test_korean_folks_asking_leave_to_shoot(services: Services, text: str) -> None:
    assert ask(services, "ko", text).answer == "faq:can_foreign_crews_film"


# whether a shoot can be done on the LED stage, asked yes or no: the FAQ; "what can we shoot" its scenes
SHOOT_ON_STAGE = {
    "en": "could we film a thing like that on your LED stage?",
    "es": "¿una cosa así se podría grabar con sus pantallas LED?",
    "zh": "这种戏在你们LED棚里能拍不",
    "ko": "그런 것도 LED 스튜디오에서 찍을 수 있어?",
}


@pytest.mark.parametrize("lang", list(SHOOT_ON_STAGE))
def test_a_shoot_on_the_led_stage_asked_yes_or_no(services: Services, lang: str) -> None:
    assert lexicon.SHOOT_THERE_ASKED.search(lexicon.fold(SHOOT_ON_STAGE[lang]))
    replies = say(services, lang, "fantasy" if lang == "en" else {"es": "series de fantasía", "zh": "奇幻剧", "ko": "판타지 드라마"}[lang],
                  SHOOT_ON_STAGE[lang])
    assert replies[-1].answer == "faq:virtual_production", replies[-1].answer


@pytest.mark.parametrize("text", ["what can we shoot on the LED stage?", "¿qué se puede rodar en el set LED?", "LED棚里能拍什么", "LED 스튜디오에서 뭐 찍을 수 있어요?"])
def test_what_can_be_shot_there_is_no_yes_or_no(text: str) -> None:
    assert not lexicon.SHOOT_THERE_ASKED.search(lexicon.fold(text))


def test_the_series_pointed_back_after_the_led_faq_is_its_team(services: Services) -> None:
    replies = say(services, "es", "¿tienen series de misterio?", "la segunda, ¿cuántos capítulos tiene?",
                  "¿algo así se podría grabar con sus pantallas LED?", "¿y quién lleva esa serie? ¿su correo?")
    assert replies[-2].answer == "faq:virtual_production", replies[-2].answer
    kind, _, rid = replies[1].answer.partition("#")[0].partition(":")
    assert kind == "work", replies[1].answer
    team = contact.record_contact(services.knowledge.current, kind, rid)
    assert team != "international_business"  # (the FAQ's own team: the test could not tell them apart)
    assert replies[-1].answer == f"contact:{team}#email", replies[-1].answer

"""Kinds of answers50 (fixE9), each tried with wordings written for these tests (not the set's own):

- the asked field of a named or in-focus record: an episode's length asked after its subject, the
  way to ask for an incentive, an event's organisers asked as going on, an event gone back to by
  its kind, a team's number asked as "do you have their number?";
- a present-day story denying a period genre is the sets of the contemporary era; a rich family's
  house is the mansion scene;
- a Canadian province is a time zone; a month in a ticket errand asks no event;
- rain expected and an indoor plan B asked is the virtual production stage, also with a set in focus;
- a crew from abroad with no co-producer asking whether it may shoot there is the filming FAQ.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import say

ONE = [
    ("en", "For Murder Along the River, how long does an episode run?", "work:work_murder_along_the_river#episode_minutes"),
    ("es", "Murder Along the River, ¿los capítulos duran cuánto?", "work:work_murder_along_the_river#episode_minutes"),
    ("en", "How can I ask for the on-site services once we land?", "incentive:on_site_services#how_to_apply"),
    ("zh", "到了横店，怎么要现场服务？", "incentive:on_site_services#how_to_apply"),
    ("ko", "현장 제작 서비스는 가서 어떻게 요청하나요?", "incentive:on_site_services#how_to_apply"),
    ("en", "It's a contemporary piece, nothing historical. What sets would work?", "list:locations?era=contemporary"),
    ("es", "Es una serie actual, no es de época. ¿Qué escenarios nos sirven?", "list:locations?era=contemporary"),
    ("es", "Necesitamos el caserón de una familia adinerada para varias escenas, ¿dónde lo grabamos?", "list:locations?scene=mansion"),
    ("zh", "有几场戏在有钱人家的大宅子里，去哪拍？", "list:locations?scene=mansion"),
    ("en", "Set my clock to Ontario time please", "pref:timezone"),
    ("es", "Usa la hora de Quebec para mí de ahora en adelante", "pref:timezone"),
    ("en", "Rainy season when we come, any covered stage where we can still shoot street scenes?", "faq:virtual_production"),
    ("es", "Si nos agarra la temporada de lluvias, ¿tienen algún plató bajo techo como alternativa?", "faq:virtual_production"),
    ("zh", "雨季过去拍的话，有没有棚内的备用方案？", "faq:virtual_production"),
    ("ko", "장마철에 촬영하게 되면 실내 대안이 있을까요?", "faq:virtual_production"),
]


@pytest.mark.parametrize(("lang", "text", "key"), ONE)
def test_one_question_answers_the_asked_thing(services: Services, lang: str, text: str, key: str) -> None:
    (reply,) = say(services, lang, text)
    assert reply.answer == key


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Book me a flight from Lima to Miami in August"),
    ("zh", "帮我订一张七月从上海到北京的机票"),
])
def test_a_ticket_errand_with_a_month_is_no_events_list(services: Services, lang: str, text: str) -> None:
    (reply,) = say(services, lang, text)
    assert not (reply.answer or "").startswith(("list:events", "event:"))


FOLLOW = [
    ("es", "¿Qué es el Latin Film Night?", "¿Y quiénes lo están montando?", "event:latin_film_night_2027#organisers"),
    ("zh", "拉丁电影之夜是什么？", "这是哪家牵头的？", "event:latin_film_night_2027#organisers"),
    ("en", "How do we join?", "Got a number for them? I'd rather call", "contact:hisda_secretariat#phone"),
    ("en", "Where is the Qin Palace?", "Heavy rain is forecast those days; any covered alternative where we can keep shooting?",
     "faq:virtual_production"),
    ("zh", "秦王宫在哪？", "听说那几天一直下大雨，有没有室内的备选方案？", "faq:virtual_production"),
    ("es", "¿Dónde está el Palacio Qin?", "Nuestro equipo es todo chileno y no tenemos coproductor chino, ¿igual podemos grabar ahí?",
     "faq:can_foreign_crews_film"),
    ("zh", "秦王宫在哪？", "我们都是巴西人，没有中方合拍伙伴，这样的剧组能去那儿拍吗？", "faq:can_foreign_crews_film"),
]


@pytest.mark.parametrize(("lang", "first", "then", "key"), FOLLOW)
def test_a_follow_up_answers_the_asked_thing(services: Services, lang: str, first: str, then: str, key: str) -> None:
    _, reply = say(services, lang, first, then)
    assert reply.answer == key


def test_an_event_gone_back_to_by_its_kind() -> None:
    assert lexicon.earlier_pointed("going back to that matchmaking session, what date is it?") == ("event", True)
    assert lexicon.earlier_pointed("volviendo a esa reunión, ¿dónde es?") == ("event", True)
    assert lexicon.earlier_pointed("can you set up the meeting?") is None


def test_the_weather_itself_stays_a_gap() -> None:
    assert lexicon.gap_topic("What's the weather like in Hengdian in March?") == "weather"
    assert not lexicon.asks_rain_plan("Does it rain a lot in June?")
    assert lexicon.asks_rain_plan("the forecast says rain, is there a plan B indoors?")

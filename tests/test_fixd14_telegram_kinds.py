"""fixD14: Telegram kinds left from play18, in four languages, in new wording: the rest of a
message that switches the reply's language is answered; each ask of a run-on message is
answered in order (the time difference beside the office's days); the travel time the files
do not publish is said first; "next event, and is it in Tokyo?" gets the event and a yes or no
on its place; a provisional status reads "date provisional"; the time asked is said before the
hours between; "going back to the third, can we license it?" picks from the last list; and the
relay after a staff member wrote never adds the out-of-office line."""

from __future__ import annotations

import asyncio
import re

import pytest
from telegram.ext import ApplicationHandlerStop

from bot.context import Services
from bot.handlers import handoff
from core.handoffs import handoffs_of
from core.i18n import t
from core.store import Store
from intents.events import status_note
from tests.dialogue import ask, say
from tests.test_handoff_relay import PARTNER, STAFF, context_for, partner_update, store  # noqa: F401


@pytest.mark.parametrize(("lang", "first", "switch"), [
    ("en", "¿qué eventos hay?", "switch to english please. any horror shows?"),
    ("es", "what events are coming up?", "vale, mejor en español: ¿tenéis alguna serie de zombis?"),
    ("zh", "hola", "請用中文回答。有恐怖片嗎？"),
    ("ko", "hi there", "한국어로 답해 주세요. 좀비물 있어요?"),
])
def test_the_rest_of_a_language_switch_is_answered(services: Services, lang: str, first: str, switch: str) -> None:
    reply = ask(services, lang, first, switch)
    assert reply.lang == lang
    assert reply.answer == "catalog:about#no_genre", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text", "city", "day_off"), [
    ("en", "how many hours ahead is Hengdian from Lisbon, and is anyone working on Saturdays?", "Lisbon", "hours_day_no"),
    ("es", "¿cuántas horas de diferencia hay con Bogotá? ¿y atienden los sábados?", "Bogotá", "hours_day_no"),
    ("zh", "首尔和横店差几个小时？你们周日有人上班吗", "首尔", "hours_day_no"),
    ("ko", "로스앤젤레스랑 헝뎬 시차가 몇 시간이에요? 그리고 토요일에도 근무해요?", "로스앤젤레스", "hours_day_no"),
])
def test_the_time_difference_and_the_office_days_are_both_answered(services: Services, lang: str, text: str,
                                                                    city: str, day_off: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "clock:difference", (reply.answer, reply.text)
    lines = reply.text.split("\n")
    assert city in lines[0], reply.text  # the first ask first
    said = t(day_off, lang, days="@@").split("@@")[0]
    assert any(line.startswith(said) for line in lines[1:]), reply.text  # then the second, not dropped


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿qué diferencia horaria tenemos con Quito? ¿y ahora mismo estáis atendiendo?"),
    ("zh", "台北跟横店有时差吗？你们今天有人上班吗"),
])
def test_the_difference_then_whether_anyone_is_in_now(services: Services, lang: str, text: str) -> None:
    chat_reply = ask(services, lang, text)
    assert chat_reply.answer == "clock:difference", (chat_reply.answer, chat_reply.text)
    assert t("contact_closed_now", lang, when="@@").split("@@")[0] in chat_reply.text  # the pinned clock: Monday 20:00


def test_a_question_of_the_difference_sets_no_zone(services: Services) -> None:
    from tests.dialogue import new_chat

    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    services.brain.reply_to_text(chat, "新加坡跟横店有时差吗？你们今天有人上班吗", services.store.profile(chat))
    profile = services.store.profile(chat)
    assert profile is not None and not profile.timezone


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "roughly how long does the bullet train from Hangzhou take?"),
    ("es", "¿cuántas horas se tarda en tren desde Hangzhou hasta Hengdian?"),
    ("zh", "从杭州坐高铁去横店要多长时间"),
    ("ko", "항저우에서 헝뎬까지 고속철로 얼마나 걸려요?"),
])
def test_the_travel_time_is_said_unpublished_then_the_way(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:how_to_reach_hengdian", (reply.answer, reply.text)
    assert reply.text.startswith(t("gap_travel_time_way", lang)), reply.text


@pytest.mark.parametrize(("lang", "text", "yes"), [
    ("en", "any airport close to the studios?", "Yes."),
    ("es", "¿hay algún aeropuerto cerca de los estudios?", "Sí."),
    ("zh", "横店附近有机场吗？", "有。"),
    ("ko", "헝뎬 근처에 공항 있어요?", "네"),
])
def test_an_airport_nearby_is_a_yes_with_the_nearest(services: Services, lang: str, text: str, yes: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:how_to_reach_hengdian", (reply.answer, reply.text)
    assert reply.text.startswith(yes) and ("Yiwu" in reply.text.split("\n")[0] or "义乌" in reply.text
                                           or "이우" in reply.text), reply.text


def test_the_train_time_and_an_airport_in_one_message(services: Services) -> None:
    reply = ask(services, "en", "how long is the train ride from Shanghai? also, is there an airport nearby?")
    assert reply.text.startswith(t("gap_travel_time_way", "en")), reply.text
    assert "Yes. Yiwu is the nearest airport." in reply.text


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("en", "when's the next event? is it happening in Tokyo?", "Tokyo"),
    ("es", "¿cuándo es el próximo evento? ¿se hace en Madrid?", "Madrid"),
    ("zh", "下一场活动什么时候？在东京举办吗？", "东京"),
    ("ko", "다음 행사 언제예요? 도쿄에서 열려요?", "도쿄"),
])
def test_the_next_event_and_a_yes_or_no_on_its_place(services: Services, lang: str, text: str, city: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:global_talent_info_session_2026"), (reply.answer, reply.text)
    assert "2026" in reply.text.split("\n")[0] or "10" in reply.text.split("\n")[1], reply.text  # the event first
    assert t("ev_held_online_no", lang, place=city) in reply.text, reply.text


def test_in_the_city_asked_after_an_online_event_is_no_not_held_in_online(services: Services) -> None:
    reply = ask(services, "en", "what's the next event?", "that one's in Berlin, isn't it?")
    assert reply.text == t("ev_held_online_no", "en", place="Berlin"), reply.text


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_provisional_event_says_its_date_is_provisional(services: Services, lang: str) -> None:
    event = services.knowledge.current.events["global_talent_info_session_2026"]
    assert event.status == "provisional"
    note = status_note(event, lang)
    assert t("status_provisional", lang) in note
    assert "confirm" not in note and "por confirmar" not in note and "待定" not in note and "미확정" not in note


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's the time over there right now? we're in Denver"),
    ("es", "¿qué hora es allá ahora? estamos en Lima"),
    ("zh", "横店现在几点？我在曼谷"),
])
def test_the_time_asked_comes_before_the_difference(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "clock:difference", (reply.answer, reply.text)
    # (the line up to its first placeholder: Chinese says the date before the time)
    now_line = re.split("@@|##|%%", t("clock_now", lang, time="@@", zone="##", date="%%"))[0]
    assert reply.text.startswith(now_line), reply.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["show me your romance titles", "what's the second one about?", "going back to the fourth — can we just license it?"]),
    ("es", ["¿qué series románticas tienen?", "¿de qué va la segunda?", "volviendo a la cuarta, ¿se puede licenciar?"]),
    ("zh", ["有哪些爱情题材的剧？", "第二部讲什么？", "回到第四部，能直接买版权吗？"]),
    ("ko", ["로맨스 작품 뭐 있어요?", "두 번째 작품은 무슨 내용이에요?", "다시 네 번째 작품 말인데, 판권 살 수 있어요?"]),
])
def test_going_back_to_an_ordinal_picks_from_the_last_list(services: Services, lang: str, lines: list[str]) -> None:
    listed, _, back = say(services, lang, *lines)
    fourth = listed.items[3]
    assert back.answer == f"{fourth}#coproduction", (back.answer, back.text)


def _say(context, text: str, message_id: int) -> list[str]:
    context.bot.sent.clear()
    with pytest.raises(ApplicationHandlerStop):
        asyncio.run(handoff.on_partner_message(partner_update(text, message_id), context))
    return [text for text, _ in context.bot.to(PARTNER)]


def test_the_relay_after_a_staff_reply_has_no_out_of_office_line(store: Store, services: Services) -> None:  # noqa: F811
    from datetime import datetime
    from zoneinfo import ZoneInfo

    context = context_for(store)
    context.services.knowledge = services.knowledge  # the shipped teams and their hours
    sunday = datetime(2026, 12, 6, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    context.services.brain.clock = lambda: sunday
    h = handoffs_of(store).open(PARTNER, PARTNER, "catalog", "hola", STAFF)
    handoffs_of(store).set_post(h.id, 77, None)
    first = _say(context, "hola, ¿alguien por ahí?", 2)
    assert first and "\n" in first[0]  # nobody has written: when to expect a reply, the office closed
    key = handoff._key(h)
    context.bot_data.setdefault(handoff.STAFF_NAME, {})[key] = "Mia"  # Mia wrote back
    context.bot_data.setdefault(handoff.AFTER_STAFF, {})[key] = True
    handoff._spoke(context, h)
    got = _say(context, "¿y cuánto cuesta el plató?", 3)
    assert got and got[0].startswith(t("handoff_ack_named", "es", name="Mia")), got
    assert t("hours_closed_now", "es", when="@@").split("@@")[0] not in got[0], got

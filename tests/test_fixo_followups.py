"""fixO: follow-ups that attach to the right thing, the partner's own reminders, zone abbreviations.

- a bare number ("2", "3.") answers the numbered pick list the bot just showed: that item;
- "what reminders do I have?", "我订阅了什么", "내 알림 뭐 있어요?" is a question: the partner's
  reminders and topics (or that there are none), with buttons to cancel; "how do I unsubscribe?"
  explains in one line and cancels nothing;
- a zone's abbreviation ("in IST", "and in EST?", "SGT呢", "PST 기준으로는요?") is that zone's clock,
  read from tzdata's abbreviations (IST by convention India's).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import ordinal
from intents.timezones import abbreviated, mentioned_zone
from tests.dialogue import fits, new_chat, talk

KOREA = "event:korea_matchmaking_2027"
PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("lang", "ask", "pick"), [
    ("en", "remind me", "2"), ("es", "recuérdame", "2"), ("zh", "提醒我", "2"), ("ko", "알림 설정해 주세요", "2"),
    ("en", "remind me", "#2"), ("zh", "提醒我", "第二"), ("ko", "알림 설정해 주세요", "2번"),
])
def test_bare_number_picks_from_the_list_shown(services: Services, lang: str, ask: str, pick: str) -> None:
    talk(services, lang, [(ask, "list:events*"), (pick, PITCH)], fits=fits)


def test_bare_number_is_a_position_only_alone() -> None:
    assert ordinal("3") == 3 and ordinal(" 2. ") == 2
    assert ordinal("we are 3 people") is None and ordinal("2027") is None


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "what reminders do I have?"), ("en", "show my reminders"), ("en", "what am I subscribed to"),
    ("es", "¿qué recordatorios tengo?"), ("es", "¿a qué estoy suscrito?"),
    ("zh", "我订阅了什么"), ("zh", "我有哪些提醒？"), ("ko", "내 알림 뭐 있어요?"), ("ko", "제 구독 목록 보여 주세요"),
])
def test_own_alerts_asked_are_listed_not_set(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "my_alerts")])
    assert not any("rem|" in b.data and "-" not in b.data for row in reply.buttons for b in row)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "how do I unsubscribe?"), ("es", "¿cómo me doy de baja?"), ("zh", "怎么取消订阅？"), ("ko", "구독 취소는 어떻게 해요?"),
])
def test_how_to_unsubscribe_cancels_nothing(services: Services, lang: str, said: str) -> None:
    from jobs.subscriptions import subscriptions_of

    chat = new_chat()
    subs = subscriptions_of(services.store)
    subs.subscribe(chat, "events")
    subs.add_reminder(chat, KOREA.split(":")[1])
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_text(chat, said, services.store.profile(chat))
    assert reply.answer == "unsubscribe"  # the way to stop them, nothing stopped
    assert subs.topics_of(chat) == {"events"} and subs.reminders_of(chat) == [KOREA.split(":")[1]]
    assert any(b.data.endswith("-korea_matchmaking_2027") for row in reply.buttons for b in row)


@pytest.mark.parametrize(("text", "zone"), [
    ("what time in IST?", "Asia/Kolkata"), ("hora EST", "America/New_York"), ("in PST", "America/Los_Angeles"),
    ("CET please", "Europe/Berlin"), ("KST 기준으로", "Asia/Seoul"), ("BRT", "America/Sao_Paulo"),
    ("ART time", "America/Argentina/Buenos_Aires"), ("MYT", "Asia/Kuala_Lumpur"), ("SGT时间", "Asia/Singapore"),
    ("the art of film", None), ("est-ce que", None),
])
def test_abbreviations(text: str, zone: str | None) -> None:
    assert mentioned_zone(text) == zone


def test_abbreviations_come_from_tzdata() -> None:
    table = abbreviated()
    assert table["JST"] == "Asia/Tokyo" and table["HKT"] == "Asia/Hong_Kong" and "CST" not in table


@pytest.mark.parametrize(("lang", "first", "then", "shown"), [
    ("en", "what time is the Korea matchmaking in IST?", "and in EST?", "New York"),
    ("es", "¿a qué hora es el matchmaking de Corea?", "¿y en hora ART?", "Buenos Aires"),
    ("zh", "韩中短剧对接会几点", "SGT呢", "新加坡"),
    ("ko", "한중 숏드라마 매칭 행사 몇 시예요?", "PST 기준으로는요?", "로스앤젤레스"),
])
def test_event_time_in_an_abbreviated_zone(services: Services, lang: str, first: str, then: str, shown: str) -> None:
    reply = talk(services, lang, [(first, KOREA + "*"), (then, KOREA + "#date")], fits=fits)
    assert shown in reply.text


@pytest.mark.parametrize(("text", "zone"), [
    ("¿a qué hora es el encuentro de Corea en hora de Bogotá?", "America/Bogota"),
    ("what time is the Korea matchmaking in Lima time?", "America/Lima"),
])
def test_the_city_whose_clock_is_asked_wins_over_a_place_in_a_name(text: str, zone: str) -> None:
    assert mentioned_zone(text) == zone


@pytest.mark.parametrize("said", ["how do I stop my phone battery draining so fast", "cómo quito una mancha de vino"])
def test_how_to_stop_something_else_is_no_alerts_question(said: str) -> None:
    from core.text import fold
    from intents.router import HOW_TO_STOP_ALERTS

    assert HOW_TO_STOP_ALERTS.search(fold(said)) is None

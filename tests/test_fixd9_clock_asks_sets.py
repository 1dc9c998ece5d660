"""Kinds fixed by fixD9 (2026-12-05): the partner's city and a question in one message, the team's
hours on the partner's clock with the partner's own weekdays, two asks in one message, follow-ups
to a set card (its desk; a crew of one country or tongue on set), the hand-off's contact card once,
a reminder naming the city as the partner wrote it. Every wording is the fixer's own."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.kb.schema import OfficeHours
from intents.office_hours import response_time
from tests.dialogue import globs as _fits
from tests.dialogue import new_chat, talk

WEEKDAYS = OfficeHours(days="mon-fri", start="09:00", end="17:30", timezone="Asia/Shanghai")
FRIDAY_NIGHT = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("lang,days", [("en", "Sun–Thu 19:00–3:30"), ("es", "dom–jue 19:00–3:30"),
                                       ("zh", "周日至周四"), ("ko", "일~목")])
def test_team_hours_on_the_partners_clock_name_the_partners_days(lang, days) -> None:
    first = response_time(WEEKDAYS, lang, ZoneInfo("America/Mexico_City"), FRIDAY_NIGHT).splitlines()[0]
    assert days in first


def test_team_hours_keep_the_days_when_the_clock_does_not_move_them() -> None:
    first = response_time(WEEKDAYS, "en", ZoneInfo("Asia/Seoul"), FRIDAY_NIGHT).splitlines()[0]
    assert first.endswith("— 10:00–18:30 in Seoul.")


@pytest.mark.parametrize("lang,said,local", [
    ("en", "we're based in Bogotá. what time does your office open on Tuesday for us?", "Monday at 20:00 in Bogot"),
    ("zh", "我在首尔，你们办公室周二几点开门？按我这边的时间说", "首尔时间周二上午10:00"),
    ("ko", "저 서울인데 화요일에 사무실 몇 시에 열어요?", "서울 시간 화요일 오전 10시"),
    ("es", "Estoy en Lima, ¿a qué hora abre la oficina el martes en mi hora?", "lunes a las 20:00 en Lima"),
])
def test_a_city_and_the_office_opening_in_one_message(services: Services, lang, said, local) -> None:
    reply = talk(services, lang, [(said, "contact:*#hours")], fits=_fits)
    assert local in reply.text.splitlines()[0]


@pytest.mark.parametrize("lang,said", [
    ("zh", "你们办公室一般几点开门？"), ("ko", "사무실은 몇 시에 문 열어요?"),
    ("es", "¿A qué hora abre la oficina los jueves?"), ("en", "what time does the office open tomorrow?"),
])
def test_the_office_opening_is_the_teams_hours(services: Services, lang, said) -> None:
    talk(services, lang, [(said, "contact:*#hours")], fits=_fits)


@pytest.mark.parametrize("lang,said", [
    ("en", "would our money go further there than in Atlanta?"),
    ("en", "do we get more for our money in Hengdian than back home in Lagos?"),
    ("es", "¿allá nos rendiría más el dinero que en Bogotá?"),
    ("zh", "我们的钱在那边比在吉隆坡更经花吗？"),
    ("ko", "거기서 찍으면 서울보다 돈이 덜 들까요?"),
])
def test_money_going_further_than_at_home_is_the_costs_faq(services: Services, lang, said) -> None:
    talk(services, lang, [(said, "faq:costs")], fits=_fits)


@pytest.mark.parametrize("lang,said", [
    ("en", "What incentives are there? And how do we apply?"),
    ("es", "¿Qué incentivos tienen? ¿Y cómo se piden?"),
    ("zh", "有哪些扶持政策？怎么申请？"),
])
def test_which_incentives_and_how_to_apply_keeps_the_list(services: Services, lang, said) -> None:
    reply = talk(services, lang, [(said, "*")], fits=_fits)
    assert reply.text.count("\n\n") >= 1  # the incentives first, then the way to apply


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("진왕궁 소개해 주세요", "*"), ("거기 촬영 문의 창구는 어디예요?", "contact:international_business*")]),
    ("es", [("cuéntame del set del palacio Qin", "*"), ("¿y cuál es la ventanilla para rodar ahí?", "contact:international_business*")]),
    ("en", [("tell me about the Qin palace set", "*"), ("who's the point of contact for shooting there?", "contact:international_business*")]),
    ("en", [("tell me about the Qin palace set", "*"), ("the whole crew is Brazilian, is that ok on set?", "faq:can_foreign_crews_film")]),
    ("es", [("cuéntame del set del palacio Qin", "*"), ("todos somos colombianos, ¿eso funciona en el rodaje?", "faq:can_foreign_crews_film")]),
    ("zh", [("介绍一下秦王宫", "*"), ("我们剧组全是墨西哥人，在片场没问题吧？", "faq:can_foreign_crews_film")]),
    ("ko", [("진왕궁 소개해 주세요", "*"), ("저희 스태프들은 다 태국 사람인데 현장에서 괜찮아요?", "faq:*")]),
])
def test_follow_ups_to_a_set_card(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=_fits)


@pytest.mark.parametrize("lang,turns", [
    ("zh", ["我们想买一部目录里的剧的海外版权，大概多少钱？", "那该找谁谈？帮我转人工吧"]),
    ("en", ["how much would the overseas rights to a catalog title cost?", "so who do I talk to? put me through to someone"]),
])
def test_whom_to_talk_to_and_a_person_shows_the_card_once(services: Services, lang, turns) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = None
    for line in turns:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    assert reply is not None and reply.handoff is not None
    assert reply.text.count("international.business@example.com") == 1


def test_a_reminder_set_in_words_names_the_city_as_written(services: Services) -> None:
    """The running announcer's reminder gets the city the partner wrote ("Mumbai"), not the
    zone's own city (Kolkata)."""
    from bot.features import _subscriptions
    from intents.callbacks import Callback

    got: dict = {}

    class Announcer:
        def remind(self, chat_id, arg, lang, zone=None, city=None):  # type: ignore[no-untyped-def]
            got.update(zone=zone, city=city)

    fake = SimpleNamespace(settings=services.settings, features={"announcer": Announcer()})
    remind = _subscriptions(fake).buttons["rem"]  # type: ignore[arg-type]
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    services.brain.reply_to_text(chat, "hi, I'm in Mumbai. what events are coming up?", services.store.profile(chat))
    turn = services.brain._turn(chat, services.store.profile(chat), "en", text="remind me about the Korea one",
                                said_zone="Asia/Kolkata", said_city="Mumbai")
    remind(turn, Callback("rem", ("korea_matchmaking_2027",)))
    assert got == {"zone": "Asia/Kolkata", "city": "Mumbai"}

"""fixJ17 (play26 kind C): a correction right after a reminder or a calendar file ("no, I meant the
festival, not the casting day", "me refería al festival, no al casting", "不對，我是說首爾那場，不是開放日",
"아니 오픈 데이 말고 서울 매칭 행사") moves the action to the event meant: the reminder of the one set
aside is cancelled and one is set for the one meant; a calendar file is sent for the one meant. Never
the card of the event set aside, never out of scope."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import say

REMIND = [
    ("en", ["when's the foreign actor casting day?", "remind me about it", "oops no, I meant the film festival, not the casting day"],
     "hengdian_film_festival"),
    ("en", ["when is the virtual production open day?", "set a reminder please", "sorry I meant the Seoul one rather than the open day"],
     "korea_matchmaking_2027"),
    ("es", ["¿cuándo es el casting de actores extranjeros?", "recuérdamelo porfa", "no, perdón, quise decir el festival, no el casting"],
     "hengdian_film_festival"),
    ("es", ["¿qué día es la jornada de puertas abiertas del estudio virtual?", "ponme un recordatorio",
            "uy no, me refería al de Seúl, no a la jornada"], "korea_matchmaking_2027"),
    ("zh", ["外籍演员选角日是哪天？", "帮我设个提醒", "不对，我是说影视节，不是选角日"], "hengdian_film_festival"),
    ("zh", ["虛擬製片影棚開放日是哪天？", "提醒我一下", "不是開放日，是首爾那場"], "korea_matchmaking_2027"),
    ("ko", ["외국인 배우 캐스팅 데이 언제예요?", "알림 설정해 주세요", "아니 캐스팅 데이 말고 영화제요"], "hengdian_film_festival"),
    ("ko", ["버추얼 스튜디오 오픈 데이 언제야?", "알림 걸어 줘", "아니 오픈 데이 말고 서울 매칭 행사 말한 거야"], "korea_matchmaking_2027"),
]


@pytest.mark.parametrize("lang,lines,meant", REMIND)
def test_a_correction_after_a_reminder_moves_it(services: Services, lang, lines, meant) -> None:
    first, reminded, moved = say(services, lang, *lines)
    set_aside = reminded.answer.partition(":")[2].partition("#")[0]
    assert set_aside and set_aside != meant, reminded.answer
    assert moved.answer.startswith(f"event:{meant}"), (moved.answer, moved.text)
    assert moved.outcome == "action", moved.outcome
    data = [b.data or "" for row in moved.buttons for b in row]
    assert any(d.endswith(f"|rem|-{meant}") for d in data), data  # (the new reminder's Cancel)
    name_aside = services.knowledge.current.events[set_aside].name.get(lang)
    assert name_aside in moved.text.replace("&amp;", "&").split("\n")[0], moved.text  # (the old one: cancelled, said first)


CALENDAR = [
    ("en", ["when is the virtual stage open day?", "add it to my calendar", "sorry, I meant the Seoul one, not the open day"],
     "korea_matchmaking_2027"),
    ("es", ["¿cuándo es el casting de actores extranjeros?", "agrégalo a mi calendario", "no, me refería al festival, no al casting"],
     "hengdian_film_festival"),
    ("zh", ["外籍演员选角日是哪天？", "加到日历", "不对，我是说影视节，不是选角日"], "hengdian_film_festival"),
    ("ko", ["버추얼 스튜디오 오픈 데이 언제예요?", "캘린더에 추가해 주세요", "아니 오픈 데이 말고 서울 매칭 행사요"], "korea_matchmaking_2027"),
]


@pytest.mark.parametrize("lang,lines,meant", CALENDAR)
def test_a_correction_after_a_calendar_file_sends_the_one_meant(services: Services, lang, lines, meant) -> None:
    moved = say(services, lang, *lines)[-1]
    assert moved.answer.startswith(f"event:{meant}"), (moved.answer, moved.text)
    assert moved.document is not None, moved.text


def test_a_correction_with_no_action_before_is_the_card_as_before(services: Services) -> None:
    reply = say(services, "en", "when is the latin film night?", "no I meant the festival, not the film night")[-1]
    assert reply.answer.startswith("event:hengdian_film_festival"), reply.answer
    assert t("ev_remind_past", "en") not in reply.text

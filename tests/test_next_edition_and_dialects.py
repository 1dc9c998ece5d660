"""Follow-ups the partner trial of 2026-12-01 (set 7) still missed, asked in fresh wordings:
"the next one" after a past or proposed event is that series' next edition (the next event on
the calendar only when the word "event" is said); Jamaican Patois, Gyeongsang -노, Gangwon
-드래요, Jeju -우꽈 and Tianjin 嘛 read as standard words; "how much episode" asks the
episodes, not a price; a one-minute episode is singular."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.context import Services
from core.i18n import plural_count, t
from core.store import Profile
from intents.nlu.answers import matches
from tests.test_standard_words import converse


@pytest.mark.parametrize("lang,turns,expected", [
    ("en", ["was the 2025 latin film night ever held?", "right, and when's the next one?"], "event:latin_film_night_2027#date"),
    ("en", ["was the 2025 latin film night ever held?", "when's the next one?", "and where?"], "event:latin_film_night_2027#venue"),
    ("en", ["was the 2025 latin film night ever held?", "what's the next event on the calendar?"], "event:global_talent_info_session_2026"),
    ("es", ["la noche de cine latino 2025 al final se hizo?", "y la próxima cuándo sería?"], "event:latin_film_night_2027#date"),
    ("zh", ["2025年的拉丁电影之夜最后办成了吗", "下一届定在什么时候"], "event:latin_film_night_2027#date"),
    ("ko", ["2025년 라틴 영화의 밤은 결국 열렸나요?", "다음 건 언제 해요?"], "event:latin_film_night_2027#date"),
    ("ko", ["2025년 라틴 영화의 밤은 결국 열렸나요?", "다음 행사는 뭐예요?"], "event:global_talent_info_session_2026"),
])
def test_the_next_one_is_the_next_edition_of_the_event_in_focus(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str], expected: str) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,turns,expected", [
    ("en", ["any romance yuh have?", "di second one, wah it bout?"], "work:work_no_stand_in_for_love#logline"),
    ("en", ["any romance yuh have?", "di second one", "how much episode it have?"], "work:work_no_stand_in_for_love#episodes"),
    ("en", ["any romance yuh have?", "di second one", "who handle dat?"], "contact:dalynn_studio"),
    ("zh", ["有悬疑的吗", "第一个讲嘛的"], "work:work_murder_along_the_river#logline"),
    ("zh", ["拉丁电影之夜嘛时候办"], ["event:latin_film_night#date", "event:latin_film_night_2027#date"]),
    ("ko", ["세로형 숏드라마 인센티브 있노", "누가 받을 수 있노"], "incentive:short_drama_cost_reduction#eligibility"),
    ("ko", ["우리 회사도 연맹에 낄 수 있드래요?"], "faq:join_alliance"),
    ("ko", ["라틴 영화의 밤 언제 하우꽈?"], ["event:latin_film_night#date", "event:latin_film_night_2027#date"]),
])
def test_dialect_follow_ups_get_their_answer(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str], expected: str | list[str]) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches(expected, reply.answer), reply.answer


def test_decimal_minutes_take_the_plural_cldr_gives_them() -> None:
    assert t("work_each", "en", m="1", n=plural_count(1, "en")) == " of about 1 minute"
    assert t("work_each", "en", m="1.5", n=plural_count(1.5, "en")) == " of about 1.5 minutes"
    assert t("work_each", "es", m="2", n=plural_count(2, "es")).endswith("2 minutos")
    assert plural_count(1.5, "ko") == 2 and plural_count(1, "es") == 1


@pytest.mark.parametrize("lang,turns,expected", [
    ("en", ["who were the parties at the 2025 signing ceremony?"], "event:signing_ceremony_2025#organisers"),
    ("es", ["quiénes firmaron en la ceremonia de firma de 2025?"], "event:signing_ceremony_2025#organisers"),
    ("zh", ["2025年签约仪式有哪些单位参加"], "event:signing_ceremony_2025#organisers"),
    ("ko", ["2025년 협약식에는 어디어디 참여했나요?"], "event:signing_ceremony_2025#organisers"),
    ("en", ["did latin film night 2025 ever go down?"], "event:latin_film_night#status"),
    ("zh", ["2025年的拉丁电影之夜到底办咧没"], "event:latin_film_night#status"),
    ("ko", ["2025년 라틴 영화의 밤 열리긴 했나요?"], "event:latin_film_night#status"),
    ("en", ["when is the film festival?", "what time does it go down?"], "event:hengdian_film_festival#date"),
])
def test_who_signed_is_the_organisers_and_did_it_go_down_the_status(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str], expected: str) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches(expected, reply.answer), reply.answer

"""Kinds found by playing partners' conversations on 2026-12-02, tested in fresh wordings:

- a position said relative to the item in focus: "the one after that", "la de después", "后一个",
  "그 다음 거" (the item after the one in focus, or the list's second when none is), "the one
  before it", "la anterior", "前一个", "이전 거" (needs a focus), and "the next one" / "下一个" /
  "다음 거" only once an item of the list is in focus (else it is the next event)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import noon_services, talk

UPCOMING = "list:events?when=upcoming"
FIRST, SECOND, THIRD = ("event:global_talent_info_session_2026", "event:latam_pitch_day_2027",
                        "event:korea_matchmaking_2027")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "lead12_kinds")


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what events have you got coming up?", UPCOMING),
            ("ok, the one right after it?", SECOND),
            ("and the one before that?", FIRST)]),
    ("es", [("¿qué eventos tienen programados?", UPCOMING),
            ("¿y la que sigue?", SECOND),
            ("¿y la anterior?", FIRST)]),
    ("zh", [("最近有哪些活动？", UPCOMING),
            ("后一个是什么", SECOND),
            ("再下一个呢", THIRD)]),
    ("ko", [("앞으로 어떤 행사들이 있어요?", UPCOMING),
            ("그 다음 건 뭐예요?", SECOND),
            ("이전 거 다시 보여 주세요", FIRST)]),
])
def test_a_position_relative_to_the_focus_picks_from_the_last_list(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_the_fact_asked_carries_to_the_neighbouring_item(services: Services) -> None:
    talk(services, "en", [("what events have you got coming up?", UPCOMING),
                          ("the second one, where is it?", SECOND + "#venue"),
                          ("next one?", THIRD + "#venue")])


@pytest.mark.parametrize("text,focus,expected", [
    ("and the one after that?", None, 2),
    ("and the one after that?", 3, 4),
    ("the one before it", 3, 2),
    ("the one before it", None, None),  # nothing in focus: no "before"
    ("the next one?", None, None),  # no focus: the next *event*, not a list position
    ("the next one?", 2, 3),
    ("¿el de después?", 1, 2),
    ("下一个呢", 2, 3),
    ("다음 거요", 1, 2),
    ("what happens after that?", 1, None),  # a sequence of steps, no position
    ("la siguiente semana", 1, None),
])
def test_relative_position_words(text: str, focus: int | None, expected: int | None) -> None:
    assert lexicon.relative_position(text, focus) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the procedure to apply for filming at your studios?"),
    ("zh", "我们剧组打算来横店拍摄，申请流程是怎样的？"),
    ("ko", "저희 팀이 헝뎬에서 찍으려면 신청을 어떻게 해야 돼요?"),
])
def test_applying_to_shoot_is_the_shoot_request_procedure(services: Services, lang: str, text: str) -> None:
    """Not the visa FAQ whose wording it shares ("…촬영하려면 비자가 필요한가요?"), nor joining."""
    talk(services, lang, [(text, "incentive:shoot_request_procedure#how_to_apply")])


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "how do I apply for the visa we need to film in Hengdian?", "faq:visa"),
    ("ko", "헝뎬 촬영용 비자는 어떻게 신청해요?", "faq:visa"),
    ("zh", "想加入联盟，之后也想去横店拍，怎么申请入盟？", "faq:join_alliance"),
])
def test_a_visa_or_membership_named_keeps_its_own_answer(services: Services, lang: str, text: str, expected: str) -> None:
    talk(services, lang, [(text, expected)])

"""Merge of round 33: readings one branch widened that another set's answers guarded."""
from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "opened", "asked"), [
    ("ko", "달빛 사신 알려 주세요", "그 작품 영어랑 한국어 버전도 있어요?"),
    ("en", "tell me about Moonlight Envoy", "does that one come in English and Korean?"),
])
def test_two_languages_asked_of_the_title_in_focus_are_its_languages(services: Services, lang: str, opened: str,
                                                                   asked: str) -> None:
    """Two languages joined ("영어랑 한국어 버전") of a title pointed at are that title's languages,
    not the catalogue's titles in both (fixJ24's filter, answers31)."""
    talk(services, lang, [(opened, "work:work_moonlight_envoy"), (asked, "work:work_moonlight_envoy#languages")])


def test_titles_shot_there_watched_abroad_is_no_fact_of_the_event_in_focus(services: Services) -> None:
    """"헝뎬에서 찍은 작품을 보긴 할까요?" (will audiences watch titles shot there?) beside an event in
    focus is the Spanish-distribution question, no "films shot at the set" fact (fixI24, answers41)."""
    talk(services, "ko", [("중남미 제작자 온라인 피칭 데이 언제예요?", "event:latam_pitch_day_2027#date"),
                          ("스페인 사람들이 헝뎬에서 찍은 작품을 보긴 할까요?",
                           ["faq:spanish_distribution", "partner:dalynn_studio"])])

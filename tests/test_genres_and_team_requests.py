"""Kinds blind set 8 found after the 2026-12-01 evening merges, asked in fresh wordings: a genre
named with a word for titles is the catalog's list (not the help menu, the sets or off-topic,
whatever else the message says about the audience); "sci fi" is science fiction, not Patois
"fi"; a genre's name asks no plot ("love story"); Changsha 么子 / 咯个 and the Korean industry
loanwords 시놉, 에피 수, 어플라이, 오피스 아워; asking for a named team's person ("사무국 분이랑
통화", "转秘书处的人", "约中心的人聊") is a handoff."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from tests.dialogue import talk


@pytest.mark.parametrize("lang,say,expected", [
    ("en", "which comedies you got", "list:works?genre=comedy"),
    ("en", "romance shows pls, our viewers are mostly young women", "list:works?genre=romance"),
    ("en", "love story series?", "list:works?genre=romance"),
    ("en", "family shows, something grandparents would enjoy", "list:works?genre=family"),
    ("en", "anything sci fi in the lineup", "list:works?genre=sci_fi"),
    ("en", "sci fi dramas?", "list:works?genre=sci_fi"),
    ("es", "tienen series de sci fi?", "list:works?genre=sci_fi"),
])
def test_a_genre_with_a_word_for_titles_is_that_genres_list(services: Services, lang: str, say: str,
                                                           expected: str) -> None:
    talk(services, lang, [(say, expected)])


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("有没有喜剧", "list:works?genre=comedy"), ("第二个讲么子", "work:work_palace_ratings_war#logline"),
            ("咯个有几集", "work:work_palace_ratings_war#episodes")]),
    ("ko", [("코미디 작품 있어요?", "list:works?genre=comedy"), ("두 번째 거 시놉 알려 주세요", "work:work_palace_ratings_war#logline"),
            ("에피 수는 어떻게 돼요", "work:work_palace_ratings_war#episodes")]),
    ("ko", [("세로형 숏드라마 인센티브 있어요?", ["faq:incentives", "incentive:short_drama_cost_reduction"]),
            ("어플라이는 어디서 해요", "incentive:short_drama_cost_reduction#how_to_apply")]),
])
def test_regional_and_industry_words_keep_the_conversation(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("text,asks", [
    ("센터 직원하고 직접 통화하고 싶습니다", True),
    ("담당자분과 커뮤니케이션하고 싶어요", True),
    ("帮我转发行部的人吧", True),
    ("约一下秘书处的同事线上聊", True),
    ("转发给需要的人", False),
    ("接下来的人怎么安排", False),
    ("사무국 분이 누구예요?", False),
])
def test_a_named_teams_person_asked_for_is_a_handoff(text: str, asks: bool) -> None:
    assert asks_for_person(text) is asks


@pytest.mark.parametrize("lang,say", [
    ("en", "drop me a line whenever there's a new event"),
    ("es", "avísame cuando publiquen eventos nuevos"),
    ("zh", "以后有新的活动第一时间推给我"),
])
def test_news_asked_for_in_words_is_a_subscription(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "subscribe:events")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("the 2025 latin film night, did that one go ahead?", "event:latin_film_night#status")]),
    ("zh", [("2025年的拉丁電影之夜後來有辦嗎", "event:latin_film_night#status")]),
    ("en", [("how can our company join the alliance?", "faq:join_alliance"),
            ("and their office timings?", "contact:hisda_secretariat#hours")]),
])
def test_status_and_office_hours_in_partner_wording(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_new_titles_asked_about_is_no_subscription(services: Services) -> None:
    talk(services, "en", [("any new titles?", ["list:works", "catalog:about"])])

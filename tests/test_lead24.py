"""What the lead found playing partners on main 420aeed (2026-12-03):

- a year and a market named together ("2027년에 한국 관련 행사 있나요?", "any events for Latin
  American producers in 2027?") list that year's events of the market, not every event of the
  year;
- the writer's own country or company in an opening clause ("we're a Korean production company,
  what events are there in 2027?") filters nothing and is not "which Korean partner is it?"
  asked of the event in focus.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,text", [
    ("ko", "2027년에 한국 관련 행사 있나요?"),
    ("en", "any events related to Korea next year?"),
    ("es", "¿hay algún evento con Corea en 2027?"),
    ("zh", "2027年有跟韩国有关的活动吗？"),
])
def test_a_year_and_a_market_pick_that_years_event_of_the_market(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:korea_matchmaking_2027")], fits)


def test_a_year_and_a_market_with_several_events_list_them(services: Services) -> None:
    # ("for Latin American producers" names the pitch day, the one event for producers: test_lead27)
    reply = talk(services, "en", [("any events for Latin America in 2027?",
                                   "list:events?when=upcoming&year=2027&market=latam_spanish_news")], fits)
    assert "event:korea_matchmaking_2027" not in reply.items and len(reply.items) >= 2


@pytest.mark.parametrize("lang,text", [
    ("en", "we're a Korean production company, what events are there in 2027?"),
    ("es", "somos una productora coreana, ¿qué eventos hay en 2027?"),
])
def test_the_writers_own_country_filters_nothing(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [("tell me about the Korea matchmaking" if lang == "en" else "háblame del encuentro Corea-China",
                           "event:korea_matchmaking_2027"),
                          (text, "list:events?when=upcoming&year=2027")], fits)


@pytest.mark.parametrize("lang,about,asked", [
    ("en", "tell me about Reel-K", "how do I contact them?"),
    ("en", "tell me about Reel-K", "their email?"),
    ("zh", "介绍一下Reel-K", "他们的联系方式"),
    ("ko", "릴케이는 어떤 회사예요?", "거기 연락처 알 수 있을까요?"),
])
def test_a_partner_without_published_details_is_an_honest_gap(services: Services, lang: str, about: str,
                                                              asked: str) -> None:
    """A partner's contact details asked: never its card again; the team that introduces it."""
    reply = talk(services, lang, [(about, "partner:reel_k"), (asked, "gap:international_business")], fits)
    assert "international.business@example.com" in reply.text


def test_a_partner_with_its_own_contact_gives_that_detail(services: Services) -> None:
    talk(services, "en", [("tell me about Dalynn Studio", "partner:dalynn_studio"),
                          ("what's their email?", "contact:dalynn_studio#email")], fits)


def test_a_names_own_words_find_no_other_record(services: Services) -> None:
    """"Palace" is a word of the set named, not a question about the title "Palace Ratings War"."""
    talk(services, "en", [("is the Qin palace set still open?", "location:qin_palace")], fits)


@pytest.mark.parametrize("lang,text", [
    ("zh", "与Reel-K合办的中韩对接会是哪一天？"),
    ("zh", "跟Reel-K一起办的中韩对接会是几号？"),
    ("ko", "Reel-K와 공동 주최하는 한중 매칭은 언제예요?"),
])
def test_a_relative_clause_asks_nothing_of_its_own(services: Services, lang: str, text: str) -> None:
    """zh/ko put the clause describing a record before it: its verb ("合办") is no organisers question."""
    talk(services, lang, [(text, "event:korea_matchmaking_2027#date")], fits)


def test_a_shanghai_final_fa_after_le_asks_whether_it_took_place(services: Services) -> None:
    talk(services, "zh", [("2025年那个拉丁电影之夜到底办了伐", "event:latin_film_night#status")], fits)


def test_a_polite_inquiry_part_is_answered_too(services: Services) -> None:
    """"…가능한지 문의드립니다" ("I am inquiring whether…") reads as a courtesy to the classifier, but
    asks a FAQ: each part of the message is answered."""
    reply = talk(services, "ko", [("헝뎬에서 명나라 배경 사극 촬영이 가능한지, 그리고 외국 배우 섭외도 가능한지 문의드립니다.",
                                   "list:locations*")], fits)
    assert "외국 배우" in reply.text and "명청궁원" in reply.text


@pytest.mark.parametrize("lang,asked,second", [
    ("en", "anything modern city set in the catalog", "the second one how many episodes"),
    ("en", "any stories set in a modern city in your catalogue?", "the second one, how many episodes?"),
    ("ko", "도시 배경 현대물 있어요?", "두 번째 작품 몇 부작이에요?"),
])
def test_a_story_set_in_a_city_in_the_catalog_lists_titles(services: Services, lang: str, asked: str,
                                                           second: str) -> None:
    """"set in" is a story's setting when the catalogue is named; 현대물 is a kind of drama."""
    talk(services, lang, [(asked, "list:works?genre=urban"), (second, "work:*#episodes")], fits)


def test_sets_for_a_city_drama_stay_sets(services: Services) -> None:
    talk(services, "en", [("which sets work for a modern city drama?", ["location:*", "list:locations*"])], fits)


@pytest.mark.parametrize("asked", ["离现在最近的是哪个", "哪场最早？", "最近的是哪一场"])
def test_the_nearest_of_the_events_listed(services: Services, asked: str) -> None:
    talk(services, "zh", [("最近有什么活动", "list:events?when=upcoming"),
                          (asked, "event:global_talent_info_session_2026")], fits)


@pytest.mark.parametrize("lang,listed,asked", [
    ("es", "¿tienen series de misterio?", "la primera, ¿quién la distribuye?"),
    ("en", "any mystery shows?", "the first one, who distributes it?"),
    ("zh", "有悬疑剧吗", "第一部谁在发行"),
])
def test_who_sells_a_title_is_its_contact(services: Services, lang: str, listed: str, asked: str) -> None:
    talk(services, lang, [(listed, "list:works?genre=mystery"), (asked, "contact:*")], fits)

"""Multi-part and list follow-ups found by partner play (play30a K3, K4, K13, K19; play30b K2,
K6, K10), in every language:

- the records of a combined answer ("when are the open day and the casting day?") are the list
  that "the second one, where is it?" picks from, in the order shown;
- every filter of a catalog question is applied and said: two work languages joined (both
  wanted), "co-pro partners", "other" leaving out the title in focus, two genres joined with a
  language; "各有几部" counts each genre;
- the cities named for events: each city's events, a city with none said first;
- "which are online?", "this month", "the same for Korea" over the last list keep its filters;
- each record's buttons in a combined answer carry its short name (never two identical rows).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.reply import Reply
from tests.dialogue import fits, new_chat


def _chat(services: Services, lang: str, *lines: str) -> list[Reply]:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


# -- K3: an ordinal picks from the records of a combined answer ---------------------------------
@pytest.mark.parametrize("lang,both,second", [
    ("en", "when are the open day and the casting day?", "the second one, where is it?"),
    ("es", "¿Cuándo son la jornada de puertas abiertas y el casting de actores extranjeros?", "¿el segundo dónde es?"),
    ("zh", "开放日和选角日分别是什么时候？", "第二个在哪里举办？"),
    ("ko", "오픈 데이랑 캐스팅 데이 언제예요?", "두 번째 거 어디서 해요?"),
])
def test_the_second_record_of_a_combined_answer(services: Services, lang: str, both: str, second: str) -> None:
    first, picked = _chat(services, lang, both, second)
    assert fits("event:virtual_stage_open_day_2027#date", first.answer), first.answer
    assert fits("event:international_sets_casting_day_2027#venue", picked.answer), picked.answer


def test_two_events_in_korean_each_with_its_date(services: Services) -> None:
    reply, picked = _chat(services, "ko", "영화제랑 매칭 행사 날짜 각각 알려주세요", "두 번째 거 어디서 해요?")
    assert "헝뎬 영화제" in reply.text and "2027년 4월 15일" in reply.text, reply.text
    assert fits("event:korea_matchmaking_2027#venue", picked.answer), picked.answer


# -- K19 / K10: each record's buttons named ------------------------------------------------------
@pytest.mark.parametrize("lang,line", [
    ("en", "when are the open day and the casting day?"),
    ("es", "¿Cuándo son la jornada de puertas abiertas y el casting de actores extranjeros?"),
    ("zh", "影视节和拉丁电影之夜分别是几号"),
    ("ko", "영화제랑 매칭 행사 날짜 각각 알려주세요"),
])
def test_buttons_of_two_records_are_named(services: Services, lang: str, line: str) -> None:
    reply = _chat(services, lang, line)[0]
    labels = [b.label for row in reply.buttons for b in row]
    assert len(labels) == len(set(labels)), labels
    details = [b for row in reply.buttons for b in row if b.data and b.data.startswith("v1|ev|")]
    assert len(details) == 2 and all(" · " in b.label for b in details), labels


# -- K4: every catalog filter applied --------------------------------------------------------------
@pytest.mark.parametrize("lang,line", [
    ("es", "¿Tienen algún título de ciencia ficción en coreano y en español?"),
    ("en", "any sci-fi titles in Korean and in Spanish?"),
])
def test_two_languages_joined_are_both_wanted(services: Services, lang: str, line: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert fits("list:works?genre=sci_fi&language=ko+es", reply.answer), reply.answer
    for work in reply.items:
        languages = services.knowledge.current.works[work.partition(":")[2]].languages
        assert "ko" in languages and "es" in languages, work
    assert len(reply.items) == 3, reply.items


def test_other_titles_keep_the_language_and_leave_the_one_in_focus_out(services: Services) -> None:
    _, reply = _chat(services, "en", "tell me about Murder Along the River", "any other mystery titles in spanish?")
    assert fits("list:works?genre=mystery&language=es", reply.answer), reply.answer
    assert "work:work_murder_along_the_river" not in reply.items and reply.items, reply.items


@pytest.mark.parametrize("lang,line", [
    ("en", "what mystery titles are looking for co-pro partners?"),
    ("es", "¿qué títulos de misterio buscan socios de coproducción?"),
])
def test_co_pro_partners_is_a_status(services: Services, lang: str, line: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert fits("list:works?genre=mystery&coproduction=seeking_partners", reply.answer), reply.answer
    assert len(reply.items) == 2, reply.items


# -- K2: joins in Korean and Chinese -------------------------------------------------------------
@pytest.mark.parametrize("lang,line,said", [
    ("zh", "悬疑和爱情题材各有几部？", "悬疑6部和爱情6部"),
    ("ko", "미스터리랑 로맨스 각각 몇 편 있어요?", "미스터리 6편과 로맨스 6편"),
    ("en", "how many mystery and romance titles each?", "6 mystery titles and 6 romance titles"),
    ("es", "¿cuántas obras de misterio y de romance tienen, de cada una?", "6 obras de misterio y 6 obras de romance"),
])
def test_a_count_of_each_genre(services: Services, lang: str, line: str, said: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert said in reply.text, reply.text


def test_two_genres_joined_keep_the_language(services: Services) -> None:
    reply = _chat(services, "ko", "미스터리랑 로맨스 중에 한국어 버전 있는 거 있어요?")[0]
    assert fits("list:works?genre=mystery&genre=romance&language=ko", reply.answer), reply.answer
    genres = {g for w in reply.items for g in services.knowledge.current.works[w.partition(":")[2]].genres}
    assert {"mystery", "romance"} <= genres, reply.items
    assert "work:moonlight_envoy" in reply.items or any("moonlight" in w for w in reply.items), reply.items


# -- K13: places on events ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,line", [
    ("es", "¿qué eventos hay en Seúl y en Hengdian?"),
    ("zh", "首尔和横店有什么活动？"),
    ("en", "what events are there in Seoul and in Hengdian?"),
])
def test_events_of_each_city(services: Services, lang: str, line: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert "event:korea_matchmaking_2027" in reply.items and "event:hengdian_film_festival" in reply.items, reply.items
    assert not any(services.knowledge.current.events[i.partition(":")[2]].venue and services.knowledge.current.events[i.partition(":")[2]]
                   .venue.get("en") == "Online" for i in reply.items), reply.items


@pytest.mark.parametrize("lang,line,none", [
    ("en", "any upcoming events in Manila?", "No upcoming event is held in Manila"),
    ("es", "¿hay eventos en Manila?", "No hay ningún evento programado en Manila"),
    ("ko", "마닐라에서 하는 행사 있어요?", "마닐라에서 열리는 예정 행사는 없습니다"),
])
def test_a_city_with_no_event_is_said(services: Services, lang: str, line: str, none: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert reply.text.startswith(none), reply.text
    assert fits("list:events?when=upcoming", reply.answer), reply.answer


# -- K6: filters and time words over the last list ---------------------------------------------
@pytest.mark.parametrize("lang,listed,online", [
    ("ko", "행사 뭐 있어요?", "온라인으로 참여 가능한가요?"),
    ("en", "what events are coming up?", "which are online?"),
    ("es", "¿qué eventos hay?", "¿cuáles son en línea?"),
])
def test_which_are_online_narrows_the_events_listed(services: Services, lang: str, listed: str, online: str) -> None:
    _, reply = _chat(services, lang, listed, online)
    assert fits("list:events?when=upcoming&venue=online", reply.answer), reply.answer
    assert reply.items and all(services.knowledge.current.events[i.partition(":")[2]].venue.get("en") == "Online"
                               for i in reply.items), reply.items


@pytest.mark.parametrize("lang,line", [
    ("ko", "이번 달에 행사 있어요?"),
    ("en", "any events this month?"),
    ("zh", "这个月有活动吗？"),
])
def test_this_month_is_its_events(services: Services, lang: str, line: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert "month=11" in (reply.answer or ""), reply.answer  # the evaluation clock is 30 November 2026


@pytest.mark.parametrize("lang,listed,same", [
    ("zh", "有哪些作品在寻找合拍方？", "同样的，韩国的作品呢？"),
    ("es", "¿qué obras buscan coproductores?", "¿lo mismo para obras de Corea?"),
])
def test_the_same_for_a_country_keeps_the_status(services: Services, lang: str, listed: str, same: str) -> None:
    _, reply = _chat(services, lang, listed, same)
    assert reply.items and all(services.knowledge.current.works[i.partition(":")[2]].coproduction == "seeking_partners"
                               for i in reply.items), reply.items


# -- K2: two FAQ subjects joined in one part --------------------------------------------------------
@pytest.mark.parametrize("lang,line,visa", [
    ("ko", "헝뎬 가는 방법이랑 비자, 그리고 외국 스태프 촬영 가능 여부 알려주세요", "비자"),
    ("en", "how to get to Hengdian and visas? also can foreign crews shoot there?", "visa"),
])
def test_two_subjects_joined_in_one_part(services: Services, lang: str, line: str, visa: str) -> None:
    reply = _chat(services, lang, line)[0]
    assert fits("faq:how_to_reach_hengdian", reply.answer), reply.answer
    assert visa in reply.text.lower(), reply.text


def test_a_partner_that_co_hosts_the_event_named_is_its_modifier(services: Services) -> None:
    reply = _chat(services, "ko", "Reel-K 매칭 행사는 언제예요?")[0]
    assert fits("event:korea_matchmaking_2027#date", reply.answer), reply.answer
    reply = _chat(services, "ko", "Reel-K에서는 누가 협약식에 나왔나요?")[0]
    assert fits("partner:reel_k", reply.answer), reply.answer

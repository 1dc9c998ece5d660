"""Kinds read from set 9, tested in fresh wordings: 청대/명대 name their era; a name put on the
alliance's list is joining; 뭔 내용 asks a plot, 기간 a date, "했어요?" of an event its status,
"at which hour" a time; Hawaiian Pidgin (da, kine, wat's) reads as English."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("명대 배경으로 쓸 만한 세트 뭐 있어요", "list:locations?era=ming"),
            ("두 번째 거 주소", "location:*#address")]),
    ("ko", [("연맹 명단에 우리 회사 이름 올리고 싶은데 절차가?", "faq:join_alliance")]),
    ("ko", [("미스터리 작품 보여 줘요", "list:works?genre=mystery"), ("첫 번째 거 뭔 내용이에요", "work:*#logline")]),
    ("ko", [("작년 가을 라틴 영화의 밤은 했나요? 2025년 거요", "event:latin_film_night#status")]),
    ("ko", [("헝뎬 영화제 기간이 어떻게 돼요?", "event:hengdian_film_festival#date")]),
    ("en", [("at which hour does the pitch day kick off?", "event:latam_pitch_day_2027#date")]),
    ("en", [("any comedy kine shows in da catalog?", "list:works?genre=comedy"),
            ("da third one, wat's it about", "work:*#logline")]),
])
def test_set9_kinds_in_fresh_words(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    # an ordinal after a turn about something else asks the fact asked of the list before it
    ("zh", [("有没有科幻片", "list:works?genre=sci_fi"), ("第一个多少集", "work:*#episodes"),
            ("那边下雨多不多", "gap:*"), ("行，第三个呢", "work:*#episodes")]),
    ("es", [("¿tienen comedias?", "list:works?genre=comedy"), ("la tercera en qué idiomas viene?", "work:*#languages"),
            ("¿cuánto le pagan a un extra?", "gap:*"), ("va, ¿y la primera?", "work:*#languages")]),
    ("ko", [("미스터리 작품 뭐 있어요?", "list:works?genre=mystery"), ("세 번째 거 몇 부작이에요?", "work:*#episodes"),
            ("세트 대관료는 얼마예요?", "gap:*"), ("아 네, 그럼 두 번째 거는요?", "work:*#episodes")]),
    # buying a title's rights asked as a procedure is the co-production FAQ, not the terms gap
    ("en", [("if we wanted to buy rights to one of your catalog shows, what are the steps?", "faq:coproduce_catalog_title")]),
    ("zh", [("想买片单里某部剧的版权，手续怎么走", "faq:coproduce_catalog_title")]),
    # members of a country asked about the alliance are its partners there, not how to join
    ("es", [("¿la alianza tiene socios de Corea?", "list:partners?country=KR")]),
    # put through in words, with a team named or not
    ("zh", [("我想跟国际业务部那边的人讲几句，帮我转", ["handoff", "handoff:*"])]),
    ("zh", [("帮我联系个人问下场地档期", ["handoff", "handoff:*"])]),
])
def test_set9_memory_and_requests_in_fresh_words(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    # the fact asked of the list carries over a turn about something else
    ("en", [("what comedies have you got?", "list:works?genre=comedy"), ("the second one, how many episodes?", "work:*#episodes"),
            ("do we need visas?", "faq:visa"), ("and the fifth one?", "work:*#episodes")]),
    # a name-less request for a person, Pidgin style
    ("en", [("can talk to one real person pls", ["handoff", "handoff:*"])]),
    # on the list for news
    ("en", [("add me to your list for new catalog shows", ["subscribe", "subscribe:catalog_releases"])]),
    # entering the alliance is joining it
    ("en", [("we'd love to get into the alliance, where do we start?", "faq:join_alliance")]),
    # the catalog's size and kinds in chat shorthand
    ("ko", [("카탈로그 총 몇 편에 장르 뭐 있음", ["catalog:about", "list:works"])]),
    ("zh", [("竖屏短剧有扶持吗", ["faq:incentives", "incentive:short_drama_cost_reduction"]),
            ("是不是什么团队都可以申请", "incentive:short_drama_cost_reduction#eligibility")]),
    ("zh", [("国际拍摄场景现在建好了吗", "location:international_sets#built")]),
])
def test_more_set9_kinds_in_fresh_words(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)

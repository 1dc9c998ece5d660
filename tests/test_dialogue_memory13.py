"""Conversation memory, kinds of mistake found by playing whole conversations as new partners (a
Bogotá distributor, a Lima co-producer, a Busan platform, a Chengdu studio, a Taichung writer),
each tried with wordings written for these tests:

- a correction that names no record but a filter ("no, quise decir los de Corea", "不是，我说的是
  韩国的") lists the list in focus again with that filter, never a record the filter's word names;
- a greeting that runs into the question with no stop between them ("hey what sets...", "안녕하세요
  어떤 행사...") is the question, not small talk;
- when a team can be reached, asked from a city ("what time could we ring them? we're in Lima",
  "我在洛杉矶，几点能打给他们？"), is its hours as that city's clock reads them too, and the city
  said beside the question sets no zone unasked;
- "tell me about them", "háblame de esos", "分别介绍一下" right after a list tells a line on each of its
  first items (not "which one?"), and the list still answers "the second one";
- the 2025 signing ceremony named as partners name it ("서명식", "조인식", "签约典礼", "acto de firma");
- "how do I reach her?", "¿cómo la contacto?", "그분한테 어떻게 연락해요?" after a person: that person's
  contact, not every team;
- an honest gap about a price re-sent in another language ("could you put that in Korean?") still
  says it is the price that is not published, not a gap about anything;

A real Brain (the shipped knowledge, the real classifier, a temporary store), the clock pinned to
2026-11-30 12:00 UTC.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

PARTNERS = "list:partners"


# -- a correction that narrows the list ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "expect", "meant", "narrowed"), [
    ("es", "¿con qué socios trabajan?", PARTNERS, "no, quise decir los de Corea", "list:partners?country=KR"),
    ("en", "who do you partner with?", PARTNERS, "sorry, I meant the ones from Mexico", "list:partners?country=MX"),
    ("zh", "联盟里都有哪些伙伴", PARTNERS, "不是，我说的是韩国的", "list:partners?country=KR"),
    ("ko", "연맹 파트너 목록 좀 보여 주세요", PARTNERS, "아뇨, 한국 회사 말한 거예요", "list:partners?country=KR"),
    ("es", "¿qué comedias hay en el catálogo?", "list:works?genre=comedy", "no, quise decir las de misterio",
     "list:works?genre=mystery"),
    ("en", "show me your palace backlots", "list:locations?scene=palace", "no I meant the qing-era ones",
     "list:locations?era=qing"),
])
def test_a_correction_naming_a_filter_lists_the_list_in_focus_again_with_it(
        services: Services, lang: str, listed: str, expect: str, meant: str, narrowed: str) -> None:
    talk(services, lang, [(listed, expect), (meant, narrowed)])


# -- a greeting running into the question ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("ko", "안녕하세요 어떤 작품 있어요", "list:works"),
    ("es", "hola que tal que socios tienen", "list:partners"),
    ("en", "hello hello which partners", "list:partners"),
])
def test_a_greeting_running_into_the_question_is_the_question(
        services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)])


# -- a team's hours asked from a city --------------------------------------------------------------
@pytest.mark.parametrize(("lang", "team", "expect", "when", "local"), [
    ("en", "who runs international business?", "contact:international_business*",
     "what time could we ring them? we're in Lima", "20:00–4:30 in Lima"),
    ("es", "necesito el contacto de la secretaría de HISDA", "contact:hisda_secretariat*",
     "¿a qué hora los puedo llamar? estoy en Bogotá", "20:00–4:30 en Bogotá"),
    ("zh", "国际业务部谁负责？", "contact:international_business*", "我在洛杉矶，几点方便打电话给他们？", "洛杉矶时间"),
    ("ko", "국제사업부 담당자가 누구예요?", "contact:international_business*", "저는 서울에 있는데 몇 시쯤 전화하면 돼요?",
     "서울 시간"),
])
def test_a_teams_hours_asked_from_a_city_are_also_on_its_clock(
        services: Services, lang: str, team: str, expect: str, when: str, local: str) -> None:
    reply = talk(services, lang, [(team, expect), (when, "contact:*#hours")], fits)
    assert local in reply.text, reply.text


# -- about all the items of a list -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "expect", "about", "said", "second", "picked"), [
    ("en", "palace backlots?", "list:locations?scene=palace", "tell me more about those", "Forbidden City",
     "where's the second one?", "location:ming_qing_palace#address"),
    ("es", "¿qué locaciones de época Qing hay?", "list:locations?era=qing", "háblame de esos", "1996",
     "la tercera, ¿de qué época es?", "location:ming_qing_folk_houses#era"),
    ("zh", "科幻题材的剧有哪些", "list:works?genre=sci_fi", "分别介绍一下", "2077",
     "第二部多少集", "work:work_ghost_in_the_volume#episodes"),
    ("ko", "궁궐 촬영지 알려 주세요", "list:locations?scene=palace", "각각 소개해 주세요", "자금성",
     "첫 번째 곳 주소요", "location:qin_palace#address"),
])
def test_about_them_after_a_list_tells_of_each_item_and_keeps_the_list(
        services: Services, lang: str, listed: str, expect: str, about: str, said: str, second: str,
        picked: str) -> None:
    chat_reply = talk(services, lang, [(listed, expect), (about, expect)])
    assert said in chat_reply.text, chat_reply.text
    talk(services, lang, [(listed, expect), (about, expect), (second, picked)])


# -- the signing ceremony by its other names ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("ko", "서명식 날짜가 언제였죠?"),
    ("ko", "조인식은 몇 월 며칠에 했어요?"),
    ("zh", "签约典礼是几月几号？"),
    ("es", "¿en qué fecha fue el acto de firma?"),
])
def test_the_signing_ceremony_by_its_other_names(services: Services, lang: str, asked: str) -> None:
    comedies = {"ko": "코미디 작품 있어요?", "zh": "有喜剧吗", "es": "¿hay comedias?"}[lang]
    talk(services, lang, [(comedies, "list:works?genre=*"),
                          (asked, ["event:signing_ceremony_2025#date", "event:signing_ceremony_2025"])], fits)


# -- a person, then "her" ------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "who", "expect", "reach"), [
    ("en", "what does Zhou Fenglai do?", "contact:vertical_short_drama_center*", "what's the best way to reach him"),
    ("es", "¿Mary Lynn qué cargo tiene?", "contact:dalynn_studio*", "¿y cómo la contacto?"),
    ("ko", "궈수 매니저는 어떤 분이에요?", "contact:international_business*", "그분한테는 어떻게 연락드리면 돼요?"),
])
def test_reaching_the_person_just_named_is_their_contact(
        services: Services, lang: str, who: str, expect: str, reach: str) -> None:
    talk(services, lang, [(who, expect), (reach, expect)], fits)


# -- a price gap re-sent in another language ------------------------------------------------------------
@pytest.mark.parametrize(("lang", "switch", "said"), [
    ("ko", "could you put that in Korean for my colleague?", "가격"),
    ("es", "pásamelo en español para mi socio, porfa", "precios"),
])
def test_a_price_gap_resent_in_another_language_still_says_price(
        services: Services, lang: str, switch: str, said: str) -> None:
    reply = talk(services, "en", [("show me the sci-fi titles", "list:works?genre=sci_fi"),
                                  ("the first one, how many eps?", "work:*#episodes"),
                                  ("and the price?", "gap:*"), (switch, "gap:*")], fits)
    assert reply.lang == lang and said in reply.text, reply.text

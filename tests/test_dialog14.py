"""Kinds found by playing partners' whole conversations (the tester's set-13 session), in fresh
wordings in the four languages:

- events for a market the partner names (Latin American producers, the Korean market): the
  coming events announced to that market or held with a partner from the country, the filter
  stated; "what's on in Korea?" is the events there, not off-topic;
- how many places an event in focus has, and whether signing up costs anything: unpublished,
  said honestly with the event's own contact (not "off-topic" or "I can't sign you up");
- the form prefills what the request said: the company, the head count, the event in focus,
  a duration (the dates question then asks only when);
- how to take part, asked after a programme: the way into that programme;
- joining, but a person first: a handoff, not the form;
- a title's director: the catalog names no credits, said with the title's contact; "and the
  cost?" after a title is its price gap;
- a reader's nationality beside a language request ("my partner is Korean") filters nothing;
- a yes-or-no question about a work's language version opens with the yes or the no;
- "the second one" after a single card is the same answer in every language; 제휴사 are partners;
  partners in Latin America asked with "who are" reach the Spanish-language bridge."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import inquiry
from intents.inquiry_words import company_named, wants_inquiry
from tests.dialogue import fits, new_chat, talk

LATAM = ("event:latam_pitch_day_2027", "event:latin_film_night_2027")


# -- events for a market ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,ask,stated", [
    ("en", "any events for production houses from Latin America?", "Latin America"),
    ("es", "¿hay eventos pensados para productoras de Latinoamérica?", "Latinoamérica"),
    ("zh", "有哪些针对拉美制作公司的活动", "拉美"),
    ("ko", "중남미 제작사들이 갈 만한 행사 뭐 있어요?", "중남미"),
])
def test_events_for_a_market_are_filtered_and_say_so(services: Services, lang, ask, stated) -> None:
    reply = talk(services, lang, [(ask, "list:events?when=upcoming&market=latam_spanish_news")])
    assert reply.items == list(LATAM)
    assert stated in reply.text.split("\n")[0]  # the filter, stated first


def test_what_is_on_in_a_country_is_its_events(services: Services) -> None:
    talk(services, "en", [("so what's on in Korea then?", "event:korea_matchmaking_2027")])


# -- places and fees of the event in focus ------------------------------------------------------
@pytest.mark.parametrize("lang,card,ask", [
    ("en", "tell me about Latin Film Night 2027", "how many spots are there, and is there a fee to sign up?"),
    ("es", "cuéntame de la Noche de Cine Latino 2027", "¿cuántas plazas hay? ¿se cobra algo por inscribirse?"),
    ("zh", "介绍一下2027拉丁电影之夜", "一共有多少名额？报名收费吗？"),
    ("ko", "2027 라틴 영화의 밤 알려 주세요", "정원이 몇 명이에요? 참가비 있어요?"),
])
def test_places_and_fees_of_the_event_in_focus_are_an_honest_gap_with_its_contact(
        services: Services, lang, card, ask) -> None:
    reply = talk(services, lang, [(card, "event:latin_film_night_2027*"), (ask, "gap:dalynn_studio")], fits=fits)
    assert reply.text.count("partners@dalynn.example.com") == 1  # one team, its card once
    assert reply.text.count("\n") >= 2  # both things said before the card


# -- the form prefills what was said -----------------------------------------------------------
def _form_after(services: Services, lang: str, card: str, request: str) -> dict:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, card, services.store.profile(chat))
    kind = wants_inquiry(request)
    assert kind is not None
    step = inquiry.begin(services.brain.turn(chat, services.store.profile(chat), request), kind, request)
    assert step.form is not None
    return step.form


@pytest.mark.parametrize("lang,card,request_,company,people", [
    ("en", "what's the casting day about?", "great, sign us up - 2 people from Cóndor Films", "Cóndor Films", 2),
    ("es", "cuéntame del día de casting", "inscríbenos, somos 3 personas de Producciones Pacífico", "Producciones Pacífico", 3),
    ("zh", "选角日是做什么的", "帮我们报名，我们是远山影业的，4个人", "远山影业", 4),
    ("ko", "캐스팅 데이는 어떤 행사예요?", "저희 바다 필름에서 2명 참가 신청할게요", "바다 필름", 2),
])
def test_a_sign_up_keeps_the_event_in_focus_the_company_and_the_head_count(
        services: Services, lang, card, request_, company, people) -> None:
    form = _form_after(services, lang, card, request_)
    assert form["fields"]["event"] == "international_sets_casting_day_2027"
    assert form["fields"]["company"] == company and form["fields"]["people"] == people
    assert form["step"] != "company"


def test_a_duration_said_is_not_asked_again(services: Services) -> None:
    form = _form_after(services, "en", "tell me about the Qingming riverside set",
                       "we'd like a quote for 12 days there")
    assert form["fields"]["sets"] == "qingming_riverside" and form["days"] == 12
    turn = services.brain.turn(new_chat(), None)
    form = {**form, "step": "dates", "fields": {**form["fields"], "company": "X Films", "country": "PE",
                                                "genre": "any"}}
    assert "how long" not in inquiry.ask(turn, form).text
    stored = inquiry.on_text(turn, form, "June 2027")
    assert stored.form is not None and stored.form["fields"]["dates"] == "June 2027 (12 days)"


def test_a_city_is_no_company() -> None:
    assert company_named("we're 3 people from Lima") is None
    assert company_named("somos 2 de Bogotá") is None


# -- how to take part, a person first -----------------------------------------------------------
@pytest.mark.parametrize("lang,card,ask,expect", [
    ("zh", "“三个一”战略愿景是什么", "那我们怎么参与？", "gap:*"),
    ("es", "¿qué es el programa global de talento?", "¿y cómo nos sumamos?", "event:global_talent_info_session_2026"),
    ("en", "what's HISDA exactly?", "ok so how do we get involved?", "faq:join_alliance"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "어떻게 참여할 수 있어요?", "event:global_talent_info_session_2026"),
])
def test_how_to_take_part_answers_for_the_programme_in_focus(services: Services, lang, card, ask, expect) -> None:
    reply = talk(services, lang, [(card, ["program:*", "faq:what_is_hisda"]), (ask, expect)], fits=fits)
    assert reply.answer != "list:programs"


@pytest.mark.parametrize("lang,text", [
    ("en", "we'd like to join the alliance, but could I chat with a real person first?"),
    ("es", "nos gustaría ser parte de la alianza, pero primero quiero hablar con alguien del equipo"),
    ("zh", "我们打算入盟，能不能先找个工作人员聊聊"),
    ("ko", "연맹 가입 희망하는데요, 먼저 담당자분과 상담할 수 있을까요?"),
])
def test_joining_but_a_person_first_is_a_handoff(services: Services, lang, text) -> None:
    assert wants_inquiry(text) is None  # no form opens
    talk(services, lang, [(text, "handoff")])


# -- a title's credits and cost ------------------------------------------------------------------
@pytest.mark.parametrize("lang,listed,ask", [
    ("en", "got any comedies?", "the first one - who's the director?"),
    ("es", "¿tienen comedias?", "¿quién es el director de la primera?"),
    ("zh", "有喜剧吗", "第一部谁是导演？"),
    ("ko", "코미디 있어요?", "첫 번째 작품 감독은 누구예요?"),
])
def test_a_titles_director_is_an_honest_gap_with_its_contact(services: Services, lang, listed, ask) -> None:
    reply = talk(services, lang, [(listed, "list:works?genre=comedy"), (ask, "gap:dalynn_studio")])
    assert "partners@dalynn.example.com" in reply.text


@pytest.mark.parametrize("lang,cost", [("en", "and the cost?"), ("es", "¿y el costo?"), ("ko", "비용은요?")])
def test_the_cost_after_a_title_is_its_price_gap(services: Services, lang, cost) -> None:
    listed = {"en": "got any comedies?", "es": "¿tienen comedias?", "ko": "코미디 있어요?"}[lang]
    first = {"en": "the first one", "es": "la primera", "ko": "첫 번째"}[lang]
    talk(services, lang, [(listed, "list:works?genre=comedy"), (first, "work:work_siesta_not_included"),
                          (cost, "gap:dalynn_studio")])


# -- language requests, yes/no, ordinals, partner words -----------------------------------------
@pytest.mark.parametrize("lang,switch,to", [
    ("zh", "麻烦发韩文版给我，我的合作方是韩国人", "ko"),
    ("en", "could you send that in Spanish? my partner is Colombian", "es"),
    ("ko", "영어로 다시 보내 주시겠어요? 파트너사 대표님이 미국 분이세요", "en"),
])
def test_a_readers_nationality_beside_a_language_request_filters_nothing(services: Services, lang, switch, to) -> None:
    listed = {"zh": "你们有哪些合作伙伴", "en": "who are your partners?", "ko": "파트너사 목록 보여 주세요"}[lang]
    reply = talk(services, lang, [(listed, "list:partners"), (switch, "list:partners")])
    assert reply.lang == to and reply.answer == "list:partners"  # the whole list again, no country


@pytest.mark.parametrize("lang,listed,ask,opens", [
    ("ko", "코미디 있어요?", "세 번째 작품 한국어 버전도 있나요?", "네"),
    ("en", "any comedies?", "does the first one come in Korean?", "No"),
    ("zh", "有喜剧吗", "第三部有韩语版吗？", "有"),
])
def test_a_yes_or_no_about_a_works_language_opens_with_it(services: Services, lang, listed, ask, opens) -> None:
    reply = talk(services, lang, [(listed, "list:works?genre=comedy"), (ask, "work:*#languages")], fits=fits)
    assert reply.text.startswith(opens)


@pytest.mark.parametrize("lang,card,second", [
    ("en", "tell me about the Virtual Production Stage Open Day", "and the second one?"),
    ("es", "háblame del Palacio Qin", "¿y el segundo?"),
    ("zh", "介绍一下开放日", "第二个呢"),
    ("ko", "오픈 데이 알려 주세요", "두 번째 거요"),
])
def test_the_second_one_after_a_single_card_asks_which(services: Services, lang, card, second) -> None:
    talk(services, lang, [(card, ["event:*", "location:*"]), (second, "fallback")], fits=fits)


def test_affiliated_companies_are_the_partners(services: Services) -> None:
    talk(services, "ko", [("제휴사 목록 좀 보여 주세요", "list:partners")])


def test_partners_in_latin_america_reach_the_spanish_language_bridge(services: Services) -> None:
    # (fixyA: the partners based there — none, Dalynn Studio closest — also names Dalynn)
    reply = talk(services, "en", [("who are your partners over in Latin America?",
                                   ["faq:spanish_distribution", "list:partners?region=419"])], fits=fits)
    assert "Dalynn" in reply.text

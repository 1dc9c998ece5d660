"""fixI3: an introduction before the question does not hijack it (no lead form for "I do
distribution, I'd like to see the mystery titles", no not-held title for the partner's own
company in quotes, the nearest airport first in casual Korean); leaving one's details in words
opens the form as the 💼 button does; during an open handoff on the console, a message the bot
cannot answer is relayed (the line that it reached the team), never an out-of-scope answer."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import Lang, t
from core.text import fold
from intents import lexicon
from intents.inquiry_words import ANY_KIND, wants_inquiry
from intents.not_held import asked_name
from tests.dialogue import console

INTRO_THEN_ASK = [
    "哈囉～我喺澳門做發行嘅，想睇下你哋片單入面有咩懸疑劇",
    "我在澳門做發行的，想看片單裡的懸疑劇",
    "我在上海做短剧发行的，想看看你们的爱情片",
    "I work in distribution in Macau and would like to see the mystery titles in your catalog",
    "Hi, we do distribution in Brazil. We'd like to browse your sci-fi titles",
    "Trabajo en distribución en Macao, quiero ver los títulos de misterio del catálogo",
    "Me dedico a la distribución en Chile; me gustaría ver las comedias",
    "마카오에서 배급 일을 하는데, 카탈로그의 미스터리 작품을 보고 싶어요",
    "서울에서 배급 업무를 하고 있어요. 로맨스 작품 목록 보고 싶습니다",
]


@pytest.mark.parametrize("text", INTRO_THEN_ASK)
def test_an_introduction_and_a_wish_to_see_is_no_request(text: str) -> None:
    assert wants_inquiry(text) is None


@pytest.mark.parametrize("text,kind", [
    ("我们想发行你们的悬疑剧", "distribute"),
    ("We would like to distribute your mystery titles", "distribute"),
    ("Queremos distribuir sus títulos de misterio en México", "distribute"),
    ("공동 제작을 검토해 보고 싶어요", "coproduce"),
])
def test_a_wish_to_do_business_still_opens_the_form(text: str, kind: str) -> None:
    assert wants_inquiry(text) == kind


LEAVE_DETAILS = [
    "我想填一下合作需求，留个资料", "我想留个资料", "可以帮我登记一下合作需求吗",
    "I'd like to leave my details", "Can I fill in a partnership request?",
    "Quiero dejar mis datos", "¿Puedo llenar el formulario?",
    "연락처 남기고 싶어요", "문의 남기고 싶습니다",
]


@pytest.mark.parametrize("text", LEAVE_DETAILS)
def test_leaving_details_in_words_opens_the_form(text: str) -> None:
    assert wants_inquiry(text) == ANY_KIND


def test_the_kind_said_beside_the_details_is_kept() -> None:
    assert wants_inquiry("留个资料，我们想合拍一部悬疑剧") == "coproduce"
    assert wants_inquiry("I'd like to leave my details, we want to license a title") == "license"


@pytest.mark.parametrize("text", [
    "안녕하세요. 대전에 있는 VFX 스튜디오 '한빛픽처스'의 기획팀장입니다. 헝뎬에 LED 버추얼 스튜디오가 있는지 궁금합니다",
    "Hi, I'm the head of development at 'Blue Harbor Films'. Do you have an LED virtual studio?",
    "Hola, soy productora en 'Río Films'. ¿Tienen un estudio virtual LED?",
    "你好，我是「星河映画」的制片。横店有LED虚拟棚吗？",
])
def test_the_partners_own_company_in_quotes_is_no_title_asked(text: str) -> None:
    assert asked_name(text) is None


def test_a_quoted_name_asked_about_is_still_a_name() -> None:
    found = asked_name("'Blue Harbor Films' 있어요?")
    assert found is not None and found[0] == "Blue Harbor Films"


@pytest.mark.parametrize("text", ["헝뎬 가려면 어느 공항이 제일 가까움?", "어느 공항이 가까워요?",
                                  "which airport is closest?", "哪个机场最近？", "¿Qué aeropuerto queda más cerca?"])
def test_the_nearest_airport_asked_casually(text: str) -> None:
    assert lexicon.NEAREST_AIRPORT.search(fold(text))


PERSON_THEN_NAME = {
    "zh": ("我想留个联系方式，让你们的人联系我", "成都星河映画"),
    "en": ("Can a person contact me please?", "Sunset Pictures, Lima"),
    "es": ("¿Me puede contactar alguien del equipo?", "Producciones Sur, de Lima"),
    "ko": ("담당자분 연결 부탁드립니다.", "한강 필름"),
}


@pytest.mark.parametrize("lang", list(PERSON_THEN_NAME))
def test_a_message_during_a_handoff_is_relayed_not_out_of_scope(services: Services, lang: Lang) -> None:
    session = console(services, lang)
    person, name = PERSON_THEN_NAME[lang]
    reply = session.say(person)
    assert reply.handoff is not None, reply.text
    session.handed_off(reply.handoff)
    reply = session.say(name)
    assert reply.text.startswith(t("handoff_ack", lang)[:6]), reply.text
    assert reply.outcome != "out_of_scope"

"""Kinds from the Telegram play (fixH9): co-producing the title in focus, the time in a named
city, a price whose subject the message names, a title's versions in a language, and the
provisional caveat taken from an event's status (not from the record's provenance)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.timezones import cities_alone, mentioned_zone
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "what's Half a Teahouse about?", "could we co-produce this one with you? who handles it?"),
    ("es", "¿de qué trata Media casa de té?", "¿esa la podemos coproducir? ¿con quién hablamos?"),
    ("zh", "《半间茶馆》讲的是什么？", "这个能合拍吗？该联系谁？"),
    ("ko", "반쪽 찻집 줄거리 알려줘", "이 작품 공동제작 가능해요? 누구한테 연락해요?"),
])
def test_coproducing_the_title_in_focus_is_its_status_and_contact(services: Services, lang: str, title: str,
                                                                  text: str) -> None:
    reply = ask(services, lang, title, text)
    assert reply.answer == "work:work_half_a_teahouse#coproduction", (reply.answer, reply.text)
    assert "partners@dalynn.example.com" in reply.text


def test_coproducing_in_general_keeps_the_faq(services: Services) -> None:
    reply = ask(services, "en", "how does co-producing one of your catalog titles work?")
    assert reply.answer == "faq:coproduce_catalog_title", (reply.answer, reply.text)


@pytest.mark.parametrize(("text", "zone"), [
    ("迪拜现在几点了？", "Asia/Dubai"),
    ("开罗这会儿几点", "Africa/Cairo"),
    ("이스탄불은 지금 몇 시예요?", "Europe/Istanbul"),
    ("首尔那个对接会是迪拜时间几点？", "Asia/Dubai"),
    ("what time is the Seoul matchmaking in Hanoi for our partner?", "Asia/Ho_Chi_Minh"),
])
def test_city_of_the_clock_asked(text: str, zone: str) -> None:
    assert mentioned_zone(text) == zone


@pytest.mark.parametrize("text", ["and Lisbon and Lagos?", "¿y en Lima y en Bogotá?", "那迪拜和开罗呢？",
                                  "그럼 두바이랑 카이로는요?"])
def test_two_cities_in_a_follow_up(text: str) -> None:
    assert len(cities_alone(text)) == 2


def test_two_cities_after_an_event_each_get_a_line(services: Services) -> None:
    reply = ask(services, "en", "when is the Latin pitch day?", "what about Lisbon and Lagos?")
    assert reply.answer.startswith("event:latam_pitch_day_2027"), (reply.answer, reply.text)
    assert "Lisbon" in reply.text and "Lagos" in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "摄影棚租一天大概要多少钱？"),
    ("ko", "촬영 공간 하루 대관하면 비용이 얼마예요?"),
    ("en", "what would it cost to rent a studio space for two days?"),
])
def test_rent_after_incentives_is_the_sets_team(services: Services, lang: str, text: str) -> None:
    first = {"zh": "有哪些补贴政策", "ko": "인센티브 알려줘", "en": "what incentives do you have?"}[lang]
    reply = ask(services, lang, first, text)
    assert reply.answer.startswith("gap:international_business"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How do we become a member of the alliance? Does it cost anything?"),
    ("zh", "怎么成为联盟会员？要交钱吗？"),
])
def test_fee_asked_after_joining_is_the_secretariat(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, "Die Another Take", text)
    assert "secretariat@hisda.example.com" in reply.text, reply.text
    assert "shortdrama.center@example.com" not in reply.text, reply.text


@pytest.mark.parametrize(("text", "code"), [
    ("is there a Swahili version?", "sw"), ("¿hay versión en tagalo?", "tl"), ("有菲律宾语版吗", "fil"),
    ("이거 한국어로도 나와?", "ko"), ("in general, is it good?", None),
])
def test_version_language(text: str, code: str | None) -> None:
    assert lexicon.version_language(text) == code


def test_korean_version_asked_in_korean_is_no_switch(services: Services) -> None:
    reply = ask(services, "ko", "펜싱 챔피언, 강호에 가다 줄거리 알려줘", "그거 한국어로도 나와?")
    assert reply.answer == "work:work_fencer_in_jianghu#languages", (reply.answer, reply.text)
    assert reply.text.startswith("아니요")


def test_provisional_only_from_the_status(services: Services) -> None:
    events = services.knowledge.current.events
    assert events["hengdian_film_festival"].status == "provisional"
    festival = ask(services, "en", "when is the Hengdian film festival?")
    assert "provisional" in festival.text
    for eid, event in events.items():  # every upcoming record's caveat is its status's, nothing else
        if event.status == "scheduled":
            assert "provisional" not in ask(services, "en", f"when is the {event.name.get('en')}?").text, eid


def test_card_says_what_the_line_says(services: Services) -> None:
    from intents.events import status_note

    for event in services.knowledge.current.events.values():
        note = status_note(event, "en")
        assert ("date provisional" in note) == (event.status == "provisional"), (event.id, note)

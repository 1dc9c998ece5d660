"""fixD8: two-part messages answer both parts; the partner's clock in hand-off texts; a market
named is no time zone; a list of sets longer than a page offers the rest; one ORGANISED_BY.

Wordings written for these tests (not the answer sets'). A real Brain: the shipped knowledge,
the real classifier, a temporary store.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.text import fold
from intents import handoff, router
from intents.callbacks import decode
from intents.lexicon import split_parts
from intents.timezones import zone_said
from tests.dialogue import ask, new_chat, replies

FICTIONAL_ALL = 8  # sets tagged with the fictional ancient world in knowledge/locations.yaml


# -- a list of sets longer than a page: how many, and the rest on "more" ---------------------------
@pytest.mark.parametrize("lang, first, more, seventh", [
    ("en", "what sets would fit an invented ancient world?", "more please", "the seventh one"),
    ("es", "¿qué sets sirven para un mundo antiguo imaginario?", "más", "el séptimo"),
    ("zh", "拍虚构古代的戏，有哪些景？", "更多", "第七个"),
    ("ko", "가상의 고대 세계 배경 세트 뭐 있어요?", "더 보기", "일곱 번째"),
])
def test_long_set_list_says_how_many_and_pages_on(services: Services, lang: str, first: str, more: str,
                                                   seventh: str) -> None:
    page1, page2, picked = replies(services, lang, [first, more, seventh])
    assert len(page1.items) == FICTIONAL_ALL, page1.items
    assert str(FICTIONAL_ALL) in page1.text.split("\n")[-1], page1.text
    labels = [b.label for row in page1.buttons for b in row]
    assert any("➕" in label for label in labels), labels
    # the second page starts at the sixth set, and counts on in the same list
    assert "6" in page2.text.split("\n")[0] and str(FICTIONAL_ALL) in page2.text.split("\n")[0], page2.text
    assert page2.items == page1.items
    shown = [b.data for row in page2.buttons for b in row if b.data and b.data.startswith("v1|loc|")]
    assert shown[0] == "v1|loc|" + page1.items[5].partition(":")[2]
    assert (picked.answer or "").startswith(page1.items[6]), picked.answer


def test_more_button_pressed_is_the_next_page(services: Services) -> None:
    """The inline button (what Telegram's callback handler sends the Brain) shows page 2."""
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    first = services.brain.reply_to_text(chat, "sets for a made-up ancient world?", services.store.profile(chat))
    more = next(b.data for row in first.buttons for b in row if b.data and decode(b.data).action == "locs")
    page = services.brain.reply_to_button(chat, more, services.store.profile(chat))
    assert page.items == first.items and page.text.startswith("More sets")
    assert not any(b.data and decode(b.data).action == "locs" for row in page.buttons for b in row)


def test_heading_names_no_genre_that_does_not_filter(services: Services) -> None:
    reply = ask(services, "en", "a made-up ancient world, fantasy kingdom style: which sets?")
    assert "fantasy" not in reply.text.split("\n")[0].lower(), reply.text


# -- a market named is no zone ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "面向西班牙制片公司的活动几点开始？", "멕시코 배급사 대상 행사는 몇 시에 시작해요?",
    "¿a qué hora empieza lo de las productoras de España?", "¿alguna novedad sobre la distribución en México?",
])
def test_market_is_no_zone(text: str) -> None:
    assert zone_said(text) is None


@pytest.mark.parametrize("text, zone", [
    ("西班牙时间几点开始？", "Europe/Madrid"), ("한국 시간으로 몇 시예요?", "Asia/Seoul"),
    ("what time in Korea is the producers' meeting?", "Asia/Seoul"), ("estoy en Madrid, ¿a qué hora es?", "Europe/Madrid"),
])
def test_place_of_the_partner_or_its_clock_is_a_zone(text: str, zone: str) -> None:
    assert zone_said(text) == zone


@pytest.mark.parametrize("lang, text", [
    ("es", "¿Qué eventos vienen para productoras de España?"),
    ("zh", "面向西班牙制片公司的活动几点开始？"),
])
def test_event_list_offers_no_market_clock(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert "Madrid" not in reply.text and "马德里" not in reply.text
    assert not any(b.data and b.data.startswith("v1|tz|") for row in reply.buttons for b in row), reply.buttons


# -- the partner's clock in hand-off texts ------------------------------------------------------


def test_handoff_texts_use_the_city_the_partner_said(services: Services) -> None:
    kb = services.knowledge.current
    saturday = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    reply = ask(services, "en", "I want to talk to a person on your team")
    shown = handoff.partner_reply(reply, kb, None, saturday, ZoneInfo("Asia/Shanghai"), False, zone="America/Toronto")
    assert "Toronto" in shown.text, shown.text
    ack = handoff.relay_ack(kb, reply.handoff or "", None, saturday, ZoneInfo("Asia/Shanghai"), "es",
                            zone="America/Toronto")
    assert "Toronto" in ack, ack
    post = handoff.staff_post(1, "x", "someone", None, "en", "hello", [], "en", said_zone="America/Toronto")
    assert "America/Toronto" in post


# -- two questions in one message: both answered, in order ---------------------------------------
@pytest.mark.parametrize("text, parts", [
    ("¿Cuándo empieza el festival y a quién le escribo para llevar un proyecto?", 2),
    ("¿Qué apoyos hay y con quién hablo para pedirlos?", 2),
])
def test_spanish_question_word_after_its_preposition_splits(text: str, parts: int) -> None:
    assert len(split_parts(text)) == parts


@pytest.mark.parametrize("lang, text", [
    ("en", "When does the film festival run, and who should I write to about pitching there?"),
    ("es", "¿Cuándo empieza el festival y a quién le escribo para llevar un proyecto?"),
    ("zh", "影视节哪天开始？想去那边推项目该联系谁？"),
])
def test_event_date_and_its_team_both_answered(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("event:hengdian_film_festival"), reply.answer
    assert "2027" in reply.text and "international.business@" in reply.text, reply.text
    assert "dalynn" not in reply.text.lower()


def test_there_after_the_festival_is_the_festival(services: Services) -> None:
    reply = replies(services, "en", ["When is the film festival?", "who would I contact to pitch there?"])[-1]
    assert reply.answer == "contact:international_business#role", reply.answer


# -- one ORGANISED_BY, with the words of both former definitions ---------------------------------
@pytest.mark.parametrize("text", ["who organises it?", "¿quién lo organiza?", "主办方是哪些", "주최사가 어디예요",
                                  "who is behind the festival", "the one Dalynn runs", "Dalynn이 주최하는 거"])
def test_organised_by_words(text: str) -> None:
    assert router.ORGANISED_BY.search(fold(text))


@pytest.mark.parametrize("text", ["la organización", "an organisation", "a hostel"])
def test_organised_by_not_other_words(text: str) -> None:
    assert not router.ORGANISED_BY.search(fold(text))


def test_one_definition_of_organised_by_and_no_picked_owner() -> None:
    source = Path(router.__file__).read_text(encoding="utf-8")
    assert source.count("\nORGANISED_BY = ") == 1
    assert "_picked_owner" not in source

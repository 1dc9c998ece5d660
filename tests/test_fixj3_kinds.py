"""fixj3: language requests, court-intrigue sets, event questions without their usual words.

- "可唔可以用英文再發一次？我同事唔識中文" (Cantonese, inside the lead form): the last answer again in
  English, once (for the colleague), the form still waiting; "tell me about X in English" answers
  X in English; "next" / "more" typed in a Chinese chat pages on in Chinese;
- "宫斗戏", "사극 궁중물", "harem intrigue", "intrigas palaciegas": the sets built for court intrigue
  (Ming-Qing palace first), not every palace nor every period set;
- "라틴 필름 나잇" is Latin Film Night; "올해 서울에서 하는 거 있냐고" (no word "event") is the events there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.store import Store
from intents import inquiry, lexicon
from intents.turn import Turn
from tests.dialogue import fits, talk
from tests.shipped import shipped_kb

NOW = datetime(2026, 12, 5, 4, 0, tzinfo=UTC)


# -- 1. language requests ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["可唔可以用英文再發一次？我同事唔識中文", "用英文發多次得唔得？我老闆唔識睇中文",
                                  "可以用英文再发一次吗？我同事不认识中文"])
def test_a_cantonese_reason_is_a_copy_for_someone_else(text: str) -> None:
    lang, _ = lexicon.language_request(text)
    assert lang == "en" and lexicon.for_someone_else(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("Can you tell me about the talent program in English?", "en"),
    ("¿me puedes hablar del programa de talentos en inglés?", "en"),
    ("用西班牙语介绍一下人才计划", "es"),
    ("인재 프로그램에 대해 영어로 알려 줘", "en"),
])
def test_a_subject_asked_in_a_language_is_kept(text: str, lang: str) -> None:
    asked, rest = lexicon.language_request(text)
    assert asked == lang and rest, (text, rest)


@pytest.mark.parametrize(("first", "then"), [
    ("有没有悬疑剧", "Can you tell me about the talent program in English?"),
    ("有沒有懸疑劇", "¿me puedes hablar del programa de talentos en inglés?"),
])
def test_the_programme_asked_in_english_is_answered(services: Services, first: str, then: str) -> None:
    reply = talk(services, "zh", [(first, "*"), (then, "program:global_talent_program")], fits)
    assert reply.lang == "en"


@pytest.mark.parametrize("word", ["next", "more", "siguiente", "Next ▶"])
def test_a_pager_word_keeps_the_chat_language(services: Services, word: str) -> None:
    reply = talk(services, "zh", [("片单全部列出来看看", "list:works*"), ("下一页", "list:works*"),
                                  (word, "list:works*")], fits)
    assert reply.lang == "zh", reply.text[:80]


def form_turn(store: Store, lang: str) -> Turn:
    return Turn(kb=shipped_kb(), lang=lang, chat_id=42, store=store, now=NOW,  # type: ignore[arg-type]
                home_tz=ZoneInfo("Asia/Shanghai"), profile=store.profile(42))


@pytest.mark.parametrize("said", ["可唔可以用英文再發一次？我同事唔識中文", "can you send that again in Spanish for my boss?",
                                  "다시 영어로 보내 주세요"])
def test_a_resend_inside_the_form_is_answered_aside(said: str) -> None:
    store = Store.open(":memory:")
    store.touch(42, user_id=42, first_name="Ana")
    step = inquiry.begin(form_turn(store, "zh"), "film", "我们想合作")
    after = inquiry.on_text(form_turn(store, "zh"), step.form, said)
    assert after.aside and after.form is not None and after.form["step"] == step.form["step"]
    assert store.profile(42).language is None  # not switched for good


def test_a_bare_switch_inside_the_form_still_asks_the_step_again() -> None:
    store = Store.open(":memory:")
    store.touch(42, user_id=42, first_name="Ana")
    step = inquiry.begin(form_turn(store, "zh"), "film", "我们想合作")
    after = inquiry.on_text(form_turn(store, "zh"), step.form, "English please")
    assert not after.aside and after.reply.lang == "en"


# -- 2. court intrigue ---------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "適合拍宮鬥劇的地方有哪些"), ("zh", "宫斗戏在哪拍"), ("ko", "야 헝뎬에 사극 궁중물 찍기 좋은 데 어디야?"),
    ("en", "where can I shoot harem intrigue?"), ("es", "¿dónde se pueden grabar intrigas palaciegas?"),
])
def test_court_intrigue_lists_the_sets_built_for_it(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:locations*")], fits)
    assert reply.items[0] == "location:ming_qing_palace", reply.items
    assert not {"location:huaxia_culture_park", "location:guangzhou_hongkong_street", "location:qin_palace"} & set(reply.items)


def test_a_palace_alone_still_lists_every_palace(services: Services) -> None:
    reply = talk(services, "en", [("palace sets?", "list:locations?scene=palace")], fits)
    assert "location:qin_palace" in reply.items and "location:ming_qing_palace" in reply.items


# -- 3. events -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["라틴 필름 나잇은 언제예요? LA 시간으로요", "라틴 무비 나잇 언제야?"])
def test_nait_is_night(services: Services, text: str) -> None:
    reply = talk(services, "ko", [(text, "event:latin_film_night*")], fits)
    assert "2027" in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "올해 서울에서 하는 거 있냐고"), ("ko", "올해 서울에서 뭐 있어?"), ("en", "anything happening in Seoul this year?"),
    ("es", "¿hay algo en Seúl este año?"), ("zh", "今年首尔有啥"),
])
def test_something_on_in_a_city_this_year_is_its_events(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "event:korea_matchmaking_2027")], fits)
    assert "2026" in reply.text  # nothing left there this year, said first

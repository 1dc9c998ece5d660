"""Kinds found by playing whole Telegram sessions against the real bot (break21):

- the form's free-text steps (company, title, territory, about) took an answer with no letter or
  digit in it ("🎬🎬🎬", "!!!") and sent it to staff as the company name;
- the dates step took a phone number or an e-mail address ("+52 55 1234 5678") as the dates:
  any digit passed;
- a month alone in Korean or Chinese ("3월", "5月") was refused as "between 3 and 200 characters";
- "the fourth" after a list whose fourth record staff have since removed from the knowledge got
  the fallback; a button of a removed record got one line with no button to go on with.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from core.store import Store
from intents import inquiry
from intents.callbacks import encode
from intents.menu import topic_menu
from tests.dialogue import NOW, new_chat
from tests.test_inquiry_form import turn


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    s.touch(42, user_id=42, first_name="Ana")
    return s


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
@pytest.mark.parametrize("step,text", [
    ("company", "🎬🎬🎬"), ("company", "!!!"), ("company", "👍👍"), ("work", "🎬🎬"),
    ("territory", "😀 😀"), ("about", "😀" * 12), ("dates", "🗓️🗓️🗓️"),
])
def test_an_answer_without_words_is_asked_again(store: Store, lang: str, step: str, text: str) -> None:
    value, problem = inquiry.parse(turn(store, lang), step, text)
    assert value is None and problem == t("inq_no_words", lang)


@pytest.mark.parametrize("text", ["+52 55 1234 5678", "555-123-4567", "(010) 8888 9999",
                                  "ana@studio.mx"])
def test_a_phone_number_or_e_mail_is_not_the_dates(store: Store, text: str) -> None:
    value, problem = inquiry.parse(turn(store, "es"), "dates", text)
    assert value is None and problem == t("inq_bad_dates", "es")


@pytest.mark.parametrize("lang,text", [
    ("en", "2027-03-15 to 2027-03-30"), ("es", "15.03.2027, 10 días"), ("ko", "3월"),
    ("zh", "5月"), ("zh", "2027年3月，10天"), ("en", "March 2027, 12 days"),
])
def test_dates_written_with_digits_stay_dates(store: Store, lang: str, text: str) -> None:
    assert inquiry.parse(turn(store, lang), "dates", text) == (text, None)


def test_the_form_asks_the_company_again_after_emoji_and_goes_on_with_a_name(store: Store) -> None:
    step = inquiry.begin(turn(store, "ko"), "film")
    step = inquiry.on_text(turn(store, "ko"), step.form, "🎬🎬🎬")
    assert step.form["step"] == "company" and "company" not in step.form["fields"]
    assert t("inq_no_words", "ko") in step.reply.text
    step = inquiry.on_text(turn(store, "ko"), step.form, "한빛 픽처스")
    assert step.form["fields"]["company"] == "한빛 픽처스" and step.form["step"] == "country"


# -- a record staff removed from the knowledge ---------------------------------------------------
# (A knowledge edit is a new KnowledgeBase; a chat's memory and the buttons already sent keep the
# old ids. Here the removed record is an id the shipped knowledge does not have.)


LIST = {"en": "which sets do you have for historical dramas?",
        "es": "¿Qué locaciones tienen para dramas de época?",
        "zh": "有哪些适合拍古装剧的拍摄基地？", "ko": "사극 촬영지 목록 보여줘"}
FOURTH = {"en": "the fourth one", "es": "el cuarto", "zh": "第四个", "ko": "네 번째"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_pick_of_a_removed_item_says_it_is_gone_with_the_items_left(services: Services,
                                                                      lang: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    listed = services.brain.reply_to_text(chat, LIST[lang], services.store.profile(chat))
    assert listed.answer.startswith("list:locations") and len(listed.items) >= 4
    memory = services.brain.memory.load(chat, NOW)
    items = list(memory.items)
    removed, items[3] = items[3], "location:removed_by_staff"
    services.brain.memory.save(chat, memory.after(items=tuple(items)), NOW)
    reply = services.brain.reply_to_text(chat, FOURTH[lang], services.store.profile(chat))
    assert reply.text == t("not_found", lang) and reply.answer == "clarify"
    data = [b.data for row in reply.buttons for b in row]
    assert encode("loc", items[0].partition(":")[2]) in data
    assert not any("removed_by_staff" in d for d in data) and removed not in data
    again = services.brain.reply_to_text(chat, FOURTH[lang].replace("4", "1").replace(
        "fourth", "first").replace("cuarto", "primero").replace("四", "一").replace("네", "첫"),
        services.store.profile(chat))
    assert again.answer == items[0]  # the list is kept: the first is still there to pick


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("data", ["v1|loc|removed_by_staff", "v1|ev|removed_by_staff",
                                  "v1|work|removed_by_staff", "v1|inc|removed_by_staff",
                                  "v1|prog|removed_by_staff", "v1|prt|removed_by_staff"])
def test_a_button_of_a_removed_record_says_so_and_offers_the_menu(services: Services, lang: str,
                                                                  data: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_button(chat, data, services.store.profile(chat))
    assert reply.text == t("not_found", lang)
    assert reply.buttons == topic_menu(lang)

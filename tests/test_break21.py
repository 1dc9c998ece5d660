"""Kinds found by playing whole Telegram sessions against the real bot (break21):

- the form's free-text steps (company, title, territory, about) took an answer with no letter or
  digit in it ("🎬🎬🎬", "!!!") and sent it to staff as the company name;
- the dates step took a phone number or an e-mail address ("+52 55 1234 5678") as the dates:
  any digit passed;
- a month alone in Korean or Chinese ("3월", "5月") was refused as "between 3 and 200 characters".
"""

from __future__ import annotations

import pytest

from core.i18n import t
from core.store import Store
from intents import inquiry
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

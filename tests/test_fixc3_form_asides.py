"""The request form and what is plainly no answer to it (console; the Telegram path is in
tests/test_fixC3_form_handoff_e2e.py).

- A courtesy alone ("thanks", "hola", "你好", "감사합니다", in any of the four languages whatever the
  form's) is answered as small talk and the form keeps waiting: it is never the company's name.
- "cancel", "never mind", "算了", "그만할게요" typed leave the form as its ✖ Cancel button does.
- A person asked for in the middle of the form (in words or 🙋): the handoff takes over, the form
  closes, the partner hears that what they typed goes along, and the staff get those answers.
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from core.i18n import t
from intents import inquiry
from intents.callbacks import encode
from intents.inquiry_words import courtesy_only, quits_form
from tests.dialogue import new_chat

START = {"en": "/inquiry", "es": "/inquiry", "zh": "/inquiry", "ko": "/inquiry"}
COMPANY = {"en": "Sunset Pictures", "es": "Productora Cóndor", "zh": "星河影业", "ko": "한빛 필름"}
PERSON = {"en": "actually, can I talk to a person?", "es": "mejor quiero hablar con una persona",
          "zh": "还是帮我转人工吧", "ko": "그냥 담당자랑 직접 얘기하고 싶어요"}


def session(services: Services, lang: str) -> ConsoleSession:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code=lang)
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    return ConsoleSession(services, chat_id)


# (a goodbye is no courtesy that keeps the form: the partner leaves, and the form closes,
# tests/test_fixP16_form_free_text.py)
COURTESIES = {
    "en": ["thanks", "Thank you!", "ok thanks", "hello", "hola", "你好"],
    "es": ["gracias", "¡Muchas gracias!", "hola", "buenas", "hello", "감사합니다"],
    "zh": ["谢谢", "謝謝你", "你好", "好的，谢谢", "hello", "gracias"],
    "ko": ["감사합니다", "고마워요", "안녕하세요", "thanks", "hola", "谢谢"],
}


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in COURTESIES.items() for text in texts])
def test_a_courtesy_is_no_company_name(services: Services, lang: str, text: str) -> None:
    s = session(services, lang)
    s.say(START[lang])
    assert s.form is not None and s.form["step"] == "company"
    reply = s.say(text)
    assert s.form is not None and s.form["step"] == "company", reply.text
    assert "company" not in s.form["fields"]
    assert "/cancel" in reply.text  # answered, and the form's note that it still waits
    s.say(COMPANY[lang])
    assert s.form["fields"]["company"] == COMPANY[lang]


@pytest.mark.parametrize("text", ["Thanks Films", "Hola Studio", "Productora Cóndor", "Cheers Media",
                                  "Stop Motion Films", "Hello Sunshine Pictures", "한빛 필름"])
def test_a_company_named_with_such_a_word_is_still_the_company(text: str) -> None:
    assert not courtesy_only(text) and not quits_form(text)


QUITS = {"en": ["cancel", "never mind", "stop", "cancel the form please"],
         "es": ["cancelar", "olvídalo", "mejor no", "ya no quiero seguir"],
         "zh": ["取消", "算了", "不填了", "算了，不填了"],
         "ko": ["취소", "그만할게요", "됐어요", "안 할래요"]}


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in QUITS.items() for text in texts])
def test_leaving_the_form_in_words_is_its_cancel_button(services: Services, lang: str, text: str) -> None:
    s = session(services, lang)
    s.say(START[lang])
    s.say(COMPANY[lang])
    assert s.form is not None and s.form["step"] == "country"
    reply = s.say(text)
    assert s.form is None, reply.text
    assert reply.text == t("inq_cancelled", lang)


@pytest.mark.parametrize("text", ["ok", "네", "괜찮아요", "好的"])
def test_ok_under_the_summary_still_sends_it(services: Services, text: str) -> None:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code="en")
    turn = services.brain.turn(chat_id, services.store.profile(chat_id), text)
    form = {"fields": {"company": "Sunset Pictures", "country": "US", "kind": "join_alliance",
                       "about": "A studio in Los Angeles making vertical dramas.",
                       "contact": "ops@sunset.example.com"}, "step": "review",
            "touched": turn.now.isoformat(), "ttl": 1800}
    step = inquiry.on_text(turn, form, text)
    assert step.sent is not None and step.form is None


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_person_asked_for_in_words_takes_over_the_form_and_its_answers(services: Services, lang: str) -> None:
    s = session(services, lang)
    s.say(START[lang])
    s.say(COMPANY[lang])
    reply = s.say(PERSON[lang])
    assert reply.handoff is not None
    assert s.form is None  # what they write next goes to the person, not to the form
    assert t("inq_with_person", lang) in reply.text
    assert "/cancel" not in reply.text  # no "your form is still open" under the notice
    [note] = s.to_staff
    assert COMPANY[lang] in note and note.startswith(t("staff_form_unsent", "en", fields="")[:10])
    after = s.say({"en": "thanks", "es": "gracias", "zh": "谢谢", "ko": "감사합니다"}[lang])
    assert s.form is None and after.answer and after.answer.startswith("smalltalk")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_person_button_takes_over_the_form_and_its_answers(services: Services, lang: str) -> None:
    s = session(services, lang)
    s.say(START[lang])
    s.say(COMPANY[lang])
    s.say({"en": "Mexico", "ko": "멕시코"}[lang])
    assert s.form is not None and s.form["step"] == "kind"
    reply = s.press(encode("ask"))
    assert reply.handoff is not None and s.form is None
    assert t("inq_with_person", lang) in reply.text
    [note] = s.to_staff
    assert COMPANY[lang] in note and "Mexico" in note  # labelled for staff (BOT_STAFF_LANG: en)


def test_a_person_asked_for_before_anything_was_typed_says_nothing_of_the_form(services: Services) -> None:
    s = session(services, "es")
    s.say(START["es"])
    reply = s.say(PERSON["es"])
    assert reply.handoff is not None and s.form is None
    assert t("inq_with_person", "es") not in reply.text and not s.to_staff

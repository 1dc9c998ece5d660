"""Through Telegram (the Bot API stub): the request form and the handoff.

- 🙋 tapped (on an earlier answer) or a person asked for in words while the form waits: the handoff
  takes over; the partner hears their answers go along, the staff thread gets them, and what the
  partner writes next ("thanks") goes to the team instead of becoming the company's name.
- A courtesy alone is answered and the form keeps waiting; "算了" leaves the form.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from core.i18n import t
from tests import patience
from tests.botapi_stub import BotApiStub, SimGroup, SimUser, parse_html
from tests.conftest import BotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.long]

WAIT = patience.REPLY


def plain(html_text: str) -> str:
    return parse_html(html_text)[0]


def texts(chat) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.get("text") or "" for m in chat.messages()]


def wait_text(stub: BotApiStub, chat, fragment: str, after: int = 0) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The first message in `chat` from index `after` containing `fragment`."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        for m in chat.messages()[after:]:
            if fragment in (m.get("text") or ""):
                return m
        time.sleep(0.05)
    raise AssertionError(f"no {fragment!r} in {[x[:70] for x in texts(chat)[after:]]}")


def say(stub: BotApiStub, user: SimUser, text: str, expect: str) -> dict[str, Any]:
    before = len(user.messages())
    user.send_text(text)
    return wait_text(stub, user, expect, before)


def settle(stub: BotApiStub) -> None:
    stub.wait_for(lambda _: not stub.pending_updates(), timeout=WAIT)
    time.sleep(0.8)


@pytest.fixture(scope="module")
def world(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> tuple[BotApiStub, SimGroup, SimUser]:
    staff = module_stub.add_group("HISDA staff", chat_type="supergroup")
    mia = staff.add_member(module_stub.add_user(first_name="Mia", username="mia_hisda"))
    module_bot_process(BOT_STAFF_CHAT_ID=str(staff.id))
    return module_stub, staff, mia



def company_question(lang: str) -> str:
    return plain(t("inq_ask_company", lang))[:8]


def country_question(lang: str) -> str:
    return plain(t("inq_ask_country", lang))[:8]


def test_the_person_button_in_the_middle_of_the_form_takes_the_form_to_the_team(world) -> None:  # type: ignore[no-untyped-def]
    stub, staff, _ = world
    user = stub.add_user(first_name="Tom", language_code="en", username="tom_c3")
    answer = say(stub, user, "Which locations do you have for Ming dynasty palaces?", "")
    ask = next(b["callback_data"] for row in answer["reply_markup"]["inline_keyboard"] for b in row
               if b.get("callback_data", "").startswith("v1|ask"))
    say(stub, user, "/inquiry", company_question("en"))
    say(stub, user, "Sunset Pictures", country_question("en"))
    staff_seen, seen = len(staff.messages()), len(user.messages())
    user.press(answer, ask)
    notice = wait_text(stub, user, plain(t("handoff_waiting", "en"))[:20], seen)
    assert t("inq_with_person", "en") in notice["text"]
    wait_text(stub, staff, "Handoff #", staff_seen)
    note = wait_text(stub, staff, "Sunset Pictures", staff_seen)
    assert plain(t("staff_form_unsent", "en", fields=""))[:20] in note["text"]
    settle(stub)
    # the form is closed: "thanks" reaches the team, it is no company's name nor a country
    staff_seen, seen = len(staff.messages()), len(user.messages())
    user.send_text("thanks")
    copy = wait_text(stub, staff, "thanks", staff_seen)
    assert "Tom" in copy["text"]
    settle(stub)
    assert not any(country_question("en") in x or "/cancel" in x for x in texts(user)[seen:])


@pytest.mark.parametrize("lang,person,company,thanks", [
    ("es", "mejor quiero hablar con una persona", "Productora Cóndor", "gracias"),
    ("zh", "还是帮我转人工吧", "星河影业", "谢谢"),
    ("ko", "그냥 담당자랑 직접 얘기하고 싶어요", "한빛 필름", "감사합니다"),
])
def test_a_person_asked_for_in_words_takes_the_form_to_the_team(world, lang: str, person: str,  # type: ignore[no-untyped-def]
                                                               company: str, thanks: str) -> None:
    stub, staff, _ = world
    user = stub.add_user(first_name=f"P{lang}", language_code=lang)
    say(stub, user, "/inquiry", company_question(lang))
    say(stub, user, company, country_question(lang))
    staff_seen = len(staff.messages())
    notice = say(stub, user, person, t("inq_with_person", lang)[:12])
    assert plain(t("handoff_waiting", lang))[:10] in notice["text"]
    wait_text(stub, staff, company, staff_seen)
    settle(stub)
    staff_seen, seen = len(staff.messages()), len(user.messages())
    user.send_text(thanks)
    wait_text(stub, staff, thanks, staff_seen)
    settle(stub)
    assert not any(country_question(lang) in x for x in texts(user)[seen:])


def test_a_courtesy_is_answered_and_a_call_off_leaves_the_form(world) -> None:  # type: ignore[no-untyped-def]
    stub, _, _ = world
    user = stub.add_user(first_name="李", language_code="zh")
    say(stub, user, "/inquiry", company_question("zh"))
    note = say(stub, user, "谢谢", "/cancel")  # the form's note that it still waits, under the answer
    assert country_question("zh") not in note["text"]
    say(stub, user, "你好", "/cancel")  # nor is a greeting
    say(stub, user, "星河影业", country_question("zh"))
    say(stub, user, "算了，不填了", plain(t("inq_cancelled", "zh"))[:6])
    # the form is gone: an ordinary question is answered as one
    seen = len(user.messages())
    user.send_text("有哪些适合拍明代宫廷戏的拍摄基地？")
    settle(stub)
    assert not any(country_question("zh") in x for x in texts(user)[seen:])
    assert len(user.messages()) > seen


def test_in_a_handoff_the_form_takes_its_answers_and_the_team_gets_the_rest(world) -> None:  # type: ignore[no-untyped-def]
    """A form opened while a handoff is open (/inquiry): its answers go to the form, but a
    "thanks" or a question meant for the team reaches the team (it was eaten as the company's
    name); asking for a person again closes the form and its answers go to the thread."""
    stub, staff, _ = world
    user = stub.add_user(first_name="Ana", language_code="es")
    staff_seen = len(staff.messages())
    say(stub, user, "¿me pasan con un asesor, por favor?", plain(t("handoff_waiting", "es"))[:12])
    wait_text(stub, staff, "Handoff #", staff_seen)
    say(stub, user, "/inquiry", company_question("es"))
    staff_seen, seen = len(staff.messages()), len(user.messages())
    user.send_text("¡muchas gracias!")
    wait_text(stub, staff, "muchas gracias", staff_seen)
    settle(stub)
    assert not any(country_question("es") in x for x in texts(user)[seen:])
    say(stub, user, "Productora Cóndor", country_question("es"))  # the form's answer: not relayed
    say(stub, user, "México", plain(t("inq_ask_kind", "es"))[:10])
    staff_seen = len(staff.messages())
    user.send_text("¿alguien me puede llamar hoy?")
    note = wait_text(stub, staff, "Productora Cóndor", staff_seen)
    assert "Mexico" in note["text"] or "México" in note["text"]
    settle(stub)
    staff_seen, seen = len(staff.messages()), len(user.messages())
    user.send_text("gracias")
    wait_text(stub, staff, "gracias", staff_seen)
    settle(stub)
    assert not any(plain(t("inq_ask_kind", "es"))[:10] in x for x in texts(user)[seen:])
    # the handoff left in words with a question: the question is answered as one (the form
    # closed under the handoff does not answer "this form is no longer open")
    seen = len(user.messages())
    user.send_text("Ya lo resolví. ¿Qué locaciones tienen para palacios de la dinastía Ming?")
    wait_text(stub, user, plain(t("handoff_left_words", "es"))[:12], seen)
    settle(stub)
    answers = texts(user)[seen:]
    assert answers and not any(plain(t("inq_closed", "es"))[:15] in x for x in answers), answers

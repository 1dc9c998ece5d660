"""Through Telegram (the Bot API stub): the request form's start and its note, as in the console
(tests/test_fixf4_form_titles_and_asides.py).

- "we would like to co-produce two or three romance shorts": the romance titles, the form a
  button under them, no form opened (the next text is no company's name).
- The "still open" note under an answered question is in that question's language.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from core.i18n import t
from tests.botapi_stub import BotApiStub, SimUser, parse_html
from tests.conftest import BotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.long]

WAIT = 15.0


def plain(html_text: str) -> str:
    return parse_html(html_text)[0]


def wait_text(chat, fragment: str, after: int = 0) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        for m in chat.messages()[after:]:
            if fragment in (m.get("text") or ""):
                return m
        time.sleep(0.05)
    raise AssertionError(f"no {fragment!r} in {[(m.get('text') or '')[:70] for m in chat.messages()[after:]]}")


def say(user: SimUser, text: str, expect: str) -> dict[str, Any]:
    before = len(user.messages())
    user.send_text(text)
    return wait_text(user, expect, before)


@pytest.fixture(scope="module")
def stub(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> BotApiStub:
    module_bot_process()
    return module_stub


def test_titles_of_a_kind_wished_for_are_listed_with_the_form_a_button(stub: BotApiStub) -> None:
    user = stub.add_user(first_name="Ana", language_code="en", username="ana_f4")
    answer = say(user, "we would like to co-produce two or three romance shorts", "Romance")
    data = [b.get("callback_data", "") for row in answer["reply_markup"]["inline_keyboard"] for b in row]
    assert "v1|inq|start|coproduce" in data
    assert plain(t("inq_ask_company", "en"))[:12] not in (answer.get("text") or "")


def test_the_still_open_note_is_in_the_language_of_the_answer(stub: BotApiStub) -> None:
    user = stub.add_user(first_name="Ben", language_code="en", username="ben_f4")
    say(user, "/inquiry", plain(t("inq_ask_company", "en"))[:12])
    note = plain(t("inq_still_open", "es", question=t("inq_ask_company", "es"))).split("\n")[0][:30]
    say(user, "¿cuántos días dura el festival de cine?", note)

"""fixF6 through Telegram (the Bot API stub): a reminder asked together with the calendar file
("remind me about Latin Film Night and send me the calendar file", "ponme un recordatorio y
mándame el archivo del calendario") sends the .ics alone, as a document, so the reply's buttons
ride on it: the partner still gets "Cancel reminder" (under the file), and the caption says the
reminder is set. The series named (Latin Film Night) is the edition to come."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.botapi_stub import BotApiStub
from tests.conftest import BotProcess

pytestmark = [pytest.mark.e2e, pytest.mark.long]


@pytest.fixture(scope="module")
def stub(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> BotApiStub:
    module_bot_process()
    return module_stub


def _markup(params: dict) -> dict:
    markup = params.get("reply_markup") or {}
    return json.loads(markup) if isinstance(markup, str) else markup


@pytest.mark.parametrize("lang,line,done", [
    ("en", "remind me about Latin Film Night and send me the calendar file too", "remind"),
    ("es", "ponme un recordatorio de la Noche de Cine Latino y mándame también el archivo del calendario", "recordar"),
])
def test_the_file_sent_with_a_reminder_carries_its_cancel_button(stub: BotApiStub, lang: str, line: str,
                                                                  done: str) -> None:
    user = stub.add_user(first_name="Lu", language_code=lang, username=f"lu_f6_{lang}")
    user.send_text(line)
    entry = stub.wait_for(lambda _: next((c for c in stub.calls("sendDocument")
                                          if str(c.params.get("chat_id")) == str(user.id)), None), timeout=30)
    buttons = [b.get("callback_data", "") for row in _markup(entry.params).get("inline_keyboard", []) for b in row]
    assert any(data.startswith("v1|rem|-latin_film_night") for data in buttons), entry.params
    assert done in (entry.params.get("caption") or "").lower(), entry.params.get("caption")

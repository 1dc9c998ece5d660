"""Through Telegram (the Bot API stub): the request form's start and its note, as in the console
(tests/test_fixf4_form_titles_and_asides.py).

- "we would like to co-produce two or three romance shorts": the romance titles, the form a
  button under them, no form opened (the next text is no company's name).
- The "still open" note under an answered question is in that question's language.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.i18n import t
from tests.botapi_stub import BotApiStub
from tests.conftest import BotProcess
from tests.test_fixc3_form_handoff_e2e import plain, say

pytestmark = [pytest.mark.e2e, pytest.mark.long]


@pytest.fixture(scope="module")
def stub(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> BotApiStub:
    module_bot_process()
    return module_stub


def test_titles_of_a_kind_wished_for_are_listed_with_the_form_a_button(stub: BotApiStub) -> None:
    user = stub.add_user(first_name="Ana", language_code="en", username="ana_f4")
    answer = say(stub, user, "we would like to co-produce two or three romance shorts", "Romance")
    data = [b.get("callback_data", "") for row in answer["reply_markup"]["inline_keyboard"] for b in row]
    assert "v1|inq|start|coproduce" in data
    assert plain(t("inq_ask_company", "en"))[:12] not in (answer.get("text") or "")


def test_the_still_open_note_is_in_the_language_of_the_answer(stub: BotApiStub) -> None:
    user = stub.add_user(first_name="Ben", language_code="en", username="ben_f4")
    say(stub, user, "/inquiry", plain(t("inq_ask_company", "en"))[:12])
    note = plain(t("inq_still_open", "es", question=t("inq_ask_company", "es"))).split("\n")[0][:30]
    say(stub, user, "¿cuántos días dura el festival de cine?", note)

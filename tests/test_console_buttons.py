"""Every button reachable from the menu works in the console chat as in Telegram: none answers
"This button has expired" (the Brain's answer to a button nothing handles).

The console session is built exactly as `python -m bot run --or-chat` builds it. The walk is
breadth-first from /start; each button is pressed in the state of the session that showed it
(so the inquiry form's buttons are pressed inside the form), and every new button found is
pressed in turn, up to a budget that still covers each kind of button many times over.
"""

from __future__ import annotations

import copy
from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from bot.console import ConsoleSession
from bot.context import Services
from bot.settings import Settings
from core.i18n import LANGS, t
from intents.callbacks import decode
from intents.reply import Reply
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 400


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("console")))
    yield build_services(settings)


def buttons(reply: Reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row if b.data]


def stale(reply: Reply, lang: str) -> bool:
    return t("stale_button", lang) in reply.text or t("stale_button", lang) == reply.toast


@pytest.mark.parametrize("lang", LANGS)
def test_every_menu_button_answers_in_the_console(services: Services, lang: str) -> None:
    chat_id = 70_000 + LANGS.index(lang)
    services.store.touch(chat_id, first_name="Walker")
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    start = ConsoleSession(services, chat_id).say("/start")
    queue = deque((None, data) for data in buttons(start))
    seen: set[tuple[str, str]] = set()
    actions: set[str] = set()
    pressed = 0
    while queue and pressed < BUDGET:
        form, data = queue.popleft()
        cb = decode(data)
        assert cb is not None, data
        # A form's buttons depend on the step; elsewhere the data alone decides the answer.
        key = (str(form["step"]) if form else "", data)
        if key in seen:
            continue
        seen.add(key)
        session = ConsoleSession(services, chat_id)
        session.form = copy.deepcopy(form)
        reply = session.press(data)
        pressed += 1
        actions.add(cb.action)
        assert not stale(reply, lang), f"{data} answered: {reply.text[:80]}"
        if cb.action == "fgt" and cb.arg(0) == "yes":
            services.store.touch(chat_id, first_name="Walker")  # the walk goes on as a new partner
            services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
        for nxt in buttons(reply):
            queue.append((copy.deepcopy(session.form), nxt))
    # The buttons the issue named, and the form's, were all reached and pressed.
    assert {"subs", "sub", "rem", "inq", "menu", "cat", "work", "ev", "loc"} <= actions, actions

"""Console chat: the same Brain as the Telegram bot, in a terminal, for trying it in a minute.

Type a question in any of the four languages; `/start`, `/help` and the other commands work;
type a button's number to press it; `/quit` or Ctrl-D leaves.
"""

from __future__ import annotations

import sys
from typing import TextIO

from bot.context import Services
from bot.render import to_console
from core.i18n import Locale, t
from core.questions import questions_of
from intents import handoff
from intents.menu import topic_menu
from intents.reply import Button, Reply, in_script

CONSOLE_CHAT_ID = 1  # the console is one partner, with a profile like any other


def show(reply: Reply, out: TextIO, locale: Locale | None = None) -> list[Button]:
    reply = in_script(reply, locale)
    out.write(to_console(reply) + "\n")
    buttons = [b for row in reply.buttons for b in row]
    for i, button in enumerate(buttons, 1):
        out.write(f"  [{i}] {button.label}" + (f" → {button.url}" if button.url else "") + "\n")
    if reply.staff_note and reply.handoff is None:
        out.write(f"  (note for staff: {reply.staff_note})\n")
    out.write("\n")
    return buttons


def handoff_preview(services: Services, reply: Reply, text: str, out: TextIO) -> Reply:
    """What Telegram would do on a handoff: the partner's notice, and the staff post, shown as
    "[to staff]" (the console has no staff chat, so nothing is stored or relayed)."""
    store, brain = services.store, services.brain
    profile = store.profile(CONSOLE_CHAT_ID)
    history = questions_of(store).recent(CONSOLE_CHAT_ID, handoff.HISTORY + 1)
    question = text if not text.startswith("/") and not text.isdigit() else (
        history[-1]["text"] if history else "")
    post = handoff.staff_post(0, reply.handoff or "", handoff.who("Console", None, None, None,
                                                                 CONSOLE_CHAT_ID),
                              profile, reply.lang, question, history)
    out.write("[to staff] " + to_console(Reply(text=post)).replace("\n", "\n           ") + "\n")
    return handoff.partner_reply(reply, services.knowledge.current, profile, brain.clock(),
                                 services.settings.tz, already_open=False)


def chat(services: Services, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> None:
    brain, store = services.brain, services.store
    # "Back to the assistant" under a handoff notice: the console has no handoff to close.
    brain.extend(buttons={"hbk": lambda turn, cb: Reply(
        text=t("handoff_back_done", turn.lang), lang=turn.lang, buttons=topic_menu(turn.lang))})
    profile = store.touch(CONSOLE_CHAT_ID, first_name="Console")
    buttons = show(brain.reply_to_command(CONSOLE_CHAT_ID, "start", "", profile), out)
    while True:
        out.write("you> ")
        out.flush()
        line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            out.write("\n")
            return
        text = line.strip()
        if not text:
            continue
        profile = store.touch(CONSOLE_CHAT_ID)
        if text.isdigit() and 1 <= int(text) <= len(buttons) and buttons[int(text) - 1].data:
            reply = brain.reply_to_button(CONSOLE_CHAT_ID, buttons[int(text) - 1].data, profile)
        elif text.startswith("/"):
            command, _, arg = text[1:].partition(" ")
            reply = brain.reply_to_command(CONSOLE_CHAT_ID, command.lower(), arg, profile)
        else:
            reply = brain.reply_to_text(CONSOLE_CHAT_ID, text, profile)
            questions_of(store).record(CONSOLE_CHAT_ID, text, reply)
        if reply.handoff is not None:
            reply = handoff_preview(services, reply, text, out)
        out.write("bot> ")
        buttons = show(reply, out, store.profile(CONSOLE_CHAT_ID).locale) or buttons  # type: ignore[union-attr]

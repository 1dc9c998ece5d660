"""Who may do what: the one place that decides whether someone is staff.

`ADMINS` is python-telegram-bot's `filters.User`, filled from `BOT_ADMIN_IDS` when the
application is built (`sync_admins`). Staff commands are registered with `filters=ADMINS`, so
for anyone else they do not exist: the update falls through to the ordinary unknown-command
answer of the conversation module, exactly as for a typo. Staff buttons (a `CallbackQuery`
has no message from the presser, so a message filter cannot see them) are checked with
`is_admin`, which reads the same `ADMINS` ids.

`register` adds a guard in group `GUARD_GROUP` (before every feature) that records refused
attempts — a staff command or button from someone else — in the log and the `audit` table;
refused buttons get the ordinary "this button has expired" answer (`refuse_press`; in a group
such as the staff chat only its toast, never a post) and go no further. Buttons for members of
the staff chat (Claim) are checked by `bot.handlers.handoff` and refused the same way.
`audited(action)` wraps a staff callback so every staff action is recorded with its result.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext, Services
from bot.features import staff_buttons, staff_commands
from bot.send import acknowledge
from core.i18n import partner_locale, t
from core.inquiries import Audit

log = logging.getLogger(__name__)

GUARD_GROUP = -5
ADMINS = filters.User(allow_empty=False)  # staff user ids; empty means nobody is staff
# Staff commands and the callback actions of staff buttons: those the features declare for
# "admins" (bot.features). Handoff buttons are for staff-chat members, checked by handoff.
STAFF_COMMANDS = staff_commands()
STAFF_BUTTONS = staff_buttons()


def sync_admins(admin_ids: frozenset[int]) -> None:
    """Make `ADMINS` match the settings (at start-up)."""
    ADMINS.user_ids = set(admin_ids)


def is_admin(update: Update) -> bool:
    user = update.effective_user
    return user is not None and user.id in ADMINS.user_ids


def audit_of(services: Services) -> Audit:
    audit = services.features.get("audit")
    if audit is None:
        audit = services.features["audit"] = Audit(services.store)
    return audit


def what_of(update: Update) -> str:
    if update.callback_query is not None:
        return update.callback_query.data or ""
    message = update.effective_message
    return (message.text or message.caption or "") if message else ""


def audited(action: str) -> Callable[[Callable[..., Awaitable[Any]]], Callable[..., Awaitable[Any]]]:
    """Record a staff callback in `audit`: who, `action`, the text or button data, and
    `ok`, `state <next state>` or `error <exception>`."""
    def wrap(callback: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(callback)
        async def run(update: Update, context: BotContext) -> Any:
            user = update.effective_user.id if update.effective_user else None
            try:
                result = await callback(update, context)
            except ApplicationHandlerStop:
                raise
            except Exception as exc:
                audit_of(context.services).record(user, action, what_of(update),
                                                  f"error {type(exc).__name__}")
                raise
            audit_of(context.services).record(user, action, what_of(update),
                                              "ok" if result is None else f"state {result}")
            return result
        return run
    return wrap


def _staff_command(message_text: str) -> str | None:
    m = re.match(r"^/([a-z_]+)(?:@\w+)?(?:\s|$)", message_text or "", re.IGNORECASE)
    name = m.group(1).lower() if m else None
    return name if name in STAFF_COMMANDS else None


async def refuse_command(update: Update, context: BotContext) -> None:
    """Log and audit a staff command from someone else; the ordinary answer follows."""
    command = _staff_command(update.effective_message.text or "")
    if command == "cancel" and context.user_data and context.user_data.get("inquiry"):
        return  # a partner leaving their inquiry form: /cancel is theirs there
    user = update.effective_user
    log.warning("refused /%s from user %s (not in BOT_ADMIN_IDS)", command, user.id if user else None)
    audit_of(context.services).record(user.id if user else None, f"/{command}",
                                      what_of(update), "refused")


async def refuse_button(update: Update, context: BotContext) -> None:
    """A staff button pressed by someone else: logged, audited, answered like any dead button."""
    if is_admin(update):
        return
    await refuse_press(update, context)
    raise ApplicationHandlerStop


async def refuse_press(update: Update, context: BotContext) -> None:
    """Log and audit a refused staff button and give the ordinary dead-button answer: in a
    private chat the conversation's (a polite menu), elsewhere only its toast."""
    user = update.effective_user
    log.warning("refused staff button %r from user %s", update.callback_query.data,
                user.id if user else None)
    audit_of(context.services).record(user.id if user else None, "button",
                                      what_of(update), "refused")
    if update.effective_chat is not None and update.effective_chat.type == "private":
        from bot.handlers.conversation import on_button

        await on_button(update, context)
        return
    locale = partner_locale(language_code=user.language_code if user else None)
    await acknowledge(update.callback_query, locale.convert(t("stale_button", locale.lang)))


class _StaffCommand(filters.MessageFilter):
    def filter(self, message) -> bool:  # type: ignore[no-untyped-def]
        return _staff_command(message.text or "") is not None


def register(app: Application) -> None:
    pattern = r"^v1\|(" + "|".join(sorted(STAFF_BUTTONS)) + r")(\||$)"
    app.add_handler(MessageHandler(filters.COMMAND & _StaffCommand() & ~ADMINS, refuse_command),
                    group=GUARD_GROUP)
    app.add_handler(CallbackQueryHandler(refuse_button, pattern=pattern), group=GUARD_GROUP)

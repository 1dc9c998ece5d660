"""Per-partner flood protection: more than BOT_FLOOD_PER_MINUTE messages a minute from one chat
gets one polite notice, and the rest is ignored until the minute has passed. Everyone else
stays served: the check is per chat and costs no API call. Button presses are not counted:
paging through the catalog is quick by nature, and a press only edits a message.

A sliding window in memory (a deque of accepted times per chat) rather than aiolimiter: that
is a leaky bucket that makes the caller wait, and here an over-eager chat must be refused
(with one notice) at once, never queued. In group `GROUP` before every other handler; `ApplicationHandlerStop` keeps an ignored update from reaching them. Staff
(BOT_ADMIN_IDS) and the staff chat are never limited. 0 turns the limit off.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.context import BotContext
from bot.permissions import is_admin
from core.i18n import Locale, partner_locale, t
from core.store import StoreUnavailable

log = logging.getLogger(__name__)

GROUP = -10
WINDOW = 60.0  # seconds


class FloodGate:
    """At most `limit` events per `WINDOW` seconds per key; `clock` is monotonic seconds."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: set[int] = set()

    def admit(self, key: int) -> tuple[bool, bool]:
        """(allowed, notify): notify is True once, for the first refused event of a window."""
        if self.limit <= 0:
            return True, False
        now = self.clock()
        seen = self._seen.setdefault(key, deque())
        while seen and now - seen[0] >= WINDOW:
            seen.popleft()
        if len(seen) < self.limit:
            seen.append(now)
            self._noticed.discard(key)
            return True, False
        first = key not in self._noticed
        self._noticed.add(key)
        return False, first

    def forget_idle(self) -> None:
        """Drop chats with nothing in the window (keeps memory flat over months)."""
        now = self.clock()
        for key in [k for k, q in self._seen.items() if not q or now - q[-1] >= WINDOW]:
            del self._seen[key]
            self._noticed.discard(key)


async def notice_locale(update: Update, services) -> Locale:  # type: ignore[no-untyped-def]
    """The partner's language and script, read off the loop; the one Telegram reports when the store has
    no profile yet (their first messages are still being answered) or cannot be read now."""
    try:
        profile = await asyncio.to_thread(services.store.profile, update.effective_chat.id)
    except StoreUnavailable:
        profile = None
    user = update.effective_user
    return partner_locale(profile, language_code=user.language_code if user else None)


async def check(update: Update, context: BotContext) -> None:
    """Let the update through, or stop it (with one notice per window)."""
    chat = update.effective_chat
    if chat is None or update.message is None and update.edited_message is None:
        return
    services = context.application.bot_data.get("services")
    if services is None or chat.id == services.settings.bot_staff_chat_id or is_admin(update):
        return
    gate: FloodGate = services.features.setdefault(
        "flood", FloodGate(services.settings.bot_flood_per_minute))
    allowed, notify = gate.admit(chat.id)
    if allowed:
        return
    if notify:
        log.warning("chat %s is over %s messages a minute; ignoring it for now", chat.id, gate.limit)
        locale = await notice_locale(update, services)
        try:
            await context.bot.send_message(chat.id, locale.convert(t("flood_notice", locale.lang)))
        except TelegramError:
            log.info("could not send the flood notice to %s", chat.id)
    if len(gate._seen) > 10_000:
        gate.forget_idle()
    raise ApplicationHandlerStop


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, check), group=GROUP)

"""The one error handler: log first, then tell staff, then apologise to the partner."""

from __future__ import annotations

import html
import logging
import time
import traceback

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import Application

from bot.context import BotContext
from core.i18n import partner_locale, t

log = logging.getLogger(__name__)
STAFF_REPORT_EVERY = 60.0  # seconds: a storm of identical failures sends one report a minute
_last_report: dict[str, float] = {}


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure, report it to the staff chat (throttled), apologise to the partner."""
    error = context.error
    if isinstance(error, NetworkError) and not isinstance(error, Forbidden):
        log.warning("network trouble talking to Telegram: %s", error)  # PTB retries polling itself
        return
    log.error("unhandled error while handling an update", exc_info=error)
    services = context.application.bot_data.get("services")
    staff_chat = services.settings.bot_staff_chat_id if services else None
    key = type(error).__name__
    if staff_chat and time.monotonic() - _last_report.get(key, 0) > STAFF_REPORT_EVERY:
        _last_report[key] = time.monotonic()
        trace = "".join(traceback.format_exception(None, error, error.__traceback__))[-3000:]
        try:
            await context.bot.send_message(staff_chat, f"⚠️ Bot error: <pre>{html.escape(trace)}</pre>",
                                           parse_mode="HTML")
        except TelegramError:
            log.exception("could not report the error to the staff chat")
    if isinstance(update, Update) and update.effective_chat and services:
        locale = partner_locale(services.store.profile(update.effective_chat.id))
        try:
            await context.bot.send_message(update.effective_chat.id,
                                           locale.convert(t("error", locale.lang)))
        except TelegramError:
            log.warning("could not apologise to chat %s", update.effective_chat.id)


def register(app: Application) -> None:
    app.add_error_handler(on_error)

"""The one error handler: log first (each kind as what it is), then tell staff, then apologise.

python-telegram-bot classes `BadRequest` (Telegram's 400: a call we got wrong) and `TimedOut`
under `NetworkError`, so errors are told apart by `bot.send.error_kind`, which checks the
narrow classes first:

  bad_request   our bug or a message Telegram refuses: logged with the trace, reported, apology
                ("query is too old" is only a late button press: logged, nothing else)
  forbidden     the partner blocked the bot or removed it: logged; `gate` records it
  retry_after   flood control outlasted the send policy: logged (the loss is already reported)
  timed_out,    network trouble: while polling, PTB retries by itself; for a reply, the send
  network       policy already retried, counted and reported the loss: logged only
  anything else a bug: logged with the trace, reported, apology

Reports go through `PartnerBot.staff`: at most one per kind every few minutes.
"""

from __future__ import annotations

import html
import logging
import traceback

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import BotContext
from bot.send import StaffReporter, error_kind
from core.i18n import partner_locale, t

log = logging.getLogger(__name__)
STALE_QUERY = "query is too old"


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure by kind; report real errors to staff (throttled); apologise for them."""
    error = context.error
    if error is None:
        return
    kind = error_kind(error)
    where = _where(update)
    if kind in ("timed_out", "network", "retry_after"):
        log.warning("network trouble talking to Telegram %s: %s: %s", where,
                    type(error).__name__, error)
        return
    if kind == "forbidden":
        log.info("Telegram refused a send %s (the partner blocked or removed the bot): %s",
                 where, error)
        return
    if kind == "bad_request" and STALE_QUERY in str(error).lower():
        log.info("a late button press %s: %s", where, error)
        return
    label = "Telegram refused a call (400 Bad Request)" if kind == "bad_request" \
        else "unhandled error"
    log.error("%s while handling an update %s", label, where, exc_info=error)
    reporter: StaffReporter | None = getattr(context.bot, "staff", None)
    if reporter is not None:
        trace = "".join(traceback.format_exception(None, error, error.__traceback__))[-3000:]
        head = t("staff_bot_error", reporter.lang, where=html.escape(where))
        await reporter.report(f"error:{kind}:{type(error).__name__}",
                              f"{head}\n<pre>{html.escape(trace)}</pre>", html_text=True)
    await _apologise(update, context)


def _where(update: object) -> str:
    if not isinstance(update, Update):
        return "(no update)" if update is None else f"({type(update).__name__})"
    chat = update.effective_chat
    return f"(update {update.update_id}, chat {chat.id if chat else '-'})"


async def _apologise(update: object, context: BotContext) -> None:
    services = context.application.bot_data.get("services")
    if not (isinstance(update, Update) and update.effective_chat and services):
        return
    if update.effective_chat.id == services.settings.bot_staff_chat_id:
        return
    try:
        locale = partner_locale(services.store.profile(update.effective_chat.id))
    except Exception:  # noqa: BLE001 - the store may be the trouble: apologise in English rather than not at all
        locale = partner_locale(None)
    try:
        await context.bot.send_message(update.effective_chat.id,
                                       locale.convert(t("error", locale.lang)))
    except TelegramError:
        log.warning("could not apologise to chat %s", update.effective_chat.id)


def register(app: Application) -> None:
    app.add_error_handler(on_error)

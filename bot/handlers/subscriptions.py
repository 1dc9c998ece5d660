"""Subscriptions, "Remind me" and the broadcast machinery's start and stop.

Handlers (group 0, registered before `conversation` so these commands and buttons are claimed
here and never reach its catch-all):
  /subscribe                    topic toggles
  /unsubscribe                  stop everything
  buttons v1|sub|…, v1|subs, v1|stop…, v1|rem|…   toggles, menu, Stop under broadcasts, reminders

`startup` creates the delivery engine and the announcer (`services.features["delivery"]`,
`services.features["announcer"]`), resumes and reschedules everything pending from the
database and the knowledge files on the JobQueue, and follows knowledge reloads.
"""

from __future__ import annotations

import logging
import os

from telegram import Bot, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters
from telegram.request import HTTPXRequest

from bot.context import BotContext, services_of
from bot.features import pattern
from bot.render import send_reply
from bot.send import acknowledge
from bot.settings import Settings
from core.i18n import Lang, t
from core.store import Profile
from intents.callbacks import decode
from intents.reply import in_script
from jobs import subscriptions
from jobs.announcer import Announcer, AnnouncerConfig, JobQueueScheduler
from jobs.delivery import (
    DEFAULT_RATE,
    DeliveryEngine,
    default_concurrency,
    skip_missing_sniffio,
)

log = logging.getLogger(__name__)

GROUP = 0
BUTTONS = pattern("subscriptions")  # sub, subs, stop, rem (bot.features)


def broadcast_rate(settings: object) -> float:
    """Messages per second for broadcasts: `bot_broadcast_rate` if settings have it, else
    BOT_BROADCAST_RATE from the environment (test stubs with a raised limit), else 29/s."""
    value = getattr(settings, "bot_broadcast_rate", None) or os.environ.get("BOT_BROADCAST_RATE")
    try:
        rate = float(value) if value else DEFAULT_RATE
    except ValueError:
        log.warning("BOT_BROADCAST_RATE=%r is not a number; using %s/s", value, DEFAULT_RATE)
        return DEFAULT_RATE
    return rate if rate > 0 else DEFAULT_RATE


def announcer_of(context: BotContext) -> Announcer:
    return context.services.features["announcer"]


def _profile(update: Update, context: BotContext) -> Profile:
    user, chat = update.effective_user, update.effective_chat
    return context.services.store.touch(
        chat.id, user_id=user.id if user else None,
        first_name=user.first_name if user else None,
        language_code=user.language_code if user else None)


def _lang(profile: Profile) -> Lang:
    return profile.locale.lang


async def on_subscribe(update: Update, context: BotContext) -> None:
    """Show the topic toggles."""
    profile = _profile(update, context)
    reply = subscriptions.subscription_menu(context.services.store,
                                            context.services.knowledge.current,
                                            update.effective_chat.id, _lang(profile))
    await send_reply(context.bot, update.effective_chat.id, reply, locale=profile.locale)


async def on_unsubscribe(update: Update, context: BotContext) -> None:
    """Remove every subscription."""
    profile = _profile(update, context)
    reply = subscriptions.unsubscribe_all(context.services.store, update.effective_chat.id,
                                          _lang(profile))
    await send_reply(context.bot, update.effective_chat.id, reply, locale=profile.locale)


async def on_button(update: Update, context: BotContext) -> None:
    """Toggle a topic, open the menu, Stop from a broadcast, or Remind me."""
    query = update.callback_query
    profile = _profile(update, context)
    lang = _lang(profile)
    chat_id = update.effective_chat.id
    cb = decode(query.data)
    kb = context.services.knowledge.current
    store = context.services.store
    if cb is None:
        await acknowledge(query, profile.locale.convert(t("stale_button_toast", lang)))
        return
    if cb.action == "rem":
        reply = announcer_of(context).remind(chat_id, cb.arg(0), lang)
    elif cb.action == "sub":
        reply = subscriptions.toggle_topic(store, kb, chat_id, cb.arg(0), lang)
    elif cb.action == "stop":
        reply = subscriptions.stop(store, kb, chat_id, lang, cb.arg(0))
    else:
        reply = subscriptions.subscription_menu(store, kb, chat_id, lang)
    reply = in_script(reply, profile.locale)
    await acknowledge(query, reply.toast)  # never raises: a stale press still gets its reply
    edit = query.message if reply.mode == "edit" and query.message else None
    await send_reply(context.bot, chat_id, reply, edit=edit)


def register(app: Application) -> None:
    from bot.handlers.conversation import partner_chats

    partners = partner_chats(app) & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("subscribe", on_subscribe, filters=partners), group=GROUP)
    app.add_handler(CommandHandler("unsubscribe", on_unsubscribe, filters=partners), group=GROUP)
    app.add_handler(CallbackQueryHandler(on_button, pattern=BUTTONS), group=GROUP)


def broadcast_bot(settings: Settings, pool: int) -> Bot:
    """A Bot of its own for broadcasts: its own connection pool (a 10,000-chat broadcast never
    starves partners' replies of connections) and no PTB rate limiter in front, so the
    engine's pacer alone sets the pace and a `sending` row really means "on the wire"."""
    assert settings.bot_token is not None
    request = HTTPXRequest(connection_pool_size=pool + 4, connect_timeout=10.0,
                           read_timeout=60.0, write_timeout=60.0, pool_timeout=30.0)
    return Bot(settings.bot_token.get_secret_value(), base_url=f"{settings.bot_api_url}/bot",
               base_file_url=f"{settings.bot_api_url}/file/bot", request=request)


async def startup(app: Application) -> None:
    """Create engine and announcer, resume/reschedule pending work, follow knowledge reloads."""
    services = services_of(app)
    settings = services.settings
    ledger = subscriptions.ledger_of(services.store)
    skip_missing_sniffio()
    rate = broadcast_rate(settings)
    concurrency = default_concurrency(rate)
    bot = broadcast_bot(settings, concurrency)
    await bot.initialize()
    engine = DeliveryEngine(bot, services.store, ledger, rate=rate, concurrency=concurrency,
                            policy=getattr(app.bot, "policy", None))  # the one send policy
    announcer = Announcer(services.store, engine, services.knowledge,
                          JobQueueScheduler(app.job_queue), AnnouncerConfig.from_settings(settings))
    services.features["delivery"] = engine
    services.features["announcer"] = announcer
    services.knowledge.on_change(announcer.on_knowledge_change)
    report = await announcer.start()
    log.info("announcer started at %.1f msg/s: %d scheduled, %d missed",
             1 / engine.pacer.interval, len(report.scheduled), len(report.missed))


async def shutdown(app: Application) -> None:
    """Finish the sends in flight; what is left stays queued in the database for next start."""
    announcer: Announcer | None = services_of(app).features.get("announcer") \
        if "services" in app.bot_data else None
    if announcer is not None:
        await announcer.stop()
        await announcer.engine.bot.shutdown()

"""Subscriptions, "Remind me" and the broadcast machinery's start and stop.

Handlers (group 0, registered before `conversation` so these commands and buttons are claimed
here and never reach its catch-all):
  /subscribe                    topic toggles
  /unsubscribe                  stop everything
  buttons v1|sub|…, v1|subs, v1|stop…, v1|rem|…   toggles, menu, Stop under broadcasts, reminders

`startup` starts the broadcasting service (`jobs.broadcasting.Broadcasting`, in
`services.features["broadcasting"]`) on the JobQueue and has it follow knowledge reloads;
the service itself lives outside this Telegram module. Store work runs in worker threads, so a
locked database delays a tap's answer, not the whole bot.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.context import BotContext, services_of
from bot.features import pattern
from bot.pace import BULK
from bot.render import send_reply
from bot.send import acknowledge
from core.i18n import Lang, t
from core.store import Profile
from intents.callbacks import decode
from intents.reply import in_script
from jobs import subscriptions
from jobs.announcer import Announcer, JobQueueScheduler
from jobs.broadcasting import Broadcasting, BroadcastSettings

log = logging.getLogger(__name__)

GROUP = 0
BUTTONS = pattern("subscriptions")  # sub, subs, stop, rem (bot.features)


def announcer_of(context: BotContext) -> Announcer:
    return context.services.features["announcer"]


async def _profile(update: Update, context: BotContext) -> Profile:
    user, chat = update.effective_user, update.effective_chat
    return await asyncio.to_thread(
        context.services.store.touch, chat.id, user_id=user.id if user else None,
        first_name=user.first_name if user else None,
        language_code=user.language_code if user else None)


def _lang(profile: Profile) -> Lang:
    return profile.locale.lang


async def on_subscribe(update: Update, context: BotContext) -> None:
    """Show the topic toggles."""
    profile = await _profile(update, context)
    reply = await asyncio.to_thread(subscriptions.subscription_menu, context.services.store,
                                    context.services.knowledge.current,
                                    update.effective_chat.id, _lang(profile))
    await send_reply(context.bot, update.effective_chat.id, reply, locale=profile.locale)


async def on_unsubscribe(update: Update, context: BotContext) -> None:
    """Remove every subscription."""
    profile = await _profile(update, context)
    reply = await asyncio.to_thread(subscriptions.unsubscribe_all, context.services.store,
                                    update.effective_chat.id, _lang(profile))
    await send_reply(context.bot, update.effective_chat.id, reply, locale=profile.locale)


async def on_button(update: Update, context: BotContext) -> None:
    """Toggle a topic, open the menu, Stop from a broadcast, or Remind me."""
    query = update.callback_query
    profile = await _profile(update, context)
    lang = _lang(profile)
    chat_id = update.effective_chat.id
    cb = decode(query.data)
    kb = context.services.knowledge.current
    store = context.services.store
    if cb is None:
        await acknowledge(query, profile.locale.convert(t("stale_button_toast", lang)))
        return
    if cb.action == "rem":
        zone = await asyncio.to_thread(context.services.brain.said_zone, chat_id)  # a city named earlier
        city = await asyncio.to_thread(context.services.brain.said_city, chat_id)  # as they wrote it
        reply = announcer_of(context).remind(chat_id, cb.arg(0), lang, zone, city)
    elif cb.action == "sub":
        reply = await asyncio.to_thread(subscriptions.toggle_topic, store, kb, chat_id,
                                        cb.arg(0), lang)
    elif cb.action == "stop":
        reply = await asyncio.to_thread(subscriptions.stop, store, kb, chat_id, lang, cb.arg(0))
    else:
        reply = await asyncio.to_thread(subscriptions.subscription_menu, store, kb, chat_id,
                                        lang)
    reply = in_script(reply, profile.locale)
    await acknowledge(query, reply.toast)  # never raises: a stale press still gets its reply
    edit = query.message if reply.mode == "edit" and query.message else None
    await send_reply(context.bot, chat_id, reply, edit=edit, locale=None)  # converted above


def register(app: Application) -> None:
    from bot.handlers.conversation import partner_chats

    partners = partner_chats(app) & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("subscribe", on_subscribe, filters=partners), group=GROUP)
    app.add_handler(CommandHandler("unsubscribe", on_unsubscribe, filters=partners), group=GROUP)
    app.add_handler(CallbackQueryHandler(on_button, pattern=BUTTONS), group=GROUP)


async def startup(app: Application) -> None:
    """Start the broadcasting service and follow knowledge reloads."""
    services = services_of(app)
    pacer = getattr(app.bot, "pacer", None)  # the one pace: broadcasts after replies
    service = await Broadcasting.start(BroadcastSettings.from_settings(services.settings),
                                       services.store, services.knowledge,
                                       JobQueueScheduler(app.job_queue),
                                       policy=getattr(app.bot, "policy", None),  # one policy
                                       pacer=pacer.lane(BULK) if pacer else None)
    services.features["broadcasting"] = service
    services.features["delivery"] = service.engine  # older callers
    services.features["announcer"] = service.announcer
    services.knowledge.on_change(service.on_knowledge_change)


async def shutdown(app: Application) -> None:
    """Finish the sends in flight; what is left stays queued in the database for next start."""
    service: Broadcasting | None = services_of(app).features.get("broadcasting") \
        if "services" in app.bot_data else None
    if service is not None:
        await service.stop()

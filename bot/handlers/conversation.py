"""Partners' messages, commands and button presses, answered by the transport-independent Brain.

Registered last (after subscriptions and admin), so its catch-all button handler only sees
presses no other feature claimed.

The Brain and the store run in worker threads (`asyncio.to_thread`): a database locked by
another process, a full disk or a slow answer never holds up the event loop, so polling and
everyone else's replies go on.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import (Application, CallbackQueryHandler, CommandHandler, MessageHandler,
                          filters)

from bot.context import BotContext
from bot.render import send_reply
from intents.reply import Reply
from intents.texts import t

log = logging.getLogger(__name__)

SUBJECT_COMMANDS = ("locations", "incentives", "catalog", "events", "contact", "language", "timezone")
PRIVATE = filters.ChatType.PRIVATE


async def profile_for(update: Update, context: BotContext):
    """Create or refresh the partner's profile from what Telegram tells us (off the loop; the
    store answers within its write wait even when the database is locked)."""
    user, chat = update.effective_user, update.effective_chat
    return await asyncio.to_thread(
        context.services.store.touch, chat.id, user_id=user.id if user else None,
        first_name=user.first_name if user else None,
        language_code=user.language_code if user else None)


async def deliver(update: Update, context: BotContext, reply: Reply, edit=None) -> None:
    """Send a reply, and forward its staff note (hand-off, interest) to the staff chat."""
    await send_reply(context.bot, update.effective_chat.id, reply, edit=edit)
    staff_chat = context.services.settings.bot_staff_chat_id
    if reply.staff_note and staff_chat:
        await context.bot.send_message(staff_chat, reply.staff_note)


async def on_text(update: Update, context: BotContext) -> None:
    """Answer free text."""
    profile = await profile_for(update, context)
    reply = await asyncio.to_thread(context.services.brain.reply_to_text,
                                    update.effective_chat.id, update.effective_message.text,
                                    profile)
    await deliver(update, context, reply)


async def on_command(update: Update, context: BotContext) -> None:
    """Answer /start, /help and the subject commands."""
    profile = await profile_for(update, context)
    message = update.effective_message
    command = message.text.split()[0][1:].split("@")[0].lower()
    reply = await asyncio.to_thread(context.services.brain.reply_to_command,
                                    update.effective_chat.id, command,
                                    " ".join(context.args or []), profile)
    await deliver(update, context, reply)


async def on_button(update: Update, context: BotContext) -> None:
    """Answer an inline button; stale or forged data gets a polite menu, never an exception."""
    query = update.callback_query
    profile = await profile_for(update, context)
    reply = await asyncio.to_thread(context.services.brain.reply_to_button,
                                    update.effective_chat.id, query.data, profile)
    await query.answer(reply.toast[:200] if reply.toast else None)
    if reply.toast and not reply.text:
        return
    await deliver(update, context, reply, edit=query.message if reply.mode == "edit" else None)


async def on_other_message(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice, files: say politely that only text is read."""
    profile = await profile_for(update, context)
    lang = context.services.brain.profile_lang(profile)
    await update.effective_message.reply_text(t("unsupported_media", lang))


def register(app: Application) -> None:
    app.add_handler(CommandHandler(["start", "help", *SUBJECT_COMMANDS], on_command))
    # Unknown commands in private chats get the help text rather than silence.
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND & filters.UpdateType.MESSAGE, on_command))
    app.add_handler(MessageHandler(PRIVATE & filters.TEXT & ~filters.COMMAND
                                   & filters.UpdateType.MESSAGE, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    # Groups: only commands are answered; other chatter in a group is not for us.
    app.add_handler(MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & ~filters.TEXT,
                                   on_other_message))


"""/mydata and /forget in Telegram: the Brain answers (intents.privacy); here the JSON file is
sent with the summary as its caption, and after /forget the flow state PTB holds in memory for the partner
(user_data, chat_data) is dropped too, so nothing is written back by the persistence.

Group 0, before `conversation`.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.context import BotContext
from bot.features import pattern
from bot.handlers.conversation import locale_of, profile_for
from bot.render import CAPTION_LIMIT, send_reply
from bot.send import acknowledge
from core.store import StoreUnavailable

GROUP = 0


async def on_mydata(update: Update, context: BotContext) -> None:
    """One message: the JSON file with the summary as its caption (two if it is too long)."""
    profile = await profile_for(update, context)
    chat_id = update.effective_chat.id
    reply = await asyncio.to_thread(context.services.brain.reply_to_command, chat_id, "mydata",
                                    "", profile)
    doc, locale = reply.document, profile.locale
    if doc is None:
        await send_reply(context.bot, chat_id, reply, locale=locale)
        return
    caption = f"{reply.text}\n\n{doc.caption or ''}".strip()
    if len(caption) <= CAPTION_LIMIT:
        await send_reply(context.bot, chat_id, reply.model_copy(update={
            "text": "", "document": doc.model_copy(update={"caption": caption})}), locale=locale)
        return
    await send_reply(context.bot, chat_id, reply.model_copy(update={"document": None}),
                     locale=locale)
    await send_reply(context.bot, chat_id, reply.model_copy(update={"text": ""}), locale=locale)


async def on_forget(update: Update, context: BotContext) -> None:
    """Ask for confirmation."""
    profile = await profile_for(update, context)
    chat_id = update.effective_chat.id
    reply = await asyncio.to_thread(context.services.brain.reply_to_command, chat_id, "forget",
                                    "", profile)
    await send_reply(context.bot, chat_id, reply, locale=profile.locale)


async def on_button(update: Update, context: BotContext) -> None:
    """Yes: delete everything (the Brain), then PTB's in-memory copy; No: keep it."""
    query = update.callback_query
    await acknowledge(query)
    chat_id = update.effective_chat.id
    reply = await asyncio.to_thread(_forget_button, context, chat_id, query.data)
    if reply.answer == "forget":
        context.user_data.clear()
        context.chat_data.clear()
        if update.effective_user:
            context.application.drop_user_data(update.effective_user.id)
        context.application.drop_chat_data(chat_id)
        await context.application.update_persistence()
    await send_reply(context.bot, chat_id, reply, edit=query.message,
                     locale=await locale_of(update, context))


def _forget_button(context: BotContext, chat_id: int, data: str):  # type: ignore[no-untyped-def]
    """The Brain's answer to Yes/No (Yes deletes through the store's writer); worker thread."""
    store = context.services.store
    try:
        profile = store.profile(chat_id)
    except StoreUnavailable:
        profile = None
    return context.services.brain.reply_to_button(chat_id, data, profile)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("mydata", on_mydata), group=GROUP)
    app.add_handler(CommandHandler("forget", on_forget), group=GROUP)
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern("privacy")), group=GROUP)

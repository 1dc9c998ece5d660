"""Partners' messages, commands and button presses, answered by the transport-independent Brain.

Registered last (after subscriptions and admin), so its catch-all button handler only sees
presses no other feature claimed.

The Brain and the store run in worker threads (`asyncio.to_thread`): a database locked by
another process, a full disk or a slow answer never holds up the event loop, so polling and
everyone else's replies go on. One hop per update, not one per store call: each hop waits for
a thread to be scheduled, which on a busy machine costs milliseconds.
"""

from __future__ import annotations

import asyncio
import logging
import re

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import BotContext
from bot.features import feature, staff_help
from bot.handlers import handoff
from bot.permissions import is_admin
from bot.render import send_reply
from bot.send import acknowledge
from core.i18n import Locale, partner_locale, t
from core.questions import questions_of
from core.store import Profile, StoreUnavailable
from intents.handoff import unstaffed_interest
from intents.lexicon import asks_question
from intents.reply import Reply, esc, in_script

log = logging.getLogger(__name__)

SUBJECT_COMMANDS = tuple(c.name for c in feature("conversation").commands)  # bot.features
PRIVATE = filters.ChatType.PRIVATE


def touch_profile(update: Update, context: BotContext) -> Profile:
    """Create or refresh the partner's profile from what Telegram tells us (in a worker
    thread: the store answers within its write wait even when the database is locked)."""
    user, chat = update.effective_user, update.effective_chat
    return context.services.store.touch(
        chat.id, user_id=user.id if user else None,
        first_name=user.first_name if user else None,
        language_code=user.language_code if user else None)


async def profile_for(update: Update, context: BotContext) -> Profile:
    """`touch_profile` off the event loop."""
    return await asyncio.to_thread(touch_profile, update, context)


def current_locale(update: Update, context: BotContext, lang: str | None = None) -> Locale:
    """The partner's language and script as they stand after this update (the Brain may just
    have learnt that they write Traditional Chinese); call it in a worker thread. `lang` is the
    reply's own: a Chinese copy of one answer for a partner who goes on in English ("用中文再說一次")
    is in their script though their language stays English. A store that cannot be read now
    gives the language Telegram reports (the reply itself is in the right one)."""
    store, chat_id = context.services.store, update.effective_chat.id
    try:
        return partner_locale(store.profile(chat_id), asked=lang)
    except StoreUnavailable:
        user = update.effective_user
        return partner_locale(language_code=user.language_code if user else None)


async def locale_of(update: Update, context: BotContext) -> Locale:
    """`current_locale` off the event loop."""
    return await asyncio.to_thread(current_locale, update, context)


async def deliver(update: Update, context: BotContext, reply: Reply, edit=None,
                  locale: Locale | None = None) -> None:
    """Send a reply; a handoff opens one with staff, else a staff note (interest) is forwarded.
    `locale` is the partner's as read after the answer (`current_locale`), read here if None.

    In a group the answer quotes the question, so everyone sees whose it is (and `gate` can
    refuse presses on its buttons by anyone else)."""
    if reply.handoff is not None:
        await handoff.start(update, context, reply, edit=edit)
        return
    if reply.interest and context.services.settings.bot_staff_chat_id is None:
        # nobody in a staff chat hears of the interest: the reply says so, and whom to write to
        reply = unstaffed_interest(reply, context.services.knowledge.current)
    await send_reply(context.bot, update.effective_chat.id, reply, edit=edit,
                     locale=locale or await locale_of(update, context),
                     reply_to=question_id(update))
    if reply.staff_note:
        await handoff.note_to_staff(context, update.effective_chat.id, reply.staff_note)


def question_id(update: Update) -> int | None:
    """In a group, the message an answer should quote: the command itself, or for a button the
    question its menu answered (so the next menu belongs to the same person)."""
    if update.effective_chat.type == "private":
        return None
    if update.message:
        return update.message.message_id
    menu = update.callback_query.message if update.callback_query else None
    if isinstance(menu, Message) and menu.reply_to_message:
        return menu.reply_to_message.message_id
    return None


async def on_text(update: Update, context: BotContext) -> None:
    """Answer free text."""
    # In a worker thread: besides the store, a message's sentence embedding (intents.semantic)
    # is ~20 ms of C code that must not stall the event loop.
    reply, locale = await asyncio.to_thread(text_turn, update, context)
    await deliver(update, context, reply, locale=locale)


def text_turn(update: Update, context: BotContext, text: str | None = None) -> tuple[Reply, Locale]:
    """The whole turn of a text message off the loop, in one hop: profile, answer, question
    log, and the locale the answer is sent in (`text`: a caption read as the message)."""
    profile = touch_profile(update, context)
    chat_id, text = update.effective_chat.id, text or update.effective_message.text
    reply = context.services.brain.reply_to_text(chat_id, text, profile)
    locale = current_locale(update, context, reply.lang)
    # Logged before it is sent, so staff reading /unanswered right after find it; as the partner
    # reads it (Traditional Chinese converted), since a handoff post quotes it to staff.
    questions_of(context.services.store).record(chat_id, text, in_script(reply, locale))
    return reply, locale


async def on_command(update: Update, context: BotContext) -> None:
    """Answer /start, /help and the subject commands."""
    command = update.effective_message.text.split()[0][1:].split("@")[0].lower()
    arg = " ".join(context.args or [])

    def turn() -> tuple[Reply, Locale]:  # one hop to a worker thread, as `text_turn`
        reply = context.services.brain.reply_to_command(
            update.effective_chat.id, command, arg, touch_profile(update, context))
        return reply, current_locale(update, context, reply.lang)

    reply, locale = await asyncio.to_thread(turn)
    await deliver(update, context, reply, locale=locale)
    if command == "help" and is_admin(update) and update.effective_chat.type == "private":
        # staff find their commands where partners do, in their own chat (never in a group
        # partners read)
        await send_reply(context.bot, update.effective_chat.id,
                         Reply(text=staff_help(locale.lang), lang=locale.lang), locale=None)


async def on_staff_help(update: Update, context: BotContext) -> None:
    """/help in the staff chat: how to answer a partner, and the staff commands."""
    lang = context.services.settings.bot_staff_lang
    await send_reply(context.bot, update.effective_chat.id,
                     Reply(text=staff_help(lang), lang=lang), locale=None)


async def on_button(update: Update, context: BotContext, adjust=None) -> None:  # type: ignore[no-untyped-def]
    """Answer an inline button; stale or forged data gets a polite menu, never an exception.
    `adjust` (async, Reply -> Reply) may change the reply before it is sent (the form's line
    when its partner taps 🙋 in the middle of it)."""
    query = update.callback_query

    def turn() -> tuple[Reply, Locale]:  # one hop to a worker thread, as `text_turn`
        reply = context.services.brain.reply_to_button(
            update.effective_chat.id, query.data, touch_profile(update, context))
        return reply, current_locale(update, context, reply.lang)

    reply, locale = await asyncio.to_thread(turn)
    if reply.interest and context.services.settings.bot_staff_chat_id is None:
        # (the ⭐ press's toast too: no "our team will contact you" with no staff chat)
        reply = unstaffed_interest(reply, context.services.knowledge.current)
    # Only the toast is converted here: the reply itself is put in the partner's script once,
    # where it is sent (`send_reply`).
    toast = locale.convert(reply.toast) if reply.toast and reply.lang == "zh" else reply.toast
    await acknowledge(query, toast)  # never raises: a stale press still gets its reply
    if reply.toast and not reply.text:
        return
    if adjust is not None:
        reply = await adjust(reply)
    await deliver(update, context, reply, edit=query.message if reply.mode == "edit" else None,
                  locale=locale)


async def on_other_message(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice, files: say politely that only text is read. A photo or file
    whose caption asks something ("can we rent costumes like this there?") gets that question
    answered, after one line saying the photo itself was not seen."""
    caption = update.effective_message.caption or ""
    if asks_question(caption):
        reply, locale = await asyncio.to_thread(text_turn, update, context, caption)
        if reply.handoff is None:
            seen = t("caption_answered", reply.lang)
            reply = reply.model_copy(update={"text": f"<i>{esc(seen)}</i>\n\n{reply.text}"})
        await deliver(update, context, reply, locale=locale)
        return
    locale = partner_locale(await profile_for(update, context))
    await update.effective_message.reply_text(locale.convert(t("unsupported_media", locale.lang)))


def partner_chats(app: Application) -> filters.BaseFilter:
    """Every chat but the staff chat: staff are never answered as if they were a partner."""
    staff = app.bot_data["settings"].bot_staff_chat_id
    return ~filters.Chat(staff) if staff else filters.ALL


class AddressedToBot(filters.MessageFilter):
    """A group message for the bot: it @mentions the bot or replies to one of its messages
    (what privacy mode lets through besides commands)."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        return bool(message.text and bot.username
                    and f"@{bot.username}".casefold() in message.text.casefold())


async def on_group_text(update: Update, context: BotContext) -> None:
    """Answer a question put to the bot in a group ("@hisda_bot ¿dónde está Hengdian?"), the
    mention taken out; it was silence, as any other chatter there is."""
    mention = re.compile(rf"@{re.escape(context.bot.username or '')}\b", re.IGNORECASE)
    text = mention.sub(" ", update.effective_message.text or "").strip()

    def turn() -> tuple[Reply, Locale]:
        if text:
            return text_turn(update, context, text)
        # the bare mention: the welcome and the topics, as /start gives them
        reply = context.services.brain.reply_to_command(
            update.effective_chat.id, "start", "", touch_profile(update, context))
        return reply, current_locale(update, context, reply.lang)

    reply, locale = await asyncio.to_thread(turn)
    await deliver(update, context, reply, locale=locale)


def register(app: Application) -> None:
    partners = partner_chats(app) & filters.UpdateType.MESSAGE  # edited messages never re-run
    staff = app.bot_data["settings"].bot_staff_chat_id
    if staff:
        app.add_handler(CommandHandler("help", on_staff_help,
                                       filters=filters.Chat(staff) & filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler(list(SUBJECT_COMMANDS), on_command,
                                   filters=partners))
    # Unknown commands in private chats get the help text rather than silence.
    app.add_handler(MessageHandler(partners & PRIVATE & filters.COMMAND, on_command))
    app.add_handler(MessageHandler(partners & PRIVATE & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    # Groups: commands and messages put to the bot are answered; other chatter is not for us.
    app.add_handler(MessageHandler(partners & ~PRIVATE & filters.TEXT & ~filters.COMMAND
                                   & AddressedToBot(), on_group_text))
    app.add_handler(MessageHandler(partners & PRIVATE & ~filters.TEXT, on_other_message))


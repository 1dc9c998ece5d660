"""What reaches the features at all: odd updates stopped or recorded before anyone answers.

Handlers in group -1 (seen before every feature; `ApplicationHandlerStop` ends an update here):
  edited commands             stopped: editing "/start" must not run it a second time
  an album (media_group_id)   only its first item goes on: ten photos, one reply
  a button pressed in a partners' group by someone other than the person the menu answered
                              refused with a toast (the menu is a reply to its owner's message;
                              in the staff chat every member may press)
  a button on a message we cannot see (inline, or deleted)
                              acknowledged; features handle `InaccessibleMessage` themselves
  my_chat_member              blocked/removed: the chat is marked inactive (no broadcasts);
                              unblocked/added: active again
"""

from __future__ import annotations

import logging
from collections import deque

from telegram import ChatMember, Message, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
    filters,
)

from bot.context import BotContext
from bot.send import acknowledge
from core.i18n import partner_locale, t

log = logging.getLogger(__name__)

GROUP = -1
ALBUMS_REMEMBERED = 20  # per chat: media_group_ids already answered
GONE = (ChatMember.BANNED, ChatMember.LEFT)  # "kicked" is how a private block is reported


async def stop_edited_command(update: Update, context: BotContext) -> None:
    """An edited command was already answered when it was first sent."""
    log.info("ignoring an edited command in chat %s", update.effective_chat.id)
    raise ApplicationHandlerStop


async def one_reply_per_album(update: Update, context: BotContext) -> None:
    """Let the first item of an album through; stop the other nine."""
    group_id = update.effective_message.media_group_id
    seen: deque[str] = context.chat_data.setdefault("albums", deque(maxlen=ALBUMS_REMEMBERED))
    if group_id in seen:  # no await between check and add: concurrent updates cannot both pass
        raise ApplicationHandlerStop
    seen.append(group_id)


class InAlbum(filters.MessageFilter):
    """Messages that are part of an album (several photos or videos sent together)."""

    def filter(self, message: Message) -> bool:
        return message.media_group_id is not None


def menu_owner(message: object) -> int | None:
    """Who a group menu answers: the author of the message our menu replied to."""
    if not isinstance(message, Message) or message.reply_to_message is None:
        return None
    author = message.reply_to_message.from_user
    return author.id if author and not author.is_bot else None


async def check_button(update: Update, context: BotContext) -> None:
    """Refuse presses on someone else's group menu; acknowledge presses we cannot place."""
    query = update.callback_query
    if update.effective_chat is None:  # inline message or no message at all: nothing to answer in
        await acknowledge(query)
        raise ApplicationHandlerStop
    if update.effective_chat.type == "private" or \
            update.effective_chat.id == context.services.settings.bot_staff_chat_id:
        return  # staff share their chat's buttons (hand-off cards, composer previews)
    owner = menu_owner(query.message)
    if owner is not None and owner != query.from_user.id:
        profile = context.services.store.profile(query.from_user.id)
        locale = partner_locale(profile, language_code=query.from_user.language_code)
        await acknowledge(query, locale.convert(t("not_your_button", locale.lang)))
        raise ApplicationHandlerStop


async def on_membership(update: Update, context: BotContext) -> None:
    """Record being blocked, removed from a group, or brought back."""
    change = update.my_chat_member
    chat, status = change.chat, change.new_chat_member.status
    store = context.services.store
    who = change.from_user.id if change.from_user else "?"
    if status in GONE:
        store.mark_inactive(chat.id, f"my_chat_member: {status} by {who}")
        log.info("chat %s (%s) %s the bot: marked inactive", chat.id, chat.type, status)
    else:
        store.touch(chat.id)
        log.info("chat %s (%s): bot is %s again: active", chat.id, chat.type, status)


def register(app: Application) -> None:
    edited_command = filters.UpdateType.EDITED_MESSAGE & filters.COMMAND
    app.add_handler(MessageHandler(edited_command, stop_edited_command), group=GROUP)
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & InAlbum(), one_reply_per_album),
                    group=GROUP)
    app.add_handler(CallbackQueryHandler(check_button), group=GROUP)
    app.add_handler(ChatMemberHandler(on_membership, ChatMemberHandler.MY_CHAT_MEMBER),
                    group=GROUP)

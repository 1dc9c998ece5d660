"""Human handoff in Telegram, both ways: partner ↔ a post (or forum topic) in the staff chat.

- A reply with `Reply.handoff` set (🙋 button, "can someone call me?", honest gaps) opens a
  handoff: the partner hears when a person will answer and gets "back to the assistant"; the
  staff chat (BOT_STAFF_CHAT_ID) gets ONE post with who, language, zone, country, subject,
  question, recent messages and Claim / Close buttons. In a forum supergroup each partner has
  their own topic (the bot needs the "Manage topics" admin right); otherwise staff reply to it.
- A staff member's reply to that post, to anything relayed under it, or any message in the
  partner's topic goes to the partner, labelled with the staff member's first name, in the
  partner's language (text; photos, files and the rest via copyMessage). Only members of the
  staff chat are relayed (getChatMember, cached); anything else there is ignored.
- While a handoff is open, what the partner writes goes to the same thread. Until a staff
  member claims or answers, the bot still answers what it knows for sure (noting it in the
  thread); otherwise the partner gets one short line that their message reached the team, on
  the first message and again only after a quiet while (`on_partner_message`). Staff close with the button or /close (in the topic or as a reply); the partner
  with "back to the assistant". A reply to a closed handoff's thread reopens it.

Everything is in SQLite (`core.handoffs`), so relaying survives restarts. Handlers in group -1
see messages first and stop the update when they relay (ApplicationHandlerStop); otherwise the
ordinary handlers answer as usual. Let the bot see every staff message: make it an admin of the
staff chat (admins are not subject to privacy mode) or turn privacy mode off in @BotFather.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from zoneinfo import ZoneInfo

from telegram import Message, ReplyParameters, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot import flows
from bot.context import BotContext
from bot.features import staff_commands
from bot.permissions import audit_of, refuse_press
from bot.render import keyboard, send_reply, split_html
from bot.send import acknowledge
from core.handoffs import INQUIRY, Handoff, Handoffs, handoffs_of
from core.i18n import Lang, Locale, partner_locale, t
from core.inquiries import Inquiries
from core.questions import plain, questions_of
from core.store import StoreUnavailable
from intents import handoff as words
from intents.callbacks import decode
from intents.handoff_words import asks_for_person, chases_reply, for_the_team, leaves_handoff
from intents.lexicon import asks_question
from intents.menu import ask_person_row, topic_menu
from intents.nlu.language import detect
from intents.reply import Reply, esc, in_script
from intents.timezones import zone_said

log = logging.getLogger(__name__)

EARLY = -1  # handler group that sees messages before every feature
STAFF_STATUSES = frozenset({"creator", "administrator", "member"})
MEMBER_TTL = 600.0  # seconds a staff-chat membership answer is trusted
# Staff commands that still work in the staff chat (their handlers check BOT_ADMIN_IDS),
# and /help, which shows them (`bot.handlers.conversation.on_staff_help`); /close is this module's.
PASS_THROUGH = (staff_commands() - {"close"}) | {"help"}
CAPTIONED = ("photo", "document", "video", "audio", "voice", "animation")
RELAY_RECEIPT_AFTER = 8.0
"""Seconds a partner's message may wait to reach the staff chat before the partner is told it is
on its way. Telegram lets a bot post about 20 messages a minute in one group (PTB's
AIORateLimiter holds the rest back), so with several hand-offs open, relays queue for seconds."""
LEAD_READ_TIMEOUT = 60.0
"""Seconds Telegram may take to answer an inquiry's post before it is sent again. Telegram has no
idempotency key, so a resend after a time-out is the same lead twice in the staff chat; the
partner has had their thanks by then and loses nothing by the wait."""
POSTS = "handoff_posts"
"""bot_data key: {handoff id: (staff post id, forum topic)} for posts made by this process, so
relaying works while the store still has the post id queued (the database locked)."""


def staff_lang(context: BotContext) -> Lang:
    """The staff chat's language (BOT_STAFF_LANG)."""
    return context.services.settings.bot_staff_lang


def _store(context: BotContext) -> Handoffs:
    return handoffs_of(context.services.store)


def _staff_chat(context: BotContext) -> int | None:
    return context.services.settings.bot_staff_chat_id


async def _is_forum(context: BotContext, chat_id: int) -> bool:
    """Whether the staff chat has topics (asked once per process)."""
    key = ("staff_is_forum", chat_id)
    if key not in context.bot_data:
        try:
            context.bot_data[key] = bool((await context.bot.get_chat(chat_id)).is_forum)
        except TelegramError:
            log.warning("could not read the staff chat %s", chat_id, exc_info=True)
            return False
    return context.bot_data[key]


async def is_staff(context: BotContext, user_id: int) -> bool:
    """A current member of the staff chat (getChatMember, cached for MEMBER_TTL seconds)."""
    staff_chat = _staff_chat(context)
    if staff_chat is None:
        return False
    cache: dict[int, tuple[bool, float]] = context.bot_data.setdefault("staff_members", {})
    hit = cache.get(user_id)
    if hit and hit[1] > time.monotonic():
        return hit[0]
    try:
        member = await context.bot.get_chat_member(staff_chat, user_id)
        ok = member.status in STAFF_STATUSES
    except BadRequest:
        ok = False
    cache[user_id] = (ok, time.monotonic() + MEMBER_TTL)
    return ok


async def _to_thread(context: BotContext, h: Handoff, text: str,
                     read_timeout: float | None = None, **kw) -> Message:
    """Post in the handoff's thread: its forum topic, or as a reply to its post. A text over
    Telegram's 4096 characters (a partner's long brief under its label) goes in several
    messages (`split_html`), buttons on the last; the first is returned. A topic staff
    deleted while the handoff is open gets a fresh one first (`_in_thread`)."""
    async def send(h: Handoff) -> Message:
        sent: list[Message] = []
        chunks = split_html(text)
        for i, chunk in enumerate(chunks):
            sent.append(await context.bot.send_message(
                h.staff_chat_id, chunk, parse_mode=ParseMode.HTML,
                message_thread_id=h.staff_thread_id,
                reply_parameters=ReplyParameters(h.staff_message_id, allow_sending_without_reply=True)
                if h.staff_message_id and not h.staff_thread_id else None,
                **_patient(read_timeout), **(kw if i == len(chunks) - 1 else {})))
        return sent[0]

    return await _in_thread(context, h, send)


def _topic_gone(exc: BadRequest) -> bool:
    """Telegram's answer to a send into a forum topic that was deleted."""
    text = str(exc).lower()
    return "thread not found" in text or "topic_deleted" in text


async def _in_thread(context: BotContext, h: Handoff, send):  # type: ignore[no-untyped-def]
    """`send(h)` into the handoff's thread. When staff deleted its forum topic and the handoff
    is still open, the handoff moves to a fresh topic (`_retopic`) and `send` goes there: what
    the partner writes is never lost, and never stuck failing on a topic that is gone. A
    closed handoff's gone topic raises as before (nothing to re-open a topic for)."""
    try:
        return await send(h)
    except BadRequest as exc:
        if not h.staff_thread_id or not _topic_gone(exc):
            raise
        moved = await _retopic(context, h, h.staff_thread_id)
        if moved is None:
            raise
    return await send(moved)


RETOPIC = "handoff_retopic"  # bot_data: chat id -> the lock `_retopic` moves a handoff under


async def _retopic(context: BotContext, h: Handoff, gone: int) -> Handoff | None:
    """Move an open handoff whose topic `gone` was deleted to a fresh topic: its post again
    there (who, subject, question, recent messages, Claim / Close), the row pointed at it.
    Sends that met the same deleted topic at once share one new topic (a lock per partner;
    the second finds the handoff moved already). None when the handoff is no longer open."""
    store = _store(context)
    locks: dict[int, asyncio.Lock] = context.bot_data.setdefault(RETOPIC, {})
    async with locks.setdefault(h.chat_id, asyncio.Lock()):
        current = (await _db(store.get, h.id)) if h.id else _pending(context, h.chat_id)
        current = _with_post(context, current) if current is not None else None
        if current is None or not current.active or current.staff_chat_id is None:
            return None
        if current.staff_thread_id != gone:
            return current  # moved already, by a send that met the deleted topic first
        user = await _partner_user(context, current)
        profile = await _db(_profile, context, current.chat_id)
        history = await _db(questions_of(context.services.store).recent, current.chat_id,
                            words.HISTORY + 1)
        partner = words.who(user.first_name if user else None, user.last_name if user else None,
                            user.username if user else None, current.user_id, current.chat_id)
        about = words.subject_label(context.services.knowledge.current, current.subject or "",
                                    staff_lang(context))
        said = await _db(_said_zone, context, current.chat_id)
        text = words.staff_post(current.id or "…", about, partner, profile,
                                partner_locale(profile).lang, current.question or "", history,
                                staff_lang(context), said_zone=said)
        markup = keyboard(Reply(text="", buttons=words.staff_buttons(
            current.id, staff_lang(context), claimed=bool(current.claimed_by)))) if current.id else None
        sent, thread = await _post(context, current.staff_chat_id, current.chat_id, user, text,
                                   markup, fresh=True)
        log.warning("handoff %s's topic %s is gone; moved to %s", current.id, gone, thread)
        moved = dataclasses.replace(current, staff_message_id=sent.message_id, staff_thread_id=thread)
        if current.id:
            context.bot_data.setdefault(POSTS, {})[current.id] = (sent.message_id, thread)
            await _db(store.set_post, current.id, sent.message_id, thread)
        else:
            context.bot_data.setdefault(PENDING, {})[current.chat_id] = moved
        return moved


async def _partner_user(context: BotContext, h: Handoff):  # type: ignore[no-untyped-def]
    """The partner's private chat (first_name, last_name, username, as a user has), or None."""
    try:
        return await context.bot.get_chat(h.chat_id)
    except TelegramError:
        log.info("could not read chat %s for its new topic's name", h.chat_id)
        return None


def _patient(read_timeout: float | None) -> dict[str, float]:
    """`read_timeout` for a send when given (None is PTB's "wait forever", so it is left out)."""
    return {} if read_timeout is None else {"read_timeout": read_timeout}


async def _db(fn, *args, **kw):  # type: ignore[no-untyped-def]
    """A store call in a worker thread: a locked or failing database never holds up the loop."""
    return await asyncio.to_thread(fn, *args, **kw)


def _profile(context: BotContext, chat_id: int):  # type: ignore[no-untyped-def]
    """The stored profile; None when there is none or the store cannot be read now."""
    try:
        return context.services.store.profile(chat_id)
    except StoreUnavailable:
        return None


async def _partner_locale(context: BotContext, chat_id: int) -> Locale:
    """The partner's language and script: every text this module sends them goes through it
    (`Locale.convert`), so a Traditional Chinese reader never gets a Simplified line."""
    return partner_locale(await _db(_profile, context, chat_id))


# -- opening ---------------------------------------------------------------------------------
async def start(update: Update, context: BotContext, reply: Reply, edit=None) -> None:
    """Open (or continue) the handoff for staff, then tell the partner when a person answers.

    Staff are posted to first: if that fails, the partner gets only the contacts (never a
    promise nobody will keep) and the error handler reports it."""
    staff_chat = _staff_chat(context)
    chat, message = update.effective_chat, update.effective_message
    if staff_chat is None:  # nobody to hand over to: say only what is true (noted; the contacts)
        log.warning("handoff for chat %s but BOT_STAFF_CHAT_ID is not set", chat.id)
        await _note_unstaffed(update, context, reply)
        await send_reply(context.bot, chat.id, words.unstaffed_reply(reply, context.services.knowledge.current),
                         edit=edit, locale=partner_locale(await _db(_profile, context, chat.id)))
        return
    store, services = _store(context), context.services
    profile = await _db(_profile, context, chat.id)
    typed = message.text if message and update.message and message.text else ""
    # Updates run concurrently: two quick requests ("¿me pasan con un asesor?", then "¿alguien
    # me puede llamar?") must open one handoff, not two posts and two notices.
    async with _opening(context, chat.id):
        active = await _db(store.active, chat.id) or _pending(context, chat.id)
        if active is None:
            try:
                await _open(update, context, reply, typed)
            except TelegramError:
                await send_reply(context.bot, chat.id, reply, edit=edit,
                                 locale=partner_locale(profile))
                raise
    if active is not None and typed:
        await relay_from_partner(context, _with_post(context, active), message)
    shown = words.partner_reply(reply, services.knowledge.current, profile,
                                services.brain.clock(), services.settings.tz, active is not None,
                                zone=await _db(_said_zone, context, chat.id))
    await send_reply(context.bot, chat.id, shown, edit=edit, locale=partner_locale(profile))


async def _note_unstaffed(update: Update, context: BotContext, reply: Reply) -> None:
    """Keep the request for a person with no staff chat to post it to: a closed handoff row
    (subject and question, no staff post) staff find on the dashboard, queued behind a locked
    database rather than holding up the partner's answer."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    typed = message.text if message and update.message and message.text else ""
    history = await _db(questions_of(context.services.store).recent, chat.id, words.HISTORY + 1)
    try:
        await _db(_store(context).open_queued, chat.id, user.id if user else None, reply.handoff or "",
                  typed or words.last_question(history), None, waiting=True)
    except StoreUnavailable:
        log.warning("could not note chat %s's request for a person", chat.id, exc_info=True)
    # "when will they reply?" next is answered as this reply said: nobody replies here
    try:
        await asyncio.to_thread(context.services.brain.note_unstaffed, chat.id, reply.handoff or "")
    except StoreUnavailable:
        log.info("could not note chat %s's unstaffed request in its memory", chat.id)


def _opening(context: BotContext, chat_id: int) -> asyncio.Lock:
    """The partner's lock around "is a handoff open? else open one" (one per partner who ever
    asked for a person this run: few, and small)."""
    locks: dict[int, asyncio.Lock] = context.bot_data.setdefault(OPENING, {})
    return locks.setdefault(chat_id, asyncio.Lock())


async def _open(update: Update, context: BotContext, reply: Reply, typed: str) -> Handoff:
    """A new handoff and its one post (in the partner's topic when the staff chat is a forum);
    closed again if the post cannot be made."""
    store, services, staff_chat = _store(context), context.services, _staff_chat(context)
    assert staff_chat is not None
    chat, user = update.effective_chat, update.effective_user
    profile = await _db(_profile, context, chat.id)
    # The question log is written behind the replies: let what is queued land (briefly, and
    # not at all while the database is locked) so the post shows the latest messages.
    await _db(services.store.flush, 0.0 if services.store.stuck else 0.5)
    history = await _db(questions_of(services.store).recent, chat.id, words.HISTORY + 1)
    question = typed or words.last_question(history)
    subject = reply.handoff or ""
    h, saved = await _db(store.open_queued, chat.id, user.id if user else None, subject,
                         question, staff_chat)
    partner = words.who(user.first_name if user else None, user.last_name if user else None,
                        user.username if user else None, user.id if user else None, chat.id)

    about = words.subject_label(services.knowledge.current, subject, staff_lang(context))
    said = await _db(_said_zone, context, chat.id)  # the city the partner said they are in

    def post_of(handoff_id: int | str) -> str:
        return words.staff_post(handoff_id, about, partner, profile, reply.lang, question,
                                history, staff_lang(context), said_zone=said)

    if h is None:  # the database is locked: staff hear of it now, the row is saved later
        return await _open_unsaved(context, chat.id, user, saved, post_of)
    markup = keyboard(Reply(text="", buttons=words.staff_buttons(h.id, staff_lang(context))))
    try:
        sent, thread = await _with_receipt(
            context, chat.id, _post(context, staff_chat, chat.id, user, post_of(h.id), markup))
    except TelegramError:
        await _db(store.close, h.id)
        raise
    context.bot_data.setdefault(POSTS, {})[h.id] = (sent.message_id, thread)
    await _db(store.set_post, h.id, sent.message_id, thread)
    return h


def _with_post(context: BotContext, h: Handoff) -> Handoff:
    """`h` with its staff post: the store's, else the one this process made and whose
    `set_post` is still queued behind a database lock."""
    posts: dict[int, tuple[int, int | None]] = context.bot_data.get(POSTS, {})
    if h.staff_message_id is not None:
        posts.pop(h.id, None)  # stored: no need to remember it here any more
        return h
    if h.id in posts:
        message_id, thread = posts[h.id]
        return dataclasses.replace(h, staff_message_id=message_id, staff_thread_id=thread)
    return h


# -- while the database is locked -----------------------------------------------------------
OPENING = "handoff_opening"  # bot_data: chat id -> the lock `start` opens a handoff under
PENDING = "handoffs_unsaved"  # bot_data: chat id -> the handoff whose row is still queued
SAVING = "handoffs_saving"  # bot_data: chat id -> the Future of that row's id


async def is_open(context: BotContext, chat_id: int) -> bool:
    """Whether a person has this partner's conversation now (an open or claimed handoff, or
    one whose row still waits for a locked database)."""
    return _pending(context, chat_id) is not None or await _db(_store(context).active, chat_id) is not None


def _pending(context: BotContext, chat_id: int) -> Handoff | None:
    """The partner's handoff posted to staff while its row waits for the database."""
    return context.bot_data.get(PENDING, {}).get(chat_id)


def _pending_for_staff(context: BotContext, message: Message) -> Handoff | None:
    """The unsaved handoff a staff message answers (by the post it replies to, or its topic)."""
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    thread = message.message_thread_id if message.is_topic_message else None
    for h in context.bot_data.get(PENDING, {}).values():
        if h.staff_chat_id == message.chat_id and (
                (replied and replied == h.staff_message_id)
                or (thread and thread == h.staff_thread_id)):
            return h
    return None


async def _open_unsaved(context: BotContext, chat_id: int, user, saved, post_of) -> Handoff:
    """Post to staff at once, without buttons (there is no id yet), and keep the handoff in
    memory so relaying works both ways meanwhile; once the database takes the queued row,
    the post gets its id and its Claim / Close buttons and the row its post."""
    staff_chat = _staff_chat(context)
    assert staff_chat is not None
    try:
        sent, thread = await _post(context, staff_chat, chat_id, user, post_of("…"))
    except TelegramError:
        _store(context).close_when_saved(saved)
        raise
    posted = _store(context).set_post_when_saved(saved, sent.message_id, thread)
    h = Handoff(id=0, chat_id=chat_id, user_id=user.id if user else None, opened="",
                status="open", subject="", question="", staff_chat_id=staff_chat,
                staff_message_id=sent.message_id, staff_thread_id=thread, claimed_by=None,
                first_staff_reply=None, closed=None)
    context.bot_data.setdefault(PENDING, {})[chat_id] = h
    context.bot_data.setdefault(SAVING, {})[chat_id] = saved
    log.warning("handoff for chat %s posted to staff; its row waits for the database", chat_id)
    task = asyncio.create_task(_when_saved(context, chat_id, saved, posted, sent, post_of))
    tasks: set = context.bot_data.setdefault("handoff_tasks", set())
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return h


async def _when_saved(context: BotContext, chat_id: int, saved, posted, sent: Message,
                      post_of) -> None:
    """The queued row is written: give the staff post its id and buttons (unless the partner
    went back to the assistant meanwhile)."""
    try:
        handoff_id = await asyncio.wrap_future(saved)
        await asyncio.wrap_future(posted)
    except Exception:  # dropped (too many waiting) or failed: say it in the log
        log.exception("the handoff of chat %s could not be saved", chat_id)
        return
    finally:
        still_open = context.bot_data.get(PENDING, {}).pop(chat_id, None) is not None
        context.bot_data.get(SAVING, {}).pop(chat_id, None)
    if not still_open:
        return
    buttons = words.staff_buttons(handoff_id, staff_lang(context))
    try:
        await context.bot.edit_message_text(
            post_of(handoff_id), sent.chat_id, sent.message_id, parse_mode=ParseMode.HTML,
            reply_markup=keyboard(Reply(text="", buttons=buttons)))
    except TelegramError:
        log.warning("could not add the buttons to handoff %s's post", handoff_id, exc_info=True)


async def _post(context: BotContext, staff_chat: int, chat_id: int, user, text: str,
                markup=None, read_timeout: float | None = None,
                fresh: bool = False) -> tuple[Message, int | None]:
    """Post `text` (HTML) in the partner's forum topic (a new one if `fresh`), or in the chat;
    (message, topic)."""
    async def post_in(thread: int | None) -> Message:
        return await context.bot.send_message(
            staff_chat, text, parse_mode=ParseMode.HTML, message_thread_id=thread,
            reply_markup=markup, **_patient(read_timeout))

    thread = await _topic(context, staff_chat, chat_id, user, fresh=fresh)
    try:
        return await post_in(thread), thread
    except BadRequest as exc:
        if thread is None or not _topic_gone(exc):
            raise
        # Staff deleted the partner's old topic: open a new one.
        thread = await _topic(context, staff_chat, chat_id, user, fresh=True)
        return await post_in(thread), thread


async def post_inquiry(context: BotContext, chat_id: int, user, summary: str) -> int:
    """Post a sent inquiry's summary (HTML) where staff answer this partner, so a staff reply
    to it goes through the handoff relay: into the open handoff's thread if there is one,
    else as the post of a new waiting handoff (`Handoffs.open(waiting=True)`), which the
    first staff reply opens. Returns the summary's message id; raises TelegramError.

    A lead is posted once: a slow answer from Telegram is waited for (`LEAD_READ_TIMEOUT`, as
    the broadcast engine waits), not taken for a lost post and sent again (a time-out after
    Telegram took it put the same inquiry in the staff chat three times)."""
    store, staff_chat = _store(context), _staff_chat(context)
    assert staff_chat is not None
    active = await _db(store.active, chat_id)
    if active is not None and active.staff_message_id:
        sent = await _to_thread(context, active, summary, read_timeout=LEAD_READ_TIMEOUT)
        await _db(store.relay, active, "partner", plain(summary), staff_message_id=sent.message_id)
        return sent.message_id
    h, saved = await _db(store.open_queued, chat_id, user.id if user else None, INQUIRY,
                         plain(summary), staff_chat, waiting=True)
    if h is None:
        # The database is locked: the lead reaches staff now (without Claim / Close, which need
        # the row's id); the thread is recorded on the row once the store takes it, and a reply
        # to the summary then reaches the partner (it raised, and the lead never reached staff).
        sent, thread = await _post(context, staff_chat, chat_id, user, summary,
                                   read_timeout=LEAD_READ_TIMEOUT)
        await _db(store.set_post_when_saved, saved, sent.message_id, thread)
        return sent.message_id
    markup = keyboard(Reply(text="", buttons=words.staff_buttons(h.id, staff_lang(context))))
    sent, thread = await _post(context, staff_chat, chat_id, user, summary, markup,
                               read_timeout=LEAD_READ_TIMEOUT)
    context.bot_data.setdefault(POSTS, {})[h.id] = (sent.message_id, thread)  # `_posted`
    await _db(store.set_post, h.id, sent.message_id, thread)
    return sent.message_id


async def _topic(context: BotContext, staff_chat: int, chat_id: int, user,
                 fresh: bool = False) -> int | None:
    """The partner's forum topic in a forum staff chat (created once, then reused; `fresh`
    creates a new one)."""
    if not await _is_forum(context, staff_chat):
        return None
    known = None if fresh else await _db(_store(context).topic_of, chat_id, staff_chat)
    if known:
        return known
    name = " ".join(p for p in (user.first_name, user.last_name) if p) if user else "Partner"
    if user and user.username:
        name += f" @{user.username}"
    try:
        topic = await context.bot.create_forum_topic(staff_chat, f"{name} · {chat_id}"[:128])
    except BadRequest:
        log.warning("could not create a forum topic in %s; posting in General", staff_chat,
                    exc_info=True)
        return None
    return topic.message_thread_id


async def note_to_staff(context: BotContext, chat_id: int, note: str) -> None:
    """A plain-text note about a partner ("⭐ … is interested in …") where staff talk to them:
    in the thread of their open handoff, so whoever has it sees it; else in the staff chat."""
    staff_chat, handoffs = _staff_chat(context), _store(context)
    if staff_chat is None:
        return
    h = await _db(handoffs.active, chat_id) if handoffs.may_be_active(chat_id) is not False else None
    h = _with_post(context, h) if h is not None else None
    if h is not None and h.staff_message_id:
        await _to_thread(context, h, esc(note))
    else:
        await context.bot.send_message(staff_chat, note)


# -- partner → staff ---------------------------------------------------------------------------
async def relay_from_partner(context: BotContext, h: Handoff, message: Message) -> None:
    """Put a partner's message into the handoff's thread (text labelled; media copied)."""
    name = esc(message.from_user.first_name if message.from_user else "Partner")
    text = message.text or message.caption or ""
    label = t("staff_partner_says", staff_lang(context), name=name, id=h.id, text=esc(text))
    if message.text:
        send = _to_thread(context, h, label)
    else:
        if not _captioned(message):  # a pin, a sticker: no caption, so who sent it goes first
            pin = _pin_line(context, message, staff_lang(context))
            label = t("staff_partner_says", staff_lang(context), name=name, id=h.id, text=pin)
            await _with_receipt(context, message.chat_id, _to_thread(context, h, label))
            text = plain(pin)
        send = _in_thread(context, h, lambda h: context.bot.copy_message(
            h.staff_chat_id, message.chat_id, message.message_id,
            caption=label[:1024] if _captioned(message) else None, parse_mode=ParseMode.HTML,
            message_thread_id=h.staff_thread_id,
            reply_parameters=ReplyParameters(h.staff_message_id, allow_sending_without_reply=True)
            if not h.staff_thread_id else None))
    staff_message_id = (await _with_receipt(context, message.chat_id, send)).message_id
    if h.id:  # an unsaved handoff (database locked) keeps no relay rows
        await _db(_store(context).relay, h, "partner", text, staff_message_id=staff_message_id,
                  partner_message_id=message.message_id)


async def _with_receipt(context: BotContext, chat_id: int, send):  # type: ignore[no-untyped-def]
    """Await `send` (a relay, or a new handoff's post); if it waits longer than
    RELAY_RECEIPT_AFTER (the staff chat over Telegram's per-group limit), tell the partner
    their message is on its way meanwhile."""
    task = asyncio.ensure_future(send)
    try:
        return await asyncio.wait_for(asyncio.shield(task), RELAY_RECEIPT_AFTER)
    except TimeoutError:
        log.info("relay from chat %s waits for the staff chat; the partner is told", chat_id)
        try:
            locale = await _partner_locale(context, chat_id)
            await context.bot.send_message(
                chat_id, locale.convert(t("handoff_relay_queued", locale.lang)))
        except TelegramError:
            log.warning("could not tell chat %s its message is on its way", chat_id)
        return await task
    except asyncio.CancelledError:
        task.cancel()
        raise


def _pin_line(context: BotContext, message: Message, lang: Lang) -> str:
    """The line naming a relayed map pin or venue in `lang` (Telegram gives a location no
    caption); "" for anything else."""
    where = message.venue.location if message.venue else message.location
    if where is None:
        return ""
    return words.pin_line(context.services.knowledge.current, where.latitude, where.longitude,
                          message.venue.title if message.venue else None, lang)


def _captioned(message: Message) -> bool:
    return any(getattr(message, kind) for kind in CAPTIONED)


async def _relaying(context: BotContext, chat_id: int) -> Handoff | None:
    """The partner's open handoff whose thread their messages go to, or None."""
    handoffs = _store(context)
    if handoffs.may_be_active(chat_id) is None:
        await _db(handoffs.load_live)  # once per process
    if not handoffs.may_be_active(chat_id) and _pending(context, chat_id) is None:
        return None  # nearly every message: no handoff, and no worker thread to find that out
    h = await _db(handoffs.active, chat_id) or _pending(context, chat_id)
    if h is not None:
        h = _with_post(context, h)
    return None if h is None or h.staff_message_id is None else h


async def on_partner_message(update: Update, context: BotContext) -> None:
    """While a handoff is open, the partner's messages go to staff (except the answers to a
    form the partner opened meanwhile, e.g. /inquiry), and the partner is never left in silence:

    - until a staff member has claimed or answered, a question the bot answers confidently (a
      fact, a FAQ, a list: `words.answers_alone`) is answered as usual, with one line that the
      team has the conversation too, and the thread gets a note of it so nobody answers twice;
    - otherwise one short line says the message reached the team (and, with the office closed,
      when to expect a reply): on the first message after the handoff opened, then only after
      BOT_HANDOFF_ACK_MINUTES without a line from the bot or a staff member. Once staff lead
      the conversation, that line is all the bot says."""
    h = await _relaying(context, update.effective_chat.id)
    if h is None:
        if not flows.in_flow(context):
            await _chase_after_leaving(update, context)
        return  # not in a handoff: the ordinary handlers answer
    if flows.in_flow(context) and await flows.answers_flow(update, context):
        return  # the answer to a form opened during the handoff: the form takes it
    await _recall_staff_name(context, h)
    asked = context.bot_data.get(STAFF_ASKED, {}).pop(_key(h), None)  # the first message since staff wrote
    # (a message the open form sets aside, "thanks", "any news?", a question, is meant for the
    # conversation: it goes to the team like any other, and the form keeps waiting)
    try:
        await relay_from_partner(context, h, update.effective_message)
    except TelegramError as exc:  # the send policy has logged, counted and reported it
        log.warning("could not relay chat %s's message to staff: %s", h.chat_id, exc)
        locale = await _partner_locale(context, h.chat_id)
        await context.bot.send_message(
            h.chat_id, locale.convert(t("handoff_relay_failed", locale.lang)))
        raise ApplicationHandlerStop from None
    typed = update.effective_message.text or ""
    if typed and leaves_handoff(typed):
        # "never mind the person, I figured it out", "不用转人工了": as the "back" button; a
        # question in the same message is then answered by the ordinary handlers
        asking = asks_question(typed)
        await _leave(context, h, update.effective_user.first_name if update.effective_user else "Partner")
        locale = await _partner_locale(context, h.chat_id)
        await send_reply(context.bot, h.chat_id, Reply(
            text=t("handoff_left_words", locale.lang) if asking else t("handoff_back_done", locale.lang),
            lang=locale.lang, buttons=[] if asking else topic_menu(locale.lang)), locale=locale)
        if asking:
            return
        raise ApplicationHandlerStop
    if typed and chases_reply(typed):  # "any news?": the team has it, and how to reach them
        await _answer_chase(context, h, typed)
        raise ApplicationHandlerStop
    if typed and asks_for_person(typed):
        await flows.hand_over(context, h.chat_id)  # a form open meanwhile: its answers to the team
        # asked again while it is open ("麻煩請專人聯絡我" right after "可以幫我轉人工嗎？", now
        # that one chat's messages are answered in order): relayed, and one line, as when both
        # requests met in `start`
        locale = await _partner_locale(context, h.chat_id)
        shown = words.partner_reply(Reply(text="", lang=locale.lang), context.services.knowledge.current,
                                    None, context.services.brain.clock(), context.services.settings.tz, True)
        await send_reply(context.bot, h.chat_id, shown, locale=locale)
        _spoke(context, h)
        raise ApplicationHandlerStop
    if typed and for_the_team(typed):
        # "one more thing for the team: we shoot in March with 25 crew", "dígale al equipo que…",
        # "请转告他们…", "팀에 전해 주세요": said to the team, not asked of the bot; it went to them,
        # and the partner is told so every time (not answered as a new question)
        await _acknowledge_relay(context, h)
        raise ApplicationHandlerStop
    # what the bot can do or knows for sure (a calendar file, a reminder, a subscription, a fact
    # from the files) it does at once, before and after a staff member wrote; the message still
    # went to the team, and the answer says so in one line (naming the person once one wrote)
    # (a staff message that just reached the partner counts before its row is saved: the partner
    # may answer it the moment it arrives, before `store.relay` marks the first staff reply)
    attended = not _unattended(h) or _key(h) in context.bot_data.get(STAFF_NAME, {})
    if typed and await _answer_alongside(context, h, typed, name=_staff_name(context, h) if attended else None,
                                         staff_asked=asked):
        raise ApplicationHandlerStop
    if typed and asks_question(typed) and context.bot_data.get(AFTER_STAFF, {}).pop(_key(h), None):
        # the first question after a staff member wrote ("is it rainy in March?", "¿necesito
        # visa?"): it went to that person, said once with the way back to the assistant, so the
        # partner does not wait on a bot that seems frozen (thanks and statements stay unanswered;
        # the next staff message allows the line again)
        async with _opening(context, h.chat_id):
            await _acknowledge_relay(context, h, way_back=True, typed=typed)
        raise ApplicationHandlerStop
    # under the partner's lock, as `close` is: a staff /close while this message was handled
    # (answering it alongside takes a moment) is either seen here, or comes after the line
    # Anything else is never met with silence: the full line (who has it; when, with the office
    # closed) on the first message and after a quiet while, else the short "passed on to Mia".
    async with _opening(context, h.chat_id):
        due = await _db(_ack_due, context, h)
        if due:
            await _acknowledge_relay(context, h)
        elif due is not None:
            await _acknowledge_relay(context, h, short=True, name=_staff_name(context, h) if attended else None,
                                     typed=typed)
    raise ApplicationHandlerStop


async def _recall_staff_name(context: BotContext, h: Handoff) -> None:
    """Who on the team wrote to the partner last, read back from the relay log when the bot's
    memory of it is empty (a restart since): "passed on to Mia", not "to our team", until Mia
    writes again."""
    names = context.bot_data.setdefault(STAFF_NAME, {})
    if _key(h) in names or not h.id or not h.first_staff_reply:
        return
    try:
        name = await _db(_store(context).last_staff_name, h.id)
    except StoreUnavailable:
        return
    if name:
        names.setdefault(_key(h), name)


def _staff_name(context: BotContext, h: Handoff) -> str | None:
    """Who on the team has the conversation: who claimed it, else who wrote to the partner last."""
    return h.claimed_by or context.bot_data.get(STAFF_NAME, {}).get(_key(h))


# -- while the partner waits for a person ----------------------------------------------------
LEFT = "handoff_left"
"""bot_data: chat id -> (when (UTC), subject) the partner last left a handoff themselves: a
"any news?" soon after is about that request (`_chase_after_leaving`)."""
CHASE_AFTER_LEAVING = 30 * 60  # seconds after leaving a handoff that "any news?" still means it


async def _answer_chase(context: BotContext, h: Handoff, typed: str = "") -> None:
    """"Any news?" during a handoff: one line that the team has it (when, if the office is
    closed, on the clock of a city the message names: "when will they answer? it's 8pm here in
    Toronto") and how to write to them directly."""
    profile = await _db(_profile, context, h.chat_id)
    locale = partner_locale(profile)
    services = context.services
    # (a market named is no clock: "any news on the Spanish producers?" names no zone of theirs)
    said = (zone_said(typed) if typed else None) or await _db(_said_zone, context, h.chat_id)
    line = words.chase_line(services.knowledge.current, h.subject or "", profile,
                            services.brain.clock(), services.settings.tz, locale.lang,
                            name=_staff_name(context, h), zone=ZoneInfo(said) if said else None)
    await send_reply(context.bot, h.chat_id, Reply(text=line, lang=locale.lang,
                                                   buttons=words.back_buttons(locale.lang)),
                     locale=locale)
    _spoke(context, h)


def _said_zone(context: BotContext, chat_id: int) -> str | None:
    """The zone of the city the partner named earlier in the conversation ("soy de Lima"): a
    reply time is given on that clock too."""
    brain = context.services.brain
    try:
        return brain.memory.load(chat_id, brain.clock()).zone
    except Exception:  # noqa: BLE001 - the memory is a nicety here, never a reason to stay silent
        return None


async def _chase_after_leaving(update: Update, context: BotContext) -> None:
    """"Any news?" soon after the partner left a handoff: that the request was closed, how to
    reach the team, and the button to ask for a person again (not the out-of-scope refusal)."""
    chat_id = update.effective_chat.id
    left = context.bot_data.get(LEFT, {}).get(chat_id)
    typed = update.effective_message.text if update.effective_message else None
    if left is None or not typed or not chases_reply(typed):
        return
    when, subject = left
    if (_store(context).clock() - when).total_seconds() > CHASE_AFTER_LEAVING:
        context.bot_data[LEFT].pop(chat_id, None)
        return
    profile = await _db(_profile, context, chat_id)
    locale = partner_locale(profile)
    services = context.services
    line = words.chase_line(services.knowledge.current, subject, profile, services.brain.clock(),
                            services.settings.tz, locale.lang, left=True)
    await send_reply(context.bot, chat_id, Reply(text=line, lang=locale.lang,
                                                 buttons=[ask_person_row(locale.lang, subject)]),
                     locale=locale)
    raise ApplicationHandlerStop


async def _leave(context: BotContext, h: Handoff, name: str) -> None:
    """The partner leaves their handoff (the "back" button, or said in words): closed, and the
    staff thread is told."""
    context.bot_data.get(SPOKE, {}).pop(_key(h), None)
    context.bot_data.get(AFTER_STAFF, {}).pop(_key(h), None)
    context.bot_data.get(STAFF_NAME, {}).pop(_key(h), None)  # a next handoff starts unattended
    context.bot_data.get(STAFF_ASKED, {}).pop(_key(h), None)
    if h.id:
        await _db(_store(context).close, h.id)
    context.bot_data.setdefault(LEFT, {})[h.chat_id] = (_store(context).clock(), h.subject or "")
    try:
        await _to_thread(context, h, t("staff_partner_left", staff_lang(context), id=h.id or "…",
                                       name=esc(name)))
    except BadRequest as exc:
        if not _topic_gone(exc):
            raise
        log.info("the partner left handoff %s; its topic is gone, so staff are not told there", h.id)
    await _set_post_buttons(context, h, None)


STAFF_NAME = "handoff_staff_name"
"""bot_data: handoff key -> first name of the staff member who wrote to the partner last."""
AFTER_STAFF = "handoff_after_staff"
"""bot_data: handoff key -> True once a staff message reached the partner and no question of theirs
has been acknowledged since: their next question gets one line that it went to that person, with
the way back (`on_partner_message`)."""
STAFF_ASKED = "handoff_staff_asked"
"""bot_data: handoff key -> the text of the staff message that reached the partner last, until the
partner's next message: an answer to its question goes to that person (`words.answers_alone`)."""
SPOKE = "handoff_spoke"
"""bot_data: handoff key -> when (UTC) the partner last got a line in it: the bot's
acknowledgement or answer, a staff message, the claim notice (`_ack_due`)."""


def _key(h: Handoff) -> int:
    # the partner's chat: one open handoff per chat, and a handoff the store has not saved yet
    # (database busy) has no id, so staff's side and the partner's could name it differently
    return h.chat_id


def _spoke(context: BotContext, h: Handoff) -> None:
    """The partner just got a line in this handoff (no acknowledgement needed for a while)."""
    context.bot_data.setdefault(SPOKE, {})[_key(h)] = _store(context).clock()


def _unattended(h: Handoff) -> bool:
    """No staff member has claimed or answered yet: the bot may still answer what it knows."""
    return h.status == "open" and not h.claimed_by and not h.first_staff_reply


def _ack_due(context: BotContext, h: Handoff) -> bool | None:
    """Whether the partner's message should get the full "it reached the team" line: the first one
    after the handoff opened (staff silent so far), then after BOT_HANDOFF_ACK_MINUTES of quiet
    (False: the short line will do). None when the handoff closed meanwhile (no line at all).
    After a restart, the last staff message is read from the relay log."""
    store = _store(context)
    current = store.active(h.chat_id) or _pending(context, h.chat_id)
    if current is None or (h.id and current.id and current.id != h.id):
        # closed (or a new one opened) while the message was on its way: the partner was told
        # it closed, and "it reached the team" after that would say the opposite
        return None
    now = store.clock()
    last = context.bot_data.get(SPOKE, {}).get(_key(h))
    if last is None and h.id and h.first_staff_reply:
        last = store.last_staff_message(h.id)
    if last is None:
        return True
    quiet = context.services.settings.bot_handoff_ack_minutes * 60
    return (now - last).total_seconds() >= quiet


async def _acknowledge_relay(context: BotContext, h: Handoff, way_back: bool = False,
                             name: str | None = None, typed: str = "", short: bool = False) -> None:
    """Tell the partner their message reached the team (who has it; when, if the office is closed);
    `way_back`: also that the assistant answers again after "Back to the assistant", with that button.
    `typed`: the message acknowledged, whose language the line is in (the profile's last language
    may still be that of the message before: "Thanks Mia" in English, then a question in Korean)."""
    profile = await _db(_profile, context, h.chat_id)
    locale = partner_locale(profile, written=detect(typed) if typed else None)
    services = context.services
    # once a staff member has written, they are answering: "out of the office, expect a reply
    # after Monday 9:00" under their own reply would say the opposite (who has it is the line)
    if not short and (h.first_staff_reply or _key(h) in context.bot_data.get(STAFF_NAME, {})):
        short, name = True, name or _staff_name(context, h)
    if short:  # `short`: only who has it (the office hours were said already, or a person answers)
        line = t("handoff_ack_named", locale.lang, name=esc(name)) if name else t("handoff_ack", locale.lang)
    else:
        line = words.relay_ack(services.knowledge.current, h.subject or "", profile,
                               services.brain.clock(), services.settings.tz, locale.lang,
                               zone=await _db(_said_zone, context, h.chat_id),
                               name=name or h.claimed_by or (context.bot_data.get(STAFF_NAME, {}).get(_key(h)) if way_back else None))
    markup = None
    if way_back:
        line += "\n" + t("handoff_ack_way_back", locale.lang)
        markup = keyboard(in_script(Reply(text="", lang=locale.lang, buttons=words.back_buttons(locale.lang)), locale))
    try:
        await context.bot.send_message(h.chat_id, locale.convert(line), parse_mode=ParseMode.HTML,
                                       reply_markup=markup)
    except (Forbidden, BadRequest):
        log.info("could not tell chat %s its message reached the team", h.chat_id)
        return
    _spoke(context, h)


async def _answer_alongside(context: BotContext, h: Handoff, typed: str, name: str | None = None,
                            staff_asked: str | None = None) -> bool:
    """Answer a question the bot knows, or do what it can do itself, during a handoff: the
    answer as usual plus one line that the team has the conversation too (`name`: the staff
    member who has it, once one wrote or claimed it); the thread gets a note of what was
    answered. False (and nothing sent, the conversation's memory as it was) when the bot has no
    confident answer, or when the message answers what the staff member just asked
    (`staff_asked`, their message before it)."""
    services, chat_id = context.services, h.chat_id
    person = name or _staff_name(context, h)  # (a question put to them by name is theirs)

    def turn() -> tuple[Reply, Locale] | None:  # one hop to a worker thread, as `text_turn`
        brain = services.brain
        now = brain.clock()
        before = brain.memory.load(chat_id, now)
        profile = _profile(context, chat_id)
        reply = brain.reply_to_text(chat_id, typed, profile)
        if not words.answers_alone(typed, reply, person, staff_asked):
            brain.memory.save(chat_id, before, now)  # an answer the partner never reads
            if profile is not None and profile.chat_lang and _profile(context, chat_id).chat_lang != profile.chat_lang:
                services.store.set_chat_lang(chat_id, profile.chat_lang)  # nor its language kept
            return None
        locale = partner_locale(_profile(context, chat_id), asked=reply.lang)
        questions_of(services.store).record(chat_id, typed, in_script(reply, locale))
        return reply, locale

    answered = await asyncio.to_thread(turn)
    if answered is None:
        return False
    reply, locale = answered
    lang = reply.lang
    note = t("handoff_bot_answered_named", lang, name=esc(name)) if name else t("handoff_bot_answered", lang)
    shown = reply.model_copy(update={"text": reply.text + "\n\n" + note})
    await send_reply(context.bot, chat_id, shown, locale=locale)
    _spoke(context, h)
    if reply.staff_note:
        await note_to_staff(context, chat_id, reply.staff_note)
    first = words.clip(plain(reply.text).strip().split("\n", 1)[0], 200)
    try:
        key = "staff_bot_acted" if reply.outcome == "action" else "staff_bot_answered"
        await _to_thread(context, h, t(key, staff_lang(context), id=h.id or "…",
                                       answer=esc(reply.answer or ""), text=esc(first)))
    except TelegramError:
        log.warning("could not note the bot's answer in handoff %s's thread", h.id, exc_info=True)
    return True


async def on_partner_edit(update: Update, context: BotContext) -> None:
    """A message the partner corrects while a handoff is open: staff get the new wording (an
    answer must not rest on "25 rooms" once it says 26). Outside a handoff edits are ignored."""
    message = update.edited_message
    text = message.text or message.caption if message else None
    h = await _relaying(context, update.effective_chat.id) if text else None
    if h is None:
        return
    name = esc(message.from_user.first_name if message.from_user else "Partner")
    try:
        sent = await _to_thread(context, h, t("staff_partner_edited", staff_lang(context), name=name,
                                              id=h.id, text=esc(text)))
    except TelegramError as exc:  # the send policy has logged, counted and reported it
        log.warning("could not relay chat %s's edit to staff: %s", h.chat_id, exc)
        return
    if h.id:
        # kept like any relayed message: a staff reply to the new wording reaches the partner
        # (it was dropped: no relay row named this post)
        await _db(_store(context).relay, h, "partner", text, staff_message_id=sent.message_id,
                  partner_message_id=message.message_id)


# -- staff → partner ---------------------------------------------------------------------------
QUEUED_RELAY_WAIT = 2.0  # seconds a staff reply waits for queued relay writes (worker thread)


def _handoff_of(context: BotContext, message: Message) -> Handoff | None:
    """The handoff a staff message belongs to: by the message it replies to, else its topic."""
    store, staff_chat = _store(context), message.chat_id
    replied = message.reply_to_message
    if replied is not None:
        found = store.for_staff_message(staff_chat, replied.message_id) or _posted(
            context, store, replied.message_id)
        if found is None and store.store.flush(QUEUED_RELAY_WAIT):
            # a message this process relayed a moment ago (a form's summary, a partner's text)
            # may still be a queued write: read again once the queue is done, not drop the reply
            found = store.for_staff_message(staff_chat, replied.message_id)
        if found:
            return found
    if message.is_topic_message and message.message_thread_id:
        return store.for_thread(staff_chat, message.message_thread_id)
    return None


def _posted(context: BotContext, store: Handoffs, message_id: int) -> Handoff | None:
    """The handoff whose post this process made as `message_id` while the post id is not in
    the store yet: updates run concurrently, so a staff reply can be handled before `set_post`
    has been written (a loaded machine, a locked database), and must not be dropped."""
    posts: dict[int, tuple[int, int | None]] = context.bot_data.get(POSTS, {})
    for handoff_id, (post_id, _) in list(posts.items()):
        if post_id == message_id:
            h = store.get(handoff_id)
            return _with_post(context, h) if h is not None else None
    return None


async def on_staff_message(update: Update, context: BotContext) -> None:
    """Everything in the staff chat: relay replies, /close; never answered like a partner."""
    message = update.effective_message
    sender = message.from_user
    command = ""
    if message.text and message.text.startswith("/"):
        command = message.text.split()[0][1:].split("@")[0].lower()
        if command in PASS_THROUGH:
            return
    if sender is None or sender.is_bot:
        raise ApplicationHandlerStop
    h = await _db(_handoff_of, context, message)
    if command == "close":
        if sender.id not in context.services.settings.bot_admin_ids:
            pass  # refused, audited and answered as unknown by `bot.permissions`
        elif h is None:
            audit_of(context.services).record(sender.id, "/close", message.text, "no handoff")
            await message.reply_text(t("staff_no_handoff", staff_lang(context)))
        else:
            await close(context, h, sender.first_name)
            audit_of(context.services).record(sender.id, "/close", message.text, "ok")
        raise ApplicationHandlerStop
    if h is None and not command:
        h = _pending_for_staff(context, message)
    if command or h is None:
        raise ApplicationHandlerStop
    if not await is_staff(context, sender.id):
        log.warning("ignored a message from %s in the staff chat: not a member", sender.id)
        raise ApplicationHandlerStop
    await relay_from_staff(context, h, message)
    raise ApplicationHandlerStop


async def relay_from_staff(context: BotContext, h: Handoff, message: Message) -> None:
    """Send a staff member's message to the partner, labelled, in the partner's language."""
    store, name = _store(context), message.from_user.first_name
    newer = None if h.active else await _db(store.active, h.chat_id)
    reopened = newer is None and not h.active
    if newer is not None:  # the partner has opened another handoff since: continue that one
        h = newer
    elif reopened:  # a closed handoff, or a sent inquiry's thread, answered by staff
        # an inquiry nobody had answered was never open: its first answer opens it
        key = "staff_inquiry_answered" if _waiting(h) else "staff_reopened"
        await _db(store.reopen, h.id)
        h = _with_post(context, await _db(store.get, h.id) or h)
        await _to_thread(context, h, t(key, staff_lang(context), id=h.id, name=esc(name)))
    locale = await _partner_locale(context, h.chat_id)
    lang = locale.lang
    # The staff member's own words are relayed as written; only the bot's label is converted.
    label = locale.convert(t("handoff_from_team", lang, name=esc(name), text=""))
    # Reopened: the partner's replies go to staff from now on, so say so and offer the way back.
    after = ("\n\n" + locale.convert(t("handoff_reply_here", lang, name=esc(name)))
             if reopened else "")
    markup = (keyboard(in_script(Reply(text="", lang=lang, buttons=words.back_buttons(lang)),
                                 locale)) if reopened else None)
    text = message.text or message.caption or ""
    # marked before the send: the partner may write back the moment it arrives, before it returns
    _spoke(context, h)
    context.bot_data.setdefault(AFTER_STAFF, {})[_key(h)] = True
    context.bot_data.setdefault(STAFF_NAME, {})[_key(h)] = name
    context.bot_data.setdefault(STAFF_ASKED, {})[_key(h)] = text
    try:
        if message.text:  # a long answer under its label may pass 4096: in several messages
            chunks = split_html(label + esc(message.text) + after)
            sent = [await context.bot.send_message(
                h.chat_id, chunk, parse_mode=ParseMode.HTML,
                reply_markup=markup if i == len(chunks) - 1 else None)
                for i, chunk in enumerate(chunks)]
            partner_message_id = sent[0].message_id
        else:
            caption = (label + esc(message.caption or "") + after) if _captioned(message) else None
            if caption is None:  # stickers, map pins...: no caption, so the label goes first
                pin = locale.convert(_pin_line(context, message, lang))
                await context.bot.send_message(
                    h.chat_id, (label + pin).rstrip() + after, parse_mode=ParseMode.HTML)
                text = plain(pin)
            copied = await context.bot.copy_message(
                h.chat_id, message.chat_id, message.message_id,
                caption=caption[:1024] if caption else None, parse_mode=ParseMode.HTML,
                reply_markup=markup)
            partner_message_id = copied.message_id
    except (Forbidden, BadRequest) as exc:
        await message.reply_text(t("staff_undelivered", staff_lang(context), error=str(exc)[:200]))
        return
    if h.id:
        await _db(store.relay, h, "staff", text, staff_name=name,
                  staff_message_id=message.message_id, partner_message_id=partner_message_id)


# -- claim and close -------------------------------------------------------------------------
async def close(context: BotContext, h: Handoff, by: str) -> None:
    """Close a handoff: the partner is told politely, the thread says who closed it."""
    store = _store(context)
    told = h.active
    context.bot_data.get(SPOKE, {}).pop(_key(h), None)
    context.bot_data.get(AFTER_STAFF, {}).pop(_key(h), None)
    context.bot_data.get(STAFF_NAME, {}).pop(_key(h), None)  # a next handoff starts unattended
    context.bot_data.get(STAFF_ASKED, {}).pop(_key(h), None)
    if h.active:
        # the partner's lock: an "it reached the team" line being decided for their last
        # message goes before the closing notice, or not at all (`on_partner_message`)
        async with _opening(context, h.chat_id):
            await _db(store.close, h.id)
            locale = await _partner_locale(context, h.chat_id)
            lang = locale.lang
            try:
                await send_reply(context.bot, h.chat_id, Reply(text=t("handoff_closed", lang), lang=lang,
                                                               buttons=topic_menu(lang)), locale=locale)
            except (Forbidden, BadRequest):
                log.info("could not tell chat %s its handoff closed", h.chat_id)
    key = "staff_closed" if told else "staff_closed_quietly"
    try:
        await _to_thread(context, h, t(key, staff_lang(context), id=h.id, name=esc(by)))
    except BadRequest as exc:
        if not _topic_gone(exc):
            raise
        log.info("handoff %s closed; its topic is gone, so staff are not told there", h.id)
    await _set_post_buttons(context, h, None)
    await _db(_inquiry_status, context, h, "closed")


async def _set_post_buttons(context: BotContext, h: Handoff, buttons) -> None:
    if not h.staff_message_id:
        return
    try:
        await context.bot.edit_message_reply_markup(
            h.staff_chat_id, h.staff_message_id,
            reply_markup=keyboard(Reply(text="", buttons=buttons)) if buttons else None)
    except BadRequest:
        pass  # already like that


def _waiting(h: Handoff) -> bool:
    """A sent inquiry's thread that no staff member has answered or claimed yet."""
    return h.subject == INQUIRY and not h.active and not h.claimed_by and not h.first_staff_reply


async def on_staff_button(update: Update, context: BotContext) -> None:
    """Claim (staff-chat members and BOT_ADMIN_IDS) / Close (BOT_ADMIN_IDS: others are
    refused by `bot.permissions` before this) on a handoff or inquiry post; every press is
    audited, refused ones included."""
    query, user = update.callback_query, update.effective_user
    cb = decode(query.data)
    admin = user is not None and user.id in context.services.settings.bot_admin_ids
    allowed = admin or (user is not None and cb is not None and cb.action == "hoc"
                        and await is_staff(context, user.id))
    if not allowed or cb is None:
        await refuse_press(update, context)
        return
    h = await _db(_store(context).get, int(cb.arg(0))) if cb.arg(0).isdigit() else None
    action = "close" if cb.action == "hox" else "claim"
    audit = audit_of(context.services)
    if h is None:
        audit.record(user.id, action, query.data or "", "unknown handoff")
        await acknowledge(query, t("stale_button", staff_lang(context)))
        return
    if cb.action == "hox":
        await acknowledge(query)
        await close(context, h, user.first_name)
        audit.record(user.id, action, query.data or "", "ok")
        return
    waiting = _waiting(h)
    if not h.active and not waiting:
        audit.record(user.id, action, query.data or "", "already closed")
        await acknowledge(query, t("staff_closed", staff_lang(context), id=h.id, name="—"))
        return
    if waiting:  # a sent inquiry taken up: the partner's replies go to staff from now on
        await _db(_store(context).reopen, h.id)
    await _db(_store(context).claim, h.id, user.first_name)
    await _db(_inquiry_status, context, h, "claimed")
    audit.record(user.id, action, query.data or "", "ok")
    await acknowledge(query)
    await _to_thread(context, h, t("staff_claimed", staff_lang(context), id=h.id, name=esc(user.first_name)))
    await _set_post_buttons(context, h, words.staff_buttons(h.id, staff_lang(context), claimed=True))
    locale = await _partner_locale(context, h.chat_id)
    lang = locale.lang
    markup = (keyboard(in_script(Reply(text="", lang=lang, buttons=words.back_buttons(lang)),
                                 locale)) if waiting else None)
    # marked before the send (as `relay_from_staff`): the partner may write back the moment it
    # arrives, and must then get no "it reached the team" line on top of the claim notice
    _spoke(context, h)
    try:
        await context.bot.send_message(
            h.chat_id, locale.convert(t("handoff_claimed", lang, name=esc(user.first_name))),
            parse_mode=ParseMode.HTML, reply_markup=markup)
    except (Forbidden, BadRequest):
        log.info("could not tell chat %s its handoff was claimed", h.chat_id)


def _inquiry_status(context: BotContext, h: Handoff, status: str) -> None:
    """The inquiry a thread was opened for follows what staff do with it (claimed, closed)."""
    if h.subject == INQUIRY and h.staff_message_id:
        Inquiries(context.services.store).set_status(h.chat_id, h.staff_message_id, status)


async def on_back(update: Update, context: BotContext) -> None:
    """The partner's "back to the assistant": close their handoff, tell staff, show the menu."""
    query, chat = update.callback_query, update.effective_chat
    await acknowledge(query)
    locale = await _partner_locale(context, chat.id)
    lang = locale.lang
    h = await _db(_store(context).active, chat.id)
    unsaved = _pending(context, chat.id) if h is None else None
    if unsaved is not None:  # posted while the database was locked: closed once it is saved
        context.bot_data[PENDING].pop(chat.id, None)
        _store(context).close_when_saved(context.bot_data[SAVING].pop(chat.id))
        h = unsaved
    if h is not None:
        await _leave(context, h, update.effective_user.first_name if update.effective_user else "Partner")
    await send_reply(context.bot, chat.id, Reply(text=t("handoff_back_done", lang), lang=lang,
                                                 buttons=topic_menu(lang)), locale=locale)


def register(app: Application) -> None:
    settings = app.bot_data["settings"]
    staff_chat = settings.bot_staff_chat_id
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    if staff_chat is not None:
        # First, so a staff chat that is someone's private chat is still the staff chat.
        app.add_handler(MessageHandler(filters.Chat(staff_chat) & filters.UpdateType.MESSAGE,
                                       on_staff_message), group=EARLY)
    app.add_handler(MessageHandler(private & ~filters.COMMAND, on_partner_message), group=EARLY)
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
                                   & ~filters.COMMAND, on_partner_edit), group=EARLY)
    app.add_handler(CallbackQueryHandler(on_staff_button, pattern=r"^v1\|ho[cx]\|"))
    app.add_handler(CallbackQueryHandler(on_back, pattern=r"^v1\|hbk$"))

"""The "Work with us" form in Telegram: a persisted `ConversationHandler` around the
transport-free `intents.inquiry` state machine.

Entry: /inquiry, the menu's "💼 Work with us" button (`inq|start[|kind]`), or a message that
asks to do business in words (`intents.inquiry_words.wants_inquiry`: "sign us up for the
casting day, 3 people"). Each state is a step of the form; text and the form's buttons go to
the machine, whose `Step.form` is kept in `user_data["inquiry"]` (persisted, see
`bot.persistence`) and whose current step is the conversation state. /cancel leaves at any
point. A sent form is stored by the machine; here it is posted to `BOT_STAFF_CHAT_ID` and the
post's message id saved on the inquiry, so staff replies can be relayed like a handoff's.

Registered in group 0 before `admin` (its /cancel is the partner's while a form is open) and
`conversation` (whose catch-all would otherwise answer the form's text as questions).
"""

from __future__ import annotations

import asyncio
import html
import logging
import warnings
from dataclasses import replace

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import flows
from bot.context import BotContext
from bot.features import pattern
from bot.handlers import handoff
from bot.handlers.conversation import locale_of, profile_for
from bot.permissions import ADMINS
from bot.render import send_reply
from bot.send import acknowledge
from core.inquiries import Inquiries
from intents import inquiry
from intents.callbacks import decode
from intents.inquiry_words import wants_inquiry
from intents.turn import Turn

log = logging.getLogger(__name__)

NAME = "inquiry"
FORM = "inquiry"  # user_data key of the form
GROUP = 0
BUTTONS = pattern("inquiry")  # bot.features
START = r"^v1\|inq\|start(\||$)"


class WantsInquiry(filters.MessageFilter):
    """A private text that asks to start an inquiry in words."""

    def filter(self, message) -> bool:  # type: ignore[no-untyped-def]
        return bool(message.text) and wants_inquiry(message.text) is not None


async def _turn(update: Update, context: BotContext, text: str = "") -> Turn:
    """The partner's turn, built off the event loop (it reads and refreshes the store)."""
    profile = await profile_for(update, context)
    return await asyncio.to_thread(context.services.brain.turn, update.effective_chat.id,
                                   profile, text)


async def _step(fn, *args) -> inquiry.Step:  # type: ignore[no-untyped-def]
    """One step of the form machine in a worker thread: sending stores the inquiry."""
    return await asyncio.to_thread(fn, *args)


async def _send(update: Update, context: BotContext, reply) -> None:  # type: ignore[no-untyped-def]
    """One of the form's replies to the partner, in their language's script."""
    await send_reply(context.bot, update.effective_chat.id, reply,
                     locale=await locale_of(update, context))


async def _show(update: Update, context: BotContext, step: inquiry.Step) -> str | int:
    """Send the step's reply, keep the form, post a sent inquiry; return the next state."""
    if step.sent is not None and not context.services.settings.bot_staff_chat_id:
        # (no staff chat: nobody will reply in this chat, only at the contact the partner gave)
        step = replace(step, reply=inquiry.sent_unstaffed(step.reply, step.sent))
    await _send(update, context, step.reply)
    if step.form is None:
        context.user_data.pop(FORM, None)
        if update.callback_query is not None:  # Send / Cancel: the summary's buttons are done
            await _drop_buttons(update)
        if step.sent is not None:
            await post_to_staff(update, context, step.sent)
        return ConversationHandler.END
    context.user_data[FORM] = step.form
    return step.form["step"]


async def _drop_buttons(update: Update) -> None:
    """Take the buttons off the message whose button ended the form: a second tap on ✅ Send
    (or a late one) has nothing left to do."""
    try:
        await update.callback_query.edit_message_reply_markup(reply_markup=None)
    except TelegramError:
        log.info("could not take the buttons off a finished form in chat %s",
                 update.effective_chat.id)


async def start(update: Update, context: BotContext) -> str | int:
    """/inquiry, the menu button, or a request in words: the first question."""
    kind, text = None, ""
    if update.callback_query is not None:
        await acknowledge(update.callback_query)
        cb = decode(update.callback_query.data)
        kind = cb.arg(1) or None if cb else None
    elif update.effective_message.text and not update.effective_message.text.startswith("/"):
        text = update.effective_message.text
        kind = wants_inquiry(text)
        if inquiry.titles_first(await _turn(update, context, text), kind):
            # "we'd like to co-produce a couple of mystery titles": those titles listed, as the
            # console does, with the form's button under them; no form opened yet
            from bot.handlers import conversation

            reply, locale = await asyncio.to_thread(conversation.text_turn, update, context)
            await conversation.deliver(update, context, inquiry.with_form_button(reply, kind),
                                       locale=locale)
            return ConversationHandler.END
        # The form speaks the language the request was written in.
        await asyncio.to_thread(context.services.brain.note_language,
                                update.effective_chat.id, text,
                                await profile_for(update, context))
    elif context.args:
        kind = context.args[0].lower()
    flows.begin(context, NAME)
    turn = await _turn(update, context, text)
    ttl = flows.timeout_of(context.application)
    step = await _step(inquiry.begin, turn, kind, text, ttl)
    if step.form is not None and step.form["fields"].get("event"):
        # "is it online?" asked in the middle of the form is about the event signed up for
        await asyncio.to_thread(context.services.brain.note_event, update.effective_chat.id,
                                step.form["fields"]["event"])
    if step.form is not None and step.form.get("work_id"):
        # "who handles that title?" in the form or after leaving it: the title named in the request
        await asyncio.to_thread(context.services.brain.note_work, update.effective_chat.id,
                                step.form["work_id"])
    return await _show(update, context, step)


async def on_text(update: Update, context: BotContext) -> str | int:
    """A typed answer to the current step."""
    form = context.user_data.get(FORM)
    if form is None:
        # closed outside the form's own steps (a person took the conversation over meanwhile,
        # `flows.hand_over`): the text is an ordinary message again, answered as one
        from bot.handlers import conversation

        await conversation.on_text(update, context)
        return ConversationHandler.END
    text = update.effective_message.text
    turn = await _turn(update, context, text)
    step = await _step(inquiry.on_text, turn, form, text)
    if not step.aside:
        return await _show(update, context, step)
    # The partner's own question ("what's the A.R.C system?", "谢谢啦", "订阅韩国新闻"): answered
    # as any text is, with the note that the form still waits for its answer under it, in one
    # message (as the console chat does), not two.
    from bot.handlers import conversation

    if step.form is None:  # a second aside in a row: the partner moved on, the form is closed
        context.user_data.pop(FORM, None)
        context.user_data.get(flows.SEEN, {}).pop(NAME, None)
    else:
        context.user_data[FORM] = step.form
    chat_id = update.effective_chat.id
    with_person = await handoff.is_open(context, chat_id)
    reply, locale = await asyncio.to_thread(conversation.text_turn, update, context)
    if step.form is not None:  # the note in the language of the answer it goes with (this message's)
        step = replace(step, reply=inquiry.still_open(replace(turn, lang=reply.lang), step.form))
    elif step.reply is not None:  # (the closing line, likewise)
        step = replace(step, reply=inquiry.set_aside_reply(replace(turn, lang=reply.lang)))
    joined = reply.handoff is None and reply.document is None and step.reply is not None
    if joined:
        reply = reply.model_copy(update={"text": f"{reply.text}\n\n{step.reply.text}" if step.reply.text else reply.text,
                                         "buttons": [*reply.buttons, *step.reply.buttons]})
    note = await _handing_over(update, context, step.form, reply)
    if note is not None:
        reply = note[0]
    await conversation.deliver(update, context, reply, locale=locale)
    if (reply.handoff is not None or not with_person) and await handoff.is_open(context, chat_id):
        # They asked for a person: from here what they write goes to that person (as the
        # handoff notice says), so the form ends instead of taking it as its next answer; what
        # they had typed in it reaches the team with the request.
        await _hand_over(context, chat_id, note)
        return ConversationHandler.END
    if not joined and step.reply is not None and step.reply.text:
        await _send(update, context, step.reply)  # (under a calendar file: the note after it)
    return step.form["step"] if step.form else ConversationHandler.END


async def on_button(update: Update, context: BotContext) -> str | int:
    """A button of the form."""
    query = update.callback_query
    await acknowledge(query)
    form, cb = context.user_data.get(FORM), decode(query.data)
    if form is None or cb is None:
        return await _gone(update, context)
    return await _show(update, context,
                       await _step(inquiry.on_button, await _turn(update, context), form, cb))


async def _handing_over(update: Update, context: BotContext, form, reply):  # type: ignore[no-untyped-def]
    """For a reply that asks for a person while the form is open (and a staff chat to hand
    over to): (the reply with a line that the form's answers go along, the staff note of those
    answers), else None. The form is not closed here: only once the handoff is open."""
    if reply.handoff is None or not form or not context.services.settings.bot_staff_chat_id:
        return None
    line, staff = inquiry.handed_over(await _turn(update, context), form)
    if staff is None:
        return reply, None
    return reply.model_copy(update={"text": f"{reply.text}\n\n{line}"}), staff


async def _hand_over(context: BotContext, chat_id: int, note) -> None:  # type: ignore[no-untyped-def]
    """The handoff took over from the form: the form is closed, and its answers so far go to
    the staff thread, so a lead left half-typed still reaches the team."""
    context.user_data.pop(FORM, None)
    context.user_data.get(flows.SEEN, {}).pop(NAME, None)
    if note is not None and note[1]:
        try:
            await handoff.note_to_staff(context, chat_id, note[1])
        except TelegramError:
            log.exception("could not pass chat %s's unsent form to the staff chat", chat_id)


async def elsewhere(update: Update, context: BotContext) -> str | int:
    """A menu button or a subject command while the form is open: answered as usual, and the
    first time, a reminder that the next text still answers the form (so a partner who went
    to look at the catalog knows why their question is taken as, say, the company name)."""
    from bot.handlers import conversation

    form = context.user_data.get(FORM)
    chat_id = update.effective_chat.id
    note: list = []

    async def with_form(reply):  # type: ignore[no-untyped-def]
        # 🙋 "Talk to our team" while the form waits: the partner hears that what they typed
        # goes along, and the form closes once the handoff is open (below)
        found = await _handing_over(update, context, form, reply)
        if found is None:
            return reply
        note.append(found)
        return found[0]

    if update.callback_query is not None:
        await conversation.on_button(update, context, adjust=with_form)
    else:
        await conversation.on_command(update, context)
    if form is None:
        return ConversationHandler.END
    if note and await handoff.is_open(context, chat_id):
        await _hand_over(context, chat_id, note[0])
        return ConversationHandler.END
    if not form.get("reminded"):
        form["reminded"] = True
        turn = await _turn(update, context)
        await _send(update, context, inquiry.still_open(turn, form))
    return form["step"]


async def cancel(update: Update, context: BotContext) -> int:
    """/cancel inside the form."""
    form = context.user_data.get(FORM) or {"fields": {}, "step": "company"}
    cb = decode("v1|inq|cancel")
    assert cb is not None
    await _show(update, context,
                await _step(inquiry.on_button, await _turn(update, context), form, cb))
    return ConversationHandler.END


async def _gone(update: Update, context: BotContext) -> int:
    """A step with no form behind it (a tap that raced ✅ Send or ✖ Cancel): the form is
    closed. One that ran out of time is told so by `flows.fresh` before it gets here."""
    context.user_data.pop(FORM, None)
    await _send(update, context, inquiry.closed_reply(await _turn(update, context)))
    return ConversationHandler.END


async def expired_notice(update: Update, context: BotContext) -> None:
    """Tell the partner their form expired, with a button to start again."""
    context.user_data.pop(FORM, None)
    ttl = flows.timeout_of(context.application)
    await _send(update, context, inquiry.expired_reply(await _turn(update, context), ttl))


async def meant_for_conversation(update: Update, context: BotContext) -> bool:
    """While a handoff is open: is this text no answer to the open form ("thanks", a question,
    a request for a person) but meant for the conversation with the team?"""
    form = context.user_data.get(FORM) if context.user_data else None
    text = update.effective_message.text if update.effective_message else None
    if not form or not text or text.startswith("/"):
        return False
    turn = await _turn(update, context, text)
    return await asyncio.to_thread(inquiry.not_an_answer, turn, form, text)


async def handed_to_person(context: BotContext, chat_id: int) -> None:
    """A person asked for again during the handoff while the form is open: the form closes and
    what was typed in it goes to the thread (`flows.hand_over`)."""
    form = context.user_data.get(FORM) if context.user_data else None
    if not form:
        return
    turn = await asyncio.to_thread(context.services.brain.turn, chat_id,
                                   await asyncio.to_thread(context.services.store.profile, chat_id), "")
    _, note = inquiry.handed_over(turn, form)
    await _hand_over(context, chat_id, (None, note))


def partner_link(update: Update) -> str:
    """Name and @username, or a tg://user link when there is no username: HTML."""
    user = update.effective_user
    if user is None:
        return f"chat {update.effective_chat.id}"
    name = html.escape(user.full_name or str(user.id), quote=False)
    if user.username:
        return f"{name} (@{html.escape(user.username, quote=False)})"
    return f'<a href="tg://user?id={user.id}">{name}</a>'


async def post_to_staff(update: Update, context: BotContext, row: dict) -> None:
    """The readable summary in the staff chat, as a handoff thread staff answer by replying
    (`handoff.post_inquiry`); its message id is stored on the inquiry."""
    staff_chat = context.services.settings.bot_staff_chat_id
    if not staff_chat:
        log.info("inquiry %s stored; no BOT_STAFF_CHAT_ID to post it to", row["id"])
        return
    text = inquiry.staff_summary(await _turn(update, context), row, partner_link(update))
    try:
        message_id = await handoff.post_inquiry(context, update.effective_chat.id,
                                                update.effective_user, text)
    except TelegramError:
        log.exception("could not post inquiry %s to the staff chat", row["id"])
        return
    if row["id"] is not None:
        await asyncio.to_thread(Inquiries(context.services.store).set_staff_message, row["id"],
                                message_id)


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND
    flows.declare(NAME, (FORM,), expired_notice, aside=meant_for_conversation,
                  hand_over=handed_to_person)
    own_commands = filters.Regex(r"^/(cancel|inquiry)(@\w+)?(\s|$)")
    step_handlers = [MessageHandler(text, flows.fresh(NAME, on_text)),
                     CallbackQueryHandler(flows.fresh(NAME, on_button), pattern=BUTTONS),
                     CallbackQueryHandler(elsewhere, pattern=r"^(?!v1\|inq\|)"),
                     MessageHandler(private & filters.COMMAND & ~own_commands & ~ADMINS,
                                    elsewhere)]
    with warnings.catch_warnings():
        # per_message=False is intended: one form per partner chat, buttons and text mixed.
        warnings.simplefilter("ignore", PTBUserWarning)
        form = ConversationHandler(
            entry_points=[CommandHandler("inquiry", start, filters=private),
                          CallbackQueryHandler(start, pattern=START),
                          # Not for staff: their /announce text ("sign up for the casting
                          # day!") must reach the composer, registered after this.
                          MessageHandler(text & WantsInquiry() & ~ADMINS, start)],
            states={**{step: step_handlers for step in (*inquiry.STEPS, "review")},
                    ConversationHandler.TIMEOUT: flows.timeout_handlers(NAME)},
            fallbacks=[CommandHandler("cancel", cancel),
                       CommandHandler("inquiry", start, filters=private),
                       CallbackQueryHandler(start, pattern=START)],
            conversation_timeout=flows.timeout_of(app),
            persistent=True,
            name=NAME,
            allow_reentry=False,  # a form answer like "we want to join..." is not a restart
        )
    app.add_handler(form, group=GROUP)

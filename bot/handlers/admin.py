"""Staff commands in Telegram (BOT_ADMIN_IDS only): /announce composer, /scheduled, /cancel ID,
/reload (re-read the knowledge files now and say what was found).

/announce → text per language (English first; Telegram formatting kept as HTML) → preview of
each language exactly as partners will see it → audience (topics) → "Now" or a date-time in
BOT_TIMEZONE → confirm. "Now" shows a progress message (delivered / failed / remaining) that
the engine keeps editing; the summary goes to BOT_STAFF_CHAT_ID.

Who is staff is decided in `bot.permissions` (`filters=ADMINS` on every command; for anyone
else these commands do not exist) and every step is written to the `audit` table. The
composer is a persisted ConversationHandler: a draft survives a restart, and one left for
BOT_FLOW_TIMEOUT_MINUTES says it expired (`bot.flows`).

Handlers are in group 0, registered after `inquiry` and before `conversation`: while an
admin composes, the ConversationHandler claims their text; outside it, a stale composer
button gets "expired" instead of reaching the conversation's catch-all.
"""

from __future__ import annotations

import logging
import re
import warnings
from datetime import datetime
from typing import Any

from telegram import Update
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
from bot.permissions import ADMINS, audited
from bot.render import send_reply
from bot.send import acknowledge
from core.i18n import LANG_NAMES, LANGS, Lang, partner_locale, t
from core.kb.schema import Audience, LocalizedText
from core.telegram_html import TEXT_LIMIT as MAX_TEXT
from core.telegram_html import html_errors as html_problems
from core.telegram_html import visible_length
from intents.callbacks import decode, encode
from intents.reply import Button, Reply, esc
from jobs.announcer import Announcer
from jobs.delivery import Outgoing, Recipient
from jobs.render import Payload, render_announcement

log = logging.getLogger(__name__)

GROUP = 0
NAME = "announce"  # the persisted conversation
TEXT, MORE, AUDIENCE, WHEN, CONFIRM = range(5)
ADM = r"^v1\|adm\|"
DRAFT = "announce_draft"
_WHEN = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})\s*$")


def _lang(update: Update, context: BotContext) -> Lang:
    """In the staff chat, its language (BOT_STAFF_LANG); in an admin's own chat, theirs."""
    settings = context.services.settings
    if update.effective_chat.id == settings.bot_staff_chat_id:
        return settings.bot_staff_lang
    user = update.effective_user
    return partner_locale(context.services.store.profile(update.effective_chat.id),
                          language_code=user.language_code if user else None).lang


def _announcer(context: BotContext) -> Announcer:
    return context.services.features["announcer"]


async def _say(update: Update, context: BotContext, text: str,
               buttons: list[list[Button]] | None = None) -> None:
    await send_reply(context.bot, update.effective_chat.id,
                     Reply(text=text, buttons=buttons or []), locale=None)


# -- composer steps ----------------------------------------------------------------------
async def start(update: Update, context: BotContext) -> int:
    """/announce: begin a draft with the English text."""
    flows.begin(context, NAME)
    context.user_data[DRAFT] = {"texts": {}, "lang": "en", "topics": [], "due": None}
    await _say(update, context, t("adm_ask_text", _lang(update, context), language=LANG_NAMES["en"]))
    return TEXT


async def got_text(update: Update, context: BotContext) -> int:
    """Store the text of the current language (validated as Telegram HTML)."""
    draft = context.user_data.get(DRAFT)
    ui = _lang(update, context)
    if draft is None:
        return ConversationHandler.END
    html = update.effective_message.text_html
    problems = html_problems(html)
    if not problems and visible_length(html) > MAX_TEXT:
        problems = [f"over {MAX_TEXT} characters"]
    if problems:
        await _say(update, context, t("adm_text_bad", ui, problem=esc(problems[0])))
        return TEXT
    draft["texts"][draft["lang"]] = html
    return await _more(update, context, draft, ui)


async def _more(update: Update, context: BotContext, draft: dict[str, Any], ui: Lang) -> int:
    done = ", ".join(LANG_NAMES[lang] for lang in LANGS if lang in draft["texts"])
    row = [Button(label=f"+ {LANG_NAMES[lang]}", data=encode("adm", "lang", lang))
           for lang in LANGS if lang not in draft["texts"]]
    buttons = [row] if row else []
    buttons.append([Button(label=t("adm_langs_done", ui), data=encode("adm", "preview"))])
    await _say(update, context, t("adm_more_langs", ui, done=done), buttons)
    return MORE


def _payload(draft: dict[str, Any], ref: str = "preview") -> Payload:
    # Before topics are chosen (the preview), an empty audience: its Stop button stops all.
    audience = (Audience(topics=draft["topics"]) if draft["topics"]
                else Audience.model_construct(topics=[], languages=None, countries=None))
    return Payload(id=ref, text=LocalizedText(**draft["texts"]), audience=audience)


async def on_more(update: Update, context: BotContext) -> int:
    """Another language, or on to the preview and the audience."""
    query = update.callback_query
    await acknowledge(query)
    draft, ui, cb = context.user_data.get(DRAFT), _lang(update, context), decode(query.data)
    if draft is None or cb is None:
        return ConversationHandler.END
    if cb.arg(0) == "lang" and cb.arg(1) in LANGS:
        draft["lang"] = cb.arg(1)
        await _say(update, context, t("adm_ask_text", ui, language=LANG_NAMES[cb.arg(1)]))
        return TEXT
    await _preview(update, context, draft, ui)
    return await _audience(update, context, draft, ui)


async def _preview(update: Update, context: BotContext, draft: dict[str, Any], ui: Lang) -> None:
    """Each composed language rendered by the same code as the broadcast."""
    payload = _payload(draft)
    chat_id = update.effective_chat.id
    for lang in LANGS:
        if lang not in draft["texts"]:
            continue
        await _say(update, context, t("adm_preview_head", ui, language=LANG_NAMES[lang]))
        out: Outgoing = render_announcement(payload, Recipient(chat_id=chat_id, lang=lang))
        await send_reply(context.bot, chat_id, Reply(text=out.text, buttons=list(
            map(list, out.buttons))), locale=None)


async def _audience(update: Update, context: BotContext, draft: dict[str, Any], ui: Lang,
                    edit: bool = False) -> int:
    kb = context.services.knowledge.current
    chosen = set(draft["topics"])
    rows = [[Button(label=("✅ " if tid in chosen else "▫️ ") + topic.name.get(ui),
                    data=encode("adm", "t", tid))] for tid, topic in kb.topics.items()]
    rows.append([Button(label=t("adm_next", ui), data=encode("adm", "next"))])
    count = len(_announcer(context).audience(_payload(draft))) if chosen else 0
    reply = Reply(text=t("adm_audience", ui, count=count), buttons=rows,
                  mode="edit" if edit else "new")
    query = update.callback_query
    await send_reply(context.bot, update.effective_chat.id, reply,
                     edit=query.message if edit and query else None, locale=None)
    return AUDIENCE


async def on_audience(update: Update, context: BotContext) -> int:
    """Toggle a topic, or continue to the time."""
    query = update.callback_query
    draft, ui, cb = context.user_data.get(DRAFT), _lang(update, context), decode(query.data)
    if draft is None or cb is None:
        await acknowledge(query)
        return ConversationHandler.END
    if cb.arg(0) == "t":
        topic = cb.arg(1)
        if topic in context.services.knowledge.current.topics:
            draft["topics"] = [x for x in draft["topics"] if x != topic] + (
                [] if topic in draft["topics"] else [topic])
        await acknowledge(query)
        return await _audience(update, context, draft, ui, edit=True)
    if not draft["topics"]:
        await acknowledge(query, t("adm_audience_empty", ui))
        return AUDIENCE
    await acknowledge(query)
    tz = context.services.settings.tz
    example = f"{datetime.now(tz):%Y-%m-%d} 19:30"
    await _say(update, context, t("adm_when", ui, tz=tz.key, example=example),
               [[Button(label=t("adm_now", ui), data=encode("adm", "now"))]])
    return WHEN


def parse_when(text: str, tz: Any, now: datetime) -> datetime | None:
    """'2025-10-15 19:30' in the studio's zone, or ISO with an offset; None unless future."""
    m = _WHEN.match(text)
    try:
        if m:
            y, mo, d, h, mi = (int(g) for g in m.groups())
            value = datetime(y, mo, d, h, mi, tzinfo=tz)
        else:
            value = datetime.fromisoformat(text.strip())
            if value.tzinfo is None:
                value = value.replace(tzinfo=tz)
    except ValueError:
        return None
    return value if value > now else None


async def on_when_text(update: Update, context: BotContext) -> int:
    draft, ui = context.user_data.get(DRAFT), _lang(update, context)
    if draft is None:
        return ConversationHandler.END
    tz = context.services.settings.tz
    due = parse_when(update.effective_message.text or "", tz, _announcer(context).clock())
    if due is None:
        await _say(update, context, t("adm_when_bad", ui, example=f"{datetime.now(tz):%Y-%m-%d} 19:30"))
        return WHEN
    draft["due"] = due.isoformat()
    return await _confirm(update, context, draft, ui)


async def on_when_now(update: Update, context: BotContext) -> int:
    await acknowledge(update.callback_query)
    draft, ui = context.user_data.get(DRAFT), _lang(update, context)
    if draft is None:
        return ConversationHandler.END
    draft["due"] = None
    return await _confirm(update, context, draft, ui)


async def _confirm(update: Update, context: BotContext, draft: dict[str, Any], ui: Lang) -> int:
    announcer = _announcer(context)
    draft.setdefault("id", announcer.new_id())
    kb = context.services.knowledge.current
    when = (announcer.due_text(datetime.fromisoformat(draft["due"]), ui) if draft["due"]
            else t("adm_now_label", ui))
    text = t("adm_confirm", ui, id=esc(draft["id"]),
             langs=", ".join(LANG_NAMES[x] for x in LANGS if x in draft["texts"]),
             topics=esc(", ".join(kb.topics[x].name.get(ui) for x in draft["topics"]
                                  if x in kb.topics)),
             when=when, count=len(announcer.audience(_payload(draft))))
    await _say(update, context, text, [[
        Button(label=t("adm_confirm_button", ui), data=encode("adm", "ok")),
        Button(label=t("adm_abort_button", ui), data=encode("adm", "no"))]])
    return CONFIRM


async def on_confirm(update: Update, context: BotContext) -> int:
    """Create the broadcast: start now with a live progress message, or schedule it."""
    query = update.callback_query
    await acknowledge(query)
    draft, ui, cb = context.user_data.pop(DRAFT, None), _lang(update, context), decode(query.data)
    if draft is None or cb is None or cb.arg(0) != "ok":
        await _say(update, context, t("adm_aborted", ui))
        return ConversationHandler.END
    announcer = _announcer(context)
    chat_id = update.effective_chat.id
    due = datetime.fromisoformat(draft["due"]) if draft["due"] else None
    bc = announcer.create(_payload(draft, draft["id"]), due, requested_by=chat_id)
    if due is not None:
        await _say(update, context, t("adm_scheduled_ok", ui, id=esc(bc.ref),
                                      when=announcer.due_text(due, ui)))
        return ConversationHandler.END
    count = len(announcer.audience(Payload.model_validate(bc.payload)))
    msg = await context.bot.send_message(
        chat_id, t("progress", ui, id=esc(bc.ref), sent=0, failed=0, remaining=count),
        parse_mode="HTML")
    announcer.ledger.set_progress_message(bc.id, chat_id, msg.message_id)
    announcer.start_now(bc)
    return ConversationHandler.END


async def abort(update: Update, context: BotContext) -> int:
    """/cancel inside the composer (without an id) discards the draft."""
    if context.args:
        await cancel_broadcast(update, context)
        return ConversationHandler.END
    context.user_data.pop(DRAFT, None)
    await _say(update, context, t("adm_aborted", _lang(update, context)))
    return ConversationHandler.END


# -- /scheduled and /cancel ID -------------------------------------------------------------
async def scheduled(update: Update, context: BotContext) -> None:
    """List pending broadcasts with how many partners each would reach now."""
    ui = _lang(update, context)
    announcer = _announcer(context)
    items = announcer.pending()
    if not items:
        await _say(update, context, t("adm_scheduled_none", ui))
        return
    lines = [t("adm_scheduled_head", ui)]
    for bc, count in items[:50]:
        lines.append(t("adm_scheduled_line", ui, id=esc(announcer.label(bc)),
                       when=announcer.due_text(bc.due, ui), count=count,
                       source=t(f"adm_source_{bc.origin}", ui)))
    await _say(update, context, "\n".join(lines))


async def cancel_broadcast(update: Update, context: BotContext) -> None:
    """/cancel ID: stop a pending (or running) broadcast."""
    ui = _lang(update, context)
    if not context.args:
        await _say(update, context, t("adm_cancel_usage", ui))
        return
    ref = context.args[0].strip()
    n = _announcer(context).cancel(ref)
    key = "adm_cancel_ok" if n else "adm_cancel_none"
    await _say(update, context, t(key, ui, id=esc(ref), n=n))


async def reload_knowledge(update: Update, context: BotContext) -> None:
    """/reload: the watcher usually applies a save within a second; this is for staff who want
    to see the outcome (or edited files on a share the watcher cannot see)."""
    ui = _lang(update, context)
    knowledge = context.services.knowledge
    before = knowledge.current.version
    report = await knowledge.areload(f"/reload by {update.effective_user.id}")
    kb = knowledge.current
    common = {"version": kb.version[:12], "records": sum(kb.counts().values())}
    if not report.ok:
        errors = report.format(warnings=False, limit=15)
        key = "adm_reload_partial" if report.servable else "adm_reload_bad"  # isolated: applied
        await _say(update, context, t(key, ui, errors=esc(errors[:3000]), **common))
    elif kb.version == before:
        await _say(update, context, t("adm_reload_same", ui, **common))
    else:
        await _say(update, context, t("adm_reload_ok", ui, summary=esc(report.summary()), **common))


async def expired_notice(update: Update, context: BotContext) -> None:
    """The draft expired (30 minutes without a step, also across a restart)."""
    await _say(update, context, t("adm_expired", _lang(update, context)))


async def stale(update: Update, context: BotContext) -> None:
    """A composer button from a draft that no longer exists (finished, or the bot restarted)."""
    await acknowledge(update.callback_query, t("adm_expired", _lang(update, context)))


def staff_places(app: Application) -> filters.BaseFilter:
    """Private chats and the staff chat: staff commands are never answered in partners' groups.
    Edited commands never run again."""
    staff = app.bot_data["settings"].bot_staff_chat_id
    where = filters.ChatType.PRIVATE | filters.Chat(staff) if staff else filters.ChatType.PRIVATE
    return where & filters.UpdateType.MESSAGE


def register(app: Application) -> None:
    """Staff only: every command carries `filters=ADMINS` (bot.permissions); every step is
    audited; the composer is persisted and expires like the inquiry form (bot.flows)."""
    private = filters.ChatType.PRIVATE
    staff = private & ADMINS
    text = staff & filters.TEXT & ~filters.COMMAND
    flows.declare(NAME, (DRAFT,), expired_notice)

    def step(callback):  # type: ignore[no-untyped-def]
        return flows.fresh(NAME, audited("/announce")(callback))

    with warnings.catch_warnings():
        # per_message=False is intended: one draft per admin chat, buttons and text mixed.
        warnings.simplefilter("ignore", PTBUserWarning)
        composer = ConversationHandler(
            entry_points=[CommandHandler("announce", audited("/announce")(start), filters=staff)],
            states={
                TEXT: [MessageHandler(text, step(got_text))],
                MORE: [CallbackQueryHandler(step(on_more), pattern=ADM + r"(lang|preview)")],
                AUDIENCE: [CallbackQueryHandler(step(on_audience), pattern=ADM + r"(t|next)")],
                WHEN: [MessageHandler(text, step(on_when_text)),
                       CallbackQueryHandler(step(on_when_now), pattern=ADM + r"now")],
                CONFIRM: [CallbackQueryHandler(step(on_confirm), pattern=ADM + r"(ok|no)")],
                ConversationHandler.TIMEOUT: flows.timeout_handlers(NAME),
            },
            fallbacks=[CommandHandler("cancel", audited("/cancel")(abort), filters=staff)],
            conversation_timeout=flows.timeout_of(app),
            persistent=True,
            name=NAME,
        )
    app.add_handler(composer, group=GROUP)
    places = staff_places(app) & ADMINS
    app.add_handler(CommandHandler("scheduled", audited("/scheduled")(scheduled), filters=places),
                    group=GROUP)
    app.add_handler(CommandHandler("cancel", audited("/cancel")(cancel_broadcast), filters=places),
                    group=GROUP)
    app.add_handler(CommandHandler("reload", audited("/reload")(reload_knowledge), filters=places),
                    group=GROUP)
    app.add_handler(CallbackQueryHandler(stale, pattern=pattern("announce")), group=GROUP)

"""Staff insights in Telegram (BOT_ADMIN_IDS only): /unanswered [days] and /stats [days].

/unanswered lists the most frequent honest gaps and fallbacks of the last
7 days (or the days given), similar questions grouped, with counts and languages: what to add
to the knowledge files next. /stats counts partners, questions, the answer rate, handoffs,
inquiries and subscribers. Everyone else gets the ordinary answer to an unknown command.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.context import BotContext
from bot.handlers import conversation
from bot.handlers.admin import _lang
from bot.permissions import ADMINS, audited, is_admin
from bot.render import send_reply
from core.i18n import t
from core.i18n_format import format_list
from core.insights import collect
from core.questions import questions_of
from intents.reply import Reply, esc

MAX_DAYS = 365
log = logging.getLogger(__name__)


def _days(context: BotContext, default: int) -> int | None:
    """The optional day count argument; None when it is not a number from 1 to MAX_DAYS."""
    if not context.args:
        return default
    arg = context.args[0]
    return int(arg) if arg.isdigit() and 1 <= int(arg) <= MAX_DAYS else None


def _counts(counts: dict[str, int], lang, limit: int = 8) -> str:
    if not counts:
        return t("stats_none", lang)
    return format_list([f"{esc(k)} {v}" for k, v in list(counts.items())[:limit]], lang)


async def _not_for_you(update: Update, context: BotContext) -> None:
    """Exactly what an unknown command gets: the help text in private chats, silence in groups."""
    user = update.effective_user
    log.warning("staff command %r refused for user %s", update.effective_message.text,
                user.id if user else None)
    if update.effective_chat.type == "private":
        await conversation.on_command(update, context)


@audited("unanswered")
async def unanswered(update: Update, context: BotContext) -> None:
    """/unanswered [days]: the questions the bot could not answer well, most frequent first."""
    if not is_admin(update):
        await _not_for_you(update, context)
        return
    lang, days = _lang(update, context), _days(context, 7)
    if days is None:
        await send_reply(context.bot, update.effective_chat.id,
                         Reply(text=t("unanswered_usage", lang), lang=lang), locale=None)
        return
    groups = questions_of(context.services.store).unanswered(days)
    if not groups:
        text = t("unanswered_none", lang, days=days)
    else:
        lines = [t("unanswered_head", lang, days=days)]
        for n, group in enumerate(groups, 1):
            langs = ", ".join(f"{code} {count}" for code, count in
                              sorted(group.langs.items(), key=lambda kv: -kv[1]))
            lines.append(t("unanswered_line", lang, n=n, count=group.count,
                           text=esc(group.text[:200]), langs=langs))
        text = "\n".join(lines)
    await send_reply(context.bot, update.effective_chat.id, Reply(text=text, lang=lang), locale=None)


def _duration(seconds: float | None, lang) -> str:
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    if minutes >= 60:
        return t("duration_hm", lang, h=minutes // 60, m=f"{minutes % 60:02d}")
    return t("duration_min", lang, n=minutes)


@audited("stats")
async def stats(update: Update, context: BotContext) -> None:
    """/stats [days]: partners, questions and answer rate, handoffs, inquiries, subscribers."""
    if not is_admin(update):
        await _not_for_you(update, context)
        return
    lang, days = _lang(update, context), _days(context, 30)
    days = days or 30
    s = collect(context.services.store.db, days, clock=context.services.brain.clock)
    rate = f"{s.answer_rate:.0%} ({s.answered}/{s.questions})" if s.answer_rate is not None else "—"
    text = t("stats_text", lang, days=days, partners=s.partners,
             languages=_counts(s.by_language, lang), countries=_counts(s.by_country, lang),
             questions=s.questions, rate=rate, subjects=_counts(s.by_subject, lang, 12),
             open=s.handoffs_open, closed=s.handoffs_closed,
             median=_duration(s.median_first_reply, lang),
             inquiries=s.inquiries if s.inquiries is not None else "—",
             subscribers=_counts(s.subscribers, lang, 12))
    await send_reply(context.bot, update.effective_chat.id, Reply(text=text, lang=lang), locale=None)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("unanswered", unanswered, filters=ADMINS))
    app.add_handler(CommandHandler("stats", stats, filters=ADMINS))

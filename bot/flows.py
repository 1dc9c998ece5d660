"""Multi-step flows (the inquiry form, the staff /announce composer) that survive a restart
and say so when they expired.

Both are `ConversationHandler(persistent=True, name=...)` over `bot.persistence`. Two ways a
flow ends by time:
- while the bot runs, PTB's `conversation_timeout` fires: `timeout_handlers(name)` leave a
  note in `user_data`, and the partner's next text gets "your form expired" from `expired`
  (group `EXPIRED_GROUP`, before the conversation's catch-all) instead of an answer;
- across a restart PTB has no timer to restore: `fresh(name, callback)` wraps each step and
  compares the time of the last step (kept in `user_data`) with the timeout.

The timeout is BOT_FLOW_TIMEOUT_MINUTES (`timeout_of`).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.context import BotContext
from bot.send import acknowledge

EXPIRED_GROUP = -4
SEEN = "flow_seen"  # user_data: flow name -> ISO time of its last step
EXPIRED = "flow_expired"  # user_data: name of the flow that timed out, until the next text

# name -> (keys in user_data to clear, callback that tells the partner it expired)
Notice = Callable[[Update, BotContext], Awaitable[None]]
FLOWS: dict[str, tuple[tuple[str, ...], Notice]] = {}
# name -> is this message no answer to the open flow, but meant for the conversation ("thanks",
# a question, a request for a person)? While a handoff is open such a message goes to the team.
Aside = Callable[[Update, BotContext], Awaitable[bool]]
ASIDES: dict[str, Aside] = {}
# name -> close the open flow because a person took over the conversation (its data to staff)
HandOver = Callable[[BotContext, int], Awaitable[None]]
HAND_OVERS: dict[str, HandOver] = {}


def declare(name: str, data_keys: tuple[str, ...], notice: Notice, aside: Aside | None = None,
            hand_over: HandOver | None = None) -> None:
    """Register a flow: which `user_data` keys are its state, how to say it expired, and
    (optional) how to tell a message meant for the conversation from an answer to it, and how
    to close it when a person takes the conversation over."""
    FLOWS[name] = (data_keys, notice)
    if aside is not None:
        ASIDES[name] = aside
    if hand_over is not None:
        HAND_OVERS[name] = hand_over


def _open_flows(context: BotContext) -> list[str]:
    data = context.user_data or {}
    return [name for name, (keys, _) in FLOWS.items() if any(key in data for key in keys)]


async def answers_flow(update: Update, context: BotContext) -> bool:
    """Whether this message is for the open flow: there is one, and it does not set the
    message aside as meant for the conversation (`declare(aside=...)`)."""
    names = _open_flows(context)
    for name in names:
        if name in ASIDES and await ASIDES[name](update, context):
            return False
    return bool(names)


async def hand_over(context: BotContext, chat_id: int) -> None:
    """A person took the conversation over: every open flow that can be closed for it is."""
    for name in _open_flows(context):
        if name in HAND_OVERS:
            await HAND_OVERS[name](context, chat_id)


def _now() -> datetime:
    return datetime.now(UTC)


def timeout_of(app: Application) -> float:
    """Seconds without an answer after which a flow is over (BOT_FLOW_TIMEOUT_MINUTES)."""
    return float(app.bot_data["settings"].bot_flow_timeout_minutes) * 60


def begin(context: BotContext, name: str) -> None:
    context.user_data.setdefault(SEEN, {})[name] = _now().isoformat()
    context.user_data.pop(EXPIRED, None)


def in_flow(context: BotContext) -> bool:
    """Whether this user is in the middle of a flow (its state is in `user_data`): their text
    answers the flow, even while a handoff is open."""
    data = context.user_data or {}
    return any(key in data for keys, _ in FLOWS.values() for key in keys)


def fresh(name: str, callback: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Run a step of flow `name`, unless the last step was longer ago than the timeout."""
    @functools.wraps(callback)
    async def step(update: Update, context: BotContext) -> Any:
        seen = context.user_data.get(SEEN, {}).get(name)
        limit = timeout_of(context.application)
        if seen and (_now() - datetime.fromisoformat(seen)).total_seconds() > limit:
            await _expire(update, context, name)
            return ConversationHandler.END
        begin(context, name)
        return await callback(update, context)
    return step


async def _expire(update: Update, context: BotContext, name: str) -> None:
    keys, notice = FLOWS[name]
    for key in keys:
        context.user_data.pop(key, None)
    context.user_data.get(SEEN, {}).pop(name, None)
    if update.callback_query is not None:
        await acknowledge(update.callback_query)
    await notice(update, context)


def timeout_handlers(name: str) -> list[TypeHandler]:
    """For `ConversationHandler.TIMEOUT`: clear the flow and note it for the next text."""
    async def timed_out(update: Update, context: BotContext) -> None:
        keys, _ = FLOWS[name]
        for key in keys:
            context.user_data.pop(key, None)
        context.user_data.get(SEEN, {}).pop(name, None)
        context.user_data[EXPIRED] = name

    return [TypeHandler(Update, timed_out)]


async def expired(update: Update, context: BotContext) -> None:
    """The first text after a flow timed out: say so, and do not answer it as a question."""
    name = context.user_data.pop(EXPIRED, None) if context.user_data else None
    if name in FLOWS:
        await FLOWS[name][1](update, context)
        raise ApplicationHandlerStop


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                                   expired), group=EXPIRED_GROUP)

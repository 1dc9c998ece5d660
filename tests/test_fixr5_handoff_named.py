"""fixR5: the partner who answers a staff message the moment it arrives (before the relay's row
marks the handoff answered) hears that it went to that person by name, and a later handoff in the
same chat does not inherit the name of whoever wrote in the last one."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import ApplicationHandlerStop

from bot.handlers import handoff
from core.handoffs import handoffs_of
from core.i18n import t
from core.store import Store
from tests.test_handoff_relay import PARTNER, STAFF, context_for, partner_update, store  # noqa: F401


def _say(context, text: str, message_id: int) -> list[str]:
    context.bot.sent.clear()
    with pytest.raises(ApplicationHandlerStop):
        asyncio.run(handoff.on_partner_message(partner_update(text, message_id), context))
    return [text for text, _ in context.bot.to(PARTNER)]


def test_a_reply_before_the_staff_row_is_saved_is_said_to_reach_that_person(store: Store) -> None:  # noqa: F811
    context = context_for(store)
    h = handoffs_of(store).open(PARTNER, PARTNER, "contact", "hola", STAFF)
    handoffs_of(store).set_post(h.id, 77, None)
    assert _say(context, "hola, sigo aquí", 2) != []  # the whole note, once
    # Mia's message reached the partner: `relay_from_staff` marks this before the send, and saves
    # the relay row (first_staff_reply) only after it; the partner's thanks come in between
    key = handoff._key(h)
    context.bot_data.setdefault(handoff.STAFF_NAME, {})[key] = "Mia"
    context.bot_data.setdefault(handoff.AFTER_STAFF, {})[key] = True
    handoff._spoke(context, h)
    assert _say(context, "¡Muchas gracias, Mia!", 3) == [t("handoff_ack_named", "es", name="Mia")]


def test_a_new_handoff_does_not_name_the_last_ones_staff(store: Store) -> None:  # noqa: F811
    context = context_for(store)
    h = handoffs_of(store).open(PARTNER, PARTNER, "contact", "hola", STAFF)
    handoffs_of(store).set_post(h.id, 77, None)
    context.bot_data.setdefault(handoff.STAFF_NAME, {})[handoff._key(h)] = "Mia"

    async def edited(*args, **kw) -> None:  # the post's buttons go; nothing to check here
        return None

    context.bot.edit_message_reply_markup = edited
    asyncio.run(handoff.close(context, handoffs_of(store).get(h.id) or h, "Leo"))
    h2 = handoffs_of(store).open(PARTNER, PARTNER, "contact", "otra cosa", STAFF)
    handoffs_of(store).set_post(h2.id, 88, None)
    assert _say(context, "hola", 4) != []
    assert _say(context, "y otra cosa más", 5) == [t("handoff_ack", "es")]

"""A forum staff chat whose topic staff delete, and a staff /close that meets a partner's message
on its way: under any timing the partner's message reaches staff (in a fresh topic, with the
handoff's post again) and the partner never hears "it reached the team" after "closed".

Handlers are driven directly with a recording forum bot and a real file store (as
tests/test_handoff_relay.py), so each interleaving is forced, not hoped for."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from bot.handlers import handoff
from core.handoffs import handoffs_of
from core.i18n import t
from core.store import Store
from intents.reply import Reply
from tests.test_handoff_relay import PARTNER, STAFF, Bot, context_for, partner_update


class ForumBot(Bot):
    """A forum staff chat: topics can be created and deleted; a send into a deleted one fails
    as Telegram's does."""

    def __init__(self) -> None:
        super().__init__()
        self.topics = {7}
        self.created: list[str] = []

    async def get_chat(self, chat_id: int) -> SimpleNamespace:
        if chat_id == STAFF:
            return SimpleNamespace(is_forum=True)
        return SimpleNamespace(first_name="Lucía", last_name="Pérez", username="lucia_p")

    async def create_forum_topic(self, chat_id: int, name: str) -> SimpleNamespace:
        await asyncio.sleep(0.01)  # a round trip: concurrent sends meet here
        self._next += 1
        self.topics.add(self._next)
        self.created.append(name)
        return SimpleNamespace(message_thread_id=self._next)

    async def send_message(self, chat_id: int, text: str, **kw) -> SimpleNamespace:
        thread = kw.get("message_thread_id")
        if chat_id == STAFF and thread is not None and thread not in self.topics:
            raise BadRequest("Message thread not found")
        return await super().send_message(chat_id, text, **kw)

    async def edit_message_reply_markup(self, *args, **kw) -> None:
        return None


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "bot.db", write_wait=0.3)
    handoffs_of(opened)
    yield opened
    opened.close(timeout=10)


def forum_context(store: Store) -> SimpleNamespace:
    context = context_for(store)
    context.bot = ForumBot()
    return context


def open_in_topic(store: Store, status: str = "open"):  # type: ignore[no-untyped-def]
    handoffs = handoffs_of(store)
    h = handoffs.open(PARTNER, PARTNER, "contact", "¿me pasan con un asesor?", STAFF)
    handoffs.set_post(h.id, 70, 7)
    if status == "claimed":
        handoffs.claim(h.id, "Mia")
    return handoffs.get(h.id)


@pytest.mark.parametrize("status", ["open", "claimed"])
def test_a_message_into_a_deleted_topic_opens_a_fresh_one_and_reaches_staff(
        store: Store, status: str) -> None:
    context = forum_context(store)
    h = open_in_topic(store, status)
    context.bot.topics.discard(7)  # staff deleted the partner's topic
    with pytest.raises(ApplicationHandlerStop):
        asyncio.run(handoff.on_partner_message(partner_update("Somos Filmadora Sur", 3), context))
    [new] = sorted(context.bot.topics)
    assert new != 7 and len(context.bot.created) == 1 and "Lucía" in context.bot.created[0]
    to_staff = context.bot.to(STAFF)
    # the handoff's post again (who and what, with its buttons), then the message itself
    assert [kw.get("message_thread_id") for _, kw in to_staff] == [new, new]
    assert f"#{h.id}" in to_staff[0][0] and "Lucía" in to_staff[0][0]
    assert to_staff[0][1].get("reply_markup") is not None
    assert "Somos Filmadora Sur" in to_staff[1][0]
    # the partner hears nothing of a failure
    assert t("handoff_relay_failed", "es") not in [text for text, _ in context.bot.to(PARTNER)]
    # the handoff lives in the new topic now: staff writing there reach the partner
    moved = handoffs_of(store).for_thread(STAFF, new)
    assert moved is not None and moved.id == h.id and moved.status == status


def test_sends_that_meet_the_same_deleted_topic_share_one_new_topic(store: Store) -> None:
    context = forum_context(store)
    h = open_in_topic(store)
    context.bot.topics.discard(7)

    async def both() -> None:
        await asyncio.gather(handoff._to_thread(context, h, "uno"),
                             handoff._to_thread(context, h, "dos"))

    asyncio.run(both())
    assert len(context.bot.created) == 1
    [new] = sorted(context.bot.topics)
    texts = {text: kw.get("message_thread_id") for text, kw in context.bot.to(STAFF)}
    assert texts["uno"] == texts["dos"] == new


def test_closing_a_handoff_whose_topic_is_gone_opens_no_topic(store: Store) -> None:
    context = forum_context(store)
    h = open_in_topic(store)
    context.bot.topics.discard(7)
    asyncio.run(handoff.close(context, h, "Mia"))
    assert context.bot.created == []
    assert [text for text, _ in context.bot.to(PARTNER)] == [t("handoff_closed", "es")]
    assert handoffs_of(store).active(PARTNER) is None


def test_a_close_while_the_message_is_handled_leaves_no_reached_the_team_line(
        store: Store) -> None:
    """The partner writes; while the bot still weighs answering it, staff /close. The partner
    gets "closed", and no "it reached the team" line after it (it came late, and it broke
    every test that counted the partner's messages)."""
    context = forum_context(store)
    h = open_in_topic(store)
    weighing, go_on = threading.Event(), threading.Event()

    def slow_reply(chat, text, profile):  # type: ignore[no-untyped-def]
        weighing.set()
        go_on.wait(10)
        return Reply(text="", lang="es", answer="fallback", outcome="fallback")

    context.services.brain.reply_to_text = slow_reply

    async def race() -> None:
        partner = asyncio.ensure_future(
            handoff.on_partner_message(partner_update("Somos Filmadora Sur", 3), context))
        await asyncio.to_thread(weighing.wait, 10)
        await handoff.close(context, h, "Mia")
        go_on.set()
        with pytest.raises(ApplicationHandlerStop):
            await partner

    asyncio.run(race())
    assert [text for text, _ in context.bot.to(PARTNER)] == [t("handoff_closed", "es")]


def test_without_a_close_the_first_message_still_gets_its_line(store: Store) -> None:
    context = forum_context(store)
    open_in_topic(store)
    with pytest.raises(ApplicationHandlerStop):
        asyncio.run(handoff.on_partner_message(partner_update("Somos Filmadora Sur", 3), context))
    to_partner = [text for text, _ in context.bot.to(PARTNER)]
    assert len(to_partner) == 1 and to_partner[0] != t("handoff_closed", "es")

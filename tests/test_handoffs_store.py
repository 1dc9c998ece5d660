"""The handoff mapping in SQLite: found again from any message in its thread, after a reopen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.handoffs import Handoffs
from core.insights import collect
from core.store import Store
from tests.jobs_support import Clock

STAFF = -100


def test_mapping_relay_close_and_reopen(tmp_path) -> None:
    clock = Clock(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    store = Store.open(tmp_path / "bot.db")
    handoffs = Handoffs(store, clock=clock)
    h = handoffs.open(7, 7, "locations", "Can someone call me?", STAFF)
    assert handoffs.active(7) == h and h.status == "open" and h.opened == "2026-11-30T02:00:00+00:00"
    handoffs.set_post(h.id, 50, None)
    h = handoffs.get(h.id)
    handoffs.relay(h, "partner", "We are Filmadora", staff_message_id=51, partner_message_id=9)
    clock.advance(minutes=30)
    handoffs.relay(h, "staff", "Hi, Mia here", staff_name="Mia", staff_message_id=52)
    handoffs.relay(handoffs.get(h.id), "staff", "second", staff_name="Mia", staff_message_id=53)
    # Any message of the thread leads back to it, also from a new process (a new instance).
    again = Handoffs(Store.open(tmp_path / "bot.db"))
    assert again.for_staff_message(STAFF, 50).id == h.id
    assert again.for_staff_message(STAFF, 51).id == h.id
    assert again.for_staff_message(STAFF, 999) is None
    assert again.get(h.id).first_staff_reply == "2026-11-30T02:30:00+00:00"  # the first one
    handoffs.claim(h.id, "Mia")
    handoffs.close(h.id)
    assert handoffs.active(7) is None and handoffs.get(h.id).closed
    handoffs.reopen(h.id)
    assert handoffs.get(h.id).status == "claimed" and handoffs.get(h.id).closed is None
    stats = collect(store.db, 30, clock=lambda: clock.now + timedelta(hours=1))
    assert (stats.handoffs_open, stats.handoffs_closed, stats.median_first_reply) == (1, 0, 1800.0)


def test_topics_are_reused_per_partner(tmp_path) -> None:
    handoffs = Handoffs(Store.open(tmp_path / "bot.db"))
    first = handoffs.open(7, 7, "", "人工客服", STAFF)
    handoffs.set_post(first.id, 60, 44)
    assert handoffs.topic_of(7, STAFF) == 44 and handoffs.topic_of(8, STAFF) is None
    handoffs.close(first.id)
    second = handoffs.open(7, 7, "", "还是想找个真人", STAFF)
    handoffs.set_post(second.id, 70, 44)
    assert handoffs.for_thread(STAFF, 44).id == second.id


def test_may_be_active_needs_no_query_per_message(tmp_path) -> None:
    """The partner-message gate asks `may_be_active` instead of querying for every message: it
    must know every chat with an open or claimed handoff, from the database at start and from
    each handoff opened, claimed or reopened since (before its write is done)."""
    store = Store.open(tmp_path / "bot.db")
    Handoffs(store).open(5, 5, "", "Can someone call me?", STAFF)  # left by an earlier process
    handoffs = Handoffs(store)
    assert handoffs.may_be_active(5) is None  # not read yet: the caller asks the database
    handoffs.load_live()
    assert handoffs.may_be_active(5) is True and handoffs.may_be_active(6) is False
    _, saved = handoffs.open_queued(6, 6, "", "人工客服", STAFF)
    assert handoffs.may_be_active(6) is True and saved.result(5) is not None
    waiting = handoffs.open(8, 8, "", "inquiry summary", STAFF, waiting=True)
    assert handoffs.may_be_active(8) is False and handoffs.active(8) is None
    handoffs.reopen(waiting.id)  # a staff reply to the summary's thread
    assert handoffs.may_be_active(8) is True and handoffs.active(8) is not None

"""Event reminders for partners who tapped "Remind me", at each offset before the event.

A tap stores (chat, event). The reminders of one event at one offset are one broadcast in the
ledger (kind `reminder`, ref = event id, occurrence = `<minutes>@<event start, UTC>`), fanned
out by the same engine as announcements, so they get the same crash safety and rate limits.
Keying the occurrence by the event's start means that if staff move the event, the old
pending reminders are cancelled and new ones are scheduled for the new time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from core.i18n import Lang, t
from core.i18n_format import format_list, format_offset
from core.kb.schema import Event
from core.store import Store
from intents.callbacks import encode
from intents.reply import Button, Reply, esc
from jobs.delivery import Recipient
from jobs.ledger import MISSED, PENDING, Broadcast, Ledger
from jobs.render import recipient, when_block, zone_of
from jobs.subscription_store import SubscriptionStore
from jobs.subscriptions import subscriptions_of

REMINDABLE = ("scheduled", "provisional", "proposed")
CANCEL_PREFIX = "-"  # `rem|-<event>` cancels the reminder (see intents.callbacks)
EVERY_EVENT = "*"  # `rem|-*` cancels all of the partner's reminders ("cancel my reminders" in words)


class HasEvents(Protocol):
    events: Mapping[str, Event]


def occurrence(offset: int, starts: datetime) -> str:
    return f"{offset}@{starts.astimezone(UTC).isoformat(timespec='minutes')}"


def offsets_ahead(event: Event, now: datetime, offsets: tuple[int, ...]) -> list[int]:
    """Offsets whose reminder time is still in the future, largest first."""
    return sorted((o for o in offsets if event.starts - timedelta(minutes=o) > now), reverse=True)


def set_reminder(store: Store, kb: HasEvents, chat_id: int, event_id: str, lang: Lang,
                 now: datetime, offsets: tuple[int, ...], home_tz: ZoneInfo,
                 said_zone: str | None = None, said_city: str | None = None) -> Reply:
    """Handle "Remind me": store the wish and say when the reminders will come, in the event's
    zone and the partner's (set with /timezone, else the city they named in the conversation,
    `said_zone`, as the answer above the button showed it, and named as they wrote it: `said_city`)."""
    event = kb.events.get(event_id)
    if event is None or event.status not in REMINDABLE:
        return Reply(text=t("rem_unknown", lang), lang=lang, toast=t("rem_unknown", lang)[:60])
    name = esc(event.name.get(lang))
    if event.starts <= now:
        return Reply(text=t("rem_past", lang, event=name), lang=lang)
    store.touch(chat_id)
    tz = zone_of(store.profile(chat_id).timezone or said_zone)  # type: ignore[union-attr]
    city = said_city if tz is not None and tz.key == said_zone else None
    ahead = offsets_ahead(event, now, offsets)
    if not ahead:
        return Reply(text=t("rem_soon", lang, event=name,
                            when=when_block(event, lang, tz, city)), lang=lang)
    subscriptions_of(store).add_reminder(chat_id, event_id)
    buttons = []
    if len(CANCEL_PREFIX + event_id) <= 40:
        buttons = [[Button(label=t("rem_cancel_button", lang),
                           data=encode("rem", CANCEL_PREFIX + event_id))]]
    text = t("rem_set", lang, event=name,
             offsets=format_list([format_offset(o, lang) for o in ahead], lang),
             when=when_block(event, lang, tz, city))
    return Reply(text=text, lang=lang, buttons=buttons, toast=t("rem_toast", lang),
                 intent="remind_me")


def cancelled_events(store: Store, chat_id: int, event_id: str) -> list[str]:
    """The events a cancel of `event_id` touches: that one, or for `EVERY_EVENT` all the chat's."""
    return subscriptions_of(store).reminders_of(chat_id) if event_id == EVERY_EVENT else [event_id]


def cancel_reminder(store: Store, kb: HasEvents, chat_id: int, event_id: str,
                    lang: Lang) -> Reply:
    """Cancel one event's reminder, or with `EVERY_EVENT` all of the chat's (the reply names them,
    or says there were none)."""
    if event_id == EVERY_EVENT:
        return _cancel_all(store, kb, chat_id, lang)
    subscriptions_of(store).remove_reminder(chat_id, event_id)
    event = kb.events.get(event_id)
    name = esc(event.name.get(lang)) if event else esc(event_id)
    return Reply(text=t("rem_cancelled", lang, event=name), lang=lang, mode="edit",
                 toast=t("rem_cancelled_toast", lang))


def _cancel_all(store: Store, kb: HasEvents, chat_id: int, lang: Lang) -> Reply:
    taken = cancelled_events(store, chat_id, EVERY_EVENT)
    for event_id in taken:
        subscriptions_of(store).remove_reminder(chat_id, event_id)
    if not taken:
        return Reply(text=t("rem_none", lang), lang=lang, intent="no_reminders")
    names = [esc(kb.events[e].name.get(lang) if e in kb.events else e) for e in taken]
    text = (t("rem_cancelled", lang, event=names[0]) if len(names) == 1 else
            t("rem_cancelled_all", lang, events=format_list([f"<b>{n}</b>" for n in names], lang)))
    return Reply(text=text, lang=lang,
                 toast=t("rem_cancelled_toast", lang))


@dataclass
class ReminderSync:
    """What a sync changed, for the scheduler and the staff report."""

    schedule: list[Broadcast] = field(default_factory=list)
    cancelled: list[Broadcast] = field(default_factory=list)
    missed: list[Broadcast] = field(default_factory=list)


def sync_event(ledger: Ledger, subs: SubscriptionStore, kb: HasEvents, event_id: str,
               now: datetime, offsets: tuple[int, ...]) -> ReminderSync:
    """Make the ledger's pending reminders of one event match the event and the takers."""
    out = ReminderSync()
    event = kb.events.get(event_id)
    wanted: set[str] = set()
    alive = (event is not None and event.status in REMINDABLE and event.starts > now
             and bool(subs.reminder_takers(event_id)))
    if alive:
        assert event is not None
        for offset in offsets:
            key = occurrence(offset, event.starts)
            due = event.starts - timedelta(minutes=offset)
            existing = ledger.find("reminder", event_id, key)
            if existing is None and due <= now:
                continue  # asked after that reminder's time: the later offsets still come
            bc, _ = ledger.upsert_pending("reminder", event_id, key, origin="reminder", due=due,
                                          payload={"event": event_id, "offset": offset})
            wanted.add(key)
            if bc.status == PENDING:
                out.schedule.append(bc)
    for bc in ledger.broadcasts(status=(PENDING,), kind="reminder", ref=event_id):
        if bc.occurrence in wanted:
            continue
        started = event is not None and event.starts <= now
        if started and bc.due <= now:
            ledger.set_status(bc.id, MISSED, "the event started before the reminder was sent")
            out.missed.append(bc)
        else:
            ledger.set_status(bc.id, "cancelled", "event moved, cancelled or removed")
            out.cancelled.append(bc)
    return out


def audience(subs: SubscriptionStore, event_id: str) -> dict[int, Recipient]:
    return {cid: recipient(row) for cid, row in subs.reminder_takers(event_id).items()}


def payload_offset(payload: dict[str, Any]) -> int:
    return int(payload.get("offset", 0))


def on_button(turn: Any, cb: Any, offsets: tuple[int, ...] = (1440, 60)) -> Reply:
    """`rem|<event>` sets, `rem|-<event>` cancels (Brain.extend(buttons=...) signature).

    The Telegram bot handles this button itself (so the reminders are scheduled at once);
    this adapter serves transports without a scheduler, which pick the wish up on start.
    """
    arg = cb.arg(0)
    if arg.startswith(CANCEL_PREFIX):
        return cancel_reminder(turn.store, turn.kb, turn.chat_id, arg[1:], turn.lang)
    return set_reminder(turn.store, turn.kb, turn.chat_id, arg, turn.lang, turn.now, offsets,
                        turn.home_tz, getattr(turn, "said_zone", None), getattr(turn, "said_city", None))

"""Events: upcoming first, times in the partner's zone and in Beijing time, .ics and reminders."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from core.i18n import BEIJING_ZONES, Lang
from core.kb.schema import Event
from intents.callbacks import Callback, encode
from intents.ics import event_ics
from intents.menu import ask_person_row
from intents.reply import Button, Document, Reply, esc
from intents.texts import paren, t
from intents.turn import Turn

# Every upcoming event must be reachable from the list (it has no next page): the shipped
# knowledge has 7, and the 7th was Latin Film Night 2027. Page the list when staff add more.
MAX_LISTED = 10
# Words that mean "past events" in a partner's question.
PAST_WORDS = re.compile(
    r"\b(past|previous|last year|earlier|pasad[oa]s?|anteriores|anterior|realizad[oa]s)\b"
    r"|往期|以往|之前的|过去|举办过|去年|지난|과거|이전", re.IGNORECASE)


def is_upcoming(event: Event, now: datetime) -> bool:
    if event.status in ("past", "cancelled"):
        return False
    return (event.ends or event.starts) >= now


def upcoming(turn: Turn) -> list[Event]:
    return sorted((e for e in turn.kb.events.values() if is_upcoming(e, turn.now)),
                  key=lambda e: e.starts)


def past(turn: Turn) -> list[Event]:
    return sorted((e for e in turn.kb.events.values() if not is_upcoming(e, turn.now)),
                  key=lambda e: e.starts, reverse=True)


def format_when(dt: datetime, turn: Turn) -> str:
    """`2027-10-15 19:30 Beijing time` plus the partner's own time when their zone differs."""
    home = dt.astimezone(turn.home_tz)
    label = (t('beijing_time', turn.lang) if turn.home_tz.key in BEIJING_ZONES
             else f"({turn.home_tz.key})")  # never "Beijing time" for another BOT_TIMEZONE
    text = f"{home:%Y-%m-%d %H:%M} {label}"
    user_tz = turn.user_tz
    if user_tz.key != turn.home_tz.key:
        local = dt.astimezone(user_tz)
        text = f"{local:%Y-%m-%d %H:%M} {t('your_time', turn.lang)} ({user_tz.key}) · {text}"
    return text


def status_note(event: Event, lang: Lang) -> str:
    return paren(t("status_" + event.status, lang), lang) if event.status != "scheduled" else ""


def line(turn: Turn, event: Event) -> str:
    lang = turn.lang
    where = f"\n  📍 {esc(event.venue.get(lang))}" if event.venue else ""
    return (f"• <b>{esc(event.name.get(lang))}</b>{esc(status_note(event, lang))}\n"
            f"  🕒 {esc(format_when(event.starts, turn))}{where}")


def in_months(event: Event, months: list[int], tz: ZoneInfo) -> bool:
    return event.starts.astimezone(tz).month in months


def answer(turn: Turn) -> Reply:
    named = [e for e in turn.ids("event") if e in turn.kb.events]
    if named and not PAST_WORDS.search(turn.text):
        return detail(turn, next_edition(turn, [turn.kb.events[e] for e in named]))
    if PAST_WORDS.search(turn.text):
        return listing(turn, "past")
    months = [int(m) for m in turn.ids("month") if str(m).isdigit()]
    return listing(turn, "up", months=months, only=named)


def next_edition(turn: Turn, named: list[Event]) -> Event:
    """Of the events a partner named, the next upcoming one; a past event named by a partner
    ("Latin Film Night") leads to its upcoming edition ("Latin Film Night 2027") if there is one."""
    coming = [e for e in named if is_upcoming(e, turn.now)]
    if coming:
        return min(coming, key=lambda e: e.starts)
    for event in upcoming(turn):
        if any(event.name.en.lower().startswith(e.name.en.lower()) for e in named):
            return event
    return named[0]


def listing(turn: Turn, which: str, months: list[int] | None = None,
            only: list[str] | None = None) -> Reply:
    lang = turn.lang
    events = upcoming(turn) if which == "up" else past(turn)
    if only:
        events = [e for e in events if e.id in only] or events
    if months:
        events = [e for e in events if in_months(e, months, turn.home_tz)] or events
    events = events[:MAX_LISTED]
    head = t("events_upcoming" if which == "up" else "events_past", lang)
    if not events:
        text = t("events_none", lang)
    else:
        text = head + "\n\n" + "\n\n".join(line(turn, e) for e in events)
    buttons = [[Button(label=f"ℹ️ {e.name.get(lang)}"[:60], data=encode("ev", e.id))] for e in events]
    other = ("past", "show_past") if which == "up" else ("up", "show_upcoming")
    buttons.append([Button(label=t(other[1], lang), data=encode("evs", other[0]))])
    buttons.append(ask_person_row(lang, "events"))
    return Reply(text=text, lang=lang, buttons=buttons)


def detail(turn: Turn, event: Event) -> Reply:
    lang = turn.lang
    parts = [f"<b>{esc(event.name.get(lang))}</b>{esc(status_note(event, lang))}",
             f"🕒 {esc(format_when(event.starts, turn))}"]
    if event.ends:
        parts[-1] += f" → {esc(format_when(event.ends, turn))}"
    if event.recurrence:
        parts.append(f"🔁 {esc(event.recurrence)}")
    if event.venue:
        parts.append(f"📍 {esc(event.venue.get(lang))}")
    parts += ["", esc(event.description.get(lang))]
    if event.url:
        parts.append(f'\n<a href="{esc(str(event.url))}">{esc(str(event.url))}</a>')
    buttons: list[list[Button]] = []
    if is_upcoming(event, turn.now):
        buttons.append([Button(label=t("add_to_calendar", lang), data=encode("ics", event.id)),
                        Button(label=t("remind_me", lang), data=encode("rem", event.id))])
    if event.location and event.location in turn.kb.locations:
        buttons.append([Button(label=t("show_on_map", lang), data=encode("map", event.location))])
    buttons.append(ask_person_row(lang, "events"))
    return Reply(text="\n".join(parts), lang=lang, buttons=buttons)


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "evs":
        return listing(turn, "past" if cb.arg(0) == "past" else "up")
    event = turn.kb.events.get(cb.arg(0))
    if event is None:
        return Reply(text=t("not_found", turn.lang), lang=turn.lang)
    if cb.action == "ics":
        name = event.name.get(turn.lang)
        return Reply(text=esc(name), lang=turn.lang,
                     document=Document(filename=f"{event.id}.ics", mime_type="text/calendar",
                                       content=event_ics(event, turn.lang, turn.now),
                                       caption=t("ics_caption", turn.lang, name=esc(name))))
    return detail(turn, event)

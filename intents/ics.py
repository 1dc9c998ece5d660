"""An .ics file for "Add to calendar", built with the icalendar package (RFC 5545)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from core.i18n import Lang
from core.kb.schema import Event

DEFAULT_LENGTH = timedelta(hours=2)


def ics_status(event: Event) -> str:
    """RFC 5545 STATUS: CANCELLED; TENTATIVE while the date is provisional (the event is only
    proposed, or its record is `source: sample`, a placeholder to confirm); else CONFIRMED."""
    if event.status == "cancelled":
        return "CANCELLED"
    if event.status in ("proposed", "provisional") or event.source == "sample":
        return "TENTATIVE"
    return "CONFIRMED"


def event_ics(event: Event, lang: Lang, now: datetime) -> bytes:
    """One VEVENT in UTC (every calendar app converts to local time); UID stable per event."""
    # Imported when a partner first asks for a calendar file: icalendar is ~7 MB and 80 modules
    # that no other answer needs, so the bot does not load them at every start.
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//HISDA partner bot//hengdian//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    item = VEvent()
    item.add("uid", f"{event.id}@hisda-partner-bot")
    item.add("dtstamp", now.astimezone(UTC))
    item.add("dtstart", event.starts.astimezone(UTC))
    item.add("dtend", (event.ends or event.starts + DEFAULT_LENGTH).astimezone(UTC))
    item.add("summary", event.name.get(lang))
    item.add("description", event.description.get(lang))
    if event.venue:
        item.add("location", event.venue.get(lang))
    if event.url:
        item.add("url", str(event.url))
    item.add("status", ics_status(event))
    cal.add_component(item)
    return cal.to_ical()

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
    # Imported here, not at the module's top, so that a process that only validates the knowledge
    # or runs a command loads none of it (~80 modules); the running bot imports it at its warm-up
    # (`warm`), not on the first partner who asks for a calendar file.
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


def warm(event: Event | None) -> None:
    """Import icalendar and write one calendar file, thrown away (`Brain.warm`): the first
    partner asking for one otherwise paid for the import (~50 ms of CPU in the running bot, where
    its dependencies are already loaded; perf19) and the first build. Costs ~6 MB of resident
    memory from the start instead of from the first calendar file. `event` is any event of the
    knowledge (None: the import alone)."""
    import icalendar  # noqa: F401

    if event is not None:
        event_ics(event, "en", datetime.now(UTC))

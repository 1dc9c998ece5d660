"""When things are due: occurrences of `when` / cron / RRULE schedules, and the misfire policy.

Pure functions of an injected `now`, so tests control time instead of sleeping through it.
Cron and RRULE are evaluated in the recurrence's own time zone (wall-clock time, so "every
Monday 10:00 Beijing" stays 10:00 across daylight-saving changes elsewhere).

Daylight saving time, in a zone that has it: each *local* occurrence fires once.
* Clocks go back (02:30 happens twice): the first 02:30 fires, the repeated one does not.
* Clocks go forward (02:30 never happens): it fires at the same distance after the jump
  (02:30 -> 03:30 for a one-hour jump), as cron does, rather than being skipped; if the rule
  also names that later time, that instant fires once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from croniter import croniter
from dateutil.rrule import DAILY, HOURLY, MONTHLY, WEEKLY, YEARLY, rrule, rrulestr

from core.kb.schema import Announcement, Recurrence
from jobs.ledger import ONCE

RRULE_ANCHOR = datetime(2024, 1, 1)
"""Local start of an RRULE without DTSTART (a Monday), so INTERVAL counts from a fixed day."""

MAX_CATCH_UP = 500
"""Never materialize more missed occurrences than this after a long outage (each is reported)."""

_ALLOWED_FREQ = {YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY}


class ScheduleError(ValueError):
    """A cron or RRULE expression the scheduler cannot use; the message is for staff."""


def _parse_rrule(rec: Recurrence) -> rrule:
    tz = ZoneInfo(rec.timezone)
    text = (rec.rrule or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        if "DTSTART" in text.upper():
            rule = rrulestr(text, tzinfos={}, ignoretz=False)
            if getattr(rule, "_dtstart", None) is not None and rule._dtstart.tzinfo is None:
                rule = rule.replace(dtstart=rule._dtstart.replace(tzinfo=tz))
        else:
            rule = rrulestr(text, dtstart=RRULE_ANCHOR.replace(tzinfo=tz))
    except (ValueError, TypeError) as exc:
        raise ScheduleError(f"rrule {rec.rrule!r} is not valid RFC 5545: {exc}") from None
    if not isinstance(rule, rrule):
        raise ScheduleError("give a single RRULE, not a set of rules")
    if rule._freq not in _ALLOWED_FREQ:
        raise ScheduleError("announcements may repeat at most hourly (FREQ=HOURLY or slower)")
    return rule


def _check_cron(rec: Recurrence) -> None:
    expr = (rec.cron or "").strip()
    if len(expr.split()) != 5 or not croniter.is_valid(expr):
        raise ScheduleError(
            f"cron {rec.cron!r} is not a 5-field cron expression "
            "(minute hour day month weekday, e.g. '30 19 * * FRI')")
    minute = expr.split()[0]
    if minute == "*" or "/" in minute or "," in minute or "-" in minute:
        raise ScheduleError("announcements may repeat at most hourly: give one fixed minute")


def check_recurrence(rec: Recurrence) -> None:
    """Raise ScheduleError with a staff-readable message if the rule cannot be scheduled."""
    if rec.cron:
        _check_cron(rec)
    else:
        _parse_rrule(rec)


def iter_after(rec: Recurrence, after: datetime) -> Iterator[datetime]:
    """Occurrences strictly after `after`, in UTC, ending at `until` if given."""
    check_recurrence(rec)
    tz = ZoneInfo(rec.timezone)
    start = after.astimezone(tz)
    if rec.cron:
        values: Iterator[datetime] = _cron_wall_clock(rec.cron, start)
    else:
        values = _parse_rrule(rec).xafter(start, inc=False)  # one pass over the rule
    last = after
    for value in values:
        value = value.astimezone(UTC)  # fold=0: the first of a repeated time, see module doc
        if rec.until is not None and value > rec.until:
            return
        if value > last:
            last = value
            yield value


def _cron_wall_clock(expr: str, start: datetime) -> Iterator[datetime]:
    """Cron times after `start` as local wall-clock times (fold=0), one per local time.

    croniter is run on naive local times (no DST arithmetic of its own, which repeats 02:30 on
    the night the clocks go back) and the zone is attached afterwards.
    """
    tz = start.tzinfo
    # Start just before the hour of `start`: an `after` inside the repeated hour (fold=1) must
    # not produce that hour's first pass again, and the UTC filter in `iter_after` drops it.
    it = croniter(expr, start.replace(tzinfo=None, fold=0) - timedelta(hours=1))
    while True:
        yield it.get_next(datetime).replace(tzinfo=tz, fold=0)


def next_after(rec: Recurrence, after: datetime) -> datetime | None:
    return next(iter_after(rec, after), None)


def occurrence_key(ann: Announcement, due: datetime) -> str:
    """Ledger key: `once` for a one-shot, the UTC instant for a recurring occurrence."""
    return ONCE if ann.recurrence is None else due.astimezone(UTC).isoformat(
        timespec="minutes")


Decision = Literal["wait", "now", "missed"]


def misfire(due: datetime, now: datetime, grace: timedelta) -> Decision:
    """What to do with an occurrence at start-up or when its job fires.

    Future: wait for it. Late by at most `grace` (the bot was down, or the job ran a little
    late): deliver now. Later than that: missed, and staff are told — never silently dropped.
    """
    if due > now:
        return "wait"
    return "now" if now - due <= grace else "missed"


@dataclass(frozen=True)
class Plan:
    """Occurrences of a recurring announcement to record, computed from the last known one."""

    missed: list[datetime]
    deliver_now: datetime | None
    upcoming: datetime | None


def plan_recurrence(rec: Recurrence, last: datetime | None, now: datetime,
                    grace: timedelta) -> Plan:
    """Occurrences after `last` (the latest already in the ledger), or after `now` if none.

    A rule seen for the first time starts with its next future occurrence: times before staff
    wrote it were never promised. After an outage, occurrences older than `grace` are missed,
    and of those within `grace` only the latest is delivered (the others are missed too: a
    partner should not get three copies of an hourly reminder in a row).
    """
    if last is None:
        return Plan([], None, next_after(rec, now))
    missed: list[datetime] = []
    due_now: datetime | None = None
    for value in iter_after(rec, last):
        decision = misfire(value, now, grace)
        if decision == "wait":
            return Plan(missed, due_now, value)
        if decision == "missed":
            missed.append(value)
        else:
            if due_now is not None:
                missed.append(due_now)
            due_now = value
        if len(missed) >= MAX_CATCH_UP:
            break
    return Plan(missed, due_now, None)

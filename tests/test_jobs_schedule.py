"""Schedules, the misfire policy and the announcement checks: pure functions, time injected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.kb.schema import Announcement, Recurrence
from core.telegram_html import html_errors as html_problems
from core.telegram_html import visible_length
from jobs.checks import check_announcement
from jobs.schedule import (
    MAX_CATCH_UP,
    ScheduleError,
    check_recurrence,
    iter_after,
    misfire,
    next_after,
    occurrence_key,
    plan_recurrence,
)

BJ = ZoneInfo("Asia/Shanghai")
GRACE = timedelta(hours=6)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_misfire_policy_waits_delivers_within_grace_and_misses_after() -> None:
    due = utc(2026, 10, 16, 1, 0)
    assert misfire(due, due - timedelta(seconds=1), GRACE) == "wait"
    assert misfire(due, due, GRACE) == "now"
    assert misfire(due, due + GRACE, GRACE) == "now"
    assert misfire(due, due + GRACE + timedelta(seconds=1), GRACE) == "missed"


def test_cron_is_evaluated_in_its_own_time_zone() -> None:
    rec = Recurrence(cron="30 19 * * FRI", timezone="Asia/Shanghai")
    nxt = next_after(rec, utc(2026, 10, 12, 0, 0))  # a Monday
    assert nxt == datetime(2026, 10, 16, 19, 30, tzinfo=BJ)
    assert nxt.tzinfo == UTC  # stored form


def test_rrule_keeps_wall_clock_time_across_daylight_saving() -> None:
    rec = Recurrence(rrule="FREQ=WEEKLY;BYDAY=MO;BYHOUR=10;BYMINUTE=0", timezone="Europe/Madrid")
    times = []
    for value in iter_after(rec, utc(2026, 10, 19)):
        times.append(value)
        if len(times) == 3:
            break
    local = [v.astimezone(ZoneInfo("Europe/Madrid")) for v in times]
    assert [v.hour for v in local] == [10, 10, 10]
    # Summer time ends on 25 October 2026: the UTC hour moves, the local hour does not.
    assert times[0].hour == 8 and times[1].hour == 9


def test_rrule_with_dtstart_and_until() -> None:
    rec = Recurrence(rrule="DTSTART:20260101T100000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=1",
                     timezone="Asia/Shanghai", until=datetime(2026, 3, 2, tzinfo=BJ))
    values = list(iter_after(rec, utc(2025, 12, 31)))
    assert [v.astimezone(BJ).month for v in values] == [1, 2, 3]


@pytest.mark.parametrize("rec", [
    Recurrence(cron="*/5 * * * *"),
    Recurrence(cron="0 10 * *"),
    Recurrence(rrule="FREQ=MINUTELY"),
    Recurrence(rrule="FREQ=WEEKLY;BYDAY=XX"),
])
def test_unusable_rules_are_rejected_with_a_message(rec: Recurrence) -> None:
    with pytest.raises(ScheduleError):
        check_recurrence(rec)


def test_plan_first_sight_starts_with_the_next_future_occurrence() -> None:
    rec = Recurrence(cron="0 10 * * *", timezone="UTC")
    plan = plan_recurrence(rec, None, utc(2026, 5, 1, 12, 0), GRACE)
    assert plan.missed == [] and plan.deliver_now is None
    assert plan.upcoming == utc(2026, 5, 2, 10, 0)


def test_plan_after_outage_misses_old_and_delivers_only_the_latest_within_grace() -> None:
    rec = Recurrence(rrule="FREQ=HOURLY", timezone="UTC")
    last = utc(2026, 5, 1, 0, 0)
    now = utc(2026, 5, 1, 9, 30)  # down for 9.5 hours
    plan = plan_recurrence(rec, last, now, GRACE)
    # 01:00..03:00 are older than 6 h; 04:00..09:00 are within grace, only 09:00 is sent.
    assert plan.deliver_now == utc(2026, 5, 1, 9, 0)
    assert plan.upcoming == utc(2026, 5, 1, 10, 0)
    assert plan.missed == [utc(2026, 5, 1, h, 0) for h in (1, 2, 3, 4, 5, 6, 7, 8)]


def test_plan_catch_up_is_bounded() -> None:
    rec = Recurrence(rrule="FREQ=HOURLY", timezone="UTC")
    plan = plan_recurrence(rec, utc(2020, 1, 1), utc(2026, 1, 1), GRACE)
    assert len(plan.missed) == MAX_CATCH_UP


def test_occurrence_key_is_once_for_one_shot_and_instant_for_recurring() -> None:
    base = {"id": "a", "source": "sample", "audience": {"topics": ["events"]},
            "text": {"en": "x"}}
    once = Announcement.model_validate({**base, "when": "2026-10-16T19:30:00+08:00"})
    rec = Announcement.model_validate({**base, "recurrence": {"cron": "0 10 * * *"}})
    assert occurrence_key(once, once.when) == "once"  # type: ignore[arg-type]
    assert occurrence_key(rec, utc(2026, 10, 16, 2)) == "2026-10-16T02:00+00:00"


# -- Telegram HTML checks ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "<b>Latin Film Night</b> tonight 19:30",
    'Tap <a href="https://www.hengdianworld.com/">here</a> &amp; enjoy &lt;3',
    "<b>bold <i>and italic</i></b>",
    '<span class="tg-spoiler">x</span> <blockquote expandable>y</blockquote>',
    "横店影视城 <i>拉丁电影之夜</i> 헝뎬 &#128512;",
])
def test_valid_telegram_html_passes(text: str) -> None:
    assert html_problems(text) == []


@pytest.mark.parametrize(("text", "fragment"), [
    ("<b>unclosed", "not closed"),
    ("<b><i>crossed</b></i>", "must nest"),
    ("Rock & roll", "bare '&'"),
    ("1 < 2", "bare '<'"),
    ("<div>block</div>", "not allowed"),
    ("line<br/>break", "self-closing"),
    ('<a href="javascript:alert(1)">x</a>', "must start with https"),
    ('<span class="red">x</span>', "tg-spoiler"),
    ("stray</b>", "never opened"),
])
def test_broken_html_is_reported(text: str, fragment: str) -> None:
    problems = html_problems(text)
    assert problems and any(fragment in p for p in problems), problems


def test_visible_length_counts_utf16_after_tags() -> None:
    assert visible_length("<b>ab</b>&amp;") == 3
    assert visible_length("😀") == 2  # one emoji is two UTF-16 code units for Telegram


def test_check_announcement_points_at_the_field() -> None:
    ann = Announcement.model_validate({
        "id": "a", "source": "sample", "when": "2026-10-16T19:30:00+08:00",
        "audience": {"topics": ["events"]},
        "text": {"en": "<b>ok</b>", "es": "<b>roto", "ko": "x" * 1100},
        "photo": "poster.png",
    })
    problems = check_announcement(ann)
    assert any(p.startswith("text.es:") and "not closed" in p for p in problems)
    assert any(p.startswith("text.ko:") and "1024" in p for p in problems)
    assert not any(p.startswith("text.en") for p in problems)


def test_shipped_announcements_pass_the_checks() -> None:
    from ruamel.yaml import YAML

    from core.kb.schema import AnnouncementsFile

    with open("knowledge/announcements.yaml", encoding="utf-8") as handle:
        data = YAML(typ="safe").load(handle)
    for ann in AnnouncementsFile.model_validate(data).announcements:
        assert check_announcement(ann) == [], ann.id

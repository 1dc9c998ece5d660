"""Daylight saving time and the studio's own zone: each local occurrence fires once, and a time
is labelled with the zone it is really in. A settable clock drives the scheduler; no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from core.i18n_format import zone_label
from core.kb.schema import Recurrence
from jobs.render import recipient, render_reminder, when_block
from jobs.schedule import iter_after
from tests.jobs_support import add_partner, announcement, event
from tests.test_jobs_announcer import World, world  # noqa: F401  (fixture)

MADRID = ZoneInfo("Europe/Madrid")


def _local(values: list[datetime]) -> list[str]:
    return [v.astimezone(MADRID).strftime("%m-%d %H:%M %Z") for v in values]


def test_fall_back_fires_the_repeated_local_time_once() -> None:
    rule = Recurrence(cron="30 2 * * *", timezone="Europe/Madrid")
    got = list(islice(iter_after(rule, datetime(2026, 10, 23, 12, tzinfo=UTC)), 3))
    assert _local(got) == ["10-24 02:30 CEST", "10-25 02:30 CEST", "10-26 02:30 CET"]


def test_spring_forward_fires_after_the_jump_instead_of_skipping() -> None:
    rule = Recurrence(cron="30 2 * * *", timezone="Europe/Madrid")
    got = list(islice(iter_after(rule, datetime(2027, 3, 26, 12, tzinfo=UTC)), 3))
    assert _local(got) == ["03-27 02:30 CET", "03-28 03:30 CEST", "03-29 02:30 CEST"]


def test_hourly_rule_across_both_transitions_never_repeats_an_instant() -> None:
    rule = Recurrence(cron="30 * * * *", timezone="Europe/Madrid")
    autumn = list(islice(iter_after(rule, datetime(2026, 10, 24, 22, tzinfo=UTC)), 6))
    assert _local(autumn) == ["10-25 00:30 CEST", "10-25 01:30 CEST", "10-25 02:30 CEST",
                              "10-25 03:30 CET", "10-25 04:30 CET", "10-25 05:30 CET"]
    spring = list(islice(iter_after(rule, datetime(2027, 3, 27, 23, tzinfo=UTC)), 4))
    assert _local(spring) == ["03-28 00:30 CET", "03-28 01:30 CET", "03-28 03:30 CEST",
                              "03-28 04:30 CEST"]
    assert len(set(autumn + spring)) == 10


def test_rrule_follows_the_same_policy() -> None:
    rule = Recurrence(rrule="FREQ=DAILY;BYHOUR=2;BYMINUTE=30", timezone="Europe/Madrid")
    got = list(islice(iter_after(rule, datetime(2026, 10, 24, 12, tzinfo=UTC)), 2))
    assert _local(got) == ["10-25 02:30 CEST", "10-26 02:30 CET"]


async def _run_nights(w: World, start: datetime, hours: int) -> None:
    w.clock.now = start
    await w.announcer.start()
    for _ in range(hours * 4):
        await w.tick(minutes=15)


async def test_a_0230_announcement_reaches_partners_once_per_night_through_the_stub(
        world: World) -> None:  # noqa: F811
    partner = world.stub.add_user(language_code="es").id
    add_partner(world.store, partner, "es")
    nightly = announcement("ann_nightly", recurrence={"cron": "30 2 * * *",
                                                      "timezone": "Europe/Madrid"},
                           text={"en": "Nightly", "es": "Cada noche"})
    world.live.swap(announcements={nightly.id: nightly})
    await _run_nights(world, datetime(2026, 10, 24, 12, tzinfo=UTC), 40)  # through fall-back
    assert world.messages(partner) == ["Cada noche", "Cada noche"]  # 25th and 26th, once each
    sent = [m["date"] for m in world.stub.sent_messages(partner)]
    assert len(sent) == 2


async def test_one_announcement_the_scheduler_refuses_does_not_stop_the_others(
        world: World) -> None:  # noqa: F811
    bad = announcement("ann_bad", recurrence={"cron": "*/5 * * * *", "timezone": "UTC"})
    good = announcement("ann_good", when=world.clock.now + timedelta(hours=1))
    world.live.swap(announcements={bad.id: bad, good.id: good},
                    events={"latin_film_night": event()})
    report = await world.announcer.start()
    assert list(report.failed) == ["ann_bad"] and "hourly" in report.failed["ann_bad"]
    assert [bc.ref for bc in report.scheduled] == ["ann_good"]


def test_event_time_is_labelled_with_its_real_zone() -> None:
    starts = datetime(2027, 10, 15, 11, 30, tzinfo=UTC)
    in_madrid = event(starts=starts).model_copy(update={"timezone": "Europe/Madrid"})
    madrid = when_block(in_madrid, "en", ZoneInfo("America/Bogota"))
    assert "Beijing" not in madrid and zone_label(MADRID, "en") in madrid and "13:30" in madrid
    beijing = when_block(event(starts=starts), "en", ZoneInfo("America/Bogota"))
    assert "Beijing time" in beijing and "19:30" in beijing
    rcpt = recipient({"chat_id": 1, "language": "es", "timezone": None})
    out = render_reminder(in_madrid, rcpt, starts - timedelta(hours=1), MADRID)
    assert "Pekín" not in out.text and zone_label(MADRID, "es") in out.text

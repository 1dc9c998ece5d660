"""The announcer: knowledge sync, misfire policy, restarts, reminders and staff broadcasts.

Time is a settable clock and the scheduler is driven by it (`ManualScheduler.run_due`), so a
"minute ahead" or "eight hours of downtime" takes no real time. Messages go through the real
python-telegram-bot to the loopback stub.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from core.store import Store
from jobs.announcer import Announcer, AnnouncerConfig, ManualScheduler
from jobs.delivery import DeliveryEngine
from jobs.ledger import CANCELLED, DONE, EXPIRED, MISSED, PENDING
from jobs.render import Payload
from jobs.subscriptions import ledger_of
from tests.botapi_stub import running_stub
from tests.jobs_support import (
    T0,
    Clock,
    Live,
    add_partner,
    announcement,
    event,
    kb,
    make_bot,
    store,
)

WORDS = {"en": "Latin Film Night", "es": "Noche de Cine Latino", "zh": "拉丁电影之夜",
         "ko": "라틴 영화의 밤"}


class World:
    """One bot process worth of jobs objects on a shared store; `restart()` makes a new one."""

    def __init__(self, stub, s: Store, live: Live, clock: Clock, staff_chat: int) -> None:
        self.stub, self.store, self.live, self.clock = stub, s, live, clock
        self.staff_chat = staff_chat
        self.bot = make_bot(stub)
        self.restart()

    def restart(self) -> Announcer:
        self.scheduler = ManualScheduler()
        self.engine = DeliveryEngine(self.bot, self.store, ledger_of(self.store), rate=200.0,
                                     backoff=(0.01, 0.05), progress_every=0.05)
        config = AnnouncerConfig(grace=timedelta(hours=6), staff_chat_id=self.staff_chat,
                                 home_tz=ZoneInfo("Asia/Shanghai"), reminder_offsets=(1440, 60))
        self.announcer = Announcer(self.store, self.engine, self.live, self.scheduler, config,
                                   clock=self.clock)
        return self.announcer

    async def tick(self, **advance: float) -> None:
        """Move the clock, run what is due, wait for the broadcasts to finish."""
        self.clock.advance(**advance)
        await self.scheduler.run_due(self.clock.now)
        await self.announcer.idle()

    def messages(self, chat_id: int) -> list[str]:
        return [m.get("text") or "" for m in self.stub.sent_messages(chat_id)]

    def copies(self) -> Counter:
        return Counter(m["chat"]["id"] for m in self.stub.sent_messages()
                       if m["chat"]["id"] != self.staff_chat)


@pytest.fixture
async def world() -> AsyncIterator[World]:
    with running_stub() as stub:
        staff = stub.add_group("HISDA staff").chat_id
        w = World(stub, store(), Live(kb()), Clock(), staff)
        async with w.bot:
            yield w


def partners(w: World) -> dict[str, list[int]]:
    """Two subscribed partners per language, plus one on another topic and one unsubscribed."""
    out: dict[str, list[int]] = {}
    for lang in WORDS:
        ids = [w.stub.add_user(language_code=lang).id for _ in range(2)]
        for cid in ids:
            add_partner(w.store, cid, lang)
        out[lang] = ids
    other = w.stub.add_user().id
    add_partner(w.store, other, "en", topics=("korea_news",))
    nobody = w.stub.add_user().id
    add_partner(w.store, nobody, "en", topics=())
    out["not_in_audience"] = [other, nobody]
    return out


async def test_a_minute_ahead_reaches_exactly_the_subscribers_once_even_after_restart(
        world: World) -> None:
    who = partners(world)
    world.live.swap(announcements={"ann_film_night": announcement(when=T0 + timedelta(minutes=1))})
    report = await world.announcer.start()
    assert [bc.ref for bc in report.scheduled] == ["ann_film_night"]
    await world.tick(seconds=30)
    assert world.copies() == Counter()  # not yet
    await world.tick(seconds=31)
    for lang, word in WORDS.items():
        for cid in who[lang]:
            [text] = world.messages(cid)
            assert word in text
    assert all(world.messages(cid) == [] for cid in who["not_in_audience"])
    [summary] = world.messages(world.staff_chat)
    assert "ann_film_night" in summary and "Delivered: 8" in summary
    # restart right after: nothing is scheduled again and nothing is resent
    again = await world.restart().start()
    assert again.scheduled == [] and world.scheduler.names() == []
    await world.tick(hours=30)
    assert set(world.copies().values()) == {1} and len(world.copies()) == 8
    assert len(world.messages(world.staff_chat)) == 1


async def test_edits_apply_before_sending_and_never_resend_after(world: World) -> None:
    who = partners(world)
    first = announcement(when=T0 + timedelta(hours=1))
    world.live.swap(announcements={first.id: first})
    await world.announcer.start()
    later = announcement(when=T0 + timedelta(hours=2), text={"en": "Moved to 21:00"})
    world.announcer.sync(world.live.swap(announcements={first.id: later}))
    await world.tick(hours=1, minutes=1)
    assert world.copies() == Counter()  # the old time no longer fires
    await world.tick(hours=1)
    assert world.messages(who["en"][0]) == ["Moved to 21:00"]
    assert world.messages(who["es"][0]) == ["Moved to 21:00"]  # English fallback
    edited = announcement(when=T0 + timedelta(hours=5), text={"en": "Typo fixed"})
    report = world.announcer.sync(world.live.swap(announcements={first.id: edited}))
    assert report.scheduled == [] and world.scheduler.names() == []
    await world.tick(hours=5)
    assert set(world.copies().values()) == {1}


async def test_removing_a_pending_announcement_cancels_it(world: World) -> None:
    partners(world)
    ann = announcement(when=T0 + timedelta(minutes=10))
    world.live.swap(announcements={ann.id: ann})
    await world.announcer.start()
    report = world.announcer.sync(world.live.swap(announcements={}))
    assert [bc.ref for bc in report.cancelled] == [ann.id]
    await world.tick(minutes=20)
    assert world.copies() == Counter()
    [bc] = ledger_of(world.store).broadcasts()
    assert bc.status == CANCELLED and "removed" in bc.note


async def test_down_within_grace_delivers_on_start_beyond_grace_is_reported(
        world: World) -> None:
    who = partners(world)
    soon = announcement("ann_soon", when=T0 + timedelta(minutes=5))
    early = announcement("ann_early", when=T0 + timedelta(minutes=1), topics=("korea_news",))
    world.live.swap(announcements={soon.id: soon, early.id: early})
    await world.announcer.start()
    # The bot goes down before either fires. It comes back 6 h 3 min later: ann_soon is
    # 5 h 58 min late (within the 6 h grace), ann_early 6 h 2 min (beyond it).
    world.clock.advance(hours=6, minutes=3)
    await world.restart().start()
    await world.tick()
    ledger = ledger_of(world.store)
    assert ledger.find("announcement", "ann_soon", "once").status == DONE
    assert ledger.find("announcement", "ann_early", "once").status == MISSED
    assert all(len(world.messages(cid)) == 1 for cid in who["en"])
    assert world.messages(who["not_in_audience"][0]) == []
    staff = world.messages(world.staff_chat)
    assert any("ann_early" in m and "not sent" in m and "6 h" in m for m in staff)
    assert any("ann_soon" in m and "Delivered: 8" in m for m in staff)


async def test_an_old_one_shot_first_read_late_is_expired_and_reported(world: World) -> None:
    partners(world)
    old = announcement("ann_old", when=T0 - timedelta(days=3))
    world.live.swap(announcements={old.id: old})
    await world.announcer.start()
    await world.tick()
    assert ledger_of(world.store).find("announcement", "ann_old", "once").status == EXPIRED
    assert world.copies() == Counter()
    [report] = world.messages(world.staff_chat)
    assert "ann_old" in report and "not sent" in report


async def test_recurring_announcement_schedules_the_next_after_each(world: World) -> None:
    who = partners(world)
    digest = announcement("ann_digest", recurrence={"cron": "0 10 * * *",
                                                    "timezone": "Asia/Shanghai"},
                          text={"en": "Daily digest"})
    world.live.swap(announcements={digest.id: digest})
    await world.announcer.start()  # T0 is 10:00 Beijing: first is tomorrow 10:00
    [name] = world.scheduler.names()
    assert name.endswith("2026-10-15T02:00+00:00")
    await world.tick(days=1)
    await world.tick(days=1)
    assert world.messages(who["en"][0]) == ["Daily digest", "Daily digest"]
    [name] = world.scheduler.names()
    assert name.endswith("2026-10-17T02:00+00:00")
    # staff change the rule: the pending occurrence is replaced, not duplicated
    weekly = announcement("ann_digest", recurrence={"cron": "0 10 * * MON",
                                                    "timezone": "Asia/Shanghai"})
    world.announcer.sync(world.live.swap(announcements={digest.id: weekly}))
    [name] = world.scheduler.names()
    assert name.endswith("2026-10-19T02:00+00:00")


async def test_reminders_in_partner_language_and_zone_follow_the_event(world: World) -> None:
    ev = event(starts=T0 + timedelta(days=2))
    world.live.swap(events={ev.id: ev})
    ana = world.stub.add_user(language_code="es").id
    add_partner(world.store, ana, "es", topics=(), tz="America/Mexico_City")
    await world.announcer.start()
    reply = world.announcer.remind(ana, ev.id, "es")
    assert "el día anterior" in reply.text and "una hora antes" in reply.text
    assert len(world.scheduler.names()) == 2
    await world.tick(days=1, seconds=1)
    [first] = world.messages(ana)
    assert first.startswith("⏰ Recordatorio: el evento Noche de Cine Latino empieza mañana")
    assert "viernes 16 de octubre de 2026, 10:00 (hora de Pekín)" in first
    assert "jueves 15 de octubre, 20:00 en Ciudad de México" in first  # the day before, in Mexico
    # staff move the event one day later: the hour-before reminder moves with it
    moved = event(starts=ev.starts + timedelta(days=1))
    world.announcer.sync(world.live.swap(events={ev.id: moved}))
    await world.tick(hours=23)  # the old "1 hour before" time
    assert len(world.messages(ana)) == 1
    await world.tick(hours=1)  # the moved event's day-before reminder
    await world.tick(hours=23)  # and its hour-before reminder
    texts = world.messages(ana)
    assert len(texts) == 3 and "mañana" in texts[1] and "dentro de 1 hora" in texts[2]
    assert "sábado 17 de octubre de 2026, 10:00 (hora de Pekín)" in texts[2]  # moved event


async def test_cancelled_reminder_is_not_sent(world: World) -> None:
    ev = event(starts=T0 + timedelta(days=2))
    world.live.swap(events={ev.id: ev})
    ana = world.stub.add_user(language_code="ko").id
    add_partner(world.store, ana, "ko", topics=())
    await world.announcer.start()
    world.announcer.remind(ana, ev.id, "ko")
    reply = world.announcer.remind(ana, "-" + ev.id, "ko")
    assert "취소" in reply.text and world.scheduler.names() == []
    await world.tick(days=3)
    assert world.messages(ana) == []


async def test_cancelling_every_reminder_in_words_unschedules_them_all(world: World) -> None:
    first, second = event(starts=T0 + timedelta(days=2)), event(starts=T0 + timedelta(days=5))
    second = second.model_copy(update={"id": "second_event"})
    world.live.swap(events={first.id: first, second.id: second})
    ana = world.stub.add_user(language_code="es").id
    add_partner(world.store, ana, "es", topics=())
    await world.announcer.start()
    world.announcer.remind(ana, first.id, "es")
    world.announcer.remind(ana, second.id, "es")
    assert len(world.scheduler.names()) == 4
    reply = world.announcer.remind(ana, "-*", "es")  # what "cancela mis recordatorios" sends
    assert "Recordatorios cancelados" in reply.text and world.scheduler.names() == []
    assert "No tienes recordatorios" in world.announcer.remind(ana, "-*", "es").text
    await world.tick(days=6)
    assert world.messages(ana) == []


async def test_staff_broadcast_now_shows_progress_and_summary(world: World) -> None:
    who = partners(world)
    admin = world.stub.add_user(language_code="zh").id
    world.store.touch(admin, language_code="zh")
    await world.announcer.start()
    payload = Payload.of(announcement(world.announcer.new_id(), text={"en": "Open day!",
                                                                      "zh": "开放日！"}))
    bc = world.announcer.create(payload, None, requested_by=admin)
    msg = await world.bot.send_message(admin, "📣 …")
    world.announcer.ledger.set_progress_message(bc.id, admin, msg.message_id)
    await world.announcer.start_now(bc)
    await world.announcer.idle()
    assert world.messages(who["zh"][0]) == ["开放日！"] and world.messages(who["ko"][0]) == [
        "Open day!"]
    [progress] = world.stub.sent_messages(admin)
    assert "发送完成" in progress["text"] and "已送达：8" in progress["text"]
    [summary] = world.messages(world.staff_chat)
    assert bc.ref in summary


async def test_staff_schedule_list_and_cancel(world: World) -> None:
    partners(world)
    await world.announcer.start()
    payload = Payload.of(announcement("tg_test", text={"en": "Later"}))
    world.announcer.create(payload, T0 + timedelta(hours=3), requested_by=1)
    [(bc, count)] = world.announcer.pending()
    assert bc.ref == "tg_test" and bc.status == PENDING and count == 8
    assert world.announcer.cancel("tg_test") == 1 and world.announcer.cancel("tg_test") == 0
    await world.tick(hours=4)
    assert world.copies() == Counter() and world.announcer.pending() == []


async def test_the_staff_chat_summary_is_in_bot_staff_lang(world: World) -> None:
    """The summary goes to the staff chat in BOT_STAFF_LANG, whoever asked for the broadcast
    and whatever language the staff chat's own profile has; the admin's progress stays theirs."""
    from dataclasses import replace

    partners(world)
    world.store.touch(world.staff_chat, language_code="en")
    world.announcer.config = replace(world.announcer.config, staff_lang="ko")
    admin = world.stub.add_user(language_code="zh").id
    world.store.touch(admin, language_code="zh")
    await world.announcer.start()
    payload = Payload.of(announcement(world.announcer.new_id(), text={"en": "Open day!"}))
    bc = world.announcer.create(payload, None, requested_by=admin)
    await world.announcer.start_now(bc)
    await world.announcer.idle()
    [summary] = world.messages(world.staff_chat)
    assert "단체 발송" in summary and "전달: 8" in summary and "Delivered" not in summary
    assert world.announcer.lang_of(admin) == "zh"


async def test_one_rendering_per_language_and_script_each_reader_gets_theirs(
        world: World) -> None:
    """An announcement is rendered once per (language, script) and shared by everyone who
    reads it that way: Traditional readers still get Traditional, each language its own text."""
    who = partners(world)
    traditional = [world.stub.add_user(language_code="zh-hant").id for _ in range(3)]
    for cid in traditional:
        add_partner(world.store, cid, "zh-hant")
        world.store.set_zh_script(cid, "hant")
    world.live.swap(announcements={"ann_film_night": announcement(when=T0 + timedelta(minutes=1))})
    await world.announcer.start()
    await world.tick(minutes=2)
    for lang, word in WORDS.items():
        texts = {text for cid in who[lang] for text in world.messages(cid)}
        assert len(texts) == 1 and word in texts.pop()
    hant = {text for cid in traditional for text in world.messages(cid)}
    assert len(hant) == 1 and "拉丁電影之夜" in hant.pop()

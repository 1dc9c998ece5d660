"""Scheduled announcements and reminders: from the knowledge files and staff to the engine.

The `Announcer` keeps three things in step:

* the knowledge snapshot (`announcements.yaml`, `events.yaml`) — `sync(kb)` runs at start-up
  and after every hot reload: new announcements get a pending occurrence, edits to a pending
  one update its time and text, removing a pending one cancels it, and anything already sent
  (or running, missed, cancelled) is never touched, so an edit never resends;
* the ledger in SQLite, the source of truth — `start()` resumes broadcasts that were running
  when the bot stopped and reschedules everything pending;
* the scheduler (PTB's JobQueue via `JobQueueScheduler`): one named job per pending
  occurrence, replaced rather than duplicated when rescheduled.

Misfire policy (`jobs.schedule.misfire`): an occurrence whose time passed while the bot was
down is delivered on start-up if it is at most `grace` late (BOT_GRACE_HOURS), else marked
missed and reported to staff; never silently dropped. A one-shot announcement that is already
more than `grace` in the past the first time the bot reads it is `expired` (also reported).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from core.i18n import Lang, Variant, partner_locale, t
from core.i18n_format import format_datetime, format_duration, zone_label
from core.kb.schema import Announcement, Event, Topic
from core.store import Store, utcnow
from intents.reply import Reply, esc
from jobs import reminders
from jobs.delivery import DeliveryEngine, Outgoing, Progress, Recipient
from jobs.ledger import (
    CANCELLED,
    DONE,
    EXPIRED,
    MISSED,
    ONCE,
    OPEN_STATES,
    PENDING,
    RUNNING,
    SUPERSEDED,
    Broadcast,
    Ledger,
)
from jobs.render import (
    BEIJING,
    Payload,
    in_audience,
    recipient,
    render_announcement,
    render_reminder,
)
from jobs.schedule import misfire, next_after, occurrence_key, plan_recurrence
from jobs.subscription_store import SubscriptionStore
from jobs.subscriptions import subscriptions_of

log = logging.getLogger(__name__)

Callback = Callable[[], Awaitable[None]]


class Knowledge(Protocol):
    """A snapshot: the parts of `core.kb.index.KnowledgeBase` the announcer reads."""

    announcements: Mapping[str, Announcement]
    events: Mapping[str, Event]
    topics: Mapping[str, Topic]


class HasCurrent(Protocol):
    @property
    def current(self) -> Any: ...


class Scheduler(Protocol):
    """Runs `callback` once at `when` under a unique `name` (rescheduling replaces it)."""

    def schedule(self, name: str, when: datetime, callback: Callback) -> None: ...

    def cancel(self, name: str) -> None: ...


class JobQueueScheduler:
    """`Scheduler` on python-telegram-bot's JobQueue (APScheduler underneath)."""

    def __init__(self, job_queue: Any, clock: Callable[[], datetime] = utcnow) -> None:
        self.job_queue = job_queue
        self.clock = clock

    def schedule(self, name: str, when: datetime, callback: Callback) -> None:
        self.cancel(name)

        async def job(_context: object) -> None:
            await callback()

        # misfire_grace_time=None: APScheduler must never skip a late job on its own; our
        # own policy (grace hours, staff report) decides in Announcer.fire.
        self.job_queue.run_once(job, when=max(when, self.clock()), name=name,
                                job_kwargs={"misfire_grace_time": None})

    def cancel(self, name: str) -> None:
        for job in self.job_queue.get_jobs_by_name(name):
            job.schedule_removal()

    def names(self) -> list[str]:
        return sorted(job.name for job in self.job_queue.jobs())


class ManualScheduler:
    """`Scheduler` driven by the caller's clock: tests and one-shot command-line runs."""

    def __init__(self) -> None:
        self.jobs: dict[str, tuple[datetime, Callback]] = {}

    def schedule(self, name: str, when: datetime, callback: Callback) -> None:
        self.jobs[name] = (when, callback)

    def cancel(self, name: str) -> None:
        self.jobs.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self.jobs)

    async def run_due(self, now: datetime) -> int:
        """Run every job due at `now` (in time order); returns how many ran."""
        due = sorted((when, name) for name, (when, _cb) in self.jobs.items() if when <= now)
        for _when, name in due:
            _w, callback = self.jobs.pop(name)
            await callback()
        return len(due)


@dataclass(frozen=True)
class AnnouncerConfig:
    grace: timedelta = timedelta(hours=6)
    staff_chat_id: int | None = None
    home_tz: ZoneInfo = BEIJING
    reminder_offsets: tuple[int, ...] = (1440, 60)
    staff_lang: Lang = "en"  # BOT_STAFF_LANG: what the summaries in the staff chat are in

    @classmethod
    def from_settings(cls, settings: Any) -> AnnouncerConfig:
        return cls(grace=timedelta(hours=settings.bot_grace_hours),
                   staff_chat_id=settings.bot_staff_chat_id, home_tz=settings.tz,
                   reminder_offsets=tuple(settings.bot_reminder_offsets),
                   staff_lang=settings.bot_staff_lang)


@dataclass
class SyncReport:
    """What one sync did (for logs and tests)."""

    scheduled: list[Broadcast] = field(default_factory=list)
    cancelled: list[Broadcast] = field(default_factory=list)
    missed: list[Broadcast] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    """Announcement id (or `reminders:<event>`) -> why it could not be synced; the others were."""


class Announcer:
    """Owns scheduled broadcasts for one bot process (see the module docstring)."""

    def __init__(self, store: Store, engine: DeliveryEngine, knowledge: HasCurrent,
                 scheduler: Scheduler, config: AnnouncerConfig = AnnouncerConfig(), *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self.engine = engine
        self.ledger: Ledger = engine.ledger
        self.subscriptions: SubscriptionStore = subscriptions_of(store)
        self.knowledge = knowledge
        self.scheduler = scheduler
        self.config = config
        self.clock = clock
        self._tasks: set[asyncio.Task] = set()
        self._firing: set[int] = set()
        self._reporting: set[int] = set()
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- life cycle --------------------------------------------------------------------------
    async def start(self) -> SyncReport:
        """Sync with the knowledge, resume interrupted broadcasts, schedule everything pending."""
        self._loop = asyncio.get_running_loop()
        report = self.sync(self.knowledge.current)
        for bc in self.ledger.broadcasts(status=(RUNNING,)):
            log.warning("resuming broadcast %s interrupted by the last stop", bc.name)
            self.spawn(self.fire(bc.id))
        for bc in self.ledger.broadcasts(status=(PENDING,)):
            self._schedule(bc)
        self.spawn(self.report_unreported())
        return report

    async def stop(self, timeout: float = 10.0) -> None:
        """Let sends in flight finish (the rest stays queued for the next start)."""
        self.engine.stop()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)

    def on_knowledge_change(self, old: Any, new: Any) -> None:
        """`LiveKnowledge.on_change` hook; may be called from any thread."""
        if self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._sync_logged, new)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("announcer task failed", exc_info=task.exception())

    async def idle(self) -> None:
        """Wait until no broadcast or report task is running (tests, CLI)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks))

    # -- knowledge sync ----------------------------------------------------------------------
    def _sync_logged(self, kb: Any) -> None:
        try:
            report = self.sync(kb)
            log.info("announcements synced: %d scheduled, %d cancelled, %d missed",
                     len(report.scheduled), len(report.cancelled), len(report.missed))
        except Exception:
            log.exception("syncing announcements with the knowledge failed")

    def sync(self, kb: Knowledge) -> SyncReport:
        """Make the ledger and the scheduler match this knowledge snapshot."""
        now = self.clock()
        report = SyncReport()
        for ann in kb.announcements.values():
            try:  # one announcement the scheduler refuses must not stop the others
                self._sync_announcement(ann, now, report)
            except Exception as exc:
                log.exception("announcement %s could not be scheduled", ann.id)
                report.failed[ann.id] = str(exc) or type(exc).__name__
        for bc in self.ledger.broadcasts(status=OPEN_STATES, kind="announcement", origin="file"):
            if bc.ref not in kb.announcements:
                self._cancel(bc, "removed from the knowledge file", report)
        events = self.subscriptions.reminder_events() | {
            bc.ref for bc in self.ledger.broadcasts(status=(PENDING,), kind="reminder")}
        for event_id in sorted(events):
            try:
                self._sync_reminders(kb, event_id, now, report)
            except Exception as exc:
                log.exception("reminders of event %s could not be scheduled", event_id)
                report.failed[f"reminders:{event_id}"] = str(exc) or type(exc).__name__
        for bc in report.scheduled:
            self._schedule(bc)
        if report.missed and self._loop is not None:
            self.spawn(self.report_unreported())
        return report

    def _sync_announcement(self, ann: Announcement, now: datetime, report: SyncReport) -> None:
        if ann.recurrence is not None:
            self._sync_recurring(ann, now, report)
            return
        assert ann.when is not None
        payload = Payload.of(ann).dump()
        bc = self.ledger.find("announcement", ann.id, ONCE)
        if bc is not None and bc.origin != "file":
            log.warning("announcement id %s is also used by a staff broadcast; skipped", ann.id)
            return
        if bc is None:
            bc, _ = self.ledger.upsert_pending("announcement", ann.id, ONCE, origin="file",
                                               due=ann.when, payload=payload)
            if misfire(ann.when, now, self.config.grace) == "missed":
                self.ledger.set_status(bc.id, EXPIRED, "its time had already passed when the "
                                                       "bot first read it")
                report.missed.append(bc)
                return
            report.scheduled.append(bc)
        elif bc.status == PENDING:
            bc, changed = self.ledger.upsert_pending("announcement", ann.id, ONCE, origin="file",
                                                     due=ann.when, payload=payload)
            if changed:
                report.scheduled.append(bc)
        elif bc.status in (MISSED, EXPIRED) and ann.when > now and ann.when != bc.due:
            self.ledger.reopen(bc.id, ann.when, payload)  # staff gave a missed one a new time
            report.scheduled.append(self.ledger.get(bc.id))  # type: ignore[arg-type]
        # done, running, cancelled: untouched, so editing a sent announcement never resends it

    def _sync_recurring(self, ann: Announcement, now: datetime, report: SyncReport) -> None:
        rec = ann.recurrence
        assert rec is not None
        payload = Payload.of(ann).dump()
        rows = [bc for bc in self.ledger.broadcasts(kind="announcement", ref=ann.id)
                if bc.origin == "file"]
        if any(bc.status == RUNNING for bc in rows):
            return  # planned again when that occurrence finishes
        pending = [bc for bc in rows if bc.status == PENDING]
        if pending:
            expected = next_after(rec, now)
            for bc in pending:
                if bc.due <= now:  # overdue (bot was down): fire() applies the misfire policy
                    self.ledger.upsert_pending("announcement", ann.id, bc.occurrence,
                                               origin="file", due=bc.due, payload=payload)
                elif bc.due == expected:
                    bc, changed = self.ledger.upsert_pending(
                        "announcement", ann.id, bc.occurrence, origin="file", due=bc.due,
                        payload=payload)
                    if changed:
                        report.scheduled.append(bc)
                else:  # the rule was edited: this time is no longer wanted
                    self.ledger.set_status(bc.id, SUPERSEDED, "recurrence edited")
                    self.scheduler.cancel(bc.name)
                    report.cancelled.append(bc)
                    if expected is not None:
                        self._add_occurrence(ann, expected, payload, report)
            return
        last = max((bc.due for bc in rows if bc.status != SUPERSEDED), default=None)
        plan = plan_recurrence(rec, last, now, self.config.grace)
        for due in plan.missed:
            bc = self._add_occurrence(ann, due, payload, None)
            self.ledger.set_status(bc.id, MISSED, "the bot was down at that time")
            report.missed.append(bc)
        for due in (plan.deliver_now, plan.upcoming):
            if due is not None:
                self._add_occurrence(ann, due, payload, report)

    def _add_occurrence(self, ann: Announcement, due: datetime, payload: dict[str, Any],
                        report: SyncReport | None) -> Broadcast:
        bc, _ = self.ledger.upsert_pending("announcement", ann.id, occurrence_key(ann, due),
                                           origin="file", due=due, payload=payload)
        if report is not None and bc.status == PENDING:
            report.scheduled.append(bc)
        return bc

    def _sync_reminders(self, kb: Knowledge, event_id: str, now: datetime,
                        report: SyncReport) -> None:
        out = reminders.sync_event(self.ledger, self.subscriptions, kb, event_id, now,
                                  self.config.reminder_offsets)
        report.scheduled += out.schedule
        report.missed += out.missed
        for bc in out.cancelled:
            self.scheduler.cancel(bc.name)
            report.cancelled.append(bc)

    def _cancel(self, bc: Broadcast, why: str, report: SyncReport | None = None) -> None:
        if bc.status == RUNNING or self.engine.is_running(bc.id):
            self.engine.cancel(bc.id)
        elif self.ledger.set_status(bc.id, CANCELLED, why, only_from=(PENDING,)):
            self.scheduler.cancel(bc.name)
        if report is not None:
            report.cancelled.append(bc)

    def _schedule(self, bc: Broadcast) -> None:
        self.scheduler.schedule(bc.name, bc.due, lambda: self._fire_soon(bc.id))

    async def _fire_soon(self, broadcast_id: int) -> None:
        """Job callback: run the broadcast as its own task so the job queue is not held."""
        self.spawn(self.fire(broadcast_id))

    # -- firing ------------------------------------------------------------------------------
    async def fire(self, broadcast_id: int) -> Progress | None:
        """Deliver one occurrence now, or apply the misfire policy if it is too late."""
        if broadcast_id in self._firing:
            return None
        self._firing.add(broadcast_id)
        try:
            return await self._fire(broadcast_id)
        finally:
            self._firing.discard(broadcast_id)

    async def _fire(self, broadcast_id: int) -> Progress | None:
        bc = self.ledger.get(broadcast_id)
        if bc is None or bc.status not in OPEN_STATES:
            return None
        kb = self.knowledge.current
        now = self.clock()
        decision = misfire(bc.due, now, self.config.grace)
        if decision == "wait":
            self._schedule(bc)
            return None
        if bc.kind == "reminder":
            event = kb.events.get(bc.ref)
            if event is None or event.starts <= now:
                decision = "missed"
        if decision == "missed":
            partial = 0
            if bc.status == RUNNING:
                partial = self.ledger.mark_remaining(bc.id, "missed", "too late after a restart")
            self.ledger.set_status(bc.id, MISSED, "the bot was down for longer than the grace "
                                                  "period")
            await self.report(self.ledger.get(bc.id), partial=partial)  # type: ignore[arg-type]
            self._plan_next(bc)
            return None
        audience, render = self._audience_and_render(bc, kb)
        progress = await self.engine.run(bc, audience, render, self._progress_sink(bc))
        if progress is not None:
            await self.report(self.ledger.get(bc.id), progress=progress)  # type: ignore[arg-type]
            self._plan_next(bc)
        return progress

    def _plan_next(self, bc: Broadcast) -> None:
        """After a recurring occurrence, schedule the next one."""
        if bc.kind != "announcement" or bc.origin != "file" or bc.occurrence == ONCE:
            return
        ann = self.knowledge.current.announcements.get(bc.ref)
        if ann is not None and ann.recurrence is not None:
            report = SyncReport()
            self._sync_recurring(ann, self.clock(), report)
            for item in report.scheduled:
                self._schedule(item)

    def _audience_and_render(self, bc: Broadcast, kb: Knowledge,
                             ) -> tuple[Callable[[], dict[int, Recipient]],
                                        Callable[[Recipient], Outgoing]]:
        if bc.kind == "reminder":
            event_id = bc.ref

            def reminder_audience() -> dict[int, Recipient]:
                return reminders.audience(self.subscriptions, event_id)

            def reminder_render(rcpt: Recipient) -> Outgoing:
                event = self.knowledge.current.events.get(event_id) or kb.events[event_id]
                return render_reminder(event, rcpt, self.clock(), self.config.home_tz)
            return reminder_audience, reminder_render
        payload = Payload.model_validate(bc.payload)
        directory = getattr(kb, "directory", None)
        # An announcement reads the same to every partner of one language and script: rendered
        # once per (language, variant), not 10,000 times on the event loop that answers partners.
        rendered: dict[tuple[Lang, Variant | None], Outgoing] = {}

        def announcement_render(rcpt: Recipient) -> Outgoing:
            key = (rcpt.lang, rcpt.variant)
            if key not in rendered:
                rendered[key] = render_announcement(payload, rcpt, directory)
            return rendered[key]
        return (lambda: self.audience(payload)), announcement_render

    def audience(self, payload: Payload) -> dict[int, Recipient]:
        """Active partners subscribed to any of the topics, matching languages/countries."""
        rows = self.subscriptions.subscribers(payload.audience.topics)
        out = {}
        for chat_id, row in rows.items():
            rcpt = recipient(row)
            if in_audience(rcpt, payload.audience):
                out[chat_id] = rcpt
        return out

    # -- partners: reminders -----------------------------------------------------------------
    def remind(self, chat_id: int, arg: str, lang: Lang, said_zone: str | None = None,
               said_city: str | None = None) -> Reply:
        """The "Remind me" button (`rem|<event>`, or `rem|-<event>` to cancel), scheduled now;
        `said_zone`: the city the partner named in the conversation, for the times shown
        (`said_city`: as they wrote it)."""
        kb = self.knowledge.current
        if arg.startswith(reminders.CANCEL_PREFIX):
            event_id = arg[len(reminders.CANCEL_PREFIX):]
            touched = reminders.cancelled_events(self.store, chat_id, event_id)
            reply = reminders.cancel_reminder(self.store, kb, chat_id, event_id, lang)
        else:
            touched = [arg]
            reply = reminders.set_reminder(self.store, kb, chat_id, arg, lang, self.clock(),
                                           self.config.reminder_offsets, self.config.home_tz, said_zone,
                                           said_city)
        report = SyncReport()
        for event_id in touched:
            self._sync_reminders(kb, event_id, self.clock(), report)
        for bc in report.scheduled:
            self._schedule(bc)
        return reply

    # -- staff: compose, list, cancel --------------------------------------------------------
    def new_id(self) -> str:
        return f"tg_{self.clock().astimezone(self.config.home_tz):%Y%m%d_%H%M}_{secrets.token_hex(2)}"

    def create(self, payload: Payload, due: datetime | None, requested_by: int) -> Broadcast:
        """Record a staff broadcast composed in Telegram; `due=None` means now."""
        when = due or self.clock()
        bc, _ = self.ledger.upsert_pending("announcement", payload.id, ONCE, origin="admin",
                                           due=when, payload=payload.dump(),
                                           requested_by=requested_by)
        if due is not None:
            self._schedule(bc)
        return bc

    def start_now(self, bc: Broadcast) -> asyncio.Task:
        return self.spawn(self.fire(bc.id))

    def cancel(self, ref: str) -> int:
        """/cancel ID: stop the pending (or running) occurrences of an announcement.

        For a recurring announcement from the file, only the next occurrence is skipped; the
        one after it is scheduled (remove it from the file to stop it for good).
        """
        hits = self.ledger.broadcasts(status=OPEN_STATES, kind="announcement", ref=ref)
        for bc in hits:
            self._cancel(bc, "cancelled by staff")
        if hits:
            ann = self.knowledge.current.announcements.get(ref)
            if ann is not None and ann.recurrence is not None:
                report = SyncReport()
                self._sync_recurring(ann, self.clock(), report)
                for item in report.scheduled:
                    self._schedule(item)
        return len(hits)

    def pending(self) -> list[tuple[Broadcast, int]]:
        """Open broadcasts with how many partners they would reach right now."""
        out = []
        for bc in self.ledger.broadcasts(status=OPEN_STATES):
            if bc.kind == "reminder":
                count = len(reminders.audience(self.subscriptions, bc.ref))
            else:
                count = len(self.audience(Payload.model_validate(bc.payload)))
            out.append((bc, count))
        return out

    # -- reports and progress ----------------------------------------------------------------
    def lang_of(self, chat_id: int | None) -> Lang:
        """The language staff get reports and progress in: the staff chat's (BOT_STAFF_LANG),
        else, in an admin's own chat, the same rule as any reply."""
        if chat_id is not None and chat_id == self.config.staff_chat_id:
            return self.config.staff_lang
        return partner_locale(self.store.profile(chat_id) if chat_id is not None else None).lang

    def due_text(self, due: datetime, lang: Lang) -> str:
        """"Saturday, 16 October 2027, 10:00 (Beijing time)" in the studio's zone."""
        tz = self.config.home_tz
        return t("in_zone", lang, when=format_datetime(due.astimezone(tz), lang),
                 zone=zone_label(tz, lang))

    def label(self, bc: Broadcast) -> str:
        if bc.kind == "reminder":
            return f"⏰ {bc.ref} −{reminders.payload_offset(bc.payload)} min"
        return bc.ref

    def _progress_sink(self, bc: Broadcast) -> Callable[[Progress], Awaitable[None]] | None:
        if bc.requested_by is None:
            return None

        async def sink(progress: Progress) -> None:
            current = self.ledger.get(bc.id)
            if current is None or current.requested_by is None:
                return
            lang = self.lang_of(current.requested_by)
            text = self.progress_text(progress, lang)
            if current.progress_message_id is None:
                msg = await self.engine.send(current.requested_by, Outgoing(text=text))
                if msg is not None:
                    self.ledger.set_progress_message(bc.id, msg.chat_id, msg.message_id)
                return
            await self.engine.edit(current.progress_chat_id or current.requested_by,
                                   current.progress_message_id, text)
        return sink

    def progress_text(self, progress: Progress, lang: Lang) -> str:
        c = progress.counts
        if progress.finished:
            return t("progress_done", lang, id=esc(self.label(progress.broadcast)), sent=c.sent,
                     failed=c.failed, blocked=c.blocked,
                     duration=format_duration(progress.elapsed, lang))
        return t("progress", lang, id=esc(self.label(progress.broadcast)), sent=c.sent,
                 failed=c.failed + c.blocked, remaining=c.todo)

    def summary_text(self, bc: Broadcast, lang: Lang, progress: Progress | None) -> str:
        c = self.ledger.counts(bc.id)
        errors = self.ledger.errors(bc.id)
        lines = "\n".join(f"• {esc(err)} × {n}" for err, n in errors)
        resent = progress.resent if progress else 0
        return t("summary", lang, id=esc(self.label(bc)), due=self.due_text(bc.due, lang),
                 sent=c.sent, failed=c.failed, blocked=c.blocked, skipped=c.skipped,
                 duration=format_duration(progress.elapsed, lang) if progress else "–",
                 errors=t("summary_errors", lang, lines=lines) if errors else "",
                 resent=t("summary_resent", lang, n=resent) if resent else "")

    def missed_text(self, bc: Broadcast, lang: Lang, partial: int = 0) -> str:
        grace = f"{self.config.grace.total_seconds() / 3600:g}"
        return t("missed", lang, id=esc(self.label(bc)), due=self.due_text(bc.due, lang),
                 grace=grace, partial=t("missed_partial", lang, n=partial) if partial else "")

    async def report(self, bc: Broadcast, *, progress: Progress | None = None,
                     partial: int = 0) -> None:
        """Tell staff how a broadcast ended (once: the ledger remembers it was reported)."""
        fresh = self.ledger.get(bc.id)
        if bc.id in self._reporting or fresh is None or fresh.reported:
            return
        self._reporting.add(bc.id)
        try:
            await self._report(bc, progress, partial)
        finally:
            self._reporting.discard(bc.id)

    async def _report(self, bc: Broadcast, progress: Progress | None, partial: int) -> None:
        chat = self.config.staff_chat_id
        quiet = bc.kind == "reminder" and bc.status == DONE  # reminders: only problems
        if chat is not None and not quiet and bc.status in (DONE, MISSED, EXPIRED):
            lang = self.lang_of(chat)
            text = (self.summary_text(bc, lang, progress) if bc.status == DONE
                    else self.missed_text(bc, lang, partial))
            if await self.engine.send(chat, Outgoing(text=text)) is None:
                return  # not marked: retried at the next start
        self.ledger.mark_reported(bc.id)

    async def report_unreported(self) -> None:
        """Reports lost to a crash (or missed while syncing) are sent now."""
        for bc in self.ledger.broadcasts(status=(DONE, MISSED, EXPIRED)):
            if not bc.reported and bc.id not in self._firing:
                await self.report(bc)

"""The broadcasting service: subscriptions, the delivery ledger, the engine and the announcer,
created in one place with typed settings.

Telegram handlers (`bot/handlers/subscriptions.py`, `bot/handlers/admin.py`) only reach it
through `services.features["broadcasting"]` (and, for older callers, `["announcer"]` and
`["delivery"]`). Its storage is its own:

* `SubscriptionStore` (`jobs.subscription_store`): what partners asked for (topics, reminders);
* `Ledger` (`jobs.ledger`): what was sent to whom, crash-safe;

both on the bot's SQLite store, with `core.migrations` steps for schema changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Bot

from bot.connections import bot_api_request
from core.i18n import Lang
from core.store import Store, utcnow
from jobs.announcer import Announcer, AnnouncerConfig, HasCurrent, Scheduler, SyncReport
from jobs.delivery import DeliveryEngine, default_concurrency, skip_missing_sniffio
from jobs.ledger import OPEN_STATES, PENDING, RUNNING, Ledger
from jobs.subscription_store import SubscriptionStore
from jobs.subscriptions import ledger_of, subscriptions_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BroadcastSettings:
    """What the service needs from `bot.settings.Settings` (typed, validated there)."""

    token: str
    api_url: str
    rate: float  # messages per second over all broadcasts (BOT_BROADCAST_RATE)
    grace: timedelta  # BOT_GRACE_HOURS
    staff_chat_id: int | None  # BOT_STAFF_CHAT_ID: summaries, missed reports
    home_tz: ZoneInfo  # BOT_TIMEZONE
    reminder_offsets: tuple[int, ...]  # BOT_REMINDER_OFFSETS, minutes
    staff_lang: Lang = "en"  # BOT_STAFF_LANG

    @classmethod
    def from_settings(cls, settings: Any) -> BroadcastSettings:
        if settings.bot_token is None:
            raise ValueError("BOT_TOKEN is required to broadcast")
        return cls(token=settings.bot_token.get_secret_value(), api_url=settings.bot_api_url,
                   rate=settings.bot_broadcast_rate,
                   grace=timedelta(hours=settings.bot_grace_hours),
                   staff_chat_id=settings.bot_staff_chat_id, home_tz=settings.tz,
                   reminder_offsets=tuple(settings.bot_reminder_offsets),
                   staff_lang=settings.bot_staff_lang)

    @property
    def concurrency(self) -> int:
        return default_concurrency(self.rate)

    def announcer_config(self) -> AnnouncerConfig:
        return AnnouncerConfig(grace=self.grace, staff_chat_id=self.staff_chat_id,
                               home_tz=self.home_tz, reminder_offsets=self.reminder_offsets,
                               staff_lang=self.staff_lang)

    def __repr__(self) -> str:  # never print the token
        return f"BroadcastSettings(rate={self.rate}, api_url={self.api_url!r}, ...)"


def broadcast_bot(settings: BroadcastSettings) -> Bot:
    """A Bot of its own for broadcasts: its own connection pool (a 10,000-chat broadcast never
    starves partners' replies of connections) and no PTB rate limiter in front, so the
    engine's pacer alone sets the pace and a `sending` row really means "on the wire"."""
    request = bot_api_request(connection_pool_size=settings.concurrency + 4, connect_timeout=10.0,
                              read_timeout=60.0, write_timeout=60.0, pool_timeout=30.0)
    return Bot(settings.token, base_url=f"{settings.api_url}/bot",
               base_file_url=f"{settings.api_url}/file/bot", request=request,
               get_updates_request=bot_api_request(connection_pool_size=1))  # never polls


class Broadcasting:
    """The service: create with `start(...)`, end with `stop()`."""

    def __init__(self, settings: BroadcastSettings, engine: DeliveryEngine, announcer: Announcer,
                 subscriptions: SubscriptionStore, ledger: Ledger) -> None:
        self.settings = settings
        self.engine = engine
        self.announcer = announcer
        self.subscriptions = subscriptions
        self.ledger = ledger
        self.last_sync: SyncReport | None = None

    @classmethod
    async def start(cls, settings: BroadcastSettings, store: Store, knowledge: HasCurrent,
                    scheduler: Scheduler, *, clock: Callable[[], datetime] = utcnow,
                    policy: Any = None, pacer: Any = None) -> Broadcasting:
        """Open its storage and bot, resume interrupted broadcasts, schedule what is pending
        (from the ledger and the knowledge files). `clock` returns aware UTC (tests); `policy`
        is the replies' `bot.send.SendPolicy` (delays, what is worth retrying), so broadcasts
        and replies retry alike; `pacer` is the replies' pace at broadcast priority
        (`bot.pace.PriorityPacer.lane(BULK)`), so broadcasts take only the slots replies leave
        (without it the engine paces itself at `settings.rate`)."""
        skip_missing_sniffio()
        ledger, subs = ledger_of(store), subscriptions_of(store)
        bot = broadcast_bot(settings)
        await bot.initialize()
        engine = DeliveryEngine(bot, store, ledger, rate=settings.rate,
                                concurrency=settings.concurrency, policy=policy, pacer=pacer)
        announcer = Announcer(store, engine, knowledge, scheduler, settings.announcer_config(),
                              clock=clock)
        service = cls(settings, engine, announcer, subs, ledger)
        service.last_sync = await announcer.start()
        log.info("broadcasting started at %.1f msg/s: %d scheduled, %d missed, %d refused",
                 1 / engine.pacer.interval, len(service.last_sync.scheduled),
                 len(service.last_sync.missed), len(service.last_sync.failed))
        return service

    def on_knowledge_change(self, old: Any, new: Any) -> None:
        """`LiveKnowledge.on_change` hook (any thread)."""
        self.announcer.on_knowledge_change(old, new)

    async def stop(self) -> None:
        """Finish the sends in flight; what is left stays queued in the ledger for next start."""
        await self.announcer.stop()
        await self.engine.bot.shutdown()

    def status(self) -> dict[str, Any]:
        """For /healthz: broadcasts waiting or running, and whether one is on the wire now."""
        pending = self.ledger.broadcasts(status=OPEN_STATES)
        return {"pending": sum(1 for bc in pending if bc.status == PENDING),
                "running": sum(1 for bc in pending if bc.status == RUNNING),
                "rate": self.settings.rate}

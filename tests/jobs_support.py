"""Shared helpers for the jobs tests: a small knowledge snapshot, a store, a clock, a bot.

The knowledge snapshot is built from the real schema models (the announcer only reads
`announcements`, `events`, `topics` and `directory`), so tests can move events and edit
announcements without writing YAML. The bot is the real python-telegram-bot `Bot` speaking
HTTP to the loopback Bot API stub.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Bot

from core.kb.schema import Announcement, Event, Topic
from core.store import Store
from tests.botapi_stub.server import client_request
from tests.botapi_stub.state import RECHECK
from tests.patience import BOT_START
from tests.warm_cache import warm_data_dir

T0 = datetime(2026, 10, 14, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Beijing

TOPIC_NAMES = {
    "events": {"en": "Events", "es": "Eventos", "zh": "活动", "ko": "행사"},
    "catalog_releases": {"en": "Catalog releases", "es": "Novedades del catálogo",
                         "zh": "片单上新", "ko": "카탈로그 신작"},
    "korea_news": {"en": "Korea news", "es": "Noticias de Corea", "zh": "韩国市场动态",
                   "ko": "한국 소식"},
}


class Clock:
    """A settable clock: tests move time instead of sleeping."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> datetime:
        self.now += timedelta(**kw)
        return self.now


@dataclass
class FakeKB:
    """A knowledge snapshot with what the announcer reads."""

    announcements: dict[str, Announcement] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    directory: Path | None = None
    version: str = "v1"


class Live:
    """`LiveKnowledge` stand-in: `.current` swapped by tests."""

    def __init__(self, kb: FakeKB) -> None:
        self.current = kb

    def swap(self, **changes: Any) -> FakeKB:
        self.current = replace(self.current, **changes)
        return self.current


def topics() -> dict[str, Topic]:
    return {tid: Topic(id=tid, source="sample", name=names,  # type: ignore[arg-type]
                       description={"en": f"News about {names['en']}"})  # type: ignore[arg-type]
            for tid, names in TOPIC_NAMES.items()}


def announcement(ann_id: str = "ann_film_night", *, when: datetime | None = None,
                 topics: tuple[str, ...] = ("events",), recurrence: dict | None = None,
                 text: dict[str, str] | None = None, **extra: Any) -> Announcement:
    data: dict[str, Any] = {
        "id": ann_id, "source": "sample", "audience": {"topics": list(topics), **extra.pop(
            "audience", {})},
        "text": text or {"en": "<b>Latin Film Night</b> tonight 19:30",
                         "es": "<b>Noche de Cine Latino</b> hoy 19:30",
                         "zh": "<b>拉丁电影之夜</b>今晚19:30",
                         "ko": "<b>라틴 영화의 밤</b> 오늘 밤 7시 30분"},
        **extra,
    }
    if recurrence is not None:
        data["recurrence"] = recurrence
    else:
        data["when"] = (when or T0 + timedelta(minutes=1)).isoformat()
    return Announcement.model_validate(data)


def event(event_id: str = "latin_film_night", *, starts: datetime | None = None,
          status: str = "scheduled") -> Event:
    return Event.model_validate({
        "id": event_id, "source": "sample", "status": status,
        "name": {"en": "Latin Film Night", "es": "Noche de Cine Latino", "zh": "拉丁电影之夜",
                 "ko": "라틴 영화의 밤"},
        "description": {"en": "Screenings."},
        "starts": (starts or T0 + timedelta(days=2)).isoformat(),
        "venue": {"en": "Hengdian Film Festival, Main Hall", "es": "Sala principal"},
    })


def kb(**kw: Any) -> FakeKB:
    return FakeKB(topics=topics(), **kw)


def store() -> Store:
    return Store.open(":memory:")


def add_partner(store: Store, chat_id: int, lang: str | None = "en", *, topics: tuple[str, ...] = (
        "events",), tz: str | None = None, country: str | None = None) -> None:
    from jobs.subscriptions import subscriptions_of

    store.touch(chat_id, user_id=chat_id, first_name=f"P{chat_id}", language_code=lang)
    if tz:
        store.set_timezone(chat_id, tz)
    if country:
        store.set_country(chat_id, country)
    for topic in topics:
        subscriptions_of(store).subscribe(chat_id, topic)


def make_bot(stub: Any, *, timeout: float = 10.0, pool: int = 64) -> Bot:
    """A real PTB Bot on the stub; a connection pool big enough for the engine's workers."""
    request = client_request(connection_pool_size=pool, read_timeout=timeout,
                             write_timeout=timeout, connect_timeout=timeout, pool_timeout=timeout)
    return Bot(**{**stub.bot_kwargs(), "request": request})


def texts_to(stub: Any, chat_id: int) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in stub.sent_messages(chat_id)]


# -- the real bot as a subprocess ----------------------------------------------------------
ROOT = Path(__file__).resolve().parents[1]


def knowledge_copy(target: Path, announcements_yaml: str) -> Path:
    """The shipped knowledge folder with our own announcements.yaml."""
    import shutil

    shutil.copytree(ROOT / "knowledge", target)
    (target / "announcements.yaml").write_text(announcements_yaml, encoding="utf-8")
    return target


def announcement_yaml(ann_id: str, when: datetime, topics: tuple[str, ...] = ("events",)) -> str:
    """One announcement in the staff file format, texts in all four languages."""
    return (
        "announcements:\n"
        f"  - id: {ann_id}\n"
        "    source: sample\n"
        f"    when: {when.isoformat(timespec='seconds')}\n"
        f"    audience:\n      topics: [{', '.join(topics)}]\n"
        "    text:\n"
        "      en: <b>Latin Film Night</b> tonight 19:30 Beijing time\n"
        "      es: <b>Noche de Cine Latino</b> hoy a las 19:30, hora de Pekín\n"
        "      zh: <b>拉丁电影之夜</b> 今晚19:30（北京时间）\n"
        "      ko: <b>라틴 영화의 밤</b> 오늘 밤 7시 30분(베이징 시간)\n"
    )


LANG_CYCLE = ("en", "es", "zh", "ko")


def seed_partners(db_path: Path, chat_ids: list[int], topics: tuple[str, ...] = ("events",),
                  ) -> dict[int, str]:
    """Profiles and subscriptions in bulk, languages in turn; returns chat id -> language."""
    from core.store import iso, utcnow
    from jobs.ledger import Ledger
    from jobs.subscription_store import SubscriptionStore

    st = Store.open(db_path)
    Ledger(st.db)  # create the tables the bot would
    SubscriptionStore(st)
    now = iso(utcnow())
    langs = {cid: LANG_CYCLE[i % 4] for i, cid in enumerate(chat_ids)}
    conn = st.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO profiles (chat_id, user_id, first_name, language_code, first_seen, last_seen,"
        " active) VALUES (?, ?, ?, ?, ?, ?, 1)",
        [(cid, cid, f"P{cid}", langs[cid], now, now) for cid in chat_ids])
    conn.executemany("INSERT INTO subscriptions (chat_id, topic, created) VALUES (?, ?, ?)",
                     [(cid, topic, now) for cid in chat_ids for topic in topics])
    conn.execute("COMMIT")
    st.close()
    return langs


class BotProcess:
    """`python -m bot run` against the stub, with its log in a file for post-mortems."""

    def __init__(self, stub: Any, data_dir: Path, knowledge_dir: Path, **env: str) -> None:
        import os

        self.stub = stub
        self.data_dir = data_dir
        self.knowledge_dir = knowledge_dir
        self.log_path = data_dir / "bot.log"
        self.env = {**os.environ, "BOT_TOKEN": stub.token, "BOT_API_URL": stub.url,
                    "BOT_DATA_DIR": str(data_dir), "BOT_KNOWLEDGE_DIR": str(knowledge_dir),
                    "BOT_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1", **env}
        self.process: Any = None

    def start(self) -> BotProcess:
        import subprocess
        import sys

        warm_data_dir(self.data_dir, self.knowledge_dir)
        polls_before = len(self.stub.calls("getUpdates"))
        log = open(self.log_path, "a")  # noqa: SIM115 - closed with the process
        log.write("\n===== start =====\n")
        log.flush()
        self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT,
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.wait(lambda: len(self.stub.calls("getUpdates")) > polls_before, BOT_START,
                  "the bot to start polling")
        return self

    def wait(self, condition: Any, timeout: float, what: str) -> None:
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = self.stub.journal.version
            if condition():
                return
            if self.process is not None and self.process.poll() is not None:
                raise AssertionError(f"bot exited ({self.process.returncode}) waiting for {what}:"
                                     f"\n{self.log_tail()}")
            # Checked again once the bot calls the stub (or after RECHECK): no busy polling.
            self.stub.journal.wait_change(seen, min(RECHECK, max(deadline - time.monotonic(), 0)))
        raise AssertionError(f"timed out waiting for {what}:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind, like a power cut of the process."""
        import signal

        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self, grace: float = 3.0) -> None:
        """SIGTERM, then SIGKILL after `grace` seconds (a bot that lingers after a knowledge
        reload must not hold up the suite; the ledger is committed either way)."""
        import subprocess

        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text().splitlines()[-lines:])
        except OSError:
            return "(no log)"

"""The embedded SQLite store (WAL): partner profiles and their interests.

SQLite is the source of truth for everything that must survive a restart. Other modules
(`jobs.*`) add their own tables to the same database through `Store.db`. All date-times are
stored as ISO 8601 strings in UTC with an explicit offset.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import sqlite_utils

from core.i18n import Lang, Locale, normalize_lang, partner_locale


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    """Stored form of a date-time: aware, UTC, ISO 8601. Naive values are a bug, so refuse them."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime; every stored date-time must be timezone-aware")
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating) the database in WAL mode, safe to share between the event loop's tasks."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    db = sqlite_utils.Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return db


@dataclass(frozen=True)
class Profile:
    """What the bot remembers of a partner's chat."""

    chat_id: int
    language: Lang | None  # chosen with /language; wins over Telegram's language_code
    language_code: str | None  # as Telegram reports it
    chat_lang: Lang | None  # the language of the partner's last clearly written message
    timezone: str | None
    country: str | None
    first_name: str | None
    active: bool
    zh_script: str | None = None  # "hant" | "hans": the Chinese script they last wrote in

    @property
    def locale(self) -> Locale:
        """Language (and Chinese script) for a button or command, which carries no text to
        detect; `core.i18n.partner_locale` decides (broadcasts call it with broadcast=True)."""
        return partner_locale(self)

    @property
    def conversation_lang(self) -> Lang:
        return self.locale.lang

    @property
    def preferred_lang(self) -> Lang:
        """The language broadcasts use (their /language choice, else the one they write in)."""
        return partner_locale(self, broadcast=True).lang


LAST_SEEN_EVERY = timedelta(hours=1)
"""`last_seen` is refreshed at most this often: a partner's message writes nothing when
nothing Telegram told us changed (no database write per message)."""


@dataclass(frozen=True)
class _Seen:
    profile: Profile
    user_id: int | None
    last_seen: datetime


class Store:
    """Typed access to partner data. One instance per process, created at start-up.

    Profiles read or written through the store are cached in memory (written through on
    every change), so a partner's message costs no query and, unless something changed, no
    write. Code that changes the `profiles` table behind the store's back must call
    `forget_cached`.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._seen: dict[int, _Seen] = {}
        self._migrate()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        return cls(connect(path))

    def _migrate(self) -> None:
        self.db["profiles"].create(
            {"chat_id": int, "user_id": int, "first_name": str, "language": str,
             "language_code": str, "timezone": str, "country": str, "first_seen": str,
             "last_seen": str, "active": int, "inactive_reason": str, "chat_lang": str,
             "zh_script": str},
            pk="chat_id", if_not_exists=True, defaults={"active": 1},
        )
        for column in ("chat_lang", "zh_script"):  # databases from before these columns
            if column not in self.db["profiles"].columns_dict:
                self.db["profiles"].add_column(column, str)
        self.db["interests"].create(
            {"chat_id": int, "work_id": str, "created": str, "notified": int},
            pk=("chat_id", "work_id"), if_not_exists=True,
        )

    # -- profiles -------------------------------------------------------------------------
    def touch(self, chat_id: int, *, user_id: int | None = None, first_name: str | None = None,
              language_code: str | None = None) -> Profile:
        """Create the profile on first contact and refresh what Telegram tells us each time.

        Writes only when something changed, the partner was inactive, or `last_seen` is older
        than `LAST_SEEN_EVERY`; otherwise returns the cached profile."""
        now_dt = utcnow()
        seen = self._seen.get(chat_id)
        if seen is not None and seen.profile.active \
                and now_dt - seen.last_seen < LAST_SEEN_EVERY \
                and (user_id is None or user_id == seen.user_id) \
                and (first_name is None or first_name == seen.profile.first_name) \
                and (language_code is None or language_code == seen.profile.language_code):
            return seen.profile
        now = iso(now_dt)
        self._seen.pop(chat_id, None)
        with self.db.conn:
            self.db.execute(
                """INSERT INTO profiles (chat_id, user_id, first_name, language_code, first_seen,
                                         last_seen, active)
                   VALUES (?, ?, ?, ?, ?, ?, 1)
                   ON CONFLICT(chat_id) DO UPDATE SET
                     user_id = coalesce(excluded.user_id, user_id),
                     first_name = coalesce(excluded.first_name, first_name),
                     language_code = coalesce(excluded.language_code, language_code),
                     last_seen = excluded.last_seen, active = 1, inactive_reason = NULL""",
                [chat_id, user_id, first_name, language_code, now, now],
            )
        return self.profile(chat_id)  # type: ignore[return-value]

    def profile(self, chat_id: int) -> Profile | None:
        """The partner's profile (cached after the first read), or None if never seen."""
        seen = self._seen.get(chat_id)
        if seen is not None:
            return seen.profile
        rows = list(self.db.query("SELECT * FROM profiles WHERE chat_id = ?", [chat_id]))
        if not rows:
            return None
        r = rows[0]
        profile = Profile(chat_id=r["chat_id"], language=normalize_lang(r["language"]),
                          language_code=r["language_code"],
                          chat_lang=normalize_lang(r.get("chat_lang")), timezone=r["timezone"],
                          country=r["country"], first_name=r["first_name"],
                          active=bool(r["active"]), zh_script=r.get("zh_script"))
        try:
            last_seen = datetime.fromisoformat(r["last_seen"])
        except (TypeError, ValueError):
            last_seen = datetime.min.replace(tzinfo=UTC)
        self._seen[chat_id] = _Seen(profile, r["user_id"], last_seen)
        return profile

    def forget_cached(self, chat_id: int | None = None) -> None:
        """Drop the cached profile of `chat_id` (all of them if None) after an outside change."""
        if chat_id is None:
            self._seen.clear()
        else:
            self._seen.pop(chat_id, None)

    def set_language(self, chat_id: int, lang: Lang) -> None:
        self._update(chat_id, language=lang, chat_lang=lang)

    def set_chat_lang(self, chat_id: int, lang: Lang) -> None:
        """Remember the language the partner writes in, so a button under an answer in that
        language answers in it too (a button press carries no text to detect)."""
        self._update(chat_id, chat_lang=lang)

    def set_zh_script(self, chat_id: int, script: str) -> None:
        """Remember whether the partner writes Chinese in Traditional ("hant") or Simplified
        ("hans") characters, so buttons and broadcasts answer in the same script."""
        self._update(chat_id, zh_script=script)

    def set_timezone(self, chat_id: int, tz: str) -> None:
        self._update(chat_id, timezone=tz)

    def set_country(self, chat_id: int, country: str) -> None:
        self._update(chat_id, country=country.upper())

    def mark_inactive(self, chat_id: int, reason: str) -> None:
        """A partner who blocked the bot (403) or whose chat vanished is skipped from now on."""
        self._update(chat_id, active=0, inactive_reason=reason[:200])

    def _update(self, chat_id: int, **values: object) -> None:
        if self.profile(chat_id) is None:
            self.touch(chat_id)
        self._seen.pop(chat_id, None)
        self.db["profiles"].update(chat_id, values)

    # -- interests ------------------------------------------------------------------------
    def record_interest(self, chat_id: int, work_id: str) -> bool:
        """Remember "I'm interested" for staff; True the first time, False if already recorded."""
        table = self.db["interests"]
        try:
            table.get((chat_id, work_id))
            return False
        except sqlite_utils.db.NotFoundError:
            table.insert({"chat_id": chat_id, "work_id": work_id, "created": iso(utcnow()),
                          "notified": 0})
            return True

    def interests(self, work_id: str | None = None) -> list[dict]:
        if work_id is None:
            return list(self.db["interests"].rows)
        return list(self.db["interests"].rows_where("work_id = ?", [work_id]))

    # -- data rights (/mydata, /forget) ---------------------------------------------------
    PARTNER_COLUMNS: ClassVar[tuple[str, ...]] = ("chat_id", "user_id")

    def partner_tables(self) -> dict[str, list[str]]:
        """Every table with a column that names a partner (`chat_id`, `user_id`), discovered
        from the database itself, so tables other modules add later are covered too."""
        found: dict[str, list[str]] = {}
        for name in self.db.table_names():
            if name.startswith("sqlite_") or "_fts" in name:
                continue
            columns = [c for c in self.PARTNER_COLUMNS if c in self.db[name].columns_dict]
            if columns:
                found[name] = columns
        return found

    @staticmethod
    def _where(columns: list[str]) -> str:
        return " OR ".join(f"[{c}] = :id" for c in columns)

    def about(self, chat_id: int) -> dict[str, list[dict]]:
        """Every row naming the partner, by table: what /mydata shows (private chats: the chat
        id is the user id). Tables without such rows are left out."""
        out: dict[str, list[dict]] = {}
        for table, columns in self.partner_tables().items():
            rows = list(self.db.query(f"SELECT * FROM [{table}] WHERE {self._where(columns)}",
                                      {"id": chat_id}))
            if rows:
                out[table] = rows
        return out

    # Rows that count towards a total someone reads later (a broadcast's "delivered: 120")
    # lose the partner instead of being deleted: table -> (which rows, what to blank). The
    # placeholder chat id is negative and random, so it names nobody and stays unique per
    # broadcast; rows still to be sent are deleted, so nothing is ever sent to it.
    KEEP_COUNTS: ClassVar[dict[str, tuple[str, str]]] = {
        "deliveries": ("status IN ('sent', 'failed', 'blocked', 'skipped', 'missed')",
                       "chat_id = -1 - (abs(random()) % 1000000000000), message_id = NULL"),
    }

    def forget(self, chat_id: int) -> dict[str, int]:
        """Delete every row naming the partner in every table, in one transaction; returns
        rows removed per table. Totals stay: see `KEEP_COUNTS`."""
        deleted: dict[str, int] = {}
        self.forget_cached(chat_id)
        with self.db.conn:
            self.db.execute("PRAGMA defer_foreign_keys = ON")  # relay before handoffs, etc.
            for table, columns in self.partner_tables().items():
                if table in self.KEEP_COUNTS:
                    which, blank = self.KEEP_COUNTS[table]
                    self.db.execute(f"UPDATE [{table}] SET {blank} WHERE ({which}) AND "
                                    f"({self._where(columns)})", {"id": chat_id})
                cursor = self.db.execute(f"DELETE FROM [{table}] WHERE {self._where(columns)}",
                                         {"id": chat_id})
                if cursor.rowcount:
                    deleted[table] = cursor.rowcount
        return deleted

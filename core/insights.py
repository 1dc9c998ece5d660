"""Numbers for staff (/stats): partners, questions, answer rate, handoffs, inquiries, subscribers.

Read-only queries over the shared tables. Tables another feature owns (`inquiries`,
`subscriptions`) are counted only when they exist, so this works on any database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median

import sqlite_utils

from core.store import iso, utcnow

ANSWERED = ("answered", "smalltalk", "action")


@dataclass
class Stats:
    """What /stats shows. Durations in seconds; counts over the last `days` days where noted."""

    days: int
    partners: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    questions: int = 0  # last `days` days
    by_subject: dict[str, int] = field(default_factory=dict)  # last `days` days
    answered: int = 0  # last `days` days
    handoffs_open: int = 0
    handoffs_closed: int = 0
    median_first_reply: float | None = None  # seconds, handoffs opened in the last `days` days
    inquiries: int | None = None  # None when the table does not exist
    subscribers: dict[str, int] = field(default_factory=dict)

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.questions if self.questions else None


def _subject(intent: str | None, answer: str | None) -> str:
    """Group key for "questions by subject": the answer's kind, else the intent."""
    if answer and ":" in answer:
        return answer.split(":", 1)[0]
    return (intent or answer or "unknown").removeprefix("ask_")


def collect(db: sqlite_utils.Database, days: int = 30,
            clock: Callable[[], datetime] = utcnow) -> Stats:
    since = iso(clock() - timedelta(days=days))
    stats = Stats(days=days)
    tables = set(db.table_names())
    if "profiles" in tables:
        for row in db.query("SELECT coalesce(language, chat_lang, substr(language_code, 1, 2), '?') AS lang, "
                            "coalesce(country, '?') AS country FROM profiles WHERE active = 1"):
            stats.partners += 1
            stats.by_language[row["lang"]] = stats.by_language.get(row["lang"], 0) + 1
            stats.by_country[row["country"]] = stats.by_country.get(row["country"], 0) + 1
    if "questions" in tables:
        for row in db.query("SELECT intent, answer, outcome FROM questions WHERE asked >= ?", [since]):
            stats.questions += 1
            subject = _subject(row["intent"], row["answer"])
            stats.by_subject[subject] = stats.by_subject.get(subject, 0) + 1
            stats.answered += row["outcome"] in ANSWERED
    if "handoffs" in tables:
        # A sent inquiry's thread counts once staff have answered it (core.handoffs.INQUIRY).
        for row in db.query("SELECT status, count(*) AS n FROM handoffs WHERE NOT (subject = "
                            "'inquiry' AND first_staff_reply IS NULL) GROUP BY status"):
            if row["status"] == "closed":
                stats.handoffs_closed += row["n"]
            else:
                stats.handoffs_open += row["n"]
        waits = [(datetime.fromisoformat(r["first_staff_reply"]) - datetime.fromisoformat(r["opened"]))
                 .total_seconds() for r in db.query(
                     "SELECT opened, first_staff_reply FROM handoffs WHERE opened >= ? "
                     "AND first_staff_reply IS NOT NULL", [since])]
        stats.median_first_reply = median(waits) if waits else None
    if "inquiries" in tables:
        stats.inquiries = db.execute("SELECT count(*) FROM inquiries").fetchone()[0]
    if "subscriptions" in tables:
        stats.subscribers = {r["topic"]: r["n"] for r in db.query(
            "SELECT topic, count(*) AS n FROM subscriptions GROUP BY topic ORDER BY n DESC")}
    for mapping in ("by_language", "by_country", "by_subject"):
        ordered = sorted(getattr(stats, mapping).items(), key=lambda kv: (-kv[1], kv[0]))
        setattr(stats, mapping, dict(ordered))
    return stats

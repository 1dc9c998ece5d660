"""The question log: every partner text message with the answer it got, for staff insights.

`/unanswered` reads it for honest gaps and fallbacks; `/stats` for
questions by subject and the answer rate; a handoff post shows the partner's last messages.
Table `questions` is the shared contract (CONTRACTS.md); `asked` is ISO 8601 UTC.
"""

from __future__ import annotations

import html
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rapidfuzz import fuzz

from core.store import Store, iso, utcnow

UNANSWERED = ("gap", "fallback")
"""Outcomes of a message the bot could not answer: an honest "not published" or no idea. Not a
low classifier confidence: a follow-up ("y de que trata?", "那第四个呢") is answered from the
conversation with the classifier unsure, and belongs to the answered ones."""
SIMILAR = 72  # rapidfuzz token_set_ratio at or above which two questions are "the same"
_TAG = re.compile(r"<[^>]+>")


def plain(reply_html: str) -> str:
    """A reply's text as the partner read it, tags and entities gone."""
    return html.unescape(_TAG.sub("", reply_html or ""))


@dataclass
class QuestionGroup:
    """Similar unanswered questions: the most frequent wording, how many, in which languages."""

    text: str
    count: int
    langs: dict[str, int] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)  # folded, for matching
    wordings: list[str] = field(default_factory=list)  # as partners wrote them


class QuestionLog:
    """The `questions` table: reads on the caller's connection, writes through the store's
    writer (`Store.write`), so a locked or full database delays the log, never a reply."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.store, self.db, self.clock = store, store.db, clock

        def schema(db) -> None:
            db["questions"].create(
                {"id": int, "chat_id": int, "asked": str, "lang": str, "text": str,
                 "intent": str, "answer": str, "outcome": str, "confidence": float,
                 "reply": str}, pk="id", if_not_exists=True)
            db.execute("CREATE INDEX IF NOT EXISTS questions_asked ON questions (asked)")
            db.execute("CREATE INDEX IF NOT EXISTS questions_chat ON questions (chat_id, id)")

        store.ensure_schema("questions", schema)

    def record(self, chat_id: int, text: str, reply) -> None:
        """Log one message and its `Reply`. Until every handler fills `outcome` and `answer`,
        a missing outcome counts as "answered" and a missing answer key is the intent."""
        # Plain SQL: sqlite-utils' insert reads the schema first (four statements, not one).
        values = [chat_id, iso(self.clock()), reply.lang, (text or "")[:2000], reply.intent,
                  reply.answer or reply.intent, reply.outcome or "answered", reply.confidence,
                  plain(reply.text)[:500]]
        self.store.write(lambda db: db.execute(
            "INSERT INTO questions (chat_id, asked, lang, text, intent, answer, outcome, "
            "confidence, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values),
            wait=self.store.defer_wait)

    def recent(self, chat_id: int, limit: int = 4) -> list[dict]:
        """The partner's last `limit` questions with the bot's replies, oldest first."""
        rows = list(self.db.query("SELECT * FROM questions WHERE chat_id = ? ORDER BY id DESC LIMIT ?",
                                  [chat_id, limit]))
        return rows[::-1]

    def unanswered(self, days: int = 7, limit: int = 15) -> list[QuestionGroup]:
        """Gaps and fallbacks of the last `days` days, similar ones grouped (rapidfuzz token-set
        ratio ≥ SIMILAR), most frequent first."""
        since = iso(self.clock() - timedelta(days=days))
        rows = self.db.query(
            "SELECT text, lang, outcome FROM questions WHERE asked >= ? AND outcome IN (?, ?) "
            "ORDER BY id", [since, *UNANSWERED])
        groups: list[QuestionGroup] = []
        for row in rows:
            text = " ".join((row["text"] or "").split())
            if not text:
                continue
            key = text.lower()
            group = next((g for g in groups if any(
                fuzz.token_set_ratio(key, m) >= SIMILAR for m in g.members[:20])), None)
            if group is None:
                group = QuestionGroup(text=text, count=0)
                groups.append(group)
            group.count += 1
            group.members.append(key)
            group.wordings.append(text)
            group.langs[row["lang"]] = group.langs.get(row["lang"], 0) + 1
            group.outcomes[row["outcome"]] = group.outcomes.get(row["outcome"], 0) + 1
        for group in groups:  # show the most common wording
            group.text = max(dict.fromkeys(group.wordings), key=group.wordings.count)
        groups.sort(key=lambda g: -g.count)
        return groups[:limit]


_instances: weakref.WeakKeyDictionary[Store, QuestionLog] = weakref.WeakKeyDictionary()


def questions_of(store: Store) -> QuestionLog:
    """The one QuestionLog of a store (its tables are created on first use)."""
    found = _instances.get(store)
    if found is None:
        found = _instances[store] = QuestionLog(store)
    return found

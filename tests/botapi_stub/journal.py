"""The record of every Bot API call the stub served, for assertions.

An entry is added when a request arrives (``status is None`` while it is in flight, e.g. a long
poll or a scripted hang) and completed when it is answered.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

_monotonic = time.monotonic  # JournalEntry.time shadows the module inside the class


@dataclass(frozen=True)
class UploadedFile:
    """One multipart file part as the bot uploaded it."""

    field: str
    filename: str
    content_type: str
    data: bytes

    def summary(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": len(self.data),
        }


@dataclass
class JournalEntry:
    """One call: decoded ``params`` (JSON fields such as reply_markup decoded, numbers typed),
    uploaded ``files`` by field name, start ``time`` (epoch seconds), then the answer."""

    seq: int
    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    time: float
    status: int | None = None
    response: dict[str, Any] | None = None
    duration: float | None = None
    fault: str | None = None  # set when an injected fault shaped the answer
    http_method: str = "POST"
    content_type: str = ""
    _started: float = field(default_factory=_monotonic, repr=False)

    @property
    def pending(self) -> bool:
        return self.status is None

    @property
    def ok(self) -> bool:
        return bool(self.response and self.response.get("ok"))

    @property
    def result(self) -> Any:
        return (self.response or {}).get("result")

    @property
    def description(self) -> str | None:
        return (self.response or {}).get("description")

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe view (file bytes summarised), for the control endpoint."""
        return {
            "seq": self.seq,
            "method": self.method,
            "params": self.params,
            "files": {name: f.summary() for name, f in self.files.items()},
            "time": self.time,
            "status": self.status,
            "response": self.response,
            "duration": self.duration,
            "fault": self.fault,
        }


class Journal:
    """Thread-safe, append-only list of JournalEntry."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._entries: list[JournalEntry] = []
        self._seq = 0
        self.version = 0
        """Counts every call opened or answered: what the bot did changes only then."""

    def _bump(self) -> None:  # with the lock held
        self.version += 1
        self._changed.notify_all()

    def wait_change(self, seen: int, timeout: float) -> int:
        """Block until `version` differs from `seen` (a call opened or answered since) or
        `timeout` seconds pass; returns the version. Waiters sleep instead of polling, so a
        test waiting for the bot costs no CPU, and wakes as soon as the bot has acted."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen, timeout)
            return self.version

    def open(
        self,
        method: str,
        params: dict[str, Any],
        files: dict[str, UploadedFile],
        *,
        http_method: str = "POST",
        content_type: str = "",
    ) -> JournalEntry:
        with self._lock:
            self._seq += 1
            entry = JournalEntry(
                self._seq,
                method,
                params,
                files,
                time.time(),
                http_method=http_method,
                content_type=content_type,
            )
            self._entries.append(entry)
            self._bump()
            return entry

    def close(self, entry: JournalEntry, status: int, response: dict[str, Any]) -> None:
        with self._lock:
            entry.response = response
            entry.duration = time.monotonic() - entry._started
            entry.status = status
            self._bump()

    def entries(self, method: str | None = None) -> list[JournalEntry]:
        with self._lock:
            if method is None:
                return list(self._entries)
            return [e for e in self._entries if e.method.lower() == method.lower()]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bump()

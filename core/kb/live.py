"""Hot reload: serve the last good knowledge snapshot while staff edit the YAML files.

Concurrency contract (read this before using `current`):

* `LiveKnowledge.current` is a plain attribute read of an immutable `KnowledgeBase`. Swapping
  it is one reference assignment, which is atomic in CPython, so a reader gets either the old
  or the new snapshot, never a half-built one.
* Take ONE reference per request and use it throughout (`kb = live.current`, then only `kb`):
  reading `live.current` twice in one answer could mix two versions (e.g. a search hit from the
  new snapshot looked up in the old one).
* A new snapshot is built off to the side (in a worker thread for `areload`/`watch`, so the bot
  keeps answering) and swapped in only if it has no errors. Otherwise the last good snapshot
  keeps serving and the `on_error` callbacks receive the report (the bot forwards it to staff).
* With `last_good` (a path in BOT_DATA_DIR, see `core.kb.snapshot`), every good snapshot is
  also saved there (with its compiled search index). At start-up, files unchanged since that
  copy are not parsed again: the snapshot is rebuilt from it. A folder that is broken at
  start-up is served from that copy (`started_from_last_good`, `last_report` holds the errors
  for staff). Only when there never was a good version does the constructor raise.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from watchfiles import Change, awatch

from core.kb import snapshot
from core.kb.index import KnowledgeBase
from core.kb.loader import LoadResult, load_knowledge
from core.kb.report import KnowledgeError, Report

log = logging.getLogger(__name__)

ErrorCallback = Callable[[Report], Awaitable[None] | None]
ChangeCallback = Callable[[KnowledgeBase, KnowledgeBase], Awaitable[None] | None]
FixedCallback = Callable[[KnowledgeBase], Awaitable[None] | None]

EDITOR_JUNK = (".swp", ".swx", ".swo", "~", ".tmp", ".bak", ".orig")
"""Suffixes of editor temp/backup files; saving them must not trigger a reload."""


@dataclass(frozen=True)
class ReloadResult:
    """The outcome of the last load or reload, for /healthz and staff (times in UTC)."""

    at: datetime
    reason: str
    ok: bool
    errors: int
    version: str
    swapped: bool = True

    @classmethod
    def of(cls, report: Report, version: str, reason: str, *, swapped: bool = True,
           ) -> ReloadResult:
        return cls(datetime.now(UTC), reason, report.ok, len(report.errors), version[:12],
                   swapped)

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="seconds"), "reason": self.reason,
                "ok": self.ok, "errors": self.errors, "version": self.version,
                "applied": self.swapped}


def is_knowledge_change(change: Change, path: str) -> bool:
    """watchfiles filter: YAML files, not the temp/backup/lock files editors write beside them."""
    name = Path(path).name
    if name.startswith((".#", ".~", "#")) or name.endswith(EDITOR_JUNK):
        return False
    return name.endswith((".yaml", ".yml"))


class LiveKnowledge:
    """Holds the current snapshot of `directory` and replaces it when the files change."""

    def __init__(self, directory: Path | str, *, initial: KnowledgeBase | None = None,
                 last_good: Path | None = None) -> None:
        """Load the folder now; if it is invalid, start from the `last_good` copy; raises
        `KnowledgeError` only when neither gives something to serve."""
        self.directory = Path(directory)
        self.last_good = last_good
        self._on_error: list[ErrorCallback] = []
        self._on_change: list[ChangeCallback] = []
        self._on_fixed: list[FixedCallback] = []
        self._fixed = False  # the last reload was the first good one after errors
        self._build_lock = threading.Lock()  # one build+swap at a time, in whatever thread
        self.started_from_last_good: datetime | None = None
        """When the copy we started from was saved; None when started from the files."""
        report: Report | None = None
        if initial is None and last_good is not None:
            initial = snapshot.load_current(last_good, self.directory)  # unchanged: no parse
            if initial is not None:
                log.info("knowledge %s rebuilt from %s (files unchanged)", initial.version[:12],
                         last_good)
        if initial is None:
            result = load_knowledge(self.directory)
            report = result.report
            if result.kb is not None:
                initial = result.kb
                self._keep(result)
            else:
                saved = snapshot.load(last_good, self.directory, report) if last_good else None
                if saved is None:
                    if last_good is not None:
                        report.error(str(last_good), None, "no last good version to start from "
                                                           "(the bot has never loaded these files)")
                    raise KnowledgeError(report)
                log.error("knowledge files have errors; starting from the last good version "
                          "%s saved %s:\n%s", saved.kb.version[:12], saved.saved.isoformat(),
                          report.format(warnings=False, limit=20))
                initial, self.started_from_last_good = saved.kb, saved.saved
        self._current: KnowledgeBase = initial
        self.last_report: Report = report or initial.report
        self.last_result = ReloadResult.of(self.last_report, initial.version,
                                           "start (last good copy)" if self.started_from_last_good
                                           else "start")

    def _keep(self, result: LoadResult) -> None:
        """Save a good snapshot as the last good version (quietly skipped without a path)."""
        if self.last_good is not None and result.kb is not None and result.models:
            snapshot.save(self.last_good, result.models, result.kb.version, kb=result.kb)

    def status(self) -> dict[str, Any]:
        """For /healthz: version served, whether it came from the last good copy, last reload."""
        return {"version": self._current.version[:12],
                "from_last_good": self.started_from_last_good is not None,
                "last_reload": self.last_result.as_dict()}

    @classmethod
    async def open(cls, directory: Path | str) -> LiveKnowledge:
        """Like the constructor, but loads in a worker thread (for `post_init`)."""
        result = await asyncio.to_thread(load_knowledge, Path(directory))
        return cls(directory, initial=result.require())

    @property
    def current(self) -> KnowledgeBase:
        """The snapshot to use for one whole request (see the module docstring)."""
        return self._current

    def on_error(self, callback: ErrorCallback) -> ErrorCallback:
        """Call `callback(report)` (sync or async) when a reload finds errors."""
        self._on_error.append(callback)
        return callback

    def on_change(self, callback: ChangeCallback) -> ChangeCallback:
        """Call `callback(old, new)` (sync or async) after a new snapshot is swapped in."""
        self._on_change.append(callback)
        return callback

    def on_fixed(self, callback: FixedCallback) -> FixedCallback:
        """Call `callback(current)` (sync or async) when a reload finds no errors after one
        that did (or after a start from the last good copy): staff told of errors learn the
        files are good again, whether the fix restored the served version or made a new one."""
        self._on_fixed.append(callback)
        return callback

    # -- reloading -------------------------------------------------------------------------
    def reload(self, reason: str = "manual") -> Report:
        """Rebuild in the calling thread; swap if valid. Async callbacks run via the loop."""
        report, old, new = self._build_and_swap(reason)
        for awaitable in self._notify(report, old, new):
            _run_detached(awaitable)
        return report

    async def areload(self, reason: str = "manual") -> Report:
        """Rebuild in a worker thread (the event loop keeps serving); swap if valid."""
        report, old, new = await asyncio.to_thread(self._build_and_swap, reason)
        for awaitable in self._notify(report, old, new):
            try:
                await awaitable
            except Exception:  # a broken callback must not stop the others or the watcher
                log.exception("knowledge reload callback failed")
        return report

    def _build_and_swap(self, reason: str) -> tuple[Report, KnowledgeBase, KnowledgeBase | None]:
        """Returns (report, old snapshot, new snapshot or None when nothing was swapped)."""
        with self._build_lock:
            old = self._current
            result = _load_safely(self.directory)
            report, new = result.report, result.kb
            report.reason = reason
            self._fixed = report.ok and not self.last_report.ok  # for `_notify`
            self.last_report = report
            self.last_result = ReloadResult.of(report, (new or old).version, reason,
                                               swapped=new is not None)
            if new is None:
                log.error("knowledge reload (%s) rejected, still serving %s:\n%s", reason,
                          old.version[:12], report.format(warnings=False, limit=20))
                return report, old, None
            if new.version == old.version:
                log.info("knowledge reload (%s): files unchanged", reason)
                self.started_from_last_good = None  # the files match what is served
                return report, old, None
            self._current = new  # the atomic swap
            self.started_from_last_good = None
            self._keep(result)
            log.info("knowledge reloaded (%s): %s -> %s", reason, old.version[:12], new.version[:12])
            return report, old, new

    def _notify(self, report: Report, old: KnowledgeBase, new: KnowledgeBase | None) -> list[Awaitable[Any]]:
        """Call the callbacks; return the awaitables async ones produced."""
        pending: list[Awaitable[Any]] = []
        calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []
        if not report.ok:  # also when only isolated records were left out of `new`
            calls = [(cb, (report,)) for cb in self._on_error]
        if new is not None:
            calls += [(cb, (old, new)) for cb in self._on_change]
        if self._fixed:
            calls += [(cb, (new or old,)) for cb in self._on_fixed]
        for callback, args in calls:
            try:
                result = callback(*args)
            except Exception:
                log.exception("knowledge reload callback failed")
                continue
            if inspect.isawaitable(result):
                pending.append(result)
        return pending

    # -- watching --------------------------------------------------------------------------
    async def watch(self, stop: asyncio.Event, *, debounce_ms: int = 500, step_ms: int = 50) -> None:
        """Reload whenever a knowledge file is saved, until `stop` is set.

        Changes are debounced (an editor's save is several events) and editor temp files
        ignored; each burst of changes triggers one `areload` naming the files changed.
        """
        log.info("watching %s for knowledge changes", self.directory)
        async for changes in awatch(self.directory, stop_event=stop, debounce=debounce_ms,
                                    step=step_ms, watch_filter=is_knowledge_change,
                                    recursive=False):
            names = sorted({Path(path).name for _change, path in changes})
            await self.areload("edited " + ", ".join(names))


def _load_safely(directory: Path) -> LoadResult:
    """`load_knowledge`, with a loader bug turned into a report instead of a dead watcher."""
    try:
        return load_knowledge(directory)
    except Exception as exc:
        log.exception("building the knowledge snapshot failed")
        report = Report()
        report.error(str(directory), None, f"internal error while loading: {exc!r}")
        return LoadResult(None, report)


def _run_detached(awaitable: Awaitable[Any]) -> None:
    """Run an async callback from sync `reload`: as a task if a loop runs here, else to the end."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(_guarded(awaitable))
        return
    loop.create_task(_guarded(awaitable))


async def _guarded(awaitable: Awaitable[Any]) -> None:
    try:
        await awaitable
    except Exception:
        log.exception("knowledge reload callback failed")


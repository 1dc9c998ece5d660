"""Hot reload: atomic swaps under concurrent readers, keeping the last good snapshot, callbacks,
and the file watcher."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest
from watchfiles import Change

from core.kb import live as live_module
from core.kb.index import KnowledgeBase
from core.kb.live import LiveKnowledge, is_knowledge_change
from core.kb.report import KnowledgeError, Report

try:  # tests/ is a package; without its __init__.py the module has its bare name
    from tests.test_kb_fixtures import MINIMAL, break_file, write_kb
except ImportError:  # pragma: no cover
    from test_kb_fixtures import MINIMAL, break_file, write_kb

NIGHT_MARKET = (
    MINIMAL["events.yaml"]
    + """\
  - id: night_market
    source: sample
    name: {en: Film Crew Night Market, zh: 剧组夜市}
    description: {en: Street food for the crews.}
    starts: 2027-10-17T20:00:00+08:00
"""
)
BROKEN_EVENTS = break_file(
    MINIMAL["events.yaml"], "    starts: 2027-10-16T19:30:00+08:00", "    starts: next Friday"
)


def write_events(folder: Path, text: str) -> None:
    (folder / "events.yaml").write_text(text, encoding="utf-8")


def test_starting_with_invalid_files_raises_a_clear_error(tmp_path: Path) -> None:
    write_kb(tmp_path, events=BROKEN_EVENTS)
    with pytest.raises(KnowledgeError) as err:
        LiveKnowledge(tmp_path)
    assert "The knowledge files are invalid" in str(err.value)
    assert "events.yaml:" in str(err.value) and "'starts' needs a date, time" in str(err.value)


async def test_open_loads_in_a_thread(tmp_path: Path) -> None:
    live = await LiveKnowledge.open(write_kb(tmp_path))
    assert "latin_film_night" in live.current.events
    with pytest.raises(KnowledgeError, match="faq.yaml: file is missing"):
        await LiveKnowledge.open(write_kb(tmp_path / "broken", faq=None))


def test_valid_edit_swaps_and_notifies(tmp_path: Path) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    first = live.current
    changes: list[tuple[KnowledgeBase, KnowledgeBase]] = []
    live.on_change(lambda old, new: changes.append((old, new)))
    live.on_error(lambda report: pytest.fail(str(report.errors)))

    assert live.reload("no edit").ok and changes == []  # same bytes: nothing to swap

    write_events(tmp_path, NIGHT_MARKET)
    report = live.reload("test")
    assert report.ok and report.reason == "test"
    assert live.current is not first and "night_market" in live.current.events
    assert changes == [(first, live.current)]
    assert "night_market" not in first.events  # the old snapshot is untouched


def test_invalid_edit_keeps_the_old_snapshot_and_reports(tmp_path: Path) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    first = live.current
    reports: list[Report] = []
    live.on_error(reports.append)
    live.on_change(lambda old, new: pytest.fail("must not swap"))

    write_events(tmp_path, BROKEN_EVENTS)
    report = live.reload("broken save")
    assert not report.ok and live.current is first
    assert reports == [report] and live.last_report is report
    assert str(report.errors[0]).startswith("events.yaml:")
    assert live.current.search("Latin Film Night")[0].id == "latin_film_night"  # still serving


def test_loader_crash_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    first = live.current

    def crash(directory: Path) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(live_module, "load_knowledge", crash)
    report = live.reload("crash")
    assert live.current is first and "internal error while loading" in report.errors[0].message


def test_async_callbacks_from_sync_reload(tmp_path: Path) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    seen: list[str] = []

    async def tell_staff(report: Report) -> None:
        await asyncio.sleep(0)
        seen.append(report.reason)

    live.on_error(tell_staff)
    write_events(tmp_path, BROKEN_EVENTS)
    live.reload("sync")
    assert seen == ["sync"]


def test_concurrent_readers_never_see_a_half_loaded_snapshot(tmp_path: Path) -> None:
    """Reader threads search and look up while reloads swap valid and invalid versions."""
    live = LiveKnowledge(write_kb(tmp_path))
    versions: dict[str, bool] = {live.current.version: False}  # version -> has night_market
    errors: list[Exception] = []
    reads = [0]
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                kb = live.current  # one reference per "request"
                has_market = versions.get(kb.version)
                assert has_market is not None, "unknown version served"
                assert ("night_market" in kb.events) is has_market
                hits = kb.search("night market", kinds=["event"])
                assert bool(hits and hits[0].id == "night_market") is has_market
                for hit in kb.search("Hengdian festival"):
                    assert kb.lookup(hit.kind, hit.id) is not None
                reads[0] += 1
            except Exception as exc:  # noqa: BLE001 - collected, else lost in the thread
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(6)]
    for thread in threads:
        thread.start()
    rejected = 0
    for text in [NIGHT_MARKET, BROKEN_EVENTS, MINIMAL["events.yaml"], BROKEN_EVENTS, NIGHT_MARKET]:
        write_events(tmp_path, text)
        before = live.current
        # register the version before readers can see it
        result = live_module.load_knowledge(tmp_path)
        if result.kb is not None:
            versions[result.kb.version] = "night_market" in result.kb.events
        report = live.reload("swap")
        rejected += not report.ok
        assert report.ok or live.current is before
    time.sleep(0.05)
    done.set()
    for thread in threads:
        thread.join(5)
    assert errors == []
    assert rejected == 2 and "night_market" in live.current.events
    assert reads[0] > 20


async def test_areload_builds_off_the_event_loop(tmp_path: Path) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    ticks = 0
    stop = asyncio.Event()

    async def keep_answering() -> None:
        nonlocal ticks
        while not stop.is_set():
            kb = live.current
            kb.search("补贴")
            ticks += 1
            await asyncio.sleep(0)

    got: list[Report] = []

    async def on_error(report: Report) -> None:
        got.append(report)

    live.on_error(on_error)
    task = asyncio.create_task(keep_answering())
    write_events(tmp_path, NIGHT_MARKET)
    assert (await live.areload("async")).ok
    write_events(tmp_path, BROKEN_EVENTS)
    assert not (await live.areload("async broken")).ok
    stop.set()
    await task
    assert ticks > 2  # the loop kept serving while the snapshots were built in a thread
    assert "night_market" in live.current.events and [r.reason for r in got] == ["async broken"]


async def test_watcher_reloads_a_saved_file(tmp_path: Path) -> None:
    live = LiveKnowledge(write_kb(tmp_path))
    changed = asyncio.Event()
    live.on_change(lambda old, new: changed.set())
    stop = asyncio.Event()
    task = asyncio.create_task(live.watch(stop, debounce_ms=50, step_ms=10))
    try:
        for attempt in range(20):  # the watcher needs a moment to start; retry, bounded
            (tmp_path / ".events.yaml.swp").write_text("junk")
            (tmp_path / "events.yaml~").write_text("junk")
            write_events(tmp_path, NIGHT_MARKET + f"# save {attempt}\n")
            try:
                await asyncio.wait_for(changed.wait(), 0.5)
                break
            except TimeoutError:
                continue
        assert changed.is_set(), "the watcher did not pick up the saved file"
        assert "night_market" in live.current.events
        assert live.last_report.reason == "edited events.yaml"
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


def test_watch_filter_ignores_editor_files() -> None:
    assert is_knowledge_change(Change.modified, "/k/events.yaml")
    assert is_knowledge_change(Change.added, "/k/faq.yml")
    for junk in (
        ".events.yaml.swp",
        "events.yaml~",
        ".#events.yaml",
        "#events.yaml#",
        "events.yaml.tmp",
        "photo.jpg",
        "4913",
    ):
        assert not is_knowledge_change(Change.modified, f"/k/{junk}"), junk


def test_a_good_reload_after_errors_says_the_files_are_fixed(tmp_path: Path) -> None:
    """Staff told of errors hear when the files are good again: restored to the version served
    (files unchanged since it) or changed into a new one; a good reload after a good one, not."""
    live = LiveKnowledge(write_kb(tmp_path))
    fixed: list[str] = []
    live.on_fixed(lambda kb: fixed.append(kb.version))
    served = live.current.version
    live.reload("unchanged")
    assert fixed == []
    write_events(tmp_path, BROKEN_EVENTS)
    live.reload("broken")
    write_events(tmp_path, MINIMAL["events.yaml"])  # undone: the version served all along
    live.reload("restored")
    assert fixed == [served]
    write_events(tmp_path, BROKEN_EVENTS)
    live.reload("broken again")
    write_events(tmp_path, NIGHT_MARKET)  # fixed by a new edit
    live.reload("new")
    assert fixed == [served, live.current.version] and live.current.version != served

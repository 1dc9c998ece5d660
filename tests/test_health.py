"""/healthz's document: knowledge, store, scheduler and broadcasts, from the real services."""

from __future__ import annotations

from pathlib import Path

from bot.context import Services
from bot.health import health, scheduler_state
from bot.settings import load_settings
from core.kb.live import LiveKnowledge
from core.store import Store
from tests.test_kb_fixtures import LOCATIONS, break_file, write_kb


def _services(tmp_path: Path) -> Services:
    knowledge = LiveKnowledge(write_kb(tmp_path / "k"), last_good=tmp_path / "last.json")
    store = Store.open(tmp_path / "bot.db")
    settings = load_settings(_env_file=None, bot_data_dir=tmp_path)
    return Services(settings=settings, store=store, knowledge=knowledge, brain=None)  # type: ignore[arg-type]


class RunningQueue:
    class scheduler:
        running = True

    def jobs(self) -> list[object]:
        return [object(), object()]


def test_healthy_then_knowledge_errors_turn_it_503(tmp_path: Path) -> None:
    services = _services(tmp_path)
    doc = health(services, RunningQueue())
    assert doc["ok"] and doc["scheduler"] == {"running": True, "jobs": 2}
    assert doc["store"]["writable"] and doc["knowledge"]["last_reload"]["ok"]
    assert doc["broadcasts"] is None  # not started in this test

    (tmp_path / "k" / "locations.yaml").write_text(break_file(LOCATIONS, "id: ming_qing_palace", "id: Ming Qing"))
    services.knowledge.reload("test")
    doc = health(services, RunningQueue())
    assert not doc["ok"] and doc["knowledge"]["last_reload"]["errors"] >= 1
    assert not doc["knowledge"]["last_reload"]["applied"]
    services.store.close()


def test_no_job_queue_is_not_running() -> None:
    assert scheduler_state(None) == {"running": False, "jobs": 0}


def test_a_store_that_refuses_writes_is_unhealthy(tmp_path: Path) -> None:
    import time

    services = _services(tmp_path)
    services.store.touch(1)  # the writer thread has its connection now
    for conn in services.store.db.connections():
        conn.execute("PRAGMA query_only = 1")
    services.store.set_timezone(1, "Asia/Seoul")
    deadline = time.monotonic() + 5
    while services.store.writable and time.monotonic() < deadline:
        time.sleep(0.02)
    doc = health(services, RunningQueue())
    assert not doc["ok"] and doc["store"]["fault"] == "read-only"
    assert doc["store"]["pending"] == 1
    for conn in services.store.db.connections():
        conn.execute("PRAGMA query_only = 0")
    assert services.store.flush(10) and health(services, RunningQueue())["ok"]
    services.store.close()

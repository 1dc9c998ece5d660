"""`python -m bot announce list|preview|status` on a real database and knowledge folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.handlers.admin import parse_when
from core.store import Store
from jobs.ledger import ONCE, Ledger
from jobs.render import Payload
from tests.jobs_support import announcement, announcement_yaml, knowledge_copy


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    data = tmp_path / "var"
    data.mkdir()
    when = datetime(2030, 5, 1, 2, 0, tzinfo=UTC)
    knowledge_copy(tmp_path / "knowledge", announcement_yaml("ann_cli", when))
    store = Store.open(data / "bot.db")
    ledger = Ledger(store.db)
    payload = Payload.of(announcement("ann_sent")).dump()
    bc, _ = ledger.upsert_pending("announcement", "ann_sent", ONCE, origin="file",
                                  due=datetime(2026, 10, 14, 2, 0, tzinfo=UTC), payload=payload)
    ledger.enqueue(bc.id, {1: "en", 2: "es", 3: "zh", 4: "ko"})
    for chat in (1, 2):
        ledger.mark_sending(bc.id, chat)
        ledger.mark_sent(bc.id, chat, 10 + chat)
    ledger.mark(bc.id, 3, "failed", "400 Bad Request: message is too long")
    ledger.set_status(bc.id, "running")
    return {"BOT_DATA_DIR": str(data), "BOT_KNOWLEDGE_DIR": str(tmp_path / "knowledge"),
            "BOT_TIMEZONE": "Asia/Shanghai"}


def run(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["announce", *args], env=env)
    return result.exit_code, result.output


def test_list_shows_running_and_not_yet_read_announcements(env: dict[str, str]) -> None:
    code, out = run(env, "list")
    assert code == 0
    assert "ann_sent" in out and "running" in out and "2026-10-14 10:00" in out
    assert "ann_cli" in out and "not yet read" in out and "2030-05-01 10:00" in out


def test_status_shows_a_progress_bar_and_counts(env: dict[str, str]) -> None:
    code, out = run(env, "status", "ann_sent")
    assert code == 0, out
    assert "sent 2, failed 1, blocked 0, skipped 0, remaining 1" in out
    assert "1 × 400 Bad Request: message is too long" in out
    assert "3/4" in out  # tqdm: done / total


def test_status_of_unknown_id_is_a_clean_error(env: dict[str, str]) -> None:
    code, out = run(env, "status", "nope")
    assert code == 1 and "no broadcast with id 'nope'" in out


def test_preview_renders_each_language_with_buttons(env: dict[str, str]) -> None:
    code, out = run(env, "preview", "ann_cli")
    assert code == 0, out
    for marker in ("--- en ---", "Latin Film Night", "--- es ---", "Noche de Cine Latino",
                   "--- zh ---", "拉丁电影之夜", "--- ko ---", "라틴 영화의 밤",
                   "[🔕 Stop these messages]"):
        assert marker in out
    assert "<b>" not in out
    code, out = run(env, "preview", "ann_cli", "--lang", "es", "--html")
    assert "<b>Noche de Cine Latino</b>" in out and "--- en ---" not in out


def test_announce_is_registered_in_help() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert "announce" in result.output


def test_staff_time_input() -> None:
    tz = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 10, 14, 2, 0, tzinfo=UTC)
    assert parse_when("2026-10-15 19:30", tz, now) == datetime(2026, 10, 15, 19, 30, tzinfo=tz)
    assert parse_when("2026-10-15T19:30:00-05:00", tz, now) == datetime(
        2026, 10, 16, 0, 30, tzinfo=UTC)
    assert parse_when("2026-10-13 19:30", tz, now) is None  # past
    assert parse_when("tomorrow evening", tz, now) is None
    assert parse_when("2026-02-30 10:00", tz, now) is None
    assert parse_when("2026-10-14 10:00", tz, now + timedelta(seconds=1)) is None

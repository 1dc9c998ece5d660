"""A knowledge file broken at start-up: the real bot starts from the last good version kept in
BOT_DATA_DIR and tells staff the errors as file:line; it refuses only when there never was one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.long]


def _break_locations(knowledge: Path) -> int:
    """Misspell a required key; returns the line it is on."""
    path = knowledge / "locations.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("coordinates:")
    path.write_text(text.replace("coordinates:", "coordinatez:", 1), encoding="utf-8")
    return text.count("\n", 0, at) + 1


def test_starts_from_the_last_good_version_and_tells_staff(stub, bot_process, tmp_path: Path,
                                                           ) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    staff = stub.add_group("HISDA staff", chat_type="supergroup")
    env = {"BOT_KNOWLEDGE_DIR": str(knowledge), "BOT_STAFF_CHAT_ID": str(staff.chat_id)}
    first = bot_process(**env)
    first.stop()
    assert (first.data_dir / "knowledge.last-good.json").is_file()

    line = _break_locations(knowledge)
    bot = bot_process(**env)  # starts (polls) although the files are broken
    report = staff.wait_for_messages(1, timeout=30)[0]["text"]
    assert "last good version" in report
    assert f"locations.yaml:{line}:" in report, report
    partner = stub.add_user(first_name="Min-jun", language_code="ko")
    partner.send_text("자금성 세트장 있나요?")
    [answer] = partner.wait_for_messages(1, timeout=30)
    assert "명청궁원" in answer["text"], bot.log_text()[-2000:]


def test_refuses_to_start_when_there_never_was_a_good_version(stub, bot_process,
                                                              tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    line = _break_locations(knowledge)
    staff = stub.add_group("HISDA staff", chat_type="supergroup")
    with pytest.raises(RuntimeError, match="exited"):
        bot_process(BOT_KNOWLEDGE_DIR=str(knowledge), BOT_STAFF_CHAT_ID=str(staff.chat_id))
    [told] = staff.messages()
    assert "cannot start" in told["text"] and f"locations.yaml:{line}:" in told["text"]

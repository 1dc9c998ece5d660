"""A broken knowledge edit on a running bot: staff are told, partners keep the last good answers."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from core.i18n import t
from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
STAFF_CHAT = -100777
ADMIN_ID = 777_002


def wait_until(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_broken_edit_keeps_serving_and_good_edit_applies(stub, bot_process, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    staff = stub.add_group("HISDA staff", chat_type="supergroup")
    assert staff.chat_id  # the staff chat exists for the stub
    admin = stub.add_user(ADMIN_ID, first_name="Staff", language_code="es")
    bot = bot_process(BOT_KNOWLEDGE_DIR=str(knowledge), BOT_STAFF_CHAT_ID=str(staff.chat_id),
                      BOT_ADMIN_IDS=str(ADMIN_ID))
    partner = stub.add_user(first_name="Min-jun", language_code="ko")

    # A staff member saves a broken locations file: a required field deleted.
    locations = knowledge / "locations.yaml"
    good = locations.read_text(encoding="utf-8")
    locations.write_text(good.replace("coordinates:", "coordinatez:", 1), encoding="utf-8")
    wait_until(lambda: any("locations.yaml:" in (m.get("text") or "")
                           for m in staff.messages()))
    report = next(m["text"] for m in staff.messages() if "locations.yaml:" in (m.get("text") or ""))
    assert "coordinatez" in report or "coordinates" in report

    # Staff can ask for a reload and read the same errors in their language; partners cannot.
    admin.send_command("reload")
    [told] = admin.wait_for_messages(1, timeout=20)
    assert "última versión válida" in told["text"] and "locations.yaml:" in told["text"]
    partner.send_command("reload")
    [refused] = partner.wait_for_messages(1, timeout=20)
    assert refused["text"] == t("fallback", "ko")  # for them, an unknown command

    partner.send_text("자금성 세트장 있나요?")
    answer = partner.wait_for_messages(2, timeout=20)[-1]
    assert "명청궁원" in answer["text"]  # still answered from the last good knowledge

    # The fix, with a renamed set, is picked up without a restart.
    locations.write_text(good.replace("명청궁원", "명청 궁원 세트장"), encoding="utf-8")
    wait_until(lambda: "knowledge reloaded" in bot.log_text())
    # Staff who were told of the errors are told they are gone (BOT_STAFF_LANG: English).
    wait_until(lambda: any((m.get("text") or "").startswith("✅ Knowledge files fixed")
                           for m in staff.messages()))
    partner.send_text("자금성 세트장 있나요?")
    replies = partner.wait_for_messages(3, timeout=20)
    assert "명청 궁원 세트장" in replies[-1]["text"], bot.log_text()[-2000:]

    admin.send_command("reload")
    told = admin.wait_for_messages(2, timeout=20)[-1]
    assert "no han cambiado" in told["text"]

    # Broken again within minutes, by another mistake: reported again, not swallowed.
    reports = len([m for m in staff.messages() if "locations.yaml:" in (m.get("text") or "")])
    locations.write_text(good.replace("coordinates:", "coordinatess:", 1), encoding="utf-8")
    wait_until(lambda: len([m for m in staff.messages()
                            if "locations.yaml:" in (m.get("text") or "")]) > reports)

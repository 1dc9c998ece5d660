"""End-to-end smoke: the real bot process answers over real HTTP through the loopback stub."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_start_and_question(stub, bot_process) -> None:
    bot_process()
    ana = stub.add_user(first_name="Ana", language_code="es")
    ana.send_command("start")
    [welcome] = ana.wait_for_messages(1, timeout=20)
    assert "Hola" in welcome["text"]
    ana.send_text("tienen incentivos para microdramas?")
    replies = ana.wait_for_messages(2, timeout=20)
    assert "incentivos" in replies[-1]["text"].lower()

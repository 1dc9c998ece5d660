"""The console chat (`make run` without a token) answers from the knowledge files, like Telegram."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.kb.loader import load_knowledge
from tests.conftest import ROOT
from tests.warm_cache import warm_data_dir

PROMPT = b"you> "
pytestmark = pytest.mark.long  # each test runs the console in a subprocess


def chat(lines: list[str], data_dir: Path, timeout: float = 120.0) -> str:
    """Type each line once the console asks for the next (after its answer to the previous
    one), as a person would, then /quit; returns everything the console printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env["BOT_DATA_DIR"] = str(warm_data_dir(data_dir))
    with open(data_dir / "console.log", "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--or-chat"], cwd=ROOT,
                                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=log)
    assert proc.stdin is not None and proc.stdout is not None
    out, deadline = b"", time.monotonic() + timeout
    try:
        for line in [*lines, "/quit"]:
            asked = len(out)
            while not out[asked:].endswith(PROMPT):
                left = max(deadline - time.monotonic(), 0.0)
                ready, _, _ = select.select([proc.stdout], [], [], left)
                chunk = os.read(proc.stdout.fileno(), 65536) if ready else b""
                assert chunk, f"no prompt for {line!r}:\n{out.decode(errors='replace')}"
                out += chunk
            proc.stdin.write(line.encode() + b"\n")
            proc.stdin.flush()
        rest, _ = proc.communicate(timeout=max(deadline - time.monotonic(), 1.0))
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, (data_dir / "console.log").read_text(errors="replace")
    return (out + rest).decode()


def answers(out: str) -> list[str]:
    """What the console printed after each line typed, in order (the text before the next
    prompt)."""
    return out.split(PROMPT.decode())[1:]


SPEAKS = ["¿Tienen la Ciudad Prohibida para rodar?", "자금성 세트장 있나요?", "有什么补贴政策吗？"]
ANSWERS = ["Which set for a Forbidden City scene?", "what incentives do you offer?",
           "any sci-fi titles in the catalog?", "3"]


def test_console_speaks_the_partners_language_then_answers_locations_incentives_and_catalog(
        tmp_path: Path) -> None:
    """One console run (a start is ~1.3 s of CPU) for what were two tests: a fresh chat asked
    in Spanish, Korean and Chinese answers in each; then English questions get the location,
    the incentive and the catalog, and a number presses a button. Each check reads only the
    answers to its own lines."""
    kb = load_knowledge(ROOT / "knowledge").require()
    said = answers(chat([*SPEAKS, *ANSWERS], tmp_path))
    spoken, out = "".join(said[:len(SPEAKS)]), "".join(said[len(SPEAKS):len(SPEAKS) + len(ANSWERS)])
    palace = kb.locations["ming_qing_palace"]
    assert palace.name.es in spoken and palace.name.ko in spoken
    assert next(iter(kb.incentives.values())).title.zh in spoken

    assert palace.name.en in out and palace.era.en in out
    # the incentives list: every title, each a tap from who qualifies and how to apply
    assert all(item.title.en in out for item in kb.incentives.values())
    sci_fi = [w for w in kb.works.values() if "sci_fi" in w.genres]
    assert sci_fi[0].title.en in out
    # "3" pressed the third button of the catalog page: that work's detail with its logline.
    assert sci_fi[2].logline.en in out


def test_console_shows_what_would_go_to_staff_on_a_handoff(tmp_path: Path) -> None:
    import sqlite3

    out = chat(["Which set for a Forbidden City scene?", "ok, can someone call me about prices?",
                "1"], tmp_path)
    staff = out[out.index("→ staff chat: "):]
    assert "Handoff #" in staff and "can someone call me about prices?" in staff
    assert "Which set for a Forbidden City scene?" in staff  # the recent messages
    assert "Beijing time" in out and "Back to the assistant" in out
    assert "You're back with the assistant" in out  # "1" pressed it
    with sqlite3.connect(tmp_path / "bot.db") as db:
        logged = [r[0] for r in db.execute("SELECT text FROM questions ORDER BY id")]
    assert logged == ["Which set for a Forbidden City scene?", "ok, can someone call me about prices?"]

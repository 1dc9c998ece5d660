"""perf15 (issue 10): `python -m bot run` started again under -OO (`bot.optimized`), end to end.

perf14 made the long-lived `run` start itself again under -OO where that bytecode is written
(`make run`, `make bench`), but no test ran the bot that way: the suite's bots start as they are
(a fresh clone has no -OO bytecode). Here the bytecode goes to a folder of this test's own
(`PYTHONPYCACHEPREFIX`): the files `bot.optimized.bytecode_ready` looks for are compiled there
first, the rest by the optimised interpreter as it imports them. Then the bot, against the stub,
must have replaced itself (same process, `-OO` on its command line) and answer partners in the
four languages exactly as the unoptimised Brain of the test process does (a module that read a
docstring or relied on an assert would answer otherwise, or not at all). `run --help` is no
long-lived process and its text is a docstring: it is not started again.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from bot import optimized
from bot.context import Services
from tests.botapi_stub import BotApiStub
from tests.conftest import BotProcess
from tests.dialogue import replies
from tests.patience import REPLY

ROOT = Path(__file__).resolve().parent.parent

# Partner-style questions whose answers do not depend on the day (the running bot reads the
# real clock, the shared services a fixed one): one chat each, in the partner's language
QUESTIONS = [
    ("en", "hey, do foreign crews need a visa to come shoot in hengdian??"),
    ("en", "who do i email about licensing one of your titles for brazil"),
    ("es", "buenas, ¿necesitamos visa pa ir a grabar a Hengdian?"),
    ("es", "oigan y pa sacar el permiso de rodaje cómo le hacemos?"),
    ("zh", "外国剧组来横店拍戏要办签证吗"),
    ("zh", "請問你們的片子可以授權到海外嗎？要找誰談版權"),
    ("ko", "외국 촬영팀도 비자 필요한가요?"),
    ("ko", "촬영 허가는 어떻게 받아요??"),
]


def optimized_bytecode(prefix: Path) -> None:
    """The -OO bytecode `bytecode_ready` checks, written under `prefix` (as `make run` writes it
    beside the sources); every other module is compiled by the -OO interpreter as it imports it."""
    sources = [str(ROOT / own) for own in optimized.OWN]
    for name in optimized.DEPENDENCIES:
        spec = find_spec(name)
        assert spec is not None and spec.origin is not None, name
        sources.append(spec.origin)
    code = ("import py_compile, sys\n"
            "for source in sys.argv[1:]:\n"
            "    py_compile.compile(source, optimize=2, doraise=True)\n"
            "from bot.optimized import bytecode_ready\n"
            "assert bytecode_ready()\n")
    subprocess.run([sys.executable, "-c", code, *sources], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPYCACHEPREFIX": str(prefix)})


def environment(prefix: Path) -> dict[str, str]:
    """The bot's environment: bytecode under `prefix`, written there (PYTHONDONTWRITEBYTECODE
    empty is unset), PYTHONOPTIMIZE unset (it would keep the interpreter as started)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONOPTIMIZE"}
    env.update(PYTHONPYCACHEPREFIX=str(prefix), PYTHONDONTWRITEBYTECODE="")
    return env


@pytest.fixture
def prefix(tmp_path: Path) -> Path:
    folder = tmp_path / "pycache"
    optimized_bytecode(folder)
    return folder


@pytest.fixture
def no_optimize(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("PYTHONOPTIMIZE", raising=False)
    yield


def question_log(data_dir: Path, count: int) -> list[dict]:
    """The bot's question log once it holds `count` rows (written just after each answer)."""
    deadline = time.monotonic() + REPLY
    while True:
        with sqlite3.connect(f"file:{data_dir / 'bot.db'}?mode=ro", uri=True) as db:
            db.row_factory = sqlite3.Row
            rows = [dict(row) for row in db.execute(
                "SELECT chat_id, text, lang, answer, outcome, reply FROM questions ORDER BY id")]
        if len(rows) >= count or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


@pytest.mark.e2e
def test_run_replaces_itself_under_oo_and_answers_as_the_unoptimised_brain(
        no_optimize: None, prefix: Path, stub: BotApiStub,
        bot_process: Callable[..., BotProcess], services: Services) -> None:
    bot = bot_process(PYTHONPYCACHEPREFIX=str(prefix), PYTHONDONTWRITEBYTECODE="")
    assert bot.proc is not None
    # started again in place: the process the test started, now with -OO on its command line
    argv = Path(f"/proc/{bot.proc.pid}/cmdline").read_bytes().split(b"\0")
    assert b"-OO" in argv, argv
    assert argv[argv.index(b"-OO") + 1:argv.index(b"-OO") + 4] == [b"-m", b"bot", b"run"], argv
    # and the modules it imported were compiled by the optimised interpreter, into the prefix
    assert list(prefix.rglob("brain.*.opt-2.pyc")), "intents/brain.py not imported under -OO"

    users = [(stub.add_user(first_name=f"OO{i}", language_code=lang), text)
             for i, (lang, text) in enumerate(QUESTIONS)]
    for user, text in users:
        user.send_text(text)
        assert user.wait_for_messages(1, timeout=REPLY), f"no answer to {text!r}:\n{bot.log_text()[-3000:]}"
    rows = {row["chat_id"]: row for row in question_log(bot.data_dir, len(users))}

    for (user, text), (lang, _) in zip(users, QUESTIONS, strict=True):
        want = replies(services, lang, [text])[0]
        got = rows.get(user.chat_id)
        assert got is not None, f"{text!r} not in the question log"
        assert got["text"] == text
        assert (got["answer"], got["outcome"]) == (want.answer or want.intent, want.outcome or "answered"), text
        assert got["outcome"] != "fallback", text  # (questions the bot answers: a real comparison)
    assert "Traceback" not in bot.log_text()


def test_run_help_is_not_started_again(no_optimize: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(optimized, "bytecode_ready", lambda: True)
    for asked in (["--help"], ["-h"], ["--or-chat", "--help"]):
        assert optimized.again_under_oo(["-m", "run", *asked]) is None, asked
    again = optimized.again_under_oo(["-m", "run", "--or-chat"])  # (the long-lived run still is)
    assert again is not None and again[1] == "-OO"


def test_run_help_shows_its_description_where_the_oo_bytecode_is_there(prefix: Path) -> None:
    shown = subprocess.run([sys.executable, "-m", "bot", "run", "--help"], cwd=ROOT, check=True,
                           env=environment(prefix), capture_output=True, text=True).stdout
    assert "Run the Telegram bot" in shown and "SIGTERM" in shown, shown

"""Shared fixtures: the loopback Bot API stub and the bot running as a real subprocess."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from tests import query_vectors
from tests.botapi_stub import BotApiStub, running_stub
from tests.botapi_stub.state import RECHECK
from tests.patience import BOT_START
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent

# Modules whose fixtures other modules take as parameters (the shared dialogue `services` and
# `partner` of tests.dialogue; the e2e handoff `world` of test_e2e_handoff), registered as plugins as pytest
# documents ("Using fixtures from other projects") instead of being imported by name, which ruff
# reads as an unused import redefined by the parameter (F811). A module's own fixture of the same
# name still wins over these; two plugins must not define the same name.
pytest_plugins = ["tests.dialogue", "tests.test_e2e_handoff"]

# pytest keeps a test module's rewritten asserts in `tests/__pycache__` only when Python may write
# bytecode; with PYTHONDONTWRITEBYTECODE set (as on the shared development machine) every worker
# parsed and rewrote all ~120 test modules again on every run (~8 s of CPU a process). Written
# atomically, so the workers may do it at once; the bot's own packages get theirs from
# `tests.warm_cache.compile_bytecode` for the same reason.
sys.dont_write_bytecode = False

# Property tests draw the same examples on every run (Hypothesis' `derandomize`, as its docs advise
# for CI): a clean clone's `make test` must pass or fail on the code, not on the draw (a random
# draw once failed CI on an old bug the suite had passed over for days). Explore new draws with
# `pytest --hypothesis-profile=explore`; a failure found there becomes an `@example`.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move what collection made (every test module, the bot's packages, numpy, scikit-learn...)
    out of the collector's reach, as the bot does with its heap once started
    (`bot.app.freeze_heap`): it lives until the process ends, yet each full collection walked
    it again (~15 a worker, ~0.2 s each). Only the collector's passes change."""
    gc.collect()
    gc.freeze()
    _keep_parsed_yaml()
    query_vectors.install()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """The e5 vectors of messages come from `tests.query_vectors` when embedded before, except
    in the modules that test the encoder itself (marked `real_encoder`). Set before any fixture
    of the test is made, module-scoped ones included."""
    query_vectors.enabled = item.get_closest_marker("real_encoder") is None


PARSED_KEPT = 64
"""Parsed knowledge files kept per test process (`_keep_parsed_yaml`), most recently used."""


def _keep_parsed_yaml() -> None:
    """Keep the parsed YAML of every version of a knowledge file this process read, not only the
    latest one. The loader keeps one text per file name (`core.kb.loader._parse_cached`: a bot's
    hot reload changes one file, and memory stays flat however often staff save); the tests
    load the shipped folder between copies with an edited events.yaml, faq.yaml..., so the
    shipped files were parsed again after each edit: ~160 parses of texts parsed before in a
    full run, ~80 ms each with ruamel's pure-Python parser (~13 s of CPU). Keyed by the file's
    name and whole text, so a changed file is parsed again; the loader shares its parsed
    `Document`s the same way (never mutated). A file that does not parse is not kept."""
    from core.kb import loader

    parse = loader._parse_cached
    kept: OrderedDict[tuple[str, str], Any] = OrderedDict()
    lock = threading.Lock()

    def parse_kept(file: str, text: str) -> Any:
        key = (file, text)
        with lock:
            doc = kept.get(key)
            if doc is not None:
                kept.move_to_end(key)
                return doc
        doc = parse(file, text)
        with lock:
            kept[key] = doc
            while len(kept) > PARSED_KEPT:
                kept.popitem(last=False)
        return doc

    loader._parse_cached = parse_kept


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules marked `long` first (in file order), then the `e2e` ones (each test starts or
    talks to a bot process), then the others by their number of tests, most first (xdist's own
    order). With `--dist loadfile` a module runs on one worker; long ones handed out last (they
    have few tests) left one worker running them alone while the other sat idle."""
    per_module = Counter(item.nodeid.split("::")[0] for item in items)

    def order(item: pytest.Item) -> tuple[bool, bool, int]:
        long = item.get_closest_marker("long") is not None
        e2e = item.get_closest_marker("e2e") is not None
        return not long, not e2e, 0 if long or e2e else -per_module[item.nodeid.split("::")[0]]

    items.sort(key=order)  # stable: a module's tests keep their order


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """After each test, stop the answer ranker's background fits it started (a Brain over a FAQ
    other than the shipped one: `intents.answer_ranker.load_or_fit`) and wait for them, as the
    bot does at exit. A test that needs the fit waits for it itself (test_answer_ranker); left
    running, the thread spent ~20 s of CPU inside the next tests and modules of its xdist
    worker (after test_semantic's reload: test_e2e_faults 8.8 s of the worker's CPU in the full
    run, 0.24 s without it), and could hand a later test of the module a ranker fitted in the
    meantime or not, by timing."""
    ranker = sys.modules.get("intents.answer_ranker")
    if ranker is None or not any(thread.is_alive() for thread in ranker._FITS):
        return
    ranker._STOP.set()  # checked between lines and folds: the fit raises Stopped
    try:
        for thread in ranker._FITS:
            thread.join(timeout=120)  # as long as the bot waits at exit, four times over
    finally:
        ranker._STOP.clear()
    ranker._FITS.clear()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Close the services the dialogue modules shared (`tests.dialogue`), if any were made, and
    keep the e5 vectors this process embedded (`tests.query_vectors`)."""
    dialogue = sys.modules.get("tests.dialogue")
    if dialogue is not None:
        dialogue.close_shared()
    query_vectors.save()


@pytest.fixture
def stub() -> Iterator[BotApiStub]:
    with running_stub() as server:
        yield server


class BotProcess:
    """`python -m bot run` against the stub, with its own data folder; stopped at teardown."""

    def __init__(self, stub: BotApiStub, data_dir: Path, env: dict[str, str]) -> None:
        self.stub, self.data_dir, self.env = stub, data_dir, env
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "bot.log"

    def start(self, ready_timeout: float = BOT_START) -> BotProcess:
        before = len(self.stub.calls("getUpdates"))
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT,
                                         env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + ready_timeout
        while True:
            seen = self.stub.journal.version
            if len(self.stub.calls("getUpdates")) > before:  # polling means fully started
                break
            if self.proc.poll() is not None:
                raise RuntimeError(f"bot exited with {self.proc.returncode}:\n{self.log_text()}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"bot did not start polling:\n{self.log_text()}")
            self.stub.journal.wait_change(seen, RECHECK)  # woken by the bot's next call
        return self

    def stop(self, kill: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            (self.proc.kill if kill else self.proc.terminate)()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def _bot_factory(stub: BotApiStub, root: Path) -> tuple[Callable[..., BotProcess], list[BotProcess]]:
    """`start(**settings)` runs the bot with its data in `root/data`; the list holds what ran.
    The data folder starts warm (`tests.warm_cache`): the bot need not train or index again."""
    started: list[BotProcess] = []

    def start(**settings: str) -> BotProcess:
        data = root / "data"
        data.mkdir(exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        env.update(BOT_TOKEN=stub.token, BOT_API_URL=stub.url, BOT_DATA_DIR=str(data),
                   BOT_KNOWLEDGE_DIR=str(ROOT / "knowledge"), BOT_LOG_LEVEL="INFO",
                   PYTHONUNBUFFERED="1")
        env.update(settings)
        warm_data_dir(data, env["BOT_KNOWLEDGE_DIR"])
        proc = BotProcess(stub, data, env).start()
        started.append(proc)
        return proc

    return start, started


@pytest.fixture
def bot_process(stub: BotApiStub, tmp_path: Path) -> Iterator[Callable[..., BotProcess]]:
    """Factory: `bot_process(BOT_ADMIN_IDS="1")` starts the bot with extra settings."""
    start, started = _bot_factory(stub, tmp_path)
    yield start
    for proc in started:
        proc.stop()


@pytest.fixture(scope="module")
def module_stub() -> Iterator[BotApiStub]:
    """One stub for a whole test module, so the bot (`module_bot_process`) starts only once."""
    with running_stub() as server:
        yield server


@pytest.fixture(scope="module")
def module_bot_process(module_stub: BotApiStub,
                       tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., BotProcess]]:
    """`bot_process` shared by a module's tests: each test talks to the bot as its own users."""
    start, started = _bot_factory(module_stub, tmp_path_factory.mktemp("bot"))
    yield start
    for proc in started:
        proc.stop()

"""What a bot that ran before leaves in its data folder, made once per test process and copied
into each fresh BOT_DATA_DIR: the trained NLU model (`nlu/`) and the last good copy of the
shipped knowledge with its compiled search index (`knowledge.last-good.*`), the fitted FAQ
selector (`indexes/`) and the compiled interface catalogues (`i18n/`, keyed by their .po file
and `core.i18n`; ~60 ms of CPU a bot start, ~30 starts a full run).

A start with these is the bot's ordinary warm start, ~3 s of CPU cheaper than a cold one (NLU
training ~2 s, parsing and indexing the YAML ~1.5 s). Both are keyed by what they were made
from (the model by its training data, the knowledge by its files and code), so a copy made by
this checkout is exactly what the bot would build itself. Tests that are about the cold start
(training, compiling, starting from a last good copy) use their own folders and do not call
this.

The folder is kept in `var/test-warm/` (ignored by git, removed by `make clean`) and shared by
every test process of this checkout: the bot's own keys decide whether what is there is still
good (an edited training file retrains, an edited FAQ refits, an edited knowledge file or
compiler rebuilds the snapshot, and each drops the older copy), so a second run, the other
xdist worker, or one test module run alone reads it instead of spending ~8 s of CPU making it.
A file lock lets one process make or refresh it while the others wait, and keeps them from
copying a half-written one.

The project's bytecode is compiled too (`compile_bytecode`), as any run of Python leaves it and
as `pip install` leaves an installed package: with PYTHONDONTWRITEBYTECODE in the environment
(as on the shared development machine) every bot subprocess would otherwise compile ~1.2 MB of
source again, ~0.4 s of CPU per start.
"""

from __future__ import annotations

import fcntl
import functools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
FOLDER = ROOT / "var" / "test-warm"


PACKAGES = ("bot", "core", "intents", "jobs")


@functools.cache
def compile_bytecode() -> None:
    """Write `__pycache__` for the bot's packages where missing or stale (once per process;
    py_compile writes even under PYTHONDONTWRITEBYTECODE, and atomically, so xdist workers
    doing it at once is safe)."""
    import compileall

    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=2, workers=1)


@contextmanager
def _locked(exclusive: bool) -> Iterator[None]:
    """Hold the warm folder's lock: exclusive to make or refresh it, shared to copy from it."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    with open(FOLDER.parent / "test-warm.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@functools.cache
def _made() -> Path:
    """Make or refresh the caches once per process; reading what is still good takes ~1 s."""
    compile_bytecode()
    from core import i18n
    from core.kb import snapshot
    from core.kb.live import LiveKnowledge
    from intents.faq_selector import FaqSelector
    from intents.nlu.classifier import load_or_train_from
    from intents.nlu.data import DATA_DIR
    from intents.understand import intent_lines

    with _locked(exclusive=True):
        # The same two calls, with the same arguments, as `bot.app.build_services`.
        knowledge = LiveKnowledge(KNOWLEDGE, last_good=FOLDER / snapshot.FILE_NAME)
        if knowledge.started_from_last_good is not None:
            # The files have errors: fail as a fresh folder would (KnowledgeError), rather than
            # hand every test an older copy that was good.
            for saved in FOLDER.glob("knowledge.last-good.*"):
                saved.unlink()
            knowledge = LiveKnowledge(KNOWLEDGE, last_good=FOLDER / snapshot.FILE_NAME)
        load_or_train_from(DATA_DIR, FOLDER / "nlu")  # with the stamp the bot finds it by
        # Where `intents.understand.Understander` keeps it (with a fitted answer ranker, if any).
        FaqSelector.build(knowledge.current.faq, intent_lines(), FOLDER / "indexes")
        # As `core.i18n.warm_catalogues` keeps them in a bot's data folder (read when current).
        for lang in i18n.LANGS:
            i18n._compiled(lang, FOLDER / "i18n")
    return FOLDER


def warm_data_dir(data_dir: Path, knowledge: Path | str | None = KNOWLEDGE) -> Path:
    """Copy the trained NLU model into `data_dir` (created if missing); for a bot run
    (`knowledge` given) the fitted FAQ selector too, and the last good knowledge when the bot
    will read the shipped `knowledge/` folder. Returns `data_dir`.

    The selector is keyed by the FAQ and intent lines it was fitted on, so a knowledge folder
    copied for a test (another announcement, a broken event) still reads it, and one with
    another FAQ fits its own, as a bot would. The last good copy is not keyed that way: a bot
    whose own folder has errors would start from it, so it goes only with the shipped folder."""
    made = _made()
    data_dir.mkdir(parents=True, exist_ok=True)
    with _locked(exclusive=False):
        _copy(made, data_dir, knowledge)
    return data_dir


def _copy(made: Path, data_dir: Path, knowledge: Path | str | None) -> None:
    if not (data_dir / "nlu").exists():
        shutil.copytree(made / "nlu", data_dir / "nlu")
    if knowledge is None:
        return
    if not (data_dir / "indexes").exists():
        shutil.copytree(made / "indexes", data_dir / "indexes")
    if not (data_dir / "i18n").exists():
        shutil.copytree(made / "i18n", data_dir / "i18n")
    if Path(knowledge).resolve() == KNOWLEDGE:
        for saved in made.glob("knowledge.last-good.*"):
            if not (data_dir / saved.name).exists():
                shutil.copy2(saved, data_dir / saved.name)

"""What a bot that ran before leaves in its data folder, made once per test process and copied
into each fresh BOT_DATA_DIR: the trained NLU model (`nlu/`) and the last good copy of the
shipped knowledge with its compiled search index (`knowledge.last-good.*`) and the fitted FAQ
selector (`indexes/`).

A start with these is the bot's ordinary warm start, ~3 s of CPU cheaper than a cold one (NLU
training ~2 s, parsing and indexing the YAML ~1.5 s). Both are keyed by what they were made
from (the model by its training data, the knowledge by its files and code), so a copy made by
this checkout is exactly what the bot would build itself. Tests that are about the cold start
(training, compiling, starting from a last good copy) use their own folders and do not call
this.

The project's bytecode is compiled too (`compile_bytecode`), as any run of Python leaves it and
as `pip install` leaves an installed package: with PYTHONDONTWRITEBYTECODE in the environment
(as on the shared development machine) every bot subprocess would otherwise compile ~1.2 MB of
source again, ~0.4 s of CPU per start.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


PACKAGES = ("bot", "core", "intents", "jobs")


@functools.cache
def compile_bytecode() -> None:
    """Write `__pycache__` for the bot's packages where missing or stale (once per process;
    py_compile writes even under PYTHONDONTWRITEBYTECODE, and atomically, so xdist workers
    doing it at once is safe)."""
    import compileall

    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=2, workers=1)


@functools.cache
def _made() -> Path:
    """Build the caches once per process (each xdist worker has its own)."""
    compile_bytecode()
    from core.kb import snapshot
    from core.kb.live import LiveKnowledge
    from intents.faq_selector import FaqSelector
    from intents.nlu import load_or_train, load_training_data
    from intents.understand import intent_lines

    folder = Path(tempfile.mkdtemp(prefix="hisda-warm-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    # The same two calls, with the same arguments, as `bot.app.build_services`.
    knowledge = LiveKnowledge(KNOWLEDGE, last_good=folder / snapshot.FILE_NAME)
    load_or_train(load_training_data().examples, folder / "nlu")
    # Where `intents.understand.Understander` keeps it (with a fitted answer ranker, if any).
    FaqSelector.build(knowledge.current.faq, intent_lines(), folder / "indexes")
    return folder


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
    if not (data_dir / "nlu").exists():
        shutil.copytree(made / "nlu", data_dir / "nlu")
    if knowledge is None:
        return data_dir
    if not (data_dir / "indexes").exists():
        shutil.copytree(made / "indexes", data_dir / "indexes")
    if Path(knowledge).resolve() == KNOWLEDGE:
        for saved in made.glob("knowledge.last-good.*"):
            if not (data_dir / saved.name).exists():
                shutil.copy2(saved, data_dir / saved.name)
    return data_dir

"""Leave-one-set-out through the bot: a READ answer set run with the shipped exemplars minus its
own (what the arbiter does for messages it never learned), beside the shipped index.

Writes a copy of `intents/data/exemplars.npz` without the set's rows (by `exemplars.yml`'s
`set`), points the Brain's second opinion at it and runs the set as `bot nlu answers` does
(pinned clock, real Brain). Prints the mistakes with each index and writes the held-out report
(`<out>/<set>.json`, as `bot nlu answers --out`) for /tmp/cmp.py-style comparisons.

Example: .venv/bin/python bench/exemplars_held_out.py /tmp/held answers55 answers57
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.app import build_services
from bot.settings import Settings
from intents import exemplars as ex
from intents.nlu.answers import evaluate, load_set, report

BLIND = {"answers35", "answers36", "answers37", "answers38", "answers39", "answers56", "answers58", "answers59"}


def without(name: str, folder: Path) -> Path:
    """The shipped vectors without the exemplars learned from `name`."""
    keep = np.array([e.source != name for e in ex.read_exemplars()], dtype=bool)
    path = folder / f"exemplars_without_{name}.npz"
    with np.load(ex.VECTORS_FILE, allow_pickle=False) as data, open(path, "wb") as out:
        np.savez_compressed(out, **{k: data[k][keep] for k in ("texts", "keys", "vectors")})
    return path


def main(out: str, *sets: str) -> None:
    if BLIND & set(sets):
        raise SystemExit("a blind set is never read")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings().model_copy(update={"bot_data_dir": Path(tempfile.mkdtemp()), "bot_token": None})
    services = build_services(settings)
    brain, store = services.brain, services.store
    for name in sets:
        started = time.perf_counter()
        brain.second_opinion.vectors, brain.second_opinion._index = without(name, folder), None
        rep = report(evaluate(brain, store, load_set(Path("intents/data/test") / name)))
        rep["set"] = name
        (folder / f"{name}.json").write_text(json.dumps(rep, ensure_ascii=False, indent=2), "utf-8")
        wrong = sum(len(rows) for rows in rep["errors"].values())
        print(f"{name}: {wrong} mistakes with the exemplars without it ({len(brain.second_opinion._index[1])} "
              f"exemplars, {time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

"""What each keep of the arbiter's table (`intents.exemplars.WEAK`) saves and costs, through the bot.

Runs READ answer sets (never a blind one) through one real Brain (pinned clock, as `bot nlu
answers`) once with the shipped table, then once per switch with that keep left out of its row
(or, for `several questions`, the review of messages of several parts allowed), and prints each
switch's mistakes fixed and broken against the shipped table. A keep that breaks nothing where it
is switched off protects nothing on these sets: the tests it was added for are its measure.

Example: .venv/bin/python bench/arbiter_rules.py answers57,answers55,answers53 "not named" "several questions"
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.app import build_services
from bot.settings import Settings
from intents import exemplars
from intents.nlu.answers import evaluate, load_set, report

SEVERAL = "several questions"
BLIND = {"answers35", "answers36", "answers37", "answers38", "answers39", "answers59"}


def without(names: set[str]) -> tuple[exemplars.Weak, ...]:
    """The shipped table with the keeps of these names left out."""
    from dataclasses import replace

    return tuple(replace(row, keeps=tuple(k for k in row.keeps if k.name not in names)) for row in exemplars.WEAK)


def mistakes(brain, store, answer_set) -> dict[tuple, tuple]:
    rep = report(evaluate(brain, store, answer_set))
    return {(lang, x.get("dialogue"), x.get("turn"), x["text"]): (x["got"], x["expect"])
            for lang, rows in rep["errors"].items() for x in rows}


def main(sets: str, *switches: str) -> None:
    names = sets.split(",")
    if BLIND & set(names):
        raise SystemExit("a blind set is never read")
    settings = Settings().model_copy(update={"bot_data_dir": Path(tempfile.mkdtemp()), "bot_token": None})
    services = build_services(settings)
    brain, store = services.brain, services.store
    data = {name: load_set(Path("intents/data/test") / name) for name in names}
    shipped = {name: mistakes(brain, store, data[name]) for name in names}
    print("shipped: " + ", ".join(f"{name} {len(found)}" for name, found in shipped.items()), flush=True)
    several = exemplars.several_asked
    for switch in switches:
        off = {part.strip() for part in switch.split("+")}
        brain.second_opinion.table = without(off)
        exemplars.several_asked = (lambda u, key: False) if SEVERAL in off else several
        for name in names:
            started = time.perf_counter()
            found, base = mistakes(brain, store, data[name]), shipped[name]
            fixed, broken = base.keys() - found.keys(), found.keys() - base.keys()
            print(f"[{switch} off] {name}: {len(found)} ({len(fixed)} fixed, {len(broken)} broken, "
                  f"{time.perf_counter() - started:.0f} s)", flush=True)
            for k in sorted(fixed, key=str):
                print(f"    fixed  {k[0]} {k[1] or ''}#{k[2] or ''} {k[3][:80]!r} (was {base[k][0]})")
            for k in sorted(broken, key=str):
                print(f"    BROKEN {k[0]} {k[1] or ''}#{k[2] or ''} {k[3][:80]!r} → {found[k][0]} (expected {found[k][1]})")
    brain.second_opinion.table, exemplars.several_asked = exemplars.WEAK, several


if __name__ == "__main__":
    main(*sys.argv[1:])

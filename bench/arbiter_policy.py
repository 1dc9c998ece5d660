"""The arbiter between the router and the exemplar vote, measured: who is right where, and what
the shipped policy (`intents.exemplars.overrides` / `declines`) would fix and break.

Inputs: a READ set's rows from `bench/arbiter_measure.py` (router key, vote, flags per first
message) and the leave-one-set-out rows of the read sets (`bench/exemplars_prep.py` output and a
`bot nlu answers` report directory of the router, as `bench/exemplars_loso.py`). Prints

1. both right / router only / vote only / neither, by language, by vote band (share, top cosine,
   an out-of-scope or gap voter or not) and by the router's reply kind: what a perfect arbiter
   could gain and where;
2. for a grid of the three thresholds (`MIN_SCORE`, `MIN_TOP`, `MIN_AGAINST`): messages replaced,
   fixed and broken on the set and on the read sets (LOSO: the cost side, the router being tuned
   on those sets).

Example: .venv/bin/python bench/arbiter_policy.py /tmp/arb13/a55.json /tmp/exem19/prep /tmp/r/B19
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import exemplars_loso as loso

from intents import exemplars
from intents.exemplars import Opinion, negative
from intents.nlu.answers import matches


def set_rows(path: str) -> list[dict]:
    """The measured set's messages, each with its `Opinion` and whether the vote is right."""
    rows = []
    for r in json.loads(Path(path).read_text("utf-8")):
        op = Opinion(r["vote"], r["share"], r["margin"], r["top"], r["against"]) if "vote" in r else None
        vote_ok = op is not None and (negative(op.key) if r["kind"] == "oos" else matches(r["expect"], op.key))
        rows.append({**r, "op": op, "vote_ok": vote_ok, "answerable": r.get("buildable", False)})
    return rows


def read_rows(prep: str, report_dir: str) -> list[dict]:
    """The read sets' messages voted on by the exemplars of the other sets (LOSO)."""
    items, vecs = loso.load(prep, report_dir)
    check = loso.answerable_keys()
    rows = []
    for i, (ids, cos) in loso.neighbours(items, vecs).items():
        it = items[i]
        if it["set"] in loso.HELD_OUT:
            continue
        op = exemplars.vote(np.asarray(cos), [items[j]["key"] for j in ids], [tuple(r) for r in it["records"]])
        rows.append({**it, "op": op, "vote_ok": op is not None and loso.ok(it, op.key), "memory": False,
                     "done": True, "answerable": op is not None and (negative(op.key) or check(op.key))})
    return rows


def decision(r: dict) -> str | None:
    """The key the shipped review would answer with instead of the router's, or None."""
    op, key = r["op"], r["router"] or "fallback"
    if op is None or r.get("memory") or r["ordinal"] or r["refers"] or r["switch"]:
        return None
    if not r.get("done", True) and (not exemplars.weak(key) or key == "fallback"):
        return None
    if exemplars.declines(key, op):
        return "out_of_scope"
    return op.key if exemplars.overrides(key, op) and r["answerable"] else None


def tally(rows: list[dict]) -> tuple[int, int, int, list[dict]]:
    fired = fixed = broken = 0
    bad = []
    for r in rows:
        if decision(r) is None:
            continue
        fired += 1
        fixed += r["vote_ok"] and not r["router_ok"]
        if r["router_ok"] and not r["vote_ok"]:
            broken += 1
            bad.append(r)
    return fired, fixed, broken, bad


def band(r: dict) -> str:
    op = r["op"]
    if op is None:
        return "no vote"
    share = "≥0.9" if op.score >= .9 else "0.8-0.9" if op.score >= .8 else "0.6-0.8" if op.score >= .6 else "<0.6"
    top = "≥0.95" if op.top >= .95 else "0.93-0.95" if op.top >= .93 else "0.90-0.93" if op.top >= .90 else "<0.90"
    return f"{share} / {top} / {'negative voter' if op.against > 0 else 'clean'}"


def who(rows: list[dict], by) -> None:
    table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in rows:
        table[by(r)]["both" if r["router_ok"] and r["vote_ok"] else "router" if r["router_ok"]
                     else "vote" if r["vote_ok"] else "neither"] += 1
    print("| | n | both right | router only | vote only | neither |\n|---|---|---|---|---|---|")
    total: collections.Counter = collections.Counter()
    for key in sorted(table):
        c = table[key]
        total.update(c)
        print(f"| {key} | {sum(c.values())} | {c['both']} | {c['router']} | {c['vote']} | {c['neither']} |")
    print(f"| all | {sum(total.values())} | {total['both']} | {total['router']} | {total['vote']} | {total['neither']} |\n")


def main(measured: str, prep: str | None = None, report_dir: str | None = None) -> None:
    rows = set_rows(measured)
    for title, by in (("language", lambda r: r["lang"]), ("vote band", band),
                      ("router reply kind", lambda r: loso.kind_of(r["router"] or "fallback"))):
        print(f"### by {title}\n")
        who(rows, by)
    read = read_rows(prep, report_dir) if prep and report_dir else []
    shipped = exemplars.MIN_SCORE, exemplars.MIN_TOP, exemplars.MIN_AGAINST
    print("| share | top | against | set: replaced / fixed / broken | read sets (LOSO): replaced / fixed / broken |")
    print("|---|---|---|---|---|")
    for score, top, against in ((0.8, 0.9, 0.8), (0.85, 0.9, 0.8), (0.9, 0.88, 0.8), (0.9, 0.9, 0.8),
                                (0.9, 0.92, 0.8), (0.9, 0.9, 0.9)):
        exemplars.MIN_SCORE, exemplars.MIN_TOP, exemplars.MIN_AGAINST = score, top, against
        a, b = tally(rows), tally(read)
        mark = " (shipped)" if (score, top, against) == shipped else ""
        print(f"| {score}{mark} | {top} | {against} | {a[0]} / {a[1]} / {a[2]} | {b[0]} / {b[1]} / {b[2]} |")
    exemplars.MIN_SCORE, exemplars.MIN_TOP, exemplars.MIN_AGAINST = shipped
    for name, found in (("set", rows), ("read sets", read)):
        for r in tally(found)[3]:
            print(f"broken ({name}): {r['lang']} {r['text'][:80]!r} {r['router']} → {decision(r)}")


if __name__ == "__main__":
    main(*sys.argv[1:4])

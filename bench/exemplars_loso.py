"""Leave-one-set-out evaluation of the exemplar vote (`intents.exemplars`) against the router.

Input (made by `bench/exemplars_prep.py`): every read set's single questions, out-of-scope lines
and first dialogue turns, each with its expected key, the records its understanding names, its
request's e5 query vector; and the router's answers (a `bot nlu answers` report directory: a
question not among its mistakes got its expected key). For each read set s, the exemplars of the
other sets except the held-out ones vote on s's messages. Prints kNN-alone accuracy by language,
the kNN's precision where it disagrees with the router by router-answer kind and score band, and
the net (fixed − broken) of override policies.

Example: .venv/bin/python bench/exemplars_loso.py /tmp/exem19/prep /tmp/r/B19
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from intents.exemplars import negative, template, vote
from intents.nlu.answers import matches

HELD_OUT = {"answers53"}


def load(prep: str, report_dir: str):
    items = json.loads(Path(f"{prep}.json").read_text())
    with np.load(f"{prep}.npz") as data:
        row = {str(t): i for i, t in enumerate(data["reqs"])}
        vecs = data["vecs"].astype(np.float32)
    errors: dict[tuple, str] = {}
    for path in Path(report_dir).glob("*.json"):
        s = path.stem
        for lang, rows in json.loads(path.read_text())["errors"].items():
            for x in rows:
                if x["kind"] == "turn":
                    if x["turn"] == 1:
                        errors[(s, lang, "d1", x["text"], x["dialogue"])] = x["got"]
                else:
                    errors[(s, lang, "oos" if x["kind"] == "out_of_scope" else "q", x["text"], None)] = x["got"]
    for it in items:
        k = (it["set"], it["lang"], it["kind"], it["text"], it.get("dialogue") if it["kind"] == "d1" else None)
        it["router_ok"] = k not in errors
        exp = it["expect"]
        it["router"] = errors.get(k) or ("out_of_scope" if it["kind"] == "oos" else (exp[0] if isinstance(exp, list) else exp))
        it["row"] = row.get(it["request"], -1)
        keys = exp if isinstance(exp, list) else [exp]
        it["key"] = "out_of_scope" if it["kind"] == "oos" else template(str(keys[0]), [tuple(r) for r in it["records"]])
    return items, vecs


def ok(it, key):
    if it["kind"] == "oos":
        return key is None or negative(key) or key.startswith("fallback")
    return matches(it["expect"], key)


def neighbours(items, vecs, top=20):
    """Per item: indices and cosines of its `top` nearest exemplars outside its set and the held out."""
    idx = [i for i, it in enumerate(items) if it["row"] >= 0]
    E = vecs[[items[i]["row"] for i in idx]]
    sets = np.array([items[i]["set"] for i in idx])
    out = {}
    for a in range(0, len(idx), 1000):
        Q = E[a:a + 1000]
        S = Q @ E.T
        for j in range(len(Q)):
            s = sets[a + j]
            S[j, (sets == s) | np.isin(sets, list(HELD_OUT))] = -1
        nn = np.argpartition(-S, top, axis=1)[:, :top]
        for j in range(len(Q)):
            out[idx[a + j]] = ([idx[n] for n in nn[j]], S[j, nn[j]])
    return out


def kind_of(key: str) -> str:
    if key in ("fallback", "out_of_scope") or key.startswith(("gap:", "smalltalk")):
        return key.partition(":")[0]
    if key.startswith("list:"):
        return "list" if "?" not in key else "list?"
    if key.startswith("faq:"):
        return "faq:which_set" if key == "faq:which_set" else "faq"
    head, _, fact = key.partition("#")
    return f"{head.partition(':')[0]}{'#' if fact else ''}"


def main(prep: str, report_dir: str, k: int = 7, sharp: float = 0.02):
    items, vecs = load(prep, report_dir)
    nn = neighbours(items, vecs)
    rows = []
    for i, (ids, cos) in nn.items():
        it = items[i]
        if it["set"] in HELD_OUT:
            continue
        recs = [tuple(r) for r in it["records"]]
        op = vote(np.asarray(cos), [items[j]["key"] for j in ids], recs, k=k, sharpness=sharp)
        rows.append((it, op))
    # kNN alone
    by = collections.defaultdict(lambda: [0, 0, 0])
    for it, op in rows:
        c = by[(it["lang"])]
        c[0] += 1
        c[1] += bool(op) and ok(it, op.key)
        c[2] += it["router_ok"]
    print("kNN alone (LOSO) vs router, by language: n, kNN right, router right")
    for lang, (n, a, r) in sorted(by.items()):
        print(f"  {lang}: {n}  kNN {a / n:.1%}  router {r / n:.1%}")
    disagreements(rows)
    policies(rows)
    return items, rows


def disagreements(rows):
    """kNN precision where its key differs from the router's, by router-answer kind and score band."""
    table = collections.defaultdict(lambda: [0, 0, 0])  # n, fixed (router wrong, kNN right), broken
    for it, op in rows:
        if op is None or negative(op.key) or op.key == it["router"] or matches(op.key, it["router"]):
            continue
        band = "≥0.9" if op.score >= 0.9 else "0.8-0.9" if op.score >= 0.8 else "0.6-0.8" if op.score >= 0.6 else "<0.6"
        top = "top≥0.92" if op.top >= 0.92 else "top≥0.9" if op.top >= 0.9 else "top≥0.88" if op.top >= 0.88 else "top<0.88"
        c = table[(kind_of(it["router"]), band, top)]
        c[0] += 1
        c[1] += (not it["router_ok"]) and ok(it, op.key)
        c[2] += it["router_ok"] and not ok(it, op.key)
    print("\nwhere kNN disagrees: router kind, share band, top band: n, fixed, broken, net")
    for key, (n, f, b) in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
        if n >= 3:
            print(f"  {key[0]:<16} {key[1]:<8} {key[2]:<9} {n:5} {f:4} {b:4} {f - b:+4}")


def answerable_keys():
    """key -> whether `reply_for` builds exactly that answer from the shipped knowledge."""
    import tempfile

    from bot.app import build_services
    from bot.settings import Settings
    from intents.exemplars import reply_for

    settings = Settings().model_copy(update={"bot_data_dir": Path(tempfile.mkdtemp()), "bot_token": None})
    brain = build_services(settings).brain
    turn = brain._turn(1, None, "en")
    seen: dict[str, bool] = {}

    def check(key: str) -> bool:
        if key not in seen:
            seen[key] = reply_for(turn, key) is not None
        return seen[key]
    return check


def policies(rows):
    """Net of the shipped policy (`overrides` a weak answer, `declines` an answered one) over a
    grid of its thresholds: read answers replaced, fixed and broken."""
    from intents import exemplars
    answerable = answerable_keys()
    shipped = exemplars.MIN_SCORE, exemplars.MIN_TOP
    for score in (0.8, 0.85, 0.9):
        for top in (0.88, 0.9, 0.92):
            exemplars.MIN_SCORE, exemplars.MIN_TOP = score, top
            fixed = broken = fired = 0
            for it, op in rows:
                if it["ordinal"] or it["refers"] or it["switch"] or op is None:
                    continue
                if exemplars.declines(it["router"], op) or exemplars.overrides(it["router"], op) \
                        and answerable(op.key):
                    fired += 1
                    fixed += (not it["router_ok"]) and ok(it, op.key)
                    broken += it["router_ok"] and not ok(it, op.key)
            print(f"  policy score≥{score} top≥{top}{' (shipped)' if (score, top) == shipped else ''}: "
                  f"replaced {fired}, fixed {fixed} broken {broken} net {fixed - broken:+}")
    exemplars.MIN_SCORE, exemplars.MIN_TOP = shipped


if __name__ == "__main__":
    main(*sys.argv[1:3])

"""Could a learned arbiter decide "the FAQ or the router's answer" (issue 7)? A study, not shipped.

1. `harvest`: every question and dialogue turn of the read sets goes through a real Brain (as
   `bot nlu answers` runs them); at the router's final answer (`Router.route`, outermost call)
   the evidence known there is recorded: the answer ranker's best FAQ and its probability, the
   e5 embedding's nearest entry (cosine, margin, rival and off-topic cosines), whether they
   agree, the shared-word FAQ, the kind of answer the rules gave (faq, gap, list, a record...),
   the understanding (records named, gap, fact, ordinal, refers, intent and confidence, parts)
   and the memory (focus, list, last answer).
2. `study`: a candidate is a turn whose answer is not the ranker's FAQ; "fixed" if the FAQ
   would match the expected key where the answer did not, "lost" the reverse. A logistic
   regression and gradient boosting are fitted leave-one-SET-out (never fitted on the set they
   score) and fixed/lost are counted per threshold; the hand rule "ranker ≥ bar and the
   embedding agrees" beside them.

Measured 2026-12-03 on main 849e7ee (answers … answers20, dev, faqprobe, gapprobe; 12,234
turns, 10,057 candidates, 53 fixable, 9,551 the FAQ would lose): logistic regression 1 fixed /
0 lost at 0.97, 1/3 at 0.95, 2/9 at 0.9, 3/13 at 0.8; gradient boosting 4/7 at 0.8, 1/3 at 0.85,
0/0 at 0.95; restricted to ranker ≥ 0.5 with the embedding agreeing (38 fixable, 899 to lose), with
the FAQ entry and the answer's own record among the features: 5 fixed / 4-6 lost at 0.9-0.95,
1/0 at 0.99. The hand rule: 11/185 at 0.95, 38/899 at 0.5. No threshold is loss-free with more
than one fix: not shipped (the staff-facing paraphrases instead, `tests/test_faq23.py`).

Example: PYTHONPATH=. python bench/faq_arbiter.py harvest /tmp/turns.json answers answers2 dev
         PYTHONPATH=. python bench/faq_arbiter.py study /tmp/turns.json
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

KINDS = ("faq", "gap", "list", "work", "event", "program", "partner", "location", "incentive", "catalog",
         "contact", "out_of_scope", "fallback", "smalltalk", "other")
LANGS = ("en", "es", "zh", "ko")
BLIND = "answers21"  # never run, opened or read here


def folder(name: str) -> Path:
    if name == BLIND:
        raise SystemExit(f"{name} is the blind set")
    if name == "dev":
        return Path("intents/data/dev/answers")
    test = Path(f"intents/data/test/{name}")
    return test if test.is_dir() else Path(f"intents/data/dev/{name}")


def harvest(out: str, sets: list[str]) -> None:
    from bot.app import build_services
    from bot.settings import load_settings
    from intents.nlu.answers import NOW, load_set, start_dialogue
    from intents.router import Router

    seen: dict[str, Any] = {}
    depth = [0]
    route = Router.route

    def recorded(self, turn, u, memory, understand):
        depth[0] += 1
        try:
            reply = route(self, turn, u, memory, understand)
        finally:
            depth[0] -= 1
        if depth[0] == 0:
            ranked, near = u.best_faq(None), u.semantic()
            seen["f"] = {
                "key": reply.answer, "rid": ranked.id if ranked else None, "p": ranked.probability if ranked else 0.0,
                "nid": near.id if near else None, "ns": near.score if near else 0.0,
                "nm": near.margin if near else 0.0, "nrival": near.rival if near else 0.0,
                "noff": near.off_topic if near else 0.0, "nrint": near.rival_intent if near else "",
                "wid": u.faq.id if u.faq else None, "ws": u.faq.score if u.faq else 0.0,
                "intent": u.intent, "conf": u.confidence, "fallback": u.fallback,
                "recs": [f"{k}:{i}" for k, i in u.records()], "gap": u.gap, "fact": u.fact,
                "ordinal": u.ordinal, "refers": u.refers, "wants_person": u.wants_person, "action": u.action,
                "nparts": len(u.parts), "wants_list": u.wants_list, "focus": memory.focus,
                "nitems": len(memory.items or ()), "last": memory.answer, "lang": turn.lang}
        return reply

    Router.route = recorded
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        services = build_services(load_settings().model_copy(update={"bot_data_dir": Path(tmp), "bot_token": None}))
        brain, store = services.brain, services.store
        brain.clock = lambda: NOW
        chats = itertools.count(9_000_000)

        def one(chat: int, text: str, expect, kind: str, name: str, lang: str) -> None:
            seen.clear()
            reply = brain.reply_to_text(chat, str(text), store.profile(chat))
            rows.append({"set": name, "lang": lang, "kind": kind, "text": text, "expect": expect,
                         "got": reply.answer, "f": seen.get("f")})

        for name in sets:
            for lang, entry in load_set(folder(name)).items():
                for item in entry.get("questions", []):
                    chat = next(chats)
                    store.touch(chat, language_code=lang)
                    one(chat, item["q"], item["expect"], "question", name, lang)
                for text in entry.get("out_of_scope", []):
                    chat = next(chats)
                    store.touch(chat, language_code=lang)
                    one(chat, text, None, "oos", name, lang)
                for dialogue in entry.get("dialogues", []):
                    chat = next(chats)
                    start_dialogue(store, chat, lang, dialogue)
                    for step in dialogue.get("turns") or []:
                        if "press" in step:
                            brain.reply_to_button(chat, str(step["press"]), store.profile(chat))
                        else:
                            one(chat, step["say"], step.get("expect"), "turn", name, lang)
            print(name, len(rows), file=sys.stderr, flush=True)
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), "utf-8")


def kind_of(key: str | None) -> str:
    kind = (key or "fallback").partition("#")[0].partition("?")[0].partition(":")[0]
    return kind if kind in KINDS else "other"


def features(f: dict[str, Any]) -> list[float]:
    import math

    p = f["p"]
    kind = kind_of(f["key"])
    return [p, math.log(p / (1 - p + 1e-9) + 1e-9), f["ns"], f["nm"], f["ns"] - f["nrival"], f["ns"] - f["noff"],
            float(f["nid"] == f["rid"]), float(f["wid"] == f["rid"]), f["ws"], f["conf"], float(f["fallback"]),
            min(len(f["recs"]), 3), float(bool(f["gap"])), float(bool(f["fact"])), float(f["ordinal"] is not None),
            float(f["refers"]), float(bool(f["focus"])), float(f["nitems"] > 0), float(f["last"] == f"faq:{f['rid']}"),
            float(f["nparts"] > 1), float(f["wants_list"]), float(bool(f["action"])), float(f["wants_person"]),
            float("#" in (f["key"] or "")),
            *(float(kind == k) for k in KINDS), *(float(f["lang"] == lang) for lang in LANGS)]


def study(paths: list[str]) -> None:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    from intents.nlu.answers import matches

    rows = [r for p in paths for r in json.loads(Path(p).read_text("utf-8"))]
    xs, gain, right, sets = [], [], [], []
    for r in rows:
        f = r["f"]
        if f is None or f["rid"] is None or (r["kind"] == "turn" and r["expect"] is None):
            continue
        if r["got"] == f"faq:{f['rid']}":
            continue
        if r["kind"] == "oos":
            now, faq = (r["got"] or "").startswith(("gap:", "fallback", "out_of_scope")), False
        else:
            now, faq = matches(r["expect"], r["got"]), matches(r["expect"], f"faq:{f['rid']}")
        xs.append(features(f))
        gain.append(int(faq) - int(now))
        right.append(int(faq))
        sets.append(r["set"])
    x, g, y, s = np.array(xs), np.array(gain), np.array(right), np.array(sets)
    print(f"turns {len(rows)}, candidates {len(y)}, fixable {(g == 1).sum()}, the FAQ would lose {(g == -1).sum()}")
    models = {"logistic": lambda: LogisticRegression(C=1.0, max_iter=2000),
              "boosting": lambda: HistGradientBoostingClassifier(max_iter=150, learning_rate=0.05, max_depth=3,
                                                                 random_state=0)}
    for name, make in models.items():
        score = np.zeros(len(y))
        for held in sorted(set(sets)):
            fit, test = s != held, s == held
            score[test] = make().fit(x[fit], y[fit]).predict_proba(x[test])[:, 1]
        cells = [f"{th}: {int((g[score >= th] == 1).sum())}/{int((g[score >= th] == -1).sum())}"
                 for th in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)]
        print(f"{name} leave-one-set-out fixed/lost by threshold: " + ", ".join(cells))
    for bar in (0.5, 0.62, 0.8, 0.9, 0.95):
        chosen = (x[:, 0] >= bar) & (x[:, 6] == 1)
        print(f"ranker >= {bar} and the embedding agreeing: fixed {int((g[chosen] == 1).sum())}"
              f" lost {int((g[chosen] == -1).sum())}")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("harvest", "study"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "harvest":
        harvest(sys.argv[2], sys.argv[3:])
    else:
        study(sys.argv[2:])

"""A clear vote of the exemplars over the router's answer (round 27: over any answer, not shipped;
round 28: over a guess of the router's only, `Reply.guess` / `intents.exemplars.guess_of`; see
bench/results/clear_vote.md): on answer sets
held out of both the router's rules and the exemplars, what replacing the router's reply of a
conversation's first message with the answer the exemplars name would fix and break.

Two steps:

1. `record`: run `python -m bot nlu answers` on one set in a checkout (any commit), with
   `SecondOpinion.review` instrumented: every reviewed message's raw text, the router's key
   before and after the review, the exemplars' `Opinion` (always computed), and the flags the
   arbiter reads (first message, ordinal, switch, several asks, whether the FAQ match had
   embedded it) → one JSON line each. Run it from the checkout's root with its own venv:

       .venv/bin/python /path/to/bench/clear_vote.py record OUT.jsonl nlu answers --set SET --out RES.json

   Round 27 recorded answers63 at 7fda2583, answers65 at e769c689, answers67 at 7d8f084f (each
   the main of the round the set was written in, before anyone read it; none of them among that
   commit's exemplars) and answers69 at 5988a87a, with the dialogues cut to their first turn.

2. `table SET:OUT.jsonl:RES.json ...`: joins each line with its expected key (the set's files)
   and whether the bot's final reply was right (RES.json lists the wrong ones), and prints, per
   rule and bar, the messages the rule would fix (won) and break (lost).

Round 27 (1,821 first messages, 123 wrong): a FAQ named at share >= 0.8, nearest >= 0.90 over a
FAQ, list, card or no answer: won 18, lost 0 (0.7 / 0.88: 28 / 3; 0.8 / 0.88: 22 / 1); a list or
the catalogue over no answer at share >= 0.9 with no gap/out-of-scope voter: won 3, lost 0 (0.8 /
0.88: 4 / 1). (Any other answer over no answer, the same 3 / 0 held out, turned round 27's honest
gap "does Mary Lynn speak Spanish?" into her role: records' cards and facts are left out.)
Not shipped: 71 of the suite's older tests (deliberate honest gaps, out-of-scope replies and FAQ
choices) broke. bench/results/clear_vote.md.

Round 28: the vote replaces only a guess (the router's mark `Reply.guess`: an honest gap of a loose
topic read, a FAQ only the matchers chose, an out-of-scope reply of an unsure classifier; a fallback;
a list of a subject the classifier read under near certain). A record needs that mark: the four sets
were recorded again at their commits with the round's marks applied to their router (a `git worktree`
of each commit, `patch -p1` of the round's intents/router.py and intents/reply.py changes). `table`
ends with that rule (`shipped`), each message it changes and the tally by kind of guess: won 16,
lost 0, no right answer changed.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

ACTIONS = ("pref:", "subscribe", "handoff", "remind", "lang:", "smalltalk", "calendar", "form", "interest")


def record(out_path: str, argv: list[str]) -> None:
    sys.path.insert(0, os.getcwd())
    from intents import brain as brain_module
    from intents import exemplars as ex

    out = open(out_path, "w", encoding="utf-8")  # noqa: SIM115 - open for the run's life
    raw: list[str | None] = [None]
    review = ex.SecondOpinion.review
    reply_to_text = brain_module.Brain.reply_to_text

    def recorded_review(self, turn, u, reply, memory=None):
        before, outcome = reply.answer or "fallback", reply.outcome
        got = review(self, turn, u, reply, memory)
        opinion = None
        if self.embedder is not None and u.nearest is not None:
            found = self.index(turn).opinion(self.embedder.query(u.nearest.text), u.records())
            opinion = dataclasses.asdict(found) if found else None
        out.write(json.dumps({
            "text": raw[0], "before": before, "after": got.answer or "fallback", "outcome": outcome,
            "first": not (memory is not None and memory.answer), "ordinal": u.ordinal is not None,
            "switch": bool(u.switch_lang), "refers": bool(u.refers), "several": bool(ex.several_asked(u, before)),
            "done": bool(u.nearest is not None and u.nearest.done), "op": opinion,
            # what the clear vote reads of the reply it reviews (round 28): the router's mark of a
            # guess (`Reply.guess`, None on a commit without it) and the classifier's confidence
            "guess": getattr(got, "guess", None), "confidence": u.confidence, "fallback": bool(u.fallback)},
            ensure_ascii=False) + "\n")
        out.flush()
        return got

    def recorded_reply_to_text(self, chat_id, text, profile):
        raw[0] = text
        return reply_to_text(self, chat_id, text, profile)

    ex.SecondOpinion.review = recorded_review
    brain_module.Brain.reply_to_text = recorded_reply_to_text
    from bot.cli import main

    sys.argv = ["bot", *argv]
    main()


def rows_of(args: list[str]) -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from intents.nlu.answers import load_set, matches

    rows = []
    for arg in args:
        set_dir, study, result = arg.split(":")
        expect = {}
        for entry in load_set(Path(set_dir)).values():
            for item in entry.get("questions", []):
                expect[str(item["q"])] = ("question", item["expect"])
            for text in entry.get("out_of_scope", []):
                expect[str(text)] = ("out_of_scope", None)
            for dialogue in entry.get("dialogues", []):
                first = (dialogue.get("turns") or [{}])[0]
                if "say" in first and "expect" in first:
                    expect.setdefault(str(first["say"]), ("turn", first["expect"]))
        report = json.loads(Path(result).read_text())
        wrong = {e["text"] for errors in report["errors"].values() for e in errors}
        for line in Path(study).read_text().splitlines():
            row = json.loads(line)
            if row["text"] not in expect or not row["first"]:
                continue
            kind, expected = expect.pop(row["text"])
            key = (row["op"] or {}).get("key")
            negative = bool(key) and (key == "out_of_scope" or key.startswith("gap:"))
            row.update(set=Path(set_dir).name, right=row["text"] not in wrong,
                       vote_right=bool(key) and (negative if kind == "out_of_scope" else matches(expected, key)))
            rows.append(row)
    return rows


def no_answer(key: str) -> bool:
    return key in ("fallback", "out_of_scope") or key.startswith("gap:")


RULES = {
    "FAQ over any answer": lambda r, op: op["key"].startswith("faq:") and not r["after"].startswith(ACTIONS),
    "other answer over no answer": lambda r, op: not op["key"].startswith(("faq:", "gap:")) and op["key"] != "out_of_scope"
    and no_answer(r["after"]) and op["against"] == 0,
    "list over no answer": lambda r, op: op["key"].startswith(("list:", "catalog:")) and no_answer(r["after"])
    and op["against"] == 0,
}
BARS = ((0.7, 0.88), (0.8, 0.88), (0.8, 0.90), (0.9, 0.90), (1.0, 0.90))


def table(args: list[str]) -> None:
    rows = rows_of(args)
    print(f"{len(rows)} first messages, {sum(not r['right'] for r in rows)} wrong")
    for name, rule in RULES.items():
        for share, top in BARS:
            acts = [r for r in rows if r["op"] and not r["ordinal"] and not r["switch"] and not r["several"]
                    and r["op"]["key"] != r["after"] and r["op"]["score"] >= share and r["op"]["top"] >= top
                    and rule(r, r["op"])]
            won = sum(r["vote_right"] and not r["right"] for r in acts)
            lost = sum(not r["vote_right"] and r["right"] for r in acts)
            print(f"{name:30} share >= {share:.1f} nearest >= {top:.2f}: won {won:3} lost {lost:3}")
    shipped(rows)


def guess_of(row: dict) -> str | None:
    """`intents.exemplars.guess_of` of a recorded row (needs a record made with `Reply.guess`)."""
    from intents.router import NEAR_CERTAIN

    key = row["after"]
    if key == "fallback":
        return "none"
    if row.get("guess"):
        return row["guess"]
    if key.startswith(("list:", "catalog:")) and (row.get("fallback") or (row.get("confidence") or 0.0) < NEAR_CERTAIN):
        return "unsure"
    return None


def shipped(rows: list[dict]) -> None:
    """The clear vote as `SecondOpinion.clear_vote` makes it (round 28: over a guess only), by
    the kind of guess it replaced: what it fixes and breaks, and each changed message."""
    from intents.exemplars import Opinion, clearly_better

    per: dict[str, list[int]] = {}
    for r in rows:
        op, key, guess = r["op"], r["after"], guess_of(r)
        if not op or r["ordinal"] or r["switch"] or r["several"] or key.startswith(ACTIONS) or guess is None:
            continue
        if not clearly_better(key, Opinion(op["key"], op["score"], op["margin"], op["top"], op["against"]), guess):
            continue
        won, lost = r["vote_right"] and not r["right"], not r["vote_right"] and r["right"]
        tally = per.setdefault(f"{guess} {key.partition(':')[0]}", [0, 0])
        tally[0] += won
        tally[1] += lost
        print(f"  {'won ' if won else 'lost' if lost else 'same'} {r['set']} {key} -> {op['key']} ({guess}) {r['text'][:70]}")
    for kind, (won, lost) in sorted(per.items()):
        print(f"clear vote over a guess: {kind:22} won {won:3} lost {lost:3}")
    print(f"clear vote over a guess: all                    won {sum(w for w, _ in per.values()):3} "
          f"lost {sum(lost for _, lost in per.values()):3}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "record":
        record(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) > 2 and sys.argv[1] == "table":
        table(sys.argv[2:])
    else:
        sys.exit(__doc__)

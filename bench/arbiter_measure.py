"""Router vs exemplar vote, message by message, on one READ answer set (never a blind one).

Every single question, out-of-scope line and first dialogue turn of the set goes through the real
Brain (pinned clock, a fresh chat each, as `bot nlu answers`), with the second opinion left out of
the reply: the router's answer key, its outcome, whether it is right (`answers.matches`; an
out-of-scope line is right with a gap or fallback), the Understanding's signals (intent,
confidence, ordinal / reference / language switch, whether the FAQ match had embedded the message)
and the exemplar vote on the message's request vector (embedded here if the FAQ match had not):
key, share, margin, top cosine, share of out-of-scope/gap voters, whether the knowledge builds the
key and whether it is right. Writes one JSON list for `bench/arbiter_policy.py`.

Example: .venv/bin/python bench/arbiter_measure.py intents/data/test/answers55 /tmp/arb13/a55.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.app import build_services
from bot.settings import Settings
from intents.exemplars import negative, reply_for
from intents.nlu.answers import NOW, matches, start_dialogue

BLIND = {"answers35", "answers36", "answers37", "answers38", "answers39", "answers59"}


def items_of(folder: Path) -> list[dict]:
    """(kind, lang, text, expect, dialogue) of the set's questions, out-of-scope lines and first turns."""
    found = []
    for lang in ("en", "es", "zh", "ko"):
        questions = folder / f"questions.{lang}.yml"
        if questions.exists():
            data = yaml.safe_load(questions.read_text("utf-8")) or {}
            found += [{"kind": "q", "lang": lang, "text": str(q["q"]), "expect": q["expect"]}
                      for q in data.get("questions") or []]
            found += [{"kind": "oos", "lang": lang, "text": str(t), "expect": "out_of_scope"}
                      for t in data.get("out_of_scope") or []]
        dialogues = folder / f"dialogues.{lang}.yml"
        if dialogues.exists():
            for d in (yaml.safe_load(dialogues.read_text("utf-8")) or {}).get("dialogues") or []:
                first = (d.get("turns") or [{}])[0]
                if "say" in first and "expect" in first:
                    found.append({"kind": "d1", "lang": lang, "text": str(first["say"]), "expect": first["expect"],
                                  "dialogue": d})
    return found


def right(item: dict, key: str | None, outcome: str | None = None) -> bool:
    if item["kind"] == "oos":
        return outcome in ("gap", "fallback") or (key or "").startswith(("gap:", "fallback", "out_of_scope"))
    return matches(item["expect"], key)


def main(folder: str, out: str) -> None:
    if Path(folder).name in BLIND or int("0" + "".join(c for c in Path(folder).name if c.isdigit())) >= 58 or Path(folder).name == "answers56":
        raise SystemExit("a blind set is never read")
    settings = Settings().model_copy(update={"bot_data_dir": Path(tempfile.mkdtemp()), "bot_token": None})
    services = build_services(settings)
    brain, store = services.brain, services.store
    brain.clock = lambda: NOW
    seen: dict = {}

    def capture(turn, u, reply, memory=None):
        seen.update(turn=turn, u=u, reply=reply, memory=memory, done=bool(u.nearest and u.nearest.done))
        return reply

    brain.second_opinion.review = capture
    rows = []
    for n, item in enumerate(items_of(Path(folder))):
        chat = 9_500_000 + n
        seen.clear()
        if item["kind"] == "d1":
            start_dialogue(store, chat, item["lang"], item.pop("dialogue"))
            profile = store.profile(chat)
        else:
            profile = store.touch(chat, language_code=item["lang"])
        reply = brain.reply_to_text(chat, item["text"], profile)
        row = {**item, "router": reply.answer, "outcome": reply.outcome,
               "router_ok": right(item, reply.answer, reply.outcome), "routed": bool(seen)}
        if seen:
            u, turn = seen["u"], seen["turn"]
            row.update(intent=u.intent, confidence=round(float(u.confidence or 0), 4), fallback=bool(u.fallback),
                       ordinal=u.ordinal is not None, refers=bool(u.refers), switch=bool(u.switch_lang),
                       memory=bool(seen["memory"] and seen["memory"].answer), done=seen["done"],
                       records=[list(r) for r in u.records()])
            if u.nearest is not None and u.nearest.text.strip():
                vector = brain.second_opinion.embedder.query(u.nearest.text)
                op = brain.second_opinion.index(turn).opinion(vector, u.records())
                if op is not None:
                    built = reply_for(turn, op.key)
                    row.update(vote=op.key, share=op.score, margin=op.margin, top=op.top, against=op.against,
                               buildable=built is not None,
                               vote_ok=right(item, "out_of_scope" if negative(op.key) else op.key))
                sem = u.semantic()
                if sem is not None:
                    row.update(faq_id=sem.id, faq_score=round(sem.score, 4), off_topic=round(sem.off_topic, 4))
        rows.append(row)
        if n % 200 == 0:
            print(n, flush=True)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(rows, ensure_ascii=False, indent=0), "utf-8")
    print(len(rows), "rows →", out)


if __name__ == "__main__":
    main(*sys.argv[1:3])

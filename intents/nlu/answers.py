"""Answer evaluation: does the bot answer the question asked, and follow a conversation?

Reads, per language, `questions.<lang>.yml` (question → expected answer key, plus out-of-scope
questions) and `dialogues.<lang>.yml` (turns of `say`/`press` → expected key) from a folder
(`intents/data/test/answers` for the blind held-out set, `intents/data/dev/answers` for the set
we develop against), runs them through a real `Brain` (temporary SQLite store, pinned clock, a new
chat per question and per dialogue) and reports per language:

- top-1 answer accuracy (questions), FAQ accuracy (questions whose expected key starts `faq:`),
- dialogue turn accuracy, and the honest-gap/fallback rate on out-of-scope questions.

Matching rule (the contract with the set's writers): an expected `kind:id` matches an answer
`kind:id` or `kind:id#fact`; an expected `kind:id#fact` needs the same fact; `list:x?f=v` needs
the same list and at least the filters expected (two values of one filter may be written as the
key repeated, `genre=romance&genre=comedy`, or joined, `language=ko+es`: the same); an expected `gap:*` (or any `gap:...`) matches
any gap; an expected bare `handoff` matches a hand-off to any team (`handoff:<contact id>`, the
answer key when the request has a subject). `expect` may be a list of acceptable keys. A fact named after a knowledge field the bot
answers under another name is read as the bot names it (`intents.lexicon.FACT_ALIASES`: a set's
`eras` ids are its `era` fact).

Files:

    # questions.<lang>.yml
    lang: es
    questions:
      - q: "¿qué día es la noche de cine latino?"
        expect: event:latin_film_night#date
    out_of_scope:
      - "¿cuántos habitantes tiene Brasil?"

    # dialogues.<lang>.yml
    lang: en
    dialogues:
      - name: sci-fi follow-up
        profile: {timezone: America/Mexico_City}
        turns:
          - say: "any sci-fi titles?"
            expect: list:works?genre=sci_fi
          - press: "v1|ev|latin_film_night"
            expect: event:latin_film_night
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from core.i18n import LANGS
from intents.lexicon import FACT_ALIASES

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
"""The clock every evaluation runs at, so "upcoming" and "did it happen?" are reproducible."""
OUT_OF_SCOPE_OK = {"gap", "fallback"}
TARGETS = {"top1": 0.97, "faq": 0.95, "dialogue": 0.95, "oos": 0.98}
FIRST_CHAT = 9_000_000
"""Evaluation chats are numbered from here (far from real Telegram chats of a dev store)."""


class AnswerSetError(ValueError):
    """A questions or dialogues file that cannot be read."""


def matches(expected: str | list[str], got: str | None) -> bool:
    """Does answer key `got` satisfy `expected` (one key or a list of acceptable keys)?"""
    if isinstance(expected, list):
        return any(matches(e, got) for e in expected)
    if not got:
        return False
    expected, got = str(expected).strip(), got.strip()
    if expected.startswith("gap:"):
        return got.startswith("gap:")
    if expected == "handoff":
        # a hand-off expected without its team is met by a hand-off to any team: the team is the
        # answer's detail, as a fact is a record's (`handoff:hisda_secretariat`)
        return got == "handoff" or got.startswith("handoff:")
    if expected.startswith("list:"):
        e_base, _, e_query = expected.partition("?")
        g_base, _, g_query = got.partition("?")
        wanted, have = _filters(e_query), _filters(g_query)
        return e_base == g_base and wanted <= have
    if "#" in expected:
        return got in (expected, _as_answered(expected))
    return got == expected or got.startswith(expected + "#")


def _filters(query: str) -> set[str]:
    """`genre=romance&genre=comedy` and `language=ko+es` as the set of single filters
    {"genre=romance", "genre=comedy"} / {"language=ko", "language=es"}: two values of one filter
    are the same whether the key is repeated or the values joined with `+`."""
    out: set[str] = set()
    for item in filter(None, query.split("&")):
        key, _, values = item.partition("=")
        if values:
            out.update(f"{key}={v}" for v in values.split("+"))
        else:
            out.add(item)
    return out


def _as_answered(expected: str) -> str:
    """`location:qin_palace#eras` → `location:qin_palace#era`: the expected fact under the name
    the bot answers it by (its aliases), the same key when it has none."""
    record, _, fact = expected.partition("#")
    kind = record.partition(":")[0]
    return f"{record}#{FACT_ALIASES.get((kind, fact), fact)}"


@dataclass
class Result:
    lang: str
    questions: list[dict[str, Any]] = field(default_factory=list)
    oos: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        def rate(rows: list[dict[str, Any]]) -> float | None:
            return round(sum(r["ok"] for r in rows) / len(rows), 4) if rows else None

        faq = [r for r in self.questions if _expects_faq(r["expect"])]
        return {"questions": len(self.questions), "top1": rate(self.questions),
                "faq_questions": len(faq), "faq": rate(faq),
                "dialogue_turns": len(self.turns), "dialogue": rate(self.turns),
                "out_of_scope": len(self.oos), "oos": rate(self.oos)}

    def errors(self) -> list[dict[str, Any]]:
        return [r for r in (*self.questions, *self.turns, *self.oos) if not r["ok"]]


def _expects_faq(expect: str | list[str]) -> bool:
    keys = expect if isinstance(expect, list) else [expect]
    return any(str(k).startswith("faq:") for k in keys)


def load_set(folder: Path, langs: Iterable[str] = LANGS) -> dict[str, dict[str, Any]]:
    """{lang: {"questions": [...], "out_of_scope": [...], "dialogues": [...]}} for the files found."""
    found: dict[str, dict[str, Any]] = {}
    for lang in langs:
        entry: dict[str, Any] = {}
        for name in ("questions", "dialogues"):
            path = folder / f"{name}.{lang}.yml"
            if not path.exists():
                continue
            try:
                data = yaml.safe_load(path.read_text("utf-8")) or {}
            except yaml.YAMLError as exc:
                raise AnswerSetError(f"{path}: {exc}") from None
            if not isinstance(data, dict):
                raise AnswerSetError(f"{path}: expected a mapping with lang and {name}")
            if name == "questions":
                entry["questions"] = list(data.get("questions") or [])
                entry["out_of_scope"] = list(data.get("out_of_scope") or [])
            else:
                entry["dialogues"] = list(data.get("dialogues") or [])
        if entry:
            found[lang] = entry
    return found


def evaluate(brain, store, answer_set: dict[str, dict[str, Any]]) -> dict[str, Result]:
    """Run every question, out-of-scope line and dialogue through `brain` (its clock is pinned
    to `NOW` here); each question and each dialogue gets a chat of its own, new to the store
    (so several sets can run on one store, as in one process, without sharing a chat)."""
    brain.clock = lambda: NOW
    chats = itertools.count(_first_unused_chat(store))
    results: dict[str, Result] = {}
    for lang, entry in answer_set.items():
        result = Result(lang)
        for item in entry.get("questions", []):
            chat = next(chats)
            profile = store.touch(chat, language_code=lang)
            reply = brain.reply_to_text(chat, str(item["q"]), profile)
            result.questions.append({"kind": "question", "text": item["q"], "expect": item["expect"],
                                     "got": reply.answer, "ok": matches(item["expect"], reply.answer)})
        for text in entry.get("out_of_scope", []):
            chat = next(chats)
            profile = store.touch(chat, language_code=lang)
            reply = brain.reply_to_text(chat, str(text), profile)
            ok = reply.outcome in OUT_OF_SCOPE_OK or (reply.answer or "").startswith(
                ("gap:", "fallback", "out_of_scope"))
            result.oos.append({"kind": "out_of_scope", "text": text, "expect": "gap/fallback",
                               "got": reply.answer, "ok": ok})
        for dialogue in entry.get("dialogues", []):
            chat = next(chats)
            start_dialogue(store, chat, lang, dialogue)
            for number, step in enumerate(dialogue.get("turns") or [], 1):
                profile = store.profile(chat)
                if "press" in step:
                    reply = brain.reply_to_button(chat, str(step["press"]), profile)
                    said = f"[press] {step['press']}"
                else:
                    reply = brain.reply_to_text(chat, str(step["say"]), profile)
                    said = step["say"]
                result.turns.append({"kind": "turn", "dialogue": dialogue.get("name", "?"),
                                     "turn": number, "text": said, "expect": step.get("expect"),
                                     "got": reply.answer,
                                     "ok": "expect" not in step or matches(step["expect"], reply.answer)})
        results[lang] = result
    return results


def start_dialogue(store, chat: int, lang: str, dialogue: dict[str, Any]) -> None:
    """Open `chat` as the dialogue's partner: its Telegram language (`profile.language_code`,
    else the file's `lang`), and the time zone and reply language its `profile` sets."""
    profile = dialogue.get("profile") or {}
    store.touch(chat, language_code=profile.get("language_code", lang))
    if profile.get("timezone"):
        store.set_timezone(chat, profile["timezone"])
    if profile.get("language"):
        store.set_language(chat, profile["language"])


def _first_unused_chat(store) -> int:
    """A chat id no chat of `store` has used: a second `evaluate` on the same store (another set
    in the same process) must not start in the chats of the first, whose memory (the last title
    spoken of, a pending question) and profile (a time zone a dialogue set) would answer for them."""
    store.flush()  # profiles of an earlier call may still be queued
    rows = store.read(lambda db: list(db.query("SELECT MAX(chat_id) AS top FROM profiles")))
    top = rows[0]["top"] if rows else None
    return max(FIRST_CHAT, (top or 0) + 1)


def report(results: dict[str, Result]) -> dict[str, Any]:
    langs = {lang: r.summary() for lang, r in results.items()}
    passed = all((v is None or v >= TARGETS[k]) for s in langs.values()
                 for k, v in s.items() if k in TARGETS)
    return {"now": NOW.isoformat(), "targets": TARGETS, "languages": langs, "passed": passed,
            "errors": {lang: r.errors() for lang, r in results.items()}}


def format_table(rep: dict[str, Any]) -> str:
    head = f"{'lang':<5} {'top-1':>12} {'FAQ':>12} {'dialogue':>12} {'OOS→gap':>12}"
    lines = ["== answers (targets: top-1 ≥ 97%, FAQ ≥ 95%, dialogue ≥ 95%, OOS ≥ 98%) ==", head]
    for lang, s in rep["languages"].items():
        def cell(rate: float | None, n: int) -> str:
            return "—" if rate is None else f"{rate:6.1%} ({n})"
        lines.append(f"{lang:<5} {cell(s['top1'], s['questions']):>12} {cell(s['faq'], s['faq_questions']):>12}"
                     f" {cell(s['dialogue'], s['dialogue_turns']):>12} {cell(s['oos'], s['out_of_scope']):>12}")
    return "\n".join(lines)


def format_errors(rep: dict[str, Any], limit: int = 40) -> str:
    lines = []
    for lang, errors in rep["errors"].items():
        for e in errors[:limit]:
            where = f"{e.get('dialogue')}#{e.get('turn')} " if e["kind"] == "turn" else ""
            lines.append(f"  {lang} {where}{e['text']!r}: expected {e['expect']}, got {e['got']}")
    return "\n".join(lines)

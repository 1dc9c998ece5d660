"""Laughs, emoji and thumbs-up: a reaction to the chat, not a question.

"😂😂👍", "ㅋㅋㅋㅋ", "jajaja", "哈哈哈", "lol" get one short, friendly line and no menu (a nine-button
menu under a laugh reads like a machine that did not get the joke); a thinking face invites the
question it is thinking about. A message with any other word is not a reaction: it goes through
understanding like any question, so a real off-topic question still gets its honest answer.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from core.i18n import t
from intents.reply import Reply
from intents.scope import NOISE
from intents.turn import Turn

Reaction = Literal["thinking", "laugh"]

THINKING = frozenset("🤔🧐🤷")  # a shrug: not sure what to ask, so the invitation fits
# Joiners, variation selectors and skin tones that are part of an emoji, and the punctuation a
# reaction may carry ("👍!", "jaja…", "哈哈哈～").
_GLUE = re.compile(r"[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\s!?.,…~～！？。，、*^_()（）:;-]+")


def _emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def reaction(text: str) -> Reaction | None:
    """"thinking" for a message of only thinking faces (and other emoji), "laugh" for one of only
    laughter and emoji ("😂👍", "jajaja", "ㅋㅋ", "哈哈", "lol"), else None."""
    rest = _GLUE.sub("", NOISE.sub("", text or ""))
    if not text or not text.strip() or any(not _emoji(ch) for ch in rest):
        return None
    if _GLUE.sub("", text) == "":
        return None  # only punctuation ("?", "...") is not a reaction
    return "thinking" if any(ch in THINKING for ch in rest) and not NOISE.search(text) else "laugh"


def reply(turn: Turn, kind: Reaction) -> Reply:
    """One friendly line, no buttons: `smalltalk:<kind>`."""
    text = t("reaction_thinking", turn.lang) if kind == "thinking" else t("reaction_laugh", turn.lang)
    return Reply(text=text, lang=turn.lang, answer=f"smalltalk:{kind}", outcome="smalltalk")

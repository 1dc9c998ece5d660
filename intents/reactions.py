"""Laughs, emoji, thumbs-up and a bare "ok": a reaction to the chat, not a question.

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

Reaction = Literal["thinking", "laugh", "ok"]

THINKING = frozenset("🤔🧐🤷")  # a shrug: not sure what to ask, so the invitation fits
# Joiners, variation selectors and skin tones that are part of an emoji, and the punctuation a
# reaction may carry ("👍!", "jaja…", "哈哈哈～").
_GLUE = re.compile(r"[\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\s!?.,…~～！？。，、*^_()（）:;-]+")


# An acknowledgement and nothing else ("ok", "got it", "vale, perfecto", "好的", "好嘞，巴适" read as
# "好嘞，好", "收到", "네 알겠어요", "ㅇㅋ"): the partner took the answer in, and asks nothing. Read
# on the standard words (`core.text.standard_words`), lower-cased; a message with any other word
# is no acknowledgement ("ok, and the price?" asks).
_ACK_WORDS = re.compile(
    r"ok(ay|ey|ie|i)?|k+|got it|gotcha|great|cool|perfect|noted|sounds good|alright|all right|fine|nice|awesome|understood"
    r"|i see|vale|perfecto|entendido|listo|de acuerdo|dale|genial|bueno|claro|entiendo|oki"
    r"|好的?|好嘞|好滴|好吧|行|可以|明白了?|收到|了解|知道了|懂了|没问题|妥|嗯+|哦+|噢"
    r"|네+|넵|넹|예|알겠어요|알겠습니다|알겠어|알았어요?|오케이|확인했(습니다|어요)|좋아요|좋네요|그렇군요|아하|ㅇ+|굿")
_THANKS = re.compile(r"thank|gracias|谢|감사|고마")
_ACK = re.compile(rf"^(?:(?:{_ACK_WORDS.pattern})[\s,，、.!！~～。]*)+$")


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


def acknowledged(text: str) -> bool:
    """"ok", "好的", "네 알겠어요", "vale, perfecto": only acknowledgement words (see `_ACK`) and no
    thanks among them ("ok, thanks!" is the classifier's `thanks`, answered as one)."""
    bare = _GLUE.sub(" ", NOISE.sub(" ", (text or "").lower())).strip()
    return bool(bare) and _ACK.match(bare + " ") is not None and _THANKS.search(bare) is None


def reply(turn: Turn, kind: Reaction) -> Reply:
    """One friendly line, no buttons: `smalltalk:<kind>`."""
    if kind == "thinking":
        text = t("reaction_thinking", turn.lang)
    else:
        text = t("reaction_ok", turn.lang) if kind == "ok" else t("reaction_laugh", turn.lang)
    return Reply(text=text, lang=turn.lang, answer=f"smalltalk:{kind}", outcome="smalltalk")

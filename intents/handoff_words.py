"""Does a message ask for a human? Partners say it in many ways, often inside a longer message.

`asks_for_person(text)` is True for "can I talk to a person?", "¿me pasan con un asesor?",
"人工客服", "상담원 부탁드려요" and the like, in English, Spanish, Chinese and Korean. It matches
on words, case- and accent-insensitively, so it also fires inside "prices? also I'd like an agent".
"""

from __future__ import annotations

import re
import unicodedata

_PATTERNS = [
    # English
    r"\b(talk|speak|chat)\s+(to|with)\s+(a|an|some|your|the)?\s*(real\s+)?"
    r"(person|human|agent|someone|somebody|team|staff|representative|rep|manager)\b",
    r"\b(real|live)\s+(person|human|agent)\b",
    r"\b(human|live)\s+(agent|support|operator)\b",
    r"\b(i'?d like|i want|i need|can i (get|have)|get me|connect me (to|with))\s+(an?\s+)?"
    r"(agent|human|person|representative|operator)\b",
    r"\bcontact (a|your) (person|human|representative)\b",
    # Spanish
    r"\b(hablar|comunicarme|conversar)\s+con\s+(una?|el|la|alguien|algun[oa]?)?\s*"
    r"(persona|humano|asesor[a]?|agente|ejecutiv[oa]|representante|equipo|alguien)\b",
    r"\b(me\s+)?(pasa[ns]?|comunica[ns]?|conecta[ns]?)\s+con\s+(una?|el|la|alguien)?\s*"
    r"(persona|humano|asesor[a]?|agente|ejecutiv[oa]|representante|alguien)\b",
    r"\b(persona\s+real|atencion\s+humana|un\s+asesor|una\s+asesora)\b",
    # Chinese
    r"人工(客服|服务|坐席)?|转人工|真人|找(个)?人(工)?|客服人员|工作人员联系|联系工作人员|和人聊|跟人聊",
    # Korean
    r"상담원|상담사|사람(이랑|과|하고|한테|에게)?\s*(연결|통화|얘기|이야기|대화)|담당자\s*(연결|바꿔|통화|부탁)"
    r"|직원\s*(연결|바꿔|통화)|사람\s*바꿔",
]
_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def _fold(text: str) -> str:
    # Strip accents (asesoría → asesoria), then recompose: NFD splits Hangul into jamo.
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).lower()


def asks_for_person(text: str) -> bool:
    """True when the message asks to be put through to a person (anywhere in the message)."""
    return bool(text) and _RE.search(_fold(text)) is not None

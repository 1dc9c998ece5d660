"""Text normalisation shared by the classifier, the language detector, the entity index, knowledge
search and the understanding of a message: one place for folding and for which characters are
Chinese, Korean or Japanese.

Partners type "Filmación", "filmacion", "FILMACIÓN 🎬" and mean the same word, so features are
computed on a folded form: NFKC (full-width letters and digits become ASCII), lower case, Latin
accents removed, punctuation, symbols and emoji replaced by spaces. Hangul and Han characters are
never decomposed (only combining marks are dropped, and Hangul jamo are not marks), so Korean and
Chinese survive intact. The original text is kept for display; only features use this form.

Traditional Chinese ("片單裡有喜劇嗎？") is read as Simplified: `to_simplified` runs OpenCC's
t2s before language detection, classification and search, so one model and one knowledge
base serve both scripts; `core.i18n.partner_locale` answers in the script the partner wrote.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.i18n import opencc_convert

_SPACES = re.compile(r"\s+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def to_simplified(text: str) -> tuple[str, bool]:
    """(text in Simplified characters, whether it had Traditional ones), via OpenCC t2s.

    Text without Han characters is returned as is without calling OpenCC (the common case).
    Simplified text passes unchanged (checked over every Chinese line we ship)."""
    if not _HAN.search(text):
        return text, False
    simplified = opencc_convert(text, "t2s")
    return simplified, simplified != text

HANGUL_CHARS = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA_CHARS = "\u3040-\u30ff\u31f0-\u31ff"
CJK_CHARS = HANGUL_CHARS + HAN_CHARS + "\u3040-\u30ff"
"""Characters written without spaces between words (Han, Hangul, kana), as a regex class body."""
CJK = re.compile(f"[{CJK_CHARS}]")
CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
HANGUL = re.compile(f"[{HANGUL_CHARS}]")
HAN = re.compile(f"[{HAN_CHARS}]")
KANA = re.compile(f"[{KANA_CHARS}]")


def has_cjk(text: str) -> bool:
    """True if `text` holds a Han, Hangul or kana character."""
    return CJK.search(text) is not None


@lru_cache(maxsize=512)  # one message is folded by a dozen word tables: fold it once
def fold(text: str) -> str:
    """NFKC, lower case and Latin accents removed, keeping every character's position.

    Why position-preserving: the entity index matches on the folded text and reports spans in the
    original, so each input character maps to exactly one output character.
    """
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(ch) for ch in text)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character folded to one character (or itself if folding would change the length)."""
    if ch.isascii():
        return ch.lower()
    folded = unicodedata.normalize("NFKC", ch).lower()
    decomposed = unicodedata.normalize("NFD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    result = unicodedata.normalize("NFC", stripped)
    return result if len(result) == 1 else (folded if len(folded) == 1 else ch.lower())


@lru_cache(maxsize=512)
def normalize(text: str) -> str:
    """The feature form of a message: folded, with punctuation, symbols and emoji as spaces."""
    folded = unicodedata.normalize("NFKC", text).lower()
    decomposed = unicodedata.normalize("NFD", folded)
    kept = [_feature_char(c) for c in decomposed]
    return _SPACES.sub(" ", unicodedata.normalize("NFC", "".join(kept))).strip()


def _feature_char(ch: str) -> str:
    """Marks (accents, emoji variation selectors) vanish; punctuation, symbols, emoji, controls
    and separators become a space; letters and digits stay."""
    category = unicodedata.category(ch)
    if category[0] == "M":
        return ""
    return " " if category[0] in "PSCZ" else ch

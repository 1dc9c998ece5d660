"""Text normalisation shared by the classifier, the language detector and the entity index.

Partners type "Filmación", "filmacion", "FILMACIÓN 🎬" and mean the same word, so features are
computed on a folded form: NFKC (full-width letters and digits become ASCII), lower case, Latin
accents removed, punctuation, symbols and emoji replaced by spaces. Hangul and Han characters are
never decomposed (only combining marks are dropped, and Hangul jamo are not marks), so Korean and
Chinese survive intact. The original text is kept for display; only features use this form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


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

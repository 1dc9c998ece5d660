"""Labels (taxonomy names, a partner's kind) as they read inside a sentence of the partner's language."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import Lang
from intents.turn import Turn


def in_sentence(label: str, lang: Lang, proper: Collection[str] = ()) -> str:
    """A label written for a list or a button, as it reads inside an English or Spanish sentence.

    Labels start with a capital like titles ("Palace / throne hall", "Drama urbano", "Productora
    cinematográfica española…"), but mid-sentence English and Spanish write common nouns in lower
    case: "scenes: palace / throne hall and city walls and gates", "un microdrama de drama urbano".
    A label that begins with a proper noun (`proper`: the taxonomy's `proper_words`, see
    `proper_words`: "Ming dynasty", "Korean short drama platform", "Tres Reinos") or an acronym
    ("HISDA…", "LED volume") keeps its capital; Chinese and Korean write labels the same way
    everywhere.
    """
    if lang not in ("en", "es") or len(label) < 2 or not label[1].islower():
        return label
    first = FIRST_WORD.match(label)
    if first is not None and first.group() in proper:
        return label
    return label[:1].lower() + label[1:]


# The first word of a label, up to a space, hyphen or slash ("Edo" of "Edo-era Japan").
FIRST_WORD = re.compile(r"[^\W\d_]+")


def proper_words(turn: Turn) -> frozenset[str]:
    """The words that keep their capital at the head of a label in the partner's language (the
    taxonomy's `proper_words`)."""
    return frozenset(getattr(turn.kb.taxonomy.proper_words, turn.lang, ()))


def labels_in_sentence(turn: Turn, labels: Iterable[str]) -> list[str]:
    """Labels as they read inside a sentence of the partner's language (see `in_sentence`)."""
    proper = proper_words(turn)
    return [in_sentence(label, turn.lang, proper) for label in labels]

"""Slot placeholders for the intent classifier, the way Rasa's RegexFeaturizer and lookup tables
help it: a message naming a city, a month, a language, an era, a genre or a filming location gets
a placeholder token (`__city__`, `__month__`, ...) before it is vectorised.

Why: "andamos por Rosario" and "estoy en Guayaquil" name cities nobody wrote in the training
files; their n-grams are new, but `__city__` after "en"/"por" has been seen many times with
set_timezone. One placeholder per kind lets every city, era or set teach the model about all the
others.

Where names come from (`Gazetteer.build`):
- city: the time-zone city index of `intents.timezones` (IANA city names and the aliases in four
  languages) without words that are ordinary words in a partner's message ("reunion", "oral",
  "north"), the host's own place names (Hengdian and China are in nearly every message, so they
  say nothing about the intent) and names shorter than four letters; plus time-zone
  abbreviations (CET, KST) and `UTC±N` / `GMT±N`.
- month: `intents.entities.MONTHS` (four languages; "may" and "march" only next to a number)
  and numeric months ("10月", "10월").
- lang: `intents.preferences.LANGUAGE_WORDS`.
- era, genre: the training files' `lookup:` tables; location: the aliases of their `synonym:`
  blocks whose names are annotated as locations.
- every kind above also learns the names annotated in the training examples (`[Lima](timezone)`,
  `[Ming](era)`), so each cross-validation fold only knows the names its training part annotates.
  scene, event and partner come from annotations only; they are not among the pinned kinds
  (`classifier.SLOT_KINDS`, which records the measurements).

Matching runs on the classifier's normalised text (`text.normalize`): Latin names must match whole
words (a window of 1-6 words looked up in a dict), Chinese names match as substrings, Korean
names at the start of a word (particles attach after names: "서울에서"; a two-syllable name only
before a particle, so 리마인더 "reminder" holds no 리마 "Lima"), and overlapping matches keep
the longest ("한국어" is a language, not the country "한국"). About 0.2 ms per message.

Every name and pattern ends up in the persisted model (`Gazetteer.as_json`), so a loaded model
tags exactly as it did when trained, whatever tzdata or alias list the machine has now, and the
cache key includes the gazetteer's digest (editing an alias retrains).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from core.text import CJK_CHARS, normalize
from intents.entities import MONTH_LEADS
from intents.nlu.data import Example

SLOT_VERSION = 1
"""Bumped whenever tagging or the placeholder layout changes meaning (part of the cache key)."""

KINDS: tuple[str, ...] = ("city", "month", "lang", "era", "genre", "location", "scene", "event",
                          "partner")
"""Every kind the gazetteer knows; `Hyperparameters.slot_kinds` picks the ones that are used."""

ANNOTATION_KINDS: dict[str, str] = {
    "timezone": "city", "month": "month", "language": "lang", "era": "era", "genre": "genre",
    "location": "location", "scene": "scene", "event": "event", "partner": "partner",
}
"""Training-data entity type -> placeholder kind. `topic` is left out on purpose: its names are
the intents' own keywords ("incentives", "eventos"), and one placeholder would blur them."""

MAX_WORDS = 6
"""Longest Latin name looked up, in words ("Palace of the Ming and Qing Dynasties" has 7 and is
also found by its shorter aliases)."""

MIN_LATIN = 3
"""Shortest Latin name (letters): "es", "la" and "ko" are ordinary words or too ambiguous."""

MIN_CITY = 4
"""Shortest Latin city name from the time-zone index, as `timezones.resolve` requires too."""

CITY_AREAS = frozenset({"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
                        "Australia", "Europe", "Indian", "Pacific"})
"""IANA areas whose last part is a place; "Canada/Eastern", "Mexico/General" are not."""

CITY_STOPWORDS = frozenset({
    "north", "south", "east", "west", "center", "central", "eastern", "western", "mountain",
    "pacific", "atlantic", "general", "continental", "easter", "christmas", "wake", "midway",
    "troll", "reunion", "oral", "victoria", "jersey", "stanley", "casey", "davis", "palmer",
    "canary", "acre", "samoa", "bahia", "fortaleza", "ensenada", "universal", "zulu", "factory",
})
"""Last parts of IANA names that are ordinary words in partners' messages ("reunión" is a
meeting, "oral" a pitch, "Victoria" a name)."""

HOST_PLACES = frozenset({"hengdian", "横店", "东阳", "dongyang", "china", "中国", "중국"})
"""Aliases of the studios' own place: in nearly every message of every intent, so not a sign
that the partner is naming where they are."""

ZONE_ABBREVIATIONS: tuple[str, ...] = (
    "utc", "gmt", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
    "pdt", "kst", "jst", "hkt", "wat", "sast", "brt", "clt", "cot")
"""Time-zone abbreviations; "eat", "cat", "art" and "pet" are English words and left out."""

OFFSET = r"(?<![a-z0-9])(?:utc|gmt)(?: ?\d{1,2})(?: ?[0-5]0)?(?![a-z0-9])"
"""`UTC+8`, `GMT-05:00` after normalising (signs and colons become spaces: "utc 8")."""

_CJK = CJK_CHARS
_HAS_CJK = re.compile(f"[{_CJK}]")
_LATIN_WORD = re.compile(rf"[^\s{_CJK}]+")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


@dataclass(frozen=True)
class Slot:
    """A name of `kind` at `normalized[start:end]`."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Gazetteer:
    """Names by kind, in normalised form, plus regex patterns; `find` tags a normalised text.

    `latin` maps a tuple of words to the kinds it names; `cjk` maps a substring to its kinds;
    `patterns` are (kind, regex) pairs searched as they are.
    """

    latin: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    cjk: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    patterns: tuple[tuple[str, str], ...] = ()

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def build(cls, examples: Iterable[Example] = (), lookups: Mapping[str, Sequence[str]] | None
              = None, synonyms: Mapping[str, str] | None = None,
              kinds: Iterable[str] = KINDS) -> Gazetteer:
        """Built-in names (cities, months, languages) + lookup tables + synonyms + annotations.

        `lookups` and `synonyms` are `NluData.lookups` / `NluData.synonyms`; without them only
        the examples' annotations and the built-in names are used.
        """
        wanted = frozenset(kinds)
        examples = list(examples)
        names: dict[str, set[str]] = {kind: set() for kind in KINDS}
        names["city"] |= _city_names()
        names["month"] |= _month_names()
        for kind, texts in (lookups or {}).items():
            if kind in names:
                names[kind] |= set(texts)
        names["location"] |= _location_synonyms(examples, synonyms or {})
        for example in examples:
            for span in example.entities:
                kind = ANNOTATION_KINDS.get(span.entity)
                if kind is not None:
                    names[kind].add(example.text[span.start:span.end])
        patterns = [("city", OFFSET)] if "city" in wanted else []
        if "month" in wanted:
            patterns.append(("month", _numeric_month_pattern()))
        if "lang" in wanted:
            patterns += [("lang", pattern) for pattern in _language_patterns()]
        return cls.from_names({k: v for k, v in names.items() if k in wanted}, patterns)

    @classmethod
    def from_names(cls, names: Mapping[str, Iterable[str]],
                   patterns: Iterable[tuple[str, str]] = ()) -> Gazetteer:
        """Index raw names (any case, accents, punctuation) by kind."""
        latin: dict[tuple[str, ...], set[str]] = {}
        cjk: dict[str, set[str]] = {}
        for kind, texts in names.items():
            for text in texts:
                key = normalize(text)
                if not key or key in HOST_PLACES:
                    continue
                if _HAS_CJK.search(key):
                    if len(key) >= 2:
                        cjk.setdefault(key, set()).add(kind)
                elif len(key.replace(" ", "")) >= MIN_LATIN and len(key.split()) <= MAX_WORDS:
                    latin.setdefault(tuple(key.split()), set()).add(kind)
        return cls({k: tuple(sorted(v)) for k, v in sorted(latin.items())},
                   {k: tuple(sorted(v)) for k, v in sorted(cjk.items())},
                   tuple(patterns))

    # -- tagging -----------------------------------------------------------------------------
    def find(self, normalized: str) -> list[Slot]:
        """Slots in an already normalised text, by position; overlaps keep the longest."""
        candidates = self._latin(normalized) + self._cjk(normalized) + self._patterns(normalized)
        return _longest(candidates)

    def tag(self, text: str) -> list[Slot]:
        """Slots of a raw message (normalises it first)."""
        return self.find(normalize(text))

    def _latin(self, normalized: str) -> list[Slot]:
        words = [(m.group(), m.start(), m.end()) for m in _LATIN_WORD.finditer(normalized)]
        found: list[Slot] = []
        for size in range(min(self._max_words, len(words)), 0, -1):
            for i in range(len(words) - size + 1):
                window = tuple(w for w, _, _ in words[i:i + size])
                kinds = self.latin.get(window)
                if kinds is None:
                    continue
                if size == 1 and window[0] in AMBIGUOUS_MONTHS and not _next_to_number(words, i):
                    kinds = tuple(k for k in kinds if k != "month")
                found += [Slot(kind, words[i][1], words[i + size - 1][2]) for kind in kinds]
        return found

    def _cjk(self, normalized: str) -> list[Slot]:
        if not _HAS_CJK.search(normalized):
            return []
        found: list[Slot] = []
        for key, kinds in self.cjk.items():
            start = normalized.find(key)
            while start != -1:
                if _korean_word_ok(normalized, start, key):
                    found += [Slot(kind, start, start + len(key)) for kind in kinds]
                start = normalized.find(key, start + 1)
        return found

    def _patterns(self, normalized: str) -> list[Slot]:
        return [Slot(kind, m.start(), m.end()) for kind, regex in self._compiled
                for m in regex.finditer(normalized) if m.end() > m.start()]

    @cached_property
    def _compiled(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in self.patterns]

    @cached_property
    def _max_words(self) -> int:
        return max((len(k) for k in self.latin), default=0)

    # -- persistence -------------------------------------------------------------------------
    def as_json(self) -> dict[str, object]:
        """Plain lists, sorted, so the JSON (and the digest) does not depend on build order."""
        return {"version": SLOT_VERSION,
                "latin": [[" ".join(k), list(v)] for k, v in sorted(self.latin.items())],
                "cjk": [[k, list(v)] for k, v in sorted(self.cjk.items())],
                "patterns": [list(p) for p in self.patterns]}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Gazetteer:
        if data.get("version") != SLOT_VERSION:
            raise ValueError(f"slot version {data.get('version')} is not {SLOT_VERSION}")
        latin = {tuple(str(k).split()): tuple(v) for k, v in data["latin"]}  # type: ignore[union-attr]
        cjk = {str(k): tuple(v) for k, v in data["cjk"]}  # type: ignore[union-attr]
        patterns = tuple((str(k), str(p)) for k, p in data["patterns"])  # type: ignore[union-attr]
        return cls(latin, cjk, patterns)

    @cached_property
    def digest(self) -> str:
        """SHA-256 of everything that decides tagging: part of the model's cache key."""
        blob = json.dumps(self.as_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()


def placeholder(kind: str) -> str:
    """The token standing for a slot in the word block, e.g. `__city__`."""
    return f"__{kind}__"


def mark(normalized: str, slots: Sequence[Slot], mode: str) -> str:
    """The word block's text with slots marked.

    - "insert": the placeholder goes before the name ("estoy en __city__ guayaquil"): the
      word n-grams keep the name and also learn "en __city__".
    - "replace": the name is replaced ("estoy en __city__").
    - "append": placeholders are added at the end (a bag of kinds, no context).
    - "none": the text as it is.
    Spaces separate placeholders from Chinese or Korean neighbours so they stay one token.
    """
    if mode == "none" or not slots:
        return normalized
    if mode == "append":
        return normalized + " " + " ".join(placeholder(s.kind) for s in slots)
    parts: list[str] = []
    pos = 0
    for start, end, kinds in _grouped(slots):
        parts.append(normalized[pos:start])
        tokens = " ".join(placeholder(k) for k in kinds)
        parts.append(f" {tokens} " + (normalized[start:end] + " " if mode == "insert" else ""))
        pos = end
    parts.append(normalized[pos:])
    return re.sub(r"\s+", " ", "".join(parts)).strip()


KOREAN_FOLLOWERS = frozenset("에로으은는이가을를의도와과랑하까부만처께예야입시물판쪽")
"""First syllables of what may follow a short Korean name in the same word: particles (에, 에서,
로, 으로, 은, 이랑...), the copula (예요, 입니다) and a few compounds (시간, 물, 판)."""


def _korean_word_ok(text: str, start: int, key: str) -> bool:
    """A Korean name begins a word (particles follow names: "서울에서", nothing precedes them),
    and a two-syllable name is followed by a particle or nothing, so "리마" (Lima) inside
    "리마인더" (reminder) is no city. Chinese has no spaces: its names may start anywhere."""
    if not _HANGUL.match(key):
        return True
    if start > 0 and _HANGUL.match(text[start - 1]):
        return False
    after = text[start + len(key):start + len(key) + 1]
    return len(key) > 2 or not after or not _HANGUL.match(after) or after in KOREAN_FOLLOWERS


def _next_to_number(words: Sequence[tuple[str, int, int]], i: int) -> bool:
    """"may" or "march" is a month only beside a number ("May 5", "5 march 2027") or after a word
    of time ("in march", "next may"); Spanish "mar" (the sea) only beside a number."""
    if any(words[j][0].isdigit() for j in (i - 1, i + 1) if 0 <= j < len(words)):
        return True
    return words[i][0] != "mar" and i > 0 and words[i - 1][0] in MONTH_LEADS


def _grouped(slots: Sequence[Slot]) -> list[tuple[int, int, list[str]]]:
    """Slots sharing a span (one name of two kinds) as one group, by position."""
    groups: dict[tuple[int, int], list[str]] = {}
    for slot in slots:
        groups.setdefault((slot.start, slot.end), []).append(slot.kind)
    return [(s, e, sorted(set(k))) for (s, e), k in sorted(groups.items())]


def _longest(candidates: list[Slot]) -> list[Slot]:
    """Non-overlapping slots, longest first; a span that names two kinds keeps both."""
    kept: list[Slot] = []
    for slot in sorted(candidates, key=lambda s: (-(s.end - s.start), s.start, s.kind)):
        if any((k.start, k.end) == (slot.start, slot.end) for k in kept):
            if slot not in kept:
                kept.append(slot)
            continue
        if not any(slot.start < k.end and k.start < slot.end for k in kept):
            kept.append(slot)
    return sorted(kept, key=lambda s: (s.start, s.end, s.kind))


# -- built-in name sources -------------------------------------------------------------------
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar"})
"""English/Spanish month words that are also ordinary words ("may I", "el mar")."""


def _city_names() -> set[str]:
    """Places of the time-zone city index: IANA city names (by area) and every alias."""
    from zoneinfo import available_timezones

    from intents.timezones import ALIASES

    names = set(ALIASES)
    for zone in available_timezones():
        area, _, rest = zone.partition("/")
        if area in CITY_AREAS and rest:
            names.add(rest.rsplit("/", 1)[-1].replace("_", " "))
    names = {n for n in names if _HAS_CJK.search(n)
             or (len(n.replace(" ", "")) >= MIN_CITY and normalize(n) not in CITY_STOPWORDS)}
    return names | set(ZONE_ABBREVIATIONS)


def _month_names() -> set[str]:
    from intents.entities import MONTHS

    return {name for names in MONTHS.values() for words in names for name in words}


def _numeric_month_pattern() -> str:
    from intents.entities import NUMERIC_MONTH

    return NUMERIC_MONTH.pattern


def _language_patterns() -> list[str]:
    """`LANGUAGE_WORDS` patterns, matched on normalised (accent-free, lower-case) text."""
    from intents.preferences import LANGUAGE_WORDS

    return [pattern.pattern for pattern in LANGUAGE_WORDS.values()]


def _location_synonyms(examples: Sequence[Example], synonyms: Mapping[str, str]) -> set[str]:
    """Synonym aliases whose group has a name annotated as a location in the examples.

    Why not every synonym: `synonym:` blocks only say "these mean the same value", not what
    kind of thing the value is; the annotations say it.
    """
    located = {normalize(ex.text[s.start:s.end]) for ex in examples for s in ex.entities
               if s.entity == "location"}
    located |= {normalize(s.value) for ex in examples for s in ex.entities
                if s.entity == "location"}
    groups: dict[str, set[str]] = {}
    for alias, value in synonyms.items():
        groups.setdefault(value, set()).add(alias)
    return {alias for value, aliases in groups.items()
            if normalize(value) in located or any(normalize(a) in located for a in aliases)
            for alias in aliases}

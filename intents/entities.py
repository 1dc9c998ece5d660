"""Find knowledge-base things named in a message: sets, eras, genres, events, partners, months.

Names come from the knowledge snapshot itself (`kb.terms()`: every name and alias of every
record, in every language), plus built-in month names in the four languages, so staff add an
alias in YAML and the bot understands it; nothing here lists locations or partners.

How matching works, and why:
- Chinese and Korean names are found as exact substrings, ignoring spaces and punctuation
  ("자금성세트" finds "자금성 세트", "广州街香港街" finds "广州街·香港街"). Korean particles
  attach to names ("자금성에서"), so substring search is what finds them. A single Han
  character or Hangul syllable (明, 한) is too common inside other words to be a name on its
  own; it only counts when it is the whole message.
- Latin names are compared token window by token window with rapidfuzz's normalized
  Indel ratio, tolerant of typos in proportion to length: names of up to 4 letters must match
  exactly (Han ≠ has, Song ≠ songs), 5-6 letters allow one missing or extra letter ("palce"),
  longer names about one edit in seven ("Octuber", "Forbiden City"). Each word of a multi-word
  name must also resemble its counterpart, so "in palace" is not "Qin Palace" and "Hangzhou
  street" is not "Guangzhou Street". A long name written as one word or split in two
  ("ForbiddenCity") also matches.
- Overlapping matches keep the longest (then the closest): "Ming-Qing Palace" is a location,
  not the era "Ming" plus a scene "palace".

Build one `EntityIndex` per knowledge snapshot (`EntityIndex.build(kb.terms())`): it takes a
few milliseconds and `find` then costs well under 5 ms per message for a thousand names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from core.text import CJK, fold, to_simplified

TOKEN = re.compile(r"[^\W_]+")

# English month words that are also ordinary words ("may I ask", "march in"): they count as a
# month only next to a number ("May 5", "5 may 2027") or capitalized inside a sentence.
AMBIGUOUS_MONTH_WORDS = frozenset({"may", "march", "mar"})
# ...or after a word of time ("any events in march?", "next may"); Spanish "mar" (the sea) never
MONTH_LEADS = frozenset({"in", "this", "next", "last", "early", "late", "mid", "until", "till", "since",
                         "by", "during", "before", "after"})

MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    # month number -> (English, Spanish, Chinese, Korean) names
    "1": (("January", "Jan"), ("enero",), ("一月",), ()),
    "2": (("February", "Feb"), ("febrero",), ("二月",), ()),
    "3": (("March", "Mar"), ("marzo",), ("三月",), ("삼월",)),
    "4": (("April", "Apr"), ("abril",), ("四月",), ("사월",)),
    "5": (("May",), ("mayo",), ("五月",), ("오월",)),
    "6": (("June", "Jun"), ("junio",), ("六月",), ("유월",)),
    "7": (("July", "Jul"), ("julio",), ("七月",), ("칠월",)),
    "8": (("August", "Aug"), ("agosto",), ("八月",), ("팔월",)),
    "9": (("September", "Sept", "Sep"), ("septiembre", "setiembre"), ("九月",), ("구월",)),
    "10": (("October", "Oct"), ("octubre",), ("十月",), ("시월",)),
    "11": (("November", "Nov"), ("noviembre",), ("十一月",), ("십일월",)),
    "12": (("December", "Dec"), ("diciembre",), ("十二月",), ("십이월",)),
}
# "10月", "10 月", "10월": numeric months in Chinese, Japanese-style and Korean writing.
NUMERIC_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])\s*[月월]")


class TermLike(Protocol):
    """What `kb.terms()` yields (core.kb.index.TermEntry) and what tests can build by hand."""

    kind: str
    id: str
    lang: str
    text: str


@dataclass(frozen=True)
class Term:
    """A name of something: `kind` (location, era, month...), its `id`, language and text."""

    kind: str
    id: str
    lang: str
    text: str


@dataclass(frozen=True)
class Entity:
    """A mention found in a message: `text == message[start:end]`; `score` is 1.0 for an exact
    match and the similarity (0-1) for a typo-tolerant one."""

    kind: str
    id: str
    text: str
    start: int
    end: int
    score: float


def month_terms() -> list[Term]:
    """Month names of the four languages as terms of kind `month`, id "1".."12"."""
    langs = ("en", "es", "zh", "ko")
    return [Term("month", number, lang, name)
            for number, names in MONTHS.items()
            for lang, words in zip(langs, names) for name in words]


def compact(text: str) -> tuple[str, list[int]]:
    """Folded letters and digits only, and each kept character's index in `text`."""
    folded = fold(text)
    keep = [i for i, ch in enumerate(folded) if _is_word_char(ch)]
    return "".join(folded[i] for i in keep), keep


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def latin_tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for each run of non-CJK letters and digits."""
    folded = CJK.sub(" ", fold(text))
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(folded)]


def _name_key(text: str) -> tuple[str, ...] | str:
    """How `EntityIndex` indexes a name: a Chinese or Korean one by its `compact` letters (a
    str), any other by its folded words (a tuple)."""
    if CJK.search(text):
        return compact(text)[0]
    return tuple(tok for tok, _, _ in latin_tokens(text))


# A Chinese name's closing qualifier in brackets ("中韩短剧合作对接会（联合Reel-K）", "竖屏短剧专项扶持政策
# （补贴与成本减免）"): partners say the name without it
_ZH_QUALIFIER = re.compile(r"^([\u4e00-\u9fff]{5,})\s*[（(][^（()）]+[)）]$")


def _zh_name_head(text: str) -> str:
    """The compact letters of a Chinese name before its closing qualifier in brackets, the name
    partners say ("讲讲那个中韩短剧合作对接会"); "" for a name without one or a head under five Han
    characters ("年代（20世纪50—90年代）" is a period by its dates, "年代" alone names none)."""
    m = _ZH_QUALIFIER.match(text.strip())
    return compact(m.group(1))[0] if m else ""


PLURAL_KINDS = frozenset({"scene_type", "genre"})
"""Taxonomy terms also indexed in the plural (kinds of scenes and genres are asked of in the plural)."""
ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una"})
"""A title's leading article, which partners often leave out ("Ancestral Hall", "Kitchen God Quits")
or say as another one ("¿El rostro de barro está disponible?" of "Un rostro de barro")."""
CUTOFF = 85.0
"""Lowest similarity (0-100) any name accepts; `min_score` is stricter for short names."""
# Everyday words a letter or two from a name, never that name unless typed exactly: Spanish
# "historia" is a story, not the genre "historical" ("una historia urbana contemporánea");
# "unirse" is to join, not the partner "UniVerse"; "los eventos que vengan" are those to come, no
# revenge ("venganza").
NOT_NAMES = frozenset({"historia", "historias",
                       "unirse", "unirnos", "unirme", "unirte", "unirlos",
                       "vengan", "venga", "vengas", "vengo", "vengamos"})
# A possessive before a word is that word owned, never the start of one name ("my series" is no
# "mysteries", "our man" no "Oman")
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their", "its", "mi", "mis", "tu", "tus", "su", "sus"})
TOKEN_CUTOFF = 70.0
# Words of grammar, never a typo of a name's word ("the ones" → "Three Ones", "de la" → "Dela").
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
                            "el", "la", "los", "las", "lo", "de", "del", "y", "o", "en", "un", "una", "con", "por", "para"})
"""Lowest similarity of one word of a multi-word name to the word typed for it."""


def min_score(length: int) -> float:
    """Similarity (0-100) a Latin name of `length` letters needs: exact up to 4 letters, one
    missing or extra letter for 5-6 ("palce"), one wrong letter from 7 ("Octuber"), and about
    one edit in seven beyond ("Forbiden City")."""
    if length <= 4:
        return 100.0
    if length <= 6:
        return 100.0 * (2 * length - 2) / (2 * length - 1) - 1e-6
    return CUTOFF


def token_ok(typed: str, name: str) -> bool:
    """Each word of a multi-word name must resemble its counterpart: short words exactly ("in
    palace" is not "Qin Palace"), longer ones with the same first letter ("hangzhou street" is
    not "Guangzhou Street") and loosely otherwise ("dynasty" for "dynasties"); the whole name's
    similarity is checked separately."""
    if len(name) <= 4 or name.isdigit() or typed in FUNCTION_WORDS:
        return typed == name  # ("the ones" is not "Three Ones": a function word stands for itself)
    return typed[:1] == name[:1] and fuzz.ratio(typed, name) >= TOKEN_CUTOFF


Targets = tuple[tuple[str, str], ...]
"""(kind, id) pairs a name stands for; one text can name several records."""


@dataclass(frozen=True)
class _LatinGroup:
    """Latin names with the same number of words, ready for `process.cdist`."""

    compacts: list[str]
    tokens: list[tuple[str, ...]]
    targets: list[Targets]
    lengths: np.ndarray


@dataclass
class EntityIndex:
    """Names of one knowledge snapshot, indexed for `find`."""

    cjk: dict[str, Targets] = field(default_factory=dict)
    cjk_single: dict[str, Targets] = field(default_factory=dict)
    latin: dict[int, _LatinGroup] = field(default_factory=dict)
    months: bool = True
    size: int = 0
    eras: frozenset[str] = frozenset()
    # Korean titles of works by their words, particles off (`ko_title_words`): id -> words
    ko_titles: dict[str, tuple[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    # Chinese titles of works by their compact name (`_zh_title_part`): name -> id; and the other
    # records' Chinese names, which a part of a title must not be ("横店" is a place)
    zh_titles: dict[str, str] = field(default_factory=dict)
    zh_other: frozenset[str] = frozenset()
    _by_first: dict[str, list[tuple[int, str, Targets]]] | None = field(
        default=None, init=False, repr=False, compare=False)
    # the last text `find` read and what it found there (perf23)
    _last_found: tuple[str | None, tuple[Entity, ...]] = field(
        default=(None, ()), init=False, repr=False, compare=False)

    @classmethod
    def build(cls, terms: Iterable[TermLike], months: bool = True) -> EntityIndex:
        """Index every term (and the built-in month names unless `months=False`)."""
        cjk: dict[str, dict[tuple[str, str], None]] = {}
        latin: dict[tuple[str, ...], dict[tuple[str, str], None]] = {}
        all_terms: list[TermLike] = list(terms) + (list(month_terms()) if months else [])
        # Each distinct text is folded and split once: many records share a name or an alias
        # (a city, a genre word, a title in two catalogues), and folding was most of the build.
        keys: dict[str, tuple[str, ...] | str] = {}
        heads: dict[str, dict[tuple[str, str], None]] = {}
        for term in all_terms:
            target = (term.kind, term.id)
            key = keys.get(term.text)
            if key is None:
                key = keys[term.text] = _name_key(term.text)
            if isinstance(key, str):
                if key:
                    cjk.setdefault(key, {})[target] = None
                if head := _zh_name_head(term.text):
                    heads.setdefault(head, {})[target] = None
            else:
                words = key
                if words and len("".join(words)) >= 2:
                    latin.setdefault(words, {})[target] = None
                if term.kind in PLURAL_KINDS and len(words) == 1 and len(words[0]) >= 5 and words[0][-1] in "lnrd":
                    # a kind of scene or genre said in the plural, as Spanish makes it ("jardín"
                    # → "¿qué sets tienen jardines?": one letter past what fuzzy matching allows;
                    # a vowel's "-s" is within it)
                    latin.setdefault((words[0] + "es",), {})[target] = None
                if len(words) >= 3 and words[0] in ARTICLES and term.kind == "work":
                    # "Garden Beneath the Code 장르가 뭐노": a title is typed without its article
                    latin.setdefault(words[1:], {})[target] = None
        for head, targets in heads.items():
            if head not in cjk and len(targets) == 1:  # (a head two records share names neither)
                cjk[head] = targets
        index = cls(months=months, size=len(all_terms),
                    eras=frozenset(term.id for term in all_terms if term.kind == "era"))
        titles = {term.id: words for term in all_terms
                  if term.kind == "work" and getattr(term, "lang", "") == "ko" and len(words := ko_words(term.text)) >= 3}
        # a word of one title only, in no other name and no everyday word of our trade, tells
        # the title ("사위"); "헝뎬", "촬영팀", "스튜디오" or a place tell nothing
        named_elsewhere = {w for term in all_terms if term.kind != "work" for w in ko_words(term.text, 1)}
        shared = Counter(w for words in titles.values() for w in set(words))
        index.ko_titles = {wid: (words, frozenset(w for w in words if shared[w] == 1 and w not in named_elsewhere
                                                  and w not in KO_TRADE_WORDS))
                           for wid, words in titles.items()}
        index.zh_titles = {key: kind_id[1] for key, targets in cjk.items() if HAN.search(key) and len(key) >= 3
                           for kind_id in targets if kind_id[0] == "work"}
        index.zh_other = frozenset(key for key, targets in cjk.items() if HAN.search(key)
                                   and any(kind != "work" for kind, _ in targets))
        for key, targets in cjk.items():
            (index.cjk_single if len(key) == 1 else index.cjk)[key] = tuple(targets)
        by_count: dict[int, list[tuple[tuple[str, ...], Targets]]] = {}
        for words, targets in latin.items():
            by_count.setdefault(len(words), []).append((words, tuple(targets)))
        for count, items in by_count.items():
            compacts = ["".join(words) for words, _ in items]
            index.latin[count] = _LatinGroup(compacts, [w for w, _ in items], [t for _, t in items],
                                             np.array([len(c) for c in compacts]))
        return index

    def find(self, text: str) -> list[Entity]:
        """Mentions in `text`, in order of position; overlaps resolved to the longest. A new list
        each call. The text read last is answered from what was found in it: a reading asks the
        same text two or three times (`understand._written_around_names`, then the entities of
        the body; perf23: 357 of 1,064 calls over the CPU bench's 640 messages, ~0.5 ms of CPU
        each). The index is built once per knowledge snapshot and not changed after, and an
        `Entity` is frozen, so the same text finds the same mentions (one tuple, replaced whole:
        safe between threads)."""
        last_text, found = self._last_found
        if last_text == text and type(text) is str:
            return list(found)
        found = tuple(self._found(text))
        self._last_found = (text, found)
        return list(found)

    def _found(self, text: str) -> list[Entity]:
        """`find` worked out."""
        candidates = self._cjk_matches(text) + self._latin_matches(text)
        if self.ko_titles and not any(e.kind == "work" for e in candidates) and HANGUL.search(text):
            candidates += self._ko_title_words(text)
        if self.zh_titles and not any(e.kind == "work" for e in candidates) and HAN.search(text):
            candidates += self._zh_title_part(text)
        if self.months:
            candidates += _numeric_months(text)
        if "republican" in self.eras:
            candidates += _republican_years(text)
        if self.eras:
            candidates += _lone_palace(text)
        return _resolve(candidates)

    # -- Chinese and Korean ------------------------------------------------------------------
    def _cjk_matches(self, text: str) -> list[Entity]:
        flat, positions = compact(text)
        if not flat or not CJK.search(flat):
            return []
        # Only the names that start with a character at some position of the message are tried
        # there (searching the message for each of ~400 names was ~1 ms); hits are listed as
        # before, name by name in index order, each name's from left to right.
        by_first = self._cjk_by_first()
        hits = sorted((order, start, key, targets) for start, ch in enumerate(flat)
                      for order, key, targets in by_first.get(ch, ()) if flat.startswith(key, start))
        found: list[Entity] = []
        for _order, start, key, targets in hits:
            if _runs_into_word(key, flat[start + len(key):start + len(key) + 1]):
                continue
            begin, end = positions[start], positions[start + len(key) - 1] + 1
            if _straddles_words(text, begin, end) or key in KO_CITIES_AS_TERMS and KO_CITY_AS_PLACE.match(text, end):
                continue
            found.extend(Entity(kind, id_, text[begin:end], begin, end, 1.0)
                         for kind, id_ in targets)
        if flat in self.cjk_single:
            begin, end = positions[0], positions[-1] + 1
            found.extend(Entity(kind, id_, text[begin:end], begin, end, 1.0)
                         for kind, id_ in self.cjk_single[flat])
        return found

    def _ko_title_words(self, text: str) -> list[Entity]:
        """A Korean title said in other words ("서울에서 온 사위" for "서울 사위의 중국 설날"): its
        first word and at least half of its words (two or more), particles off, within a few
        words of each other, and no other title as near. The span from the first word said to
        the last is the mention, scored under an exact name."""
        said = [(m.start(), m.end(), ko_stem(m.group())) for m in KO_WORD.finditer(text)]
        best: list[tuple[int, str, int, int]] = []
        for work_id, (words, telling) in self.ko_titles.items():
            hits = [(start, end) for start, end, stem in said if stem in words]
            found = {stem for _, _, stem in said if stem in words}
            if words[0] not in found or len(found) < max(2, (len(words) + 1) // 2) or not found & telling:
                continue
            begin, end = min(h[0] for h in hits), max(h[1] for h in hits)
            if len(KO_WORD.findall(text[begin:end])) > len(words) + 2:
                continue  # the words far apart: no title said
            best.append((len(found), work_id, begin, end))
        if not best:
            return []
        top = max(b[0] for b in best)
        winners = [b for b in best if b[0] == top]
        if len(winners) != 1:
            return []
        _, work_id, begin, end = winners[0]
        return [Entity("work", work_id, text[begin:end], begin, end, KO_TITLE_WORDS_SCORE)]

    def _zh_title_part(self, text: str) -> list[Entity]:
        """A Chinese title named by a part of it, pointed at ("灶王那部有几集？", "奶奶那个", "灶王爺嗰部"):
        the longest end of the Han characters before the pointer that is in one title's name only
        (two characters at least, no other record's name), scored under an exact name (fixK18)."""
        # (a city is no part of a title: "首尔那个" is the Seoul event)
        from intents.timezones import mentioned_zone
        for m in ZH_TITLE_POINTER.finditer(text):
            run = m.group(1)
            simple = to_simplified(run)[0]
            if mentioned_zone(run) is not None:
                return []
            for start in range(len(run) - 1):
                part = simple[start:]
                if any(key in part for key in self.zh_other if len(key) >= 2):
                    return []  # ("清明上河图那部": a set's name said, not part of a title's)
                ids = {wid for key, wid in self.zh_titles.items() if part in key or part in to_simplified(key)[0]}
                if len(ids) > 1:
                    return []
                if ids:
                    begin = m.start(1) + start
                    return [Entity("work", ids.pop(), text[begin:m.end(1)], begin, m.end(1), KO_TITLE_WORDS_SCORE)]
        return []

    def _cjk_by_first(self) -> dict[str, list[tuple[int, str, Targets]]]:
        """The names of `cjk` by their first character, with their place in `cjk` (built once)."""
        if self._by_first is None:
            by_first: dict[str, list[tuple[int, str, Targets]]] = {}
            for order, (key, targets) in enumerate(self.cjk.items()):
                by_first.setdefault(key[0], []).append((order, key, targets))
            self._by_first = by_first
        return self._by_first

    # -- Latin script ------------------------------------------------------------------------
    def _latin_matches(self, text: str) -> list[Entity]:
        tokens = latin_tokens(text)
        if not tokens:
            return []
        windows = _Windows(tokens)
        found: list[Entity] = []
        merged: list[Entity] = []
        for count, group in self.latin.items():
            for size in (count - 1, count, count + 1):
                if 1 <= size <= len(tokens):
                    (merged if size > count else found).extend(_window_matches(text, windows, group, count, size))
        # A window of more words than the name it nearly matches, which holds a name written
        # exactly: it merged a neighbouring word into the name ("the international sets at
        # Hengdian" is "international sets", the set under construction, not "international set"
        # + "at" read as the Western-street scene); the name written is what was meant.
        # (all words of the window but one: "Qin" inside "el Palacio Qin" is no such name)
        exact = [e for e in found if e.score >= 1.0]
        found += [m for m in merged if m.score >= 1.0 or not any(
            m.start <= e.start and e.end <= m.end and (e.kind, e.id) != (m.kind, m.id)
            and len(latin_tokens(m.text)) - len(latin_tokens(e.text)) <= 1 for e in exact)]
        return [e for e in found if (e.kind != "month" or _month_ok(text, tokens, e)) and _not_auxiliary(tokens, e)]


class _Windows:
    """Runs of `size` consecutive words of one message and their joined text, built once."""

    def __init__(self, tokens: Sequence[tuple[str, int, int]]) -> None:
        self.tokens = tokens
        self._joined: dict[int, list[str]] = {}

    def joined(self, size: int) -> list[str]:
        if size not in self._joined:
            words = [tok for tok, _, _ in self.tokens]
            self._joined[size] = ["".join(words[i:i + size])
                                  for i in range(len(words) - size + 1)]
        return self._joined[size]


def _one_typo(length: int) -> float:
    """The similarity of a name of `length` letters to itself with one letter wrong."""
    return 100.0 * (length - 1) / length - 1e-6


def _without_grammar(typed: str, name: tuple[str, ...]) -> bool:
    """`typed` is the name with its words of grammar left out, give or take one letter."""
    kept = "".join(word for word in name if word not in FUNCTION_WORDS)
    return len(kept) >= 2 and fuzz.ratio(typed, kept) >= _one_typo(len(kept))


def _window_matches(text: str, windows: _Windows, group: _LatinGroup, count: int,
                    size: int) -> list[Entity]:
    """Windows of `size` words compared with names of `count` words."""
    scores = process.cdist(windows.joined(size), group.compacts, scorer=fuzz.ratio,
                           score_cutoff=CUTOFF if size == count else 90.0, dtype=np.float32)
    found: list[Entity] = []
    for w, t in zip(*np.nonzero(scores)):
        score = float(scores[w, t])
        length = int(group.lengths[t])
        if size != count and (length < 8 or windows.joined(size)[w][:1] != group.compacts[t][:1]
                              or windows.joined(size)[w][-1:] != group.compacts[t][-1:]):
            continue  # merged or split words: only long names, nearly exact, same ends ("a qing
            # dynasty" is not "Qin dynasty")
        if size < count and score < _one_typo(length) and not _without_grammar(windows.joined(size)[w], group.tokens[t]):
            continue  # fewer words: spacing changed and at most one letter, or a word of grammar
            # left out ("el Palacio Qin"); a word of the name left out is another name ("periodo
            # de los Reinos Combatientes" is not the "periodo de los Tres Reinos")
        if score < min_score(length) or (score < 100.0 and windows.joined(size)[w] in NOT_NAMES):
            continue
        if size > count and score < 100.0 and windows.tokens[w][0] in NOT_NAMES:
            continue  # ("la historia es de…": "historia" merged with the next word is no "historicales" either)
        if size > count and score < 100.0 and windows.tokens[w][0] in POSSESSIVES:
            continue  # ("submit my series to Netflix": "my" merged with the next word is no "mysteries")
        window = windows.tokens[w:w + size]
        if size == count and not all(token_ok(typed, name) for (typed, _, _), name
                                     in zip(window, group.tokens[t])):
            continue
        begin, end = window[0][1], window[-1][2]
        found.extend(Entity(kind, id_, text[begin:end], begin, end, round(score / 100.0, 3))
                     for kind, id_ in group.targets[t])
    return found


# Spanish "han" is "have" before a participle ("han trabajado actores extranjeros?", "ya han ido"):
# no Han dynasty.
AUXILIARIES = frozenset({"han"})
PARTICIPLE = re.compile(r"\w+(ado|ada|ados|adas|ido|ida|idos|idas|cho|sto|erto|ito)$")


def _not_auxiliary(tokens: Sequence[tuple[str, int, int]], entity: Entity) -> bool:
    """False for "han" followed by a Spanish participle."""
    if fold(entity.text) not in AUXILIARIES:
        return True
    index = next((i for i, (_, start, _) in enumerate(tokens) if start == entity.start), None)
    following = tokens[index + 1][0] if index is not None and index + 1 < len(tokens) else ""
    return not PARTICIPLE.match(fold(following))


def _month_ok(text: str, tokens: Sequence[tuple[str, int, int]], entity: Entity) -> bool:
    """"May"/"March" are months only beside a number, after a word of time or capitalized
    mid-sentence."""
    word = fold(entity.text)
    if word not in AMBIGUOUS_MONTH_WORDS:
        return True
    index = next(i for i, (_, start, _) in enumerate(tokens) if start == entity.start)
    neighbours = [tokens[j][0] for j in (index - 1, index + 1) if 0 <= j < len(tokens)]
    if any(n.isdigit() for n in neighbours):
        return True
    if word != "mar" and index > 0 and tokens[index - 1][0] in MONTH_LEADS:
        return True
    before = text[:entity.start].rstrip()
    sentence_start = not before or before[-1] in ".!?¡¿\n"
    return entity.text[:1].isupper() and not sentence_start


# A year of the Republican era said as the time a story is set ("mafiosos en Shanghai por 1930", "a
# story set in 1935", "1935年的上海", "1935년 상하이 배경"): that era, as its decades are ("años 30",
# "1930s"). A year something was built, founded or opened is no story's time. (fixL15)
REPUBLICAN_YEAR = re.compile(r"(?<![\d$€¥])(?<!\d[.,:/-])(19(?:1[2-9]|[2-4]\d))(?![\d%]|[.,:/]\d)(?!\s*(?:년|年)?\s*(?:에|に)?\s*"
                             r"(?:건|建|开业|開業|설립|成立|创立|創立|개장|완공))")
_BUILT_BEFORE = re.compile(r"(?i)\b(built|founded|opened|established|constru\w+|fundad\w+|inaugur\w+|abiert\w+)\b\W*(in|en|el|del|año)?\W*$")


def _republican_years(text: str) -> list[Entity]:
    return [Entity("era", "republican", m.group(0), m.start(), m.end(), 1.0) for m in REPUBLICAN_YEAR.finditer(text)
            if not _BUILT_BEFORE.search(text[max(0, m.start() - 30):m.start()])]


# A palace said in one syllable after an era, as Korean and Chinese shorten it ("명나라 궁은 없나?",
# "조선시대 궁 있어요?", "有没有明朝的宫？", "宋代宮有冇"): one Hangul syllable or Han character is
# never a name on its own (궁 begins 궁금, 宫 begins 宫斗), so only right after a dynasty or an era
# word, standing as a word of its own, is it the palace scene (fixF17)
LONE_PALACE = re.compile(r"(?:나라|시대|왕조|시절|왕실)\s*(?:의\s*)?(궁)(?:은|이|도|을|는|에|이요|요|이랑|하고)?(?![\uac00-\ud7a3])"
                         r"|(?:朝|代|国|國|时期|時期|王朝)\s*(?:的)?\s*(宫|宮)(?![斗廷殿女中苑])")


def _lone_palace(text: str) -> list[Entity]:
    found = []
    for m in LONE_PALACE.finditer(text):
        group = 1 if m.group(1) else 2
        found.append(Entity("scene_type", "palace", m.group(group), m.start(group), m.end(group), 1.0))
    return found


def _numeric_months(text: str) -> list[Entity]:
    return [Entity("month", str(int(m.group(1))), m.group(0), m.start(), m.end(), 1.0)
            for m in NUMERIC_MONTH.finditer(text)]


def _best_per_target(candidates: list[Entity]) -> list[Entity]:
    """Of overlapping mentions of the same record keep the closest match ("Ciudad Prohibda"
    rather than "la Ciudad Prohibda"), then the longest."""
    ordered = sorted(candidates, key=lambda e: (-e.score, -(e.end - e.start), e.start))
    kept: list[Entity] = []
    # The spans kept per record: a name shared by many records (copies, one alias of several)
    # is checked against its own record's spans only, not against every mention kept.
    spans_of: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for entity in ordered:
        spans = spans_of.setdefault((entity.kind, entity.id), [])
        if not any(entity.start < end and start < entity.end for start, end in spans):
            kept.append(entity)
            spans.append((entity.start, entity.end))
    return kept


def _resolve(candidates: list[Entity]) -> list[Entity]:
    """Longest first, then best score; drop what overlaps an already kept mention, but keep
    every record a kept span names (one alias can name two records)."""
    ordered = sorted(_best_per_target(candidates),
                     key=lambda e: (-(e.end - e.start), -e.score, e.start))
    kept: list[Entity] = []
    kept_keys: set[tuple[str, str, int]] = set()
    spans: list[tuple[int, int]] = []
    score_of: dict[tuple[int, int], float] = {}  # each kept span's score (one per position)
    for entity in ordered:
        span, key = (entity.start, entity.end), (entity.kind, entity.id, entity.start)
        if span in score_of:
            if entity.score >= score_of[span] and key not in kept_keys:
                kept.append(entity)
                kept_keys.add(key)
            continue
        if any(entity.start < end and start < entity.end for start, end in spans):
            continue
        kept.append(entity)
        kept_keys.add(key)
        spans.append(span)
        score_of[span] = entity.score
    return sorted(kept, key=lambda e: (e.start, e.kind, e.id))


HANGUL = re.compile(r"[\uac00-\ud7a3]")
KO_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+")
# Particles and endings a Korean noun takes ("서울에서", "사위의", "설날은"), longest first
KO_PARTICLES = ("에서는", "에서", "으로", "에게", "한테", "이랑", "하고", "까지", "부터", "의", "은", "는",
                "이", "가", "을", "를", "도", "와", "과", "랑", "로", "에", "요")
# Han characters; a run of them (or a title's digits) just before a word pointing at one title
# ("那部", "那个", "嗰部", "这部"): a part of the title's name, maybe (`_zh_title_part`)
HAN = re.compile(r"[\u4e00-\u9fff]")
ZH_TITLE_POINTER = re.compile(r"([\u4e00-\u9fff0-9.]{2,10}?)的?(?:那部|那个|那個|那套|那齣|那出|嗰部|嗰個|嗰套|嗰齣|这部|這部|呢部)"
                              # (a pointer before another kind's noun points at that: "首尔那个对接会" is an event)
                              r"(?!\s*(对接|對接|活动|活動|会|會|景|场|場|基地|宫|宮|街|城|园|園|公司|节|節|日|展|论坛|論壇|项目|項目|计划|計劃|政策|补贴|補貼|团队|團隊|部门|部門|人|老师|老師|总|總|地方|棚))")
KO_TITLE_WORDS_SCORE = 0.9  # a title said in other words: under an exact name's 1.0


def ko_stem(word: str) -> str:
    """A Korean word without the particle it ends in ("서울에서" → "서울"); two syllables kept."""
    for particle in KO_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[:-len(particle)]
    return word


def ko_words(title: str, shortest: int = 2) -> tuple[str, ...]:
    """The words of a Korean title, particles off ("서울 사위의 중국 설날" → 서울, 사위, 중국, 설날);
    empty for a title not in Hangul."""
    if not HANGUL.search(title):
        return ()
    return tuple(stem for w in KO_WORD.findall(title) if len(stem := ko_stem(w)) >= shortest)


# Words of our trade and places a title may hold that say nothing of which title is meant
KO_TRADE_WORDS = frozenset({"헝뎬", "중국", "한국", "스페인", "촬영", "촬영팀", "스튜디오", "버추얼", "가다", "전쟁", "궁중",
                            "드라마", "작품", "세트", "배우", "감독", "사랑", "비밀", "라이브", "코드", "남자", "여자"})


# Common Korean words a Hangul name's last syllable can begin: "영화 제작" (film production) holds
# "영화제" (the festival) but names none; "영화제에서", "영화제는" do.
KO_WORDS_AFTER_NAME = frozenset({"제작", "제공", "제안", "제출", "제휴", "제품", "제도", "제외"})


# Korean cities spelled like a term of ours ("대전", Daejeon, is also a throne hall): said as where
# someone is or works ("대전에서 웹드라마 만드는", "대전에 있는 제작사", "대전의 애니메이션 스튜디오",
# "대전 소재"), the city, never that term
KO_CITIES_AS_TERMS = frozenset({"대전"})
KO_CITY_AS_PLACE = re.compile(r"(?:에서|에서는)(?! ?(?:찍|촬영|나오|쓰|진행되))|에 ?(?:있|사는|살|본사|위치|거주)"
                              r"|의 ?(?:[\uac00-\ud7a3A-Za-z]+ ?){0,2}?(?:회사|제작사|스튜디오|프로덕션|팀|작가|감독|PD)"
                              r"|(?:시|지역|쪽|소재|기반)(?![\uac00-\ud7a3])| ?(?:사람|출신|제작사|스튜디오|회사)")


def _straddles_words(text: str, begin: int, end: int) -> bool:
    """Is a Hangul match the tail of one word and the head (or the whole) of the next ("궁전 장면",
    palace scenes, holds "전장", a battlefield; "담장 안", inside the wall, holds "장안")? Korean
    writes words apart, so a match begun inside one word and running over a space names nothing
    (a particle after a name, "자금성 세트에서", ends inside a word and still names it)."""
    def hangul(i: int) -> bool:
        return 0 <= i < len(text) and "\uac00" <= text[i] <= "\ud7a3"
    pieces = text[begin:end].split()
    if len(pieces) > 1 and all(len(p) == 1 and "\uac00" <= p <= "\ud7a3" for p in pieces):
        # a name spelled out one syllable a word ("그 중 세 번째 거", the third of them, holds
        # "중세", the Middle Ages): Korean writes a name's syllables together, so these are words of
        # their own (fixG23)
        return True
    return hangul(begin - 1) and hangul(begin) and any(ch.isspace() for ch in text[begin:end])


def _runs_into_word(key: str, following: str) -> bool:
    """Does a Hangul name found in a message end inside a longer common word ("영화제" in
    "영화제작사")? Then the message does not name it there."""
    return bool(following) and "\uac00" <= key[-1] <= "\ud7a3" and key[-1] + following in KO_WORDS_AFTER_NAME

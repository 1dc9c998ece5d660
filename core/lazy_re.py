"""`re` with `compile` deferred to a pattern's first use: for modules of vocabulary patterns.

`intents.lexicon` and `intents.handoff_words` hold a few hundred module-level patterns, many of
them long alternations built from word lists; compiling them all at import was ~0.2 s of CPU in
a ~2 s start-up, before the bot could answer anyone. Such a module imports this module as `re`
(`from core import lazy_re as re`): `re.compile` returns a `LazyPattern` that compiles on its
first `search`/`match`/... and then hands out the compiled pattern's own bound methods (no
per-call cost), and the other `re` names are the standard ones. `compile_pending()` compiles
what no message has needed yet; `bot.app` runs it in a thread once the bot is ready, so the
first partners do not pay for it either.

A compiled pattern is also *gated* by the characters its matches can start with (`gated`):
`re` searches a pattern that opens with a word boundary or a group by trying the whole
alternation at every position of the text, while a leading look-ahead for one character class
rejects most positions in a single step. The gate is worked out from the parsed pattern, so the
matches, groups and spans are the same; patterns it cannot bound are compiled as they are.
"""

from __future__ import annotations

import re as _re
import sys as _sys
from collections.abc import Iterable
from pathlib import Path
from re import (  # noqa: F401 (re-exported: this module stands in for `re`)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    Match,
    Pattern,
    _parser,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from re import _constants as _c
from typing import Any, cast

_PENDING: list[LazyPattern] = []
"""Every pattern made by `compile` and not compiled yet (append and pop are thread-safe)."""


_KEPT = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                   "flags", "groups", "groupindex", "scanner"})
"""The compiled pattern's attributes a `LazyPattern` keeps in itself once asked for."""


_REMEMBERED = frozenset({"search", "match", "fullmatch"})
"""The methods a `LazyPattern` answers again from its last call when asked of the same text."""

_NOTHING = object()


_LONG = 1000
"""Patterns at least this long (source characters) are searched only where the text holds one
of the texts every match contains (`_needles`). Replayed over the 226,000 searches of the CPU
bench's 640 messages (perf16): from 200 characters on, 543 patterns and ~21,000 needles (~1.8
MB) saved 41 % of the search time; from 1,000, 118 patterns and ~9,000 needles, 39 %."""


_PARTS = 50
"""Top-level alternatives from which a long pattern (`_LONG`) is first asked of its parts, group
by group (`AnyOf`), before its `search` runs (`LazyPattern.compiled`). Where a text holds the
words of a part at all, `re` still tries every part at every position whose character one of
them starts with: the rules of the router and the scope checks written as one alternation of
50-180 parts ("recommend ... agency", "can your bot ...", "foreign actors ...") cost 0.3-0.7 ms
a search of a run-on message, most of them matching nothing (perf21: `AnyOf` answered the same
texts in a fifth of the time; below ~20 parts it saved little or cost more). Like
`lexicon.ANY_OF_PARTS`, at 50 only the longest alternations are split (36 patterns, ~1.5 MB of
groups kept beside the whole pattern)."""


def _needles(pattern: str, flags: int, parsed: Any = None) -> dict[str, str | tuple[str, ...]] | None:
    """Texts one of which every match of `pattern` contains (`_needed` over the whole parsed
    pattern), by their first two characters (one for a one-character text), for a long pattern
    not compiled case-insensitively; else None. A text holding none of them has no match:
    `search` answers None without trying the pattern at every position (perf16: 78 % of the
    vocabulary patterns' search time over the CPU bench's 640 messages went to texts that held
    none). Only the needles whose first characters the text has (`_pieces`) are looked for: all
    of them, one by one, cost as much as the searches they saved. Interned: many patterns need
    the same words. `parsed`: `pattern` parsed already (`LazyPattern.compiled` shares the
    gate's parse), else it is parsed here. A start with one needle holds that text itself, not
    a tuple of one (perf18: 6,963 of the vocabulary's 8,673 starts, ~0.33 MB of tuples; the
    warm-up now works the needles out for every long pattern, `LazyPattern.compiled`)."""
    if len(pattern) < _LONG or flags & (_re.IGNORECASE | _re.VERBOSE):
        return None
    if parsed is None:
        try:
            parsed = _parser.parse(pattern, flags)
        except _re.error:
            return None
    if parsed.state.flags & (_re.IGNORECASE | _re.VERBOSE):  # ((?i) written in the pattern)
        return None
    need = _needed(list(parsed))
    if not need:
        return None
    index: dict[str, list[str]] = {}
    for needle in dict.fromkeys(map(_sys.intern, need)):
        index.setdefault(_sys.intern(needle[:2]), []).append(needle)
    return {key: found[0] if len(found) == 1 else tuple(found) for key, found in index.items()}


def _holds(needles: dict[str, str | tuple[str, ...]], text: str) -> bool:
    """Does `text` hold one of `needles` (`_needles`)?"""
    for key in needles.keys() & _pieces(text):
        found = needles[key]
        if type(found) is str:  # (one needle: the text itself)
            if found in text:
                return True
            continue
        for needle in found:
            if needle in text:
                return True
    return False


def _remembered(method: Any, needles: dict[str, str | tuple[str, ...]] | None = None,
                parts: AnyOf | None = None) -> Any:
    """`method` (a compiled pattern's `search`, `match` or `fullmatch`), answering a call with
    the same text alone as the call before it from that call (perf14): the router and the word
    tables ask one pattern of one message's text again and again (`EVENT_TALK.search(folded)` in
    a dozen rules), 108,000 of the 378,000 searches over the 652 messages of the CPU bench were
    the same pattern on the same text as its previous search (~1 s of wall time). The answer is
    the same: a `re.Match` cannot be changed, and an equal text matches alike. A call with a
    position, an end or keywords is passed through. (One (text, answer) pair held per pattern:
    the text of the last message that pattern read.) `parts`: the pattern's alternatives as an
    `AnyOf`, asked first: where none of them matches, neither does the pattern (`_PARTS`), and
    where one does, `method` finds the same match it found before."""
    last: list[Any] = [(_NOTHING, None)]

    def call(string: Any, *more: Any, **options: Any) -> Any:
        if more or options:
            return method(string, *more, **options)
        text, found = last[0]  # (one tuple, replaced whole: two threads never see half of one)
        if text is string or (text == string and type(text) is type(string)):
            return found
        if needles is not None and type(string) is str and not _holds(needles, string):
            found = None  # (no text every match contains: no match; `_needles`)
        elif parts is not None and type(string) is str and not parts(string):
            found = None  # (none of its alternatives matches: no match; `_PARTS`)
        else:
            found = method(string)
        last[0] = (string, found)
        return found

    return call


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` until first used. `pattern` is there without
    compiling (modules build combined patterns from it); any other attribute compiles.

    Memory (the bar of issue 10 is the bot's peak RSS, reached once every pattern is compiled):
    a method is kept in the instance only once it is asked for, not all twelve at the compile
    (~770 patterns x 12 bound methods and the larger instance dicts were ~1 MB, for patterns
    that mostly only ever `search`); and once compiled, the source text is not kept a second
    time: the compiled pattern's own source (the gated one, `gated`) holds it, and `pattern`
    reads it from there (the same text, tested)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source: str | None = pattern  # until compiled; then a slice of the compiled one
        self._flags = flags
        self._compiled: Pattern[str] | None = None
        self._at = 0  # where `pattern` starts in the compiled source (after the gate)
        # `_needles` of a long pattern, worked out at the compile from the gate's parse (perf18)
        self._needle_index: Any = _NOTHING
        # a long alternation's parts (`_PARTS`), split at the compile (perf21); None: searched whole
        self._parts: AnyOf | None = None

    @property
    def pattern(self) -> str:
        source = self._source
        if source is not None:
            return source
        compiled = cast(Pattern[str], self._compiled)
        return compiled.pattern[self._at:len(compiled.pattern) - (1 if self._at else 0)]

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now if no one has yet). Two threads racing here each
        compile once and keep equal patterns: harmless (either keeps the source until its own
        compile is stored, and both sources read the same)."""
        compiled = self._compiled
        if compiled is None:
            source = self._source
            if source is None:  # another thread compiled it since (it stores `_compiled` first)
                return cast(Pattern[str], self._compiled)
            parsed = _parsed(source, self._flags)
            gate = gated(source, self._flags, parsed)
            if parsed is not None and len(source) >= _LONG:
                # (one parse for the gate and the needles: the first search of a long pattern
                # parsed it again, 2-10 ms of CPU on whichever message first searched it after
                # the warm-up, ~100 patterns over the CPU bench's 640 messages; perf18)
                self._needle_index = _needles(source, self._flags, parsed)
                self._parts = _split(source, self._flags)
            compiled = _re.compile(gate or source, self._flags)
            if gate is not None:  # "<gate>(?:<source>)": the source is kept inside it
                self._at = len(gate) - len(source) - 1
                self._compiled = compiled
                self._source = None
            else:  # compiled as it is: the compiled pattern's `pattern` is the same string
                self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        if name in _KEPT:  # later look-ups find it in the instance: no per-call cost
            if name in _REMEMBERED:
                needles = None
                if name == "search":
                    needles = self._needle_index if self._needle_index is not _NOTHING else _needles(self.pattern, self._flags)
                value = _remembered(value, needles, self._parts if name == "search" else None)
            setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> Pattern[str]:
    """A pattern compiled when first used (see the module docstring); typed as the `re.Pattern`
    it behaves as."""
    lazy = LazyPattern(pattern, flags)
    _PENDING.append(lazy)
    if len(_PENDING) >= _PRUNE_AT[0]:
        _prune()
    return cast(Pattern[str], lazy)


_PRUNE_AT = [512]
"""`_PENDING`'s length at which the patterns compiled since they were made are dropped from it."""


def _prune() -> None:
    """Drop from `_PENDING` what a message compiled since: after the warm-up emptied it, the
    patterns made per value (`facts.country_words`, `lexicon.story_words`, one per country, kept
    in LRU caches) were held there for good, compiled, each made again after its cache let it go
    (perf17). A pattern dropped by a race with `compile_pending` in another thread is only
    compiled on first use instead; one kept twice is compiled once."""
    kept = [lazy for lazy in list(_PENDING) if lazy._compiled is None]
    _PENDING[:] = kept
    _PRUNE_AT[0] = max(512, 2 * len(kept))


class Needing:
    """A pattern every match of which contains a match of `needed` (the caller's word for it:
    each of its alternatives holds `needed` as it is), searched only in texts where `needed`
    matches, and compiled (as it is, with `re`) only when first so searched. Same answers as
    `re.compile(pattern).search`: a text with no match of `needed` has none of `pattern` either.
    For the patterns built per message value (a country's names inside a dozen alternatives,
    router.py's `_titles_of`): 3-30 ms of CPU to compile each, on the message that first named
    that country, mostly for texts where the country is not said in the sentences that ask."""

    def __init__(self, needed: str, pattern: str, flags: int = 0) -> None:
        self.needed, self.pattern, self._flags = _re.compile(needed, flags), pattern, flags
        self._compiled: Pattern[str] | None = None

    def search(self, text: str) -> Match[str] | None:
        if self.needed.search(text) is None:
            return None
        return self.compiled().search(text)

    def compiled(self) -> Pattern[str]:
        """The pattern, compiled now if it was not yet (a warm-up compiles a fixed one ahead)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _re.compile(self.pattern, self._flags)
        return compiled


def compile_pending() -> int:
    """Compile every pattern not used yet; returns how many were compiled."""
    done = 0
    while _PENDING:
        lazy = _PENDING.pop()
        if lazy._compiled is None:
            lazy.compiled()
            done += 1
    _PRUNE_AT[0] = 512  # (the modules' own, uncompiled until now, had raised it)
    return done


_LITERAL_CALL = _re.compile(r"""re\.(?:search|match|fullmatch|findall|finditer|sub|subn|split)\(\s*"""
                            r"""((?:[rRuU]?"(?:[^"\\\n]|\\.)*"\s*)+)(?=[,)])""")
"""A call of `re`'s module functions with a pattern written as (adjacent) plain string literals,
`re.findall(r"[\u4e00-\u9fff]+", text)`: its pattern, compiled by `re` into its own cache on the
first call."""

_CONTINUED = _re.compile(r"""\s*(?:[rRuU]?"|\)|,)""")
"""A line that may go on with a call of the line before: a string literal, its closing bracket,
or a comma."""


def warm_literal_calls(sources: Iterable[Path]) -> int:
    r"""Compile into `re`'s own cache the patterns the functions of `sources` pass to `re.search`,
    `re.findall`... as string literals (`_LITERAL_CALL`), so the first message to call each does
    not compile it: 0.3-4 ms each (a class of CJK or Hangul ranges is the slowest), ~25 ms over
    the CPU bench's 640 messages, most of it on its first messages (perf19). Only `re`'s cache
    is filled (a pattern that is not used, or used with flags, is only a compile more; none is
    changed), after `compile_pending`, whose ~1,250 compiles pass through that cache (512
    patterns, the oldest dropped first). Returns how many patterns were compiled."""
    import ast

    patterns: dict[str, None] = {}

    def take(snippet: str) -> None:
        for found in _LITERAL_CALL.finditer(snippet):
            try:
                pattern = ast.literal_eval("(" + found.group(1) + ")")
            except (ValueError, SyntaxError):
                continue
            if isinstance(pattern, str):
                patterns[pattern] = None

    for path in sources:
        # Line by line, a call's lines held together while string literals continue it: the
        # whole of router.py as one str is ~5 MB (one character outside the BMP makes every
        # character 4 bytes), at the moment of the warm-up when the most patterns are held.
        held = ""
        try:
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if held and _CONTINUED.match(line):
                        held += line
                        continue
                    if held:
                        take(held)
                    held = line if "re." in line else ""
        except (OSError, UnicodeDecodeError):
            continue
        if held:
            take(held)
    done = 0
    for pattern in patterns:
        try:
            _re.compile(pattern)
        except _re.error:
            continue
        done += 1
    return done


_SELECTIVE = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
r"""Classes kept in a gate; any other (`\w`, `\S`, a negated set...) lets almost every
character through, so a pattern that can start with one is not gated."""


class _Unbounded(Exception):
    """The pattern's first character cannot be bounded by one character class."""


def _member(code: int) -> str:
    r"""Character `code` as a member of a gate's class: itself where it can only stand for
    itself there (a letter or digit of any script: 活, 촬, é, a), else its `\U` escape. The
    same class, in a shorter text: the compiled pattern keeps its source, and every gate written
    as escapes alone was ~206,000 characters over the ~1,250 patterns compiled (perf15)."""
    char = chr(code)
    return char if char.isalnum() else f"\\U{code:08x}"


def _first_chars(items: Any, out: list[str], anchored: list[bool] | None = None) -> bool:
    r"""Add to `out` (class items) every character the sequence `items` of a parsed pattern can
    start its match with; True when the sequence can match without consuming one (then what
    follows it in the enclosing sequence counts too). Zero-width checks (`\b`, `^`, look-arounds)
    consume nothing and only restrict, so they are passed over. Where what follows a `^` (the
    start of the text: no MULTILINE) cannot be bounded ("^\W*and so..."), that sequence can only
    match at the start: `anchored` is set instead, and the gate lets the start of the text in."""
    for at, (op, av) in enumerate(items):
        if op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING) and anchored is not None:
            rest: list[str] = []
            try:
                empty = _first_chars(items[at + 1:], rest, anchored)
            except _Unbounded:
                anchored[0] = True
                return False
            out.extend(rest)
            return empty
        if op is _c.LITERAL:
            out.append(_member(av))
            return False
        if op is _c.IN:
            for item, value in av:
                if item is _c.LITERAL:
                    out.append(_member(value))
                elif item is _c.RANGE:
                    out.append(f"{_member(value[0])}-{_member(value[1])}")
                elif item is _c.CATEGORY and value in _SELECTIVE:
                    out.append(_SELECTIVE[value])
                else:
                    raise _Unbounded
            return False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & _re.IGNORECASE:
                raise _Unbounded
            if add_flags & _re.MULTILINE:
                raise _Unbounded  # a `^` inside would match after any newline
            if not _first_chars(sub, out, anchored):
                return False
        elif op is _c.ATOMIC_GROUP:
            if not _first_chars(av, out, anchored):
                return False
        elif op is _c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _first_chars(alternative, out, anchored) or empty
            if not empty:
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            least, _most, sub = av
            if not _first_chars(sub, out, anchored) and least > 0:
                return False
        else:  # back-references, conditionals, any character...
            raise _Unbounded
    return True


def _parsed(pattern: str, flags: int) -> Any:
    """`pattern` parsed (`re._parser`), or None where `gated` would not parse it (verbose, inline
    flags) or it does not parse."""
    if flags & _re.VERBOSE or pattern.startswith("(?") and _re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None
    try:
        return _parser.parse(pattern, flags)
    except _re.error:
        return None


def gated(pattern: str, flags: int = 0, parsed: Any = None) -> str | None:
    r"""`pattern` behind a look-ahead for the characters its matches start with
    (`(?=[...])(?:pattern)`: no group added, same matches; `(?:\A|(?=[...]))(?:pattern)` where
    some of its parts can only match at the start of the text), or None when that cannot be
    bounded: verbose patterns, ones that may match the empty string or start with almost any
    character. `parsed`: `pattern` parsed already (`_parsed`), else it is parsed here."""
    # (Case-insensitive patterns are gated too: the look-ahead's class is compiled with the same
    # flag, so it lets in every case form of a start character, as the pattern's own items do.)
    if flags & _re.VERBOSE or pattern.startswith("(?") and _re.match(
            r"\(\?[aiLmsux]+\)", pattern):
        return None
    try:
        out: list[str] = []
        anchored = [False] if not flags & _re.MULTILINE else None
        if _first_chars(parsed if parsed is not None else _parser.parse(pattern, flags), out, anchored):
            return None
    except (_Unbounded, _re.error):
        return None
    if not out and not (anchored and anchored[0]):
        return None
    gate = f"(?=[{''.join(dict.fromkeys(out))}])" if out else "(?!)"
    if anchored and anchored[0]:
        # parts that can only match at the start of the text (`^\W*...`): there, or a start char
        return f"(?:\\A|{gate})(?:{pattern})"
    return f"{gate}(?:{pattern})"


def alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of `pattern` as source text ("a|(b|c)|d" -> a, (b|c), d), or
    None where splitting could change what they match: inline flags, back-references (group
    numbers move), conditionals."""
    if pattern.startswith("(?") and _re.match(r"\(\?[aiLmsux]+\)", pattern) \
            or _re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern):
        return None
    parts, start, depth, at = [], 0, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":  # a class: "]" right after "[" or "[^" is a member, "\]" escaped
            at += 2 if pattern[at + 1:at + 2] == "^" else 1
            at += 1 if pattern[at + 1:at + 2] == "]" else 0
            at += 1
            while at < len(pattern) and pattern[at] != "]":
                at += 2 if pattern[at] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    parts.append(pattern[start:])
    return parts


class AnyOf:
    r"""Whether a long alternation ("a|b|c|...", hundreds of parts) matches anywhere in a text,
    for callers that only test that (`if rx.search(text)`): the same answer as
    `re.search(pattern, text) is not None`, several times faster. A gate (`gated`) lets every
    position whose character any part can start with try all the parts; here the parts are
    searched in groups that share their start characters, each group behind its own, narrower
    gate, so a position is tried only by the parts that can start there. An alternation matches
    somewhere iff one of its parts does, so the answer is the same. Patterns that cannot be
    split safely (`alternatives`) or bounded stay one pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._searches: Any = None  # (`_index`) once first asked

    def _groups(self) -> list[tuple[Any, tuple[str, ...] | None]]:
        """(search, needed) per group: `needed` the texts one of which every match of the
        group contains (None: not known), so a text holding none of them is not searched."""
        parts = alternatives(self.pattern) if not self._flags & (_re.VERBOSE | _re.MULTILINE) else None
        if not parts or len(parts) < 2:
            return [(_re.compile(gated(self.pattern, self._flags) or self.pattern, self._flags).search,
                     None)]
        groups: dict[str, list[str]] = {}
        needs: dict[str, list[str] | None] = {}
        for part in parts:
            out: list[str] = []
            anchored = [False]
            try:
                parsed = _parser.parse(part, self._flags)
                empty = _first_chars(parsed, out, anchored)
            except (_Unbounded, _re.error):
                parsed, empty = None, True
            # parts of no bounded start (or only at the start of the text) share one group
            key = "" if empty or anchored[0] or not out else "".join(sorted(dict.fromkeys(out)))
            groups.setdefault(key, []).append(part)
            need = None if parsed is None or self._flags & _re.IGNORECASE else _needed(list(parsed))
            if need is None:
                needs[key] = None
            elif needs.setdefault(key, []) is not None:
                cast(list, needs[key]).extend(need)
        found = []
        for key, group in groups.items():
            joined = "|".join(f"(?:{part})" for part in group)
            need = needs[key]
            # (a group's parts share their start characters, `key`: its gate is those, written
            # now, as `gated` would work them out by parsing the group again; perf21)
            gate = f"(?=[{key}])(?:{joined})" if key else gated(joined, self._flags)
            found.append((_re.compile(gate or joined, self._flags).search,
                          None if need is None else tuple(dict.fromkeys(need))))
        return found

    def _index(self) -> tuple[list[Any], int, dict[str, int]]:
        """The groups' searches; the groups searched whatever the text (bit `i` for group `i`);
        and, by the first two characters (one for a one-character text) of each text one of
        which their matches contain, the groups that need it: a group is searched only where
        such a start is in the text. (Bit masks and shared keys: ~half the memory of sets.)"""
        searches, always, index = [], 0, {}
        for at, (find, needed) in enumerate(self._groups()):
            searches.append(find)
            if needed is None:
                always |= 1 << at
                continue
            for text in needed:
                key = _sys.intern(text[:2])
                index[key] = index.get(key, 0) | 1 << at
        return searches, always, index

    def __call__(self, text: str) -> bool:
        prepared = self._searches
        if prepared is None:
            prepared = self._searches = self._index()
        searches, mask, index = prepared
        for key in index.keys() & _pieces(text):
            mask |= index[key]
        while mask:  # each group at most once, in the pattern's order
            low = mask & -mask
            if searches[low.bit_length() - 1](text) is not None:
                return True
            mask ^= low
        return False


def _split(pattern: str, flags: int) -> AnyOf | None:
    """`pattern` as an `AnyOf` with its groups built, if it is an alternation of `_PARTS` parts or
    more that `AnyOf` can split (not verbose, not multi-line); else None."""
    if flags & (_re.VERBOSE | _re.MULTILINE) or len(alternatives(pattern) or ()) < _PARTS:
        return None
    parts = AnyOf(pattern, flags)
    parts._searches = parts._index()  # now, at the compile (the warm-up's), not on a message
    return parts


_PIECES: dict[str, frozenset[str]] = {}
"""`_pieces` of the last few texts: the tables of one message are asked about its text, its
folded text, its sentences... one after another."""


def _pieces(text: str) -> frozenset[str]:
    """Every character and pair of adjacent characters of `text`."""
    pieces = _PIECES.get(text)
    if pieces is None:
        pieces = frozenset(text).union([text[at:at + 2] for at in range(len(text) - 1)])
        if len(_PIECES) >= 32:
            _PIECES.clear()
        _PIECES[text] = pieces
    return pieces


def _needed(items: list[Any]) -> list[str] | None:
    """Texts one of which every match of the parsed sequence `items` (compiled without
    IGNORECASE) contains, or None where none can be told: the longest run of literal characters
    of the sequence itself, or of a group of alternatives each of which has one (then any one of
    them), whichever has the longest shortest text."""
    best: list[str] | None = None

    def consider(found: list[str]) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        consider(["".join(run)])
        run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                continue
            sub = list(sub)
            if len(sub) == 1 and sub[0][0] is _c.BRANCH:
                each = [_needed(list(alternative)) for alternative in sub[0][1][1]]
                if all(e is not None for e in each):
                    consider([text for e in each for text in cast(list, e)])
            else:
                inner = _needed(sub)
                if inner is not None:
                    consider(inner)
        elif op is _c.BRANCH:
            each = [_needed(list(alternative)) for alternative in av[1]]
            if all(e is not None for e in each):
                consider([text for e in each for text in cast(list, e)])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _needed(list(av[2]))
            if inner is not None:
                consider(inner)
    consider(["".join(run)])
    return best

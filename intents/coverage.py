"""Does our subject vocabulary explain a message? The coverage half of the honest gate.

Rasa's FallbackClassifier falls back when the top intent is unsure or too close to the next one.
A classifier trained on our subjects is often *sure* about a question it was never meant for:
"who directed Titanic?" looks like "who are your partners?", "iPhone和三星哪个拍照好" like a
question about shooting. So the router also asks whether the words of the message are words our
knowledge and our partners' questions use at all: "Titanic", "VLOOKUP", "奥运会", "대통령" are not,
and an answer that cannot explain them is not an answer to the message.

`Vocabulary.build(kb, lines)` collects every word of the knowledge files (all four languages,
names, descriptions, FAQ questions and answers) and of the intent classifier's in-scope training
lines; `unexplained(text)` returns the message's words it does not know:

- Latin script: words of three letters or more (a plural "s" dropped, five-letter stems of long
  words compared), minus a few function words;
- Chinese and Korean (no spaces to split on): runs of two or more characters none of whose
  neighbouring pairs occur in the vocabulary ("奥运会", "대통령이"); a lone unknown character is
  a particle or a typo, not a word.

Built once per knowledge version (tens of milliseconds); one message costs microseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.text import normalize, standard_vocabulary

_LATIN = re.compile(r"[a-z][a-z0-9']+|[0-9]+[a-z]+[a-z0-9]*")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]+")
# Words every language wraps a question in; they explain nothing and need no knowledge.
FUNCTION_WORDS = frozenset(["the", "and", "for", "with", "you", "your", "yours", "are", "was", "were", "has", "have", "had", "did", "does", "not", "can", "could", "would", "should", "will", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "any", "some", "all", "about", "from", "into", "onto", "our", "ours", "out", "get", "got", "just", "also", "too", "very", "really", "much", "many", "more", "most", "one", "ones", "two", "please", "pls", "thanks", "thank", "hey", "hello", "its", "it's", "i'm", "we're", "you're", "they're", "don't", "can't", "isn't", "what's", "who's", "where's", "how's", "let's", "los", "las", "del", "con", "para", "una", "uno", "unos", "unas", "que", "por", "como", "esta", "este", "esto", "estos", "estas", "ese", "esa", "eso", "hay", "tiene", "tienen", "puede", "pueden", "son", "muy", "mas", "pero", "sus", "nos", "les", "ella", "ellos"])
# An acknowledgement before the next question ("cool. how do I get my company in?", "dale, ¿y
# cuándo es?"): courtesy, no subject of its own, as a greeting is.
FUNCTION_WORDS |= frozenset(["cool", "awesome", "great", "nice", "okay", "sweet", "cheers", "perfect", "brilliant",
                             "alright", "gotcha", "noted", "lovely", "genial", "dale", "listo", "vale", "bueno",
                             "perfecto", "chevere", "bacan", "joya", "super", "buenisimo", "excelente"])
HAN_FUNCTION = frozenset("的了吗呢吧啊是有在和与或也都很就还要想请您你我他她它们个这那哪什么怎几多少吗嘛呀哦")


def pair_code(a: str, b: str) -> int:
    """Two neighbouring characters as one number (a code point takes 21 bits)."""
    return ord(a) << 21 | ord(b)


@dataclass(frozen=True)
class Vocabulary:
    """`pairs`: the neighbouring CJK character pairs, as the sorted int64 `pair_code`s of the
    distinct pairs (bytes). Memory (issue 10's peak RSS bar): ~12,000 two-character strings in a
    frozenset took 1.5 MB at the shipped size; the codes take 0.1 MB, and a pair is found in
    them exactly when it was in the set."""

    words: frozenset[str]
    stems: frozenset[str]
    pairs: bytes

    @classmethod
    def build(cls, texts: Iterable[str]) -> Vocabulary:
        words: set[str] = set()
        pairs: set[str] = set()
        for text in texts:
            norm = normalize(text)
            words.update(_word(w) for w in _LATIN.findall(norm))
            for run in _CJK_RUN.findall(norm):
                pairs.update(run[i:i + 2] for i in range(len(run) - 1))
        codes = np.unique(np.fromiter((pair_code(*pair) for pair in pairs), dtype=np.int64,
                                      count=len(pairs)))
        return cls(frozenset(words), frozenset(w[:5] for w in words if len(w) >= 6), codes.tobytes())

    def has_pairs(self, run: str) -> list[bool]:
        """For each neighbouring pair of `run`, whether the vocabulary holds it."""
        if len(run) < 2:
            return []
        codes = np.frombuffer(self.pairs, dtype=np.int64)
        wanted = np.fromiter((pair_code(run[i], run[i + 1]) for i in range(len(run) - 1)),
                             dtype=np.int64, count=len(run) - 1)
        if not len(codes):
            return [False] * len(wanted)
        at = np.minimum(np.searchsorted(codes, wanted), len(codes) - 1)
        return (codes[at] == wanted).tolist()

    def unexplained(self, text: str) -> list[str]:
        """The words of `text` this vocabulary does not know, in order."""
        norm = normalize(text)
        found = [w for w in _LATIN.findall(norm)
                 if len(w) >= 3 and w not in FUNCTION_WORDS and not self._knows(_word(w))]
        for run in _CJK_RUN.findall(norm):
            found += self._unknown_runs(run)
        return found

    def share(self, text: str) -> float:
        """The part of the message's content (Latin words, CJK characters / 2) left unexplained."""
        norm = normalize(text)
        latin = [w for w in _LATIN.findall(norm) if len(w) >= 3 and w not in FUNCTION_WORDS]
        cjk = sum(len([c for c in run if c not in HAN_FUNCTION]) for run in _CJK_RUN.findall(norm)) / 2
        unknown = self.unexplained(text)
        size = sum(1 for w in unknown if w.isascii()) + sum(len(w) for w in unknown if not w.isascii()) / 2
        return size / max(1.0, len(latin) + cjk)

    def _knows(self, word: str) -> bool:
        return word in self.words or (len(word) >= 6 and word[:5] in self.stems)

    def _unknown_runs(self, run: str) -> list[str]:
        known = [False] * len(run)
        for i, held in enumerate(self.has_pairs(run)):
            if held:
                known[i] = known[i + 1] = True
        for i, ch in enumerate(run):
            if ch in HAN_FUNCTION:
                known[i] = True
        runs, start = [], None
        for i, ok in enumerate([*known, True]):
            if not ok and start is None:
                start = i
            elif ok and start is not None:
                if i - start >= 2:
                    runs.append(run[start:i])
                start = None
        return runs


def _word(word: str) -> str:
    word = word.removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_CACHE: dict[str, Vocabulary] = {}


def vocabulary(kb) -> Vocabulary:
    """The vocabulary of one knowledge version: its texts, the in-scope training lines, the
    words of `intents.lexicon`'s tables and the standard words slang is read as (`core/variants`:
    "pelis" arrives as "películas", a word about films whether or not a text of ours uses it),
    built once per version."""
    found = _CACHE.get(kb.version)
    if found is None:
        from intents import lexicon
        from intents.understand import intent_lines

        tables = [p for table in (lexicon.FACTS, lexicon.GAPS, lexicon.GAP_SUBJECTS, lexicon.WORK_STATUS)
                  for _, p in table]
        patterns = [rx.pattern for rx in (lexicon.PAST, lexicon.UPCOMING, lexicon.CATALOG_WHOLE, lexicon.ALL_TITLES, lexicon.CATALOG_MAKEUP, lexicon.HOW,
                                          lexicon.IN_CHARGE, lexicon.NEXT_ONE, lexicon.OTHER_EVENTS, lexicon.THIS_YEAR, lexicon.NEXT_YEAR)]
        texts = [text for _kind, _lang, text in kb.texts()]
        lines = [text for text, intent in intent_lines() if intent != "out_of_scope"]
        # Each distinct text once: the words are a set, and records copied or sharing a text
        # (100x the knowledge is mostly repeats) need not be normalized again.
        found = Vocabulary.build(dict.fromkeys([
            *texts, *lines, *tables, *patterns, *lexicon.COUNTRY_WORDS, *lexicon.ORDINAL_WORDS,
            *standard_vocabulary()]))
        # The one built here is returned, not read back: the start-up's warm-up (`bot.app`) may
        # build it in another thread at the same time, and clear the cache in between.
        _CACHE.clear()
        _CACHE[kb.version] = found
    return found

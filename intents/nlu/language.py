"""Which of our four languages a message is written in, or None when it is not clear.

Scripts decide Chinese and Korean: Hangul means Korean, Han characters Chinese, and Japanese
kana means none of ours. Mixed messages go to the script that carries more of the message (a
Chinese sentence with "Ming palace" in it is Chinese; "can we film at 秦王宫" is English).
Latin text is English or Spanish by a small naive Bayes model (words and character n-grams)
trained on our own training files, so nothing is downloaded and the vocabulary is the film
business's. Too little evidence ("ok", "👍", "2025") gives None, and the caller falls back to
the partner's saved language. Chat tokens that English and Spanish writers type alike ("ok",
"lol", "xd") are no evidence at all: they are not counted as words, so "ok" alone is None and
"ok gracias" is as Spanish as "gracias".
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import Lang
from core.text import CJK_CHARS, HAN, HANGUL, KANA, KANA_CHARS, fold

log = logging.getLogger(__name__)

LATIN_WORD = re.compile(r"[^\W\d_]+")  # letters only; CJK runs are removed before this is used
CJK_ANY = re.compile(f"[{CJK_CHARS}{KANA_CHARS}]")
LATIN_COURTESY = re.compile(r"\b(ok(ay)?|thanks?( you)?|thx|ty|pls|plz|please|hi|hello|hey|sorry|bye|gracias|hola|vale|dale)\b", re.IGNORECASE)

# Characters that only appear in running Chinese, never in a set's name: their presence means
# the message is written in Chinese, not that it quotes a Chinese name.
ZH_GRAMMAR = set("的了吗呢吧是有我你您们在想要请问什么怎么哪几可以能这那个和跟给")

# How many characters make one word's worth of evidence (Chinese words are ~1.5 characters,
# Korean words ~2 syllables); a Latin word counts 1.
HAN_PER_WORD = 1.5
HANGUL_PER_WORD = 2.0
ZH_GRAMMAR_BONUS = 2.0
# A Hangul word ending in a particle or a sentence ending ("장르가 뭐노", "몇 부작이야"): running
# Korean around a title typed in English, not a Korean name quoted in an English sentence.
KO_GRAMMAR = re.compile(r"[\uac00-\ud7af][가는를은이에요까노고야나죠다니래](?![\uac00-\ud7af])")
KO_GRAMMAR_BONUS = 2.0

TOKEN_CAP = 4.0
"""Largest evidence a single word can give, so one odd word does not outvote a sentence."""
THRESHOLD = 1.5
"""Total log-likelihood ratio needed to call Latin text English or Spanish (e^1.5 ≈ 4.5:1)."""
ONE_WORD_THRESHOLD = 3.0
"""A one-word message needs more: "hola" and "thanks" are clear, "ok", "no", "menu" are not."""
ALPHA = 0.5
"""Additive smoothing of the naive Bayes counts."""
NEUTRAL_TOKENS = frozenset({"ok", "okay", "okey", "oki", "k", "kk", "lol", "xd", "omg", "wow"})
"""Chat words of no language: written the same by English and Spanish writers, so whatever
skew our training files give them ("ok" leans English there) is an accident of the files,
not evidence. Dropped before scoring and before training, and never counted as a word."""


EVIDENCE_KEPT = 20_000
"""Distinct words whose evidence a model keeps (a few MB at most): partners reuse most words."""


@dataclass(frozen=True)
class LatinModel:
    """Log-likelihood ratios log P(feature | es) - log P(feature | en) for words and n-grams."""

    words: Mapping[str, float]
    grams: Mapping[str, float]
    # word -> `token_evidence`: a pure function of the word, and most words of a message were
    # seen before; one look-up instead of its ~3 n-grams per letter (~1 ms a Latin message)
    _evidence: dict[str, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def train(cls, english: Iterable[str], spanish: Iterable[str]) -> LatinModel:
        en_words, en_grams = _count(english)
        es_words, es_grams = _count(spanish)
        return cls(_ratios(es_words, en_words), _ratios(es_grams, en_grams))

    def token_evidence(self, token: str) -> float:
        """Spanish (> 0) or English (< 0) evidence of one lower-cased word, capped."""
        known = self._evidence.get(token)
        if known is not None:
            return known
        grams = _grams(token)
        char = sum(self.grams.get(g, 0.0) for g in grams) / max(len(grams), 1)
        total = self.words.get(fold(token), 0.0) + char
        evidence = max(-TOKEN_CAP, min(TOKEN_CAP, total))
        if len(self._evidence) >= EVIDENCE_KEPT:
            self._evidence.clear()
        self._evidence[token] = evidence
        return evidence

    def score(self, text: str) -> float:
        """Sum of token evidence: positive means Spanish, negative English."""
        return sum(self.token_evidence(tok) for tok in _latin_tokens(text))


def _latin_tokens(text: str) -> list[str]:
    lowered = unicodedata.normalize("NFKC", text).lower()
    tokens = [tok for tok in LATIN_WORD.findall(CJK_ANY.sub(" ", lowered))
              if tok not in NEUTRAL_TOKENS]
    return tokens + [mark for mark in lowered if mark in "¿¡"]


def _grams(token: str) -> list[str]:
    """Character 1-3-grams of the word padded with boundary marks (accents kept: they are
    evidence of Spanish)."""
    padded = f"<{token}>"
    return [padded[i:i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)
            if padded[i:i + n] not in ("<", ">")]


def _count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    # Each distinct token's n-grams are counted once, times its count: the same counts as
    # token by token, at a third of the cost (trained at every start).
    tokens: Counter[str] = Counter(token for text in texts for token in _latin_tokens(text))
    words: Counter[str] = Counter()
    grams: Counter[str] = Counter()
    for token, count in tokens.items():
        words[fold(token)] += count
        for gram in _grams(token):
            grams[gram] += count
    return words, grams


def _ratios(spanish: Counter[str], english: Counter[str]) -> dict[str, float]:
    vocab = set(spanish) | set(english)
    es_total = sum(spanish.values()) + ALPHA * len(vocab)
    en_total = sum(english.values()) + ALPHA * len(vocab)
    return {f: math.log((spanish[f] + ALPHA) / es_total) - math.log((english[f] + ALPHA) / en_total)
            for f in vocab}


@dataclass(frozen=True)
class LanguageDetector:
    """Script rules plus the English/Spanish model; `detect` is all callers need."""

    latin: LatinModel
    threshold: float = THRESHOLD

    @classmethod
    def train(cls, english: Iterable[str], spanish: Iterable[str]) -> LanguageDetector:
        return cls(LatinModel.train(english, spanish))

    def detect(self, text: str) -> Lang | None:
        """en, es, zh or ko when the message is clearly in it, else None."""
        script = script_language(text)
        if script != "latin":
            return script
        if _courtesy_only(text):
            return None  # "thanks bye", "ok thx" in a chat held in Chinese: no switch to English
        score = self.latin.score(text)
        single = len(_latin_tokens(text)) == 1
        if abs(score) < (max(self.threshold, ONE_WORD_THRESHOLD) if single else self.threshold):
            return None
        return "es" if score > 0 else "en"


# English chat courtesies that any partner types whatever language the chat is held in ("thanks
# bye", "ok thx", "cheers"): alone they say nothing of the language to answer in. Chinese chat's
# "3Q" ("thank you" read aloud) is in Latin letters too, and says no more of Spanish or English
EN_COURTESY = re.compile(r"\b(ok(ay)?|k|thanks?( (you|a lot|so much))?|thank u|thx|thnx|tks|ty|tysm|3q|cheers|bye( bye)?|byebye|goodbye"
                         r"|see (you|ya|u)|cya|good ?night|gn|lol)\b", re.IGNORECASE)


# Courtesies in full English words ("thanks", "thank you", "bye", "goodbye", "see you", "cheers"), not
# the chat shorthand any partner types ("ok", "thx", "3q")
EN_COURTESY_WORDS = re.compile(r"\b(thanks|thank you|bye|goodbye|see you|cheers|have a (good|great|nice) (day|one|shoot))\b", re.IGNORECASE)


def english_goodbye(text: str) -> bool:
    """"thanks, bye!", "thank you, see you": a courtesy of two English phrases and nothing else,
    plainly English, though too short to move the chat's language (`_courtesy_only`): the reply
    to it may be in English without the chat's language changing."""
    return _courtesy_only(text) and len(EN_COURTESY_WORDS.findall(text)) >= 2 and script_language(text) == "latin"


def _courtesy_only(text: str) -> bool:
    """Only English chat courtesies ("thanks bye", "ok thx!"), nothing else written."""
    rest = EN_COURTESY.sub(" ", text)
    return bool(EN_COURTESY.search(text)) and not LATIN_WORD.findall(rest)


def script_language(text: str) -> Lang | None | str:
    """"zh", "ko", None (Japanese, or no letters at all) or "latin" (ask the Latin model)."""
    hangul = len(HANGUL.findall(text))
    han_chars = HAN.findall(text)
    kana = len(KANA.findall(text))
    latin_part = CJK_ANY.sub(" ", text)
    if hangul or han_chars:
        # "OK thanks, 我要 contact person": the courtesy around it is no language of the request
        latin_part = LATIN_COURTESY.sub(" ", latin_part)
    latin = len(LATIN_WORD.findall(latin_part))
    if kana and kana >= hangul:
        return None
    han = len(han_chars) / HAN_PER_WORD
    chinese_grammar = any(ch in ZH_GRAMMAR for ch in han_chars)
    if chinese_grammar:
        han += ZH_GRAMMAR_BONUS
    korean = hangul / HANGUL_PER_WORD
    if korean and KO_GRAMMAR.search(text):
        korean += KO_GRAMMAR_BONUS
    if max(han, korean) > latin:
        # Chinese writers never type Hangul, Korean writers do quote Chinese names (紫禁城):
        # Hangul wins unless the Han part reads as a Chinese sentence.
        return "ko" if korean and (korean >= han or not chinese_grammar) else "zh"
    return "latin" if latin else None


DETECTOR_CACHE = "language-detector.json"
_SOURCES = (Path(__file__), Path(__file__).with_name("data.py"),
            Path(__file__).resolve().parents[2] / "core" / "text.py")
"""The code a trained detector depends on (this model, how training lines are read, `fold`)."""
_default: LanguageDetector | None = None
_default_lock = threading.Lock()


def default_detector(cache_dir: Path | None = None) -> LanguageDetector:
    """Trained once per process on the English and Spanish training files in intents/data.
    With `cache_dir` (start-up passes BOT_DATA_DIR/nlu) it is read from there when those files
    and the code in `_SOURCES` are the ones it was trained from, and written there after
    training: counting the n-grams of ~2,000 lines was ~90 ms of every start.

    Why kept here rather than passed around: it is read-only, derived from files shipped
    with the code (not the knowledge base), and `detect` is called from places with no context.
    """
    global _default
    with _default_lock:
        if _default is None:
            _default = _load_or_train(cache_dir)
        return _default


def _load_or_train(cache_dir: Path | None) -> LanguageDetector:
    from intents.nlu.data import load_training, training_path

    digest = hashlib.sha256()
    for path in (*_SOURCES, training_path("en"), training_path("es")):
        digest.update(path.read_bytes() if path.exists() else b"-")
        digest.update(b"\0")
    key, cached = digest.hexdigest(), cache_dir / DETECTOR_CACHE if cache_dir else None
    if cached is not None and cached.exists():
        try:  # plain JSON we wrote; anything odd means training again, never an error
            saved = json.loads(cached.read_text("utf-8"))
            if saved["key"] == key:
                return LanguageDetector(LatinModel(dict(saved["words"]), dict(saved["grams"])))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    data = load_training(langs=("en", "es"))
    english = [ex.text for ex in data["en"].examples] if "en" in data else []
    spanish = [ex.text for ex in data["es"].examples] if "es" in data else []
    detector = LanguageDetector.train(english, spanish)
    if cached is not None:
        _write(cached, {"key": key, "words": dict(detector.latin.words),
                        "grams": dict(detector.latin.grams)})
    return detector


def _write(path: Path, doc: dict) -> None:
    """Atomically (temporary file + rename); a folder we cannot write is only a slower start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("language detector not cached in %s: %s", path, exc)


# The commonest words of languages we do not answer in, that English and Spanish do not share
# ("die", "was", "es", "la", "le", "les", "sur", "che" are left out: they are English or Spanish
# words too). Portuguese is left out on purpose: Latin American partners mix it into Spanish
# ("oi, a gente es de Brasil… obrigado") and are answered in Spanish.
OTHER_LATIN_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(["ich", "wir", "ihr", "und", "nicht", "ist", "sind", "habt", "haben", "gibt", "für", "mit", "auf", "bitte", "danke", "guten", "welche", "welcher", "welches", "können", "könnt", "kann", "möchten", "möchte", "gerne", "der", "das", "dem", "den", "ein", "eine", "einen", "einem", "euch", "uns", "mich", "mir", "auch", "noch", "schon", "wie", "wo", "wann", "über", "zum", "zur", "vom", "bei", "kein", "keine", "sehr", "vielen", "dank", "hier", "drehen", "unsere", "unser", "eure", "euer", "gibt's", "würden"]),
    "fr": frozenset(["je", "nous", "vous", "avez", "avons", "est", "sont", "des", "une", "pour", "avec", "dans", "pas", "quels", "quelles", "quel", "quelle", "bonjour", "merci", "oui", "plaît", "peux", "pouvez", "voudrais", "voudrions", "aimerions", "c'est", "qu'est", "tournage", "tourner", "décors", "beaucoup", "aussi", "très", "votre", "vos", "notre", "nos", "êtes"]),
    "it": frozenset(["ciao", "buongiorno", "grazie", "avete", "siete", "sono", "della", "delle", "degli", "vorremmo", "vorrei", "girare", "questo", "questa", "quali", "anche", "molto", "nostro", "nostra", "vostro", "vostra"]),
}
# Courtesy known the world over: a message of these words alone ("merci beaucoup", "vielen Dank",
# "grazie mille") is a thanks, greeting or goodbye, answered as such, not a language we lack.
COURTESY_WORDS = frozenset(["merci", "beaucoup", "bonjour", "bonsoir", "salut", "au", "revoir", "danke", "dank",
                            "vielen", "schön", "sehr", "tschüss", "hallo", "grazie", "mille", "tante", "ciao",
                            "arrivederci", "buongiorno"])
OTHER_SHARE = 0.3  # the share of a message's words that must be that language's commonest words
OTHER_WORDS_MIN = 2
OTHER_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def other_language(text: str) -> str | None:
    """"Hallo, welche Drehorte habt ihr?", "Bonjour, vous avez des décors de palais ?": the code of
    a language we do not answer in that a message in Latin letters is plainly written in (at
    least two of its commonest words, a third of the words), else None. A word or two of it in
    English or Spanish ("gracias, Danke!", "obrigado"), or courtesy alone ("merci beaucoup",
    `COURTESY_WORDS`), is no such message."""
    if script_language(text) != "latin":
        return None
    words = [w.lower() for w in OTHER_WORD.findall(text)]
    if len(words) < 2 or all(w in COURTESY_WORDS for w in words):
        return None
    for code, common in OTHER_LATIN_WORDS.items():
        hits = sum(w in common for w in words)
        if hits >= OTHER_WORDS_MIN and hits / len(words) >= OTHER_SHARE:
            return code
    return None


def detect(text: str, detector: LanguageDetector | None = None) -> Lang | None:
    """The language a message is clearly written in (en, es, zh, ko), else None."""
    return detector.detect(text) if detector else _detect_default(text)


@lru_cache(maxsize=256)  # the Brain detects a message before reading its slang and again after
def _detect_default(text: str) -> Lang | None:
    return default_detector().detect(text)

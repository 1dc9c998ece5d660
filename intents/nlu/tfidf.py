"""TF-IDF features of a trained model without importing scikit-learn (~0.9 s and ~65 MB).

`Tfidf` reproduces `sklearn.feature_extraction.text.TfidfVectorizer.transform` for the two
configurations `intents.nlu.classifier` trains (see `_vectorizers` there): a `char_wb`
analyzer over the `normalize`d message, and a `word` analyzer over already-normalised text
split by `word_tokens`; raw counts, `1 + log(tf)` when `sublinear_tf`, times the fitted idf,
rows scaled to unit L2 norm. scikit-learn is only needed to train the classifier; a persisted
model is loaded into `Tfidf` and a test checks the two give the same matrix. `Tfidf.fit_transform`
fits the FAQ selector's blocks the same way (as `intents.nlu.sparse.Rows`, without scipy either),
so answering never imports scikit-learn.
"""

from __future__ import annotations

import math
import os
import re
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from intents.nlu.sparse import Rows

if TYPE_CHECKING:
    import scipy.sparse as sp

_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, padded with a space (sklearn's `char_wb`)."""
    text = _WHITE_SPACES.sub(" ", text)
    grams: list[str] = []
    for word in text.split():
        word = f" {word} "
        size = len(word)
        for n in range(low, high + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:  # a word shorter than n counts once
                break
    return grams


def word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    """Token n-grams joined by a space (sklearn's `_word_ngrams` without stop words)."""
    if high == 1:
        return tokens
    grams = list(tokens) if low == 1 else []
    low = max(low, 2)
    for n in range(low, min(high + 1, len(tokens) + 1)):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


class Tfidf:
    """A fitted vectorizer: `vocabulary_` (term -> column), `idf_`, `transform(texts)`."""

    def __init__(self, vocabulary: Sequence[str] | np.ndarray, idf: np.ndarray,
                 analyze: Callable[[str], list[str]], sublinear_tf: bool) -> None:
        # The terms as one sorted array, looked up by binary search (`term_columns`): a dict of
        # every term held ~8 MB of Python strings for the intent classifier's 62,000 terms, and
        # took ~25 ms to build at each start. Fitted vocabularies are sorted (scikit-learn's
        # and `fit_transform`'s), so a term's place in the array is its column.
        self.names = term_array(vocabulary)
        if len(self.names) > 1 and not bool((self.names[:-1] < self.names[1:]).all()):
            raise ValueError("vocabulary is not in sorted order")
        self.idf_ = np.asarray(idf, dtype=np.float64)
        if self.idf_.shape != (len(self.names),):
            raise ValueError("idf does not match the vocabulary")
        self.analyze = analyze
        self.sublinear_tf = sublinear_tf

    @property
    def vocabulary_(self) -> dict[str, int]:
        """term -> column, as scikit-learn's vectorizers have it (built when asked: answering
        looks terms up in `names`)."""
        return {term: i for i, term in enumerate(term_names(self.names))}

    @classmethod
    def fit_transform(cls, texts: Sequence[str], analyze: Callable[[str], list[str]],
                      sublinear_tf: bool, weights: Sequence[int] | None = None) -> tuple[Tfidf, Rows]:
        """Fitted as `TfidfVectorizer(...).fit_transform(texts)` with its defaults (smooth idf,
        no min/max df, terms in sorted order, idf = ln((1 + n) / (1 + df)) + 1), in one pass.
        `weights`: how often each text occurs (identical texts vectorized once); the idf is the
        one of the texts repeated. Rows hold their entries in the order scipy's matrix did
        (descending columns: see `intents.nlu.sparse`)."""
        columns: dict[str, int] = {}
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for text in texts:
            for term, count in Counter(analyze(text)).items():
                indices.append(columns.setdefault(term, len(columns)))
                counts.append(count)
            indptr.append(len(indices))
        vocabulary = sorted(columns)
        rank = np.empty(len(columns), dtype=np.int64)  # first-seen column -> sorted column
        for new, term in enumerate(vocabulary):
            rank[columns[term]] = new
        cols = rank[np.asarray(indices, dtype=np.int64)]
        pointers = np.asarray(indptr, dtype=np.int64)
        if weights is None:
            documents = len(texts)
            df = np.bincount(cols, minlength=len(vocabulary)).astype(np.float64)
        else:  # whole numbers, so the same float sums as counting each copy
            documents = int(sum(weights))
            df = np.bincount(cols, weights=np.repeat(np.asarray(weights, dtype=np.float64),
                                                     np.diff(pointers)), minlength=len(vocabulary))
        idf = np.log((1.0 + documents) / (1.0 + df)) + 1.0
        tf = np.asarray(counts, dtype=np.float64)
        if sublinear_tf:
            tf = np.log(tf) + 1.0
        values = tf * idf[cols]
        row = np.repeat(np.arange(len(texts)), np.diff(pointers))
        ordered = np.lexsort((cols, row))  # scipy's sort_indices
        rows = Rows(pointers, cols[ordered], values[ordered], len(vocabulary))
        return cls(vocabulary, idf, analyze, sublinear_tf), rows.scaled(1.0 / rows.norms()).reversed()

    def get_feature_names_out(self) -> np.ndarray:
        """Terms by column, as scikit-learn's vectorizers give them."""
        return np.array(term_names(self.names), dtype=object)

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """One text's L2-normalised TF-IDF row: its columns (ascending) and values."""
        found = term_columns(self.names, self.analyze(text))
        columns, counts = np.unique(found[found >= 0], return_counts=True)
        tf = counts.astype(np.float64)
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        row = tf * self.idf_[columns] if len(columns) else tf
        # Summed in column order, as scikit-learn's row normalisation does: the same bits.
        norm = math.sqrt(sum(x * x for x in row.tolist()))
        if norm > 0:
            row = row / norm
        return columns.astype(np.int64), row

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """One L2-normalised TF-IDF row per text (CSR, float64)."""
        import scipy.sparse as sp  # training and evaluation only: answering uses `row`

        indptr, indices, values = [0], [], []
        for text in texts:
            columns, row = self.row(text)
            indices.extend(columns.tolist())
            values.extend(row.tolist())
            indptr.append(len(indices))
        return sp.csr_matrix((np.array(values, dtype=np.float64),
                              np.array(indices, dtype=np.int32), np.array(indptr)),
                             shape=(len(texts), len(self.names)))


ENCODING = ("utf-8", "surrogatepass")
"""How terms are held as bytes (`term_array`); `surrogatepass` keeps a lone surrogate (it can
come in a message) in code point order too."""


def term_array(terms: Sequence[str] | np.ndarray) -> np.ndarray:
    """Sorted terms as one array of their UTF-8 bytes (numpy `S`), searched by `term_columns`.
    Memory (issue 10's peak RSS bar): a `str` array stores every term in UTF-32 at the longest
    term's width, ~2.6 MB for the intent classifier's 62,000 terms and 3 MB for the FAQ
    selector's (kept on disk and memory-mapped, so resident too); as UTF-8 bytes they take
    ~1.1 and ~1 MB. UTF-8 orders bytes as code points are ordered, and `S` compares bytes
    as `str` arrays compare code points, so a sorted vocabulary stays sorted, each term keeps its
    column and a search finds the same one (both kinds drop trailing NULs alike: "a\\0" finds "a"
    in either, tested). Arrays already of either kind (read from an index on disk) are kept as
    they are."""
    if isinstance(terms, np.ndarray) and terms.dtype.kind == "S":
        return terms
    listed = terms.tolist() if isinstance(terms, np.ndarray) else list(terms)
    if not listed:
        return np.zeros(0, dtype="S1")
    return np.array([term.encode(*ENCODING) for term in listed], dtype=bytes)


def term_names(names: np.ndarray) -> list[str]:
    """The terms of a `term_array` (or a `str` array) as strings, by column."""
    if names.dtype.kind == "S":
        return [name.decode(*ENCODING) for name in names.tolist()]
    return names.tolist()


def term_columns(names: np.ndarray, terms: list[str]) -> np.ndarray:
    """The column of each of `terms` in the sorted array `names` (a `term_array`, or a `str`
    array), -1 for a term not in it."""
    if not terms or not len(names):
        return np.full(len(terms), -1, dtype=np.int64)
    # A term longer than the array's items cannot be one of them, and searching for it would
    # make numpy cast the whole vocabulary to the wider type first (a copy of every term at each
    # call, ~0.2-0.3 ms, and every page of a memory-mapped vocabulary made resident): such terms
    # are left out of the search, the others searched at the array's own width (no cut: each
    # fits, trailing NULs being padding in either kind).
    if names.dtype.kind == "S":
        width = names.dtype.itemsize
        keys: list = [term.encode(*ENCODING) for term in terms]
        fits = [len(key.rstrip(b"\0")) <= width for key in keys]
    elif names.dtype.kind == "U":
        width = names.dtype.itemsize // 4
        keys = list(terms)
        fits = [len(key.rstrip("\0")) <= width for key in keys]
    else:  # any other array: searched as it is
        wanted = np.array(terms, dtype=str)
        at = np.minimum(np.searchsorted(names, wanted), len(names) - 1)
        return np.where(names[at] == wanted, at, -1)
    if all(fits):
        wanted = np.array(keys, dtype=names.dtype)
        at = np.minimum(np.searchsorted(names, wanted), len(names) - 1)
        return np.where(names[at] == wanted, at, -1)
    found = np.full(len(terms), -1, dtype=np.int64)
    if any(fits):
        wanted = np.array([key for key, ok in zip(keys, fits, strict=True) if ok], dtype=names.dtype)
        at = np.minimum(np.searchsorted(names, wanted), len(names) - 1)
        found[np.flatnonzero(fits)] = np.where(names[at] == wanted, at, -1)
    return found


def row_dot(columns: np.ndarray, values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """One sparse row times a dense (features x k) matrix, adding the terms one after the other
    in the row's order, as scipy's `csr_matvecs` does (summing over axis 0 of a C-ordered array
    is such a sequence; `tests/test_nlu_tfidf.py` checks the bits)."""
    if not len(columns):
        return np.zeros(weights.shape[1])
    return np.add.reduce(values[:, None] * weights[columns], axis=0)


class WeightRows:
    """Rows of a (features x classes) float64 `.npy` file, read from the file a few at a time
    (`weights[columns]`, as `row_dot` asks): the intent classifier's weights are 8 MB and a
    message needs ~100 rows of 128 bytes. Memory-mapped, each row's first touch would map the
    kernel's 64 KB fault-around window, so after a message or two the whole file is resident
    anyway; read with `pread` (~1 µs a row), only the rows asked for are copied (from the page
    cache), so the weights count neither in the bot's memory nor in its peak. The values are the
    file's bits. (Gathered through the map with its pages given back right after, the gather
    made the whole file resident for a moment in every message, which the peak RSS counted:
    see `intents.nlu.sparse.StoredColumn`.)"""

    def __init__(self, path: Path, first: int = 0, rows: int | None = None) -> None:
        with path.open("rb") as f:
            version = np.lib.format.read_magic(f)
            read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)
            shape, fortran, dtype = read_header(f)
            header = f.tell()
        if len(shape) != 2 or fortran or dtype != np.dtype("<f8"):
            raise ValueError(f"{path}: not a C-ordered float64 matrix")
        self.width = shape[1]
        self.row_bytes = self.width * 8
        self.first = first
        self.height = shape[0] - first if rows is None else rows
        if first < 0 or first + self.height > shape[0]:
            raise ValueError(f"{path}: rows {first}..{first + self.height} outside {shape[0]}")
        self.path = path
        self._fd = os.open(path, os.O_RDONLY)
        self._start = header + first * self.row_bytes
        weakref.finalize(self, os.close, self._fd)

    @property
    def shape(self) -> tuple[int, int]:
        return self.height, self.width

    def block(self, first: int, rows: int) -> WeightRows:
        """Rows `first` .. `first + rows - 1` of this block as a block of their own."""
        return WeightRows(self.path, self.first + first, rows)

    def __getitem__(self, columns: np.ndarray) -> np.ndarray:
        """The rows at `columns` (in that order), shape (len(columns), width)."""
        at = [int(c) for c in columns]
        if any(c < 0 or c >= self.height for c in at):
            raise IndexError("row outside the weights")
        size, start, fd = self.row_bytes, self._start, self._fd
        data = b"".join([os.pread(fd, size, start + c * size) for c in at])
        if len(data) != size * len(at):
            raise OSError(f"{self.path}: short read")
        return np.frombuffer(data, dtype="<f8").reshape(len(at), self.width)

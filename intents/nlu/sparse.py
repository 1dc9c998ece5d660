"""Sparse TF-IDF rows with numpy alone: scipy.sparse costs ~19 MB and ~0.3 s to import, and the
FAQ selector needs only a few of its operations.

`Rows` is CSR (`indptr`, `indices`, `data`). Floating-point sums depend on their order, and the
selector's scores must keep the bits they had when scipy computed them (the answer ranker was
fitted on those numbers; `tests/test_faq_selector_bits.py` compares with scipy). So every
operation here adds in the order scipy's does:

* a row's sum (scipy's `sum(axis=1)`) is `np.add.reduceat` over the row's values as stored;
* scipy's sparse products (`diags(s) @ rows`, `rows.multiply(rows)` on unsorted rows) emit each
  row's entries in reverse order: `reverse` does the same;
* a product with a vector (scipy's `csr_matvec`) adds a row's terms one after the other in the
  row's order, starting from 0.0. `Columns.dot` does that column by column: when every row is
  stored in one global column order (`order`), visiting the vector's columns in that order
  gives each row its terms in the same sequence. Terms of zero are skipped, which changes
  nothing: every value is >= 0, and x + 0.0 is x.
"""

from __future__ import annotations

import mmap
import os
import weakref
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Rows:
    """CSR rows: row i holds `indices[indptr[i]:indptr[i+1]]` with `data` of the same slice."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    width: int

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def lengths(self) -> np.ndarray:
        return np.diff(self.indptr)

    def row_sums(self, values: np.ndarray | None = None) -> np.ndarray:
        """Each row's sum of `values` (default `data`), as scipy's `sum(axis=1)` adds them."""
        values = self.data if values is None else values
        sums = np.zeros(len(self))
        filled = np.flatnonzero(self.lengths())
        if len(filled):
            sums[filled] = np.add.reduceat(values, self.indptr[filled])
        return sums

    def norms(self) -> np.ndarray:
        """L2 norm of each row (1.0 for an empty one, as scikit-learn's `normalize`)."""
        norms = np.sqrt(self.row_sums(self.data * self.data))
        norms[norms == 0] = 1.0
        return norms

    def scaled(self, factors: np.ndarray | float) -> Rows:
        """Row i times `factors[i]` (or every value times one number)."""
        scale = np.repeat(factors, self.lengths()) if isinstance(factors, np.ndarray) else factors
        return Rows(self.indptr, self.indices, self.data * scale, self.width)

    def reversed(self) -> Rows:
        """Each row's entries in reverse order (what scipy's sparse products produce)."""
        if not len(self.data):
            return self
        row = np.repeat(np.arange(len(self)), self.lengths())
        # Within a row, position p goes to end - 1 - (p - start).
        order = self.indptr[row] + self.indptr[row + 1] - 1 - np.arange(len(self.data))
        return Rows(self.indptr, self.indices[order], self.data[order], self.width)

    def hstack(self, other: Rows) -> Rows:
        """Each row's entries followed by the same row of `other` (columns after ours)."""
        lengths, other_lengths = self.lengths(), other.lengths()
        indptr = np.concatenate([[0], np.cumsum(lengths + other_lengths)])
        ours = np.repeat(indptr[:-1] - self.indptr[:-1], lengths) + np.arange(len(self.data))
        theirs = np.ones(indptr[-1], dtype=bool)
        theirs[ours] = False
        indices = np.empty(indptr[-1], dtype=np.int64)
        data = np.empty(indptr[-1])
        indices[ours], data[ours] = self.indices, self.data
        indices[theirs], data[theirs] = other.indices + self.width, other.data
        return Rows(indptr, indices, data, self.width + other.width)

    def take(self, rows: np.ndarray) -> Rows:
        """Only rows `rows`, in that order."""
        lengths = self.lengths()[rows]
        where = _spans(self.indptr[rows], lengths)
        return Rows(np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
                    self.indices[where], self.data[where], self.width)

    def toarray(self) -> np.ndarray:
        dense = np.zeros((len(self), self.width))
        dense[np.repeat(np.arange(len(self)), self.lengths()), self.indices] = self.data
        return dense


@dataclass(frozen=True)
class Columns:
    """The same rows stored by column (for products with a message's few columns): column c
    holds the rows `rows[colptr[c]:colptr[c+1]]` (ascending) with their `values`; `rank[c]` is
    the column's place in the order every row's entries follow."""

    colptr: np.ndarray
    rows: np.ndarray | StoredColumn
    values: np.ndarray | StoredColumn
    rank: np.ndarray
    height: int

    @classmethod
    def of(cls, rows: Rows, rank: np.ndarray) -> Columns:
        """By column; `rank` (column -> place) must sort every row's stored entries."""
        row = np.repeat(np.arange(len(rows), dtype=np.int32), rows.lengths())
        by_column = np.lexsort((row, rows.indices))
        counts = np.bincount(rows.indices, minlength=rows.width)
        colptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        return cls(colptr, row[by_column], rows.data[by_column], rank.astype(np.int64), len(rows))

    def dot(self, columns: np.ndarray, values: np.ndarray) -> np.ndarray:
        """Every row times the vector that is `values` at `columns` (0 elsewhere): one number
        per row, each row's terms added in its stored order, as scipy's `csr_matvec`."""
        out = np.zeros(self.height)
        if not len(columns):
            return out
        order = np.argsort(self.rank[columns], kind="stable")
        columns, values = columns[order], values[order]
        starts, ends = self.colptr[columns], self.colptr[columns + 1]
        lengths = ends - starts
        factors = np.repeat(values, lengths)
        # ufunc.at adds repeated indices one after the other, in array order.
        np.add.at(out, take_spans(self.rows, starts, lengths),
                  take_spans(self.values, starts, lengths) * factors)
        return out

    def products(self, queries: Rows, block: int = 250_000) -> np.ndarray:
        """(len(queries), height): each query row times every row, as scipy's sparse product
        `queries @ rows.T` adds (the query's entries in its stored order, which must follow
        `rank` too). In blocks of about `block` terms."""
        out = np.zeros((len(queries), self.height))
        counts = np.diff(self.colptr)[queries.indices]
        owner = np.repeat(np.arange(len(queries)), queries.lengths())
        per_query = np.bincount(owner, weights=counts, minlength=len(queries)).astype(np.int64)
        start = 0
        while start < len(queries):
            stop, total = start + 1, int(per_query[start])
            while stop < len(queries) and total + per_query[stop] <= block:
                total += int(per_query[stop])
                stop += 1
            lo, hi = queries.indptr[start], queries.indptr[stop]
            columns = queries.indices[lo:hi]
            query_row = np.repeat(np.arange(start, stop), queries.lengths()[start:stop])
            starts, ends = self.colptr[columns], self.colptr[columns + 1]
            where = _spans(starts, ends - starts)
            target = np.repeat(query_row * self.height, ends - starts) + self.rows[where]
            np.add.at(out.reshape(-1), target,
                      np.repeat(queries.data[lo:hi], ends - starts) * self.values[where])
            start = stop
        return out


class StoredColumn:
    """A 1-D array memory-mapped from an `.npy` file (the FAQ selector's `rows` and `values`,
    as `intents.selector_store` reads them), whose spans a message asks for are read with
    `pread` rather than through the map. Each first touch of a mapped page maps the kernel's
    64 KB fault-around window (on this machine's kernel, 6.18, the whole page-cache folio
    around it, up to 2 MB), so a message's ~70 columns made most of both files (4.5 MB at the
    shipped size) resident within a message or two; read, only the values asked for are copied,
    from the page cache, and they are the file's bits. A gather through the map with the pages
    given back right after it (`MADV_DONTNEED`, as `intents.e5_pages` does for the e5 token
    table) saves ~0.05 ms of CPU a message but makes both files resident for a moment in every
    message: with the classifier's weights (`intents.nlu.tfidf.WeightRows`) ~5 MB of the bot's
    peak RSS, the bar of issue 10 (`bench/scale.py`, shipped size: 153.0-153.5 MB with those
    gathers, 146.7-148.1 MB read again, 2026-12-03). Anything else (`[index]`) goes through the
    map."""

    def __init__(self, mapped: np.memmap) -> None:
        if mapped.ndim != 1 or not mapped.flags.c_contiguous or mapped.filename is None:
            raise ValueError("not a whole one-dimensional memory-mapped array")
        self.mapped = mapped
        self.dtype, self.shape = mapped.dtype, mapped.shape
        self._fd = os.open(mapped.filename, os.O_RDONLY)
        self._offset = mapped.offset  # the `.npy` header's length: where element 0 lies
        weakref.finalize(self, os.close, self._fd)

    @classmethod
    def of(cls, array: np.ndarray) -> np.ndarray | StoredColumn:
        """`array` read span by span when it is a whole memory-mapped file's array, else as is."""
        # np.load's own map (a view of one would carry the file's offset but not its own start)
        if isinstance(array, np.memmap) and isinstance(array.base, mmap.mmap) and array.ndim == 1 \
                and array.filename is not None:
            return cls(array)
        return array

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, index: np.ndarray | slice | int) -> np.ndarray:
        return self.mapped[index]

    def __array__(self, dtype: np.dtype | None = None, copy: bool | None = None) -> np.ndarray:
        return np.asarray(self.mapped, dtype=dtype)

    def spans(self, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The elements `starts[i] .. starts[i] + lengths[i] - 1`, span after span."""
        starts, lengths = np.asarray(starts, dtype=np.int64), np.asarray(lengths, dtype=np.int64)
        used = lengths > 0
        if not used.all():
            starts, lengths = starts[used], lengths[used]
        if len(starts) and (int(starts.min()) < 0 or int((starts + lengths).max()) > self.shape[0]):
            raise IndexError("span outside the array")
        size = self.dtype.itemsize
        out = np.empty(int(lengths.sum()), dtype=self.dtype)
        buffer, at = memoryview(out).cast("B"), 0
        for start, length in zip(starts.tolist(), lengths.tolist(), strict=True):
            if length <= 0:
                continue
            if start < 0 or start + length > self.shape[0]:
                raise IndexError("span outside the array")
            wanted = length * size
            if os.preadv(self._fd, [buffer[at:at + wanted]], self._offset + start * size) != wanted:
                raise OSError(f"{self.mapped.filename}: short read")
            at += wanted
        return out


def take_spans(array: np.ndarray | StoredColumn, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """`array[_spans(starts, lengths)]`, read from the file when `array` is a `StoredColumn`."""
    if isinstance(array, StoredColumn):
        return array.spans(starts, lengths)
    return array[_spans(starts, lengths)]


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Concatenated ranges starts[i] .. starts[i] + lengths[i] - 1."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(total)


class GroupMax:
    """Each group's largest value, for values that come with a fixed group number each (a FAQ
    entry's best example): `np.maximum.at` did it one value at a time, ~20 ms a message over the
    ~100,000 examples of a FAQ 100 times the shipped one; sorted once by group, one
    `np.maximum.reduceat` does it at memory speed. A maximum is exact, so the result is the same
    to the bit (a group without values keeps `initial`)."""

    def __init__(self, column: np.ndarray, groups: int) -> None:
        column = np.asarray(column, dtype=np.int64)
        self.groups = groups
        # FAQ examples come entry by entry: usually already in group order, nothing to sort
        ordered = bool(np.all(column[1:] >= column[:-1]))
        self._order = None if ordered else np.argsort(column, kind="stable")
        grouped = column if self._order is None else column[self._order]
        self._starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]]) if len(grouped) \
            else np.zeros(0, np.int64)
        self._present = grouped[self._starts]

    def __call__(self, values: np.ndarray, initial: float) -> np.ndarray:
        """float64 array of `groups` maxima of `values` (one per row of the column) and `initial`."""
        out = np.full(self.groups, initial)
        if len(self._starts):
            grouped = values if self._order is None else values[self._order]
            out[self._present] = np.maximum(np.maximum.reduceat(grouped, self._starts), initial)
        return out

"""perf26: the classifier's weight rows and the FAQ selector's column spans are read from their
files with `pread`, never gathered through a memory map. A gather through the map, even with
its pages given back right after, makes them resident for a moment: the kernel maps the whole
page-cache folio around each touched page (up to 2 MB on 6.x kernels), so ~150 rows scattered
over the 8 MB weights made all of it resident in every message, and the bot's peak RSS (the
150 MB bar of issue 10, `bench/scale.py`) counted ~5 MB of those moments."""

from __future__ import annotations

import mmap
from pathlib import Path

import numpy as np
import pytest

from intents.nlu.sparse import StoredColumn, _spans
from intents.nlu.tfidf import WeightRows


class Untouchable:
    """Stands in for a map that must not be read."""

    filename = "untouchable"

    def __getitem__(self, index):
        raise AssertionError("the map was read")

    def __array__(self, dtype=None, copy=None):
        raise AssertionError("the map was read")


def test_spans_come_from_the_file_not_its_map(tmp_path: Path) -> None:
    array = np.arange(5000, dtype=np.float64) / 3
    np.save(tmp_path / "values.npy", array)
    column = StoredColumn.of(np.load(tmp_path / "values.npy", mmap_mode="r"))
    assert isinstance(column, StoredColumn)
    # nothing but `mapped` (for `[index]`, never for spans) holds the map or a view of it
    assert [key for key, value in vars(column).items()
            if isinstance(value, mmap.mmap | np.ndarray) and key != "mapped"] == []
    column.mapped = Untouchable()  # type: ignore[assignment]
    starts, lengths = np.array([4000, 0, 17, 2500, 4990]), np.array([3, 5, 0, 400, 10])
    assert column.spans(starts, lengths).tobytes() == array[_spans(starts, lengths)].tobytes()


def test_weight_rows_keep_no_map(tmp_path: Path) -> None:
    weights = np.arange(4096 * 16, dtype=np.float64).reshape(4096, 16) / 7
    np.save(tmp_path / "weights.npy", weights)
    rows = WeightRows(tmp_path / "weights.npy")
    held = [value for value in vars(rows).values() if isinstance(value, mmap.mmap | np.ndarray)]
    assert held == []
    at = np.array([4095, 0, 1000, 1000, 7])
    assert rows[at].tobytes() == weights[at].tobytes()
    assert rows.block(1000, 10)[np.array([0, 9])].tobytes() == weights[[1000, 1009]].tobytes()
    with pytest.raises(IndexError):
        rows[np.array([4096])]

"""The FAQ selector read from its index on disk takes a message's columns from the `rows` and
`values` files with `pread` (`intents.nlu.sparse.StoredColumn`): the scores of the selector as
fitted, bit for bit, and no page of those files resident in the process."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.kb.loader import load_knowledge
from intents.faq_selector import FaqSelector
from intents.nlu.data import load_test
from intents.nlu.sparse import StoredColumn, _spans
from intents.understand import intent_lines
from tests.residency import resident_kb

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [ex.text for data in load_test().values() for ex in data.examples][::3]


@pytest.fixture(scope="module")
def faq() -> dict:
    kb = load_knowledge(ROOT / "knowledge").kb
    assert kb is not None
    return kb.faq


@pytest.fixture(scope="module")
def selectors(faq: dict, tmp_path_factory: pytest.TempPathFactory) -> tuple[FaqSelector, FaqSelector]:
    folder = tmp_path_factory.mktemp("indexes")
    labelled = intent_lines()
    FaqSelector.build(faq, labelled, folder)  # fitted and kept
    return FaqSelector.build(faq, labelled, folder), FaqSelector.build(faq, labelled)


def test_scores_from_the_files_are_the_fitted_ones(selectors: tuple[FaqSelector, FaqSelector]) -> None:
    stored, fitted = selectors
    assert isinstance(stored._rows.rows, StoredColumn) and isinstance(stored._rows.values, StoredColumn)
    assert not isinstance(fitted._rows.values, StoredColumn)
    for text in MESSAGES:
        a, b = stored.scores(text), fitted.scores(text)
        assert a is not None and b is not None
        assert a.best.tobytes() == b.best.tobytes() and a.sims.tobytes() == b.sims.tobytes(), text
        assert (a.rival, a.twin) == (b.rival, b.twin)
        assert stored.summary(a) == fitted.summary(b)


def test_no_page_of_rows_or_values_is_resident(selectors: tuple[FaqSelector, FaqSelector]) -> None:
    stored, _ = selectors
    for text in MESSAGES[:100]:
        stored.scores(text)
    for column in (stored._rows.rows, stored._rows.values):
        assert isinstance(column, StoredColumn)
        assert resident_kb(Path(column.mapped.filename)) == 0


def test_spans_are_the_arrays_slices(tmp_path: Path) -> None:
    array = np.arange(1000, dtype=np.float64) / 7
    np.save(tmp_path / "values.npy", array)
    column = StoredColumn.of(np.load(tmp_path / "values.npy", mmap_mode="r"))
    assert isinstance(column, StoredColumn)
    starts, lengths = np.array([0, 10, 997, 500, 3]), np.array([4, 0, 3, 200, 1])
    assert column.spans(starts, lengths).tobytes() == array[_spans(starts, lengths)].tobytes()
    with pytest.raises(IndexError):
        column.spans(np.array([999]), np.array([2]))
    assert StoredColumn.of(array) is array  # in memory: taken as it is

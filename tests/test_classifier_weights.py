"""The intent classifier's weights read a few rows per message from a file beside the model
(`intents.nlu.tfidf.WeightRows`) instead of held in memory: the same scores, bit for bit, and
not one page of the file resident in the process."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from intents.nlu import classifier as classifier_module
from intents.nlu.classifier import ARRAYS, WEIGHTS, IntentClassifier, load_or_train_from
from intents.nlu.data import DATA_DIR, load_test
from tests.residency import resident_kb
from tests.warm_cache import warm_data_dir

MESSAGES = [ex.text for data in load_test().values() for ex in data.examples][::4]


@pytest.fixture(scope="module")
def nlu_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return warm_data_dir(tmp_path_factory.mktemp("data"), knowledge=None) / "nlu"


@pytest.fixture(scope="module")
def loaded(nlu_dir: Path) -> IntentClassifier:
    return load_or_train_from(DATA_DIR, nlu_dir)


def model_folder(model: IntentClassifier) -> Path:
    assert model.loaded_from is not None
    return model.loaded_from


def test_rows_from_the_file_give_the_same_bits(loaded: IntentClassifier) -> None:
    assert loaded.weights is not None, "a loaded model reads its weights from the file"
    with np.load(model_folder(loaded) / ARRAYS) as arrays:  # the trained weights, as stored
        in_memory = dataclasses.replace(loaded, coef=arrays["coef"], weights=None)
    for text in MESSAGES:
        ours, theirs = loaded._row_scores([text]), in_memory._row_scores([text])
        assert np.array_equal(ours[0], theirs[0]) and np.array_equal(ours[1], theirs[1]), text
        assert loaded.predict(text) == in_memory.predict(text)


def test_no_page_of_the_weights_is_resident(loaded: IntentClassifier) -> None:
    assert loaded.weights is not None
    for text in MESSAGES[:100]:
        loaded.predict(text)
    assert resident_kb(loaded.weights.path) == 0
    # evaluations still see every weight, through a mapping of the same file
    assert isinstance(loaded.coef.base, np.memmap) and loaded.coef.shape[0] == len(loaded.classes)


def test_the_file_is_written_once_and_an_older_one_dropped(nlu_dir: Path, loaded: IntentClassifier) -> None:
    folder = model_folder(loaded)
    (current,) = folder.glob(f"{WEIGHTS}*.npy")
    stale = folder / f"{WEIGHTS}0000000000000000.npy"
    stale.write_bytes(b"an older arrays file's weights")
    again = IntentClassifier.load(folder)
    assert again.weights is not None and again.weights.path == current and stale.exists()
    current.unlink()
    rebuilt = IntentClassifier.load(folder)
    assert rebuilt.weights is not None and rebuilt.weights.path == current
    assert not stale.exists()
    with np.load(folder / ARRAYS) as arrays:
        assert np.array_equal(np.asarray(rebuilt.coef), arrays["coef"])


def test_weights_that_cannot_be_kept_are_held_in_memory(loaded: IntentClassifier,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = model_folder(loaded)
    for path in folder.glob(f"{WEIGHTS}*.npy"):
        path.unlink()

    def read_only(path: Path, coef: np.ndarray) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(classifier_module, "_write_weights", read_only)
    held = IntentClassifier.load(folder)
    assert held.weights is None and not isinstance(held.coef.base, np.memmap)
    for text in MESSAGES[:40]:
        assert np.array_equal(held._row_scores([text])[0], loaded._row_scores([text])[0])

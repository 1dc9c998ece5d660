"""The semantic index's vectors kept in a temporary file and read back by blocks
(`intents.semantic.StoredRows`): every product has the bits of the whole matrix's product, and
the process holds no copy of the matrix."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from core.kb.loader import load_knowledge
from intents import semantic
from intents.nlu.data import load_test
from intents.semantic import Embedder, SemanticIndex, StoredRows
from intents.understand import intent_lines

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [ex.text for data in load_test().values() for ex in data.examples][::8]


@pytest.fixture(scope="module", autouse=True)
def one_blas_thread() -> None:
    """One BLAS thread, as the running bot has (`bot/__init__.py` sets it before numpy loads; run
    alone, this module imports numpy first): a multi-threaded product sums in another order, so
    the whole matrix's product would not be the reference its blocks are compared with."""
    threadpool_limits(1, user_api="blas")


@pytest.fixture(scope="module")
def embedder(tmp_path_factory: pytest.TempPathFactory) -> Embedder:
    loaded = Embedder.load(tmp_path_factory.mktemp("semantic"))
    assert loaded is not None
    return loaded


@pytest.fixture(scope="module")
def index(embedder: Embedder) -> SemanticIndex:
    kb = load_knowledge(ROOT / "knowledge").kb
    assert kb is not None
    return SemanticIndex.build(kb.faq, intent_lines(), embedder)


def test_block_products_have_the_whole_matrixs_bits(index: SemanticIndex, embedder: Embedder) -> None:
    rows = index._vectors
    assert rows._memory is None, "the vectors are kept in the file"
    matrix = rows.array()
    assert len(rows) > StoredRows.BLOCK * 4  # several blocks and a partial last one
    vectors = [embedder.query(text) for text in MESSAGES]
    generator = np.random.default_rng(7)
    for _ in range(100):
        vector = generator.standard_normal(matrix.shape[1]).astype(np.float32)
        vectors.append(vector / np.linalg.norm(vector))
    for vector in vectors:
        assert rows.product(vector).tobytes() == (matrix @ vector).tobytes()


def test_rows_read_back_are_the_stored_ones(index: SemanticIndex) -> None:
    matrix = index._vectors.array()
    for at in (0, 1, StoredRows.BLOCK - 1, StoredRows.BLOCK, len(matrix) - 1):
        assert index._vectors.row(at).tobytes() == matrix[at].tobytes()
    text, _ = intent_lines()[5]
    found = index.vector_of(text)
    assert found is not None and found.dtype == np.float32 and found.shape == (matrix.shape[1],)


def test_without_a_file_the_rows_stay_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_file(**_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    matrix = np.random.default_rng(3).standard_normal((600, 8)).astype(np.float32)
    kept = StoredRows(matrix, None)
    monkeypatch.setattr(semantic.tempfile, "TemporaryFile", no_file)
    held = StoredRows(matrix, None)
    assert held._memory is not None and kept._memory is None
    vector = np.arange(8, dtype=np.float32)
    assert held.product(vector).tobytes() == kept.product(vector).tobytes() == (matrix @ vector).tobytes()
    assert held.row(599).tobytes() == kept.row(599).tobytes() == matrix[599].tobytes()

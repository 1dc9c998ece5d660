"""Fits kept on disk (`BOT_DATA_DIR/indexes`), so a restart does not fit them again: the FAQ
selector (`intents.faq_selector`) and the answer ranker (`intents.answer_ranker`).

A fit depends only on what it was fitted on and the code that fits, so its key is a SHA-256 of
those (`key` for the selector, `answer_ranker.cache_key` for the ranker). One folder per kind
and key, `<kind>-<key>/` (`faq-selector-…`, `answer-ranker-…`), one `.npy` file per array: plain
numbers and strings, read with `allow_pickle=False` (reading cannot run code), the large ones
memory-mapped (pages the OS can share and drop). A folder is written under a temporary name and
renamed, so a crash leaves no half index; the kind's older folders are removed after (one fit
per kind is kept: the one for the current knowledge). Anything unreadable is logged and fitted
again, never an error.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import shutil
import tempfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

PREFIX = "faq-selector-"
VERSION = 1  # bumped when the stored arrays change meaning
MAPPED = frozenset({"colptr", "rows", "values", "word_indptr", "word_indices", "char_vocabulary",
                    "word_vocabulary"})
_ROOT = Path(__file__).resolve().parents[1]
_CODE = ("intents/faq_selector.py", "intents/selector_store.py", "intents/nlu/sparse.py",
         "intents/nlu/tfidf.py", "intents/nlu/classifier.py", "core/text.py", "core/i18n.py")


@functools.cache
def code_version() -> str:
    """sha256 of the code a fit depends on (analyzers, concepts, normalisation, arithmetic)."""
    digest = hashlib.sha256(f"{VERSION}\0{np.__version__}\0".encode())
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (_ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


def key(ids: list[str], texts: list[str], labelled: list[tuple[str, str]],
        cores: dict[str, list[str]]) -> str:
    """32 hex digits over the FAQ lines and entries' own questions and tags, the intent lines
    and `code_version`."""
    payload = json.dumps([code_version(), ids, texts, labelled, cores], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def read(cache_dir: Path, key: str, prefix: str = PREFIX) -> dict[str, np.ndarray] | None:
    """The arrays stored for `key` (of the kind `prefix`), or None (missing, or unreadable:
    logged)."""
    folder = cache_dir / f"{prefix}{key}"
    if not folder.is_dir():
        return None
    try:
        return {path.stem: np.load(path, mmap_mode="r" if path.stem in MAPPED else None,
                                   allow_pickle=False)
                for path in folder.glob("*.npy")}
    except (OSError, ValueError) as exc:
        log.warning("index %s unreadable (%s): fitting again", folder, exc)
        return None


def stored_key(cache_dir: Path, prefix: str) -> str | None:
    """The key of the fit of kind `prefix` kept in `cache_dir` (the latest one), or None."""
    folders = sorted(cache_dir.glob(f"{prefix}*"), key=lambda p: p.stat().st_mtime) \
        if cache_dir.is_dir() else []
    return folders[-1].name.removeprefix(prefix) if folders else None


def write(cache_dir: Path, key: str, arrays: dict[str, np.ndarray], prefix: str = PREFIX) -> bool:
    """Store `arrays` for `key` and drop the kind's other folders; False (logged) if the disk
    refuses (read-only, full): the bot goes on with the fit in memory."""
    folder = cache_dir / f"{prefix}{key}"
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=f".{prefix}", dir=cache_dir))
        for name, array in arrays.items():
            np.save(partial / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
        partial.chmod(0o755)
        if folder.exists():
            shutil.rmtree(folder)
        partial.rename(folder)
    except OSError as exc:
        log.warning("could not keep the index %s in %s: %s", prefix.rstrip("-"), cache_dir, exc)
        return False
    for old in cache_dir.glob(f"{prefix}*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    for old in cache_dir.glob(f".{prefix}*"):  # a crash's leftovers
        if old != partial:
            shutil.rmtree(old, ignore_errors=True)
    return True

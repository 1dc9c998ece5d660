"""perf6: `term_columns` searches a vocabulary at its own width; the columns found are those of
the search before it (numpy casting the whole vocabulary to the widest message term), for every
kind of term: fitting, longer than any term, with trailing or inner NULs, lone surrogates."""

from __future__ import annotations

import random

import numpy as np
import pytest

from intents.nlu.tfidf import ENCODING, term_array, term_columns


def before(names: np.ndarray, terms: list[str]) -> np.ndarray:
    """`term_columns` as it was: one search with the message's terms at their own width."""
    if not terms or not len(names):
        return np.full(len(terms), -1, dtype=np.int64)
    if names.dtype.kind == "S":
        wanted = np.array([term.encode(*ENCODING) for term in terms], dtype=bytes)
    else:
        wanted = np.array(terms, dtype=str)
    at = np.minimum(np.searchsorted(names, wanted), len(names) - 1)
    return np.where(names[at] == wanted, at, -1)


VOCABULARY = sorted({"a", "ab", "abc", "b", "film", "films", "películas", "电影", "影片", "한국", "드라마",
                     "co-production", "x" * 12, "zz", "\ud800x"})


def _terms(rng: random.Random) -> list[str]:
    pool = [*VOCABULARY, "", "abcd", "a\0", "ab\0\0", "a\0b", "film" * 5, "电影节电影节", "x" * 13,
            "x" * 12 + "\0", "y" * 40, "\ud800", "zzz", "드라마들"]
    return [rng.choice(pool) for _ in range(rng.randint(1, 12))]


@pytest.mark.parametrize("kind", ["bytes", "str"])
def test_same_columns_as_before(kind: str) -> None:
    names = term_array(VOCABULARY) if kind == "bytes" else np.array(VOCABULARY, dtype=str)
    rng = random.Random(6)
    for _ in range(2000):
        terms = _terms(rng)
        got, want = term_columns(names, terms), before(names, terms)
        assert got.tolist() == want.tolist(), terms
        assert got.dtype == want.dtype


def test_long_terms_leave_the_vocabulary_uncopied() -> None:
    """A term wider than the vocabulary's items is not searched (it cannot be there): no cast
    of the vocabulary, whatever the term."""
    names = term_array(VOCABULARY)
    assert term_columns(names, ["y" * 40, "film"]).tolist() == [-1, VOCABULARY.index("film")]
    assert term_columns(names, ["y" * 40]).tolist() == [-1]


def test_real_vocabulary_and_messages() -> None:
    """A vocabulary of half the held-out messages' words, searched for every message's words and
    one longer made-up term."""
    from intents.nlu.data import load_test

    texts = [ex.text for data in load_test().values() for ex in data.examples][:300]
    rng = random.Random(7)
    words = sorted({w for t in texts for w in t.lower().split()})
    names = term_array(words[::2])
    for text in texts:
        terms = text.lower().split() + ["q" * rng.randint(1, 60)]
        assert term_columns(names, terms).tolist() == before(names, terms).tolist()

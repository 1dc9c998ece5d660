"""The FAQ selector without scipy gives the very bits scipy gave, and its fit kept on disk comes
back whole.

The answer ranker was fitted on the selector's scores, and the router's gates compare them with
fixed thresholds: a last-bit change could flip an answer. `reference` below is the selector's
arithmetic as it was with scipy (fit, stack, normalise, twin check, sparse product); every score
of the shipped FAQ must be equal to it, not close.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from core.kb.loader import load_knowledge
from intents import faq_selector, selector_store
from intents.faq_selector import TWIN, FaqSelector, _char_grams, _word_grams
from intents.understand import intent_lines

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.long


def _scipy_block(texts: list[str], analyze) -> sp.csr_matrix:
    """`Tfidf.fit_transform` as it was: scipy matrices, sorted, normalised by a product."""
    columns: dict[str, int] = {}
    indices, counts, indptr = [], [], [0]
    for text in texts:
        for term, count in Counter(analyze(text)).items():
            indices.append(columns.setdefault(term, len(columns)))
            counts.append(count)
        indptr.append(len(indices))
    vocabulary = sorted(columns)
    rank = np.empty(len(columns), dtype=np.int64)
    for new, term in enumerate(vocabulary):
        rank[columns[term]] = new
    cols = rank[np.asarray(indices, dtype=np.int64)]
    df = np.bincount(cols, minlength=len(vocabulary)).astype(np.float64)
    idf = np.log((1.0 + len(texts)) / (1.0 + df)) + 1.0
    tf = np.log(np.asarray(counts, dtype=np.float64)) + 1.0
    matrix = sp.csr_matrix((tf * idf[cols], cols, np.asarray(indptr)), shape=(len(texts), len(vocabulary)))
    matrix.sort_indices()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


class Reference:
    """The scipy selector's examples, rivals and twins (every copy of a text vectorized)."""

    def __init__(self, texts: list[str], negatives: list[str]) -> None:
        char, word = _scipy_block(texts + negatives, _char_grams), _scipy_block(texts + negatives, _word_grams)
        stacked = sp.hstack([char, word * 0.7]).tocsr()
        norms = np.sqrt(stacked.multiply(stacked).sum(axis=1)).A.ravel()
        norms[norms == 0] = 1.0
        matrix = sp.diags(1.0 / norms) @ stacked
        self.examples, negative_rows = matrix[:len(texts)], matrix[len(texts):]
        twin = (negative_rows @ self.examples.T.tocsc()).max(axis=1).toarray().ravel()
        self.kept, twins = np.flatnonzero(twin < TWIN), np.flatnonzero(twin >= TWIN)
        self.negatives, self.twins = negative_rows[self.kept], negative_rows[twins]


@pytest.fixture(scope="module")
def shipped() -> tuple[dict, list[tuple[str, str]]]:
    return load_knowledge(ROOT / "knowledge").kb.faq, intent_lines()  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def kept(shipped, tmp_path_factory) -> tuple[FaqSelector, Path]:
    """The shipped FAQ fitted once for the module, and the folder that fit was kept in (a fit
    costs seconds of CPU: the tests below read it back or copy it instead of fitting again)."""
    faq, labelled = shipped
    folder = tmp_path_factory.mktemp("selector")
    selector = FaqSelector.build(faq, labelled, folder)
    assert len(list(folder.glob(f"{selector_store.PREFIX}*"))) == 1
    return selector, folder


@pytest.fixture(scope="module")
def both(shipped, kept) -> tuple[FaqSelector, Reference]:
    faq, labelled = shipped
    selector = kept[0]
    texts = [t for item in faq.values() for t in [*item.question.all(), *item.paraphrases.all()]]
    return selector, Reference(texts, [t for t, intent in labelled if intent != "out_of_scope"])


def probes(labelled: list[tuple[str, str]]) -> list[str]:
    """Intent lines (every 7th), partner-style questions of the dev set, Traditional Chinese."""
    import yaml

    found = [text for text, _ in labelled[::7]]
    for path in sorted((ROOT / "intents/data/dev/answers").glob("questions.*.yml")):
        found += [q["q"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    return found + ["請問要辦什麼簽證？", "有LED棚嗎", "", "   ", "zzzz qqqq"]


def test_scores_are_bit_identical_to_scipys(both, shipped) -> None:
    selector, reference = both
    assert np.array_equal(selector.kept, reference.kept)
    checked = 0
    for i, text in enumerate(probes(shipped[1])):
        found = selector.scores(text, exclude=text if i % 2 else None)
        if not text.strip():
            assert found is None
            continue
        vector, _ = selector.query(text)
        sims = reference.examples @ vector
        rivals, twins = reference.negatives @ vector, reference.twins @ vector
        if i % 2:
            sims[selector._example_at.get(text, [])] = 0.0
            rivals[selector._negative_at.get(text, [])] = 0.0
            twins[selector._twin_at.get(text, [])] = 0.0
        assert found is not None
        assert found.sims.tobytes() == sims.tobytes(), text
        assert found.rival == (rivals.max() if len(rivals) else 0.0), text
        assert found.twin == (twins.max() if len(twins) else 0.0), text
        checked += 1
    assert checked > 500


def test_the_fit_kept_on_disk_comes_back_whole(shipped, kept, tmp_path, monkeypatch) -> None:
    """Read back without fitting: the same scores, matches and what the answer ranker uses
    (leave-one-out positions, twins, core words, ignored words)."""
    faq, labelled = shipped
    fitted, folder = kept
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)  # the module's folder stays as fitted

    def no_fit(*args, **kwargs):
        raise AssertionError("fitted again")

    monkeypatch.setattr(faq_selector.Tfidf, "fit_transform", no_fit)
    loaded = FaqSelector.build(faq, labelled, tmp_path)
    for name in ("ids", "entries", "_example_at", "_negative_at", "_twin_at", "function_words",
                 "common_words"):
        assert getattr(loaded, name) == getattr(fitted, name), name
    for name in ("kept", "_column", "_example_rows", "_rival_rows", "_twin_rows"):
        assert np.array_equal(getattr(loaded, name), getattr(fitted, name)), name
    assert loaded._core.keys() == fitted._core.keys()
    assert all(np.array_equal(loaded._core[e], fitted._core[e]) for e in fitted._core)
    assert all(np.array_equal(loaded._ignore[k], fitted._ignore[k]) for k in fitted._ignore)
    assert any(loaded.is_twin(text) for text, _ in labelled)
    for i, text in enumerate(probes(labelled)[::3]):
        a, b = fitted.scores(text, exclude=text if i % 2 else None), loaded.scores(text, exclude=text if i % 2 else None)
        assert (a is None) == (b is None)
        if a is not None and b is not None:
            assert a.sims.tobytes() == b.sims.tobytes() and a.best.tobytes() == b.best.tobytes()
            assert (a.rival, a.twin) == (b.rival, b.twin)
            assert dataclasses.astuple(fitted.summary(a)) == dataclasses.astuple(loaded.summary(b))
            entry = int(np.argmax(a.best))
            assert fitted.content(a, entry) == loaded.content(b, entry)


def test_a_changed_faq_is_fitted_again(shipped, kept, tmp_path) -> None:
    """Another FAQ (or other intent lines, or other code) is another key: fitted, and the old
    folder goes."""
    faq, labelled = shipped
    shutil.copytree(kept[1], tmp_path, dirs_exist_ok=True)  # the shipped FAQ's fit, kept
    before = {p.name for p in tmp_path.glob(f"{selector_store.PREFIX}*")}
    first = next(iter(faq))
    edited = dict(faq)
    edited[first] = faq[first].model_copy(update={"question": faq[first].question.model_copy(
        update={"en": "Is there a rooftop helipad for aerial shots?"})})
    selector = FaqSelector.build(edited, labelled, tmp_path)
    after = {p.name for p in tmp_path.glob(f"{selector_store.PREFIX}*")}
    assert len(after) == 1 and after != before
    assert selector.match("rooftop helipad for aerial shots").id == first  # type: ignore[union-attr]


def test_duplicate_texts_score_as_if_vectorized_each_time() -> None:
    """Copies count in the idf as before (a FAQ copied 100 times), though vectorized once."""
    ids = ["a", "a", "b", "c", "c", "c"]
    texts = ["visa for the crew", "visa for the crew", "LED volume stage", "hotel near the studio",
             "hotel near the studio", "hotel near the studio"]
    selector = FaqSelector(ids, texts, negatives=["hotel near the studio", "show me comedies"])
    reference = Reference(texts, ["hotel near the studio", "show me comedies"])
    for text in ("visa for my crew?", "a hotel close to the studio", "led stage"):
        vector, _ = selector.query(text)
        found = selector.scores(text)
        assert found is not None
        assert found.sims.tobytes() == (reference.examples @ vector).tobytes()
    assert np.array_equal(selector.kept, reference.kept) and selector.is_twin("hotel near the studio")

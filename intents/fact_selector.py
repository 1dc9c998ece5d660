"""Which fact of a record a message asks, read from its meaning where no pattern read it.

The router answers "how long are the episodes of Canton Nocturne?" with the episode length when
its lexicon reads the fact (`lexicon.FACTS`); a wording it has no pattern for ("Canton Nocturne
one episode how much") gets the record's whole card, the fact somewhere inside it. This module
learns the fact asked from the partners' labelled questions themselves, the way Rasa's
ResponseSelector learns a response from its examples:

- Training data: the exemplars (`intents/data/exemplars.npz`: every question and first dialogue
  turn of the READ answer sets, its multilingual-e5-small query vector, its answer key). A key
  `work:*#episodes` (or a literal `work:work_x#episodes`) is the label `episodes` of kind `work`;
  `work:*` (the record's card) is the label `card`.
- Model: per record kind, a multinomial logistic regression over the 384-dimension query vector
  (`train`, scikit-learn, class weights balanced: a card is asked far less often than a fact).
  Its coefficients are written by `python -m bot nlu exemplars` beside the exemplars
  (`intents/data/fact_selector.npz`, float32, 42 KB) and read at start-up: training takes
  ~15 s of CPU, reading a few milliseconds.
- Use (`FactSelector.fact`, called by `exemplars.SecondOpinion.fact_of_card`): the router's reply
  is the plain card of a record the message names itself, with no ordinal, and no fact of that
  record was read → the fact the model gives at least `MIN_PROBABILITY`, else None (the card
  stands). The caller answers that fact only where the record holds it (`facts.answer`).

Measured: bench/fact_selector.py (five folds by answer set over the exemplars; its table is in
bench/results/fact_selector.md) and the answer sets, on main 7d8f084f: answers67 (read, not
among the exemplars) 56 → 50 mistakes (the bar of an earlier cut: 0.7 and 0.8 within one
answer, 0.9 four fewer fixed), no answer lost on answers65/63 (not among the exemplars either)
nor on 61/57/55/53; the blind answers59 52 → 51 and answers35 14 → 12 (counts only). The model
only ever sees the router's cards, where the router's own patterns found no fact.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).parent / "data" / "fact_selector.npz"
KINDS = ("work", "location", "event", "incentive", "contact")
CARD = "card"
MIN_EXAMPLES = 20  # a fact asked fewer times than this is not learned (contact role: 4)
MIN_PROBABILITY = 0.8  # the model's probability of the fact (see the module docstring)
C = 20.0  # inverse regularisation (chosen on the five folds: 5-50 within 1 %)
_KEY = re.compile(r"(work|location|event|incentive|contact):([a-z0-9_*]+)(?:#([a-z_]+))?")


def label(key: str) -> tuple[str, str] | None:
    """(kind, fact or "card") of an exemplar key; None for any other key."""
    match = _KEY.fullmatch(key)
    return (match.group(1), match.group(3) or CARD) if match else None


@dataclass(frozen=True)
class KindModel:
    """One kind's logistic regression: `classes` (facts and "card"), `coef` (classes × 384),
    `intercept` (classes)."""

    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        logits = self.coef @ np.asarray(vector, np.float32) + self.intercept
        logits = np.exp(logits - logits.max())
        return logits / logits.sum()


def train(keys: Sequence[str], vectors: np.ndarray, scale: float = 127.0) -> dict[str, KindModel]:
    """Per kind, the model learned from the exemplars' `keys` and int8 `vectors` (component ×
    `scale`); a kind with fewer than two facts learned, or no card asked, gets none."""
    from sklearn.linear_model import LogisticRegression

    rows: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for at, key in enumerate(keys):
        found = label(str(key))
        if found is not None:
            rows[found[0]].append((at, found[1]))
    models: dict[str, KindModel] = {}
    for kind in KINDS:
        counts: dict[str, int] = defaultdict(int)
        for _, fact in rows[kind]:
            counts[fact] += 1
        kept = [(at, fact) for at, fact in rows[kind] if counts[fact] >= MIN_EXAMPLES]
        if len({fact for _, fact in kept}) < 2 or CARD not in counts:
            continue
        x = vectors[[at for at, _ in kept]].astype(np.float32) / scale
        y = np.array([fact for _, fact in kept])
        model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, y)
        models[kind] = KindModel(tuple(str(c) for c in model.classes_), model.coef_.astype(np.float32),
                                 model.intercept_.astype(np.float32))
    return models


def fingerprint(keys: Sequence[str]) -> str:
    """The exemplar keys a model was learned from, as a SHA-256 hex digest (a test checks the
    shipped model against the shipped exemplars: regenerated together or not at all)."""
    return hashlib.sha256("\n".join(map(str, keys)).encode("utf-8")).hexdigest()


def write(models: dict[str, KindModel], keys: Sequence[str], path: Path = MODEL_FILE) -> None:
    """The models as one .npz (no pickles): `<kind>.classes`, `<kind>.coef`, `<kind>.intercept`,
    and `keys` the `fingerprint` of the exemplar keys they were learned from."""
    arrays: dict[str, np.ndarray] = {"keys": np.array(fingerprint(keys))}
    for kind, model in models.items():
        arrays[f"{kind}.classes"] = np.array(model.classes)
        arrays[f"{kind}.coef"] = model.coef
        arrays[f"{kind}.intercept"] = model.intercept
    with open(path, "wb") as out:
        np.savez_compressed(out, **arrays)


class FactSelector:
    """The shipped models (`load`); `fact(kind, vector)` → (fact, probability) or None."""

    def __init__(self, models: dict[str, KindModel]) -> None:
        self.models = models

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> FactSelector:
        """The models in `path`; none (every card stands, one warning) when it is missing or
        unreadable."""
        models: dict[str, KindModel] = {}
        try:
            with np.load(path, allow_pickle=False) as data:
                for kind in KINDS:
                    if f"{kind}.classes" in data.files:
                        models[kind] = KindModel(tuple(str(c) for c in data[f"{kind}.classes"]),
                                                 data[f"{kind}.coef"].astype(np.float32),
                                                 data[f"{kind}.intercept"].astype(np.float32))
        except (OSError, KeyError, ValueError) as exc:
            log.warning("fact selector %s unreadable (%s): a card stays a card", path, exc)
        return cls(models)

    def fact(self, kind: str, vector: np.ndarray, least: float = MIN_PROBABILITY) -> tuple[str, float] | None:
        """The fact of a `kind` record the message (its L2-normalised query `vector`) asks, with
        the model's probability, when that is at least `least` and the fact is not the card."""
        model = self.models.get(kind)
        if model is None:
            return None
        probabilities = model.probabilities(vector)
        best = int(probabilities.argmax())
        fact, probability = model.classes[best], float(probabilities[best])
        return (fact, probability) if fact != CARD and probability >= least else None

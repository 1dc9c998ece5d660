"""Five folds by answer set over the shipped exemplars: how the fact selector
(`intents.fact_selector`) reads the fact a question asks of a record, at several probability bars.

Each fold trains on the exemplars of four fifths of the read sets (`fact_selector.train`, as the
shipped model is) and predicts the other fifth's questions. Per record kind and bar it prints:
the questions that ask for the card and would get a fact instead (flipped), the fact questions
that get their fact (right) and those that get another fact (wrong fact). The model is only ever
asked where the router gave a card and read no fact, so these rates bound its effect from above.

Example: .venv/bin/python bench/fact_selector.py   (~1-2 min of CPU)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from intents import fact_selector as fs
from intents.exemplars import EXEMPLARS_FILE, VECTORS_FILE

BARS = (0.7, 0.8, 0.9)


def main() -> None:
    with np.load(VECTORS_FILE, allow_pickle=False) as data:
        texts, keys, vectors = [str(t) for t in data["texts"]], [str(k) for k in data["keys"]], data["vectors"]
    source = {e["text"]: e["set"] for e in yaml.load(EXEMPLARS_FILE.read_text("utf-8"),
                                                      Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["exemplars"]}
    sets = sorted(set(source.values()))
    fold_of = np.array([sets.index(source.get(t, sets[0])) % 5 for t in texts])
    labels = [fs.label(k) for k in keys]
    predicted: list[tuple[str, float] | None] = [None] * len(keys)
    for fold in range(5):
        train = np.flatnonzero(fold_of != fold)
        models = fs.train([keys[i] for i in train], vectors[train])
        for i in np.flatnonzero(fold_of == fold):
            if labels[i] is None or labels[i][0] not in models:
                continue
            model = models[labels[i][0]]
            p = model.probabilities(vectors[i].astype(np.float32) / 127)
            predicted[i] = (model.classes[int(p.argmax())], float(p.max()))
    print("| kind | bar | card questions | flipped to a fact | fact questions | right fact | wrong fact |")
    print("|---|---|---|---|---|---|---|")
    for kind in fs.KINDS:
        rows = [(labels[i][1], predicted[i]) for i in range(len(keys))
                if labels[i] and labels[i][0] == kind and predicted[i]]
        cards = [p for want, p in rows if want == fs.CARD]
        asked = [(want, p) for want, p in rows if want != fs.CARD]
        for bar in BARS:
            flipped = sum(1 for fact, prob in cards if fact != fs.CARD and prob >= bar)
            right = sum(1 for want, (fact, prob) in asked if fact == want and prob >= bar)
            wrong = sum(1 for want, (fact, prob) in asked if fact not in (want, fs.CARD) and prob >= bar)
            print(f"| {kind} | {bar} | {len(cards)} | {flipped} ({flipped / max(1, len(cards)):.1%}) | {len(asked)} "
                  f"| {right / max(1, len(asked)):.1%} | {wrong} |")


if __name__ == "__main__":
    main()

"""The bar: ≥ 95% intent accuracy on every language's held-out file (intents/data/test).

Trains one model on the real training files (about a second) and tests the held-out files, which
are never trained on. A failure lists the misclassified examples with their file:line. How long
training takes is `bench/hot_paths.py`'s figure (bar 20 s), not a timed assert here.
"""

from __future__ import annotations

import pytest

from intents.nlu.data import all_examples, load_test, load_training

BAR = 0.95
pytestmark = pytest.mark.long  # trains the classifier again


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    # Imported here, not at collection: it brings scikit-learn and scipy (~1.5 s of CPU), which
    # every xdist worker imported whichever modules it went on to run.
    from intents.nlu.evaluate import Tables, held_out, train

    training = load_training()
    # Like the bot and `nlu test`: the lookup and synonym tables feed the slot gazetteer.
    model = train(all_examples(training), tables=Tables.of(training))
    out = {lang: held_out(model, data.examples) for lang, data in load_test().items()}
    return out


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_held_out_accuracy(results: dict[str, dict], lang: str) -> None:
    result = results[lang]
    errors = "\n".join(f"  {e['source']}: {e['expected']} → {e['predicted']}: {e['text']}"
                       for e in result["errors"])
    assert result["examples"] >= 160
    assert result["accuracy"] >= BAR, (
        f"{lang}: held-out accuracy {result['accuracy']:.1%} < {BAR:.0%}\n{errors}")

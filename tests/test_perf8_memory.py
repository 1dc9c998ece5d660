"""Issue 10 (perf8): data and modules the running bot no longer keeps after start-up."""

import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def test_httpx_cli_tables_not_loaded_and_stub_main_kept() -> None:
    """`import bot` marks httpx's command-line client missing when rich is absent: pygments'
    lexer tables are not loaded, and `httpx.main` is still httpx's own stub."""
    code = ("import importlib.util, sys; import bot.app, httpx; "
            "rich = importlib.util.find_spec('rich') is not None; "
            "print(rich or 'pygments' not in sys.modules, callable(httpx.main), "
            "rich or sys.modules.get('httpx._main', 0) is None)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["True", "True", "True"]


def test_evidence_mask_is_bool_and_gives_the_same_products() -> None:
    from intents.nlu.classifier import IntentClassifier

    mask = IntentClassifier._evidence_mask.func  # type: ignore[attr-defined]

    class Vectorizer:
        idf_ = np.ones(5)

    class Fake:
        char_vectorizer = Vectorizer()

    from intents.nlu import classifier

    grams = [" a", "ab", "b ", "  ", "cd"]
    original = classifier._ordered_vocabulary
    classifier._ordered_vocabulary = lambda _v: grams  # type: ignore[assignment]
    try:
        got = mask(Fake())
    finally:
        classifier._ordered_vocabulary = original  # type: ignore[assignment]
    assert got.dtype == bool and got.tolist() == [False, True, False, False, True]
    values = np.array([0.25, 0.5, 0.0, 1.0, 3.0])
    as_float = got.astype(np.float64)
    assert np.array_equal(got * values, as_float * values)
    assert (got * values).dtype == np.float64


def test_intent_lines_dropped_after_the_warm_up(monkeypatch) -> None:
    from bot import app
    from intents import understand

    understand.intent_lines()
    assert understand.intent_lines.cache_info().currsize == 1

    class Brain:
        def warm(self) -> None:
            pass

    app.warm_reading(Brain())  # type: ignore[arg-type]
    assert understand.intent_lines.cache_info().currsize == 0
    assert understand.intent_lines()  # read again when a reload asks

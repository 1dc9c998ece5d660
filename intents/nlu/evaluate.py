"""Evaluation like `rasa test nlu`: held-out test per language, k-fold cross-validation,
per-intent precision/recall/F1, confusion matrix, and tuning of the fallback parameters.

The held-out files (intents/data/test/nlu.<lang>.yml) are never trained on; they are the bar
(≥ 95% accuracy in every language). Cross-validation runs on the training files only and is what
the pinned temperature, threshold and margin are tuned on, so the held-out numbers stay honest.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import sklearn
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold

from core.i18n import Lang
from intents.nlu.classifier import (
    DEFAULT_HYPERPARAMETERS,
    Hyperparameters,
    IntentClassifier,
    build_gazetteer,
    softmax,
)
from intents.nlu.data import Example, NluData, all_examples
from intents.nlu.slots import KINDS

FOLDS = 5
SEED = 0
TEMPERATURES = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0)
THRESHOLDS = tuple(round(float(x), 2) for x in np.arange(0.0, 0.71, 0.05))
MARGINS = tuple(round(float(x), 3) for x in np.arange(0.05, 0.41, 0.025))
"""Starts at 0.05: two intents within five points are a coin toss whatever CV says."""
TOLERANCE = 0.005
"""Settings whose utility is within this share of the examples of the best are equally good;
of those the one that falls back least is chosen (less intrusive for partners)."""
WRONG_ANSWER_COST = 1.0
"""Fallback tuning objective: answers right minus this times answers wrong (a fallback scores 0:
it shows the menu and "Ask a person", which is better than a wrong answer, worse than a right one)."""


@dataclass(frozen=True)
class OutOfFold:
    """Cross-validated decision scores: each example scored by a model that did not see it."""

    examples: list[Example]
    classes: tuple[str, ...]
    scores: np.ndarray
    fold_of: np.ndarray

    @property
    def labels(self) -> np.ndarray:
        return np.array([ex.intent for ex in self.examples])

    def predicted(self) -> np.ndarray:
        return np.array(self.classes)[self.scores.argmax(axis=1)]


@dataclass(frozen=True)
class Tables:
    """The training files' `lookup:` and `synonym:` tables, which feed the slot gazetteer.

    Not examples: they are known names (like the knowledge base), so every fold may use them,
    while names annotated in examples only count in the folds that train on those examples.
    """

    lookups: dict[str, list[str]]
    synonyms: dict[str, str]

    @classmethod
    def of(cls, by_lang: dict[Lang, NluData]) -> Tables:
        merged = NluData()
        for data in by_lang.values():
            merged = merged.merge(data)
        return cls(merged.lookups, merged.synonyms)


NO_TABLES = Tables({}, {})


def train(examples: Sequence[Example], params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
          tables: Tables = NO_TABLES) -> IntentClassifier:
    """A model on `examples` whose gazetteer also knows `tables`: what the bot trains."""
    gazetteer = build_gazetteer(examples, params, tables.lookups, tables.synonyms)
    return IntentClassifier.train(examples, params, gazetteer)


def cross_validate(examples: Sequence[Example], params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
                   folds: int = FOLDS, seed: int = SEED, tables: Tables = NO_TABLES
                   ) -> OutOfFold:
    """Stratified k-fold on (language, intent), so each fold holds every language's intents."""
    strata = np.array([f"{ex.lang}|{ex.intent}" for ex in examples])
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    classes = tuple(sorted({ex.intent for ex in examples}))
    scores = np.zeros((len(examples), len(classes)))
    fold_of = np.zeros(len(examples), dtype=int)
    for fold, (train_idx, test_idx) in enumerate(splitter.split(np.zeros(len(strata)), strata)):
        model = train([examples[i] for i in train_idx], params, tables)
        fold_scores = model.scores([examples[i].text for i in test_idx])
        columns = [classes.index(c) for c in model.classes]
        scores[np.ix_(test_idx, columns)] = fold_scores
        fold_of[test_idx] = fold
    return OutOfFold(list(examples), classes, scores, fold_of)


def tune_temperature(oof: OutOfFold, grid: Iterable[float] = TEMPERATURES) -> float:
    """Temperature with the lowest cross-validated log-loss (temperature scaling)."""
    truth = np.array([oof.classes.index(label) for label in oof.labels])

    def log_loss(temperature: float) -> float:
        probs = softmax(oof.scores, temperature)
        return float(-np.mean(np.log(probs[np.arange(len(truth)), truth] + 1e-12)))

    return min(grid, key=log_loss)


def tune_fallback(oof: OutOfFold, temperature: float) -> tuple[float, float, dict[str, float]]:
    """(threshold, margin, stats) maximising right answers minus WRONG_ANSWER_COST × wrong ones
    on cross-validated probabilities; among settings within TOLERANCE of the best, the one
    with the fewest fallbacks (then the smallest values)."""
    probs = softmax(oof.scores, temperature)
    ordered = np.sort(probs, axis=1)
    top, gap = ordered[:, -1], ordered[:, -1] - ordered[:, -2]
    right = oof.predicted() == oof.labels
    grid: list[tuple[float, float, float, float]] = []
    for threshold in THRESHOLDS:
        for margin in MARGINS:
            answered = (top >= threshold) & (gap >= margin)
            utility = np.sum(answered & right) - WRONG_ANSWER_COST * np.sum(answered & ~right)
            grid.append((float(utility), float(np.mean(~answered)), threshold, margin))
    best = max(g[0] for g in grid)
    good = [g for g in grid if g[0] >= best - TOLERANCE * len(right)]
    _, _, threshold, margin = min(good, key=lambda g: (g[1], g[2], g[3]))
    answered = (top >= threshold) & (gap >= margin)
    stats = {"fallback_rate": float(np.mean(~answered)),
             "fallback_on_right": float(np.mean(~answered[right])) if right.any() else 0.0,
             "fallback_on_wrong": float(np.mean(~answered[~right])) if (~right).any() else 0.0}
    return threshold, margin, stats


def tune(examples: Sequence[Example], params: Hyperparameters = DEFAULT_HYPERPARAMETERS,
         folds: int = FOLDS, tables: Tables = NO_TABLES) -> dict[str, Any]:
    """Cross-validate once and return the temperature, threshold and margin it suggests."""
    oof = cross_validate(examples, params, folds, tables=tables)
    temperature = tune_temperature(oof)
    threshold, margin, stats = tune_fallback(oof, temperature)
    return {"temperature": temperature, "threshold": threshold, "margin": margin, **stats}


def metrics(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
            ) -> dict[str, Any]:
    """Accuracy, macro F1, per-intent precision/recall/F1/support and the confusion matrix."""
    precision, recall, f1, support = precision_recall_fscore_support(
        expected, predicted, labels=list(labels), zero_division=0)
    matrix = confusion_matrix(expected, predicted, labels=list(labels))
    present = [label for label in labels if label in set(expected)]
    return {
        "examples": len(expected),
        "accuracy": float(np.mean(np.array(expected) == np.array(predicted))) if expected else 0.0,
        "macro_f1": float(f1_score(expected, predicted, labels=present, average="macro",
                                   zero_division=0)) if expected else 0.0,
        "per_intent": {label: {"precision": float(p), "recall": float(r), "f1": float(f),
                               "support": int(s)}
                       for label, p, r, f, s in zip(labels, precision, recall, f1, support)},
        "confusion": {"labels": list(labels), "matrix": matrix.tolist()},
        "confused_pairs": _pairs(expected, predicted),
    }


def _pairs(expected: Sequence[str], predicted: Sequence[str]) -> list[dict[str, Any]]:
    counts: dict[tuple[str, str], int] = {}
    for e, p in zip(expected, predicted):
        if e != p:
            counts[(e, p)] = counts.get((e, p), 0) + 1
    return [{"expected": e, "predicted": p, "count": n}
            for (e, p), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def held_out(model: IntentClassifier, examples: Sequence[Example]) -> dict[str, Any]:
    """Metrics of a trained model on unseen examples, with every mistake listed."""
    predictions = model.predict_many([ex.text for ex in examples])
    expected = [ex.intent for ex in examples]
    predicted = [p.intent for p in predictions]
    result = metrics(expected, predicted, model.classes)
    result["fallback_rate"] = float(np.mean([p.fallback for p in predictions])) if examples else 0.0
    result["errors"] = [
        {"text": ex.text, "expected": ex.intent, "predicted": p.intent,
         "confidence": round(p.confidence, 3), "source": ex.source}
        for ex, p in zip(examples, predictions) if p.intent != ex.intent]
    return result


def evaluate(training: dict[Lang, NluData], test: dict[Lang, NluData],
             params: Hyperparameters = DEFAULT_HYPERPARAMETERS, folds: int = FOLDS,
             min_accuracy: float | None = None) -> dict[str, Any]:
    """The full report: one model trained on all training files, tested on each language's
    held-out file, plus k-fold cross-validation of the training files (0 folds skips it)."""
    examples = all_examples(training)
    tables = Tables.of(training)
    started = time.perf_counter()
    model = train(examples, params, tables)
    train_seconds = time.perf_counter() - started
    report: dict[str, Any] = {
        "model": {"hyperparameters": params.as_json(), "sklearn": sklearn.__version__,
                  "training_examples": len(examples), "features": int(model.coef.shape[1]),
                  "gazetteer_names": len(model.gazetteer.latin) + len(model.gazetteer.cjk),
                  "train_seconds": round(train_seconds, 3), "fingerprint": model.fingerprint},
        "languages": {},
    }
    for lang, data in test.items():
        report["languages"][lang] = {"held_out": held_out(model, data.examples)}
    if folds:
        report["cross_validation"] = _cv_report(examples, params, folds, report["languages"],
                                                tables)
    if min_accuracy is not None:
        report["min_accuracy"] = min_accuracy
        report["passed"] = all(entry["held_out"]["accuracy"] >= min_accuracy
                               for entry in report["languages"].values()) and bool(test)
    return report


def _cv_report(examples: Sequence[Example], params: Hyperparameters, folds: int,
               languages: dict[str, Any], tables: Tables) -> dict[str, Any]:
    oof = cross_validate(examples, params, folds, tables=tables)
    labels, predicted = oof.labels, oof.predicted()
    fold_accuracy = [float(np.mean(predicted[oof.fold_of == f] == labels[oof.fold_of == f]))
                     for f in range(folds)]
    langs = np.array([ex.lang for ex in examples])
    for lang in sorted(set(langs)):
        mask = langs == lang
        entry = languages.setdefault(lang, {})
        entry["cross_validation"] = {
            key: value for key, value in metrics(list(labels[mask]), list(predicted[mask]),
                                                 oof.classes).items()
            if key in ("examples", "accuracy", "macro_f1", "confused_pairs")}
    temperature = tune_temperature(oof)
    threshold, margin, stats = tune_fallback(oof, temperature)
    return {"folds": folds, "accuracy": float(np.mean(predicted == labels)),
            "fold_accuracy": fold_accuracy,
            "suggested": {"temperature": temperature, "threshold": threshold, "margin": margin,
                          **stats}}


def compare(training: dict[Lang, NluData], test: dict[Lang, NluData],
            variants: dict[str, Hyperparameters], folds: int = FOLDS) -> list[dict[str, Any]]:
    """Held-out and cross-validated accuracy (overall and per language) of several
    hyperparameter sets, and of one model per language with the default set: the measurements
    behind the pinned choice."""
    rows = []
    examples = all_examples(training)
    tables = Tables.of(training)
    langs = np.array([ex.lang for ex in examples])
    for name, params in variants.items():
        model = train(examples, params, tables)
        row: dict[str, Any] = {"variant": name}
        for lang, data in test.items():
            row[lang] = held_out(model, data.examples)["accuracy"]
        oof = cross_validate(examples, params, folds, tables=tables) if folds else None
        right = oof.predicted() == oof.labels if oof else None
        row["cv"] = float(np.mean(right)) if right is not None else None
        if right is not None:
            row["cv_by_lang"] = {str(lang): float(np.mean(right[langs == lang]))
                                 for lang in sorted(set(langs))}
        rows.append(row)
    per_lang: dict[str, Any] = {"variant": "one model per language"}
    for lang, data in test.items():
        if lang in training:
            model = train(training[lang].examples, DEFAULT_HYPERPARAMETERS,
                          Tables.of({lang: training[lang]}))
            per_lang[lang] = held_out(model, data.examples)["accuracy"]
    per_lang["cv"] = None
    rows.append(per_lang)
    return rows


def default_variants() -> dict[str, Hyperparameters]:
    """Alternatives worth re-measuring when the training data changes."""
    base = DEFAULT_HYPERPARAMETERS
    return {
        "pinned": base,
        "char_wb 1-4": replace(base, char_ngram_range=(1, 4)),
        "char_wb 2-5": replace(base, char_ngram_range=(2, 5)),
        "word 1-1": replace(base, word_ngram_range=(1, 1)),
        "C=0.3": replace(base, C=0.3),
        "C=3": replace(base, C=3.0),
        "balanced classes": replace(base, class_weight="balanced"),
        "no word n-grams": replace(base, word_weight=0.0),
        "no slot placeholders": replace(base, slot_mode="none"),
        "slots: insert": replace(base, slot_mode="insert"),
        "slots: all kinds": replace(base, slot_kinds=KINDS),
    }


def format_report(report: dict[str, Any]) -> str:
    """Plain-text tables for the terminal: summary, then per-language intent tables."""
    lines = ["lang  held-out acc  macro F1  fallback  cv acc  examples"]
    for lang, entry in report["languages"].items():
        ho = entry.get("held_out", {})
        cv = entry.get("cross_validation", {})
        lines.append(f"{lang:4s}  {_pct(ho.get('accuracy')):>12s}  {_pct(ho.get('macro_f1')):>8s}"
                     f"  {_pct(ho.get('fallback_rate')):>8s}  {_pct(cv.get('accuracy')):>6s}"
                     f"  {ho.get('examples', 0):>8d}")
    cv = report.get("cross_validation")
    if cv:
        folds = ", ".join(_pct(a) for a in cv["fold_accuracy"])
        s = cv["suggested"]
        lines.append(f"{cv['folds']}-fold cross-validation: {_pct(cv['accuracy'])} ({folds})")
        lines.append(f"suggested by CV: temperature={s['temperature']} threshold={s['threshold']}"
                     f" margin={s['margin']} (fallback rate {_pct(s['fallback_rate'])})")
    params = report["model"]["hyperparameters"]
    lines.append(f"pinned: temperature={params['temperature']} threshold={params['threshold']}"
                 f" margin={params['margin']}; trained on {report['model']['training_examples']}"
                 f" examples in {report['model']['train_seconds']}s")
    for lang, entry in report["languages"].items():
        if "held_out" in entry:
            lines += ["", f"== {lang}: held-out per intent =="] + _intent_table(entry["held_out"])
    return "\n".join(lines)


def _intent_table(result: dict[str, Any]) -> list[str]:
    lines = [f"{'intent':16s} {'prec':>6s} {'recall':>6s} {'f1':>6s} {'n':>4s}"]
    for intent, m in result["per_intent"].items():
        if m["support"] or m["precision"]:
            lines.append(f"{intent:16s} {_pct(m['precision']):>6s} {_pct(m['recall']):>6s}"
                         f" {_pct(m['f1']):>6s} {m['support']:>4d}")
    if result["confused_pairs"]:
        pairs = ", ".join(f"{p['expected']}→{p['predicted']} ×{p['count']}"
                          for p in result["confused_pairs"])
        lines.append(f"confused: {pairs}")
    for error in result.get("errors", []):
        lines.append(f"  ✗ {error['expected']} → {error['predicted']} ({error['confidence']:.2f}):"
                     f" {error['text']}")
    return lines


def format_comparison(rows: list[dict[str, Any]], langs: Sequence[str]) -> str:
    """Held-out accuracy per language and its mean, then CV accuracy overall and per language."""
    head = (f"{'variant':24s} " + " ".join(f"{lang:>6s}" for lang in langs) + "  mean     cv"
            + "".join(f"  cv {lang:>2s}" for lang in langs))
    lines = [head]
    for row in rows:
        values = [row.get(lang) for lang in langs]
        mean = float(np.mean([v for v in values if v is not None])) if values else None
        by_lang = row.get("cv_by_lang") or {}
        lines.append(f"{row['variant']:24s} " + " ".join(f"{_pct(v):>6s}" for v in values)
                     + f" {_pct(mean):>6s} {_pct(row.get('cv')):>6s}"
                     + "".join(f" {_pct(by_lang.get(lang)):>6s}" for lang in langs))
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"

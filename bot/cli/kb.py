"""`python -m bot kb ...`: check, compile, search and describe the staff-edited knowledge files."""

from __future__ import annotations

from pathlib import Path

import click
import sqlite_utils

from bot.cli import Context, pass_ctx
from core.i18n import LANGS
from core.kb.index import KINDS, KnowledgeBase
from core.kb.jsonschema import write_json_schemas
from core.kb.loader import LoadResult, load_knowledge
from core.kb.report import Report

DIR_HELP = "Folder of knowledge YAML files (default: BOT_KNOWLEDGE_DIR, i.e. knowledge/)"
_dir_option = click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
                           default=None, help=DIR_HELP)


def _directory(ctx: Context, directory: Path | None) -> Path:
    """`--dir`, else the setting; settings are only read when needed (a bad .env elsewhere
    must not stop `kb validate --dir ...`)."""
    return directory if directory is not None else ctx.settings.bot_knowledge_dir


def _load_or_exit(directory: Path) -> KnowledgeBase:
    """Load; on errors print them as `file:line:column: message` and exit with status 1."""
    result: LoadResult = load_knowledge(directory)
    if result.kb is None:
        _print_issues(result.report, warnings=False)
        click.echo(result.report.summary(), err=True)
        raise click.exceptions.Exit(1)
    return result.kb


def _print_issues(report: Report, *, warnings: bool) -> None:
    for issue in report.errors:
        click.echo(str(issue))
    if warnings:
        for issue in report.warnings:
            click.echo(str(issue))


@click.group()
def kb() -> None:
    """Knowledge base: validate, compile, search, JSON Schema and statistics.

    Example: python -m bot kb validate
    """


@kb.command()
@_dir_option
@click.option("-q", "--quiet", is_flag=True,
              help="Print only errors and the summary, not each warning")
@pass_ctx
def validate(ctx: Context, directory: Path | None, quiet: bool) -> None:
    """Check every knowledge file; exit status 1 if any error.

    Prints one `file:line:column: message` line per error, then the warnings (missing
    translations, sample records), the translation coverage and a summary.

    Example: python -m bot kb validate --dir knowledge
    """
    report = load_knowledge(_directory(ctx, directory)).report
    _print_issues(report, warnings=not quiet)
    click.echo(report.coverage_line())
    click.echo(report.summary())
    if not report.ok:
        raise click.exceptions.Exit(1)


@kb.command()
@_dir_option
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite file to write (default: BOT_DATA_DIR/knowledge.db)")
@pass_ctx
def compile(ctx: Context, directory: Path | None, out: Path | None) -> None:
    """Compile the knowledge files into an SQLite database with a full-text index.

    One table per kind (localized fields as name_en, name_zh...), `search` + `search_fts`
    (FTS5, trigram) and `kb_meta`. Tables are replaced, so it is safe to run again.

    Example: python -m bot kb compile --out var/knowledge.db
    """
    snapshot = _load_or_exit(_directory(ctx, directory))
    target = out if out is not None else ctx.settings.bot_data_dir / "knowledge.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(target)
    try:
        snapshot.compile_to(db)
    finally:
        db.close()
    total = sum(snapshot.counts().values())
    click.echo(f"Compiled {total} records (version {snapshot.version[:12]}) into {target}")


@kb.command()
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the <file>.schema.json files (default: <knowledge dir>/schemas)")
@pass_ctx
def schema(ctx: Context, out: Path | None) -> None:
    """Write a JSON Schema per knowledge file, for completion and checks in editors.

    Start a YAML file with `# yaml-language-server: $schema=schemas/locations.schema.json`
    to use it in VS Code (YAML extension) and other yaml-language-server editors.

    Example: python -m bot kb schema --out knowledge/schemas
    """
    target = out if out is not None else ctx.settings.bot_knowledge_dir / "schemas"
    for path in write_json_schemas(target):
        click.echo(str(path))


@kb.command()
@_dir_option
@pass_ctx
def stats(ctx: Context, directory: Path | None) -> None:
    """Show how many records of each kind there are and how much is translated.

    Example: python -m bot kb stats
    """
    snapshot = _load_or_exit(_directory(ctx, directory))
    click.echo(f"Version {snapshot.version[:12]} of {snapshot.directory}")
    for kind, count in snapshot.counts().items():
        click.echo(f"  {kind:<13} {count:>4}")
    report = snapshot.report
    click.echo(f"Records marked 'source: sample': {report.sample_records}")
    click.echo("Translation coverage (localized text fields filled):")
    for lang, cov in report.coverage.items():
        click.echo(f"  {lang}  {cov.percent:5.1f}%  ({cov.filled}/{cov.total})")


@kb.command()
@_dir_option
@click.argument("text")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Search texts in this language and English only (default: all four)")
@click.option("--kind", "kinds", type=click.Choice(KINDS), multiple=True,
              help="Only records of this kind; repeat for several")
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True,
              help="How many results to show")
@pass_ctx
def search(ctx: Context, directory: Path | None, text: str, lang: str | None,
           kinds: tuple[str, ...], limit: int) -> None:
    """Search the knowledge base the way the bot does, to check what a question finds.

    Example: python -m bot kb search "补贴" --lang zh
    """
    snapshot = _load_or_exit(_directory(ctx, directory))
    hits = snapshot.search(text, lang=lang, kinds=kinds or None, limit=limit)  # type: ignore[arg-type]
    if not hits:
        click.echo("No match.")
    for hit in hits:
        record = snapshot.lookup(hit.kind, hit.id)
        name = _display_name(record)
        click.echo(f"{hit.score:8.2f}  {hit.kind}:{hit.id}  ({hit.field}, {hit.lang})  {name}")


def _display_name(record: object) -> str:
    for attr in ("name", "title", "question", "role", "text"):
        value = getattr(record, attr, None)
        if value is not None and hasattr(value, "en"):
            return value.en
    return ""

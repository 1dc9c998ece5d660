"""Load the knowledge folder: read, parse, validate, cross-check, snapshot.

`load_knowledge(dir)` never raises for bad content: everything wrong ends up in the returned
report as `file:line:column: message`, and `.kb` is None when there is at least one error, so
callers decide (start-up refuses, hot reload keeps the previous snapshot).
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from core.kb.index import KnowledgeBase
from core.kb.report import Coverage, Issue, KnowledgeError, Report
from core.kb.schema import FILE_MODELS
from core.kb.validate import add_warnings, check_references, schema_issues, unknown_files
from core.kb.yamldoc import Document, YamlSyntaxError, parse_yaml

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadResult:
    """`kb` is the new snapshot, or None if `report` has errors."""

    kb: KnowledgeBase | None
    report: Report

    def require(self) -> KnowledgeBase:
        """The snapshot, or `KnowledgeError` with the formatted errors."""
        if self.kb is None:
            raise KnowledgeError(self.report)
        return self.kb


def load_knowledge(directory: Path | str) -> LoadResult:
    """Read all files of `FILE_MODELS` from `directory` and build a `KnowledgeBase`."""
    return _load(Path(directory))[0]


def _load(directory: Path) -> tuple[LoadResult, dict[str, BaseModel]]:
    """`load_knowledge`, also returning the validated file models (for the compiled cache)."""
    report = Report()
    models: dict[str, BaseModel] = {}
    if not directory.is_dir():
        report.error(str(directory), None, "knowledge folder not found")
        return LoadResult(None, report), models
    digest = hashlib.sha256()
    docs: dict[str, Document] = {}
    for file, model in FILE_MODELS.items():
        raw = _read(directory, file, report)
        if raw is None:
            continue
        digest.update(file.encode() + b"\0" + raw + b"\0")
        doc = _parse(file, raw, report)
        if doc is None:
            continue
        docs[file] = doc
        validated = _validate(doc, model, report)
        if validated is not None:
            models[file] = validated
    unknown_files(directory, FILE_MODELS, report)
    check_references(docs, models, directory, report)
    add_warnings(docs, models, report)
    _sort(report)
    if report.errors:
        return LoadResult(None, report), models
    kb = KnowledgeBase.build(models, version=digest.hexdigest(), directory=directory, report=report)
    return LoadResult(kb, report), models


COMPILED_FORMAT = 2
"""Bumped whenever the compiled snapshot's layout or the schema models change meaning.
2: `search_terms` (CJK pieces and 2-letter words) and `search_stats` in the SQLite file."""


def knowledge_version(directory: Path | str) -> str | None:
    """The version `load_knowledge` would give the folder's current files (sha256 of their
    names and bytes), or None if one cannot be read. Reads the bytes; parses nothing."""
    digest = hashlib.sha256()
    try:
        for file in FILE_MODELS:
            digest.update(file.encode() + b"\0" + (Path(directory) / file).read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def load_compiled_or_parse(directory: Path | str, cache: Path | str) -> LoadResult:
    """`load_knowledge(directory)`, skipping YAML parsing when nothing changed.

    `cache` is a JSON file (e.g. `BOT_DATA_DIR/knowledge.compiled.json`) holding the last
    valid snapshot's validated records and warnings, keyed by `knowledge_version` (the files'
    hashes), with its tables and search index beside it (same name, `.sqlite`). If the files
    still hash to it, the snapshot is rebuilt from those: pydantic
    validation of plain data (schema rules still enforced) but no YAML parsing and no
    cross-checks, which were passed when it was written. Otherwise the folder is loaded as
    usual and, when valid, the cache is rewritten (atomically). A cache that is missing,
    unreadable or from another `COMPILED_FORMAT` is ignored. Never raises for bad content.
    """
    directory, cache = Path(directory), Path(cache)
    version = knowledge_version(directory)
    if version is not None:
        kb = _from_compiled(directory, cache, version)
        if kb is not None:
            return LoadResult(kb, kb.report)
    result, models = _load(directory)
    if result.kb is not None:
        _write_compiled(result.kb, models, cache)
    return result


def _write_compiled(kb: KnowledgeBase, models: dict[str, BaseModel], cache: Path) -> None:
    data = {
        "format": COMPILED_FORMAT, "version": kb.version,
        "files": {file: models[file].model_dump(mode="json", by_alias=True, exclude_unset=True)
                  for file in FILE_MODELS},
        "warnings": [dataclasses.asdict(issue) for issue in kb.report.warnings],
        "coverage": {lang: dataclasses.asdict(c) for lang, c in kb.report.coverage.items()},
        "sample_records": kb.report.sample_records,
    }
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".partial")
        kb.save_compiled(_compiled_db(cache))  # first: the JSON names the version it is for
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        partial.replace(cache)
    except (OSError, sqlite3.Error) as exc:  # a read-only data folder costs the next start a parse, nothing more
        log.warning("could not write the compiled knowledge %s: %s", cache, exc)


def _from_compiled(directory: Path, cache: Path, version: str) -> KnowledgeBase | None:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("format") != COMPILED_FORMAT or data.get("version") != version:
            return None
        models = {file: model.model_validate(data["files"][file])
                  for file, model in FILE_MODELS.items()}
        report = Report(warnings=[Issue(**issue) for issue in data["warnings"]],
                        sample_records=data["sample_records"])
        for lang, cov in data["coverage"].items():
            report.coverage[lang] = Coverage(**cov)
    except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
        log.info("compiled knowledge %s not used (%s); parsing the YAML", cache, exc)
        return None
    return KnowledgeBase.build(models, version=version, directory=directory, report=report,
                               compiled=_compiled_db(cache))


def _compiled_db(cache: Path) -> Path:
    """Beside the JSON: the snapshot's tables and search index as an SQLite file."""
    return cache.with_suffix(".sqlite")


def _read(directory: Path, file: str, report: Report) -> bytes | None:
    try:
        return (directory / file).read_bytes()
    except FileNotFoundError:
        others = [p.name for p in directory.iterdir() if p.is_file()]
        close = difflib.get_close_matches(file, others, n=1, cutoff=0.7)
        hint = f" (found '{close[0]}': rename it to {file})" if close else ""
        report.error(file, None, f"file is missing: the knowledge folder needs {file}{hint}")
    except OSError as exc:
        report.error(file, None, f"cannot read the file: {exc.strerror or exc}")
    return None


def _parse(file: str, raw: bytes, report: Report) -> Document | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        report.error(file, (line, 1), "the file is not UTF-8 text; save it as UTF-8")
        return None
    try:
        return _parse_cached(file, text)
    except YamlSyntaxError as exc:
        report.error(file, exc.pos, exc.message)
        return None


@functools.lru_cache(maxsize=64)
def _parse_cached(file: str, text: str) -> Document:
    """Parsing is the slow part (ruamel's round-trip parser is pure Python), and a hot reload
    usually changes one file: unchanged files reuse their parsed, never-mutated `Document`."""
    return parse_yaml(file, text)


def _validate(doc: Document, model: type[BaseModel], report: Report) -> BaseModel | None:
    data = {} if doc.data is None else doc.data  # empty file: the schema names what is missing
    if not isinstance(data, dict):
        first = next(iter(model.model_fields))
        report.error(doc.file, (1, 1), f"the file must start with '{first}:' "
                                       f"(a block of 'key: value' lines, not a list or text)")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        schema_issues(doc, model, exc, report)
        return None


def _sort(report: Report) -> None:
    """File order of FILE_MODELS, then line: the order staff read the files in."""
    order = {name: i for i, name in enumerate(FILE_MODELS)}

    def key(issue):  # type: ignore[no-untyped-def]
        return (order.get(issue.file, len(order)), issue.line or 0, issue.column or 0)

    report.errors.sort(key=key)
    report.warnings.sort(key=key)

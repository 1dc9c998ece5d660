"""Load the knowledge folder: read, parse, validate, cross-check, snapshot.

`load_knowledge(dir)` never raises for bad content: everything wrong ends up in the returned
report as `file:line:column: message`, and `.kb` is None when there is at least one error, so
callers decide (start-up falls back to the last good snapshot, hot reload keeps the previous
one). The exception: an error confined to one announcement (its HTML, schedule or photo would
fail at delivery) leaves only that announcement out; the report still carries the error.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from core.kb.index import KnowledgeBase
from core.kb.report import KnowledgeError, Report
from core.kb.schema import FILE_MODELS, AnnouncementsFile
from core.kb.validate import add_warnings, check_references, schema_issues, unknown_files

if TYPE_CHECKING:  # the parser itself is imported when a file is parsed (`_parse`)
    from core.kb.yamldoc import Document

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadResult:
    """`kb` is the new snapshot, or None if `report` has errors other than isolated ones (a bad
    announcement is left out of `kb` and reported; the rest is served)."""

    kb: KnowledgeBase | None
    report: Report
    models: dict[str, BaseModel] = field(default_factory=dict)
    """The validated file models `kb` was built from (what `core.kb.snapshot` saves)."""

    def require(self) -> KnowledgeBase:
        """The snapshot, or `KnowledgeError` with the formatted errors."""
        if self.kb is None:
            raise KnowledgeError(self.report)
        return self.kb


def load_knowledge(directory: Path | str) -> LoadResult:
    """Read all files of `FILE_MODELS` from `directory` and build a `KnowledgeBase`."""
    directory = Path(directory)
    report = Report()
    if not directory.is_dir():
        report.error(str(directory), None, "knowledge folder not found")
        return LoadResult(None, report)
    digest = hashlib.sha256()
    docs: dict[str, Document] = {}
    models: dict[str, BaseModel] = {}
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
    if not report.servable:
        return LoadResult(None, report)
    _leave_out(models, report)
    kb = KnowledgeBase.build(models, version=digest.hexdigest(), directory=directory, report=report)
    return LoadResult(kb, report, models)


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
    # Here, not at the top: a start with unchanged files parses none (`core.kb.snapshot`), and
    # ruamel.yaml is ~30 modules (~20 ms of CPU and ~2 MB to import) the bot then never uses.
    from core.kb.yamldoc import YamlSyntaxError

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


_PARSED: dict[str, tuple[str, Document]] = {}
_PARSED_LOCK = threading.Lock()


def _parse_cached(file: str, text: str) -> Document:
    """Parsing is the slow part (ruamel's round-trip parser is pure Python), and a hot reload
    usually changes one file: unchanged files reuse their parsed, never-mutated `Document`.
    Only the latest text of each file is kept, so memory stays flat however often staff save."""
    with _PARSED_LOCK:
        hit = _PARSED.get(file)
    if hit is not None and hit[0] == text:
        return hit[1]
    from core.kb.yamldoc import parse_yaml  # see `_parse`

    doc = parse_yaml(file, text)
    with _PARSED_LOCK:
        _PARSED[file] = (text, doc)
    return doc


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


def _leave_out(models: dict[str, BaseModel], report: Report) -> None:
    """Drop the records with isolated errors (a bad announcement) so the rest is served."""
    bad = report.quarantined.get("announcements.yaml")
    model = models.get("announcements.yaml")
    if bad and isinstance(model, AnnouncementsFile):
        kept = [a for a in model.announcements if a.id not in bad]
        models["announcements.yaml"] = model.model_copy(update={"announcements": kept})
        log.warning("announcements left out until fixed: %s", ", ".join(sorted(bad)))


def _sort(report: Report) -> None:
    """File order of FILE_MODELS, then line: the order staff read the files in."""
    order = {name: i for i, name in enumerate(FILE_MODELS)}

    def key(issue):  # type: ignore[no-untyped-def]
        return (order.get(issue.file, len(order)), issue.line or 0, issue.column or 0)

    report.errors.sort(key=key)
    report.warnings.sort(key=key)

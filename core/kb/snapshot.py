"""The last good knowledge, kept in BOT_DATA_DIR: a broken file at start-up is not an outage,
and a start with unchanged files parses no YAML.

After every load that produced a snapshot, the validated file models are written as JSON
(`knowledge.last-good.json`; plain data, never pickle, so reading it cannot run code) with the
load's report, and the snapshot's compiled tables and search index beside it as an SQLite file
(`knowledge.last-good.sqlite`). At start-up (`LiveKnowledge`):

* files unchanged since that copy (same `version`, the sha256 of their bytes) and the same
  knowledge code (`code_version`): the snapshot is rebuilt from the copy (`load_current`):
  the file's bytes validated by pydantic in one pass (`_DOCUMENT`, JSON parsed in Rust straight
  into the models: schema rules still enforced, no intermediate dicts), the tables and search
  index read in place from the SQLite file (read-only, never copied), no YAML parsing and no
  cross-checks (they passed when it was saved);
* files with errors: the bot starts from this copy (`load`), and staff get the errors; only
  when there has never been a good version does it refuse to start;
* otherwise the files are loaded as usual and, being good, saved as the new copy.

File layout: {"format": 2, "version": <sha256 of the YAML files>, "code": <sha256 of the
knowledge code>, "saved": <ISO 8601 UTC>, "files": {<file name>: <model as JSON>}, "report":
{"errors", "warnings", "coverage", "sample_records", "quarantined"}}. Both files are written
atomically (temporary file + rename), the SQLite file first (it carries the version it is
for), so a crash or a full disk leaves a consistent previous copy.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NotRequired

from pydantic import BaseModel, TypeAdapter, ValidationError
from typing_extensions import TypedDict

from core.kb.index import KnowledgeBase
from core.kb.loader import knowledge_version
from core.kb.report import Coverage, Issue, Report
from core.kb.schema import FILE_MODELS

log = logging.getLogger(__name__)

FILE_NAME = "knowledge.last-good.json"
FORMAT = 2
"""1: models only. 2: + the load's report, the code version and the compiled SQLite file."""

_CODE = (Path(__file__).parent, Path(__file__).parent.parent / "text.py")

_Files = TypedDict("_Files", dict(FILE_MODELS))  # type: ignore[misc]
"""The file models by file name: a TypedDict, since names like "catalog.yaml" are its keys."""
_Document = TypedDict("_Document", {  # type: ignore[misc]
    "format": int, "version": str, "code": NotRequired[str], "saved": str, "files": _Files,
    "report": NotRequired[dict[str, Any]]})
_DOCUMENT = TypeAdapter(_Document)
"""The whole copy, validated from its bytes by pydantic-core's JSON parser: ~35 % less CPU than
`json.loads` then `model_validate` (0.46 -> 0.30 s at 100x the shipped knowledge), same models
(`tests/test_kb_compiled.py` compares them with a load from the YAML files)."""


@functools.cache
def code_version() -> str:
    """sha256 of the knowledge code (`core/kb/*.py`, `core/text.py`): a copy made by other code
    may compile, index or cross-check differently, so it is not reused as is."""
    digest = hashlib.sha256()
    for source in sorted(p for c in _CODE for p in ([c] if c.is_file() else c.glob("*.py"))):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_path(path: Path) -> Path:
    """Beside the JSON: the snapshot's tables and search index as an SQLite file."""
    return path.with_suffix(".sqlite")


@dataclass(frozen=True)
class Snapshot:
    """A knowledge base rebuilt from the saved copy; `saved` is when it was written (UTC)."""

    kb: KnowledgeBase
    saved: datetime


def save(path: Path, models: dict[str, BaseModel], version: str, *,
         kb: KnowledgeBase | None = None) -> bool:
    """Write the models (and, with `kb`, its report and compiled tables) atomically; False
    (logged) if the disk refuses (read-only, full)."""
    data: dict[str, Any] = {
        "format": FORMAT, "version": version, "code": code_version(),
        "saved": datetime.now(UTC).isoformat(timespec="seconds"), "files": models}
    if kb is not None:
        data["report"] = _report_doc(kb.report)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kb is not None:
            try:  # first: it names the version it is for, so a stale one is never used
                kb.save_compiled(compiled_path(path))
            except sqlite3.Error as exc:
                log.warning("could not keep the compiled knowledge beside %s: %s", path, exc)
        # Serialized by pydantic-core, as it is read: `json.dump` to a file encodes in pure
        # Python, seconds of CPU at 100x the shipped knowledge, at every reload.
        encoded = _DOCUMENT.dump_json(data)  # type: ignore[arg-type]
        with open(tmp, "wb") as out:
            out.write(encoded)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.warning("could not keep the last good knowledge in %s: %s", path, exc)
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def load_current(path: Path, directory: Path) -> KnowledgeBase | None:
    """The saved snapshot, with its own report, if the files in `directory` are still the
    ones it was made from and the knowledge code is unchanged; else None (parse the files)."""
    version = knowledge_version(directory)
    if version is None:
        return None
    data = _read(path, quiet=True)
    if data is None or data.get("version") != version or data.get("code") != code_version():
        return None
    try:
        report = _report_of(data["report"])
    except (KeyError, TypeError, ValueError) as exc:
        log.info("last good knowledge %s has no usable report (%s); parsing the files", path, exc)
        return None
    snap = _build(path, data, directory, report)
    return snap.kb if snap is not None else None


def load(path: Path, directory: Path, report: Report) -> Snapshot | None:
    """The saved knowledge re-validated against today's schema, or None (logged) if there is
    no usable copy. `report` (the errors of the files on disk) travels with the snapshot."""
    data = _read(path)
    return _build(path, data, directory, report) if data is not None else None


def _read(path: Path, quiet: bool = False) -> dict[str, Any] | None:
    """The copy with its file models validated, or None (logged) if it is missing, unreadable,
    of another format or does not fit today's schema."""
    say = log.info if quiet else log.error
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        say("the last good knowledge copy %s is unreadable: %s", path, exc)
        return None
    try:
        data: dict[str, Any] = _DOCUMENT.validate_json(raw)  # type: ignore[assignment]
    except ValidationError as exc:
        if any(e["type"].startswith("json_") for e in exc.errors()):
            say("the last good knowledge copy %s is unreadable: %s", path, exc)
        else:
            say("the last good knowledge copy %s does not fit the schema: %s", path, exc)
        return None
    if data["format"] not in (1, FORMAT):
        say("the last good knowledge copy %s has format %r, expected %d", path, data["format"],
            FORMAT)
        return None
    return data


def _build(path: Path, data: dict[str, Any], directory: Path, report: Report) -> Snapshot | None:
    try:
        models: dict[str, BaseModel] = dict(data["files"])  # validated by `_read`
        # The compiled tables only when this code made them (`_restore` checks the version).
        compiled = compiled_path(path) if data.get("code") == code_version() else None
        kb = KnowledgeBase.build(models, version=str(data["version"]), directory=directory,
                                 report=report, compiled=compiled)
        return Snapshot(kb, datetime.fromisoformat(data["saved"]))
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        log.error("the last good knowledge copy %s does not fit the schema: %s", path, exc)
        return None


def _report_doc(report: Report) -> dict[str, Any]:
    return {"errors": [dataclasses.asdict(i) for i in report.errors],
            "warnings": [dataclasses.asdict(i) for i in report.warnings],
            "coverage": {lang: dataclasses.asdict(c) for lang, c in report.coverage.items()},
            "sample_records": report.sample_records,
            "quarantined": {file: sorted(ids) for file, ids in report.quarantined.items()}}


def _report_of(doc: dict[str, Any]) -> Report:
    report = Report(errors=[Issue(**i) for i in doc["errors"]],
                    warnings=[Issue(**i) for i in doc["warnings"]],
                    sample_records=int(doc["sample_records"]),
                    quarantined={file: set(ids) for file, ids in doc["quarantined"].items()})
    for lang, cov in doc["coverage"].items():
        report.coverage[lang] = Coverage(**cov)
    return report

"""The last good knowledge, kept in BOT_DATA_DIR so a broken file at start-up is not an outage.

After every load that produced a snapshot, the validated file models are written as JSON
(`knowledge.last-good.json`; plain data, never pickle, so reading it cannot run code). At
start-up, if the knowledge folder has errors, the bot starts from this copy instead, and staff
get the errors; only when there has never been a good version does it refuse to start.

File layout: {"format": 1, "version": <sha256 of the YAML files>, "saved": <ISO 8601 UTC>,
"files": {<file name>: <model as JSON>}}. Written atomically (temporary file + rename), so a
crash or a full disk leaves the previous copy intact.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ValidationError

from core.kb.index import KnowledgeBase
from core.kb.report import Report
from core.kb.schema import FILE_MODELS

log = logging.getLogger(__name__)

FILE_NAME = "knowledge.last-good.json"
FORMAT = 1


@dataclass(frozen=True)
class Snapshot:
    """A knowledge base rebuilt from the saved copy; `saved` is when it was written (UTC)."""

    kb: KnowledgeBase
    saved: datetime


def save(path: Path, models: dict[str, BaseModel], version: str) -> bool:
    """Write the models atomically; False (logged) if the disk refuses (read-only, full)."""
    data = {"format": FORMAT, "version": version,
            "saved": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": {name: model.model_dump(mode="json") for name, model in models.items()}}
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
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


def load(path: Path, directory: Path, report: Report) -> Snapshot | None:
    """The saved knowledge re-validated against today's schema, or None (logged) if there is
    no usable copy. `report` (the errors of the files on disk) travels with the snapshot."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.error("the last good knowledge copy %s is unreadable: %s", path, exc)
        return None
    try:
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
        files = data["files"]
        models = {name: model.model_validate(files[name]) for name, model in FILE_MODELS.items()}
        kb = KnowledgeBase.build(models, version=str(data["version"]), directory=directory,
                                 report=report)
        return Snapshot(kb, datetime.fromisoformat(data["saved"]))
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        log.error("the last good knowledge copy %s does not fit the schema: %s", path, exc)
        return None

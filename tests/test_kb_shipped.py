"""The knowledge folder we ship: valid, with its editor schemas generated from the current models."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.kb.index import KnowledgeBase
from core.kb.jsonschema import file_schema, schema_name
from core.kb.loader import load_knowledge
from core.kb.schema import FILE_MODELS

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    result = load_knowledge(KNOWLEDGE)
    assert result.report.errors == [], "\n" + "\n".join(map(str, result.report.errors))
    assert result.kb is not None
    return result.kb


def test_shipped_knowledge_validates_with_zero_errors(shipped: KnowledgeBase) -> None:
    counts = shipped.counts()
    assert all(counts[kind] > 0 for kind in ("location", "incentive", "work", "event", "program",
                                             "partner", "contact", "faq", "topic", "genre"))
    assert shipped.report.coverage["en"].total > 0


def test_shipped_knowledge_is_searchable(shipped: KnowledgeBase) -> None:
    assert shipped.search("Latin Film Night", kinds=["event"])[0].id in shipped.events
    assert shipped.search("Hengdian Film Festival", lang="en", kinds=["event"])


def test_schema_comment_points_at_the_files_own_schema() -> None:
    for file in FILE_MODELS:
        first = (KNOWLEDGE / file).read_text(encoding="utf-8").splitlines()[0]
        match = SCHEMA_LINE.match(first)
        if match:  # optional, but when present it must name the right schema
            assert match.group(1) == f"schemas/{schema_name(file)}", file


def test_generated_schemas_are_up_to_date() -> None:
    """Run `python -m bot kb schema` after changing core/kb/schema.py."""
    for file in FILE_MODELS:
        path = KNOWLEDGE / "schemas" / schema_name(file)
        assert path.is_file(), f"{path} missing: run python -m bot kb schema"
        assert json.loads(path.read_text(encoding="utf-8")) == file_schema(file), \
            f"{path} is stale: run python -m bot kb schema"

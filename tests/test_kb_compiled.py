"""The last good knowledge copy is also the compiled one: a start with unchanged files rebuilds
the same knowledge from it without parsing, and only while the files (and the code) match."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from core.kb import live, snapshot
from core.kb.live import LiveKnowledge
from core.kb.loader import knowledge_version, load_knowledge

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def kdir(tmp_path: Path) -> Path:
    kdir = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", kdir)
    return kdir


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(directory):
        raise AssertionError(f"{directory} was parsed")
    monkeypatch.setattr(live, "load_knowledge", refuse)


def test_unchanged_files_start_from_the_copy_without_parsing(
        kdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "data" / snapshot.FILE_NAME
    parsed = LiveKnowledge(kdir, last_good=copy).current
    saved = json.loads(copy.read_text())
    assert saved["version"] == parsed.version == knowledge_version(kdir)
    assert saved["code"] == snapshot.code_version()
    assert snapshot.compiled_path(copy).exists()  # tables and search index, restored as well

    with monkeypatch.context() as patched:
        _no_parsing(patched)
        started = LiveKnowledge(kdir, last_good=copy)
    compiled = started.current
    assert started.started_from_last_good is None  # the files are what is served
    assert compiled.version == parsed.version
    for kind in ("works", "events", "partners", "faq", "locations", "announcements", "topics"):
        assert getattr(compiled, kind) == getattr(parsed, kind), kind
    assert compiled.taxonomy == parsed.taxonomy and compiled.catalog_about == parsed.catalog_about
    assert [str(w) for w in compiled.report.warnings] == [str(w) for w in parsed.report.warnings]
    assert compiled.report.coverage == parsed.report.coverage
    assert compiled.report.sample_records == parsed.report.sample_records
    for question in ("palace sets", "补贴", "세트장", "evento", "AI"):
        assert compiled.search(question) == parsed.search(question), question

    faq = kdir / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert snapshot.load_current(copy, kdir) is None  # edited: parsed again
    edited = LiveKnowledge(kdir, last_good=copy).current
    assert edited.version != parsed.version == load_knowledge(ROOT / "knowledge").require().version
    assert json.loads(copy.read_text())["version"] == edited.version


def test_broken_files_start_from_the_copy_and_are_reported(kdir: Path, tmp_path: Path) -> None:
    copy = tmp_path / snapshot.FILE_NAME
    good = LiveKnowledge(kdir, last_good=copy).current
    (kdir / "events.yaml").write_text("events:\n  - id: [unclosed\n", encoding="utf-8")
    started = LiveKnowledge(kdir, last_good=copy)
    assert started.started_from_last_good is not None
    assert started.current.version == good.version
    assert any(i.file == "events.yaml" for i in started.last_report.errors)
    assert started.current.search("palace sets") == good.search("palace sets")


def test_a_copy_made_by_other_code_is_not_reused_as_is(
        kdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / snapshot.FILE_NAME
    first = LiveKnowledge(kdir, last_good=copy).current
    data = json.loads(copy.read_text())
    data["code"] = "0" * 64
    copy.write_text(json.dumps(data))
    assert snapshot.load_current(copy, kdir) is None
    again = LiveKnowledge(kdir, last_good=copy).current  # parsed, and the copy rewritten
    assert again.search("palace sets") == first.search("palace sets")
    assert json.loads(copy.read_text())["code"] == snapshot.code_version()


def test_a_search_index_of_another_version_is_compiled_again(
        kdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / snapshot.FILE_NAME
    first = LiveKnowledge(kdir, last_good=copy).current
    with sqlite3.connect(snapshot.compiled_path(copy)) as db:
        db.execute("UPDATE kb_meta SET value = 'stale' WHERE key = 'version'")
    _no_parsing(monkeypatch)
    restored = LiveKnowledge(kdir, last_good=copy).current  # from the JSON, index compiled again
    assert restored.search("palace sets") == first.search("palace sets")
    assert restored._db.conn.execute(
        "SELECT value FROM kb_meta WHERE key = 'version'").fetchone()[0] == first.version


def test_a_damaged_copy_is_ignored(tmp_path: Path) -> None:
    copy = tmp_path / snapshot.FILE_NAME
    copy.write_text('{"format": 2, "version": "x", "files": {', encoding="utf-8")
    kb = LiveKnowledge(ROOT / "knowledge", last_good=copy).current
    assert kb.works and json.loads(copy.read_text())["version"] == kb.version

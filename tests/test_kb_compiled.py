"""The compiled knowledge snapshot: same knowledge as parsing, used only while the files match."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from core.kb.loader import knowledge_version, load_compiled_or_parse, load_knowledge

ROOT = Path(__file__).resolve().parents[1]


def test_compiled_snapshot_is_the_parsed_one_and_follows_edits(tmp_path: Path) -> None:
    kdir = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", kdir)
    cache = tmp_path / "data" / "knowledge.compiled.json"
    parsed = load_compiled_or_parse(kdir, cache).require()
    assert json.loads(cache.read_text())["version"] == parsed.version == knowledge_version(kdir)
    compiled = load_compiled_or_parse(kdir, cache).require()
    assert compiled.version == parsed.version
    for kind in ("works", "events", "partners", "faq", "locations", "announcements", "topics"):
        assert getattr(compiled, kind) == getattr(parsed, kind), kind
    assert compiled.taxonomy == parsed.taxonomy and compiled.catalog_about == parsed.catalog_about
    assert [str(w) for w in compiled.report.warnings] == [str(w) for w in parsed.report.warnings]
    assert cache.with_suffix(".sqlite").exists()  # tables and search index, restored as well
    for question in ("palace sets", "补贴", "세트장", "evento", "AI"):
        assert compiled.search(question) == parsed.search(question), question

    faq = kdir / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = load_compiled_or_parse(kdir, cache).require()
    assert edited.version != parsed.version == load_knowledge(ROOT / "knowledge").require().version
    assert json.loads(cache.read_text())["version"] == edited.version


def test_broken_files_are_reported_even_with_a_compiled_snapshot(tmp_path: Path) -> None:
    kdir = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", kdir)
    cache = tmp_path / "knowledge.compiled.json"
    load_compiled_or_parse(kdir, cache).require()
    (kdir / "events.yaml").write_text("events:\n  - id: [unclosed\n", encoding="utf-8")
    result = load_compiled_or_parse(kdir, cache)
    assert result.kb is None and any(i.file == "events.yaml" for i in result.report.errors)


def test_a_search_index_of_another_version_is_compiled_again(tmp_path: Path) -> None:
    kdir = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", kdir)
    cache = tmp_path / "knowledge.compiled.json"
    first = load_compiled_or_parse(kdir, cache).require()
    other = tmp_path / "other.sqlite"
    first.save_compiled(other)
    data = json.loads(cache.read_text())
    data["version"] = "0" * 64
    cache.write_text(json.dumps(data))
    cache.with_suffix(".sqlite").write_bytes(other.read_bytes())
    again = load_compiled_or_parse(kdir, cache).require()  # JSON of another version: parsed
    assert again.search("palace sets") == first.search("palace sets")
    with sqlite3.connect(cache.with_suffix(".sqlite")) as db:
        db.execute("UPDATE kb_meta SET value = 'stale' WHERE key = 'version'")
    restored = load_compiled_or_parse(kdir, cache).require()  # stale index: compiled again
    assert restored.search("palace sets") == first.search("palace sets")
    assert restored._db.conn.execute(
        "SELECT value FROM kb_meta WHERE key = 'version'").fetchone()[0] == first.version


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "knowledge.compiled.json"
    cache.write_text('{"format": 1, "version": "x", "files": {', encoding="utf-8")
    kb = load_compiled_or_parse(ROOT / "knowledge", cache).require()
    assert kb.works and json.loads(cache.read_text())["version"] == kb.version

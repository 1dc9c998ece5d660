"""The last good knowledge copy is also the compiled one: a start with unchanged files rebuilds
the same knowledge from it without parsing, and only while the files (and the code) match."""

from __future__ import annotations

import json
import logging
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


def _copied(models: dict, times: int) -> dict:
    """The file models with every record of the large lists repeated `times` times in all (new
    ids), as `bench/scale.py` multiplies the YAML."""
    lists = {"catalog.yaml": "works", "locations.yaml": "locations", "events.yaml": "events",
             "partners.yaml": "partners", "faq.yaml": "faq"}
    out = dict(models)
    for file, key in lists.items():
        records = getattr(models[file], key)
        copies = [r.model_copy(update={"id": f"{r.id}_x{n}"}) for n in range(1, times)
                  for r in records]
        out[file] = models[file].model_copy(update={key: records + copies})
    return out


@pytest.mark.parametrize("times", [1, 100])
def test_the_copy_is_read_into_the_very_models_saved(tmp_path: Path, times: int) -> None:
    """The copy's bytes are validated by pydantic-core in one pass (`snapshot._read`): the
    models are those of `json.loads` + `model_validate` (the way it was read before), and
    those the YAML gave, value for value and type for type (a float stays a float, a date-time
    keeps its offset), at the shipped size and at 100x."""
    models = _copied(load_knowledge(ROOT / "knowledge").models, times)
    copy = tmp_path / snapshot.FILE_NAME
    assert snapshot.save(copy, models, "v" * 64)
    read = snapshot._read(copy)
    assert read is not None and read["version"] == "v" * 64
    plain = json.loads(copy.read_text(encoding="utf-8"))["files"]
    for name, model in snapshot.FILE_MODELS.items():
        before = model.model_validate(plain[name])
        assert type(read["files"][name]) is model
        assert read["files"][name] == before == models[name], name
        assert read["files"][name].model_dump_json() == before.model_dump_json() \
            == models[name].model_dump_json(), name
        assert read["files"][name].model_fields_set == before.model_fields_set, name


def test_a_copy_that_no_longer_fits_the_schema_is_not_used(
        kdir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Validated, not trusted: a saved record today's schema refuses (here a work with no
    episodes) makes the copy unusable, and the files are parsed instead."""
    caplog.set_level(logging.INFO, logger=snapshot.__name__)
    copy = tmp_path / snapshot.FILE_NAME
    LiveKnowledge(kdir, last_good=copy)
    data = json.loads(copy.read_text())
    data["files"]["catalog.yaml"]["works"][0]["episodes"] = 0
    copy.write_text(json.dumps(data))
    assert snapshot.load_current(copy, kdir) is None
    assert "does not fit the schema" in caplog.text and "episodes" in caplog.text
    (kdir / "events.yaml").write_text("events:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(live.KnowledgeError):
        LiveKnowledge(kdir, last_good=copy)  # broken files and no usable copy: no start

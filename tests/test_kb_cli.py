"""`python -m bot kb ...` through click's CliRunner: output format and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from bot.cli import main
from bot.cli.kb import kb as kb_group
from core.kb.schema import FILE_MODELS

try:  # tests/ is a package; without its __init__.py the module has its bare name
    from tests.test_kb_fixtures import MINIMAL, break_file, pos_of, write_kb
except ImportError:  # pragma: no cover
    from test_kb_fixtures import MINIMAL, break_file, pos_of, write_kb

ISSUE_LINE = re.compile(r"^[\w.]+\.yaml:\d+:\d+: .+$")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)  # no stray .env; relative defaults land in tmp_path
    for name in ("BOT_KNOWLEDGE_DIR", "BOT_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def test_validate_ok(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["kb", "validate", "--dir", str(write_kb(tmp_path / "k"))])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-1].startswith("OK: 0 error(s), ")
    assert lines[-2].startswith("Translation coverage: es ")
    assert all(ISSUE_LINE.match(line) and ": warning: " in line for line in lines[:-2])


def test_validate_errors_exit_1_with_one_line_each(runner: CliRunner, tmp_path: Path) -> None:
    events = break_file(
        MINIMAL["events.yaml"], "    starts: 2027-10-16T19:30:00+08:00", "    starts: 2027-10-16"
    )
    catalog = break_file(MINIMAL["catalog.yaml"], "    genres: [mystery]", "    genres: [scifi]")
    folder = write_kb(tmp_path / "k", events=events, catalog=catalog)
    result = runner.invoke(main, ["kb", "validate", "--dir", str(folder), "--quiet"])
    assert result.exit_code == 1
    line, col = pos_of(catalog, "scifi")
    eline, ecol = pos_of(events, "2027-10-16\n")
    assert result.output.splitlines() == [
        (f"catalog.yaml:{line}:{col}: unknown genre 'scifi' in work 'palace_detective' "
        f"(known: comedy, mystery, romance)"),
        (f"events.yaml:{eline}:{ecol}: 'starts' needs a date, time and UTC offset, "
        f"e.g. 2027-10-15T19:30:00+08:00, not '2027-10-16' in event 'latin_film_night'"),
        result.output.splitlines()[2],  # coverage of the files that did validate
        result.output.splitlines()[3],
    ]
    assert result.output.splitlines()[3].startswith("INVALID: 2 error(s)")


def test_validate_uses_the_knowledge_dir_setting(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(write_kb(tmp_path / "from_env", faq=None)))
    result = runner.invoke(main, ["kb", "validate", "-q"])
    assert result.exit_code == 1
    assert (
        result.output.splitlines()[0]
        == "faq.yaml: file is missing: the knowledge folder needs faq.yaml"
    )


def test_stats(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["kb", "stats", "--dir", str(write_kb(tmp_path / "k"))])
    assert result.exit_code == 0, result.output
    assert re.search(r"^  location\s+2$", result.output, re.MULTILINE)
    assert re.search(r"^  genre\s+3$", result.output, re.MULTILINE)
    assert re.search(r"^  en  100\.0%  \((\d+)/\1\)$", result.output, re.MULTILINE)
    assert re.search(r"^  ko\s+\d+\.\d%  \(\d+/\d+\)$", result.output, re.MULTILINE)
    assert "Records marked 'source: sample': 7" in result.output


def test_stats_on_invalid_folder_fails(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        main, ["kb", "stats", "--dir", str(write_kb(tmp_path / "k", topics="x: 1\n"))]
    )
    assert result.exit_code == 1 and "topics.yaml:1:1: unknown field 'x'" in result.output


def test_compile(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_kb(tmp_path / "k")
    out = tmp_path / "out" / "kb.db"
    result = runner.invoke(main, ["kb", "compile", "--dir", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Compiled 23 records (version ")
    assert sqlite_utils.Database(out)["events"].count == 2
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))  # default: BOT_DATA_DIR/knowledge.db
    result = runner.invoke(main, ["kb", "compile", "--dir", str(folder)])
    assert result.exit_code == 0 and (tmp_path / "data" / "knowledge.db").is_file()


def test_schema_writes_one_file_per_knowledge_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["kb", "schema", "--out", str(tmp_path / "schemas")])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert written == sorted(f.removesuffix(".yaml") + ".schema.json" for f in FILE_MODELS)
    schema = json.loads((tmp_path / "schemas" / "events.schema.json").read_text())
    assert schema["properties"]["events"]["type"] == "array"
    assert schema["$defs"]["Event"]["additionalProperties"] is False
    result = runner.invoke(main, ["kb", "schema"], env={"BOT_KNOWLEDGE_DIR": str(tmp_path / "kn")})
    assert result.exit_code == 0 and (tmp_path / "kn" / "schemas" / "faq.schema.json").is_file()


def test_search(runner: CliRunner, tmp_path: Path) -> None:
    folder = str(write_kb(tmp_path / "k"))
    result = runner.invoke(main, ["kb", "search", "--dir", folder, "补贴", "--lang", "zh"])
    assert result.exit_code == 0, result.output
    assert (
        "incentive:vertical_drama_incentive  (title, zh)  Vertical short drama incentive"
        in result.output.splitlines()[0]
    )
    result = runner.invoke(main, ["kb", "search", "--dir", folder, "qwertyuiop"])
    assert result.output.strip() == "No match."


def test_every_command_documents_itself() -> None:
    """Like sqlite-utils: each option has help= and each docstring an Example: line."""
    assert "Example:" in (kb_group.help or "")
    for name, command in kb_group.commands.items():
        assert "Example: python -m bot kb " + name in (command.help or ""), name
        for param in command.params:
            if param.param_type_name == "option":
                assert getattr(param, "help", None), f"{name} {param.name}"

"""Source files hold no control characters but newline, tab and carriage return.

A word boundary written as "\b" in a non-raw string (or pasted through a tool that turned it into
the byte 0x08) leaves a pattern that silently never matches; two such slips reached merges in one
round. Scans every Python, YAML and PO file of the project's own folders.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("bot", "core", "intents", "jobs", "knowledge", "tests", "bench")
SUFFIXES = {".py", ".yml", ".yaml", ".po", ".pot", ".tsv"}
ALLOWED = {"\n", "\t", "\r"}


def _files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).rglob("*")
                  if p.suffix in SUFFIXES and p.is_file() and ".venv" not in p.parts)


def test_there_are_files_to_scan() -> None:
    assert len(_files()) > 50


def test_no_control_characters() -> None:
    bad = []
    for path in _files():
        text = path.read_text(encoding="utf-8", errors="replace")
        bad += [(str(path.relative_to(ROOT)), n, repr(c)) for n, line in enumerate(text.split("\n"), 1)
                for c in line if ord(c) < 0x20 and c not in ALLOWED]
    assert not bad, f"control characters at (file, line, char): {bad[:10]}"

"""perf20: the conversation benchmark's row shows both bars of issue 7, and the semantic FAQ
match's embedding is computed only where it can change the answer (see `intents.understand`)."""

from __future__ import annotations

import json
from pathlib import Path

from bench import report


def _conversation_rows(tmp_path: Path, p50: float, p99: float) -> list[str]:
    (tmp_path / "conversation.json").write_text(json.dumps({"p50_ms": p50, "p95_ms": 9.0, "p99_ms": p99}))
    return [line for line in report.table(tmp_path).splitlines() if line.startswith("| conversation")]


def test_conversation_row_judges_p50_and_p99_on_their_own_bars(tmp_path: Path) -> None:
    rows = _conversation_rows(tmp_path, 3.5, 55.6)
    assert "| 3.5 / 9.0 / 55.6 |" in rows[0]
    assert rows[1].endswith("| <= 5 | pass |") and "p50" in rows[1]
    assert rows[2].endswith("| <= 20 | **miss** |") and "p99" in rows[2]
    rows = _conversation_rows(tmp_path, 6.0, 19.0)
    assert rows[1].endswith("**miss** |") and rows[2].endswith("| <= 20 | pass |")

"""What loading the knowledge folder found: errors, warnings and translation coverage.

One `Report` travels from the loader to the CLI (`python -m bot kb validate`), to the staff chat
(hot reload failures) and to tests, so every problem is phrased once, as `file:line:column: text`
that staff can open in their editor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from core.i18n import LANGS, Lang

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem in one file. `line`/`column` are 1-based; None when the whole file is meant."""

    file: str
    line: int | None
    column: int | None
    message: str
    severity: Severity = "error"
    isolated: bool = False
    """An error confined to one record (a bad announcement): that record is left out and the
    rest of the knowledge is served; still an error for `kb validate` and for staff."""

    @property
    def where(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.where}: {prefix}{self.message}"


@dataclass
class Coverage:
    """How many localized text fields have a text in one language."""

    filled: int = 0
    total: int = 0

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else 100.0 * self.filled / self.total


@dataclass
class Report:
    """Everything found while loading; `ok` means the knowledge can be served."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    coverage: dict[Lang, Coverage] = field(default_factory=lambda: {lang: Coverage() for lang in LANGS})
    sample_records: int = 0
    reason: str = ""
    quarantined: dict[str, set[str]] = field(default_factory=dict)
    """Ids of records left out of the snapshot per file, because of their `isolated` errors."""

    @property
    def ok(self) -> bool:
        """No errors at all (`kb validate` exits 0)."""
        return not self.errors

    @property
    def servable(self) -> bool:
        """No errors except isolated ones: a snapshot can be built without the bad records."""
        return all(issue.isolated for issue in self.errors)

    def isolate(self, file: str, pos: tuple[int, int] | None, message: str, record: str) -> None:
        """Record an error that leaves only `record` of `file` out of the snapshot."""
        line, col = pos if pos else (None, None)
        self.errors.append(Issue(file, line, col, message, "error", isolated=True))
        self.quarantined.setdefault(file, set()).add(record)

    def error(self, file: str, pos: tuple[int, int] | None, message: str) -> None:
        """Record an error at a 1-based (line, column), or for the whole file when pos is None."""
        line, col = pos if pos else (None, None)
        self.errors.append(Issue(file, line, col, message, "error"))

    def warn(self, file: str, pos: tuple[int, int] | None, message: str) -> None:
        line, col = pos if pos else (None, None)
        self.warnings.append(Issue(file, line, col, message, "warning"))

    def coverage_line(self) -> str:
        """`Translation coverage: es 92% (120/130), zh ...` for the languages that may be missing."""
        if not self.coverage["en"].total:
            return "Translation coverage: no texts were checked"
        parts = [f"{lang} {c.percent:.0f}% ({c.filled}/{c.total})"
                 for lang, c in self.coverage.items() if lang != "en"]
        return "Translation coverage: " + ", ".join(parts)

    def summary(self) -> str:
        status = "OK" if self.ok else "INVALID"
        return (f"{status}: {len(self.errors)} error(s), {len(self.warnings)} warning(s), "
                f"{self.sample_records} record(s) marked 'source: sample'")

    def format(self, *, warnings: bool = True, limit: int | None = None) -> str:
        """Errors first (one per line), then warnings, coverage and the summary line.

        `limit` caps the issue lines, e.g. for a Telegram message that must stay short.
        """
        issues = list(self.errors) + (list(self.warnings) if warnings else [])
        shown = issues if limit is None else issues[:limit]
        lines = [str(i) for i in shown]
        if len(shown) < len(issues):
            lines.append(f"... and {len(issues) - len(shown)} more")
        lines += [self.coverage_line(), self.summary()]
        return "\n".join(lines)


class KnowledgeError(Exception):
    """The knowledge folder cannot be served (raised at start-up when there is no good copy)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        super().__init__("The knowledge files are invalid:\n" + report.format(warnings=False, limit=30))

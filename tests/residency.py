"""How much of a file's mapping this process keeps resident: the page-residency tests of the
stored NLU arrays (`test_classifier_weights.py`, `test_selector_spans.py`) read it from
/proc/self/smaps (Linux)."""

from __future__ import annotations

from pathlib import Path


def resident_kb(path: Path) -> int:
    """Resident kilobytes of this process's mappings of `path`."""
    inside, total = False, 0
    for line in Path("/proc/self/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            inside = len(fields) == 6 and fields[5] == str(path)
        elif inside and line.startswith("Rss:"):
            total += int(fields[1])
    return total

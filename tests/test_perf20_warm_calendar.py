"""perf20: icalendar is imported, and one calendar file written, at the warm-up (`Brain.warm`),
not by the first partner who asks for a calendar file (~50 ms of CPU on that reply, perf19)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from intents import ics

ROOT = Path(__file__).resolve().parents[1]

# In a fresh process (icalendar imported by no earlier test): the knowledge loaded, `ics.warm`,
# then every event's calendar file in four languages: no module imported by them any more.
AFTER_WARM = """
import sys
from datetime import UTC, datetime
from core.kb.loader import load_knowledge
from intents import ics
kb = load_knowledge("knowledge").require()
events = list(kb.events.values())
assert events and "icalendar" not in sys.modules
ics.warm(events[0])
assert "icalendar" in sys.modules
before = set(sys.modules)
for event in events:
    for lang in ("en", "es", "zh", "ko"):
        assert b"BEGIN:VEVENT" in ics.event_ics(event, lang, datetime(2026, 12, 7, tzinfo=UTC))
print(sorted(set(sys.modules) - before))
"""


def test_a_calendar_file_after_the_warm_up_imports_nothing() -> None:
    done = subprocess.run([sys.executable, "-c", AFTER_WARM], check=False, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_warm_up_writes_one_calendar_file(services, monkeypatch) -> None:
    warmed = []
    monkeypatch.setattr(ics, "warm", warmed.append)
    services.brain.warm()
    kb = services.knowledge.current
    assert len(warmed) == 1 and warmed[0] is not None and warmed[0].id in kb.events


def test_warm_writes_nothing_without_an_event() -> None:
    ics.warm(None)  # an empty knowledge: the import alone
    assert "icalendar" in sys.modules

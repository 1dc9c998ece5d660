"""The shipped knowledge, loaded once per test process and only when a test first asks for it.

Not at import: every pytest-xdist worker imports (collects) every test module, so a module-level
`load_knowledge` parsed and indexed the YAML in both workers, four times over, whichever modules
they went on to run (~3 s of CPU a worker). Tests read it and never change it."""

from __future__ import annotations

import functools
from pathlib import Path

from core.kb.index import KnowledgeBase
from core.kb.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def shipped_kb() -> KnowledgeBase:
    """`knowledge/` as the bot loads it (raises if it does not validate)."""
    return load_knowledge(ROOT / "knowledge").require()

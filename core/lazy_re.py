"""`re` with `compile` deferred to a pattern's first use: for modules of vocabulary patterns.

`intents.lexicon` and `intents.handoff_words` hold a few hundred module-level patterns, many of
them long alternations built from word lists; compiling them all at import was ~0.2 s of CPU in
a ~2 s start-up, before the bot could answer anyone. Such a module imports this module as `re`
(`from core import lazy_re as re`): `re.compile` returns a `LazyPattern` that compiles on its
first `search`/`match`/... and then hands out the compiled pattern's own bound methods (no
per-call cost), and the other `re` names are the standard ones. `compile_pending()` compiles
what no message has needed yet; `bot.app` runs it in a thread once the bot is ready, so the
first partners do not pay for it either.
"""

from __future__ import annotations

import re as _re
from re import (  # noqa: F401 (re-exported: this module stands in for `re`)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    Match,
    Pattern,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

_PENDING: list[LazyPattern] = []
"""Every pattern made by `compile` and not compiled yet (append and pop are thread-safe)."""


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` until first used. `pattern` is there without
    compiling (modules build combined patterns from it); any other attribute compiles."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: Pattern[str] | None = None

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now if no one has yet). Two threads racing here each
        compile once and keep equal patterns: harmless."""
        compiled = self._compiled
        if compiled is None:
            compiled = _re.compile(self.pattern, self._flags)
            # Later look-ups find these in the instance and never reach `__getattr__` again.
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
                         "split", "flags", "groups", "groupindex", "scanner"):
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> Pattern[str]:
    """A pattern compiled when first used (see the module docstring); typed as the `re.Pattern`
    it behaves as."""
    lazy = LazyPattern(pattern, flags)
    _PENDING.append(lazy)
    return cast(Pattern[str], lazy)


def compile_pending() -> int:
    """Compile every pattern not used yet; returns how many were compiled."""
    done = 0
    while _PENDING:
        lazy = _PENDING.pop()
        if lazy._compiled is None:
            lazy.compiled()
            done += 1
    return done

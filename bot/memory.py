"""Keep the long-running bot's memory flat: at most two glibc malloc arenas, and the heap that
building the services freed given back to the system.

glibc gives every thread that allocates its own arena (up to 8 per core), and an arena keeps
the high-water mark of what its thread once built. The bot builds a whole knowledge snapshot
in whichever worker thread runs a reload, so each worker's arena grows to that size in turn:
`bench/soak.py` measured +44 MB over six minutes of reloads every 15 s, still climbing, and
flat (214 MB from the second minute on) with two arenas. Called first thing in `python -m bot
run`, before the worker threads exist. The same as MALLOC_ARENA_MAX=2 in the environment;
a no-op where glibc's `mallopt` is not available (macOS, musl).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_ARENA_MAX = -8
"""glibc's mallopt parameter number for the arena limit (malloc.h)."""
M_MMAP_THRESHOLD = -3
"""glibc's mallopt parameter number for the size from which a block gets its own mapping."""
MMAP_THRESHOLD = 128 * 1024
"""glibc's default starting value, kept fixed (see `fix_mmap_threshold`)."""


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Cap glibc's malloc arenas at `arenas`; True if it took effect."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_ARENA_MAX, arenas))
    except (OSError, AttributeError):
        log.debug("mallopt not available; malloc arenas not limited")
        return False


def fix_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """Keep glibc's mmap threshold at `size` bytes; True if it took effect.

    glibc raises the threshold each time a mapped block is freed (up to 32 MB), so that blocks of
    that size come from the arena afterwards, and its trim threshold with it (twice as high).
    The bot's large blocks are short-lived: the e5 engine's activations (~0.2-1 MB a
    message), numpy temporaries; once the threshold has risen they stay resident in the arena
    between messages. A fixed threshold gives each one its own mapping, returned when it is
    freed (a few mmap/munmap calls per embedding: tens of microseconds against its ~20 ms).
    Measured in-process at the shipped size (160 messages): 155.4 -> 154.8 MB at the end."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, size))
    except (OSError, AttributeError):
        log.debug("mallopt not available; mmap threshold left to glibc")
        return False


def release_free_memory() -> bool:
    """Give the free pages of every malloc arena back to the system (glibc's `malloc_trim`);
    True if any were. Building the services at start (and a reload's snapshot) frees ~13 MB of
    parsing and fitting scratch that glibc otherwise keeps resident between live objects, so
    the process's peak grows from there; measured at the shipped size, in-process: 146 MB to
    133 MB right after, 172 MB to 164 MB after the first messages. A no-op elsewhere."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.malloc_trim(0))
    except (OSError, AttributeError):
        log.debug("malloc_trim not available")
        return False

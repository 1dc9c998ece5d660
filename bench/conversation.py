"""Reply latency of the Brain (understanding + answer), over the held-out NLU messages.

Not a test: prints figures and writes bench/results/conversation.json. Run with `make bench`.

Timed as the running bot answers: after `bot.app.warm_reading`, which `python -m bot run` starts
in a thread once the bot is ready (the reading vocabulary, the fact and gap tables, and every
vocabulary pattern compiled; `warm_s`). Without it, the ~300 patterns compiled on first use
landed on whichever of the 640 messages first needed them, a one-off cost in the tail. `embedded`
counts the messages the embedding engine was asked for (the semantic FAQ match, ~15-25 ms each).

The machine is shared, so the figures are given twice: wall time (`p50_ms` ... as the bars of
issue 7 read them) and the thread's CPU time (`cpu`), which another process's load changes far
less. The CPU figures split the e5 encode (`cpu.embedding_*`: one C call per text, ~1.1 ms of
CPU per token plus ~2.4 ms, so a 30-token message costs ~35 ms) from the rest of the
understanding and the answer (`cpu.besides_embedding_*`), and give the messages that needed no
encode apart (`cpu.without_embedding_*`): which of the two a tail comes from decides what can
shorten it. The heap is frozen after the build, as `python -m bot run` does
(`bot.app.freeze_heap`): otherwise the collector's full passes walk the whole knowledge and the
models (~85 ms, one of the 640 messages) where the bot's walk only what messages create.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_services, freeze_heap, warm_reading
from bot.settings import load_settings
from intents.nlu.data import load_test

OUT = Path(__file__).parent / "results" / "conversation.json"


class Encodes:
    """The texts the embedding engine is asked to embed from now on, and the thread CPU time
    (seconds) and tokens they took (`tokens` stays 0 for a model that cannot count them)."""

    def __init__(self) -> None:
        self.count, self.cpu, self.tokens = 0, 0.0, 0


def count_embeddings(brain) -> Encodes | None:
    """`Encodes` kept up to date from now on (None without the engine)."""
    embedder = brain.understander.embedder
    if embedder is None:
        return None
    found, model = Encodes(), embedder.model
    query, tokens = model.query, getattr(model, "token_count", None)

    def counted(text):
        started = time.thread_time()
        try:
            return query(text)
        finally:
            found.cpu += time.thread_time() - started
            found.count += 1
            if tokens is not None:
                found.tokens += tokens(text, True)  # (after the clock: not counted as the encode's)

    model.query = counted
    return found


def quantiles(values: list[float], prefix: str) -> dict[str, float]:
    """p50 / p95 / p99 / max (ms) of `values`, keyed `<prefix>p50_ms` ..."""
    if len(values) < 2:
        return {}
    return {f"{prefix}p50_ms": round(statistics.median(values), 2),
            f"{prefix}p95_ms": round(statistics.quantiles(values, n=20)[18], 2),
            f"{prefix}p99_ms": round(statistics.quantiles(values, n=100)[98], 2),
            f"{prefix}max_ms": round(max(values), 2)}


LONG = 60
"""Characters from which a message is a run-on one (49 of the 640): the reply p99 is theirs, their
reading (splitting, the rules over each part, entity lookup) besides one e5 encode."""


def cpu_figures(cpu: list[float], encode: list[float], encodes: Encodes | None,
                lengths: list[int] | None = None) -> dict:
    """The CPU figures (ms) of `cpu` per message, `encode` the part of it spent embedding;
    with the messages' `lengths`, those of the run-on ones (`LONG`) apart (`long_*`)."""
    besides = [c - e for c, e in zip(cpu, encode, strict=True)]
    figures = {**quantiles(cpu, ""), **quantiles(besides, "besides_embedding_"),
               **quantiles([c for c, e in zip(cpu, encode, strict=True) if not e], "without_embedding_"),
               **quantiles([e for e in encode if e], "embedding_")}
    if lengths is not None:
        long = [at for at, n in enumerate(lengths) if n >= LONG]
        figures.update({"long_messages": len(long),
                        **quantiles([cpu[at] for at in long], "long_"),
                        **quantiles([besides[at] for at in long], "long_besides_embedding_"),
                        "long_besides_embedding_mean_ms": round(statistics.mean(besides[at] for at in long), 2)
                        if long else None})
    if encodes is not None and encodes.count:
        figures["embedding_ms_per_encode"] = round(encodes.cpu * 1000 / encodes.count, 2)
        if encodes.tokens:
            figures["embedding_tokens_per_encode"] = round(encodes.tokens / encodes.count, 1)
    return figures


def main() -> None:
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        services = build_services(load_settings(bot_data_dir=Path(tmp), bot_token=None))
        cold_start = time.perf_counter() - started
        brain, store = services.brain, services.store
        freeze_heap(collect=False)  # as `python -m bot run` does once the services are built
        started = time.perf_counter()
        warm_reading(brain)
        warm = time.perf_counter() - started
        embedded = count_embeddings(brain)
        messages = [(lang, ex.text) for lang, data in load_test().items() for ex in data.examples]
        timings: dict[str, list[float]] = {}
        cpu, encode = [], []
        for i, (lang, text) in enumerate(messages):
            profile = store.touch(1000 + i % 50, language_code=lang)
            encoding = embedded.cpu if embedded else 0.0
            t0, c0 = time.perf_counter(), time.thread_time()
            brain.reply_to_text(profile.chat_id, text, profile)
            c1, t1 = time.thread_time(), time.perf_counter()
            timings.setdefault(lang, []).append((t1 - t0) * 1000)
            cpu.append((c1 - c0) * 1000)
            encode.append(((embedded.cpu if embedded else 0.0) - encoding) * 1000)
    every = [ms for values in timings.values() for ms in values]
    result = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        "messages": len(every),
        "cold_start_s": round(cold_start, 2),
        "warm_s": round(warm, 2),
        "embedded": embedded.count if embedded else None,
        "p50_ms": round(statistics.median(every), 2),
        "p95_ms": round(statistics.quantiles(every, n=20)[18], 2),
        "p99_ms": round(statistics.quantiles(every, n=100)[98], 2),
        "max_ms": round(max(every), 2),
        "first_ms": round(every[0], 2),  # builds the entity index lazily
        "max_after_first_ms": round(max(every[1:]), 2),
        "per_language_p50_ms": {lang: round(statistics.median(v), 2) for lang, v in timings.items()},
        "cpu": cpu_figures(cpu, encode, embedded, [len(text) for _, text in messages]),
        "load_average": {"start": round(load_before[0], 2), "end": round(os.getloadavg()[0], 2)},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Reply latency of the Brain (understanding + answer), over the held-out NLU messages.

Not a test: prints figures and writes bench/results/conversation.json. Run with `make bench`.

Timed as the running bot answers: after `bot.app.warm_reading`, which `python -m bot run` starts
in a thread once the bot is ready (the reading vocabulary, the fact and gap tables, and every
vocabulary pattern compiled; `warm_s`). Without it, the ~300 patterns compiled on first use
landed on whichever of the 640 messages first needed them, a one-off cost in the tail. `embedded`
counts the messages the embedding engine was asked for (the semantic FAQ match, ~15-25 ms each).
"""

from __future__ import annotations

import json
import platform
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_services, warm_reading
from bot.settings import load_settings
from intents.nlu.data import load_test

OUT = Path(__file__).parent / "results" / "conversation.json"


def count_embeddings(brain) -> list[int] | None:
    """A one-item list that counts the texts the embedding engine is asked to embed from now on
    (None without the engine)."""
    embedder = brain.understander.embedder
    if embedder is None:
        return None
    count, query = [0], embedder.model.query

    def counted(text):
        count[0] += 1
        return query(text)

    embedder.model.query = counted
    return count


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        services = build_services(load_settings(bot_data_dir=Path(tmp), bot_token=None))
        cold_start = time.perf_counter() - started
        brain, store = services.brain, services.store
        started = time.perf_counter()
        warm_reading(brain)
        warm = time.perf_counter() - started
        embedded = count_embeddings(brain)
        messages = [(lang, ex.text) for lang, data in load_test().items() for ex in data.examples]
        timings: dict[str, list[float]] = {}
        for i, (lang, text) in enumerate(messages):
            profile = store.touch(1000 + i % 50, language_code=lang)
            t0 = time.perf_counter()
            brain.reply_to_text(profile.chat_id, text, profile)
            timings.setdefault(lang, []).append((time.perf_counter() - t0) * 1000)
    every = [ms for values in timings.values() for ms in values]
    result = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        "messages": len(every),
        "cold_start_s": round(cold_start, 2),
        "warm_s": round(warm, 2),
        "embedded": embedded[0] if embedded else None,
        "p50_ms": round(statistics.median(every), 2),
        "p95_ms": round(statistics.quantiles(every, n=20)[18], 2),
        "p99_ms": round(statistics.quantiles(every, n=100)[98], 2),
        "max_ms": round(max(every), 2),
        "first_ms": round(every[0], 2),  # builds the entity index lazily
        "max_after_first_ms": round(max(every[1:]), 2),
        "per_language_p50_ms": {lang: round(statistics.median(v), 2) for lang, v in timings.items()},
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Broadcast benchmark: the real bot delivers one announcement to 10,000 subscribers.

`python bench/broadcast.py` (or `make bench`) starts the loopback Bot API stub with Telegram's
flood limits (30 messages/s overall, burst 30; 1/s per private chat), seeds 10,000 subscribed
partners in a fresh database, puts an announcement due now into a copy of knowledge/, runs
`python -m bot run` against the stub, and reads the stub's journal when every subscriber has
the message. It is a measurement, not a timed test (about six minutes at 30/s).

Figures (printed and written to bench/results/broadcast.json):
  rate_sustained   messages/s between the 5th and the 95th percentile delivery (bar: >= 28)
  rate_overall     messages/s from the first to the last delivery
  duplicates       extra copies received by any chat (bar: 0)
  lost             subscribers who never got it (bar: 0)
  too_many_requests  429 answers the stub gave
  unhandled_429    sends made while a 429's retry_after was still running, plus messages
                   that ended failed because of a 429 (bar: 0)

Example: python bench/broadcast.py --subscribers 2000
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.botapi_stub import FloodLimits, running_stub
from tests.jobs_support import (
    BotProcess,
    announcement_yaml,
    knowledge_copy,
    seed_partners,
)

FIRST_CHAT = 7_000_001
BAR_RATE = 28.0


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=10_000,
                        help="subscribed partners to deliver to (default 10000)")
    parser.add_argument("--limit", type=float, default=30.0,
                        help="the stub's overall flood limit in messages/s (default 30)")
    parser.add_argument("--fail-rate", type=float, default=0.0,
                        help="share of sendMessage calls answered 502 Bad Gateway (default 0)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "broadcast.json",
                        help="where to write the JSON figures")
    return parser.parse_args(argv)


def delivered_count(stub) -> int:
    return sum(1 for e in stub.journal.entries("sendMessage") if e.status == 200)


def unhandled_429(calls) -> int:
    """Requests that arrived while an earlier 429's retry_after had not yet passed."""
    limited = [(e.time, (e.response or {}).get("parameters", {}).get("retry_after", 0))
               for e in calls if e.status == 429]
    early = 0
    for t0, wait in limited:
        early += sum(1 for e in calls if t0 + 0.05 < e.time < t0 + wait - 0.01)
    return early


def measure(stub, chats: set[int], started: float, db_path: Path) -> dict:
    calls = stub.journal.entries("sendMessage")
    ok = sorted(e.time for e in calls if e.status == 200 and e.chat_id in chats)
    copies = Counter(m["chat"]["id"] for m in stub.sent_messages() if m["chat"]["id"] in chats)
    n = len(ok)
    lo, hi = ok[int(n * 0.05)], ok[int(n * 0.95) - 1]
    sustained = (int(n * 0.95) - int(n * 0.05) - 1) / (hi - lo) if hi > lo else 0.0
    gaps = [b - a for a, b in pairwise(ok)]
    with sqlite3.connect(db_path) as db:
        ledger = dict(db.execute("SELECT status, count(*) FROM deliveries GROUP BY status"))
        failed_429 = db.execute("SELECT count(*) FROM deliveries WHERE status = 'failed' "
                                "AND last_error LIKE '429%'").fetchone()[0]
    return {
        "subscribers": len(chats),
        "delivered": n,
        "duration_s": round(ok[-1] - ok[0], 2),
        "wall_clock_s": round(time.time() - started, 2),
        "rate_overall": round((n - 1) / (ok[-1] - ok[0]), 2),
        "rate_sustained": round(sustained, 2),
        "median_gap_ms": round(statistics.median(gaps) * 1000, 2),
        "duplicates": sum(c - 1 for c in copies.values() if c > 1),
        "lost": len(chats - set(copies)),
        "too_many_requests": stub.stats().too_many_requests,
        "unhandled_429": unhandled_429(calls) + failed_429,
        "bad_gateway_injected": sum(1 for e in calls if e.status == 502),
        "ledger": ledger,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    limits = FloodLimits(global_per_second=args.limit, global_burst=int(args.limit))
    with running_stub(known_chats_only=False, flood=limits) as stub, \
            tempfile.TemporaryDirectory() as tmp:
        if args.fail_rate:
            stub.faults.fail_rate(args.fail_rate, method="sendMessage")
        data = Path(tmp) / "var"
        data.mkdir()
        chats = list(range(FIRST_CHAT, FIRST_CHAT + args.subscribers))
        seed_partners(data / "bot.db", chats)
        when = datetime.now(UTC) + timedelta(seconds=2)
        kdir = knowledge_copy(Path(tmp) / "knowledge", announcement_yaml("ann_bench", when))
        bot = BotProcess(stub, data, kdir, BOT_LOG_LEVEL="WARNING")
        print(f"Broadcasting to {args.subscribers} subscribers against a {args.limit:g}/s limit…",
              flush=True)
        started = time.time()
        try:
            bot.start()
            last = -1
            while (done := delivered_count(stub)) < args.subscribers:
                if done != last and done // 1000 != last // 1000:
                    print(f"  {done} delivered after {time.time() - started:.0f} s", flush=True)
                last = done
                bot.wait(lambda d=done: delivered_count(stub) > d, 120, "progress")
                time.sleep(0.5)
            time.sleep(1.0)  # let late retries (if any) land before counting duplicates
        finally:
            bot.stop()
        figures = measure(stub, set(chats), started, data / "bot.db")
    figures.update({
        "limit_per_second": args.limit,
        "fail_rate": args.fail_rate,
        "bar_rate": BAR_RATE,
        "pass": (figures["rate_sustained"] >= BAR_RATE and figures["duplicates"] == 0
                 and figures["lost"] == 0 and figures["unhandled_429"] == 0),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
    })
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    for key in ("subscribers", "delivered", "duration_s", "rate_sustained", "rate_overall",
                "median_gap_ms", "duplicates", "lost", "too_many_requests", "unhandled_429"):
        print(f"{key:>18}: {figures[key]}")
    print(f"{'result':>18}: {'PASS' if figures['pass'] else 'FAIL'} (bar: >= {BAR_RATE:g} msg/s, "
          f"no duplicates, none lost, no unhandled 429)")
    print(f"written to {args.out}")
    return 0 if figures["pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

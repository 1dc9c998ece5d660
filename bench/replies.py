"""Reply benchmark: the bot against a bare python-telegram-bot echo bot, then under flood limits.

`python bench/replies.py` (or `make bench`) runs, in one go:

1. **overhead** — the bot (`python -m bot run`) and an echo bot written here with the same
   python-telegram-bot (polling, concurrent updates, `reply_text(text)`), each against its own
   loopback Bot API stub (same code, same process), messages interleaved one at a time and
   alternating who goes first: partner-style messages in en/es/zh/ko from the held-out NLU set.
   Latency is from the moment the partner's message is queued for `getUpdates` to the moment
   the stub receives the reply (its journal time). Reported: p50/p99 for each, and the ratios
   (bars: p50 <= 1.3x, p99 <= 2x the echo bot).
2. **burst** — Telegram's flood limits on (30/s overall, burst 30; 1/s per chat, burst 3):
   300 partners write at once. Reported: replies/s from the first message to the last reply
   (bar >= 29) and 429 answers (bar: 0).
3. **broadcast** — an announcement to `--recipients` subscribers (default 10,000) fired by a
   knowledge reload while partners keep writing (one message a second, the same 60 messages
   over and over in both phases). Reported: reply p50/p99 with no broadcast (same pace, just
   before) and during it (bar: p99 <= 2x quiet),
   the broadcast's sustained rate (bar >= 28/s), lost and duplicated deliveries (bar: 0).

A measurement, not a test: the machine is shared, so ratios measured side by side in one run
are what to read. Figures go to bench/results/replies.json.

Example: python bench/replies.py --recipients 1500
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.broadcast import measure as broadcast_figures
from tests.botapi_stub import FloodLimits, running_stub
from tests.jobs_support import BotProcess, announcement_yaml, knowledge_copy, seed_partners

OUT = ROOT / "bench" / "results" / "replies.json"
SENDS = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendVenue", "sendLocation"})
FIRST_SUBSCRIBER = 7_000_001
BARS = {"p50_ratio": 1.3, "p99_ratio": 2.0, "burst_rate": 29.0, "broadcast_p99_ratio": 2.0,
        "broadcast_rate": 28.0}


# -- the echo bot (run as a subprocess: `python bench/replies.py --echo`) ----------------------
def echo_bot() -> None:
    """The framework's floor: polling, concurrent updates, one `reply_text` per text message."""
    from telegram import Update
    from telegram.ext import Application, MessageHandler, filters
    from telegram.request import HTTPXRequest

    async def echo(update: Update, _context: Any) -> None:
        await update.effective_message.reply_text(update.effective_message.text)

    api = os.environ["BOT_API_URL"]
    app = (Application.builder().token(os.environ["BOT_TOKEN"])
           .base_url(f"{api}/bot").base_file_url(f"{api}/file/bot")
           .request(HTTPXRequest(connection_pool_size=256))
           .concurrent_updates(True).build())
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


class EchoProcess(BotProcess):
    """The echo bot as a subprocess against `stub` (same start/stop as the bot's)."""

    def start(self) -> EchoProcess:
        polls_before = len(self.stub.calls("getUpdates"))
        with open(self.log_path, "a") as log:
            self.process = subprocess.Popen([sys.executable, __file__, "--echo"], cwd=ROOT,
                                            env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.wait(lambda: len(self.stub.calls("getUpdates")) > polls_before, 60, "echo polling")
        return self


# -- watching replies arrive -------------------------------------------------------------------
class Replies:
    """Successful sends the stub received, per chat, read incrementally from its journal."""

    def __init__(self, stub: Any) -> None:
        self.stub = stub
        self._cursor = 0
        self.times: dict[int, list[float]] = {}

    def scan(self) -> None:
        entries = self.stub.journal._entries  # append-only list; read without copying 10k items
        end = len(entries)
        i = self._cursor
        while i < end:
            entry = entries[i]
            if entry.method not in SENDS:
                i += 1
                continue
            if entry.status is None:
                break  # a send still in flight: look again from here next time
            if entry.status == 200:
                self.times.setdefault(int(entry.params["chat_id"]), []).append(entry.time)
            i += 1
        self._cursor = i

    def first_after(self, chat_id: int, t0: float, timeout: float = 30.0) -> float:
        """Epoch seconds of the first send to `chat_id` received at or after `t0`."""
        deadline = time.monotonic() + timeout
        while True:
            self.scan()
            for t in self.times.get(chat_id, ()):
                if t >= t0:
                    return t
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply to chat {chat_id} within {timeout} s")
            time.sleep(0.0005)


def ask(stub: Any, replies: Replies, user: Any, text: str) -> float:
    """Milliseconds from queuing `text` from `user` to the stub receiving the first reply."""
    t0 = time.time()
    user.send_text(text)
    return (replies.first_after(user.chat_id, t0) - t0) * 1000


def messages() -> list[tuple[str, str]]:
    """Partner-style messages, four languages interleaved (held-out NLU set, not trained on)."""
    from intents.nlu.data import load_test

    by_lang = {lang: [ex.text for ex in data.examples] for lang, data in load_test().items()}
    out = []
    for i in range(max(len(v) for v in by_lang.values())):
        out.extend((lang, texts[i]) for lang, texts in by_lang.items() if i < len(texts))
    return out


def cycle(items: list[Any]) -> Iterator[Any]:
    while True:
        yield from items


def pct(values: list[float], p: int) -> float:
    return round(statistics.quantiles(values, n=100, method="inclusive")[p - 1], 2)


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50_ms": pct(values, 50), "p99_ms": pct(values, 99),
            "max_ms": round(max(values), 2)}


# -- scenarios ---------------------------------------------------------------------------------
def overhead(bot_stub: Any, echo_stub: Any, count: int, every: float = 0.025) -> dict[str, Any]:
    """Interleaved, one message at a time, alternating who goes first; a message every
    `every` seconds overall."""
    texts = messages()
    langs = ("en", "es", "zh", "ko")
    sides = {}
    for name, stub in (("bot", bot_stub), ("echo", echo_stub)):
        users = [stub.add_user(first_name=f"P{i}", language_code=langs[i % 4]) for i in range(40)]
        sides[name] = (stub, Replies(stub), cycle(users))
    timings: dict[str, list[float]] = {"bot": [], "echo": []}
    warm = 20
    for i, (_lang, text) in zip(range(count + warm), cycle(texts), strict=False):
        order = ("bot", "echo") if i % 2 == 0 else ("echo", "bot")
        for name in order:
            started = time.monotonic()
            stub, replies, users = sides[name]
            ms = ask(stub, replies, next(users), text)
            if i >= warm:
                timings[name].append(ms)
            # 20 messages/s per bot: under Telegram's 30/s, so no pace is measured, only work
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    bot, echo = summary(timings["bot"]), summary(timings["echo"])
    return {"bot": bot, "echo": echo,
            "p50_ratio": round(bot["p50_ms"] / echo["p50_ms"], 2),
            "p99_ratio": round(bot["p99_ms"] / echo["p99_ms"], 2)}


def burst(stub: Any, partners: int = 300) -> dict[str, Any]:
    """`partners` new partners write at once under the flood limits."""
    texts = cycle([text for _, text in messages()])
    users = [stub.add_user(first_name=f"B{i}", language_code=("en", "es", "zh", "ko")[i % 4])
             for i in range(partners)]
    replies = Replies(stub)
    limited_before = stub.stats().too_many_requests
    t0 = time.time()
    for user in users:
        user.send_text(next(texts))
    last = max(replies.first_after(u.chat_id, t0, timeout=120) for u in users)
    return {"partners": partners, "seconds": round(last - t0, 2),
            "replies_per_s": round(partners / (last - t0), 2),
            "too_many_requests": stub.stats().too_many_requests - limited_before}


def probe_loop(stub: Any, replies: Replies, users: Iterator[Any], texts: Iterator[str],
               every: float, until: Any) -> list[float]:
    """One message every `every` seconds until `until()`; latencies in ms."""
    out = []
    while not until():
        started = time.monotonic()
        out.append(ask(stub, replies, next(users), next(texts)))
        time.sleep(max(0.0, every - (time.monotonic() - started)))
    return out


def probe_texts(count: int) -> list[str]:
    """The messages both phases of `broadcast` send, in this order, again and again: the first
    `count` of `messages()` (four languages in turn; the overhead run sent them already)."""
    return [text for _, text in messages()[:count]]


def broadcast(stub: Any, bot: BotProcess, kdir: Path, recipients: int,
              quiet_probes: int = 60, every: float = 1.0) -> dict[str, Any]:
    """Replies while quiet, then while a broadcast to `recipients` runs: the same messages in
    both phases (`probe_texts`), so the ratio compares the broadcast's effect, not two sets of
    messages. (Each phase used to go on down the list: the quiet one sent messages 1-60, the
    busy one 61 onwards, as many as the broadcast lasted, ~350 for 10,000 recipients, longer
    ones among them that need an embedding and cost several times more with no broadcast.)"""
    sample = probe_texts(quiet_probes)
    users = cycle([stub.add_user(first_name=f"W{i}", language_code=("en", "es", "zh", "ko")[i % 4])
                   for i in range(40)])  # each writes every 40 s: under 1/s per chat
    replies = Replies(stub)
    chats = list(range(FIRST_SUBSCRIBER, FIRST_SUBSCRIBER + recipients))
    seed_partners(bot.data_dir / "bot.db", chats)
    count = iter(range(quiet_probes + 1))
    quiet = probe_loop(stub, replies, users, cycle(sample), every,
                       lambda: next(count) == quiet_probes)

    def delivered() -> int:
        replies.scan()
        return sum(1 for c in chats if c in replies.times)

    started = time.time()
    when = datetime.now(UTC) + timedelta(seconds=3)
    (kdir / "announcements.yaml").write_text(announcement_yaml("ann_replies_bench", when),
                                             encoding="utf-8")
    bot.wait(lambda: delivered() > 0, 60, "the broadcast to start")
    busy = probe_loop(stub, replies, users, cycle(sample), every,
                      lambda: delivered() >= recipients)
    time.sleep(1.0)  # late retries, if any, land before duplicates are counted
    figures = broadcast_figures(stub, set(chats), started, bot.data_dir / "bot.db")
    q, b = summary(quiet), summary(busy)
    return {"recipients": recipients, "quiet": q, "during": b,
            "p99_ratio": round(b["p99_ms"] / q["p99_ms"], 2),
            **{k: figures[k] for k in ("rate_sustained", "rate_overall", "duplicates", "lost",
                                       "too_many_requests", "unhandled_429")}}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--echo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--messages", type=int, default=300,
                        help="messages per bot in the overhead run (default 300)")
    parser.add_argument("--partners", type=int, default=300,
                        help="partners writing at once in the burst run (default 300)")
    parser.add_argument("--recipients", type=int, default=10_000,
                        help="subscribers of the broadcast run (default 10000; 0 skips it)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSON figures")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.echo:
        echo_bot()
        return 0
    far = datetime.now(UTC) + timedelta(days=30)
    with running_stub(known_chats_only=False) as bot_stub, running_stub() as echo_stub, \
            tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "var"
        data.mkdir()
        kdir = knowledge_copy(Path(tmp) / "knowledge", announcement_yaml("ann_later", far))
        bot = BotProcess(bot_stub, data, kdir, BOT_LOG_LEVEL="WARNING")
        echo = EchoProcess(echo_stub, Path(tmp), kdir)
        try:
            bot.start()
            echo.start()
            print(f"overhead: {args.messages} messages each, interleaved…", flush=True)
            result: dict[str, Any] = {"overhead": overhead(bot_stub, echo_stub, args.messages)}
            echo.stop()
            print(json.dumps(result["overhead"]), flush=True)
            bot_stub.flood.enable(FloodLimits())
            print(f"burst: {args.partners} partners at once under flood limits…", flush=True)
            result["burst"] = burst(bot_stub, args.partners)
            print(json.dumps(result["burst"]), flush=True)
            time.sleep(2.0)  # let the flood buckets refill
            if args.recipients:
                print(f"broadcast: {args.recipients} recipients while partners write…",
                      flush=True)
                result["broadcast"] = broadcast(bot_stub, bot, kdir, args.recipients)
                print(json.dumps(result["broadcast"]), flush=True)
        finally:
            bot.stop()
            echo.stop()
    result["pass"] = verdict(result)
    result.update({"date": datetime.now(UTC).isoformat(timespec="seconds"),
                   "python": platform.python_version(), "cpus": os.cpu_count()})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'PASS' if all(result['pass'].values()) else 'FAIL'}: {result['pass']}")
    print(f"written to {args.out}")
    return 0


def verdict(result: dict[str, Any]) -> dict[str, bool]:
    """Each bar of the issue, True when met."""
    o, b = result["overhead"], result["burst"]
    out = {"p50_ratio": o["p50_ratio"] <= BARS["p50_ratio"],
           "p99_ratio": o["p99_ratio"] <= BARS["p99_ratio"],
           "burst_rate": b["replies_per_s"] >= BARS["burst_rate"],
           "burst_no_429": b["too_many_requests"] == 0}
    if "broadcast" in result:
        c = result["broadcast"]
        out.update({"broadcast_p99_ratio": c["p99_ratio"] <= BARS["broadcast_p99_ratio"],
                    "broadcast_rate": c["rate_sustained"] >= BARS["broadcast_rate"],
                    "broadcast_exact": c["duplicates"] == 0 and c["lost"] == 0})
    return out


if __name__ == "__main__":
    raise SystemExit(main())

"""Soak test: the real bot for minutes under mixed traffic and injected faults, all at once.

`python bench/soak.py` (not part of `make test`; about four minutes) runs `python -m bot run`
against the loopback Bot API stub and, at the same time:

* partners (four languages) ask the held-out questions of `intents/data/test/` one after the
  other, each waiting for the answer before the next, plus a few commands;
* a broadcast to 2,000 seeded subscribers starts after 20 s;
* the knowledge folder is edited every 15 s (a good edit, and once a broken one, then fixed),
  so hot reloads happen during the traffic and the broadcast;
* faults: 10 % of sendMessage calls answered 502, three broadcast sends hang past the engine's
  time-out (not delivered, so a resend is safe), and another process holds the write lock on
  bot.db for 10 s in the middle. (Time-outs on partners' replies belong to the reply send
  path's retry policy and are not injected here.)

The report (printed, and written to bench/results/soak.json):
  lost_replies         partner messages that got no answer within 20 s (bar: 0)
  duplicate_deliveries broadcast copies beyond one per subscriber (bar: 0)
  broadcast_lost       subscribers the broadcast never reached (bar: 0)
  reply_p50_s / p95 / max  seconds from a partner's message to the answer
  rss_start_mb         the bot's resident memory after its first answer
  rss_two_thirds_mb    two thirds into the run (sampled every 5 s, broadcast included)
  rss_end_mb / rss_max_mb  at the end, and the highest sample
  rss_floor_middle_mb / rss_floor_last_mb  the lowest sample of the middle and of the last
                       third of the run (bar: the last is at most 5 MB above the middle: memory
                       that is not given back has levelled off). The first minutes grow while
                       every worker thread's allocator arena reaches its working size and the
                       broadcast's start adds its working set once; each knowledge reload holds
                       a second snapshot (~25 MB) for a while, so single samples saw-tooth and
                       the end sample alone says more about when it was taken than about leaks.

Partners write for --seconds, and on until the broadcast has finished, so the whole sampled
run is under mixed load; knowledge edits stop at --seconds, since each reload's transient
snapshot saw-tooths RSS by ~25-30 MB and 5 s samples cannot tell that from growth (before, partners and reloads stopped at --seconds while a broadcast
that had started late went on, and the bar compared an end sample taken after the broadcast
with one taken before it: it measured the broadcast's one-off working set, not growth).

Example: python bench/soak.py --seconds 120 --partners 12
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.i18n import t
from tests.botapi_stub import Fault, running_stub
from tests.jobs_support import BotProcess, announcement_yaml, seed_partners

FIRST_SUBSCRIBER = 8_000_001
LANGS = ("en", "es", "zh", "ko")
RSS_BAR_MB = 5.0
COMMANDS = ("/events", "/catalog", "/locations", "/incentives", "/help")
RECEIPTS = {t("handoff_relay_queued", lang) for lang in LANGS}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=180.0,
                        help="how long partners keep writing (default 180)")
    parser.add_argument("--partners", type=int, default=16,
                        help="partners writing at the same time (default 16)")
    parser.add_argument("--subscribers", type=int, default=2000,
                        help="subscribers the broadcast goes to (default 2000)")
    parser.add_argument("--fail-rate", type=float, default=0.10,
                        help="share of sendMessage calls answered 502 (default 0.10)")
    parser.add_argument("--keep-log", type=Path, default=None,
                        help="copy the bot's log here at the end (for post-mortems)")
    parser.add_argument("--lock-seconds", type=float, default=10.0,
                        help="how long another process holds bot.db's write lock (default 10)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "soak.json",
                        help="where to write the JSON figures")
    return parser.parse_args(argv)


def questions() -> dict[str, list[str]]:
    """Held-out partner messages per language (never trained on)."""
    from ruamel.yaml import YAML

    out: dict[str, list[str]] = {}
    for lang in LANGS:
        data = YAML(typ="safe").load((ROOT / "intents" / "data" / "test" / f"nlu.{lang}.yml")
                                     .read_text(encoding="utf-8"))
        out[lang] = [line[2:].strip() for block in data["nlu"]
                     for line in block["examples"].splitlines() if line.startswith("- ")]
    return out


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Partner(threading.Thread):
    """Writes, waits for the answer (at most 20 s), thinks, writes again, until told to stop."""

    def __init__(self, stub, staff, lang: str, lines: list[str], stop: threading.Event,
                 seed: int) -> None:
        super().__init__(daemon=True)
        self.staff = staff
        self.relayed = 0  # messages that went to the staff chat during an open hand-off
        self.receipts = 0  # answered only with "your message is on its way to the team"
        self.name = f"Soak {lang} {seed}"
        self.user = stub.add_user(first_name=self.name, language_code=lang)
        self.stub, self.lines, self.stop_event = stub, lines, stop
        self.rng = random.Random(seed)
        self.latencies: list[float] = []
        self.lost: list[str] = []
        self.sent = 0

    def run(self) -> None:
        while not self.stop_event.is_set():
            text = (self.rng.choice(COMMANDS) if self.rng.random() < 0.15
                    else self.rng.choice(self.lines))
            before = len(self.user.messages())
            relayed_before = self._relayed_count(text)
            started = time.monotonic()
            self.user.send_text(text)
            self.sent += 1
            while time.monotonic() - started < 20:
                if len(self.user.messages()) > before:
                    self.latencies.append(time.monotonic() - started)
                    # The staff chat over Telegram's 20-a-minute limit: "on its way to the team".
                    if any(m.get("text") in RECEIPTS for m in self.user.messages()[before:]):
                        self.receipts += 1
                    break
                # While a hand-off is open the bot does not talk over the person: the message
                # is relayed to the staff chat, which is where it must arrive.
                if self._relayed_count(text) > relayed_before:
                    self.relayed += 1
                    break
                time.sleep(0.05)
            else:
                self.lost.append(f"{datetime.now(UTC):%H:%M:%S} {self.name}: {text}")
            time.sleep(self.rng.uniform(0.3, 1.5))

    def _relayed_count(self, text: str) -> int:
        name = self.name
        return sum(1 for m in self.staff.messages()
                   if name in (m.get("text") or "") and text in (m.get("text") or ""))


def hold_lock(db: Path, seconds: float, log: list[str]) -> None:
    conn = sqlite3.connect(db, isolation_level=None, timeout=30)
    conn.execute("BEGIN EXCLUSIVE")
    log.append(f"lock taken at {datetime.now(UTC):%H:%M:%S}")
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()
    log.append(f"lock released at {datetime.now(UTC):%H:%M:%S}")


def edit_knowledge(kdir: Path, stop: threading.Event, every: float, log: list[str]) -> None:
    """A good edit every `every` seconds; the third edit is broken and the next one fixes it."""
    faq = kdir / "faq.yaml"
    original = faq.read_text(encoding="utf-8")
    n = 0
    while not stop.wait(every):
        n += 1
        if n == 3:
            faq.write_text(original.replace("faq:", "faqs:", 1), encoding="utf-8")
            log.append(f"broken edit {n}")
        else:
            faq.write_text(original + f"\n# soak edit {n}\n", encoding="utf-8")
            log.append(f"edit {n}")
    faq.write_text(original, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    events: list[str] = []
    with running_stub(known_chats_only=False) as stub, tempfile.TemporaryDirectory() as tmp:
        data, kdir = Path(tmp) / "var", Path(tmp) / "knowledge"
        data.mkdir()
        shutil.copytree(ROOT / "knowledge", kdir)
        staff = stub.add_group("HISDA staff", chat_type="supergroup")
        subscribers = list(range(FIRST_SUBSCRIBER, FIRST_SUBSCRIBER + args.subscribers))
        seed_partners(data / "bot.db", subscribers)
        due = datetime.now(UTC) + timedelta(seconds=60)  # the bot takes ~20-40 s to start
        (kdir / "announcements.yaml").write_text(announcement_yaml("ann_soak", due),
                                                 encoding="utf-8")
        stub.faults.fail_rate(args.fail_rate, method="sendMessage")
        # Broadcast sends that hang past the engine's 60 s time-out without being delivered.
        for chat in random.Random(7).sample(subscribers, 3):
            stub.faults.script(Fault.timeout(hang=65.0), method="sendMessage", chat_id=chat)
        bot = BotProcess(stub, data, kdir, BOT_LOG_LEVEL="WARNING",
                         BOT_STAFF_CHAT_ID=str(staff.chat_id), BOT_BROADCAST_RATE="29",
                         # Partners here write about once a second: above the flood limit
                         # a real partner gets one notice and is ignored, by design.
                         BOT_FLOOD_PER_MINUTE="600")
        print("Starting the bot…", flush=True)
        bot.start()
        pid = bot.process.pid
        lines = questions()
        stop = threading.Event()
        partners = [Partner(stub, staff, LANGS[i % 4], lines[LANGS[i % 4]], stop, i)
                    for i in range(args.partners)]
        warm = partners[0].user
        warm.send_text("hello")
        warm.wait_for_messages(1, timeout=60)
        rss = [(0.0, rss_mb(pid))]
        started = time.monotonic()
        print(f"Soaking for {args.seconds:.0f} s: {args.partners} partners, a broadcast to "
              f"{args.subscribers}, reloads, {args.fail_rate:.0%} 502s, a "
              f"{args.lock_seconds:g} s database lock…", flush=True)
        for p in partners:
            p.start()
        editing = threading.Event()  # reloads during --seconds only: see RSS_BAR_MB above
        editor = threading.Thread(target=edit_knowledge, args=(kdir, editing, 15.0, events),
                                  daemon=True)
        editor.start()
        locker = threading.Timer(args.seconds / 2, hold_lock,
                                 args=(data / "bot.db", args.lock_seconds, events))
        locker.start()
        while time.monotonic() - started < args.seconds:
            time.sleep(5)
            rss.append((round(time.monotonic() - started), rss_mb(pid)))
            delivered = len({m["chat"]["id"] for m in stub.sent_messages()
                             if m["chat"]["id"] >= FIRST_SUBSCRIBER})
            answered = sum(len(p.latencies) for p in partners)
            print(f"  {time.monotonic() - started:5.0f} s: {answered} answers, "
                  f"{sum(len(p.lost) for p in partners)} lost, broadcast {delivered}/"
                  f"{args.subscribers}, RSS {rss[-1][1]:.0f} MB", flush=True)
        editing.set()
        # Partners go on writing until the broadcast has finished too, so the whole measured
        # run is under mixed load (memory is judged over its last third; see RSS_BAR_MB).
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:  # let the broadcast finish
            got = {m["chat"]["id"] for m in stub.sent_messages()
                   if m["chat"]["id"] >= FIRST_SUBSCRIBER}
            if len(got) >= args.subscribers:
                break
            time.sleep(1)
            if time.monotonic() - started >= rss[-1][0] + 5:
                rss.append((round(time.monotonic() - started), rss_mb(pid)))
        broadcast_done_s = round(time.monotonic() - started)
        stop.set()
        for p in partners:
            p.join(timeout=30)
        locker.join()
        editor.join(timeout=5)
        time.sleep(2)
        rss.append((round(time.monotonic() - started), rss_mb(pid)))
        bot.stop()
        with sqlite3.connect(data / "bot.db") as db:
            ledger = dict(db.execute("SELECT status, count(*) FROM deliveries GROUP BY status"))
            errors = db.execute("SELECT chat_id, status, attempts, last_error FROM deliveries "
                                "WHERE status != 'sent' LIMIT 10").fetchall()
        log_lines = bot.log_path.read_text(errors="replace").splitlines()
        if args.keep_log:
            shutil.copy(bot.log_path, args.keep_log)
        log_tail = [line for line in log_lines if "ERROR" in line or "Traceback" in line][-20:]
        # The error handler's word for a send that failed after all its retries.
        gave_up = [line for line in log_lines if "network trouble" in line]
        copies = Counter(m["chat"]["id"] for m in stub.sent_messages()
                         if m["chat"]["id"] >= FIRST_SUBSCRIBER)
        latencies = sorted(x for p in partners for x in p.latencies)
        staff_texts = [m.get("text") or "" for m in staff.messages()]
        calls = stub.journal.entries("sendMessage")
    figures = {
        "seconds": args.seconds, "partners": args.partners,
        "partner_messages": sum(p.sent for p in partners),
        "answered": len(latencies),
        "relayed_to_staff": sum(p.relayed for p in partners),
        "relay_receipts": sum(p.receipts for p in partners),
        "lost_replies": sum(len(p.lost) for p in partners),
        "lost_examples": [t for p in partners for t in p.lost][:10],
        "reply_p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "reply_p95_s": round(latencies[int(len(latencies) * 0.95) - 1], 3) if latencies else None,
        "reply_max_s": round(latencies[-1], 3) if latencies else None,
        "broadcast_subscribers": args.subscribers,
        "broadcast_delivered": len(copies),
        "broadcast_lost": args.subscribers - len(copies),
        "duplicate_deliveries": sum(c - 1 for c in copies.values() if c > 1),
        "bad_gateway_injected": sum(1 for e in calls if e.status == 502),
        "rss_start_mb": round(rss[0][1], 1), "rss_end_mb": round(rss[-1][1], 1),
        "rss_two_thirds_mb": round(next(r for t, r in rss if t >= rss[-1][0] * 2 / 3), 1),
        # The lowest sample of a third: what the bot holds between reloads' transient snapshots.
        "rss_floor_middle_mb": round(min(r for t, r in rss
                                         if rss[-1][0] / 3 <= t < rss[-1][0] * 2 / 3), 1),
        "rss_floor_last_mb": round(min(r for t, r in rss if t >= rss[-1][0] * 2 / 3), 1),
        "broadcast_done_s": broadcast_done_s,
        "rss_max_mb": round(max(r for _, r in rss), 1),
        "rss_samples": [(t, round(r, 1)) for t, r in rss],
        "staff_notices": [t[:160] for t in staff_texts],
        "ledger": ledger, "unsent": errors, "log_errors": log_tail,
        "sends_given_up": len(gave_up), "sends_given_up_examples": gave_up[:5],
        "events": events,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
    }
    figures["pass"] = (figures["lost_replies"] == 0 and figures["duplicate_deliveries"] == 0
                       and figures["broadcast_lost"] == 0
                       and figures["rss_floor_last_mb"] - figures["rss_floor_middle_mb"]
                       <= RSS_BAR_MB)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    for key in ("partner_messages", "answered", "relayed_to_staff", "relay_receipts",
                "lost_replies", "reply_p50_s", "reply_p95_s",
                "reply_max_s", "broadcast_delivered", "broadcast_lost", "duplicate_deliveries",
                "bad_gateway_injected", "sends_given_up", "rss_start_mb", "rss_two_thirds_mb", "rss_end_mb",
                "rss_max_mb", "rss_floor_middle_mb", "rss_floor_last_mb", "broadcast_done_s"):
        print(f"{key:>22}: {figures[key]}")
    print(f"{'staff notices':>22}: {len(staff_texts)}")
    print(f"{'result':>22}: {'PASS' if figures['pass'] else 'FAIL'} (no lost reply, no "
          f"duplicate, broadcast complete, lowest RSS of the last third <= lowest of the middle third "
          f"+ {RSS_BAR_MB:g} MB)")
    print(f"written to {args.out}")
    return 0 if figures["pass"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

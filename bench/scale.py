"""Scale benchmark: the shipped knowledge against one 100 times its size, with 100,000 partners.

`python bench/scale.py` (or `make bench`) generates, in a temporary folder:

* a knowledge folder where works, locations (sets), events, partners and FAQ entries are the
  shipped ones copied `--times` times (default 100: 2,400 works, 1,000 sets, 1,000 events,
  1,200 partners, 1,500 FAQ) with new ids; the copies are made on the YAML text, so the
  files are exactly what staff would write;
* a `bot.db` with `--profiles` partner profiles (default 100,000), each subscribed to events.

Then, for the shipped size and for the large one, it measures:

* `kb validate`: seconds for `python -m bot kb validate` (parses every file, always);
* start-up: seconds from starting `python -m bot run` to its "bot ready" log line against
  the loopback Bot API stub, the first time (YAML parsed, compiled snapshot written) and
  the next time (compiled snapshot reused, as on every restart with unchanged files). With a
  FAQ other than the shipped one the first run fits the answer ranker once, in the background
  after "bot ready"; the bench lets that fit finish (`first_run_fit_done_s`, seconds from the
  start) before the restart, as a bot that runs for days would;
* peak RSS of the bot process (VmHWM, MB) at the end of the run;
* reply latency: p50/p99 over `--messages` partner messages (four languages, 10 a second),
  from queuing the message to the stub receiving the answer.

The bot's bytecode is compiled first (`tests.warm_cache.compile_bytecode`), as an installed bot
has it: with PYTHONDONTWRITEBYTECODE set, every start would compile the sources again; and the
-OO bytecode `bot run` starts itself again under (`bot.optimized`, as `make run` writes it).

Bars (issue 10): shipped start-up <= 1.5 s and RSS <= 150 MB; large start-up <= 3 s, RSS <=
300 MB, reply p50/p99 <= 1.5x the shipped size's. Figures go to bench/results/scale.json.

Example: python bench/scale.py --times 10 --profiles 10000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.replies import Replies, ask, cycle, messages, summary
from bot.optimized import compile_optimized
from tests.botapi_stub import running_stub
from tests.jobs_support import seed_partners
from tests.warm_cache import compile_bytecode

OUT = ROOT / "bench" / "results" / "scale.json"
COPIED = {"catalog.yaml": "works", "locations.yaml": "locations", "events.yaml": "events",
          "partners.yaml": "partners", "faq.yaml": "faq"}
ITEM = re.compile(r"^  - id: *(\S+)", re.MULTILINE)
BARS = {"startup_s": 1.5, "rss_mb": 150.0, "large_startup_s": 3.0, "large_rss_mb": 300.0,
        "latency_ratio": 1.5}


def multiply(text: str, key: str, times: int) -> str:
    """The `key:` list of a knowledge file with each record repeated `times` times in all,
    copies getting the id `<id>_x<n>` (the original keeps its id)."""
    start = re.search(rf"^{key}:\s*\n", text, re.MULTILINE)
    assert start, f"no '{key}:' list"
    end = re.search(r"^\S", text[start.end():], re.MULTILINE)
    stop = start.end() + end.start() if end else len(text)
    block = text[start.end():stop]
    firsts = [m.start() for m in ITEM.finditer(block)]
    head, items = block[:firsts[0]], [block[a:b] for a, b in
                                      zip(firsts, [*firsts[1:], len(block)], strict=True)]
    copies = []
    for n in range(1, times):
        for item in items:
            copies.append(ITEM.sub(lambda m, n=n: f"  - id: {m.group(1)}_x{n}", item, count=1)
                          .rstrip("\n") + "\n")
    body = head + "".join(i.rstrip("\n") + "\n" for i in items) + "".join(copies)
    return text[:start.end()] + body + ("\n" + text[stop:] if stop < len(text) else "")


def large_knowledge(target: Path, times: int) -> dict[str, int]:
    """The shipped folder with COPIED lists multiplied; returns records per list."""
    shutil.copytree(ROOT / "knowledge", target)
    counts = {}
    for file, key in COPIED.items():
        path = target / file
        text = multiply(path.read_text(encoding="utf-8"), key, times)
        path.write_text(text, encoding="utf-8")
        counts[key] = len(re.findall(r"^  - id: ", text.split(f"\n{key}:", 1)[1],
                                     re.MULTILINE))
    return counts


def kb_validate(kdir: Path) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "kb", "validate", "--dir", str(kdir),
                           "-q"], cwd=ROOT, capture_output=True, text=True, check=False)
    return round(time.perf_counter() - started, 2), done.returncode


class Bot:
    """`python -m bot run` against `stub`, timed to its "bot ready" log line."""

    def __init__(self, stub: Any, data: Path, kdir: Path) -> None:
        self.stub, self.data, self.kdir = stub, data, kdir
        self.log = data / "bot.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.started = 0.0

    def start(self) -> float:
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("BOT_")},
               "BOT_TOKEN": self.stub.token, "BOT_API_URL": self.stub.url,
               "BOT_DATA_DIR": str(self.data), "BOT_KNOWLEDGE_DIR": str(self.kdir),
               "BOT_LOG_LEVEL": "INFO", "PYTHONUNBUFFERED": "1"}
        self.log.write_text("")
        started = time.perf_counter()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT,
                                            env=env, stdout=log, stderr=subprocess.STDOUT)
        while "bot ready" not in self.log.read_text(errors="replace"):
            if self.process.poll() is not None:
                raise RuntimeError(f"bot exited:\n{self.log.read_text()[-3000:]}")
            if time.perf_counter() - started > 900:
                raise TimeoutError("bot not ready after 900 s")
            time.sleep(0.01)
        ready = time.perf_counter() - started
        polls = len(self.stub.calls("getUpdates"))
        while len(self.stub.calls("getUpdates")) <= polls:
            time.sleep(0.01)
        self.started = started
        return round(ready, 2)

    def finish_fits(self) -> float | None:
        """Seconds from the start until the answer ranker's background fit (a FAQ other than the
        shipped one) is done and kept, as it is once in production; None if none was started."""
        while "in the background" in (log := self.log.read_text(errors="replace")) \
                and "answer ranker fitted" not in log:
            if self.process is None or self.process.poll() is not None:
                raise RuntimeError(f"bot exited:\n{log[-3000:]}")
            if time.perf_counter() - self.started > 1800:
                raise TimeoutError("answer ranker not fitted after 1800 s")
            time.sleep(0.1)
        return round(time.perf_counter() - self.started, 2) if "in the background" in log else None

    def peak_rss_mb(self) -> float:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return round(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024, 1)  # type: ignore[union-attr]

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def measure(kdir: Path, data: Path, count: int, profiles: int) -> dict[str, Any]:
    """Validate, start twice (parse, then compiled), answer `count` messages."""
    data.mkdir(parents=True)
    seed_partners(data / "bot.db", list(range(9_000_001, 9_000_001 + profiles)))
    validate_s, status = kb_validate(kdir)
    out: dict[str, Any] = {"kb_validate_s": validate_s, "kb_valid": status == 0,
                           "profiles": profiles}
    with running_stub() as stub:
        bot = Bot(stub, data, kdir)
        try:
            out["startup_first_s"] = bot.start()
            # The first run's one-time work (the ranker fit for this FAQ) ends before the restart.
            out["first_run_fit_done_s"] = bot.finish_fits()
        finally:
            bot.stop()
        try:
            out["startup_s"] = bot.start()
            texts = cycle([text for _, text in messages()])
            users = cycle([stub.add_user(first_name=f"S{i}",
                                         language_code=("en", "es", "zh", "ko")[i % 4])
                           for i in range(40)])
            replies = Replies(stub)
            timings = []
            for i in range(count + 10):
                started = time.monotonic()
                ms = ask(stub, replies, next(users), next(texts))
                if i >= 10:
                    timings.append(ms)
                time.sleep(max(0.0, 0.1 - (time.monotonic() - started)))
            out["reply"] = summary(timings)
            out["rss_mb"] = bot.peak_rss_mb()
        finally:
            bot.stop()
    return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--times", type=int, default=100,
                        help="copies of each record in the large knowledge (default 100)")
    parser.add_argument("--profiles", type=int, default=100_000,
                        help="partner profiles in the large bot.db (default 100000)")
    parser.add_argument("--messages", type=int, default=150,
                        help="partner messages answered at each size (default 150)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the JSON figures")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    compile_bytecode()
    compile_optimized()  # (the -OO bytecode `bot run` starts itself again under: bot/optimized.py)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "knowledge-large"
        counts = large_knowledge(big, args.times)
        print(f"large knowledge: {counts}; {args.profiles} profiles", flush=True)
        shipped = measure(ROOT / "knowledge", Path(tmp) / "shipped", args.messages, 0)
        print("shipped:", json.dumps(shipped), flush=True)
        large = measure(big, Path(tmp) / "large", args.messages, args.profiles)
        print("large:", json.dumps(large), flush=True)
    result: dict[str, Any] = {
        "times": args.times, "records": counts, "shipped": shipped, "large": large,
        "latency_p50_ratio": round(large["reply"]["p50_ms"] / shipped["reply"]["p50_ms"], 2),
        "latency_p99_ratio": round(large["reply"]["p99_ms"] / shipped["reply"]["p99_ms"], 2),
    }
    result["pass"] = {
        "startup": shipped["startup_s"] <= BARS["startup_s"],
        "rss": shipped["rss_mb"] <= BARS["rss_mb"],
        "large_startup": large["startup_s"] <= BARS["large_startup_s"],
        "large_rss": large["rss_mb"] <= BARS["large_rss_mb"],
        "large_latency": max(result["latency_p50_ratio"], result["latency_p99_ratio"])
        <= BARS["latency_ratio"],
    }
    result.update({"date": datetime.now(UTC).isoformat(timespec="seconds"),
                   "python": platform.python_version(), "cpus": os.cpu_count()})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{'PASS' if all(result['pass'].values()) else 'FAIL'}: {result['pass']}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One table of every benchmark's latest figures, from bench/results/*.json.

`python bench/report.py` (the last step of `make bench`) prints a Markdown table — figure,
measured, bar, verdict — for the conversation, hot-path, broadcast, replies and scale benchmarks, and
the machine it ran on (`nproc`, CPU model, Python). A benchmark that has not run yet is
listed as missing. `--markdown FILE` also writes the table to FILE; `--readme README.md`
puts it between the README's `<!-- bench-table -->` markers.

Example: python bench/report.py
"""

from __future__ import annotations

import argparse
import json
import os
import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
START, END = "<!-- bench-table -->", "<!-- /bench-table -->"

Row = tuple[str, str, str, bool | None]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> str:
    return f"{os.cpu_count()} CPUs (nproc), {cpu_model()}, Python {platform.python_version()}"


def _at(data: dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        data = data[key]
    return data


def conversation(r: dict[str, Any]) -> list[Row]:
    """Both bars of issue 7 (p50 <= 5 ms and p99 <= 20 ms), each judged on its own row: the
    slow tail (a message embedded for the semantic FAQ match) shows in p99, not in p50."""
    return [("conversation: understanding + answer p50 / p95 / p99 (ms)",
             f"{r['p50_ms']} / {r['p95_ms']} / {r['p99_ms']}", "", None),
            ("conversation: p50 (ms)", str(r["p50_ms"]), "<= 5", r["p50_ms"] <= 5),
            ("conversation: p99 (ms)", str(r["p99_ms"]), "<= 20", r["p99_ms"] <= 20),
            *conversation_cpu(r.get("cpu") or {})]


def conversation_cpu(c: dict[str, Any]) -> list[Row]:
    """The same messages in the thread's CPU time (what the machine's other load changes least),
    and where the tail's time goes: the e5 encode of the ~fifth of messages that need one, and
    everything else. Figures only, no bar: the bars read the wall-time rows above."""
    if "p99_ms" not in c:
        return []
    rows = [("conversation CPU: p50 / p95 / p99 (ms)", f"{c['p50_ms']} / {c['p95_ms']} / {c['p99_ms']}", "", None)]
    if "besides_embedding_p99_ms" in c:
        rows.append(("conversation CPU p99: besides the e5 encode / messages with no encode (ms)",
                     f"{c['besides_embedding_p99_ms']} / {c.get('without_embedding_p99_ms', '-')}", "", None))
    if "embedding_p99_ms" in c:
        per = f", {c['embedding_tokens_per_encode']} tokens" if "embedding_tokens_per_encode" in c else ""
        rows.append(("conversation CPU: e5 encode per message embedded, p50 / p99 (ms)",
                     f"{c['embedding_p50_ms']} / {c['embedding_p99_ms']} ({c.get('embedding_ms_per_encode', '-')} ms an encode{per})",
                     "", None))
    return rows


def broadcast(r: dict[str, Any]) -> list[Row]:
    ok = r["duplicates"] == 0 and r["lost"] == 0 and r["unhandled_429"] == 0
    return [(f"broadcast alone: {r['subscribers']} subscribers, sustained msg/s",
             str(r["rate_sustained"]), ">= 28", r["rate_sustained"] >= 28),
            ("broadcast alone: lost / duplicated / unhandled 429",
             f"{r['lost']} / {r['duplicates']} / {r['unhandled_429']}", "0 / 0 / 0", ok)]


def replies(r: dict[str, Any]) -> list[Row]:
    o, b = r["overhead"], r["burst"]
    rows: list[Row] = [
        ("replies: bot p50 / p99 (ms)", f"{o['bot']['p50_ms']} / {o['bot']['p99_ms']}", "", None),
        ("replies: bare PTB echo bot p50 / p99 (ms)",
         f"{o['echo']['p50_ms']} / {o['echo']['p99_ms']}", "", None),
        ("replies: bot / echo, p50", f"{o['p50_ratio']}x", "<= 1.3x", o["p50_ratio"] <= 1.3),
        ("replies: bot / echo, p99", f"{o['p99_ratio']}x", "<= 2x", o["p99_ratio"] <= 2.0),
        (f"burst: {b['partners']} partners at once, replies/s", str(b["replies_per_s"]),
         ">= 29", b["replies_per_s"] >= 29),
        ("burst: 429 answers", str(b["too_many_requests"]), "0", b["too_many_requests"] == 0),
    ]
    if "broadcast" in r:
        c = r["broadcast"]
        rows += [
            (f"during a {c['recipients']}-recipient broadcast: reply p50 / p99 (ms)",
             f"{c['during']['p50_ms']} / {c['during']['p99_ms']}",
             f"quiet: {c['quiet']['p50_ms']} / {c['quiet']['p99_ms']}", None),
            ("during a broadcast: reply p99 / quiet p99", f"{c['p99_ratio']}x", "<= 2x",
             c["p99_ratio"] <= 2.0),
            ("during replies: broadcast sustained msg/s", str(c["rate_sustained"]), ">= 28",
             c["rate_sustained"] >= 28),
            ("during replies: broadcast lost / duplicated / 429",
             f"{c['lost']} / {c['duplicates']} / {c['too_many_requests']}", "0 / 0 / 0",
             c["lost"] == 0 and c["duplicates"] == 0 and c["too_many_requests"] == 0),
        ]
    return rows


def scale(r: dict[str, Any]) -> list[Row]:
    s, g = r["shipped"], r["large"]
    n = r["records"]
    size = f"{n['works']} works, {n['locations']} sets, {n['events']} events, " \
           f"{n['partners']} partners, {n['faq']} FAQ, {g['profiles']} profiles"
    return [
        ("shipped size: start-up to 'bot ready' (s)", str(s["startup_s"]), "<= 1.5",
         s["startup_s"] <= 1.5),
        ("shipped size: start-up, first run (YAML parsed, NLU trained) (s)", str(s["startup_first_s"]), "",
         None),
        ("shipped size: peak RSS (MB)", str(s["rss_mb"]), "<= 150", s["rss_mb"] <= 150),
        ("shipped size: kb validate (s)", str(s["kb_validate_s"]), "", None),
        (f"100x ({size}): kb validate (s)", str(g["kb_validate_s"]), "", None),
        ("100x: start-up (s)", str(g["startup_s"]), "<= 3", g["startup_s"] <= 3),
        ("100x: start-up, first run (YAML parsed, NLU trained) (s)", str(g["startup_first_s"]), "", None),
        ("100x: first run, answer ranker fitted and kept, from its start (s)",
         str(g.get("first_run_fit_done_s")), "", None),
        ("100x: peak RSS (MB)", str(g["rss_mb"]), "<= 300", g["rss_mb"] <= 300),
        ("100x: reply p50 / p99 vs shipped",
         f"{r['latency_p50_ratio']}x / {r['latency_p99_ratio']}x", "<= 1.5x",
         max(r["latency_p50_ratio"], r["latency_p99_ratio"]) <= 1.5),
    ]


def hot_paths(r: dict[str, Any]) -> list[Row]:
    """Judged on CPU time, which the machine's load does not stretch (wall time beside it)."""
    rows = [("entity matching, shipped knowledge (ms per message)", "entity", 5.0),
            ("slot tagging, held-out NLU messages (ms per message)", "slot_tag", 2.0)]
    out: list[Row] = [(f"{label}, CPU (wall)",
                       f"{r[f'{key}_cpu_ms_per_message']} ({r[f'{key}_ms_per_message']})",
                       f"<= {bar:g}", r[f"{key}_cpu_ms_per_message"] <= bar)
                      for label, key, bar in rows]
    out.append(("NLU: train on the shipped files and score the held-out ones (s), CPU (wall)",
                f"{r['nlu_train_and_score_cpu_s']} ({r['nlu_train_and_score_s']})", "<= 20",
                r["nlu_train_and_score_cpu_s"] <= 20))
    return out


SECTIONS: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "conversation": conversation, "hot_paths": hot_paths, "broadcast": broadcast, "replies": replies, "scale": scale}


def table(results: Path = RESULTS) -> str:
    lines = ["| Figure | Measured | Bar | |", "|---|---|---|---|"]
    for name, rows in SECTIONS.items():
        path = results / f"{name}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            section = rows(data)
        except (OSError, ValueError, KeyError) as exc:
            lines.append(f"| {name} | not run ({type(exc).__name__}) | | |")
            continue
        for figure, measured, bar, ok in section:
            mark = "" if ok is None else ("pass" if ok else "**miss**")
            lines.append(f"| {figure} | {measured} | {bar} | {mark} |")
    return "\n".join(lines) + f"\n\nMachine: {machine()}.\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", type=Path, default=None,
                        help="also write the table to this file")
    parser.add_argument("--readme", type=Path, default=None,
                        help="also put the table between the bench-table markers of this file")
    args = parser.parse_args(argv)
    text = table()
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.readme:
        readme = args.readme.read_text(encoding="utf-8")
        head, rest = readme.split(START, 1)
        _old, tail = rest.split(END, 1)
        args.readme.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

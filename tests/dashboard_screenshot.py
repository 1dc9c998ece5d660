"""`make dashboard-screenshot`: docs/dashboard.png, the staff dashboard on a seeded morning.

Seeds a throw-away data folder (`tests.dashboard_support.seed`), starts `python -m bot
dashboard --no-auth` on a free loopback port, and photographs the dashboard page with headless
Chromium from the system's package manager (`apt-get install chromium`). Not part of
`make test`: it needs Chromium and takes ~20 s. Map tiles need internet and are not shown.

Example: python -m tests.dashboard_screenshot --out docs/dashboard.png
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.dashboard_support import seed

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the dashboard exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the dashboard did not answer at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    parser.add_argument("--path", default="/-/dashboards/partners",
                        help="page to photograph")
    parser.add_argument("--size", default="1400,2150", help="window width,height in pixels")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium not found: sudo apt-get install -y chromium")
    port = free_port()
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as profile:
        seed(Path(data) / "bot.db")
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        env.update(BOT_DATA_DIR=data, BOT_KNOWLEDGE_DIR=str(ROOT / "knowledge"))
        proc = subprocess.Popen([sys.executable, "-m", "bot", "dashboard", "--no-auth",
                                 "--port", str(port)], cwd=ROOT, env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_ready(base + "/-/versions.json", proc)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                            f"--window-size={args.size}", "--virtual-time-budget=20000",
                            f"--screenshot={args.out.resolve()}", base + args.path],
                           check=True, timeout=120, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()

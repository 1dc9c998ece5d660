"""Production mode: the real bot (`python -m bot run`) with BOT_WEBHOOK_URL serves updates over
HTTP, refuses requests without Telegram's secret header, registers the webhook with that
secret, and answers `GET /healthz` (503 while the store cannot be written)."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.settings import SettingsError, load_settings
from core.i18n import t
from tests.botapi_stub import BotApiStub, parse_html
from tests.conftest import ROOT, BotProcess
from tests.patience import BOT_START
from tests.warm_cache import warm_data_dir

pytestmark = pytest.mark.e2e

SECRET = "s3cr3t-Token_for-tests"
HOOK = "https://bot.example.org/tg/hook-7f3a"
WAIT = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http(method: str, url: str, body: Any = None,
         headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class WebhookBot(BotProcess):
    """`python -m bot run` in webhook mode: ready once /healthz answers."""

    def start(self, ready_timeout: float = BOT_START) -> WebhookBot:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT,
                                         env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + ready_timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bot exited with {self.proc.returncode}:\n{self.log_text()}")
            if self.stub.calls("setWebhook") and "webhook registered" in self.log_text():
                return self
            if time.monotonic() > deadline:
                raise TimeoutError(f"bot did not register its webhook:\n{self.log_text()}")
            time.sleep(0.05)


@pytest.fixture
def hook_bot(stub: BotApiStub, tmp_path: Path) -> Iterator[tuple[WebhookBot, str]]:
    port = free_port()
    data = warm_data_dir(tmp_path / "data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(BOT_TOKEN=stub.token, BOT_API_URL=stub.url, BOT_DATA_DIR=str(data),
               BOT_KNOWLEDGE_DIR=str(ROOT / "knowledge"), PYTHONUNBUFFERED="1",
               BOT_WEBHOOK_URL=HOOK, BOT_WEBHOOK_PORT=str(port), BOT_WEBHOOK_SECRET=SECRET)
    bot = WebhookBot(stub, data, env).start()
    yield bot, f"http://127.0.0.1:{port}"
    bot.stop()


def test_a_webhook_url_without_a_secret_is_refused() -> None:
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_SECRET is required"):
        load_settings(bot_webhook_url=HOOK, _env_file=None)
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_SECRET"):
        load_settings(bot_webhook_url=HOOK, bot_webhook_secret="has spaces", _env_file=None)
    ok = load_settings(bot_webhook_url=HOOK, bot_webhook_secret=SECRET, _env_file=None)
    assert ok.webhook_path == "/tg/hook-7f3a" and SECRET not in repr(ok)


def test_webhook_secret_health_and_sigterm(stub: BotApiStub,
                                           hook_bot: tuple[WebhookBot, str]) -> None:
    bot, base = hook_bot
    [registered] = stub.calls("setWebhook")
    assert registered.params["url"] == HOOK and registered.params["secret_token"] == SECRET
    assert stub.webhook_url == HOOK
    assert not stub.calls("getUpdates"), "no polling in webhook mode"

    partner = stub.add_user(first_name="Ana", language_code="es")
    update = {"update_id": 500_001, "message": partner.send_text("hola")}
    url = base + "/tg/hook-7f3a"
    assert http("POST", url, update)[0] == 403
    assert http("POST", url, update, {"X-Telegram-Bot-Api-Secret-Token": "wrong"})[0] == 403
    assert http("POST", base + "/other", update,
                {"X-Telegram-Bot-Api-Secret-Token": SECRET})[0] in (404, 405)
    time.sleep(0.5)
    assert partner.messages() == [], "refused requests are not answered"
    status, _ = http("POST", url, update, {"X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert status == 200
    [reply] = partner.wait_for_messages(1, timeout=WAIT)
    assert reply["text"] == parse_html(t("greet", "es"))[0]

    status, body = http("GET", base + "/healthz")
    health = json.loads(body)
    assert status == 200, health
    print("\n/healthz:", json.dumps(health))
    assert health["ok"] and health["status"] == "ok" and health["store"]["writable"] is True
    assert health["scheduler"]["running"] is True and health["sends"]["failed"] == 0
    assert len(health["knowledge"]["version"]) == 12 and health["knowledge"]["last_reload"]["ok"]
    assert isinstance(health["broadcasts"]["pending"], int)

    blocker = sqlite3.connect(bot.data_dir / "bot.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # e.g. staff holding the database open in a viewer
    try:
        status, body = http("GET", base + "/healthz")
        doc = json.loads(body)
        assert status == 503 and doc["store"]["writable"] is False
        assert doc["store"]["fault"] == "locked"
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert http("GET", base + "/healthz")[0] == 200
    assert SECRET not in bot.log_text()

    started = time.monotonic()
    assert bot.proc is not None
    bot.proc.terminate()
    assert bot.proc.wait(timeout=15) == 0
    assert time.monotonic() - started < 10.0

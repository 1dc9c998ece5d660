"""Production mode's HTTP side: Telegram's webhook and `GET /healthz`, on one aiohttp server.

    POST <path of BOT_WEBHOOK_URL>   an update from Telegram; 403 unless the header
                                     X-Telegram-Bot-Api-Secret-Token equals BOT_WEBHOOK_SECRET
    GET  /healthz                    the bot's health as JSON: 200 healthy, 503 not

It listens on BOT_WEBHOOK_LISTEN:BOT_WEBHOOK_PORT behind a reverse proxy that terminates TLS.
Updates are parsed like polling parses them (`PartnerBot.parse_update`: one the library cannot
parse is skipped and reported) and queued for the Application; Telegram gets its 200 at once.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

from aiohttp import web
from telegram.ext import Application

from bot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1024 * 1024  # updates are small JSON; files stay on Telegram's side
STORE_PROBE_TIMEOUT = 1.0  # seconds a write lock may be held before the store counts as stuck


def store_writable(path: Path, timeout: float = STORE_PROBE_TIMEOUT) -> tuple[bool, str]:
    """Can a write transaction start on `path` within `timeout` seconds? (its own connection,
    rolled back at once, so nothing is written). Returns (ok, reason)."""
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        return False, f"{type(exc).__name__}: {exc}"
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True, "ok"
    except sqlite3.Error as exc:
        return False, f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()


async def health(app: Application) -> tuple[bool, dict[str, Any]]:
    """What `/healthz` reports; healthy means serving updates, scheduling and able to write."""
    services = app.bot_data.get("services")
    stats = getattr(app.bot, "stats", None)
    body: dict[str, Any] = {"running": app.running,
                            "failed_sends": stats.failed if stats else None,
                            "retried_sends": stats.retried if stats else None,
                            "resent_after_timeout": stats.resent_after_timeout if stats else None}
    if services is None:
        return False, {**body, "status": "starting"}
    knowledge = services.knowledge
    report = knowledge.last_report
    body["knowledge"] = {"version": knowledge.current.version[:12],
                         "last_reload_ok": report.ok,
                         "last_reload_reason": getattr(report, "reason", None),
                         "last_reload_errors": len(getattr(report, "errors", []) or [])}
    scheduler = getattr(app.job_queue, "scheduler", None)
    body["scheduler"] = {"running": bool(scheduler and scheduler.running),
                         "jobs": len(app.job_queue.jobs()) if app.job_queue else 0}
    writable, reason = await asyncio.to_thread(store_writable, services.settings.db_path)
    body["store"] = {"writable": writable, "detail": reason}
    body["pending_broadcasts"] = _pending_broadcasts(services)
    healthy = app.running and body["scheduler"]["running"] and writable
    body["status"] = "ok" if healthy else "unhealthy"
    return healthy, body


def _pending_broadcasts(services: Any) -> int | None:
    announcer = services.features.get("announcer")
    if announcer is None:
        return None
    from jobs.ledger import OPEN_STATES

    try:
        return len(announcer.ledger.broadcasts(status=OPEN_STATES))
    except sqlite3.Error:
        return None  # the store's trouble is reported under "store"


def build_web_app(app: Application, settings: Settings) -> web.Application:
    """The aiohttp application: webhook route (if configured) and /healthz."""
    secret = settings.bot_webhook_secret.get_secret_value().encode() \
        if settings.bot_webhook_secret else None

    async def on_update(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if secret is None or not hmac.compare_digest(given, secret):
            log.warning("webhook request from %s without the right secret: 403", request.remote)
            return web.Response(status=403, text="forbidden")
        try:
            data = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="not JSON")
        update = app.bot.parse_update(data) if hasattr(app.bot, "parse_update") else None
        if update is not None:
            await app.update_queue.put(update)
        return web.Response(status=200)

    async def on_health(_request: web.Request) -> web.Response:
        healthy, body = await health(app)
        return web.json_response(body, status=200 if healthy else 503)

    web_app = web.Application(client_max_size=MAX_UPDATE_BYTES)
    web_app.router.add_get("/healthz", on_health)
    if settings.bot_webhook_url:
        web_app.router.add_post(settings.webhook_path, on_update)
    return web_app


async def start_web(app: Application, settings: Settings) -> web.AppRunner:
    """Serve on BOT_WEBHOOK_LISTEN:BOT_WEBHOOK_PORT; the caller cleans the runner up."""
    runner = web.AppRunner(build_web_app(app, settings), access_log=None, shutdown_timeout=2.0)
    await runner.setup()
    await web.TCPSite(runner, settings.bot_webhook_listen, settings.bot_webhook_port).start()
    log.info("webhook server on %s:%s%s (and /healthz)", settings.bot_webhook_listen,
             settings.bot_webhook_port, settings.webhook_path)
    return runner


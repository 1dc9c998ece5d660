"""Production mode's HTTP side: Telegram's webhook and `GET /healthz`, on one aiohttp server.

    POST <path of BOT_WEBHOOK_URL>   an update from Telegram; 403 unless the header
                                     X-Telegram-Bot-Api-Secret-Token equals BOT_WEBHOOK_SECRET
    GET  /healthz                    the bot's health as JSON (`bot.health`): 200 healthy,
                                     503 not

It listens on BOT_WEBHOOK_LISTEN:BOT_WEBHOOK_PORT behind a reverse proxy that terminates TLS.
Updates are parsed like polling parses them (`PartnerBot.parse_update`: one the library cannot
parse is skipped and reported) and queued for the Application; Telegram gets its 200 at once.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from aiohttp import web
from telegram.ext import Application

from bot.health import health as document
from bot.health import starting
from bot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1024 * 1024  # updates are small JSON; files stay on Telegram's side


async def health(app: Application) -> tuple[bool, dict[str, Any]]:
    """`bot.health`'s document for this Application (read in a worker thread: it probes the
    database file); (healthy, document)."""
    services = app.bot_data.get("services")
    if services is None:
        return False, starting(app.running, app.bot)
    doc = await asyncio.to_thread(document, services, app.job_queue, running=app.running,
                                  bot=app.bot)
    return doc["ok"], doc


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


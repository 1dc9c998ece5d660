"""The HTTP side: an aiohttp server speaking the Bot API, in a thread or a process.

Routes (as on api.telegram.org):
    /bot<token>/<method>       any HTTP verb; query string, JSON, urlencoded or multipart body
    /file/bot<token>/<path>    file downloads (paths from getFile)
    /_stub/...                 control endpoints for a stub in another process (control.py)

Every answer is ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code": N,
"description": "..."}`` with the HTTP status equal to ``error_code``. A wrong token gets
401 "Unauthorized" (404 "Not Found" if it is not even shaped like a token), an unknown method
404 "Not Found".
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypedDict

from aiohttp import web

from . import errors
from .journal import JournalEntry, UploadedFile
from .methods import METHODS, canonical_name, get_updates
from .params import Call, normalize
from .state import DEFAULT_TOKEN, BotApiState

if TYPE_CHECKING:
    from telegram.request import BaseRequest, HTTPXRequest

log = logging.getLogger(__name__)

_TOKEN_SHAPE = re.compile(r"^\d+:[\w-]+$")
MAX_UPLOAD = 60 * 1024 * 1024  # Telegram accepts 50 MB uploads; leave room for the envelope
READY_PREFIX = "BOTAPI_STUB_READY"


class BotKwargs(TypedDict):
    """What ``telegram.Bot`` needs to talk to the stub."""

    token: str
    base_url: str
    base_file_url: str
    request: BaseRequest
    get_updates_request: BaseRequest


@functools.cache
def _tls_context() -> Any:
    """One client TLS context for every test client of this process. httpx builds one for each
    client and loads the whole CA bundle into it (~40 ms of CPU), and a ``telegram.Bot`` made
    without requests opens two: ~130 clients made ~5 s of CPU in a full run, to talk plain HTTP
    to 127.0.0.1. The bot does the same (`bot.connections.tls_context`)."""
    import httpx

    return httpx.create_ssl_context()


def client_request(**options: Any) -> HTTPXRequest:
    """PTB's HTTPXRequest with `options` (pool size, time-outs), verifying with the shared context."""
    from telegram.request import HTTPXRequest

    return HTTPXRequest(**options, httpx_kwargs={"verify": _tls_context()})


class BotApiStub(BotApiState):
    """A Telegram Bot API server on 127.0.0.1 for tests, with the whole ``BotApiState`` API.

    Sync or async tests::

        with BotApiStub() as stub:              # serves in a background thread
            bot = telegram.Bot(**stub.bot_kwargs())
            ana = stub.add_user(first_name="Ana", language_code="es")

    ``BOT_API_URL`` for the bot under test is ``stub.url``.
    """

    def __init__(self, token: str = DEFAULT_TOKEN, *, port: int = 0, **options: Any) -> None:
        super().__init__(token, **options)
        self.port = port
        self.internal_errors: list[str] = []  # stub bugs answered with 500; tests may assert []
        self.unknown_methods: list[str] = []  # 404s for methods the stub lacks (or typos)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._wakeup: asyncio.Event | None = None
        self._stopped: asyncio.Event | None = None
        self._stop_requested: asyncio.Event | None = None

    # ------------------------------------------------------------------ addresses

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:40123`` (the bot appends ``/bot<token>/...``)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def bot_base_url(self) -> str:
        return f"{self.url}/bot"

    @property
    def file_base_url(self) -> str:
        return f"{self.url}/file/bot"

    def bot_kwargs(self) -> BotKwargs:
        """Keyword arguments for ``telegram.Bot(...)``: the stub's address and a new pair of
        requests (`client_request`; pass your own ``request`` to set pool size or time-outs)."""
        return {
            "token": self.token,
            "base_url": self.bot_base_url,
            "base_file_url": self.file_base_url,
            "request": client_request(),
            "get_updates_request": client_request(),
        }

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> str:
        """Serve in a background thread with its own event loop; return ``url``."""
        if self._thread is not None:
            return self.url
        ready = threading.Event()
        failures: list[BaseException] = []

        def main() -> None:
            try:
                asyncio.run(self.serve(lambda _url: ready.set()))
            except BaseException as exc:  # surfaced to start() or logged
                failures.append(exc)
                log.exception("Bot API stub stopped with an error")
                ready.set()

        self._thread = threading.Thread(target=main, name="botapi-stub", daemon=True)
        self._thread.start()
        if not ready.wait(15) or failures:
            self._thread = None
            raise RuntimeError("Bot API stub failed to start") from (
                failures[0] if failures else None
            )
        return self.url

    def stop(self) -> None:
        """Stop serving: wakes long polls and hangs, closes connections, joins the thread."""
        loop, stop = self._loop, self._stop_requested
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout=15)
            self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def serve(self, on_ready: Callable[[str], None] | None = None) -> None:
        """Serve on the running loop until ``stop()`` (or cancellation)."""
        self._loop = asyncio.get_running_loop()
        self._wakeup, self._stopped = asyncio.Event(), asyncio.Event()
        self._stop_requested = asyncio.Event()
        runner = web.AppRunner(self._build_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, "127.0.0.1", self.port)
            await site.start()
            self.port = runner.addresses[0][1]
            if on_ready is not None:
                on_ready(self.url)
            await self._stop_requested.wait()
        finally:
            self._stopped.set()
            self._wake()
            await runner.cleanup()
            self._loop = None

    def _build_app(self) -> web.Application:
        from .control import add_control_routes

        app = web.Application(client_max_size=MAX_UPLOAD)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        add_control_routes(app, self)
        return app

    # ------------------------------------------------------------------ waking long polls

    def _on_update(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        """Runs on the server loop: release everyone waiting for updates."""
        if self._wakeup is not None:
            self._wakeup.set()
            self._wakeup = asyncio.Event()

    async def _pause(self, seconds: float) -> None:
        """Sleep, but end early when the stub stops (so hangs never block shutdown)."""
        if seconds > 0 and self._stopped is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), seconds)

    # ------------------------------------------------------------------ handlers

    async def _handle_api(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        canonical = canonical_name(name)
        raw, files = await _read_params(request)
        failure: errors.ApiError | None = None
        try:
            params = normalize(raw)
        except errors.ApiError as exc:
            params, failure = dict(raw), exc
        entry = self.journal.open(
            canonical or name,
            params,
            files,
            http_method=request.method,
            content_type=request.content_type,
        )
        status, body = await self._answer(entry, request.match_info["token"], canonical, failure)
        if status == 429:
            self.count_too_many()
        self.journal.close(entry, status, body)
        return web.json_response(body, status=status)

    async def _answer(
        self,
        entry: JournalEntry,
        token: str,
        canonical: str | None,
        failure: errors.ApiError | None,
    ) -> tuple[int, dict[str, Any]]:
        if token != self.token:
            shaped = _TOKEN_SHAPE.match(token)
            error = errors.ApiError(401, errors.UNAUTHORIZED) if shaped else _not_found()
            return error.status, error.body()
        if canonical is None:
            log.warning("Bot API stub: unknown method %r answered 404 Not Found", entry.method)
            self.unknown_methods.append(entry.method)
            return 404, _not_found().body()
        if failure is not None:
            return failure.status, failure.body()
        call = Call(canonical, entry.params, entry.files)
        fault = self.faults.pick(canonical, entry.params.get("chat_id"))
        if fault is None:
            return await self._execute(call)
        entry.fault = (
            f"{fault.status} {fault.description} hang={fault.hang} deliver={fault.deliver}"
        )
        if fault.deliver:
            answer = await self._execute(call)
            await self._pause(fault.hang)
            return answer
        await self._pause(fault.hang)
        error = fault.api_error()
        return error.status, error.body()

    async def _execute(self, call: Call) -> tuple[int, dict[str, Any]]:
        try:
            if call.method == "getUpdates":
                result: Any = await self._long_poll(call)
            else:
                with self.lock:
                    result = METHODS[call.method](self, call)
        except errors.ApiError as exc:
            return exc.status, exc.body()
        except Exception as exc:  # a stub bug: answer like Telegram's 500 and keep it visible
            log.exception("Bot API stub failed on %s", call.method)
            self.internal_errors.append(f"{call.method}: {exc!r}")
            return 500, errors.ApiError(500, errors.INTERNAL).body()
        return 200, {"ok": True, "result": result}

    async def _long_poll(self, call: Call) -> list[dict[str, Any]]:
        """getUpdates: answer at once if updates are pending, else wait up to ``timeout``.

        A newer getUpdates ends an older one with 409 Conflict, as Telegram does.
        """
        with self.lock:
            poll = get_updates(self, call)
            self.poll_generation += 1
            generation = self.poll_generation
        self._wake()
        deadline = time.monotonic() + poll.timeout
        while True:
            with self.lock:
                if self.poll_generation != generation:
                    raise errors.ApiError(409, errors.CONFLICT_OTHER_POLL)
                if self.webhook_url:
                    raise errors.ApiError(409, errors.CONFLICT_WEBHOOK)
                updates = self.take_updates(poll.offset, poll.limit)
            remaining = deadline - time.monotonic()
            stopping = self._stopped is not None and self._stopped.is_set()
            if updates or remaining <= 0 or stopping or self._wakeup is None:
                return updates
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), remaining)

    async def _handle_file(self, request: web.Request) -> web.Response:
        stored = None
        if request.match_info["token"] == self.token:
            stored = self.file_by_path(request.match_info["path"])
        if stored is None:
            return web.json_response(_not_found().body(), status=404)
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )


def _not_found() -> errors.ApiError:
    return errors.ApiError(404, errors.NOT_FOUND)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    """Query string plus body (JSON, urlencoded or multipart); file parts go to ``files``."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if not request.can_read_body:
        return raw, files
    if request.content_type == "application/json":
        with contextlib.suppress(ValueError):
            body = json.loads(await request.text() or "{}")
            if isinstance(body, dict):
                raw.update(body)
        return raw, files
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = UploadedFile(
                    name, value.filename, value.content_type, value.file.read()
                )
            else:
                raw[name] = value
    return raw, files


@contextlib.contextmanager
def running_stub(**options: Any) -> Iterator[BotApiStub]:
    """``with running_stub() as stub:`` a started stub, stopped afterwards (fixture-friendly)."""
    stub = BotApiStub(**options)
    stub.start()
    try:
        yield stub
    finally:
        stub.stop()


@contextlib.contextmanager
def stub_process(*cli_args: str, timeout: float = 20.0) -> Iterator[str]:
    """Run ``python -m tests.botapi_stub --port 0 *cli_args`` and yield its base URL.

    For benchmarks that want the stub out of the measured process; drive it through the
    ``/_stub/...`` control endpoints.
    """
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.botapi_stub", "--port", "0", *cli_args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield _await_ready(process, timeout)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _await_ready(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(READY_PREFIX):
            return line.split()[1]
        if not line and process.poll() is not None:
            break
    raise RuntimeError(f"Bot API stub process did not start (exit code {process.poll()})")

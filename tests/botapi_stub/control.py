"""Control endpoints for a stub running in another process (``python -m tests.botapi_stub``).

All answer ``{"ok": true, "result": ...}``; bodies are JSON.

    GET  /_stub/health                      {"url", "bot"}
    GET  /_stub/stats                       StubStats as JSON (chat ids as string keys)
    GET  /_stub/journal?method=&since=SEQ   journal entries (file bytes summarised)
    GET  /_stub/messages?chat_id=ID         messages the bot sent (all chats without chat_id)
    POST /_stub/users   {"count": N, "language_code": "en"} or {"users": [{"user_id", ...}]}
    POST /_stub/block   {"chat_ids": [...], "description": "Forbidden: ..." (optional)}
    POST /_stub/flood   {"enabled": true, "private_burst": 1, ...FloodLimits fields}
    POST /_stub/faults  {"clear": true} | {"fail_rate": 0.1, "status": 502, "method": ...}
                        | {"script": {"kind": "timeout", "times": 2, "hang": 5, "method": ...}}
    POST /_stub/inject  {"user_id": ID, "text": "..."} | {"user_id": ID, "press": {"message_id",
                        "data"}}
    POST /_stub/reset   forget journal and counters
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import errors
from .faults import Fault
from .flood import FloodLimits

if TYPE_CHECKING:
    from .server import BotApiStub

_FAULT_KINDS: dict[str, Callable[[dict[str, Any]], Fault]] = {
    "bad_gateway": lambda spec: Fault.bad_gateway(),
    "internal_error": lambda spec: Fault.internal_error(),
    "timeout": lambda spec: Fault.timeout(float(spec.get("hang", 30.0))),
    "timeout_after_delivery": lambda spec: Fault.timeout_after_delivery(
        float(spec.get("hang", 30.0))
    ),
    "too_many_requests": lambda spec: Fault.too_many_requests(int(spec.get("retry_after", 5))),
    "error": lambda spec: Fault.error(int(spec["status"]), str(spec["description"])),
}


def add_control_routes(app: web.Application, stub: BotApiStub) -> None:
    routes: dict[tuple[str, str], Callable[[BotApiStub, dict[str, Any]], Any]] = {
        ("GET", "health"): _health,
        ("GET", "stats"): _stats,
        ("GET", "journal"): _journal,
        ("GET", "messages"): _messages,
        ("POST", "users"): _users,
        ("POST", "block"): _block,
        ("POST", "flood"): _flood,
        ("POST", "faults"): _faults,
        ("POST", "inject"): _inject,
        ("POST", "reset"): _reset,
    }
    for (verb, name), action in routes.items():
        app.router.add_route(verb, f"/_stub/{name}", _endpoint(stub, action))


def _endpoint(
    stub: BotApiStub, action: Callable[[BotApiStub, dict[str, Any]], Any]
) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def handle(request: web.Request) -> web.Response:
        body: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            body.update(await request.json())
        try:
            result = action(stub, body)
        except (KeyError, LookupError, ValueError, TypeError) as exc:
            error = errors.ApiError(400, f"Bad Request: {exc}")
            return web.json_response(error.body(), status=400)
        return web.json_response({"ok": True, "result": result})

    return handle


def _health(stub: BotApiStub, body: dict[str, Any]) -> dict[str, Any]:
    return {"url": stub.url, "bot": stub.bot_info}


def _stats(stub: BotApiStub, body: dict[str, Any]) -> dict[str, Any]:
    return dataclasses.asdict(stub.stats())


def _journal(stub: BotApiStub, body: dict[str, Any]) -> list[dict[str, Any]]:
    since = int(body.get("since", 0))
    entries = stub.calls(body.get("method"))
    return [e.to_json() for e in entries if e.seq > since]


def _messages(stub: BotApiStub, body: dict[str, Any]) -> list[dict[str, Any]]:
    chat_id = body.get("chat_id")
    return stub.sent_messages(int(chat_id) if chat_id is not None else None)


def _users(stub: BotApiStub, body: dict[str, Any]) -> list[int]:
    if "count" in body:
        created = stub.add_users(int(body["count"]), language_code=body.get("language_code", "en"))
        return [user.id for user in created]
    return [stub.add_user(**spec).id for spec in body["users"]]


def _block(stub: BotApiStub, body: dict[str, Any]) -> bool:
    for chat_id in body["chat_ids"]:
        stub.set_forbidden(int(chat_id), body.get("description", errors.BLOCKED))
    return True


def _flood(stub: BotApiStub, body: dict[str, Any]) -> bool:
    with stub.lock:
        if body.get("enabled", True):
            fields = {f.name for f in dataclasses.fields(FloodLimits)}
            stub.flood.enable(FloodLimits(**{k: v for k, v in body.items() if k in fields}))
        else:
            stub.flood.disable()
    return True


def _faults(stub: BotApiStub, body: dict[str, Any]) -> bool:
    if body.get("clear"):
        stub.faults.clear()
    where = {"method": body.get("method"), "chat_id": body.get("chat_id")}
    if "fail_rate" in body:
        status = int(body.get("status", 502))
        fault = Fault.bad_gateway() if status == 502 else Fault.error(status, errors.INTERNAL)
        stub.faults.fail_rate(float(body["fail_rate"]), fault, **where)
    if "script" in body:
        spec = body["script"]
        fault = _FAULT_KINDS[spec.get("kind", "bad_gateway")](spec)
        stub.faults.script(
            fault,
            method=spec.get("method"),
            chat_id=spec.get("chat_id"),
            times=spec.get("times", 1),
        )
    return True


def _inject(stub: BotApiStub, body: dict[str, Any]) -> dict[str, Any]:
    user = stub.user(int(body["user_id"]))
    if "press" in body:
        press = body["press"]
        return user.press(int(press["message_id"]), press.get("data"), text=press.get("text"))
    return user.send_text(str(body["text"]))


def _reset(stub: BotApiStub, body: dict[str, Any]) -> bool:
    stub.reset_journal()
    return True

"""What `GET /healthz` reports: the one place that reads the services' status, for the HTTP
endpoint (`bot/web.py`, webhook mode), tests and operators.

    {"ok": bool, "status": "ok" | "unhealthy" | "starting", "running": bool,
     "knowledge": {"version", "from_last_good", "last_reload": {"at", "reason", "ok",
                   "errors", "version", "applied"}},
     "store": {"writable", "fault", "since", "pending", "dropped"},
     "scheduler": {"running", "jobs"},
     "broadcasts": {"pending", "running", "rate"} | null,
     "sends": {"failed", "retried", "resent_after_timeout"} | null}

`ok` is False (HTTP 503) when the Application is not running, the database does not accept
writes (the writer meets a fault, or a probe transaction cannot start within `PROBE_SECONDS`:
e.g. staff holding a write lock in a viewer), the scheduler is not running, or the knowledge
files have errors (the bot then serves the last good version). Times are ISO 8601 UTC.
"""

from __future__ import annotations

from typing import Any

from bot.context import Services

PROBE_SECONDS = 1.0
"""How long a write lock may be held elsewhere before the store counts as not writable."""


def scheduler_state(job_queue: Any) -> dict[str, Any]:
    """{"running": bool, "jobs": int} of python-telegram-bot's JobQueue (APScheduler)."""
    if job_queue is None:
        return {"running": False, "jobs": 0}
    scheduler = getattr(job_queue, "scheduler", None)
    return {"running": bool(getattr(scheduler, "running", False)),
            "jobs": len(job_queue.jobs())}


def send_state(bot: Any) -> dict[str, int] | None:
    """The send path's counters (`bot.send.SendStats`), None for a bot without them."""
    stats = getattr(bot, "stats", None)
    if stats is None:
        return None
    return {"failed": stats.failed, "retried": stats.retried,
            "resent_after_timeout": stats.resent_after_timeout}


def starting(running: bool = False, bot: Any = None) -> dict[str, Any]:
    """The document before `post_init` has built the services (503)."""
    return {"ok": False, "status": "starting", "running": running, "sends": send_state(bot)}


def health(services: Services, job_queue: Any = None, *, running: bool = True, bot: Any = None,
           probe: float | None = PROBE_SECONDS) -> dict[str, Any]:
    """The status document above. Probes the database file (up to `probe` seconds; None
    skips it), so call it in a worker thread from the event loop."""
    knowledge = services.knowledge.status()
    store = services.store.health(probe=probe)
    scheduler = scheduler_state(job_queue)
    broadcasting = services.features.get("broadcasting")
    broadcasts = None
    if broadcasting is not None:
        try:
            broadcasts = broadcasting.status()
        except Exception:  # noqa: BLE001 - the store's trouble is reported under "store"
            broadcasts = None
    ok = (running and bool(store["writable"]) and scheduler["running"]
          and bool(knowledge["last_reload"]["ok"]) and not knowledge["from_last_good"])
    return {"ok": ok, "status": "ok" if ok else "unhealthy", "running": running,
            "knowledge": knowledge, "store": store, "scheduler": scheduler,
            "broadcasts": broadcasts, "sends": send_state(bot)}

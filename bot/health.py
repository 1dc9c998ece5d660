"""What /healthz reports: one place that reads the services' status, for the HTTP endpoint
(webhook mode) and tests. Each part says what it is and whether it is healthy.

    {"ok": bool,
     "knowledge": {"version", "from_last_good", "last_reload": {"at", "reason", "ok",
                   "errors", "version", "applied"}},
     "store": {"writable", "fault", "since", "pending", "dropped"},
     "scheduler": {"running", "jobs"},
     "broadcasts": {"pending", "running", "rate"}}

`ok` is False (HTTP 503) when the database does not accept writes, the scheduler is not
running, or the knowledge files have errors (the bot then serves the last good version).
"""

from __future__ import annotations

from typing import Any

from bot.context import Services


def scheduler_state(job_queue: Any) -> dict[str, Any]:
    """{"running": bool, "jobs": int} of python-telegram-bot's JobQueue (APScheduler)."""
    if job_queue is None:
        return {"running": False, "jobs": 0}
    scheduler = getattr(job_queue, "scheduler", None)
    return {"running": bool(getattr(scheduler, "running", False)),
            "jobs": len(job_queue.jobs())}


def health(services: Services, job_queue: Any = None) -> dict[str, Any]:
    """The status document above; call on the event loop (reads are quick, never write)."""
    knowledge = services.knowledge.status()
    store = services.store.health()
    scheduler = scheduler_state(job_queue)
    broadcasting = services.features.get("broadcasting")
    broadcasts = broadcasting.status() if broadcasting is not None else None
    ok = (bool(store["writable"]) and scheduler["running"]
          and bool(knowledge["last_reload"]["ok"]) and not knowledge["from_last_good"])
    return {"ok": ok, "knowledge": knowledge, "store": store, "scheduler": scheduler,
            "broadcasts": broadcasts}

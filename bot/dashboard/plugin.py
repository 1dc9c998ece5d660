"""Datasette hooks of the staff dashboard, registered by `bot.dashboard.app`.

* An anonymous visitor refused a page (every page but the login page needs the staff actor)
  is sent to the login form instead of a bare 403.
* The password-hashing form of datasette-auth-passwords is switched off: the hash is made
  from BOT_DASHBOARD_PASSWORD at start, and the dashboard offers nothing but the login page
  to someone who is not logged in.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response

LOGIN = "/-/login"
CLOSED_PATHS = ("/-/password-tool",)


@hookimpl
def forbidden(datasette: Any, request: Any, message: str) -> Response | None:
    if request.actor is None and datasette.plugin_config("datasette-auth-passwords"):
        return Response.redirect(datasette.urls.path(LOGIN))
    return None


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def closed(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope.get("path", "").rstrip("/") in CLOSED_PATHS:
                await Response.text("Not found", status=404).asgi_send(send)
                return
            await app(scope, receive, send)

        return closed

    return wrap

"""Decoding Bot API parameters the way Telegram does, whatever the transport.

Telegram accepts query strings, urlencoded forms, multipart forms and JSON bodies. In forms every
value is a string and structured values (reply_markup, entities, ...) are JSON-encoded strings;
python-telegram-bot sends exactly that. ``normalize`` turns all of them into one typed dict so
method handlers and journal assertions never care how a value arrived.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import errors
from .journal import UploadedFile

JSON_FIELDS = frozenset(
    {
        "reply_markup", "entities", "caption_entities", "commands", "scope", "allowed_updates",
        "link_preview_options", "reply_parameters", "media", "menu_button",
    }
)  # fmt: skip
INT_FIELDS = frozenset(
    {
        "chat_id", "message_id", "offset", "limit", "timeout", "reply_to_message_id",
        "message_thread_id", "user_id", "cache_time", "max_connections", "from_chat_id",
        "live_period", "heading", "proximity_alert_radius", "duration", "width", "height",
    }
)  # fmt: skip
FLOAT_FIELDS = frozenset({"latitude", "longitude", "horizontal_accuracy"})
BOOL_FIELDS = frozenset(
    {
        "disable_notification", "protect_content", "show_alert", "drop_pending_updates",
        "disable_web_page_preview", "allow_sending_without_reply", "has_spoiler",
        "disable_content_type_detection", "show_caption_above_media", "allow_paid_broadcast",
    }
)  # fmt: skip
_JSON_ERRORS = {
    "reply_markup": errors.CANT_PARSE_MARKUP,
    "entities": errors.CANT_PARSE_ENTITIES_JSON,
    "caption_entities": errors.CANT_PARSE_ENTITIES_JSON,
}
_INT = re.compile(r"^[+-]?\d+$")


@dataclass
class Call:
    """One Bot API call after decoding: canonical method name, typed params, uploaded files."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        value = self.params.get(name, default)
        return default if value is None else value

    def require(self, name: str) -> Any:
        """The value of a mandatory parameter; missing or empty gives "<name> is empty"."""
        value = self.params.get(name)
        if value is None or value == "":
            raise errors.bad_request(errors.PARAM_EMPTY.format(name))
        return value

    def int(self, name: str, default: int | None = None, *, required: bool = False) -> int | None:
        value = self.require(name) if required else self.params.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise errors.bad_request(errors.PARAM_INVALID.format(name))
        return value

    def seconds(self, name: str) -> float:
        """A duration such as getUpdates ``timeout``: whole or fractional seconds, default 0."""
        value = self.params.get(name)
        try:
            return max(float(value or 0), 0.0)
        except (TypeError, ValueError):
            raise errors.bad_request(errors.PARAM_INVALID.format(name)) from None

    def float(self, name: str) -> float:
        value = self.require(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise errors.bad_request(errors.PARAM_INVALID.format(name))
        return float(value)

    def bool(self, name: str) -> bool:
        return bool(self.params.get(name) or False)


def normalize(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Type every known field; unknown fields are kept as they came."""
    return {name: _normalize_value(name, value) for name, value in raw.items()}


def _normalize_value(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        if name == "allowed_updates" and value == "":
            return []
        try:
            return json.loads(value)
        except ValueError:
            raise errors.bad_request(
                _JSON_ERRORS.get(name, errors.CANT_PARSE_JSON.format(name))
            ) from None
    if name in INT_FIELDS and _INT.match(value.strip()):
        return int(value)
    if name in FLOAT_FIELDS:
        try:
            return float(value)
        except ValueError:
            return value
    if name in BOOL_FIELDS:
        return value.strip().lower() in ("true", "1")
    return value

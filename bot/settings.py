"""One settings object, read from the environment and an optional `.env`, validated at start.

Every variable is documented in `.env.example`; a test checks that the README and that file
mention each one. The token is a `SecretStr` so it never prints in logs, reprs or errors.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PUBLIC_BOT_API = "https://api.telegram.org"
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      env_prefix="")

    bot_token: SecretStr | None = Field(None, description="Token from @BotFather; without it `make run` opens the console chat")
    bot_api_url: str = Field(PUBLIC_BOT_API, description="Bot API server root; the bot appends /bot<token>/<method>")
    bot_data_dir: Path = Field(Path("var"), description="Where the SQLite store and caches live")
    bot_knowledge_dir: Path = Field(Path("knowledge"), description="Folder of staff-edited YAML files")
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), description="Comma-separated Telegram user ids of staff")
    bot_staff_chat_id: int | None = Field(None, description="Chat that receives error reports, broadcast summaries and handoffs (staff reply there)")
    bot_staff_lang: Literal["en", "es", "zh", "ko"] = Field("en", description="Language of everything the bot writes in the staff chat (handoff posts, inquiry summaries, notes, broadcast summaries, error and database notices): en, es, zh or ko")
    bot_timezone: str = Field("Asia/Shanghai", description="The studio's time zone, used for Beijing-time display and schedules")
    bot_grace_hours: float = Field(6.0, ge=0, description="A missed announcement is still sent if the bot is back within this many hours")
    bot_reminder_offsets: Annotated[tuple[int, ...], NoDecode] = Field((1440, 60), description="Minutes before an event to remind partners who tapped 'Remind me'")
    bot_broadcast_rate: float = Field(29.0, gt=0, le=1000, description="Messages per second for broadcasts, all together (Telegram allows about 30)")
    bot_log_level: str = Field("INFO", description="Python logging level")
    bot_memory_minutes: float = Field(30.0, gt=0, description="Minutes of quiet after which the bot forgets a chat's conversation (\"the second one\", \"that one\")")
    bot_flow_timeout_minutes: float = Field(30.0, gt=0, description="Minutes without an answer after which the inquiry form or the /announce composer ends; the next message then says so")
    bot_handoff_ack_minutes: float = Field(10.0, ge=0, description="Minutes of quiet after which a partner writing during an open handoff is told again that their message reached the team (the first message after the handoff opened always is)")
    bot_flood_per_minute: int = Field(20, ge=0, description="Messages a minute one chat may send (button presses not counted) before it gets one notice and is ignored for the rest of the minute; 0 turns the limit off")
    bot_dashboard_listen: str = Field("127.0.0.1", description="Address the staff dashboard listens on")
    bot_dashboard_port: int = Field(8001, ge=1, le=65535, description="Port of the staff dashboard")
    bot_dashboard_user: str = Field("staff", min_length=1, description="User name to log in to the staff dashboard")
    bot_dashboard_password: SecretStr | None = Field(None, description="Password of the staff dashboard; without it the dashboard refuses to start")
    bot_send_retries: int = Field(4, ge=0, le=10, description="Times a failed send to Telegram (5xx, time-out, refused connection) is retried before it is reported as lost")
    bot_send_backoff: float = Field(0.5, gt=0, le=8, description="Seconds before the first retry of a failed send; each further retry waits twice as long (±25 %), at most 8 s")
    bot_send_timeout: float = Field(10.0, gt=0, description="Seconds to wait for Telegram's answer to a send before treating it as timed out and sending again")
    bot_send_rate: float = Field(29.5, gt=0, description="Messages per second the bot sends overall (Telegram allows about 30): replies to partners take the next free slot, broadcasts the slots left over")
    bot_store_alert_seconds: float = Field(5.0, gt=0, description="Seconds the database must refuse writes (locked, read-only, disk full) before staff are told, once per outage")
    bot_shutdown_seconds: float = Field(9.0, gt=0, description="Seconds from SIGTERM/SIGINT to a forced exit when the graceful stop hangs (supervisors usually allow 10)")
    bot_webhook_url: str | None = Field(None, description="Public HTTPS URL Telegram posts updates to; set it to use webhooks instead of long polling")
    bot_webhook_listen: str = Field("127.0.0.1", description="Address the webhook server binds to (a reverse proxy in front terminates TLS)")
    bot_webhook_port: int = Field(8443, ge=1, le=65535, description="Port of the webhook server (also serves GET /healthz)")
    bot_webhook_secret: SecretStr | None = Field(None, description="Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; required with BOT_WEBHOOK_URL")

    @field_validator("bot_api_url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://, e.g. https://api.telegram.org")
        if "/bot" in value.rsplit("/", 1)[-1]:
            raise ValueError("give the server root only; the bot appends /bot<token>/<method>")
        return value

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            bad = [p for p in parts if not p.lstrip("-").isdigit()]
            if bad:
                raise ValueError(f"not Telegram user ids: {', '.join(bad)} (expected e.g. 12345,67890)")
            return frozenset(int(p) for p in parts)
        return value

    @field_validator("bot_reminder_offsets", mode="before")
    @classmethod
    def _offsets(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            if not all(p.isdigit() for p in parts):
                raise ValueError("expected minutes separated by commas, e.g. 1440,60")
            return tuple(sorted({int(p) for p in parts}, reverse=True))
        return value

    @field_validator("bot_timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use an IANA name like Asia/Shanghai") from None
        return value

    @field_validator("bot_dashboard_password")
    @classmethod
    def _password(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if len(value.get_secret_value()) < 10:
            raise ValueError("use at least 10 characters")  # never echo the value
        return value

    @field_validator("bot_dashboard_user")
    @classmethod
    def _user(cls, value: str) -> str:
        value = value.strip()
        if not value or not value.replace("_", "").replace("-", "").isalnum():
            raise ValueError("letters, digits, - and _ only, e.g. staff")
        return value

    @field_validator("bot_log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @field_validator("bot_webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        value = (value or "").strip()
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError("expected a full URL, e.g. https://bot.example.org/telegram")
        return value

    @field_validator("bot_webhook_secret")
    @classmethod
    def _secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        if not _SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("1-256 characters: letters, digits, _ and - only (Telegram's rule)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.bot_webhook_url and self.bot_webhook_secret is None:
            raise ValueError("BOT_WEBHOOK_SECRET is required when BOT_WEBHOOK_URL is set")
        return self

    @property
    def webhook_path(self) -> str:
        """The path part of BOT_WEBHOOK_URL, where the webhook server listens ("/" if none)."""
        return urlsplit(self.bot_webhook_url or "").path or "/"

    @property
    def db_path(self) -> Path:
        return self.bot_data_dir / "bot.db"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot_timezone)


class SettingsError(Exception):
    """Raised with one readable line per wrong variable."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's error into one line per variable (never echoing the token)."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            name = str(err["loc"][0]).upper() if err["loc"] else "settings"
            lines.append(f"{name}: {err['msg']}")
        raise SettingsError("Invalid configuration:\n  " + "\n  ".join(lines)) from None

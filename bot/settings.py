"""One settings object, read from the environment and an optional `.env`, validated at start.

Every variable is documented in `.env.example`; a test checks that the README and that file
mention each one. The token is a `SecretStr` so it never prints in logs, reprs or errors.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing import Annotated

PUBLIC_BOT_API = "https://api.telegram.org"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore",
                                      env_prefix="")

    bot_token: SecretStr | None = Field(None, description="Token from @BotFather; without it `make run` opens the console chat")
    bot_api_url: str = Field(PUBLIC_BOT_API, description="Bot API server root; the bot appends /bot<token>/<method>")
    bot_data_dir: Path = Field(Path("var"), description="Where the SQLite store and caches live")
    bot_knowledge_dir: Path = Field(Path("knowledge"), description="Folder of staff-edited YAML files")
    bot_admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), description="Comma-separated Telegram user ids of staff")
    bot_staff_chat_id: int | None = Field(None, description="Chat that receives error reports and broadcast summaries")
    bot_timezone: str = Field("Asia/Shanghai", description="The studio's time zone, used for Beijing-time display and schedules")
    bot_grace_hours: float = Field(6.0, ge=0, description="A missed announcement is still sent if the bot is back within this many hours")
    bot_reminder_offsets: Annotated[tuple[int, ...], NoDecode] = Field((1440, 60), description="Minutes before an event to remind partners who tapped 'Remind me'")
    bot_broadcast_rate: float = Field(29.0, gt=0, le=1000, description="Messages per second for broadcasts, all together (Telegram allows about 30)")
    bot_log_level: str = Field("INFO", description="Python logging level")

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

    @field_validator("bot_log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

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

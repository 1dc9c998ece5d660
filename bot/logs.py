"""Logging set-up that never lets the bot token reach a log line."""

from __future__ import annotations

import logging

from bot.settings import Settings

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """Replace the token in the whole formatted record, tracebacks included.

    httpx and python-telegram-bot put request URLs (which contain /bot<token>/) into messages
    and exception texts, so redacting only `record.msg` would not be enough.
    """

    def __init__(self, token: str, *secrets: str) -> None:
        super().__init__(FORMAT)
        self.token = token
        self.secrets = [s for s in secrets if s]  # e.g. BOT_WEBHOOK_SECRET

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record).replace(self.token, "<token>")
        for secret in self.secrets:
            text = text.replace(secret, "<secret>")
        return text


def setup_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.bot_log_level, format=FORMAT)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if settings.bot_token is not None:
        secret = settings.bot_webhook_secret
        formatter = RedactingFormatter(settings.bot_token.get_secret_value(),
                                       secret.get_secret_value() if secret else "")
        for handler in logging.getLogger().handlers:
            handler.setFormatter(formatter)

"""Logging set-up that never lets the bot token reach a log line."""

from __future__ import annotations

import logging

from bot.settings import Settings


class RedactToken(logging.Filter):
    """Replace the token wherever it appears (httpx logs full request URLs with /bot<token>/)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def setup_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.bot_log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if settings.bot_token is not None:
        redact = RedactToken(settings.bot_token.get_secret_value())
        for handler in logging.getLogger().handlers:
            handler.addFilter(redact)

"""Typed access to the services every handler needs, created once in `post_init`.

Handlers get them as `context.services` (see `BotContext`) instead of module globals, so tests
can build an application around real services in a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext

from bot.send import PartnerBot
from bot.settings import Settings
from core.store import Store

if TYPE_CHECKING:
    from core.kb.live import LiveKnowledge
    from intents.brain import Brain


@dataclass
class Services:
    settings: Settings
    store: Store
    knowledge: LiveKnowledge
    brain: Brain
    # Filled by feature modules' startup hooks (jobs: scheduler, delivery engine, ...).
    features: dict[str, Any] = field(default_factory=dict)


class BotContext(CallbackContext[PartnerBot, dict, dict, dict]):
    """CallbackContext with `services`; `bot` is the `PartnerBot` (one send path)."""

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]


def services_of(app: Application) -> Services:
    return app.bot_data["services"]

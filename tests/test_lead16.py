"""An alert asked for before the event in focus is that event's reminder ("set an alert before the
event", "ponme una alerta antes"), while an alert for news ("alert me to new titles") stays a
subscription (lead16, 2026-12-02; answers17 left it as a subscription in English)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

SESSION = {"en": "when is the global talent info session?",
           "es": "¿cuándo es la sesión informativa de talento global?"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "set an alert before the event"),
    ("en", "can you send me an alert a day before it?"),
    ("en", "alert me before it starts"),
    ("es", "ponme una alerta antes del evento"),
    ("es", "configura una alerta antes de que empiece"),
])
def test_an_alert_before_the_event_in_focus_is_its_reminder(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(SESSION[lang], "event:global_talent_info_session_2026#date"),
                                  (text, "event:global_talent_info_session_2026")])
    assert reply.outcome == "action"


@pytest.mark.parametrize("text", ["alert me to new titles", "send me alerts when new titles come in"])
def test_an_alert_for_news_is_still_a_subscription(services: Services, text: str) -> None:
    talk(services, "en", [(text, ["subscribe", "subscribe:*"])], fits=lambda e, g: (g or "").startswith("subscribe"))

"""The lead, round of 2026-12-05: "how long is <an event>?" asks how long it lasts (its duration
fact), as "how long does it last?" already did; "how long is the drive…" stays the way there."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", [
    "how long is the film festival?",
    "how long is the Hengdian Film Festival this time",
    "how long is the virtual production open day?",
])
def test_how_long_is_an_event_is_its_duration(services: Services, text: str) -> None:
    talk(services, "en", [(text, "event:*#duration")], fits=fits)


def test_how_long_is_the_drive_is_not_an_event(services: Services) -> None:
    talk(services, "en", [("how long is the drive from Shanghai to Hengdian?", "faq:how_to_reach_hengdian")], fits=fits)

"""fixR25 (answers83): the Spanish-language news asked for in Spanish words ("las noticias en
español") with "también" between the verb and the news: a subscription to that topic."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

SPANISH_NEWS = [
    "envíenme también las novedades en español, por favor",
    "mándenos igual las noticias en español",
]


@pytest.mark.parametrize("asked", SPANISH_NEWS)
def test_the_news_in_spanish_sent_too_is_that_topic(services: Services, asked) -> None:
    assert ask(services, "es", asked).answer == "subscribe:latam_spanish_news", asked


def test_a_reply_in_spanish_asked_is_no_subscription(services: Services) -> None:
    # "en español" alone is the language of the reply, not the topic ("noticias/novedades en español" are)
    reply = ask(services, "es", "¿me puede mandar la información de los incentivos en español?")
    assert not (reply.answer or "").startswith("subscribe"), reply.answer

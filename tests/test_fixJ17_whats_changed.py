"""fixJ17 (play26 kind H): "what changed since we last talked?" is "what's new?": the newest the
knowledge has (the coming events) and the news alerts offered; never "which one?", a greeting,
out of scope nor the past events ("지난번" is when they talked, not what is asked)."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

CHANGED = [
    ("en", "what's changed since we last talked?"),
    ("en", "has anything changed since last time?"),
    ("es", "¿qué ha cambiado desde la última vez que hablamos?"),
    ("es", "¿algo cambió desde la vez pasada?"),
    ("es", "¿qué hay de nuevo desde la última vez que platicamos?"),
    ("zh", "跟上次比有什么变化吗？"),
    ("zh", "上次之後有冇咩新變化？"),
    ("zh", "和之前相比有什么更新吗"),
    ("ko", "지난번 이후로 바뀐 거 있어요?"),
    ("ko", "저번이랑 달라진 거 있나?"),
]


@pytest.mark.parametrize("lang,line", CHANGED)
def test_what_changed_since_last_time_is_whats_new(services: Services, lang, line) -> None:
    reply = ask(services, lang, line)
    assert reply.answer == "list:events?when=upcoming", (reply.answer, reply.text[:200])
    assert reply.text.startswith(t("news_latest", lang)), reply.text[:200]


@pytest.mark.parametrize("lang,line", [
    ("en", "what changed in the incentive policy?"),
    ("es", "¿qué cambió en el casting?"),
])
def test_a_change_asked_of_something_named_is_not_the_news(services: Services, lang, line) -> None:
    assert not ask(services, lang, line).text.startswith(t("news_latest", lang))

"""fixE13 (play18 kind 1): who handles a topic named in the question (licensing, the rights,
shooting) right after an event card is that topic's team, not the event's organiser; the
organiser stays the answer when the event itself is pointed at."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import last_reply

IBD = "contact:international_business#role"


@pytest.mark.parametrize(("lang", "event", "asked"), [
    ("en", "when's your next event?", "ok and who's in charge of licensing?"),
    ("en", "what is the very next event on your calendar?", "who handles the rights to your catalogue titles?"),
    ("es", "¿qué evento viene ahora?", "¿y quién lleva lo de las licencias?"),
    ("zh", "下一场活动是哪天？", "那版权这块谁负责？"),
    ("ko", "다음 행사는 언제 열려요?", "라이선스는 누가 담당하세요?"),
])
def test_a_topic_named_wins_over_the_event_in_focus(services: Services, lang, event, asked) -> None:
    first = last_reply(services, lang, [event])
    assert (first.answer or "").startswith("event:"), first.answer
    reply = last_reply(services, lang, [event, asked])
    assert reply.answer == IBD, (asked, reply.answer, reply.text)


def test_the_event_pointed_at_keeps_its_organiser(services: Services) -> None:
    reply = last_reply(services, "en", ["when's your next event?", "who organises it?"])
    assert (reply.answer or "").endswith("#organisers"), (reply.answer, reply.text)

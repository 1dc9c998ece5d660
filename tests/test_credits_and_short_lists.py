"""Who wrote, directed or stars in a title is not published: an honest gap, never the card again;
an ordinal past the end of the last list asks which one (the items as buttons), rather than
reading the number as something else ("三个一"). Wordings are fresh (not from any evaluation set)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,title,ask", [
    ("en", "tell me about Siesta Not Included", "nice, who directed it?"),
    ("en", "what's No Stand-In for Love about?", "who's starring?"),
    ("es", "cuéntame de Siesta no incluida", "¿y quién la escribió?"),
    ("zh", "清明上河图谜案讲的是什么", "主演都有谁？"),
    ("ko", "스페인 촬영팀, 헝뎬에 가다 어떤 작품이에요?", "출연 배우가 누구예요?"),
])
def test_credits_of_a_title_are_an_honest_gap(services: Services, lang: str, title: str, ask: str) -> None:
    reply = talk(services, lang, [(title, "work:*"), (ask, "gap:*")], fits=fits)
    assert reply.outcome == "gap"


def test_who_runs_an_event_is_no_credits_gap(services: Services) -> None:
    talk(services, "en", [("who's directing the casting day?", "event:international_sets_casting_day_2027*")],
         fits=fits)


@pytest.mark.parametrize("lang,ask,beyond", [
    ("en", "got any thrillers?", "ok what about the fourth one"),
    ("es", "¿tienen thrillers?", "¿y el tercero?"),
    ("zh", "有惊悚片吗", "第三个呢"),
    ("ko", "스릴러 있어요?", "세 번째 거는요?"),
])
def test_an_ordinal_past_the_list_asks_which_one(services: Services, lang: str, ask: str, beyond: str) -> None:
    reply = talk(services, lang, [(ask, "list:works?genre=thriller"), (beyond, "clarify")])
    assert len(reply.buttons) == 2 and "2" in reply.text

"""play30 ko-springreel (fixW20): "그 작품 제목이 뭐예요?" right after SpringReel's card, which speaks of
a drama of theirs (300 million views) without naming it: the title isn't in our information, and
the team that can say; not SpringReel's card again. A role of the company asked by name is still
its person ("대표 이름이 뭐예요?" is no drama's title)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["what kind of company is SpringReel?", "what's the title of that drama?"]),
    ("es", ["¿qué es SpringReel?", "¿y cómo se llama esa serie?"]),
    ("zh", ["SpringReel是什么公司？", "那部剧叫什么名字？"]),
    ("ko", ["SpringReel은 어떤 회사예요?", "조회수 얼마나 나왔어요?", "그 작품 제목이 뭐예요?"]),
])
def test_the_title_of_a_companys_unnamed_hit(services: Services, lang, lines) -> None:
    *_, reply = say(services, lang, *lines)
    assert reply.answer.startswith("gap:"), (reply.answer, reply.text)
    assert "SpringReel" in reply.text and "3" not in reply.text.splitlines()[0], reply.text


def test_a_role_asked_by_name_is_no_title(services: Services) -> None:
    _, reply = say(services, "ko", "릴케이는 어떤 회사예요?", "대표 이름이 뭐예요?")
    assert reply.answer == "partner:reel_k#about", (reply.answer, reply.text)

"""fixR25 (answers83/82, play34): the alliance's members asked with a verb of having joined or of
being part of it ("已有哪些机构加入", "가입한 기관들", "son parte de", "integran … como miembros"),
or which of them is of a kind, are the members' list, not how to join. Sentences of our own."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, say

# who is in it, asked with the word for joining or belonging beside the question word
MEMBERS_ASKED = [
    ("en", "which studios have already joined the alliance?"),
    ("es", "¿qué instituciones ya son parte de la alianza hoy?"),
    ("es", "me interesa saber qué productoras integran la alianza como socios"),
    ("zh", "想知道目前已有哪几家公司加入联盟了"),
    ("ko", "지금 연맹에 가입한 단체들은 어디어디예요?"),
]


@pytest.mark.parametrize("lang,asked", MEMBERS_ASKED)
def test_who_is_in_the_alliance_is_its_members_not_how_to_join(services: Services, lang, asked) -> None:
    reply = ask(services, lang, asked)
    assert (reply.answer or "").startswith("list:partners"), (asked, reply.answer)


# which of the members is of a kind, asked whether there is one: that kind among the members
def test_a_kind_among_the_members_asked_whether_there_is_one(services: Services) -> None:
    reply = ask(services, "ko", "연맹 회원사 중에 플랫폼 운영하는 곳이 있을까요?")
    assert (reply.answer or "").startswith("list:partners?kind=platform"), reply.answer


# after the alliance's card, which countries' companies have come in: its members
def test_who_came_in_after_the_alliance_card_is_its_members(services: Services) -> None:
    replies = say(services, "ko", "HISDA가 뭐 하는 곳이에요?", "그동안 어떤 나라 기업들이 들어왔나요?")
    assert (replies[-1].answer or "").startswith("list:partners"), replies[-1].answer


# who may join, or the wish to, is still the way in
STILL_JOINING = [
    ("es", "¿qué empresas pueden ser parte de la alianza?"),
    ("zh", "请问哪些机构可以加入联盟？"),
    ("ko", "저희도 연맹에 가입하고 싶은데 어떻게 하나요?"),
    ("en", "how can our studio join the alliance?"),
]


@pytest.mark.parametrize("lang,asked", STILL_JOINING)
def test_who_may_join_is_still_the_way_in(services: Services, lang, asked) -> None:
    assert ask(services, lang, asked).answer == "faq:join_alliance", asked

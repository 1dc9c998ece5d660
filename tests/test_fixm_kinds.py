"""fixM kinds, each in four languages with wordings made up for these tests:

- kind 1: a person asked for at the alliance (HISDA, "la alianza", 联盟, 연맹) reaches its
  secretariat, and a fee question about the alliance names the secretariat too;
- kind 2: two genres said as one ("romantic comedies", "comedias románticas", 浪漫喜剧, 로맨틱
  코미디) keep both words: the titles of both, or none and each alone as the nearest.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "could you connect me with somebody at HISDA"),
    ("es", "pásame con alguien de la HISDA, porfa"),
    ("zh", "联盟那边有没有人可以跟我们聊一下"),
    ("ko", "HISDA 쪽 담당자분 연결해 주실 수 있나요"),
])
def test_a_person_at_the_alliance_is_its_secretariat(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "handoff")])
    assert "secretariat@hisda.example.com" in reply.text
    assert "international.business@" not in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is the membership fee for the alliance"),
    ("es", "¿cuánto cuesta la membresía de la alianza?"),
    ("zh", "加入联盟要交多少钱"),
    ("ko", "연맹 회비는 얼마예요?"),
])
def test_the_alliance_fee_names_its_secretariat(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:hisda_secretariat")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "got any romantic comedies?"),
    ("es", "¿tienen comedias románticas?"),
    ("zh", "有没有浪漫喜剧"),
    ("ko", "로맨틱 코미디 있나요?"),
])
def test_two_genres_as_one_keep_both(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:works?*")], fits=lambda e, got: fnmatchcase(got or "", e))
    assert "romance" in reply.answer and "comedy" in reply.answer


def test_two_questions_still_list_each(services: Services) -> None:
    talk(services, "es", [("¿hay comedias?", "list:works?genre=comedy"), ("¿y románticas?", "list:works?genre=romance")])

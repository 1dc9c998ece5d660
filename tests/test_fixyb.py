"""Kinds of play36a/b (fixyB), in the four languages.

- an event named by the two countries it joins, in either order and with the English word for
  it ("el matchmaking Corea-China", "韩中短剧配对会"), asked what it is and where: that event,
  what it is and where it is held (not Reel-K's country, not a FAQ near its words);
- the catalog's size asked beside its genres ("카탈로그 전체 작품 수는요? 장르는 어떤 게 있어요"):
  the count sentence first, then the first page;
- the alliance's members counted and who runs it day to day ("연맹 회원사는 총 몇 곳이고 실무는
  누가 맡고 있나요"): both answered, the count gap and the Secretariat as its working desk.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text", "what", "where"), [
    ("es", "¿qué es el matchmaking Corea-China y dónde se hace?", "reuniones individuales", "Seúl (sede por confirmar)"),
    ("es", "¿Qué es el encuentro China-Corea? ¿Dónde es?", "reuniones individuales", "Seúl (sede por confirmar)"),
    ("zh", "韩中短剧配对会是什么，在哪里举办？", "一对一洽谈", "首尔（具体场地待定）"),
    ("en", "what is the China-Korea matchmaking and where is it held?", "One-to-one meetings", "Seoul (venue to be announced)"),
    ("ko", "한중 매칭 행사는 뭐예요? 어디서 해요?", "1:1 비즈니스 미팅", "서울(장소 추후 공지)"),
])
def test_event_named_by_its_country_pair(services: Services, lang: str, text: str, what: str, where: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "event:korea_matchmaking_2027#about"
    assert what in reply.text and where in reply.text


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("ko", "카탈로그 전체 작품 수는요? 장르는 어떤 게 있어요", "모두 24편"),
    ("en", "how many titles in total, and which genres?", "24 titles"),
    ("es", "¿cuántos títulos hay en total y qué géneros?", "24 títulos"),
    ("zh", "片单一共有多少部作品？有哪些类型？", "共收录24部"),
])
def test_catalog_count_comes_first(services: Services, lang: str, text: str, count: str) -> None:
    reply = ask(services, lang, text)
    first = reply.text.split("\n", 1)[0]
    assert count in first


@pytest.mark.parametrize(("lang", "text", "daily"), [
    ("ko", "연맹 회원사는 총 몇 곳이고 실무는 누가 맡고 있나요", "연맹 실무는 HISDA 사무국"),
    ("en", "how many members does the alliance have, and who runs it day to day?", "day to day, membership"),
    ("es", "¿cuántos miembros tiene la alianza y quién lleva el día a día?", "en el día a día"),
    ("zh", "请问联盟现在有几家会员？平常是谁在负责联盟的事务？", "日常的入盟及联盟事务"),
])
def test_members_count_and_day_to_day(services: Services, lang: str, text: str, daily: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:hisda_secretariat"
    lines = reply.text.split("\n")
    assert "12" in lines[0] and daily in lines[1]
    assert "secretariat@hisda.example.com" in reply.text


def test_catalog_count_words_are_no_export() -> None:
    from intents import lexicon
    assert lexicon.CATALOG_COUNT.search("작품 수는요")
    assert not lexicon.CATALOG_COUNT.search("작품 수출 가능해요")

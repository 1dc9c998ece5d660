"""Kinds of play18 (fixF13), each in four languages with wordings written for these tests:

- dubbed or subtitled asked of a title (named or in focus): catalog.yaml lists only its languages,
  so the languages, that the catalogue doesn't say dub from subtitles, and the title's team; never
  a bare "Yes" to an either-or;
- an audience told as children (the family titles) or teenagers (no teen category: a No with the
  genres to browse), not "didn't catch that" nor the whole catalogue;
- a snowy mountain asked of the sets is the snow landscape's No, not "not covered".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import to_simplified
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "lines", "said"), [
    ("en", ["does Grandma 2.0 come dubbed into english, or is it subtitles only?"], "dub or subtitles"),
    ("en", ["tell me about Murder Along the River", "is this one voiced in english or subbed?"], "dub or subtitles"),
    ("es", ["¿Abuela 2.0 tiene doblaje en inglés o la pasan subtitulada?"], "doblaje o subtítulos"),
    ("es", ["háblame de El salón de los ancestros", "¿esa viene doblada al inglés o con subtítulos?"],
     "doblaje o subtítulos"),
    ("zh", ["《奶奶2.0》是英语配音还是只有英文字幕？"], "配音还是字幕"),
    ("zh", ["介紹一下《清明上河圖謎案》", "這部有英文字幕嗎"], "配音还是字幕"),
    ("ko", ["할머니 2.0은 영어 더빙이에요, 아니면 자막이에요?"], "더빙인지 자막인지"),
    ("ko", ["사당의 비밀 알려 주세요", "그거 영어 자막으로 나와요?"], "더빙인지 자막인지"),
])
def test_dub_or_subtitles_names_the_languages_and_who_confirms(services: Services, lang: str, lines: list[str],
                                                               said: str) -> None:
    reply = ask(services, lang, *lines)
    first = to_simplified(reply.text.split("\n")[0])[0]
    assert said in first, reply.text
    assert not first.startswith(("Yes", "Sí", "是", "네")), reply.text
    assert "@" in reply.text, reply.text  # the title's team, with its e-mail


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "our saturday cartoon hour is for kids, what would you recommend?"),
    ("en", "do you have anything suitable for children?"),
    ("es", "buscamos algo infantil para la mañana del domingo, ¿qué tienen?"),
    ("es", "¿hay títulos para los niños?"),
    ("zh", "有没有适合儿童的作品？"),
    ("zh", "我们的频道主要给小朋友看，有合适的剧吗"),
    ("ko", "아이들용 드라마 있나요?"),
    ("ko", "어린이 채널에 맞는 작품 추천해 주세요"),
])
def test_kids_are_the_family_titles(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert "genre=family" in (reply.answer or ""), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "asked", "said"), [
    ("en", "we program for a teenage audience, any titles that would fit?", "no teen titles"),
    ("en", "got something for teens?", "no teen titles"),
    ("es", "¿tienen obras para adolescentes?", "no tiene títulos de adolescentes"),
    ("zh", "有没有给青少年看的短剧", "没有青少年题材"),
    ("ko", "청소년 시청자용 작품 있어요?", "청소년 장르 작품이 없습니다"),
])
def test_teens_have_no_category_said_with_the_genres(services: Services, lang: str, asked: str, said: str) -> None:
    reply = ask(services, lang, asked)
    assert said in reply.text.split("\n")[0], reply.text
    assert reply.answer == "catalog:about#no_genre", reply.answer


@pytest.mark.parametrize(("lang", "asked", "said"), [
    ("en", "is there a snowy mountain backdrop anywhere?", "snow landscapes"),
    ("en", "any set with snow-covered mountains?", "snow landscapes"),
    ("es", "¿tienen montañas nevadas en algún plató?", "paisajes nevados"),
    ("zh", "有没有雪山的场景", "雪景"),
    ("ko", "눈 덮인 산이 있는 세트 있어요?", "설경"),
])
def test_a_snowy_mountain_is_the_snow_landscape_no(services: Services, lang: str, asked: str, said: str) -> None:
    reply = ask(services, lang, asked)
    first = reply.text.split("\n")[0]
    assert said in first, reply.text
    assert first.startswith(("No", "没有", "아니요")), reply.text

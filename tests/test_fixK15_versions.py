"""fixK15: a title's language version asked, not a reply in that language (answers53, 55, 57), in
four languages, with sentences of this file's own:

1. "this drama" pointed at in Korean ("이 드라마 스페인어 버전도 있어요?", "그 시리즈") is the title in
   focus: its languages, not every title in Spanish;
2. "그거스페인어로나옴" unspaced: "comes out in Spanish" (나옴), the title's languages;
3. a title named and asked in a language, with who does not speak another as the reason ("mi
   compañero no habla inglés", "my teammate doesn't speak English"): its languages, no switch of the
   reply's language; a reply asked in a language stays a switch.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["가족 드라마 뭐 있어요?", "네 번째 거 몇 분짜리예요?", "이 드라마 스페인어 버전도 있어요?"]),
    ("ko", ["가족 드라마 뭐 있어요?", "네 번째 거 몇 분짜리예요?", "그 시리즈 영어판도 나와요?"]),
    ("es", ["¿qué tienen para ver en familia?", "¿la cuarta cuánto dura cada capítulo?",
            "mi amiga pregunta por mí: 이 드라마 스페인어 버전도 있어요?"]),
    ("en", ["any family dramas?", "how long are the episodes of the fourth?", "is this drama out in spanish too?"]),
    ("zh", ["有家庭剧吗？", "第四部每集多长？", "这部剧有西语版吗？"]),
])
def test_this_drama_in_a_language_is_its_languages(services: Services, lang: str, lines: list[str]) -> None:
    turns = [(line, "*") for line in lines[:-1]] + [(lines[-1], "work:work_son_in_law_from_seoul#languages")]
    talk(services, lang, turns, fits)


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["미스터리드라마있음", "두번째거몇부작임", "그거스페인어로나옴"]),
    ("ko", ["미스터리드라마있음", "두번째거몇부작임", "그거영어로나옴?"]),
])
def test_unspaced_comes_out_in_a_language_is_its_languages(services: Services, lang: str, lines: list[str]) -> None:
    turns = [(line, "*") for line in lines[:-1]] + [(lines[-1], "work:work_emperors_clockmaker#languages")]
    talk(services, lang, turns, fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿el jardín bajo el código está en español? mi compañero de grupo no habla inglés"),
    ("es", "el jardin bajo el codigo viene en español? mi socio no entiende nada de ingles"),
    ("en", "is The Garden Beneath the Code in spanish? my teammate doesn't speak english"),
    ("zh", "《代码之下的园林》有西语版吗？我同学不会说英语"),
    ("ko", "코드 아래의 정원 스페인어로 나와요? 친구가 영어를 못해요"),
])
def test_a_named_titles_version_asked_for_a_friend_is_its_languages(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "work:work_garden_beneath_the_code#languages")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "mándamelo en inglés, mi socio no habla español"),
    ("en", "answer in spanish please, my partner doesn't speak english"),
])
def test_a_reply_asked_in_a_language_stays_a_switch(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [("what is HISDA?" if lang == "en" else "¿qué es HISDA?", "*"), (text, "*")], fits)
    reply = talk(services, lang, [(text, ["pref:language", "fallback", "smalltalk:*"])], fits)
    assert reply.lang != lang


# -- the news of what comes out in a language; a copy in a language for a friend ----------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "mándame las noticias de todo lo nuevo que salga en español y Latinoamérica"),
    ("es", "pásame las novedades de Latinoamérica y lo que salga en español, porfa"),
    ("en", "send me news on anything new in spanish and latin america"),
    ("zh", "西语和拉美的新消息推给我"),
    ("ko", "스페인어랑 중남미 소식 있으면 보내 주세요"),
])
def test_news_of_what_comes_out_in_a_language_is_a_subscription(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["subscribe", "subscribe:latam_spanish_news"])])


@pytest.mark.parametrize(("lang", "lines", "other"), [
    ("en", ["any sci-fi?", "who handles the first one?", "and their phone?", "put that in spanish for my roomate"], "es"),
    ("en", ["any sci-fi?", "who handles the first one?", "and their phone?", "say that in korean for my cousin"], "ko"),
    ("es", ["¿qué series de ciencia ficción tienen?", "¿quién se encarga de la primera?", "¿y el teléfono de ellos?",
            "dímelo en inglés pa' mi prima que anda aprendiendo"], "en"),
    ("zh", ["有科幻剧吗？", "第一部谁负责？", "他们电话多少？", "用英文发一遍，给我室友看"], "en"),
    ("ko", ["SF 작품 있어요?", "첫 번째 거 누가 담당해요?", "전화번호는요?", "영어로 보내 줘요, 룸메한테 보여 주게요"], "en"),
])
def test_a_copy_in_a_language_for_a_friend_resends_the_answer(services: Services, lang: str, lines: list[str],
                                                              other: str) -> None:
    turns = [(line, "*") for line in lines[:-1]] + [(lines[-1], "contact:international_business#phone")]
    reply = talk(services, lang, turns, fits)
    assert reply.lang == other, reply.lang

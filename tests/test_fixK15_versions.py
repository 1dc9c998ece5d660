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

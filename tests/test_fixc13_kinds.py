"""Telegram leftovers (fixC13), each kind in en/es/zh/ko with sentences of our own (none of the
evaluation sets').

- A greeting, then a situation, then the ask ("hola, los sábados vienen mis suegros, ¿algo que
  podamos ver todos juntos?"): the greeting and the situation do not hide the ask, and the
  audience told as a situation (in-laws, grandparents, watching all together) is the family
  titles; the list's follow-ups then work."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, talk, talk_patterns


@pytest.mark.parametrize("lang,text", [
    ("en", "hey, my in-laws visit on Sundays, anything we could all watch together?"),
    ("en", "hello! my sister's kids stay with us in summer, got any shows for them and us?"),
    ("en", "hi there, friday is family movie night at ours, which of your series fit?"),
    ("en", "good morning, grandparents and grandkids on the sofa every evening - what dramas would suit?"),
    ("es", "hola, mis primos vienen cada fin de semana, ¿qué series valen para toda la familia?"),
    ("es", "buenas, los sábados vienen mis suegros, ¿algo que podamos ver todos juntos?"),
    ("es", "hola! los domingos comemos con los abuelitos, ¿qué títulos nos recomiendan para verlos juntos?"),
    ("es", "qué tal, en casa somos grandes y chicos, tienen algo apto para todas las edades?"),
    ("zh", "您好！周末我爸妈和公婆都过来，有啥剧可以大家一起看？"),
    ("zh", "你好，寒假侄子侄女都在我家，有没有适合一家人看的作品？"),
    ("zh", "嗨，晚上爷爷奶奶带孙子一起看电视，推荐几部剧吧"),
    ("zh", "哈喽，有没有合家欢一点的短剧，周末全家一起看？"),
    ("ko", "안녕하세요, 주말에 부모님이 오시는데 같이 볼 만한 작품 추천해 주세요"),
    ("ko", "안녕하세요! 명절에 온 식구가 모이는데 다 같이 볼 드라마 있나요?"),
    ("ko", "안녕하세요 조카들이 놀러 오는데 가족들과 함께 볼 작품 뭐 있어요?"),
    ("ko", "안녕 시부모님이랑 같이 보기 좋은 시리즈 있어?"),
])
def test_a_greeting_and_a_situation_do_not_hide_the_family_ask(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=family")])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["hey, my in-laws visit on Sundays, anything we could all watch together?", "the second one"]),
    ("es", ["hola, mis sobrinitos vienen cada finde, ¿qué series sirven para ver en familia?", "la segunda"]),
    ("zh", ["你好，周末孩子们都回来，有啥适合全家看的剧？", "第二个"]),
    ("ko", ["안녕하세요, 주말마다 조카들이 오는데 온 가족이 볼 만한 작품 있어요?", "두 번째"]),
])
def test_the_family_list_after_a_greeting_takes_its_follow_ups(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], "list:works?genre=family"), (lines[1], "work:work_half_a_teahouse")])


@pytest.mark.parametrize("lang,text", [
    ("en", "what weekday is it over there?"),
    ("en", "what's the date in Hengdian today?"),
    ("es", "¿qué día es hoy allá?"),
    ("es", "¿qué fecha es en China ahorita?"),
    ("zh", "横店今天星期几？"),
    ("zh", "那边现在礼拜几啊"),
    ("ko", "거기 지금 무슨 요일이에요?"),
    ("ko", "헝뎬은 오늘 며칠이에요?"),
])
def test_the_day_there_now_is_the_clock(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "clock:now")])


@pytest.mark.parametrize("lang,text,day", [
    ("en", "how many hours apart are we, and what day is it there right now?", "Monday"),
    ("es", "¿cuántas horas de diferencia hay y qué día es hoy allá?", "lunes"),
    ("zh", "时差几个小时？横店现在星期几？", "周一"),
    ("ko", "시차가 몇 시간이고 헝뎬은 지금 무슨 요일이에요?", "(월)"),
])
def test_the_difference_with_no_city_still_tells_the_day_there(services: Services, lang, text, day) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "clarify" and reply.asks_city
    first, _, question = reply.text.partition("\n\n")
    assert day in first and question


# "That one / ése / 那个 / 거기" after a list of several sets: which one is asked (the sets as
# buttons, with those whose cards name the feature), never the first set listed taken for it; the
# list stays, so "the second" then picks from it.
_PALACE_SETS = {"en": "which sets could we use for an emperor's court?", "es": "¿qué sets tienen para escenas de corte imperial?",
                "zh": "有什么能拍皇宫戏的场景？", "ko": "황궁 장면 촬영할 만한 세트 있나요?"}


@pytest.mark.parametrize("lang,text,again", [
    ("en", "and that one, any lake on the grounds?", "the second"),
    ("en", "does this set have a bridge?", "number two"),
    ("es", "¿y ése tiene algún lago?", "el segundo"),
    ("es", "ese lugar, ¿tiene puente?", "la segunda"),
    ("zh", "那个里面有湖吗", "第二个"),
    ("zh", "这座有桥没有？", "第二个"),
    ("ko", "거기 호수도 있어요?", "두 번째"),
    ("ko", "그 세트에 다리 있나요?", "두 번째요"),
])
def test_that_one_among_several_sets_is_asked_which(services: Services, lang, text, again) -> None:
    replies = talk_patterns(services, lang, [(_PALACE_SETS[lang], "list:locations*"), (text, "clarify")])
    assert replies is not None
    talk_patterns(services, lang, [(_PALACE_SETS[lang], "list:locations*"), (text, "clarify"), (again, "location:*")])


@pytest.mark.parametrize("lang,text", [
    ("en", "anything with zombies in the catalogue?"),
    ("en", "do you have vampire shows?"),
    ("es", "¿tienen algo de zombis?"),
    ("es", "¿hay series de superhéroes?"),
    ("zh", "有没有丧尸题材的？"),
    ("zh", "有吸血鬼的剧吗"),
    ("ko", "좀비 나오는 거 있어요?"),
    ("ko", "슈퍼히어로 드라마 있나요?"),
])
def test_a_kind_the_catalogue_lacks_is_a_no_with_the_closest(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "catalog:about#no_genre", reply.answer
    assert reply.text.startswith(("No", "没有", "아니", "片单", "카탈로그")) or "no" in reply.text.split()[0].lower()


@pytest.mark.parametrize("text", [
    "Hallo, welche Drehorte habt ihr für Palastszenen?",
    "Guten Tag, gibt es Förderungen für Kurzdramen?",
    "Wir sind eine Produktionsfirma aus Köln und möchten bei euch drehen",
    "Bonjour, quels décors avez-vous pour un drame de palais ?",
    "Nous sommes une société de production à Lyon, pouvez-vous nous aider ?",
    "Ciao, avete delle serie romantiche? Grazie",
])
def test_a_language_we_do_not_speak_is_told_in_english(services: Services, text) -> None:
    reply = ask(services, "de", text)
    assert reply.answer == "lang:unsupported" and reply.lang == "en"
    assert "English" in reply.text and "Spanish" in reply.text and "Chinese" in reply.text and "Korean" in reply.text


@pytest.mark.parametrize("lang,text,expect", [
    ("es", "gracias, Danke! ¿y cuándo es la noche de cine latino?", "event:*"),
    ("es", "oi! somos de Brasil, ¿necesitamos visado para grabar en China? obrigado", "faq:visa"),
    ("en", "Guten Tag from Berlin! which sets do you have for palace scenes?", "list:locations*"),
])
def test_a_word_of_another_language_in_ours_is_still_answered(services: Services, lang, text, expect) -> None:
    talk_patterns(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text", [
    ("ko", "안녕하세요, 부산의 애니메이션 스튜디오에서 연락드립니다. 선협물 촬영지 추천해 주실 수 있나요?"),
    ("ko", "저희 스튜디오는 판타지 웹드라마를 만드는데요, 찍을 만한 세트 있을까요?"),
    ("ko", "광주에 있는 영상 제작 스튜디오입니다. 판타지물 촬영할 곳 추천 부탁드려요"),
    ("en", "Hi, we're an animation studio in Lyon. Which sets would suit a fantasy drama?"),
    ("es", "Hola, somos un estudio de animación de Rosario, ¿qué sets sirven para una serie de fantasía?"),
    ("zh", "你好，我们是成都的一家动画工作室，想拍奇幻剧，推荐什么场景？"),
])
def test_the_partners_own_studio_is_no_kind_of_set(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:locations?genre=fantasy")])

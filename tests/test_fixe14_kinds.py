"""fixE14 (play19 kinds): the exact question asked, in all four languages.

- Open on a day of the week ("are you open on saturdays?", "¿están abiertos el domingo?",
  "你们周日开门吗", "일요일에 문 열어요?") is the team's working days (contacts.yaml office_hours),
  as "do you work on saturdays?" already was: not off-topic, not a "Yes." blurb, not events.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, fits

DAY_OFF = {"en": "No, they don't work on", "es": "No, en", "zh": "休息", "ko": "근무하지 않습니다"}
DAY_ON = {"en": "Yes, they work on", "es": "Sí", "zh": "上班", "ko": "근무합니다"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "are y'all open on sundays?"),
    ("en", "is Hengdian open on Saturday?"),
    ("en", "r u open sat?"),
    ("en", "will the office be open this sunday?"),
    ("es", "¿ustedes están abiertos los domingos?"),
    ("es", "tienen abierto el sábado?"),
    ("es", "la oficina abre los sabados?"),
    ("es", "y el fin de semana están abiertos?"),
    ("zh", "你们礼拜天开门吗？"),
    ("zh", "星期六营业不"),
    ("zh", "週日有開門嗎"),
    ("zh", "周末你们上班吗"),
    ("ko", "일요일에도 문 여세요?"),
    ("ko", "토요일에 사무실 열어요?"),
    ("ko", "일욜에 영업해요?"),
    ("ko", "주말에도 오픈하나요?"),
])
def test_open_on_a_day_off_is_the_office_days(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").endswith("#hours"), (text, reply.answer, reply.text)
    assert DAY_OFF[lang] in reply.text.split("\n")[0], (text, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "are you guys open on mondays?"),
    ("es", "¿están abiertos los martes?"),
    ("zh", "你们周三开门吗"),
    ("ko", "목요일에 문 열어요?"),
])
def test_open_on_a_working_day_is_yes(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").endswith("#hours"), (text, reply.answer, reply.text)
    assert "근무하지" not in reply.text and "休息" not in reply.text and "No" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("text", ["is the open day on a weekend?", "what's on this saturday?", "周六开幕吗",
                                  "is the Qin Palace set open on sundays?"])
def test_a_day_without_us_opening_is_no_office_day(text: str) -> None:
    assert not lexicon.DAY_OPEN_ASKED.search(lexicon.fold(text))


# Kind 2: the writer's trade ("we commission short dramas for a streamer") is context; the question
# in the message decides (play19: the rights-terms card answered whatever was asked).
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "hey there, Sven here, we commission vertical dramas for a Danish streamer. when's the next event?", "event:*"),
    ("en", "we commission originals for a streaming service in Nairobi. got any comedies?", "list:works?genre=comedy"),
    ("en", "Our studio commissions short series for a Finnish broadcaster. do you work on sundays?", "contact:*#hours"),
    ("en", "we acquire short dramas for a platform in Accra. any mysteries?", "list:works?genre=mystery"),
    ("es", "hola, encargamos microdramas para una plataforma de streaming en Lima. ¿cuál es el próximo evento?", "event:*"),
    ("es", "buenas, soy Lucía, compramos series cortas para una OTT de Chile. ¿tienen comedias?", "list:works?genre=comedy"),
    ("es", "producimos telenovelas cortas para un canal de Quito, ¿abren los domingos?", "contact:*#hours"),
    ("es", "comisionamos series verticales para una plataforma. ¿tienen algo de misterio?", "list:works?genre=mystery"),
    ("zh", "你好，我们替东南亚的平台采购短剧，下个活动是什么时候？", "event:*"),
    ("zh", "我们公司专门委托制作竖屏短剧，有喜剧吗？", "list:works?genre=comedy"),
    ("zh", "我们是给欧洲流媒体定制短剧的。你们礼拜天上班吗？", "contact:*#hours"),
    ("zh", "我们主要引进海外短剧，有悬疑的吗？", "list:works?genre=mystery"),
    ("ko", "저희는 OTT에 숏드라마를 발주하는 회사예요. 다음 행사 언제예요?", "event:*"),
    ("ko", "스트리밍 플랫폼에 납품할 숏드라마를 의뢰하는 팀입니다. 코미디 있어요?", "list:works?genre=comedy"),
    ("ko", "웹드라마를 제작 의뢰하는 회사인데요. 일요일에 문 열어요?", "contact:*#hours"),
    ("ko", "해외 숏드라마를 구매하는 회사예요. 미스터리 작품 있나요?", "list:works?genre=mystery"),
])
def test_the_writers_trade_is_context_the_question_decides(services: Services, lang: str, text: str, key: str) -> None:
    reply = ask(services, lang, text)
    assert fits(key, reply.answer), (text, reply.answer, reply.text)
    assert not (reply.answer or "").startswith("gap:"), reply.text


@pytest.mark.parametrize("text", ["what commission do you take on sales?", "¿qué comisión cobran?", "commissions?"])
def test_a_commission_as_a_fee_is_still_a_rights_term(text: str) -> None:
    assert "rights" in lexicon.gap_topics(text)


@pytest.mark.parametrize("text", ["we commission short dramas for a streamer", "they commissioned two series", "comisionamos series"])
def test_commissioning_a_show_is_no_fee(text: str) -> None:
    assert "rights" not in lexicon.gap_topics(text)


# Kind 7: a title asked yes/no for a language it does not list (Cantonese) is "No" first, then its languages.
@pytest.mark.parametrize(("lang", "lines", "no"), [
    ("en", ["is there a Cantonese dub of Moonlight Envoy?"], "No, there is no Cantonese version"),
    ("en", ["tell me about Blade and Blossom", "does it come in cantonese?"], "No, there is no Cantonese version"),
    ("es", ["¿Morir en cada toma viene en cantonés?"], "No, no hay versión en cantonés"),
    ("es", ["háblame de Abuela 2.0", "¿hay versión en cantonés?"], "No, no hay versión en cantonés"),
    ("zh", ["击剑冠军闯江湖有广东话配音吗？"], "没有粤语版本"),
    ("zh", ["介绍一下爱情没有替身", "有冇粵語版？"], "没有粤语版本"),
    ("ko", ["서울 사위의 중국 설날 광동어로 나와요?"], "광둥어 버전은 없습니다"),
    ("ko", ["달빛 사신 알려줘", "광둥어 자막 있어요?"], "광둥어 버전은 없습니다"),
])
def test_a_language_a_title_lacks_is_no_first(services: Services, lang: str, lines: list[str], no: str) -> None:
    reply = ask(services, lang, *lines)
    assert (reply.answer or "").endswith("#languages"), (lines, reply.answer, reply.text)
    assert no in reply.text.split("\n")[0], reply.text


# Kind 8: a landscape asked of "your sets" while one set is in focus is about all our sets; pointed
# at the set ("does it have…", "ese set", "那个景", "거기") it stays that set's card.
@pytest.mark.parametrize(("lang", "first", "general", "pointed", "no_set"), [
    ("en", "tell me about the Qin Palace", "do you guys have a jungle set?", "does it have a desert?", "No: no set card mentions"),
    ("es", "háblame del palacio de Qin", "¿y tienen algún set de desierto?", "¿ese set tiene selva?", "No: ninguna ficha"),
    ("zh", "介绍一下秦王宫", "你们有雪山的景吗？", "那个景有沙漠吗？", "没有："),
    ("ko", "진왕궁 알려줘", "사막 세트 있어요?", "거기 정글 있어요?", "아니요, 세트 소개 중"),
])
def test_a_landscape_of_our_sets_is_not_the_set_in_focus(services: Services, lang: str, first: str, general: str,
                                                         pointed: str, no_set: str) -> None:
    reply = ask(services, lang, first, general)
    assert reply.text.startswith(no_set), (general, reply.answer, reply.text)
    reply = ask(services, lang, first, pointed)
    assert reply.answer == "location:qin_palace" and not reply.text.startswith(no_set), (pointed, reply.text)


# Kind 6: a programming block or slot for an audience told as a situation is the family titles.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our weekday afternoon block is for grandparents and kids watching together, anything that fits?"),
    ("en", "we run a daytime slot where grandma watches with the grandkids. what would suit it?"),
    ("es", "tenemos un bloque infantil los sábados, qué nos sirve?"),
    ("es", "nuestra franja de la tarde la ven abuelos con nietos, ¿qué tienen que encaje?"),
    ("zh", "周末下午的时段是给老人和小孩一起看的，有合适的吗？"),
    ("zh", "我们有个少儿时段，推荐点什么？"),
    ("ko", "저희 주말 오전 편성은 온 가족이 같이 보는 시간대예요. 맞는 작품 있나요?"),
    ("ko", "어린이 편성에 넣을 만한 작품 있어요?"),
])
def test_an_audience_block_is_the_family_titles(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?genre=family", (text, reply.answer, reply.text)

"""Dialogue-turn kinds of the read set answers65 (fixX16), each in en/es/zh/ko with sentences of our
own (none of the evaluation sets').

- The next thing "you" hold, said with a verb of holding and no word for an event ("what's the next
  thing you lot are putting on", "¿qué es lo próximo que montáis?", "下一场你们搞啥", "담에 뭐 여노"):
  the first event coming, not the calendar — and the conversation goes on about that event.
- Money paid to a programme's people said as "those on it" ("do the folks in the programme get paid
  anything?", "¿pagan algo a los del programa?", "项目里的人有钱拿吗", "그 프로그램 사람들한테 돈 줘요?"):
  the honest gap of the pay no programme publishes, not the incentives FAQ nor the programme's card.
- The crew's nationality said by the word ("the crew are all of Irish nationality", "todo de
  nacionalidad española", "我们团队全是西班牙国籍", "저희 스태프 전부 캐나다 국적"), asked whether
  it is a problem to shoot at the set in focus: whether foreign crews may film (the FAQ), not the
  set's card again.
- An event gone back to in the plural or in Chinese/Korean ("going back to those meetings",
  "retomando esas jornadas", "返返去嗰啲配對活動", "아까 그 행사로 돌아가서") after a list of titles
  and one title: that event's fact (its hour), not a fact of the title in focus.
- The periods a set can shoot, asked with "can shoot" ("第三个可以拍哪些历史时期", "可以拍邊啲歷史時期",
  "which historical periods can you shoot at the third?"): the set's eras, not its kinds of scene —
  and "那第一个呢？" then asks the first one's eras.
- Online or flying over, asked of an event in Cantonese ("係網上定要飛過去？", "要唔要親身飛過去"):
  its venue (online or where), as "online or do we have to fly out?" is.
- Other events to come, to be told of, after a reminder ("以后有别的活动也通知我", "以後有其他活動都通知我"):
  the events' news switched on, not the calendar.
- News "of Latin things and in Spanish" ("mándame noticias de lo latino y en español", "send me news on
  latin america stuff and in spanish"): the Latin America & Spanish-language news topic, no switch of
  the reply's language.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

NEXT = "event:global_talent_info_session_2026"
PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize("lang,line", [
    ("en", "what's the next thing you lot are putting on"),
    ("en", "whats the next thing ur running?"),
    ("en", "what are y'all hosting next?"),
    ("es", "¿qué es lo próximo que montáis?"),
    ("es", "¿qué organizan ahora?"),
    ("es", "lo siguiente que van a montar, ¿qué es?"),
    ("zh", "下一场你们搞啥"),
    ("zh", "你们下一个要办的是什么"),
    ("zh", "你哋下一個搞咩呀"),
    ("ko", "담에 뭐 여노"),
    ("ko", "다음번에 진행하는 거 뭐예요?"),
])
def test_next_thing_you_hold_is_the_first_event(services: Services, lang, line) -> None:
    talk(services, lang, [(line, NEXT)])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["whats the next thing ye're running", "what time is that for me in Glasgow", "put it in my calendar"]),
    ("es", ["¿qué es lo próximo que organizáis?", "¿a qué hora es eso para mí en Sevilla?", "añádelo a mi calendario"]),
    ("zh", ["下一场你们搞啥", "那我这边是几点", "加到我日历里"]),
    ("ko", ["담에 뭐 여노", "제 시간으로 몇 시예요?", "캘린더에 넣어 줘"]),
])
def test_next_thing_held_is_followed_up(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], NEXT), (lines[1], f"{NEXT}#date"), (lines[2], [NEXT, f"ics:{NEXT[6:]}"])])


@pytest.mark.parametrize("lang,line", [
    ("en", "what should I do next?"),
    ("zh", "下一步我们该做什么"),
])
def test_a_next_step_is_no_event(services: Services, lang, line) -> None:
    reply = talk(services, lang, [(line, ["*"])], fits=lambda e, got: True)
    assert not (reply.answer or "").startswith("event:")


PROGRAM_FIRST = {"en": "tell me about the global talent program", "es": "¿qué es el programa global de talento?",
                 "zh": "介绍一下全球人才计划", "ko": "글로벌 인재 프로그램 알려 주세요"}


@pytest.mark.parametrize("lang,line", [
    ("en", "do the folks in the programme get paid anything?"),
    ("en", "do they pay the people on that programme anything, and how much?"),
    ("es", "¿les pagan algo a los del programa? ¿cuánto?"),
    ("es", "¿le dan plata a los que entran en el programa?"),
    ("es", "¿los del programa cobran algo?"),
    ("zh", "项目里的人有钱拿吗"),
    ("zh", "計劃入面嘅人有冇錢攞"),
    ("ko", "그 프로그램 사람들한테 돈 줘요?"),
    ("ko", "프로그램 참여자들은 돈 받나요? 얼마예요?"),
])
def test_pay_to_those_on_a_programme_is_the_gap(services: Services, lang, line) -> None:
    reply = talk(services, lang, [(PROGRAM_FIRST[lang], "program:global_talent_program"), (line, "gap:*")])
    assert reply.answer.startswith("gap:")


PALACES = {"en": ("which sets have palaces?", "and the first one?"),
           "es": ("¿qué decorados tienen palacios?", "¿y el primero?"),
           "zh": ("哪些景区有宫殿", "第一个呢"),
           "ko": ("궁궐 있는 세트 어디예요", "첫 번째는요?")}


@pytest.mark.parametrize("lang,line", [
    ("en", "the crew are all of Irish nationality, any problem shooting there?"),
    ("en", "our team is of Kenyan nationality. is that an issue for filming there?"),
    ("es", "el equipo es todo de nacionalidad mexicana, ¿hay problema para grabar ahí?"),
    ("es", "Nuestra gente sería de nacionalidad peruana. ¿Es un problema para filmar allí?"),
    ("zh", "我们团队全是西班牙国籍，在那拍有问题吗"),
    ("zh", "我哋成班人都係加拿大籍，喺嗰度拍有冇問題"),
    ("ko", "저희 팀은 모두 스페인 국적인데 거기서 촬영해도 문제없나요?"),
    ("ko", "우리 스태프 전부 캐나다 국적이라 거기서 찍어도 되나?"),
])
def test_crew_nationality_asked_of_a_set_is_whether_foreign_crews_film(services: Services, lang, line) -> None:
    first, second = PALACES[lang]
    talk(services, lang, [(first, "list:locations?scene=palace"), (second, "location:qin_palace"),
                          (line, "faq:can_foreign_crews_film")])


MATCHMAKING = "event:korea_matchmaking_2027"
KOREA_TALK = {"en": ("any matchmaking event between Korea and China?", "which of your titles come in Korean?",
                     "the second one, how many episodes?"),
              "es": ("¿hay algún encuentro de emparejamiento entre Corea y China?", "¿qué títulos tienen en coreano?",
                     "la segunda, ¿cuántos capítulos?"),
              "zh": ("有没有中韩对接的活动？", "有哪些韩语的作品", "第二个有几集"),
              "ko": ("한중 매칭 행사 있어요?", "한국어로 된 작품 뭐 있어요?", "두 번째는 몇 부작이에요?")}


@pytest.mark.parametrize("lang,line,fact", [
    ("en", "going back to those meetings, what time do they start for me?", "date"),
    ("en", "back to those sessions - where are they held?", "venue"),
    ("es", "retomando esas jornadas, ¿a qué hora arrancan para mí?", "date"),
    ("es", "volviendo a esas reuniones, ¿dónde son?", "venue"),
    ("zh", "返返去嗰啲配對活動，我呢度幾點開始？", "date"),
    ("zh", "说回之前那场活动，在哪里办？", "venue"),
    ("ko", "아까 그 행사로 돌아가서, 제 시간으로 몇 시에 시작해요?", "date"),
    ("ko", "그 매칭 행사 얘기로 돌아가면 어디서 해요?", "venue"),
])
def test_an_event_gone_back_to_after_titles_answers_the_event(services: Services, lang, line, fact) -> None:
    first, titles, second = KOREA_TALK[lang]
    talk(services, lang, [(first, MATCHMAKING), (titles, "list:works?language=ko"),
                          (second, "work:work_vanished_on_live#episodes"), (line, f"{MATCHMAKING}#{fact}")])



@pytest.mark.parametrize("lang,line,again", [
    ("en", "the second one, which historical periods can you shoot there?", "and the first?"),
    ("en", "what eras could we film at number two?", "what about the first one?"),
    ("es", "el segundo, ¿qué épocas históricas se pueden rodar ahí?", "¿y el primero?"),
    ("es", "¿qué periodos se pueden filmar en el segundo?", "¿y en el primero?"),
    ("zh", "第二个能拍什么历史时期的戏？", "那第一个呢？"),
    ("zh", "第二個可以拍邊啲歷史時期？", "第一個呢？"),
    ("ko", "두 번째는 어떤 시대를 찍을 수 있어요?", "첫 번째는요?"),
    ("ko", "두 번째 데서 찍을 수 있는 역사 시기가 뭐예요?", "그럼 첫 번째는?"),
])
def test_periods_a_set_can_shoot_are_its_eras(services: Services, lang, line, again) -> None:
    first, _ = PALACES[lang]
    talk(services, lang, [(first, "list:locations?scene=palace"), (line, "location:ming_qing_palace#era"),
                          (again, "location:qin_palace#era")])


@pytest.mark.parametrize("lang,line", [("zh", "第二个可以拍哪些场景"), ("en", "the second one, what kinds of scenes can we shoot?")])
def test_scenes_a_set_can_shoot_stay_its_scene_types(services: Services, lang, line) -> None:
    talk(services, lang, [(PALACES[lang][0], "list:locations?scene=palace"), (line, "location:ming_qing_palace#scene_types")])



PITCH_FIRST = {"en": "any pitch day for Latin American producers?", "es": "¿hay un pitch day para productores latinoamericanos?",
               "zh": "有没有给拉美制片人的pitch day", "ko": "중남미 제작자 피치 데이 있어요?"}


@pytest.mark.parametrize("lang,line", [
    ("en", "is it online or do we have to fly out?"),
    ("en", "do we need to fly over for it or is it online?"),
    ("es", "¿es en línea o hay que viajar hasta allá?"),
    ("es", "¿hay que volar o se hace online?"),
    ("zh", "呢個係網上搞定係要飛過去？"),
    ("zh", "要唔要親身飛過去㗎？"),
    ("ko", "온라인이에요 아니면 직접 가야 돼요?"),
    ("ko", "현장에 가야 하나요, 화상으로 되나요?"),
])
def test_online_or_flying_over_is_the_venue(services: Services, lang, line) -> None:
    talk(services, lang, [(PITCH_FIRST[lang], PITCH), (line, f"{PITCH}#venue")])



@pytest.mark.parametrize("lang,line", [
    ("en", "and let me know about any other events later"),
    ("es", "y si después hay otros eventos, avísame"),
    ("zh", "以后有别的活动也推送给我"),
    ("zh", "以後有其他活動都通知我"),
    ("zh", "之后再有其他活动通知我一声"),
    ("ko", "앞으로 다른 행사 있으면 알려 주세요"),
])
def test_other_events_to_come_are_subscribed(services: Services, lang, line) -> None:
    first = {"en": "what's your next event?", "es": "¿cuál es su próximo evento?", "zh": "你们下一个活动是什么",
             "ko": "다음 행사 뭐예요?"}[lang]
    talk(services, lang, [(first, NEXT), (line, ["subscribe", "subscribe:events"])])



@pytest.mark.parametrize("lang,line", [
    ("en", "send me news on latin america stuff and in spanish pls"),
    ("en", "ping me the news for latam and in spanish"),
    ("es", "envíenme novedades de lo latinoamericano y en español"),
    ("es", "pásame las noticias de lo latino y en español"),
    ("zh", "有拉美同西语嘅消息都send俾我"),
    ("zh", "西语和拉美的动态推给我"),
    ("ko", "중남미랑 스페인어 소식 보내 주세요"),
    ("ko", "스페인어권하고 남미 소식 구독할래요"),
])
def test_latin_and_spanish_news_is_the_topic(services: Services, lang, line) -> None:
    reply = talk(services, lang, [(PITCH_FIRST[lang], PITCH), (line, ["subscribe", "subscribe:latam_spanish_news"])])
    assert reply.lang == lang

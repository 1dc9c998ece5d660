"""fixV kinds, in fresh conversations in the four languages: when the team will answer (after a
hand-off or not), a meeting with a person of ours asked to be set up (a hand-off to that team),
"this year" with a market whose events are all next year, a named event beside a language
request, a region with no event, English words inside Chinese and Korean messages."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import mixed_words
from intents import lexicon
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,say", [
    ("en", "when will they answer? it's 8pm here in Toronto"), ("en", "how long until someone gets back to me?"),
    ("es", "¿a qué hora contestan? acá en Medellín son las 8 de la noche"), ("es", "¿cuánto tardan en responder?"),
    ("zh", "他们什么时候能回复我？"), ("zh", "多久能回我"),
    ("ko", "언제쯤 답장 받을 수 있어요?"), ("ko", "몇 시에 연락 와요?"),
])
def test_when_the_team_answers_is_its_hours(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [("I'd like to talk to a person please", "handoff"), (say, "contact:*#hours")], fits=fits)
    assert "9:00" in reply.text or "9시" in reply.text  # when to expect a reply, first


def test_the_partners_city_is_used() -> None:
    assert lexicon.REPLY_WHEN.search("when will they answer? it's 8pm here in toronto")
    assert not lexicon.REPLY_WHEN.search("how long is the series?")


@pytest.mark.parametrize("lang,say", [
    ("zh", "帮我约一下你们负责短剧的领导，想当面聊聊"), ("en", "set up a call with whoever runs short dramas"),
    ("es", "¿me agendas una reunión con el de cortometrajes verticales?"), ("ko", "숏드라마 담당 임원분이랑 미팅 잡아주세요"),
    ("en", "could you arrange a meeting with the person in charge of short dramas?"),
    ("es", "¿puedes coordinar una llamada con el encargado de microdramas?"),
    ("zh", "能不能帮我安排一下跟短剧中心的负责人见个面"),
])
def test_a_meeting_with_the_short_drama_head_is_a_handoff_to_that_centre(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "handoff")])
    assert reply.handoff == "vertical_short_drama_center"


def test_a_meeting_with_the_bot_itself_stays_the_gap(services: Services) -> None:
    talk(services, "en", [("can we set up a meeting with you next week?", "gap:*")], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("es", "¿algún evento para productores latinoamericanos este año?"),
    ("en", "any events for Latin American producers this year?"),
    ("zh", "今年有没有面向拉美制片人的活动？"), ("ko", "올해 중남미 제작자를 위한 행사 있어요?"),
])
def test_none_left_this_year_then_the_next(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "event:latam_pitch_day_2027")], fits=fits)
    assert "2026" in reply.text.split("\n")[0]


@pytest.mark.parametrize("lang,turns", [
    ("en", [("When is Latin Film Night?", "event:latin_film_night*#date"),
            ("能用中文再说一下电影节的时间吗？", "event:hengdian_film_festival#date")]),
    ("en", [("Tell me about Latin Film Night", "event:latin_film_night*"),
            ("영화제 일정 한국어로 다시 알려 주세요", "event:hengdian_film_festival#date")]),
])
def test_a_named_event_beside_a_language_request_beats_the_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("zh", "你们有没有什么 event 在东南亚办？"), ("zh", "东南亚有活动吗？"),
    ("en", "any events in Southeast Asia?"), ("es", "¿hay eventos en el sudeste asiático?"),
    ("ko", "동남아에서 하는 행사 있어요?"),
])
def test_no_event_in_a_region_then_the_online_ones(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "list:events?*venue=online")], fits=fits)
    assert reply.items == ["event:global_talent_info_session_2026", "event:latam_pitch_day_2027"]


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("拉丁电影之夜在哪里办", "event:latin_film_night*#venue"),
            ("可以 send 一份 English version 给我 colleague 吗？", "event:latin_film_night*#venue")]),
    ("ko", [("라틴 영화의 밤 장소 어디예요?", "event:latin_film_night*#venue"),
            ("English version으로 보내줘", "event:latin_film_night*#venue")]),
    ("ko", [("라틴 영화의 밤 장소 어디예요?", "event:latin_film_night*#venue"),
            ("영어 버전으로 보내 주세요", "event:latin_film_night*#venue")]),
])
def test_english_words_in_chinese_and_korean(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns, fits=fits)
    assert reply.lang == "en"


def test_mixed_words_leave_names_and_other_languages_alone() -> None:
    assert mixed_words("有什么 event 吗？", "zh") == "有什么活动吗？"
    assert mixed_words("event 있어요?", "ko") == "행사 있어요?"
    assert mixed_words("Korean Short Drama Matchmaking 什么时候", "zh") == "Korean Short Drama Matchmaking 什么时候"
    assert mixed_words("any event in Hengdian?", "en") == "any event in Hengdian?"


def test_an_english_phrase_in_a_chinese_message_keeps_its_words() -> None:
    # "can send in English? 我老板看不懂中文": the English request as written, no "发" inside it
    assert mixed_words("can send in English? 我老板看不懂中文", "zh") == "can send in English? 我老板看不懂中文"
    assert mixed_words("可以 send 一份 English version 给我 colleague 吗？", "zh") == "可以发一份英文版给我同事吗？"


def test_the_chase_during_a_handoff_uses_the_city_named(services: Services) -> None:
    # "when will they answer? it's 8pm here in Toronto" during a handoff (Monday 20:00 in Beijing)
    from zoneinfo import ZoneInfo

    from intents.handoff import chase_line
    from tests.dialogue import NOW
    assert lexicon.REPLY_WHEN.search("when will they answer? it's 8pm here in toronto")
    line = chase_line(services.knowledge.current, "", None, NOW, ZoneInfo("Asia/Shanghai"), "en",
                      zone=ZoneInfo("America/Toronto"))
    assert "Toronto" in line and "9:00" in line

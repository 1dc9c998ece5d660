"""Kinds found by partners playing through Telegram (play28), in the four languages:

- the reply language does not get stuck: a copy asked for someone else or just once ("영어로 한
  번만", "我老闆睇唔明中文", "我同事係英國人") leaves the partner's language as it was; a plain "in
  English please" is followed by the language of the partner's next clear sentence, and only "from
  now on" or /language holds whatever they write in; "继续中文", "sigue en español" switch back;
- interest in a work said in words ("I'm interested in the second one", "me interesa, ¿cómo
  sigo?", "我对第二部感兴趣", "첫 번째 거 관심 있어요") does what the ⭐ button does: recorded, staff told;
- of two places in one message, where the partner lives now beats where they come from ("from
  Seoul but based in Berlin", "vivimos en Lisboa pero somos de Valencia", "부산 출신인데 베를린에 살아요").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.timezones import mentioned_zone
from tests.dialogue import fits, talk


def _any(expect: object, got: str | None) -> bool:
    return True


# -- the language does not get stuck ---------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "once", "then"), [
    ("ko", "헝뎬 영화제 언제예요?", "영어로 한 번만 보내 주세요", "고마워요. 그럼 담당자는 누구예요?"),
    ("zh", "韓國配對會係幾點？", "可以用英文再講一次嗎？我老闆睇唔明中文", "咁喺邊度搞？"),
    ("zh", "横店影视节是哪天？", "有冇得用英文講多次？我同事係英國人", "好，唔該。咁入場要唔要錢？"),
    ("zh", "拉丁电影之夜是哪天？", "Can you send this in English? 我的合伙人是美国人", "片单里有韩语版的作品吗"),
    ("es", "¿cuándo es la noche de cine latino?", "mándamelo en inglés solo esta vez", "¿y dónde es?"),
    ("en", "when is Latin Film Night?", "send that in Spanish just once please", "and where is it?"),
])
def test_a_one_off_copy_leaves_the_language_as_it_was(services: Services, lang: str, first: str, once: str,
                                                       then: str) -> None:
    copy = talk(services, lang, [(first, "*"), (once, "*")], _any)
    assert copy.lang != lang and t("language_set", copy.lang) not in copy.text
    reply = talk(services, lang, [(first, "*"), (once, "*"), (then, "*")], _any)
    assert reply.lang == lang, (then, reply.lang, reply.text[:80])


@pytest.mark.parametrize(("lang", "turns", "other"), [
    ("zh", ["拉丁电影之夜是哪天？", "用英文再发一遍", "在哪里办？"], "en"),
    ("ko", ["라틴 영화의 밤은 언제예요?", "영어로 보내 주세요", "어디서 해요?"], "en"),
    ("es", ["¿cuándo es la noche de cine latino?", "ok now in English please", "¿y dónde es?"], "en"),
    # en5 of play28: Spanish asked for, then a copy in English "for my boss", then English written
    ("en", ["when is Latin Film Night?", "en español por favor", "ok now in English please, for my boss",
            "is the 2025 one happening or did it happen?"], "es"),
])
def test_a_clear_sentence_is_answered_in_its_own_language(services: Services, lang: str, turns: list[str],
                                                          other: str) -> None:
    switched = talk(services, lang, [(turn, "*") for turn in turns[:2]], _any)
    assert switched.lang == other
    reply = talk(services, lang, [(turn, "*") for turn in turns], _any)
    assert reply.lang == lang, (turns[-1], reply.lang)


@pytest.mark.parametrize(("lang", "turns", "back"), [
    ("zh", ["拉丁电影之夜是哪天？", "in English please", "ok", "好的，继续中文。片单里有韩语版的作品吗"], "zh"),
    ("es", ["¿cuándo es la noche de cine latino?", "in English please", "ok", "sigue en español"], "es"),
    ("ko", ["라틴 영화의 밤은 언제예요?", "in English please", "ok", "한국어로 계속 해 주세요"], "ko"),
])
def test_continuing_in_a_language_switches_back(services: Services, lang: str, turns: list[str], back: str) -> None:
    short = talk(services, lang, [(turn, "*") for turn in turns[:3]], _any)
    assert short.lang == "en", "a message too short to tell follows the language asked for"
    assert talk(services, lang, [(turn, "*") for turn in turns], _any).lang == back


@pytest.mark.parametrize(("lang", "turns", "held"), [
    ("zh", ["拉丁电影之夜是哪天？", "以后都用英文回答", "在哪里办？"], "en"),
    ("en", ["when is the casting day?", "from now on answer in Spanish please", "where is it?"], "es"),
    ("ko", ["라틴 영화의 밤은 언제예요?", "앞으로 영어로 답해 주세요", "어디서 해요?"], "en"),
])
def test_a_language_asked_from_now_on_holds(services: Services, lang: str, turns: list[str], held: str) -> None:
    reply = talk(services, lang, [(turn, "*") for turn in turns], _any)
    assert reply.lang == held


# -- interest said in words --------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "turns", "work"), [
    # (one picked from a list by its place is shown first, not recorded: tests/test_fixu34b.py)
    ("en", ["any mystery titles?", "the second one", "I'm interested in it"], "work_emperors_clockmaker"),
    ("ko", ["로맨스 작품 있어요?", "첫 번째 거 보여 주세요", "관심 있어요"], "work_moonlight_envoy"),
    ("zh", ["片单里有悬疑剧吗", "我对片单里的第二部悬疑剧感兴趣"], "work_emperors_clockmaker"),  # (read as its genre)
    ("es", ["¿qué comedias tienen?", "la segunda, ¿de qué va?", "me interesa, ¿cómo sigo?"], "work_palace_ratings_war"),
    ("zh", ["有喜剧吗", "第二部讲什么", "我们对这部很感兴趣"], "work_palace_ratings_war"),
    ("ko", ["코미디 작품 있어요?", "두 번째 작품 줄거리 알려 주세요", "이 작품 관심 있습니다"], "work_palace_ratings_war"),
])
def test_interest_in_words_is_what_the_star_does(services: Services, lang: str, turns: list[str], work: str) -> None:
    reply = talk(services, lang, [(turn, "*") for turn in turns[:-1]] + [(turns[-1], f"work:{work}")], fits)
    assert reply.answer == f"work:{work}#interest" or reply.staff_note, reply.answer
    assert reply.staff_note and work in reply.staff_note
    title = services.knowledge.current.works[work].title.get(lang)
    assert title in reply.text


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["any comedies?", "I'm interested in knowing the episodes of the second one"], "work:*#episodes"),
    ("es", ["¿tienen comedias?", "me interesa saber de qué va la tercera"], "work:*#logline"),
    ("es", ["¿tienen comedias?", "no me interesa la segunda"], "work:*"),
    ("en", ["we're interested in the Korea matchmaking"], "event:korea_matchmaking_2027*"),
])
def test_interest_in_knowing_or_declined_is_no_interest(services: Services, lang: str, turns: list[str],
                                                         expect: str) -> None:
    reply = talk(services, lang, [(turn, "*") for turn in turns[:-1]] + [(turns[-1], expect)], fits)
    assert not (reply.answer or "").endswith("#interest") and not reply.staff_note


# -- where the partner lives beats where they come from ---------------------------------------------
@pytest.mark.parametrize(("text", "zone"), [
    ("I'm from Seoul but based in Berlin now. when's the pitch day?", "Europe/Berlin"),
    ("vivimos en Lisboa pero somos de Valencia. ¿Cuándo es el Open Day?", "Europe/Lisbon"),
    ("somos de Bogotá pero ahora estamos en Madrid", "Europe/Madrid"),
    ("我来自首尔，现在住在柏林", "Europe/Berlin"),
    ("我老家是成都，现在在马德里", "Europe/Madrid"),
    ("부산 출신인데 지금은 베를린에 살아요", "Europe/Berlin"),
    # one place, or a place asked about beside the partner's own: as before
    ("we're based in Lima, anything in Madrid?", "America/Lima"),
    ("我们在上海，首尔的对接会几点", "Asia/Shanghai"),
])
def test_where_they_live_beats_where_they_are_from(text: str, zone: str) -> None:
    assert mentioned_zone(text) == zone


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("en", "I'm from Seoul but based in Berlin now. when's the pitch day for Latin American producers?", "Berlin"),
    ("es", "vivimos en Lisboa pero somos de Valencia. ¿Cuándo es el Open Day?", "Lisboa"),
    ("es", "somos de Bogotá pero ahora estamos en Madrid, ¿cuándo es la noche de cine latino?", "Madrid"),
    ("ko", "부산 출신인데 지금은 베를린에 살아요. 라틴 영화의 밤은 몇 시예요?", "베를린"),
    # "现在在马德里" is where they live, not "is the team in now?"
    ("zh", "我们是成都人，现在在马德里。拉丁电影之夜几点？", "马德里"),
])
def test_event_times_come_in_the_zone_they_live_in(services: Services, lang: str, text: str, city: str) -> None:
    reply = talk(services, lang, [(text, "event:*")], fits)
    assert city in reply.text, reply.text[:200]


# -- a reminder confirmed in the city named, as the answer above it was ------------------------------
@pytest.mark.parametrize(("lang", "text", "city"), [
    ("es", "somos de Bogotá, ¿cuándo es el Pitch Day para productores latinoamericanos?", "Bogotá"),
    ("en", "we're based in Nairobi. when is the pitch day for Latin American producers?", "Nairobi"),
    ("ko", "마드리드에 있는 제작사인데 라틴 아메리카 피칭 데이는 언제예요?", "마드리드"),
    ("zh", "我们在马德里，拉美制片人线上路演日是什么时候？", "马德里"),
])
def test_a_reminder_is_confirmed_in_the_city_named(services: Services, lang: str, text: str, city: str) -> None:
    from tests.dialogue import new_chat

    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    answer = services.brain.reply_to_text(chat, text, services.store.profile(chat))
    assert city in answer.text, answer.text[:200]
    done = services.brain.reply_to_button(chat, "v1|rem|latam_pitch_day_2027", services.store.profile(chat))
    assert city in done.text, done.text


# -- "today at 9:00" when the team opens later that same day ------------------------------------------
@pytest.mark.parametrize(("lang", "today", "weekday"), [
    ("en", "from today at 9:00 (Beijing time)", "after Monday at 9:00"),
    ("es", "a partir de hoy a las 9:00 (hora de Pekín)", "a partir del lunes a las 9:00"),
    ("zh", "北京时间今天上午9:00之后", "北京时间周一上午9:00之后"),
    ("ko", "오늘 오전 9시(베이징 시간) 이후에", "월요일 오전 9시(베이징 시간) 이후에"),
])
def test_the_team_opening_later_today_is_today(lang: str, today: str, weekday: str) -> None:
    from datetime import UTC, datetime

    from core.kb.schema import OfficeHours
    from intents.office_hours import response_time

    hours = OfficeHours(days="mon-fri", start="09:00", end="17:30")
    friday_early = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)  # Friday 04:30 in Beijing
    assert today in response_time(hours, lang, None, friday_early)
    saturday = datetime(2026, 12, 5, 4, 0, tzinfo=UTC)
    assert weekday in response_time(hours, lang, None, saturday)


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("es", ["¿tienen comedias?", "me interesa el segundo, de qué trata"], "work:*#logline"),
    ("en", ["any comedies?", "we're interested in the second one, how many episodes?"], "work:*#episodes"),
])
def test_interest_with_a_question_answers_it_then_notes_the_interest(services: Services, lang: str,
                                                                      turns: list[str], expect: str) -> None:
    reply = talk(services, lang, [(turns[0], "*"), (turns[1], expect)], fits)
    assert reply.staff_note, "the interest is noted too"
    assert reply.text.index(t("interest_recorded", lang, title="")[:8]) > 0, "the answer comes first"

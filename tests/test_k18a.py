"""Kinds left by answer set 16, each tested in several wordings (the set's own line among them):

- what comes next asked with no noun ("what else comes after that?", "再后面还有哪些") after an event,
  its programme or the calendar: the events to come (what comes after one event, asked in the
  singular, is the one after it: tests/test_fix24a.py);
- a person asked for face to face or by name ("我想找人当面聊这个", "帮我联系Mary Lynn"): a handoff;
- news of new titles or events asked without the topic's own word ("有新片上架提醒我"): a subscription;
- the size of a discount ("具体优惠多少", "몇 퍼 할인"): a number staff give, an honest gap;
- someone else's happening asked as an event question (a match, a world cup, a river's ice
  breakup): off-topic, while "when is the next event?" stays ours;
- a country's partners asked as a list with an event in focus ("한국 파트너사 어디어디예요"): the list;
- the clock set to a named city ("베이징 시간으로 설정해줘"): the time-zone setting;
- one of a list, none in particular ("其中一部的版权", "una de ellas"): not the title in focus."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SESSION = "event:global_talent_info_session_2026"
PROGRAM = "program:global_talent_program"
EVENTS = "list:events*"
OFF = ["out_of_scope", "fallback", "gap:*"]


@pytest.mark.parametrize("lang,first,then", [
    ("en", "what's the next event", "what else comes after that"),
    ("en", "what's the next event", "and what's on after that?"),
    ("es", "cuál es el próximo evento", "y despues que hay"),
    ("es", "cuál es el próximo evento", "¿y qué más hay después?"),
    ("zh", "下一个活动是哪个", "再后面还有哪些"),
    ("zh", "下一個活動是哪個", "再後面還有哪些"),
    ("ko", "다음 행사 뭐예요", "그다음엔 뭐 있어요"),
    ("ko", "다음 행사 뭐예요", "그 후에는 뭐가 있나요"),
])
def test_what_comes_after_an_event_is_the_calendar(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, f"{SESSION}*"), (then, EVENTS)], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", ["what's the next event", "what is the global talent program", "what comes after that?"]),
    ("zh", ["下一个活动是哪个", "全球人才计划是啥", "之后还有啥"]),
    ("ko", ["다음 행사 뭐예요", "글로벌 인재 프로그램이 뭐예요", "그다음엔 뭐 있어요"]),
])
def test_what_comes_after_a_programme_card_is_the_calendar(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], f"{SESSION}*"), (turns[1], f"{PROGRAM}*"), (turns[2], EVENTS)], fits=fits)


@pytest.mark.parametrize("lang,first,then", [
    ("zh", "竖屏短剧有什么扶持", "我想找人当面聊这个"),
    ("zh", "竖屏短剧有什么扶持", "能找个人当面谈谈吗"),
    ("en", "any support for vertical short dramas?", "can I talk to someone about this in person"),
    ("en", "any support for vertical short dramas?", "I'd like to meet someone face to face about this"),
    ("es", "¿hay apoyo para microdramas verticales?", "quiero hablar de esto en persona con alguien"),
    ("ko", "세로형 숏드라마 지원 있어요?", "담당자랑 직접 얘기하고 싶어요"),
])
def test_a_person_asked_for_in_person_is_a_handoff(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "*"), (then, "handoff*")], fits=fits)


@pytest.mark.parametrize("lang,then", [
    ("zh", "帮我联系Mary Lynn"), ("zh", "幫我聯絡Mary Lynn"), ("es", "ponme en contacto con Mary Lynn"),
    ("en", "put me in touch with Mary Lynn"),
])
def test_a_person_named_to_be_put_through_to_is_a_handoff(services: Services, lang, then) -> None:
    talk(services, lang, [("Latin Film Night", "event:latin_film_night*"), (then, "handoff*")], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("zh", "有新片上架提醒我"), ("zh", "有新片上架請提醒我"), ("zh", "有新活动记得通知我"),
    ("en", "let me know when new titles come out"), ("en", "ping me when there's a new event"),
    ("es", "avísame cuando salgan títulos nuevos"), ("es", "avísame si hay eventos nuevos"),
    ("ko", "신작 올라오면 알려줘"), ("ko", "새 행사 생기면 알림 받고 싶어요"),
])
def test_news_of_new_things_is_a_subscription(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "subscribe*")], fits=fits)


@pytest.mark.parametrize("lang,first,then", [
    ("zh", "竖屏短剧有什么扶持", "具体优惠多少"),
    ("zh", "竖屏短剧有什么扶持", "優惠具體是多少"),
    ("zh", "竖屏短剧有什么扶持", "能便宜多少"),
    ("en", "any support for vertical short dramas?", "how much is the discount exactly"),
    ("en", "any support for vertical short dramas?", "how big is the discount?"),
    ("es", "¿hay apoyo para microdramas verticales?", "¿cuánto descuentan?"),
    ("ko", "세로형 숏드라마 지원 있어요?", "얼마나 할인돼요?"),
])
def test_the_size_of_a_discount_is_a_gap(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "*"), (then, "gap:*")], fits=fits)


def test_the_size_of_a_discount_asked_alone_is_a_gap(services: Services) -> None:
    talk(services, "ko", [("세로형 숏드 혜택 정확히 몇 퍼 할인임", "gap:*")], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("en", "breakup on the Chena this year, what date do folks bet on"), ("en", "when is the next world cup"),
    ("en", "where's the championship game this year"),
    ("es", "cuando juega el Racing el proximo finde"), ("es", "¿dónde es la final del mundial?"),
    ("zh", "世界杯下一届在哪办"), ("zh", "下一場比賽什麼時候"),
    ("ko", "월드컵 다음 대회 어디서 해요"), ("ko", "손흥민 경기 언제예요"),
])
def test_someone_elses_happening_is_off_topic(services: Services, lang, say) -> None:
    talk(services, lang, [(say, OFF)], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("en", "when is the next event?"), ("es", "¿cuándo es el próximo evento?"), ("zh", "下一个活动在哪"),
    ("ko", "다음 행사 어디서 해요"),
])
def test_our_next_event_stays_ours(services: Services, lang, say) -> None:
    talk(services, lang, [(say, f"{SESSION}*")], fits=fits)


@pytest.mark.parametrize("lang,first,then", [
    ("ko", "Reel-K 매칭 행사 언제예요", "한국 파트너사 어디어디예요"),
    ("zh", "跟Reel-K的对接会是哪天", "韩国的合作方有哪些"),
    ("en", "when is the Reel-K matchmaking", "which korean partners do you have"),
    ("es", "¿cuándo es el matchmaking con Reel-K?", "¿qué socios coreanos tienen?"),
])
def test_a_countrys_partners_with_an_event_in_focus_are_the_list(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "event:korea_matchmaking_2027*"), (then, "list:partners?country=KR*")], fits=fits)


@pytest.mark.parametrize("lang,say", [
    ("ko", "베이징 시간으로 설정해줘"), ("ko", "중국 본사 기준인 베이징으로 시간 설정해줘"), ("ko", "서울 시간으로 맞춰 주세요"),
    ("ko", "보고타 시간대로 바꿔줘"), ("zh", "把时间设成首尔时间"), ("zh", "時間設定成北京時間"),
    ("en", "set my time to Seoul time"), ("en", "switch to Beijing time please"), ("es", "cambia la hora a Seúl"),
])
def test_the_clock_set_to_a_city_is_the_time_zone(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "pref:timezone")], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("zh", ["喜剧有哪些", "第三部多少集", "想买其中一部的版权，怎么谈"]),
    ("es", ["¿tienen comedias?", "¿cuántos episodios tiene la tercera?", "¿qué hay que hacer para licenciar una de ellas?"]),
    ("ko", ["코미디 뭐 있어요?", "세 번째는 몇 화예요?", "그중에 하나 판권 사고 싶으면 누구랑 어떻게 얘기해요"]),
])
def test_one_of_them_is_no_title_in_focus(services: Services, lang, turns) -> None:
    """One of the list, none in particular: how to license a title, not the third's terms."""
    talk(services, lang, [(turns[0], "list:works?genre=comedy"), (turns[1], "work:*#episodes"),
                          (turns[2], "faq:coproduce_catalog_title")], fits=fits)


def test_it_is_still_the_title_in_focus(services: Services) -> None:
    talk(services, "en", [("any comedies?", "list:works?genre=comedy"), ("how many episodes does the third have", "work:*#episodes"),
                          ("can we license it?", "work:*")], fits=fits)


@pytest.mark.parametrize("lang,first,then", [
    ("es", "cuál es el próximo evento", "y después qué hay que hacer"),
    ("zh", "下一个活动是哪个", "接下来是什么流程"),
    ("ko", "다음 행사 뭐예요", "그다음엔 뭐 해야 돼요?"),
])
def test_a_next_step_to_take_is_no_calendar(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, f"{SESSION}*"), (then, "*")], fits=fits)
    assert not (reply.answer or "").startswith("list:events")

"""fixE3: a new question announced beats the record in focus, a country alone after the
distribution FAQ, the nearest airport, court-drama wording as the palace scene, thanks with a
sign-off, and a paged list's pager word typed alone (partner play, round Z)."""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk


@pytest.mark.parametrize("lang, first, then, expect", [
    ("ko", "헝뎬에 LED 월 있어?", "ㅇㅋ 그럼 한국에서 하는 행사 있어?", "event:korea_matchmaking_2027"),
    ("ko", "헝뎬에 LED 월 있어?", "그건 그렇고 서울에서 하는 행사도 있어요?", "event:korea_matchmaking_2027"),
    ("en", "do you have an LED wall?", "ok by the way, any events in Korea?", "event:korea_matchmaking_2027"),
    ("es", "¿tienen pared LED?", "otra cosa, ¿hay eventos en Corea?", "event:korea_matchmaking_2027"),
    ("zh", "有什么激励政策？", "另外最近有什么活动可以参加吗", "list:events?when=upcoming"),
    ("zh", "有什么激励政策？", "另外最近有什麼活動可以參加嗎", "list:events?when=upcoming"),
    ("es", "¿qué incentivos hay?", "por cierto, ¿hay eventos próximos en los que podamos participar?", "list:events?when=upcoming"),
])
def test_a_new_question_announced_beats_the_focus(services: Services, lang: str, first: str, then: str,
                                                  expect: str) -> None:
    talk(services, lang, [(first, "*"), (then, expect)], fits=lambda e, got: e == "*" or got == e)


def test_the_venue_after_the_new_event_is_its_own(services: Services) -> None:
    talk(services, "ko", [("헝뎬에 LED 월 있어?", "*"), ("ㅇㅋ 그럼 한국에서 하는 행사 있어?", "*"),
                          ("장소는 서울 어디야", "event:korea_matchmaking_2027#venue")],
         fits=lambda e, got: e == "*" or got == e)


def test_a_pointer_back_still_reads_the_focus(services: Services) -> None:
    talk(services, "en", [("do you have an LED wall?", "*"), ("is there an open day for it?", "event:virtual_stage_open_day_2027")],
         fits=lambda e, got: e == "*" or got == e)


@pytest.mark.parametrize("lang, first, korea, japan", [
    ("zh", "你们能发行到西语市场吗？", "那韩国市场呢？", "日本呢？"),
    ("ko", "스페인어권 시장에도 배급할 수 있나요?", "한국 시장은요?", "일본은?"),
    ("en", "can you distribute to Spanish-speaking markets?", "and the Korean market?", "what about Japan?"),
])
def test_a_country_alone_after_the_distribution_faq(services: Services, lang: str, first: str, korea: str,
                                                    japan: str) -> None:
    talk(services, lang, [(first, "faq:spanish_distribution"), (korea, "list:partners?country=KR"),
                          (japan, "list:partners?country=JP")], fits=lambda e, got: got == e)


YES_ALONE = re.compile(r"^(yes|s[ií]|有|是|네(, 있습니다)?)$", re.I)


@pytest.mark.parametrize("lang, said", [
    ("zh", "最近的机场是哪个？"), ("zh", "附近有机场吗"), ("ko", "가장 가까운 공항 어디임"), ("ko", "근처 공항 있어요?"),
    ("en", "what's the closest airport"), ("es", "¿cuál es el aeropuerto más cercano?"),
])
def test_the_nearest_airport_is_the_way_there_airport_first(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "faq:how_to_reach_hengdian")], fits=lambda e, got: got == e)
    said = [x for x in reply.text.replace("。", ".").split(".") if x.strip()]
    # "附近有机场吗", "근처 공항 있어요?" ask yes or no: the yes (fixD14: "有。", "네, 있습니다.") then the airport
    first = said[1] if YES_ALONE.match(said[0].strip()) else said[0]
    assert any(w in first for w in ("Yiwu", "义乌", "義烏", "이우")), reply.text


def test_an_airport_elsewhere_is_not_ours(services: Services) -> None:
    talk(services, "zh", [("巴黎最近的机场是哪个", "out_of_scope")], fits=lambda e, got: got == e)


@pytest.mark.parametrize("lang, said", [
    ("zh", "横店有没有适合拍宫廷戏的景？"), ("zh", "有适合拍宫斗剧的地方吗"), ("zh", "想拍一部宮鬥劇，哪個景合適？"),
    ("ko", "후궁 암투극 찍을 데 있어?"), ("ko", "궁중 암투 장면 찍기 좋은 세트 추천해 주세요"),
    ("en", "any place for a harem intrigue drama?"), ("en", "where can we shoot a court drama?"),
    ("es", "¿dónde puedo grabar un drama de intrigas palaciegas?"), ("es", "¿tienen algo para un drama cortesano?"),
])
def test_court_drama_wording_is_the_palace_scene(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:locations?scene=palace*")],
         fits=lambda e, got: (got or "").startswith(e.rstrip("*")))


@pytest.mark.parametrize("lang, said", [
    ("zh", "好的，感謝，先這樣"), ("zh", "好的，感谢，先这样"), ("zh", "好，谢谢，那就先这样吧"),
    ("ko", "네 감사합니다 일단 여기까지요"), ("en", "ok thanks, that's all for now"), ("es", "vale, gracias, es todo por hoy"),
])
def test_thanks_with_a_sign_off_is_goodbye(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "smalltalk:goodbye")], fits=lambda e, got: got == e)


def test_this_alone_is_no_sign_off() -> None:
    assert not lexicon.SMALL_TALK_ONLY["goodbye"].search("这样")


@pytest.mark.parametrize("lang, ask, pager", [
    ("ko", "작품 목록 보여줘", "다음"), ("ko", "작품 목록 보여줘", "다음 ▶"), ("en", "show me all titles", "next"),
    ("zh", "所有作品列表", "下一页"), ("zh", "所有作品列表", "下一个"), ("es", "muéstrame todos los títulos", "siguiente"),
])
def test_the_pager_word_alone_turns_the_page(services: Services, lang: str, ask: str, pager: str) -> None:
    reply = talk(services, lang, [(ask, "list:works*"), (pager, "list:works*")],
                 fits=lambda e, got: (got or "").startswith(e.rstrip("*")))
    assert any(n in reply.text for n in ("2/5", "2 of", "第2", "2 de", "page 2")), reply.text[:200]


def test_the_pager_word_is_not_every_next() -> None:
    assert lexicon.pager_word("다음") and lexicon.pager_word("Next ▶") and lexicon.pager_word("下一页")
    assert not lexicon.pager_word("다음 행사 언제야?") and not lexicon.pager_word("next event?")

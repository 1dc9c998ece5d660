"""fixQ16, the last closing note's kinds, in four languages with sentences of our own:

- producers "from outside China" asking to join a programme (named, or the one in focus): the
  programme is open to them as published (nothing rules them out) and its way in, never "companies
  from China" — "outside China" is no filter of China;
- "anything online before that?" right after an event: the online events before it (or none
  before it), not the venue of the event in focus;
- a title pointed at by its story in Chinese ("讲西班牙剧组来横店那部", Cantonese "講…嗰部") and a
  fact of it asked: that title's fact;
- an e-mail address with a Korean particle glued to it ("abc@x.com으로") in the form's contact step
  is the address, the particle left out.
"""

from __future__ import annotations

import pytest

from core.store import Store
from intents import inquiry
from intents.understand import _filters
from tests.dialogue import talk
from tests.test_inquiry_form import turn

TALENT = "program:global_talent_program"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("es", "¿qué es el Programa Global de Talento?", "¿Pueden entrar productores de fuera de China al programa?"),
    ("es", "cuéntame del programa de talentos", "¿y aceptan gente que no sea de China en ese programa?"),
    ("en", "tell me about the Global Talent Program", "can producers from outside China join the program?"),
    ("en", "what's the talent program?", "is the programme open to people from outside China?"),
    ("zh", "全球人才计划是什么？", "中国以外的制片人可以参加这个计划吗？"),
    ("zh", "人才计划是做什么的", "中國以外的人能報名這個計劃嗎？"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "중국 밖의 제작자도 이 프로그램에 참여할 수 있나요?"),
    ("ko", "인재 프로그램 알려 주세요", "중국 외 지역 사람도 그 프로그램 지원 가능해요?"),
])
def test_from_outside_china_a_programme_is_open_as_published(services, lang: str, first: str, then: str) -> None:
    reply = talk(services, lang, [(first, TALENT), (then, TALENT)])
    assert "China:" not in reply.text and "中国的公司" not in reply.text


@pytest.mark.parametrize("said", ["producers from outside China", "productores de fuera de China", "中国以外的制片人",
                                  "중국 밖의 제작자"])
def test_outside_china_is_no_filter_of_china(said: str) -> None:
    assert ("country", "CN") not in _filters(said, ())


def test_china_itself_is_still_a_filter() -> None:
    assert ("country", "CN") in _filters("producers from China", ())


ONLINE = "list:events?when=upcoming&venue=online"


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "when is the Korea matchmaking?", "anything online before that?"),
    ("en", "when is the Latin American pitch day?", "is there any online session before it?"),
    ("es", "¿cuándo es el encuentro con Reel-K en Seúl?", "¿y hay algo en línea antes de eso?"),
    ("es", "¿cuándo es el pitch day latinoamericano?", "¿antes de eso hay algo online?"),
    ("zh", "韩国对接会什么时候？", "在那之前有线上的活动吗？"),
    ("zh", "拉美推介会是哪天？", "那之前有没有线上的？"),
    ("ko", "한중 매칭 언제예요?", "그 전에 온라인으로 하는 거 있어요?"),
    ("ko", "중남미 피칭 데이 언제예요?", "그 전에 온라인 행사 있나?"),
])
def test_online_before_an_event_is_the_online_events_before_it(services, lang: str, first: str, then: str) -> None:
    reply = talk(services, lang, [(first, "event:*"), (then, ONLINE)],
                 fits=lambda expect, got: (got or "").startswith(expect.rstrip("*")))
    assert "event:global_talent_info_session_2026" in reply.items, reply.items


def test_online_before_the_first_online_event_is_none(services) -> None:
    reply = talk(services, "en", [("when is the global talent info session?", "event:global_talent_info_session_2026#date"),
                                  ("anything online before that?", ONLINE)])
    assert reply.text.startswith("No online event is listed before"), reply.text


def test_whether_the_event_itself_is_online_is_still_its_venue(services) -> None:
    talk(services, "en", [("when is the Korea matchmaking?", "event:korea_matchmaking_2027#date"),
                          ("is it online?", "event:korea_matchmaking_2027#venue")])


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "讲西班牙剧组来横店那部有多少集？"),
    ("zh", "講西班牙劇組嚟橫店嗰部有幾多集"),
    ("zh", "关于西班牙人在横店拍戏那部，一共几集？"),
    ("en", "the one about a Spanish crew coming to Hengdian, how many episodes?"),
    ("es", "la de un equipo español que viene a rodar a Hengdian, ¿cuántos capítulos tiene?"),
    ("ko", "스페인 촬영팀이 헝뎬 오는 그 작품 몇 부작이에요?"),
])
def test_a_title_pointed_at_by_its_story_gets_its_fact(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "work:work_siesta_not_included#episodes")])


@pytest.fixture
def store() -> Store:
    s = Store.open(":memory:")
    s.touch(42, user_id=42, first_name="Ana")
    return s


@pytest.mark.parametrize(("lang", "said", "address"), [
    ("ko", "abc@x.com으로 연락 주세요", "abc@x.com"),
    ("ko", "mina.kim@studio.co.kr로 보내 주시면 돼요", "mina.kim@studio.co.kr"),
    ("es", "escríbanme a ana.p@prod.com.mx por favor", "ana.p@prod.com.mx"),
    ("zh", "发到li.wei@films.cn就行", "li.wei@films.cn"),
    ("en", "just email me at sam@crew.io thanks", "sam@crew.io"),
])
def test_an_address_in_a_sentence_is_the_contact(store: Store, lang: str, said: str, address: str) -> None:
    assert inquiry.parse(turn(store, lang), "contact", said) == (address, None)


def test_no_address_and_no_phone_is_asked_again(store: Store) -> None:
    value, problem = inquiry.parse(turn(store, "ko"), "contact", "이메일로 연락 주세요")
    assert value is None and problem

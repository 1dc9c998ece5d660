"""Kinds found by playing partners' conversations through the Bot API stub on 2026-12-02
(breaker16), in fresh wordings:

- a partner writing Traditional Chinese who asks for a person ("能幫我轉真人客服嗎",
  "請專人聯絡我") is put through like one writing Simplified: the Chinese request patterns are
  written in Simplified, so the message is read in Simplified (the Telegram reply used to be the
  list of contacts);
- "请真人跟我联系" / "聯絡" (the Taiwanese word for 联系): a real person asked to contact me;
- a bare pointer right after a list ("this one?", "esa", "这个吧", "이거요") asks which of its
  items, with them as buttons (it got "You're welcome!", the help text or the fallback), and the
  list stays for "the third" next;
- questions run on with commas ("where is Hengdian, what support is there for vertical dramas and
  when is Latin Film Night?") are each answered: in a list of questions, a comma then a question
  word after a question of its own opens the next one (only the event was answered, its venue for "where is Hengdian")."""

from __future__ import annotations

from fnmatch import fnmatch

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.lexicon import for_someone_else, language_request, only_reference, split_parts
from tests.dialogue import talk

TRADITIONAL_ASKS = [
    "能不能幫我轉真人客服？", "麻煩轉人工，謝謝", "可以請專人跟我們聯絡嗎", "請真人跟我聯絡一下",
    "煩請安排負責人給我回電話", "我想跟工作人員直接溝通",
]
NOT_ASKS = ["這部劇有真人版嗎？", "橫店有人工智慧的片場嗎", "請問你們的聯絡方式？", "真人秀可以在這裡拍嗎"]


@pytest.mark.parametrize("text", TRADITIONAL_ASKS)
def test_traditional_request_for_a_person(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", NOT_ASKS)
def test_traditional_look_alikes_are_no_request(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize("lang,turns", [
    ("zh-hant", [("有哪些民國時期的場景？", "list:locations*"),
                 ("可以請真人跟我們聯絡嗎？", "handoff")]),
    ("zh-hans", [("请真人跟我联系一下，谢谢", "handoff")]),
])
def test_a_chinese_request_for_a_person_hands_off(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=lambda expect, got: (got or "").startswith(expect.rstrip("*")))


@pytest.mark.parametrize("lang,turns", [
    ("en", [("got any comedies?", "list:works?genre=comedy"), ("this one?", "clarify"),
            ("the third", "work:*")]),
    ("es", [("¿qué sets tienen para la época republicana?", "list:locations?era=republican"),
            ("esa", "clarify"), ("la segunda", "location:*")]),
    ("zh", [("最近有什么活动", "list:events*"), ("这个吧", "clarify")]),
    ("ko", [("미스터리 작품 뭐 있어요?", "list:works?genre=mystery"), ("이거요", "clarify")]),
])
def test_a_bare_pointer_after_a_list_asks_which(services: Services, lang, turns) -> None:
    reply = talk(services, lang, turns, fits=lambda expect, got: fnmatch(got or "", expect))
    if reply.answer == "clarify":
        assert len(reply.buttons) >= 2 and reply.items


@pytest.mark.parametrize("text,bare", [
    ("and that one?", True), ("ésa, porfa", True), ("那部呢", True), ("그거", True),
    ("tell me about that one", False), ("is it dubbed?", False), ("那个多少钱", False), ("그거 몇 부작이에요?", False),
])
def test_only_a_pointer(text: str, bare: bool) -> None:
    assert only_reference(text) is bare


@pytest.mark.parametrize("text,parts", [
    ("Where exactly is Hengdian located, what support is there for vertical dramas and when is Latin Film Night?", 3),
    ("¿Dónde está Hengdian exactamente, qué apoyos dan a los microdramas y cuándo es la Noche de Cine Latino?", 3),
    ("how do crews get to Hengdian, who arranges the transfer, and do we need visas?", 3),
    ("how do I apply for the support, what goes in the application?", 1),  # one question, told more
    # three clauses, each with its own question word (Korean joins them with -고)
    ("헝뎬까지는 어떻게 가고, 세로형 드라마 지원은 뭐가 있고, 다음 설명회는 언제 해요?", 3),
    ("横店在哪个省，微短剧有什么扶持，下一场活动什么时候办？", 3),
    ("who, what, when?", 1),  # too short to be questions of their own
    ("I'd love to know, which sets do you have", 1),  # no question before the comma
    ("which set, what era?", 1),  # too short to be a question of its own
])
def test_questions_run_on_with_commas(text: str, parts: int) -> None:
    assert len(split_parts(text)) == parts


@pytest.mark.parametrize("lang,text,words", [
    ("en", "Where exactly is Hengdian located, what support is there for vertical dramas and when is Latin Film Night?",
     ["Dongyang", "vertical", "Latin Film Night"]),
    ("es", "¿Dónde está Hengdian exactamente, qué apoyos dan a los microdramas y cuándo es la Noche de Cine Latino?",
     ["Dongyang", "microdramas", "Noche de Cine Latino"]),
    ("ko", "헝뎬은 정확히 어디쯤 있고, 숏폼 드라마 인센티브는 뭐가 있고, 라틴 영화의 밤은 언제예요?",
     ["둥양", "인센티브", "라틴 영화의 밤"]),
])
def test_each_comma_question_is_answered(services: Services, lang, text, words) -> None:
    reply = talk(services, lang, [(text, "faq:*")], fits=lambda expect, got: fnmatch(got or "", expect))
    assert all(word in reply.text for word in words), reply.text


@pytest.mark.parametrize("text,once", [
    ("把這齣用英文傳給我，我要轉寄給老闆", True), ("麻煩翻成英文，給我們製片看", True),
    ("以後都用英文回覆，我同事也要看", False), ("請用英文回答", False),
])
def test_traditional_copy_for_someone_else(text: str, once: bool) -> None:
    assert language_request(text)[0] == "en"
    assert for_someone_else(text) is once


def test_after_a_traditional_one_off_copy_chinese_goes_on(services: Services) -> None:
    reply = talk(services, "zh-hant", [("有哪些喜劇類的短劇？", "list:works?genre=comedy"), ("第一部", "work:*"),
                                       ("麻煩翻成英文，給我們製片看", "work:*"), ("總共幾集？", "work:*#episodes")],
                 fits=lambda expect, got: fnmatch(got or "", expect))
    assert reply.lang == "zh" and "集" in reply.text


def test_every_coming_event_can_be_picked_after_a_bare_pointer(services: Services) -> None:
    listed = talk(services, "en", [("what's on the calendar coming up?", "list:events*")],
                  fits=lambda expect, got: fnmatch(got or "", expect))
    assert 6 < len(listed.items) <= 8  # more than the six buttons of other clarifications
    reply = talk(services, "en", [("what's on the calendar coming up?", "list:events*"), ("and that one?", "clarify")],
                 fits=lambda expect, got: fnmatch(got or "", expect))
    assert len(reply.buttons) == len(listed.items)

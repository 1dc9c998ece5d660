"""play36's wrong turns, part 1 (fixC27), each in its conversation plus another wording:

- a language's name alone right after a title's card ("Spanish?", "韩语", "스페인어") asks whether
  the title comes in it (yes or no, in the partner's language); "in Spanish please" still switches;
- a bare "yes" under a title's card, which asked nothing, asks whether to tell the team (⭐ one
  tap away) instead of sending staff an interest note; a second yes notes it;
- a language alone after a list of titles ("las de español", "한국어 되는 거요") narrows that list;
  "sci-fi with Korean", "带西班牙语", "con doblaje al español y menos de 80 capítulos" keep every filter;
- a title gone back to by its genre ("volviendo a la comedia más larga", "아까 그 SF"), by a word
  of its name ("the Kitchen God one") or where it is set ("the one set on a virtual stage");
- a place naming one of the listed events answers the bot's own "which event?" for a reminder;
- what to prepare, right after the joining FAQ, is that FAQ again;
- "能授权吗" of a title seeking partners is answered 目前不能, not 不是.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "lines", "head", "opener"), [
    ("en", ["ok now show me your sci-fi series", "the first", "Spanish?"], "work:work_eclipse_over_qin#languages", "Yes"),
    ("en", ["ok now show me your sci-fi series", "the first", "korean?"], "work:work_eclipse_over_qin#languages", "No"),
    ("zh", ["有没有科幻剧", "第一部", "韩语"], "work:work_eclipse_over_qin#languages", "没有韩语"),
    ("ko", ["로맨스 드라마는?", "두 번째", "스페인어"], "work:work_no_stand_in_for_love#languages", "네"),
    ("es", ["¿tienen comedias?", "la primera", "¿coreano?"], "work:*#languages", ""),
])
def test_a_language_named_alone_after_a_card_is_its_version(services: Services, lang, lines, head, opener) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == head or (head.endswith("*#languages") and reply.answer.endswith("#languages")), reply.answer
    assert reply.text.startswith(opener), reply.text
    assert reply.lang == lang, reply.lang  # no switch of the reply's language


@pytest.mark.parametrize(("lang", "lines", "switched"), [
    ("en", ["ok now show me your sci-fi series", "the first", "in Spanish please"], "es"),
    ("ko", ["로맨스 드라마는?", "두 번째", "영어로 해 주세요"], "en"),
])
def test_the_real_switch_still_switches(services: Services, lang, lines, switched) -> None:
    assert replies(services, lang, lines)[-1].lang == switched


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["any comedies?", "the first", "yes"]),
    ("es", ["¿tienen comedias?", "la primera", "sí"]),
    ("ko", ["코미디 작품 있어요?", "첫 번째", "네"]),
])
def test_a_bare_yes_under_a_card_asks_before_staff_are_told(services: Services, lang, lines) -> None:
    *_, asked = replies(services, lang, lines)
    assert asked.answer.endswith("#interest_offer") and not asked.staff_note, (asked.answer, asked.text)
    assert any(b.data.startswith("v1|int|") for row in asked.buttons for b in row)
    again = replies(services, lang, [*lines, lines[-1]])[-1]
    assert again.answer.endswith("#interest") and again.staff_note, again.answer


@pytest.mark.parametrize(("lang", "lines", "key", "titles"), [
    ("es", ["y series de misterio?", "las de español"], "list:works?genre=mystery&language=es", 5),
    ("ko", ["SF 작품 있어요?", "한국어 되는 거요"], "list:works?genre=sci_fi&language=ko", 4),
    ("es", ["¿tienen ciencia ficción?", "y las de coreano"], "list:works?genre=sci_fi&language=ko", 4),
    ("en", ["Hi, do you have any wuxia titles with Korean subtitles?", "How about sci-fi with Korean?"],
     "list:works?genre=sci_fi&language=ko", 4),
    ("zh", ["有没有浪漫爱情题材、带西班牙语、80集以内的剧"], "list:works?genre=romance&language=es&episodes=le80", 3),
    ("es", ["hola, tienen series romanticas con doblaje al español y menos de 80 capitulos?"],
     "list:works?genre=romance&language=es&episodes=lt80", 2),
])
def test_language_filters_stack(services: Services, lang, lines, key, titles) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == key, (reply.answer, reply.text)
    assert len(reply.items) == titles, reply.items


def test_the_shortest_of_a_filtered_list_keeps_its_language(services: Services) -> None:
    reply = replies(services, "ko", ["Hi, do you have any wuxia titles with Korean subtitles?",
                                     "How about sci-fi with Korean?", "그 중에 제일 짧은 거요"])[-1]
    assert reply.answer.startswith("work:work_ghost_in_the_volume"), reply.answer


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("es", ["¿tienen comedias?", "¿cuál es la más larga?", "¿y qué locaciones sirven para una comedia?",
            "¿qué hay en agosto?", "volviendo a la comedia más larga, ¿en qué idiomas está?"],
     "work:work_die_another_take#languages"),
    ("es", ["¿tienen comedias?", "¿cuál es la más larga?", "¿qué hay en agosto?",
            "regresando a la comedia, ¿en qué estado está?"], "work:work_die_another_take#coproduction"),
    ("ko", ["SF 작품 있어요?", "세 번째", "비자도 필요해요?", "5월 오픈 데이는 한국 시간으로 몇 시예요?",
            "아까 그 SF 몇 부작이에요?"], "work:work_tour_guide_2077#episodes"),
    ("en", ["any comedies in Korean?", "is the Kitchen God one available to license?"],
     "work:work_kitchen_god_quits#coproduction"),
    ("en", ["what sci-fi titles do you have?", "the one set on a virtual stage"], "work:work_ghost_in_the_volume"),
])
def test_the_title_meant_is_found(services: Services, lang, lines, key) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == key, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["recuérdame el evento", "el de Corea"]),
    ("en", ["remind me about the event please", "the Seoul one"]),
    ("zh", ["提醒我一下活动", "韩国那个"]),
])
def test_a_place_answers_which_event_to_remind(services: Services, lang, lines) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "event:korea_matchmaking_2027" and "⏰" in reply.text, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ["您好，我是台北影視公司的林佩君，想請教貴聯盟是否接受海外會員加入？", "需要準備哪些資料？"]),
    ("en", ["does the Alliance accept foreign members?", "what documents do we need to send?"]),
    ("ko", ["해외 회사도 연맹에 가입할 수 있나요?", "어떤 자료를 준비해야 돼요?"]),
])
def test_materials_after_joining_are_the_joining_answer(services: Services, lang, lines) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "faq:join_alliance", (reply.answer, reply.text)


@pytest.mark.parametrize("ask", ["能授权吗", "可以买版权吗"])
def test_can_it_be_licensed_is_answered_with_the_verb(services: Services, ask: str) -> None:
    reply = replies(services, "zh", ["有没有爱情剧", "第三部", ask])[-1]
    assert reply.answer.endswith("#coproduction"), reply.answer
    assert reply.text.startswith("目前不能"), reply.text

"""fixJ17 (play26 kind D): going back to the conversation's first question ("back to my first
question", "the first thing I sent you, …", "volviendo a lo primero", "回到最开始的问题，…", "처음
질문으로 돌아가서 …") answers that first question again, or what the message asks of what it was
about (its title, its two titles, its list); never out of scope nor the last list's record."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say

AGAIN = [
    ("en", ["which airport is closest to Hengdian?", "any hotels near the sets?", "back to my first question please"],
     "faq:how_to_reach_hengdian"),
    ("en", ["when is the Hengdian Film Festival?", "what comedies do you have?", "going back to the start, when was that again?"],
     "event:hengdian_film_festival#date"),
    ("es", ["¿cuántos capítulos tiene Abuela 2.0?", "¿qué eventos hay el año que viene?", "volviendo a mi primera pregunta"],
     "work:work_grandma_2_0#episodes"),
    ("es", ["¿cuál es el aeropuerto más cercano?", "¿y el clima en octubre?", "regresando a lo primero que te pregunté, ¿cuál era?"],
     "faq:how_to_reach_hengdian"),
    ("zh", ["奶奶2.0有几集？", "有哪些喜剧？", "回到最开始的问题"], "work:work_grandma_2_0#episodes"),
    ("zh", ["橫店影視節是什麼時候？", "有哪些愛情片？", "返去一開始嘅問題，係幾時話？"], "event:hengdian_film_festival#date"),
    ("ko", ["할머니 2.0 몇 부작이에요?", "코미디 작품 뭐 있어요?", "처음 질문으로 돌아가서요"], "work:work_grandma_2_0#episodes"),
    ("ko", ["헝뎬 영화제 언제예요?", "로맨스 작품 뭐 있어?", "맨 처음에 물어본 거 다시 알려 줘"], "event:hengdian_film_festival#date"),
]


@pytest.mark.parametrize("lang,lines,key", AGAIN)
def test_back_to_the_first_question_answers_it_again(services: Services, lang, lines, key) -> None:
    reply = say(services, lang, *lines)[-1]
    assert (reply.answer or "").startswith(key), (reply.answer, reply.text[:200])


OF_THE_FIRST = [
    ("en", ["Mocap Jianghu", "do you have any wuxia sets?", "and the first thing I sent you, how many episodes?"],
     "work_mocap_jianghu"),
    ("es", ["Abuela 2.0", "¿qué eventos hay?", "volviendo a lo primero, ¿cuántos capítulos tiene?"], "work_grandma_2_0"),
    ("zh", ["灶王爷辞职了和后宫收视率之争哪个集数少？", "只看还在找合作方的", "回到最开始的问题，两部总时长分别是多少分钟？"],
     "work_kitchen_god_quits"),
    ("ko", ["할머니 2.0 알려 주세요", "코미디 작품 뭐 있어요?", "처음 질문으로 돌아가서, 그거 몇 부작이에요?"], "work_grandma_2_0"),
]


@pytest.mark.parametrize("lang,lines,rid", OF_THE_FIRST)
def test_what_is_asked_of_the_first_question_is_about_its_record(services: Services, lang, lines, rid) -> None:
    reply = say(services, lang, *lines)[-1]
    assert rid in (reply.answer or "") or rid in " ".join(reply.items), (reply.answer, reply.text[:200])
    assert reply.outcome != "out_of_scope"


def test_two_titles_of_the_first_question_are_both_answered(services: Services) -> None:
    reply = say(services, "zh", "灶王爷辞职了和后宫收视率之争哪个集数少？", "只看还在找合作方的", "回到最开始的问题，两部总时长分别是多少分钟？")[-1]
    assert "120" in reply.text and "135" in reply.text, reply.text


def test_the_contact_asked_of_the_first_title_is_its_team(services: Services) -> None:
    reply = say(services, "en", "Mocap Jianghu", "do you have any wuxia sets?", "and the first thing I sent you, who's the contact for it?")[-1]
    assert "shortdrama.center@" in reply.text, reply.text  # (work_mocap_jianghu.contact)


@pytest.mark.parametrize("line", ["volviendo a la primera, ¿ya está terminada?", "back to the first one, is it finished?",
                                  "回到第一部，拍完了吗？", "첫 번째 거로 돌아가서, 완성됐어요?"])
def test_the_first_of_a_list_is_no_first_question(line: str) -> None:
    from core.text import fold, to_simplified
    from intents.router import BACK_TO_FIRST
    assert BACK_TO_FIRST.search(fold(to_simplified(line)[0])) is None

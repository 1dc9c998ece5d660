"""During a hand-off (fixY26, play35): the partner taking the question back ("아 됐어요, 그냥 …
알려줘") leaves the hand-off and the bot answers; "and what about Spanish?" right after a title's
languages is that title's languages again (which the hand-off lets the bot send), not "that
detail isn't published". Wordings written for these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff import answers_alone
from intents.handoff_words import leaves_handoff
from tests.dialogue import ask


@pytest.mark.parametrize("text", [
    "forget it, just tell me how many episodes Canton Nocturne has",
    "olvídalo, mejor dime cuántos capítulos tiene El relojero del emperador",
    "算了，直接告诉我祠堂迷踪有几集",
    "아 됐어요, 그냥 달빛 사신 몇 부작인지만 알려줘",
])
def test_taking_the_question_back_leaves_the_handoff(text: str) -> None:
    assert leaves_handoff(text)


@pytest.mark.parametrize("text", ["괜찮아요? 많이 바쁘시죠", "thanks, just checking in", "算了吧？再等等"])
def test_courtesy_or_a_question_keeps_the_handoff(text: str) -> None:
    assert not leaves_handoff(text)


@pytest.mark.parametrize("lang, lines, code", [
    ("en", ["does Ghost in the Volume come in English?", "and what about Korean?"], "work:work_ghost_in_the_volume#languages"),
    ("es", ["¿Abuela 2.0 está en inglés?", "¿y en español?"], "work:work_grandma_2_0#languages"),
])
def test_another_language_after_a_titles_languages(services: Services, lang: str, lines: list[str], code: str) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == code, reply.answer
    assert answers_alone(lines[-1], reply)  # what the bot sends by itself while a person has the chat

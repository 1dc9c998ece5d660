"""The partner's own figures told before asking what support they could get (fixY26, play35):
the crew, days and budget are theirs, so the answer is the incentives, never free dates, "prices
aren't published" or whether the budget is enough; and a catalogue question sent while the
inquiry form waits for the company's name is no company name. Wordings written for these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import inquiry
from tests.dialogue import ask


@pytest.mark.parametrize("lang, text", [
    ("en", "Madrid crew of 28 here, we plan 14 days of shooting in March with about €300k. What incentives are there for us?"),
    ("es", "Somos 15 personas y tenemos 80.000 dólares para rodar 10 días en Hengdian. ¿Qué beneficios podemos tener?"),
    ("zh", "我们团队二十五个人，预算一百万人民币，计划拍十五天，有什么扶持政策"),
    ("ko", "스태프 30명, 촬영 12일, 예산 2억 원 정도입니다. 받을 수 있는 혜택이 있나요?"),
])
def test_own_figures_then_support_asked_is_the_incentives(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:incentives", "list:incentives") or reply.answer.startswith("incentive:"), reply.answer


@pytest.mark.parametrize("lang, text", [
    ("en", "we have 150k dollars, is that enough for 40 episodes?"),
    ("es", "¿nos alcanza con 50 mil dólares para 30 capítulos?"),
])
def test_a_budget_weighed_is_still_the_budget_gap(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("gap:")


@pytest.mark.parametrize("text", ["코미디 중에 한국어 되는 거", "misterio con doblaje al español", "有英语版的爱情剧吗", "any romance with English subs"])
def test_a_genre_asked_at_the_company_step_is_no_company(services: Services, text: str) -> None:
    turn = services.brain.turn(1, None, text)
    assert inquiry.aside(turn, "company", text, False) is True


@pytest.mark.parametrize("text", ["Comedy Lab Studio", "Romance Films Ltd"])
def test_a_company_with_a_genre_word_is_still_the_answer(services: Services, text: str) -> None:
    turn = services.brain.turn(1, None, text)
    assert inquiry.aside(turn, "company", text, False) is False

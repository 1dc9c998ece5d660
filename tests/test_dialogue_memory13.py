"""Conversation memory, kinds of mistake found by playing whole conversations as new partners (a
Bogotá distributor, a Lima co-producer, a Busan platform, a Chengdu studio, a Taichung writer),
each tried with wordings written for these tests:

- a correction that names no record but a filter ("no, quise decir los de Corea", "不是，我说的是
  韩国的") lists the list in focus again with that filter, never a record the filter's word names;
- a greeting that runs into the question with no stop between them ("hey what sets...", "안녕하세요
  어떤 행사...") is the question, not small talk;

A real Brain (the shipped knowledge, the real classifier, a temporary store), the clock pinned to
2026-11-30 12:00 UTC.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import noon_services, talk

PARTNERS = "list:partners"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "memory13")


# -- a correction that narrows the list ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "expect", "meant", "narrowed"), [
    ("es", "¿con qué socios trabajan?", PARTNERS, "no, quise decir los de Corea", "list:partners?country=KR"),
    ("en", "who do you partner with?", PARTNERS, "sorry, I meant the ones from Mexico", "list:partners?country=MX"),
    ("zh", "联盟里都有哪些伙伴", PARTNERS, "不是，我说的是韩国的", "list:partners?country=KR"),
    ("ko", "연맹 파트너 목록 좀 보여 주세요", PARTNERS, "아뇨, 한국 회사 말한 거예요", "list:partners?country=KR"),
    ("es", "¿qué comedias hay en el catálogo?", "list:works?genre=comedy", "no, quise decir las de misterio",
     "list:works?genre=mystery"),
    ("en", "show me your palace backlots", "list:locations?scene=palace", "no I meant the qing-era ones",
     "list:locations?era=qing"),
])
def test_a_correction_naming_a_filter_lists_the_list_in_focus_again_with_it(
        services: Services, lang: str, listed: str, expect: str, meant: str, narrowed: str) -> None:
    talk(services, lang, [(listed, expect), (meant, narrowed)])


# -- a greeting running into the question ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("ko", "안녕하세요 어떤 작품 있어요", "list:works"),
    ("es", "hola que tal que socios tienen", "list:partners"),
    ("en", "hello hello which partners", "list:partners"),
])
def test_a_greeting_running_into_the_question_is_the_question(
        services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)])

"""Kinds of play33 (fixt33c):

- an everyday word that is also one word of a title in the last list ("cada" of "Morir en cada
  toma", "take" of "Die Another Take") does not switch away from the title in focus; the title
  named as a name still picks it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents.reply import Reply
from tests.dialogue import new_chat, noon_services

PALACE = "work:work_palace_ratings_war"
DIE = "work:work_die_another_take"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixt33c")


def replies(services: Services, lang: str, lines: list[str]) -> list[Reply]:
    """Each line's reply, in one new chat."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿tienen comedias en inglés?", "la segunda", "cuántos episodios tiene y de cuánto dura cada uno"]),
    ("en", ["any comedies in english?", "the second one", "how many episodes, and how long does each one take?"]),
])
def test_everyday_word_of_a_title_keeps_the_focus(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert (last.answer or "").startswith(PALACE), last.text


def test_common_word_keeps_the_focus_for_the_mg(services: Services) -> None:
    lines = ["¿tienen comedias en inglés?", "la segunda", "cuántos episodios tiene y de cuánto dura cada uno",
             "¿y el MG cuánto sería?"]
    last = replies(services, "es", lines)[-1]
    assert last.answer == "gap:hisda_secretariat", last.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿tienen comedias en inglés?", "la primera", "y la de morir en cada toma, cuántos episodios?"]),
    ("en", ["any comedies in english?", "the first one", "how many episodes does Die Another Take have?"]),
])
def test_the_title_named_still_picks(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert (last.answer or "").startswith(DIE), last.text


# G / K6: the licence fee of the title in focus, however asked and after a yes/no turn about it,
# is the rights gap of that title with its own contact (Tour Guide 2077: the HISDA Secretariat)
@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["hi, you got any sci-fi in the catalog?", "tour guide 2077", "is it available in Arabic or English?",
            "what is the price for licensing it in MENA?"]),
    ("en", ["hi, you got any sci-fi in the catalog?", "tour guide 2077", "how is the licence fee calculated?"]),
    ("es", ["¿tienen ciencia ficción?", "guía turística 2077", "¿está en árabe?",
            "¿cuánto costaría licenciarla para Medio Oriente?"]),
    ("zh", ["有科幻片吗", "时光导游2077", "這部的版權費怎麼算"]),
    ("ko", ["SF 작품 있어요?", "시간여행 가이드 2077", "이거 판권료는 어떻게 돼요"]),
])
def test_licence_fee_of_the_title_in_focus(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert last.answer == "gap:hisda_secretariat", last.text

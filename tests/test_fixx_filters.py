"""Catalog filters combined or behind an intro, titles related to a country (and their contacts),
and where a title is filmed (fixX), in the four languages."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import say

DONE = {"work:work_vanished_on_live", "work:work_face_in_clay", "work:work_grandma_2_0",
        "work:work_die_another_take", "work:work_fencer_in_jianghu"}
KOREA = {"work:work_ancestral_hall", "work:work_moonlight_envoy", "work:work_blade_and_blossom",
         "work:work_palace_ratings_war", "work:work_son_in_law_from_seoul"}


def test_statuses_joined() -> None:
    assert lexicon.work_status("completed or available for licensing?") == "available_for_licensing+completed"
    assert lexicon.work_status("any comedies that are already done?") == "completed+available_for_licensing"
    assert lexicon.work_status("which titles are seeking co-producers?") == "seeking_partners"


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Hi, I'm at a Toronto streamer. What's finished and ready to license right now?"]),
    ("en", ["completed or available for licensing?"]),
    ("es", ["Hola, soy de una plataforma en Bogotá. ¿Qué tienen ya terminado y listo para licenciar?"]),
    ("ko", ["이미 다 찍은 작품이나 판권 구매 가능한 작품 있어요?"]),
    # a filter asked after a title's card is a new list, not that title's status
    ("zh", ["羊城夜曲是在哪个景区拍的？", "有沒有已經拍完、可以直接談版權的？"]),
    ("en", ["Tell me about Canton Nocturne", "any that are already finished or available for licensing?"]),
])
def test_finished_or_licensable(services: Services, lang: str, lines: list[str]) -> None:
    reply = say(services, lang, *lines)[-1]
    assert set(reply.items) == DONE, (reply.answer, reply.items)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "any comedies that are already done?"),
    ("es", "¿qué comedias ya están terminadas?"),
    ("ko", "이미 다 찍은 코미디 있어요?"),
])
def test_genre_and_done(services: Services, lang: str, line: str) -> None:
    reply = say(services, lang, line)[-1]
    assert set(reply.items) == {"work:work_die_another_take", "work:work_fencer_in_jianghu"}


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Buenas tardes. Os escribo desde una distribuidora de Valencia. ¿Qué títulos del catálogo tenéis ya en castellano y que sigan buscando socios?"),
    ("en", "Which titles do you have in Spanish and that still need co-producers?"),
])
def test_language_and_status_in_one_question(services: Services, lang: str, line: str) -> None:
    reply = say(services, lang, line)[-1]
    assert "coproduction=seeking_partners" in (reply.answer or "") and "language=es" in (reply.answer or "")
    assert len(reply.items) == 5
    assert "Elígelo abajo" not in reply.text and "Pick it below" not in reply.text


@pytest.mark.parametrize(("lang", "line", "contacts"), [
    ("zh", "片单里有没有跟韩国有关的作品？", "那些作品的负责人联系方式"),
    ("zh", "片單裡有沒有韓國題材的？", "这些作品找谁联系？"),
    ("ko", "카탈로그에서 한국이랑 관련된 작품 있어요?", "그 작품들 담당자 연락처"),
    ("en", "Any titles related to Korea in the catalog?", "who's the contact for those titles?"),
    ("es", "¿Tienen obras relacionadas con Corea?", "¿y el contacto de esas obras?"),
])
def test_works_related_to_a_country(services: Services, lang: str, line: str, contacts: str) -> None:
    listed, reached = say(services, lang, line, contacts)
    assert set(listed.items) == KOREA, (listed.answer, listed.items)
    assert listed.text.count("\n\n") >= 2  # the Korean versions said after the list
    # two teams handle those five titles (the secretariat and the international business department)
    assert len(reached.items) == 2 and all(i.startswith("contact:") for i in reached.items), (reached.answer, reached.items)
    assert reached.text.count("@") == 2


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("zh", "羊城夜曲是在哪个景区拍的？", "广州街·香港街"),
    ("en", "where do they shoot Canton Nocturne?", "Guangzhou Street"),
    ("es", "¿dónde se grabó Nocturno en Cantón?", "Guangzhou"),
    ("ko", "광저우 야상곡은 어디서 찍었어요?", "광저우"),
    ("en", "what's the filming location of The Ancestral Hall?", "Ming-Qing Folk Houses"),
    ("en", "Where was Murder Along the River shot?", "Qingming"),
    ("zh", "祠堂迷踪的取景地在哪？", "明清民居博览城"),
    ("ko", "사당의 비밀 촬영지가 어디예요?", "명청"),
])
def test_where_a_title_is_filmed(services: Services, lang: str, line: str, said: str) -> None:
    reply = say(services, lang, line)[-1]
    first = reply.text.split("\n")[0]
    assert said in first, reply.text
    assert (reply.answer or "").startswith("work:")


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Where is Grandma 2.0 filmed?"),
    ("zh", "奶奶2.0在哪拍的？"),
])
def test_filming_place_not_published(services: Services, lang: str, line: str) -> None:
    reply = say(services, lang, line)[-1]
    assert reply.outcome == "gap" and "@" in reply.text

"""A follow-up about the thing just discussed answers the asked fact of it (play37a, A):

- "where are they based?", "what did they sign with Hengdian?" after a contact asked for by name
  (Mary Lynn): the partner whose team that contact is, not the contact's card again;
- "¿cuántas obras tienen a cargo?" after a team's card: the works that team handles;
- "¿Quién se encarga de eso?", "who takes care of that?" after the join answer: the contact the
  answer names (the Secretariat), not a FAQ near the words of the message before;
- "how many companies are in it as of now?", "¿cuántas son?" after the join answer: the
  members count; "¿cuántas son?" after a list: that list's size."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

MARY = {"en": "Who is Mary Lynn?", "es": "¿Quién es Mary Lynn?", "zh": "Mary Lynn是谁？", "ko": "Mary Lynn이 누구예요?"}
CENTER = {"en": "what is the Vertical Short Drama Operations Center?",
          "es": "¿qué es el Centro de Operaciones de Microdramas Verticales y quién lo dirige?",
          "zh": "竖屏短剧运营中心是什么？", "ko": "세로형 숏드라마 운영센터가 뭐예요?"}
JOIN = {"en": "how do I join the alliance? is there a fee?", "es": "¿cómo me uno a la Alianza? ¿hay cuota?",
        "zh": "怎么加入联盟？要交会费吗？", "ko": "연맹에 어떻게 가입해요? 회비가 있나요?"}


@pytest.mark.parametrize("lang,say,fact", [
    ("en", "where are they based?", "country"),
    ("en", "what did they sign with Hengdian?", "about"),
    ("es", "¿dónde tienen la sede?", "country"),
    ("es", "¿qué firmaron con Hengdian?", "about"),
    ("zh", "他们在哪里？", "country"),
    ("ko", "그 회사는 어디에 있어요?", "country"),
])
def test_a_company_fact_after_its_contact_asks_the_company(services: Services, lang, say, fact) -> None:
    talk(services, lang, [(MARY[lang], "contact:dalynn_studio*"), (say, f"partner:dalynn_studio#{fact}")])


@pytest.mark.parametrize("lang,say", [
    ("en", "how many titles are they in charge of?"),
    ("es", "¿cuántas obras tienen a cargo?"),
    ("zh", "他们负责多少部作品？"),
    ("ko", "거기서 담당하는 작품은 몇 편이에요?"),
])
def test_the_works_a_team_in_focus_has_in_charge(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(CENTER[lang], "partner:hengdian_film_tv_services*"),
                                  (say, "list:works?contact=vertical_short_drama_center")])
    assert "6" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "Who takes care of that?"),
    ("es", "¿Quién se encarga de eso?"),
    ("es", "¿quién está a cargo de eso?"),
    ("zh", "这个谁负责？"),
    ("ko", "그건 누가 담당해요?"),
])
def test_who_takes_care_of_it_after_the_join_answer_is_its_contact(services: Services, lang, say) -> None:
    talk(services, lang, [(JOIN[lang], "*"), (say, "contact:hisda_secretariat*")])


def test_who_handles_membership_after_a_spanish_company_said(services: Services) -> None:
    talk(services, "es", [("Hola, ¿qué es la HISDA y cuántos miembros tiene?", "*"),
                          ("¿Y cómo se puede unir una productora española? ¿Hay que pagar cuota?", "*"),
                          ("¿Quién se encarga de eso?", "contact:hisda_secretariat*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "how many companies are in it as of now?"),
    ("es", "¿cuántas son?"),
    ("zh", "现在里面有多少家公司？"),
    ("ko", "회사가 몇 곳이에요?"),
])
def test_a_count_after_the_join_answer_is_the_members_count(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(JOIN[lang], "*"), (say, "gap:hisda_secretariat")])
    assert "12" in reply.text


def test_how_many_are_they_after_a_list_is_its_size(services: Services) -> None:
    reply = talk(services, "es", [("¿qué obras lleva el Centro de Operaciones de Microdramas Verticales?",
                                   "list:works?contact=vertical_short_drama_center"),
                                  ("¿cuántas son?", "list:works?contact=vertical_short_drama_center")])
    assert reply.text.startswith("Son 6")


def test_take_care_alone_is_still_a_goodbye(services: Services) -> None:
    talk(services, "en", [("thanks, take care", "smalltalk:goodbye")])

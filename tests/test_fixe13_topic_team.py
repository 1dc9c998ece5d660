"""fixE13 (play18 kind 10): whom to talk to, with the topic named (buying a title's rights,
renting a set), is that topic's team with its card on the first line (contacts.yaml
international_business), not the catalogue's blurb or every team's card."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

IBD = "contact:international_business#role"
NAME = {"en": "Guo Shu", "es": "Guo Shu", "zh": "郭姝", "ko": "궈수"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who should we contact about acquiring rights?"),
    ("en", "who can I speak to about hiring a backlot for two weeks?"),
    ("es", "¿con quién hablamos para adquirir derechos?"),
    ("es", "¿a quién le escribo para arrendar un set?"),
    ("zh", "想买版权，联系谁？"),
    ("zh", "我们要租棚拍戏，找谁？"),
    ("ko", "판권 사고 싶은데 누구한테 문의해요?"),
    ("ko", "촬영장 대관은 누구한테 연락하면 돼요?"),
])
def test_whom_for_a_named_topic_is_its_team_first(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == IBD, (text, reply.answer, reply.text)
    assert NAME[lang] in reply.text.split("\n")[0], reply.text


# (fixA14) a title of ours said beside its rights ("a series of yours", "un título", "你们剧",
# "작품"): how a catalogue title is licensed is asked, the FAQ that names the team (the read sets'
# answer, answers3/4/23/51), not the team's card alone
TEAM = {"en": "International Business Department", "es": "Departamento de Negocios Internacionales",
        "zh": "国际业务部", "ko": "국제사업부"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who should we contact about acquiring the rights to a series of yours?"),
    ("es", "¿con quién hablamos para adquirir los derechos de un título?"),
    ("zh", "想买你们剧的版权，联系谁？"),
    ("ko", "작품 판권 사고 싶은데 누구한테 문의해요?"),
])
def test_whom_for_a_titles_rights_is_the_faq_naming_the_team(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "faq:coproduce_catalog_title", (text, reply.answer, reply.text)
    assert TEAM[lang] in reply.text, reply.text

"""fixE22 landed without what it broke (fixE23, issue 7).

A visit of the sets, asked or to be arranged ("can I come and look round the backlot before we
choose?", "could you line up a recce for our producer?"): the knowledge says nothing of how visits
are arranged and the bot books none, so it is the honest gap with the sets' team plus the coming
events held at a set; no invented procedure (no `source: sample` FAQ). A real hospital near the
sets ("is there a hospital near the sets?") is an honest gap with the sets' team, not every set nor
the "none of our sets is a hospital" answer, which stays for a hospital *set*. Money support asked
in Singapore English ("china side got give $$ support") is the incentives, not the one incentive
whose title says "support".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents import events
from tests.dialogue import NOW, ask, say

TEAM = "gap:international_business"  # the sets' team (contacts.yaml), SUBJECT_CONTACT["locations"]


def opener(key: str, lang: str) -> str:
    """A message's text up to its {who}, as the reply starts."""
    return t(key, lang, who="\x00").split("\x00")[0]


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "can I come and look round the backlot before we choose?"),
    ("en", "could you line up a recce for our producer?"),
    ("es", "¿se podría organizar una visita técnica a los sets para nuestro director?"),
    ("es", "¿podríamos pasar a ver los decorados antes de decidir?"),
    ("zh", "签合同前能不能先去踩点"),
    ("zh", "可以安排我们导演去实地考察一下吗"),
    ("ko", "촬영 결정 전에 사전 답사 가능할까요?"),
    ("ko", "세트 투어 일정 잡아 주실 수 있나요?"),
])
def test_a_visit_of_the_sets_is_the_honest_gap_with_the_days_at_the_sets(services: Services, lang: str,
                                                                         asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == TEAM, (reply.answer, reply.text)
    assert reply.text.startswith(opener("gap_visit", lang)), reply.text  # no procedure claimed
    kb = services.knowledge.current
    held = [e for e in sorted(kb.events.values(), key=lambda e: e.starts)
            if e.location in kb.locations and events.is_upcoming(e, NOW) and e.status in events.SCHEDULED][:2]
    assert held
    assert t("visit_sets_days", lang) in reply.text
    for event in held:
        assert event.name.get(lang) in reply.text.replace("&amp;", "&")
    assert reply.items == [f"event:{e.id}" for e in held]


def test_no_faq_invents_how_visits_are_arranged(services: Services) -> None:
    # (a `source: sample` answer is a procedure staff must confirm: the visit has none of its own)
    assert not [fid for fid, item in services.knowledge.current.faq.items() if "visit" in item.tags]


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "tell me about the virtual stage", "could we pop over and see the stages first?"),
    ("es", "¿tienen un plató de producción virtual?", "¿podemos ir a ver los sets antes de firmar?"),
])
def test_the_sets_in_general_after_one_set_are_the_visit_gap(services: Services, lang: str, first: str,
                                                             then: str) -> None:
    assert say(services, lang, first, then)[-1].answer == TEAM


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "is there a hospital near the sets?"),
    ("en", "where's the nearest clinic to the backlot if someone gets injured?"),
    ("es", "¿hay algún hospital cerca de los sets por si alguien se lastima?"),
    ("es", "¿qué tan lejos queda el centro de salud más próximo a las locaciones? es por si hay un accidente"),
    ("zh", "片场附近有没有医院"),
    ("zh", "拍摄时万一有人受伤，最近的医院远不远"),
    ("ko", "촬영장 근처에 병원 있나요?"),
    ("ko", "촬영 중에 다치면 가까운 응급실은 어디예요?"),
])
def test_a_hospital_near_the_sets_is_an_honest_gap_with_the_sets_team(services: Services, lang: str,
                                                                      asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == TEAM, (reply.answer, reply.text)
    assert reply.text.startswith(opener("gap_medical", lang)), reply.text
    assert services.knowledge.current.contacts["international_business"].role.get(lang) in reply.text
    assert not reply.items  # no set listed


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "do you have a hospital set for our medical drama?"),
    ("es", "¿tienen un set de hospital para una serie médica?"),
    ("zh", "有医院的景可以拍吗"),
    ("ko", "병원 세트 있나요?"),
])
def test_a_hospital_set_stays_the_sets_of_today(services: Services, lang: str, asked: str) -> None:
    assert ask(services, lang, asked).answer == "list:locations?era=contemporary"


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "china side got give $$ support"),
    ("en", "chinese side got give support or not"),
    ("en", "china side give support?"),
    ("es", "¿del lado chino dan apoyo o no?"),
    ("zh", "中国那边出不出钱支持"),
    ("ko", "중국 쪽에서 지원해 주나요?"),
])
def test_money_support_from_the_chinese_side_is_the_incentives(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer in ("faq:incentives", "list:incentives"), (reply.answer, reply.text)

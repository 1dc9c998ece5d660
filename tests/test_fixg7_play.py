"""Kinds found by playing partner conversations through Telegram (fixG7), each tried with wordings
written for these tests (not the play's own sentences):

- D: "members" are the partners whose record says `member: true`, not all twelve; an event talked
  about before does not take the question over (the Alliance's name is no event's word);
- G: the partner's own budget weighed against our costs is an honest gap (no one here can judge
  it; a quote from International Business), not the costs FAQ's praise;
- B: the venue of the event asked about is no clock of the partner's ("the Seoul one, in my time");
- F: a later clause acting on the first's answer ("what's on for X? put it in my calendar") acts on
  the event the first narrows to; "pick it below" is never said with nothing to pick.
(K, the hand-off after a staff reply, is tried end to end in tests/test_e2e_handoff.py.)
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.callbacks import decode
from tests.dialogue import ask, say

MEMBERS = [
    ("en", "which firms are members of the alliance?"),
    ("en", "list the member companies please"),
    ("es", "¿cuáles son los miembros de la alianza?"),
    ("zh", "联盟的会员单位都有哪些？"),
    ("zh", "哪些公司是你們聯盟的會員？"),
    ("ko", "연맹 회원사 목록 좀 알려 주세요"),
]


@pytest.mark.parametrize(("lang", "asked"), MEMBERS)
def test_members_are_the_partners_whose_record_says_so(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    members = {f"partner:{p.id}" for p in services.knowledge.current.partners.values() if p.member}
    assert (reply.answer or "").startswith("list:partners") and "member=yes" in (reply.answer or "")
    assert set(reply.items) == members


@pytest.mark.parametrize(("lang", "event_turn", "asked"), [
    ("zh", "首尔那个对接会是几号？", "你们联盟的会员有哪些公司？"),
    ("zh", "說明會是什麼時候？", "聯盟有哪些會員公司？"),
    ("en", "when is the Korea matchmaking?", "which companies are members of HISDA?"),
])
def test_an_event_talked_about_does_not_take_the_members_question(services: Services, lang: str,
                                                                  event_turn: str, asked: str) -> None:
    reply = say(services, lang, event_turn, asked)[-1]
    assert (reply.answer or "").startswith("list:partners"), reply.answer


def test_partners_and_members_together_is_the_whole_list(services: Services) -> None:
    reply = ask(services, "en", "who are your partners?")
    assert len(reply.items) == len(services.knowledge.current.partners)


BUDGETS = [
    ("en", "our budget is around 120k USD, would that cover a 40-episode vertical series there?"),
    ("en", "we've got $60,000 to spend, is that enough to shoot in Hengdian?"),
    ("es", "contamos con 80 mil dólares, ¿nos alcanza para grabar una serie allá?"),
    ("es", "Con un presupuesto de 25.000 euros, ¿podemos filmar en Hengdian?"),
    ("zh", "我们手上大概两百万元预算，够不够在横店拍一部短剧？"),
    ("zh", "预算五十万人民币，能在横店拍完六十集吗"),
    ("ko", "예산이 1억 원 정도인데 헝뎬에서 촬영이 가능할까요?"),
    ("ko", "5만 달러로 헝뎬에서 숏드라마 찍을 수 있을까요?"),
]


@pytest.mark.parametrize(("lang", "asked"), BUDGETS)
def test_an_own_budget_is_an_honest_gap_with_the_quote_team(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "gap:international_business", reply.answer
    assert reply.text.startswith(t("gap_budget", lang, who="")[:12])


def test_a_budget_beside_another_question_is_not_weighed(services: Services) -> None:
    reply = ask(services, "en", "We have 100k USD. When is the film festival?")
    assert (reply.answer or "").startswith("event:hengdian_film_festival")


@pytest.mark.parametrize(("lang", "where", "asked", "city"), [
    ("en", "I'm based in Sydney.", "and the Seoul matchmaking with Reel-K, what time is that for me?", "Sydney"),
    ("zh", "我在悉尼。", "首尔那个对接会是我这边几点？", "悉尼"),
])
def test_the_events_venue_is_no_clock_of_the_partner(services: Services, lang: str, where: str,
                                                     asked: str, city: str) -> None:
    reply = say(services, lang, where, asked)[-1]
    assert (reply.answer or "").startswith("event:korea_matchmaking_2027")
    assert city in reply.text


@pytest.mark.parametrize(("lang", "said", "event", "action"), [
    ("en", "anything on for Korean producers? add it to my calendar", "korea_matchmaking_2027", "ics"),
    ("en", "what's on for Korean producers next year? set a reminder", "korea_matchmaking_2027", "rem"),
    ("es", "¿qué se viene para productores latinos el próximo año? ponme un recordatorio de eso", "latam_pitch_day_2027", "rem"),
])
def test_a_later_clause_acts_on_the_event_the_first_narrows_to(services: Services, lang: str, said: str,
                                                               event: str, action: str) -> None:
    reply = ask(services, lang, said)
    if action == "ics":
        assert reply.document is not None and event in (reply.document.filename or "")
    else:
        assert any((b.data or "") == f"v1|rem|-{event}" for row in reply.buttons for b in row), reply.text


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_which_event_is_never_asked_without_events_to_pick(services: Services, lang: str) -> None:
    for said in ("remind me about it", "send me the calendar file"):
        reply = ask(services, lang, said)
        if reply.text.startswith(t("event_which", lang)):
            assert any(decode(b.data).action == "ev" for row in reply.buttons for b in row if b.data)

"""play33's alliance members kind (fixJ24): the other companies in the alliance asked, a partner's
membership asked beside "la alianza" (no deal), a kind of company asked among the members, and the
other members asked after one. Members are the partners whose record says `member: true`
(partners.yaml); sentences of our own, in the four languages where the wording is language-specific."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


def _members(services: Services) -> set[str]:
    return {f"partner:{p.id}" for p in services.knowledge.current.partners.values() if p.member}


@pytest.mark.parametrize("lang,text", [
    ("es", "¿y qué otras compañías forman parte de la alianza?"),
    ("es", "¿qué otras empresas están ya en la HISDA?"),
])
def test_other_companies_in_the_alliance_are_its_list_not_the_way_in(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("list:partners"), reply.answer
    assert _members(services) <= set(reply.items), reply.items


@pytest.mark.parametrize("text", ["¿Dalynn también es miembro de la alianza?", "oye, ¿Dalynn es miembro de la HISDA?",
                                  "¿Dalynn es socio de la alianza?"])
def test_dalynns_membership_is_said_not_its_deal(services: Services, text: str) -> None:
    reply = ask(services, "es", text)
    assert reply.answer == "partner:dalynn_studio#member", reply.answer


@pytest.mark.parametrize("lang,text", [
    ("ko", "연맹 회원사 가운데 플랫폼은 어디예요?"),
    ("en", "which of HISDA's members are platforms?"),
    ("es", "¿qué miembros de la alianza son plataformas?"),
    ("zh", "联盟成员单位里有哪些平台？"),
])
def test_a_kind_among_the_members_is_the_members_of_that_kind(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    # ShortMax is the one member platform (Reel-K a platform partner, not a member)
    assert reply.answer in ("list:partners?kind=platform&member=yes", "partner:shortmax"), reply.answer
    assert "partner:reel_k" not in reply.items, reply.items


def test_the_one_member_of_a_kind_is_what_that_company_then_is(services: Services) -> None:
    reply = ask(services, "ko", "연맹 회원사 가운데 플랫폼은 어디예요?", "그 회사 소개해 주세요")
    assert reply.answer.startswith("partner:shortmax"), reply.answer


@pytest.mark.parametrize("lang,lines", [
    ("ko", ["SpringReel은 회원사인가요?", "나머지 회원사는 어디예요?"]),
    ("en", ["is UniVerse a member of the alliance?", "and the other members?"]),
    ("es", ["¿ShortMax es miembro de la alianza?", "¿y el resto de miembros?"]),
    ("zh", ["ShortMax是联盟成员吗？", "其他成员单位有哪些？"]),
])
def test_the_other_members_after_one_are_listed_without_it(services: Services, lang: str, lines: list[str]) -> None:
    first = ask(services, lang, lines[0])
    reply = ask(services, lang, *lines)
    asked = first.answer.partition("#")[0]
    assert reply.answer == "list:partners?member=yes", reply.answer
    assert set(reply.items) == _members(services) - {asked}, reply.items


def test_their_other_partners_are_not_the_alliances_members(services: Services) -> None:
    reply = ask(services, "en", "is ShortMax a member?", "what does ShortMax do?")
    assert reply.answer.startswith("partner:shortmax"), reply.answer


@pytest.mark.parametrize("lang,lines", [
    ("en", ["what part does Reel-K play in the alliance?"]),
    ("es", ["¿qué papel tiene Purple Wave en la alianza?"]),
    ("zh", ["ShortMax是做什么的？", "它在联盟里负责什么？"]),
    ("ko", ["릴케이는 어떤 회사예요?", "연맹에서 무슨 역할을 해요?"]),
])
def test_a_companys_role_in_the_alliance_is_its_ties_not_a_yes_or_no(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer.endswith("#about") and reply.answer.startswith("partner:"), reply.answer
    partner = services.knowledge.current.partners[reply.answer.partition(":")[2].partition("#")[0]]
    assert partner.name.get(lang) in reply.text, reply.text
    # the events it takes part in (events.yaml `partners`) are said with it
    events = [e for e in services.knowledge.current.events.values() if partner.id in (e.partners or ())]
    assert all(e.name.get(lang) in reply.text for e in events), reply.text


@pytest.mark.parametrize("lang,lines", [
    ("zh", ["UniVerse 华语是做什么的？", "跟联盟怎么合作的？"]),
    ("en", ["tell me about the China Internet Writers Village", "how does it work with the alliance?"]),
])
def test_how_the_company_in_focus_works_with_the_alliance_is_not_how_to_join(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer.startswith("partner:") and reply.answer != "faq:join_alliance", reply.answer


def test_how_to_work_with_the_alliance_with_no_company_in_view_stays_the_way_in(services: Services) -> None:
    assert not ask(services, "zh", "我们想跟联盟怎么合作？").answer.startswith("partner:")


@pytest.mark.parametrize("lang,lines", [
    ("zh", ["ShortMax是联盟成员吗？", "做出过什么成绩？"]),
    ("en", ["is SpringReel a member?", "what have they achieved?"]),
    ("es", ["¿SpringReel es miembro de la alianza?", "¿y qué logros tiene?"]),
    ("ko", ["SpringReel도 회원사예요?", "실적은 어때요?"]),
])
def test_achievements_of_the_company_in_focus_are_its_description(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer.startswith(("partner:springreel", "partner:shortmax")) and reply.outcome == "answered", reply.answer

"""Kinds of fixR1 (the partners list after fixC7 and fixG7 met):

- being in the alliance asked as a list ("which companies are in the alliance?", "forman parte de
  la alianza", "socios de la alianza", "联盟成员有哪些") is every partner; the word member itself
  (members, miembros, 会员, 成员单位, 회원사) is the partners whose record says member, and the
  others are named as unknown (a record without the field is no "not a member");
- a place and a kind that narrow to one partner: its card when one is asked for ("your Korean
  platform partner", "cuál es la plataforma", 哪个/哪家, 어느 회사), the list of one when any or
  which ones are asked ("any Korean platforms among your partners?", "有…吗").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, fits, talk


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "which studios are in the alliance?"),
    ("es", "¿qué compañías son parte de la alianza?"),
    ("es", "¿cuáles son los socios de la HISDA?"),
    ("zh", "联盟里都有哪些公司？"),
    ("ko", "연맹에는 어떤 회사들이 있어요?"),
])
def test_being_in_the_alliance_asked_as_a_list_is_every_partner(services: Services, lang: str, asked: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "list:partners", reply.answer
    assert len(reply.items) == len(services.knowledge.current.partners)


@pytest.mark.parametrize(("lang", "asked", "unknown"), [
    ("en", "who are the members of HISDA?", "don't list them as members"),
    ("es", "¿qué empresas son miembros?", "no los listan como miembros"),
    ("zh", "联盟有哪些会员？", "未列为成员单位"),
    ("zh", "联盟成员都有谁？", "未列为成员单位"),  # (成员 is the word member too: fixF8, play round 8)
    ("ko", "회원사가 어디어디예요?", "회원사로 올라 있지는 않음"),
])
def test_members_are_the_recorded_ones_and_the_rest_unknown(services: Services, lang: str, asked: str,
                                                           unknown: str) -> None:
    reply = ask(services, lang, asked)
    assert "member=yes" in (reply.answer or ""), reply.answer
    assert unknown in reply.text
    assert {i for i in reply.items} == {f"partner:{p.id}" for p in services.knowledge.current.partners.values()
                                         if p.member}


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "which one is your Korean platform partner?"),
    ("es", "¿cuál es su socio coreano que es plataforma?"),
    ("zh", "你们哪家合作伙伴是韩国的平台？"),
    ("ko", "파트너 중 한국 플랫폼은 어느 회사예요?"),
    ("ko", "파트너사 가운데 한국 OTT 플랫폼이 어디죠?"),
])
def test_one_asked_of_a_place_and_kind_is_its_card(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "partner:reel_k")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "do you have any Korean platforms among your partners?"),
    ("es", "¿hay plataformas coreanas entre sus socios?"),
    ("zh", "合作伙伴里有韩国的平台吗？"),
    ("ko", "한국 플랫폼 파트너사 있나요?"),
])
def test_any_asked_of_a_place_and_kind_keeps_the_list(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "list:partners?country=KR&kind=platform")], fits)
    assert reply.items == ["partner:reel_k"]

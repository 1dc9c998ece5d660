"""fixB6: money and the alliance, in the partner's own words (none of these is a training line):
what shooting here costs weighed against the partner's own budget or home is the costs FAQ;
support for vertical shorts asked in figures of speech is the short-drama incentives FAQ; the
shoot-support procedure named in its own words answers who may apply and what to send; local
staff and an interpreter are the on-site services, and "how do we apply?" follows them; becoming
part of HISDA is the membership FAQ."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import last_reply


@pytest.mark.parametrize("lang, text", [
    ("en", "we're a two-person outfit, is shooting at Hengdian beyond our means?"),
    ("en", "honestly, is Hengdian just for the big studios, or could a small indie crew manage it financially?"),
    ("es", "¿rodar en Hengdian nos saldría por menos que en Bogotá?"),
    ("zh", "我们经费有限，去横店拍一部网剧，资金扛得住吗？"),
    ("zh", "跟在成都拍相比，去横店拍能省多少？"),
    ("ko", "저희 예산으로 헝뎬 가서 찍으면 돈이 남을지 궁금해요"),
    ("ko", "부산에서 찍는 거랑 비교하면 헝뎬이 더 적게 들까요?"),
    ("ko", "작은 제작사인데 헝뎬 가서 촬영하면 통장 바닥나지 않을까요?"),
])
def test_costs_weighed_against_our_own_budget(services: Services, lang: str, text: str) -> None:
    assert last_reply(services, lang, [text]).answer == "faq:costs"


@pytest.mark.parametrize("lang, text", [
    ("en", "money's tight for us - does Hengdian take anything off the bill for teams shooting vertical shorts?"),
    ("en", "we make a 40-episode vertical series, any cash back if we film there?"),
    ("es", "hacemos microseries verticales, ¿Hengdian nos echa una mano con los gastos?"),
    ("zh", "我们拍竖屏短剧，横店能不能帮衬一把，退点钱？"),
    ("ko", "세로형 숏드라마 찍는 팀한테 좀 깎아 주나요?"),
    ("ko", "80부작 숏폼 찍을 건데 환급 같은 거 있어요?"),
])
def test_support_for_vertical_shorts_in_figures(services: Services, lang: str, text: str) -> None:
    assert last_reply(services, lang, [text]).answer == "faq:incentives"


@pytest.mark.parametrize("lang, text, fact", [
    ("en", "who can request support for our shoot - members only?", "eligibility"),
    ("en", "to request support for our shoot, what do we send and where?", "how_to_apply"),
    ("es", "¿la solicitud de apoyo para el rodaje es solo para socios?", "eligibility"),
    ("zh", "申请拍摄支持是只有会员单位才能申请吗？", "eligibility"),
    ("zh", "申请拍摄支持要准备什么材料，发到哪里？", "how_to_apply"),
    ("ko", "촬영 지원 요청할 때 뭐를 보내야 해요?", "how_to_apply"),
    ("ko", "촬영 지원을 신청하려면 어떤 자료를 어디로 보내요?", "how_to_apply"),
])
def test_shoot_support_procedure_facts(services: Services, lang: str, text: str, fact: str) -> None:
    assert last_reply(services, lang, [text]).answer == f"incentive:shoot_request_procedure#{fact}"


@pytest.mark.parametrize("lang, turns", [
    ("zh", ["横店那边能帮忙安排本地工作人员和群演吗？", "这个怎么申请？"]),
    ("en", ["could you help us find local crew and an interpreter over there?", "how do we apply for that?"]),
    ("es", ["¿nos pueden conseguir personal local y un intérprete allá?", "¿y eso cómo se solicita?"]),
    ("ko", ["현지 스태프랑 통역 좀 구해 주실 수 있어요?", "그건 어떻게 신청해요?"]),
])
def test_on_site_services_then_how_to_apply(services: Services, lang: str, turns: list[str]) -> None:
    assert last_reply(services, lang, turns[:1]).answer == "incentive:on_site_services"
    assert last_reply(services, lang, turns).answer == "incentive:on_site_services#how_to_apply"


@pytest.mark.parametrize("lang, text", [
    ("es", "¿qué tendríamos que hacer para formar parte de la alianza?"),
    ("es", "somos una distribuidora de Lima, ¿podríamos apuntarnos con ustedes?"),
    ("es", "¿Cómo podríamos afiliarnos?"),
    ("en", "what steps would our company take to become part of HISDA?"),
])
def test_becoming_part_of_hisda(services: Services, lang: str, text: str) -> None:
    assert last_reply(services, lang, [text]).answer == "faq:join_alliance"

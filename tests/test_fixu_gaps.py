"""Kinds found by testers playing partners (issue 7, fixU):

- who handles a FAQ's subject ("Who exactly handles licensing deals on your end? name + email
  pls", "¿Quién se encarga de las licencias…?", "版权授权这块谁负责？", "판권 라이선스 담당자가
  누구예요?"): the person of that subject's team (the catalog's: International Business), card
  first, not the FAQ paragraph about the subject;
- a rate asked right after a reduction ("具体能减多少？有没有个比例", "how much of a discount? what
  percentage?"): the same unpublished figure with one contact (the Operations Center), no
  rights-and-revenue-share line; a discount asked with the verb ("¿cuánto nos descuentan?") is the
  incentives' team, not the general desk.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.router import ratio_only
from tests.dialogue import fits, talk

WHO_LICENSING = [
    ("en", "Who exactly handles licensing deals on your end? name + email pls"),
    ("en", "who actually deals with licensing of your titles?"),
    ("es", "¿Quién se encarga de las licencias de sus series? nombre y correo"),
    ("zh", "版权授权这块谁负责？要名字和邮箱"),
    ("zh", "谁负责你们的短剧版权？"),
    ("ko", "판권 라이선스 담당자가 누구예요? 이메일도 주세요"),
    ("ko", "판권 라이선스 담당자가 누구예요?"),
]


@pytest.mark.parametrize("lang,say", WHO_LICENSING)
def test_who_handles_licensing_is_the_person(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "contact:international_business*")], fits)
    assert "Guo Shu" in reply.text.split("\n\n")[0] or "郭姝" in reply.text.split("\n\n")[0] \
        or "궈수" in reply.text.split("\n\n")[0]


RATE = [
    ("zh", "具体能减多少？有没有个比例", "分成"),
    ("en", "how much of a discount? what percentage?", "revenue share"),
    ("ko", "할인은 얼마나 돼요? 비율이 있나요?", "수익"),
]


@pytest.mark.parametrize("lang,say,rights", RATE)
def test_rate_after_reduction_is_one_gap(services: Services, lang: str, say: str, rights: str) -> None:
    reply = talk(services, lang, [(say, "gap:*")], fits)
    assert rights not in reply.text
    assert reply.text.count("✉️") == 1 and "shortdrama.center@" in reply.text


def test_discount_verb_is_the_incentives_team(services: Services) -> None:
    reply = talk(services, "es", [("¿cuánto nos descuentan?", "gap:*")], fits)
    assert "shortdrama.center@" in reply.text and "international.business@" not in reply.text


def test_ratio_only() -> None:
    assert ratio_only("有没有个比例") and ratio_only("what percentage?") and ratio_only("비율은요?")
    assert not ratio_only("分成比例是多少") and not ratio_only("what percentage of revenue?")


@pytest.mark.parametrize("say", ["비용은 대략 어느 정도 드나요?", "제작비는 보통 얼마 정도 나와요?"])
def test_rough_cost_in_korean_is_the_price_gap(services: Services, say: str) -> None:
    reply = talk(services, "ko", [(say, "gap:*")], fits)
    assert "공개되어 있지 않" in reply.text


JOIN_FORM = [
    ("es", "¿Qué es exactamente la HISDA?", "¿Qué le mando a la secretaría? ¿tienen un formulario?"),
    ("en", "what is HISDA?", "what do we send them? is there a form?"),
    ("zh", "HISDA是什么？", "要发什么材料？有表格吗"),
    ("ko", "HISDA 가입하려면 어떻게 해요?", "사무국에 뭘 보내야 해요? 신청서 양식 있어요?"),
]


@pytest.mark.parametrize("lang,first,then", JOIN_FORM)
def test_what_to_send_the_secretariat_is_the_join_faq(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "*"), (then, "faq:join_alliance")], fits)


def test_a_form_with_no_alliance_in_focus_is_not_the_join_faq(services: Services) -> None:
    reply = talk(services, "en", [("what is the LED stage?", "*"), ("is there a form?", "*")], fits)
    assert reply.answer != "faq:join_alliance"


PARTNER_CONTACT = [
    ("ko", "퍼플웨이브 쪽 담당자 연락처 알 수 있을까요?", "purple_wave"),
    ("ko", "ReelK 쪽 담당자 연락처", "reel_k"),
    ("zh", "紫浪那边的联系人电话有吗", "purple_wave"),
    ("en", "Purple Wave contact person?", "purple_wave"),
]


@pytest.mark.parametrize("lang,say,partner", PARTNER_CONTACT)
def test_partner_contact_not_published_names_the_team(services: Services, lang: str, say: str, partner: str) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")], fits)
    assert "international.business@" in reply.text


def test_partner_with_a_contact_gives_it(services: Services) -> None:
    reply = talk(services, "es", [("¿me pasas el contacto de Dalynn Studio?", "contact:*")], fits)
    assert "Mary Lynn" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("zh", "片单里的剧想谈授权，谁负责，流程怎么走？"),
])
def test_who_and_how_stays_the_faq(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:coproduce_catalog_title")], fits)


def test_wanting_to_talk_to_a_partner_person_is_no_contact_gap(services: Services) -> None:
    reply = talk(services, "ko", [("퍼플웨이브 담당자하고 이야기하고 싶어요", "*")], fits)
    assert reply.answer != "gap:international_business"

"""Kinds left by answer set 14 (issue 7), each in fresh wordings of our own; the set's own lines
are never copied here:

- another company asking to use Hengdian's sets "the way Dalynn does" (the set-access incentive,
  not Dalynn's card);
- becoming a member said with the company ("que nuestra distribuidora sea miembro", "회원사가
  될 수"), or with a contact in focus;
- who an incentive is for and how to apply, right after the incentives overview, in 번역투 too;
- how to request support for a shoot, "qué hay que mandar en la solicitud" (no translation asked);
- "the alliance" said beside Hengdian alone (HISDA);
- a partner for the Hispanic market (the Spanish-language route);
- the entry paperwork ("trámite de entrada") of the partner's actors (the visa)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SET_ACCESS = "incentive:set_access_partnership"
JOIN = "faq:join_alliance"
WHAT_IS_HISDA = ["faq:what_is_hisda", "program:hisda"]
SPANISH_ROUTE = ["faq:spanish_distribution", "partner:dalynn_studio"]


@pytest.mark.parametrize("lang,text", [
    ("en", "could an outfit like ours use your backlots the way Dalynn does?"),
    ("es", "nosotros somos una distribuidora chica, podemos usar los sets de Hengdian como hace Dalynn?"),
    ("zh", "我们是做发行的公司，能不能像Dalynn一样用横店的景和资源？"),
    ("ko", "저희 배급사도 Dalynn처럼 헝뎬 세트를 이용할 수 있을까요?"),
])
def test_using_the_sets_like_dalynn_is_the_set_access_deal(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SET_ACCESS)])


@pytest.mark.parametrize("lang,text", [
    ("es", "qué tendría que hacer nuestra productora de Bogotá pa que sea miembro de la HISDA?"),
    ("es", "queremos que la empresa sea socia de la alianza, cómo se hace?"),
    ("ko", "서울 제작사도 HISDA 회원사가 될 수 있어요? 어디에 신청해요?"),
])
def test_the_company_made_a_member_is_joining(services: Services, lang, text) -> None:
    talk(services, lang, [(text, JOIN)])


def test_joining_asked_with_a_contact_in_focus_is_joining(services: Services) -> None:
    talk(services, "en", [
        ("someone mentioned Zhou Fenglai to me, who's that?", "contact:vertical_short_drama_center"),
        ("separately, we're weighing becoming member too - what's involved?", JOIN),
    ])


def test_whom_to_write_about_joining_with_a_contact_in_focus_stays_a_contact(services: Services) -> None:
    # the contact asked for in so many words is still answered by a contact's card
    talk(services, "en", [
        ("someone mentioned Zhou Fenglai to me, who's that?", "contact:vertical_short_drama_center"),
        ("and whom do we contact about becoming a member?", "contact:*"),
    ], fits=fits)


OVERVIEW_EN = ("we shoot vertical shorts, do you help with the costs at all if we come over?",
               ["faq:incentives", "incentive:short_drama_cost_reduction"])
OVERVIEW_KO = ("저희가 세로형 숏드라마를 헝뎬에서 찍게 되면 받을 수 있는 혜택이 있습니까?",
               ["faq:incentives", "incentive:short_drama_cost_reduction"])


@pytest.mark.parametrize("lang,turns", [
    ("en", [OVERVIEW_EN, ("who's it meant for, would a Canadian outfit qualify?", "incentive:short_drama_cost_reduction#eligibility"),
            ("ok, so how do we apply for it?", "incentive:short_drama_cost_reduction#how_to_apply")]),
    ("ko", [OVERVIEW_KO, ("해당 혜택을 받을 수 있는 대상은 어떻게 됩니까?", "incentive:short_drama_cost_reduction#eligibility"),
            ("신청은 어떤 방식으로 진행됩니까?", "incentive:short_drama_cost_reduction#how_to_apply")]),
])
def test_who_and_how_after_the_incentives_overview(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("text", [
    "oye, como se solicita el apoyo para una grabación, que papeles hay que mandar en la solicitud?",
    "como se pide el apoyo pa rodar alla, que se manda en la solicitud?",
])
def test_requesting_support_for_a_shoot_is_no_translation(services: Services, text) -> None:
    talk(services, "es", [(text, "incentive:shoot_request_procedure#how_to_apply")])


def test_the_reply_language_asked_is_still_a_switch() -> None:
    from intents.lexicon import language_request
    assert language_request("以后请用西语回答")[0] == "es"
    assert language_request("把短剧卖到西语市场")[0] is None


def test_a_phrase_said_in_a_language_is_still_a_translation() -> None:
    from intents.lexicon import translation_of_phrase
    assert translation_of_phrase("como se dice buenos dias en coreano")
    assert translation_of_phrase("cómo le digo gracias en japonés")
    assert not translation_of_phrase("como se pide el permiso, que se manda en la carpeta?")


@pytest.mark.parametrize("lang,text", [
    ("es", "cuéntame rapidito la alianza esa de Hengdian, quiénes están?"),
    ("es", "explicame en pocas palabras la alianza de Hengdian"),
])
def test_the_alliance_beside_hengdian_is_hisda(services: Services, lang, text) -> None:
    talk(services, lang, [(text, WHAT_IS_HISDA)])


@pytest.mark.parametrize("lang,text", [
    ("es", "tienen algún socio que lleve dramas cortos chinos al mercado hispano? busco un contacto"),
    ("en", "got a partner who localises Chinese micro-dramas for Hispanic audiences? we need someone for the slate"),
    ("ko", "중국 숏드라마를 스페인어권에 맞게 바꿔 주는 파트너가 있나요?"),
    # the market named by its language ("西语市场") asks for no Spanish replies
    ("zh", "有没有哪个合作伙伴做国产短剧面向西语市场的改编？"),
])
def test_a_partner_for_the_hispanic_market_is_the_spanish_route(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SPANISH_ROUTE)])


@pytest.mark.parametrize("text", [
    "mis actrices son colombianas, qué trámite de entrada a China les piden para ir a rodar?",
    "oye, y los trámites de ingreso pa mi equipo argentino?",
])
def test_entry_paperwork_is_the_visa(services: Services, text) -> None:
    talk(services, "es", [(text, "faq:visa")])


def test_news_when_it_comes_out_with_an_incentive_in_focus_is_a_subscription(services: Services) -> None:
    # the incentive in focus has a contact with hours; "when it comes out" is the news's date
    talk(services, "en", [
        ("tell me about the short drama cost reduction", "incentive:short_drama_cost_reduction"),
        ("how do we apply?", "incentive:short_drama_cost_reduction#how_to_apply"),
        ("send over anything new about incentives when it comes out mate", ["subscribe", "subscribe:incentives"]),
    ])


def test_the_address_asked_with_a_contact_in_focus_stays_that_contact(services: Services) -> None:
    talk(services, "en", [
        ("someone mentioned Zhou Fenglai to me, who's that?", "contact:vertical_short_drama_center"),
        ("membership with you, which team handles it? send me their email", "contact:*#email"),
    ], fits=fits)
    talk(services, "zh", [
        ("我们是成都的小制片公司，想加入联盟，流程怎么走？", JOIN),
        ("会费一年多少？", "gap:*"),
        ("入会这事归哪个部门，邮箱发一下", "contact:hisda_secretariat#email"),
    ])

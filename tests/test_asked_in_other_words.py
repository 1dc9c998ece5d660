"""Kinds the partner trial of 2026-12-01 (set 7, read afterwards) found, asked in fresh wordings:
an incentive named by what partners call it (its aliases) or by most of its title's words beats
the FAQ or list that shares a few of them; an incentive's own name asks no fact; joining the
alliance with the alliance named ("become a HISDA member") is the membership FAQ, not the
alliance's card; machines writing scripts or picking the cast ask the AI FAQ without the word
"AI"; papers to go to China ("tramitar algo para entrar") are the visa FAQ; a month and year
named ("the exchange in May 2025") is the event of that date, past or coming; how many dramas
the studio plans is its production volume, not the catalog's size; "which Korean partner is it?"
after an event is that event's partner; a language asked for from now on ("send that in English
from now on") holds for the next messages, whatever language they are written in, until the
partner asks otherwise."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.context import Services
from core.store import Profile
from intents.nlu.answers import matches
from tests.test_standard_words import converse


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "we're a distributor - can distribution partners use Hengdian's sets?", "incentive:set_access_partnership"),
    ("en", "do you arrange on-site services for crews flying in from abroad?", "incentive:on_site_services"),
    ("es", "¿un distribuidor puede usar los sets y recursos de Hengdian?", "incentive:set_access_partnership"),
    ("es", "¿tienen servicios de producción en el lugar para equipos extranjeros?", "incentive:on_site_services"),
    ("zh", "外国剧组到了横店，有现场服务吗？", "incentive:on_site_services"),
    ("zh", "我们是做发行的，能不能用横店的场景和资源？", "incentive:set_access_partnership"),
    ("ko", "배급사인데 헝뎬 세트와 자원을 이용할 수 있나요?", "incentive:set_access_partnership"),
    ("ko", "해외 촬영팀에게 현장 서비스도 제공하나요?", "incentive:on_site_services"),
    ("en", "who's this Carlos Tinto guy?", "incentive:ecosystem_and_costs"),
])
def test_an_incentive_described_by_its_name_is_that_incentive(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str, expected: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Can foreign crews film in Hengdian?", "faq:can_foreign_crews_film"),
    ("en", "Can Hengdian productions reach Spanish-speaking audiences?", "faq:spanish_distribution"),
    ("en", "Does Hengdian have virtual production facilities?", "faq:virtual_production"),
    ("zh", "横店对竖屏短剧有什么扶持政策？", "faq:incentives"),
])
def test_faq_questions_keep_their_faq(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str, expected: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,text", [
    ("en", "can our studio become a HISDA member?"),
    ("en", "what does it take to become an official alliance member?"),
    ("en", "are small startups allowed to be members of the alliance?"),
    ("es", "¿podemos hacernos miembros de la HISDA?"),
    ("es", "queremos afiliarnos a la alianza, ¿qué requisitos piden?"),
    ("es", "¿cómo nos asociamos a la HISDA?"),
    ("zh", "我们公司能成为HISDA的会员单位吗？"),
    ("ko", "저희 회사도 HISDA 회원 될 수 있나요?"),
    ("ko", "우리도 HISDA 들어갈라 하는데 뭐부터 해야 돼요?"),
])
def test_joining_the_alliance_named_is_the_membership_faq(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert reply.answer == "faq:join_alliance", reply.answer


def test_the_members_of_the_alliance_are_no_request_to_join(
        services: Services, partner: Callable[[str], Profile]) -> None:
    reply = converse(services, partner("en"), ["who are the members of HISDA?"])
    assert reply.answer != "faq:join_alliance"


@pytest.mark.parametrize("lang,text", [
    ("en", "do machines write the scripts and pick the cast now?"),
    ("en", "someone said HISDA has an AI thing for productions, what is it?"),
    ("es", "¿las máquinas escriben los guiones?"),
    ("es", "me dijeron que la alianza usa robots para producir, ¿es cierto?"),
    ("zh", "现在写剧本、选演员都靠机器了吗？"),
    ("zh", "听说联盟用人工智能做短剧？"),
    ("ko", "요즘은 기계가 대본도 쓰고 배우도 고르나요?"),
    ("ko", "연맹이 자동화로 드라마 제작한다던데 맞아요?"),
    ("ko", "혹시 AI로 시나리오도 쓰나요?"),  # a particle right after "AI"
])
def test_machines_doing_creative_work_are_the_ai_faq(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert reply.answer == "faq:ai_tools", reply.answer


@pytest.mark.parametrize("lang,text", [
    ("es", "¿hay que tramitar papeles para ir a China a filmar?"),
    ("es", "los chilenos tenemos que tramitar algo antes de viajar o entramos sin más?"),
    ("en", "what paperwork do we need to enter China?"),
])
def test_papers_to_go_to_china_are_the_visa_faq(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert reply.answer == "faq:visa", reply.answer


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "tell me about the exchange in May 2025", "event:cross_cultural_exchange_2025"),
    ("en", "what was that event in February 2025?", "event:signing_ceremony_2025"),
    ("es", "¿qué pasó en el encuentro de mayo de 2025?", "event:cross_cultural_exchange_2025"),
    ("zh", "2025年5月那场交流活动讲了什么？", "event:cross_cultural_exchange_2025"),
    ("ko", "2025년 5월에 열린 교류 행사는 어땠어요?", "event:cross_cultural_exchange_2025"),
    ("en", "what's on in April 2027?", "event:korea_matchmaking_2027"),
    ("en", "any events in May?", "list:events?when=upcoming&month=5"),
])
def test_a_month_and_year_named_is_the_event_of_that_date(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str, expected: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "how many shorts are you guys cranking out in 2025?", "program:short_drama_hub_2025"),
    ("es", "¿cuántas series planean filmar al año?", "program:short_drama_hub_2025"),
    ("zh", "横店今年打算拍多少部短剧？", "program:short_drama_hub_2025"),
    ("ko", "올해 몇 편 찍을 계획이에요?", "program:short_drama_hub_2025"),
    ("en", "how many titles are in your catalog?", "catalog:about"),
    ("zh", "片单里一共有多少部？", "catalog:about"),
    ("ko", "카탈로그에 작품이 몇 편 있어요?", "catalog:about"),
    ("ko", "'3개의 1' 비전이 뭐예요?", "program:three_ones_vision"),
    ("es", "¿es verdad que Hengdian quiere ser un hub global de microdramas?", "program:short_drama_hub_2025"),
])
def test_the_dramas_the_studio_plans_are_its_production_volume_not_the_catalog(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str, expected: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,text", [
    ("en", "any western-style sets?"),
    ("es", "tienen sets del oeste?"),
    ("es", "¿hay sets estilo occidental?"),
    ("zh", "有没有西式场景可以拍？"),
    ("ko", "서양식 세트도 있나요?"),
    ("en", "ok. do you also have any western-style sets?"),  # "also" inside the one question
])
def test_western_style_sets_are_the_western_street_sets(
        services: Services, partner: Callable[[str], Profile], lang: str, text: str) -> None:
    reply = converse(services, partner(lang), [text])
    assert matches(["list:locations?scene=western_street", "location:international_sets"], reply.answer), reply.answer


@pytest.mark.parametrize("lang,turns", [
    ("en", ["any events in Seoul?", "which Korean partner is it?"]),
    ("es", ["¿hay algún evento en Seúl?", "¿y cuál es el socio coreano?"]),
    ("zh", ["首尔有什么活动吗？", "韩国合作方是哪家？"]),
    ("ko", ["서울에서 하는 행사 있어요?", "한국 파트너는 어디예요?"]),
])
def test_the_partner_of_the_event_in_focus_is_its_partner_not_its_venue(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str]) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches("partner:reel_k", reply.answer), reply.answer


@pytest.mark.parametrize("turns,expected", [
    (["when is the Korea matchmaking?", "who are your partners in Korea?"], "list:partners?country=KR"),
    (["tell me about the casting day", "which company runs it?"], "event:international_sets_casting_day_2027#organisers"),
])
def test_partners_in_general_and_an_event_host_stay_what_they_were(
        services: Services, partner: Callable[[str], Profile], turns: list[str], expected: str) -> None:
    reply = converse(services, partner("en"), turns)
    assert matches(expected, reply.answer), reply.answer


@pytest.mark.parametrize("lang,turns,switched", [
    # (asked "from now on": a plain "in English please" is followed by the language of the
    # partner's next clear sentence, tests/test_fixp28a.py)
    ("en", ["when is Latin Film Night?", "could you send that in Spanish from now on?", "and where is it?"], "es"),
    ("es", ["¿cuándo es la noche de cine latino?", "de ahora en adelante mándamelo en inglés porfa", "¿y dónde es?"], "en"),
    ("zh", ["拉丁电影之夜是哪天？", "以后都用英文发", "在哪里办？"], "en"),
    ("ko", ["라틴 영화의 밤은 언제예요?", "앞으로 영어로 보내 주세요", "어디서 해요?"], "en"),
])
def test_a_language_asked_for_holds_until_asked_otherwise(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str], switched: str) -> None:
    profile = partner(lang)
    reply = converse(services, profile, turns)
    assert reply.lang == switched and matches("event:latin_film_night", reply.answer), (reply.lang, reply.answer)
    back = converse(services, profile, ["in English please" if switched != "en" else "en español, por favor"])
    assert back.lang == ("en" if switched != "en" else "es")

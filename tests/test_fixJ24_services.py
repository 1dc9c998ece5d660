"""play33's on-site services kind (fixJ24): local crew asked in other words, kit asked whether it can
be rented, the crew from us or their own, a stay arranged, and the rental asked as the second part of
a run-on. Each answered with the services named (incentives.yaml:on_site_services) and its team, in
the four languages where the wording is language-specific."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

TEAM_MAIL = "international.business@example.com"  # contacts.yaml: the services' team


def _said(lang: str, *keys: str) -> list[str]:
    return [t(f"svc_{key}", lang) for key in keys]


@pytest.mark.parametrize("lang,text", [
    ("en", "hi there, one thing: do you folks provide local crew, say grips and drivers, for overseas teams?"),
    ("es", "¿ofrecen personal técnico local para equipos extranjeros que vienen a rodar?"),
    ("zh", "你们能给外地剧组找当地的剧组班底吗？"),
    ("ko", "해외 제작팀인데 현지 스태프 구할 수 있나요?"),
])
def test_local_crew_asked_is_a_yes_for_local_crew(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    # (the yes for it, or the services card, which names it too)
    assert _said(lang, "local_crew")[0].lower() in reply.text.lower() and TEAM_MAIL in reply.text, reply.text


@pytest.mark.parametrize("lang,text,keys", [
    ("en", "could we rent lighting gear over there and also hire local gaffers?", ("equipment", "local_crew")),
    ("zh", "横店能不能租灯光器材，再找个本地剧组？", ("equipment", "local_crew")),
    ("ko", "현지 스태프랑 카메라 장비 빌릴 수 있어요?", ("local_crew", "equipment")),
    ("es", "¿se pueden alquilar cámaras y contratar técnicos locales allá?", ("equipment", "local_crew")),
])
def test_kit_and_crew_asked_together_are_both_said(services: Services, lang: str, text: str, keys: tuple[str, ...]) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert all(item.lower() in reply.text.lower() for item in _said(lang, *keys)), reply.text


@pytest.mark.parametrize("text", ["the camera package, can it be rented there?", "is the grip kit rentable on site?"])
def test_kit_asked_whether_it_can_be_rented_is_the_rental(services: Services, text: str) -> None:
    reply = ask(services, "en", "what sets do you have for a Ming drama?", text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert _said("en", "equipment")[0] in reply.text, reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "the crew, is that something you guys supply or do we bring ours?"),
    ("es", "¿el personal técnico lo proporcionan ustedes o lo llevamos nosotros?"),
    ("zh", "技术人员是你们那边出，还是我们自己带？"),
    ("ko", "스태프는 그쪽에서 구해 주시나요, 아니면 저희가 데려가야 하나요?"),
])
def test_crew_from_us_or_their_own_is_both_in_one_sentence(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert reply.text.startswith(t("services_own_or_local_crew", lang, who="")[:15]), reply.text


@pytest.mark.parametrize("text", ["¿y el hospedaje lo organizan ustedes?", "el alojamiento del equipo, ¿lo coordináis vosotros?"])
def test_a_stay_asked_of_the_team_is_the_services_yes(services: Services, text: str) -> None:
    reply = ask(services, "es", text)
    assert reply.answer == "incentive:on_site_services", reply.answer
    assert _said("es", "accommodation")[0] in reply.text and TEAM_MAIL in reply.text, reply.text


@pytest.mark.parametrize("lang,text", [
    ("ko", "무협극 찍으려면 어떤 세트가 맞는지, 그리고 조명 장비 대여도 가능한지 알려 주세요"),
    ("en", "which set suits a Qing palace drama, and can we rent lighting kit there?"),
])
def test_the_rental_as_a_second_part_is_answered_too(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    sets = services.knowledge.current.locations
    # both parts: a set for the drama, and the rental (its yes, or the services card that names it)
    assert any(item.name.get(lang) in reply.text for item in sets.values()), reply.text
    assert _said(lang, "equipment")[0] in reply.text, reply.text


def test_a_rental_price_stays_out_of_the_yes(services: Services) -> None:
    assert ask(services, "en", "how much does it cost to rent lighting kit there?").answer != "incentive:on_site_services"

"""Kinds left by answer set 15, each in fresh wordings of our own; the set's own lines are never
copied here:

- wanting to talk to someone named ("i'd like to speak with Mary Lynn", "我想和 Mary Lynn 谈谈"),
  or to be put with whoever handles the thing in focus ("¿nos podéis poner con alguien…?",
  "找个管这块的人跟我们对接", "comuníqueme con alguien"): a hand-off, not the person's card;
- the set-access deal called by a name of its own ("set access partnership", "alianza de
  acceso a decorados"): its facts;
- news asked with "apúntame a…" or new titles "cuando metáis títulos nuevos": a subscription."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import noon_services, talk

HANDOFF = ["handoff", "handoff:*"]
SET_ACCESS = "incentive:set_access_partnership"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "k17b")


def handed_off(expect, got) -> bool:
    return (got or "").startswith("handoff")


@pytest.mark.parametrize("lang,text", [
    ("en", "i'd like to speak with Mary Lynn"),
    ("en", "we want to chat to Mary Lynn about a co-production"),
    ("zh", "我想和 Mary Lynn 谈谈"),
    ("zh", "我们希望跟 Mary Lynn 通个电话"),
])
def test_wanting_to_talk_to_someone_named_is_a_handoff(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "handoff")], fits=handed_off)


@pytest.mark.parametrize("lang,text", [("en", "who is Mary Lynn"), ("zh", "Mary Lynn 是谁")])
def test_who_someone_is_stays_their_role(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "contact:dalynn_studio#role")])


@pytest.mark.parametrize("lang,turns", [
    ("es", [("lo de la rebaja para series verticales, cómo funciona", None),
            ("nos podéis poner con alguien que se ocupe de eso", "handoff")]),
    ("zh", [("竖屏短剧的降本政策怎么回事", None), ("能不能找个管这块的人跟我们对接", "handoff")]),
    ("zh", [("竖屏短剧的降本政策怎么回事", None), ("可以找一位负责这个政策的人和我联系吗", "handoff")]),
    ("es", [("muéstrame las series de misterio", None), ("la segunda de qué va", None),
            ("mejor comuníqueme con alguien para esa serie", "handoff")]),
    ("en", [("show me the comedies", None), ("the second one, what's it about", None),
            ("ok put me onto someone who handles that one", "handoff")]),
])
def test_someone_who_handles_the_thing_in_focus_is_a_handoff(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=lambda expect, got: expect is None or handed_off(expect, got))


@pytest.mark.parametrize("lang,text,fact", [
    ("en", "who qualifies for the set access partnership", "eligibility"),
    ("en", "how do we apply for the set access deal?", "how_to_apply"),
    ("es", "quién puede solicitar la alianza de acceso a sets?", "eligibility"),
    ("zh", "场景使用合作谁可以申请", "eligibility"),
    ("ko", "세트 이용 파트너십은 누가 신청할 수 있어요?", "eligibility"),
])
def test_the_set_access_deal_by_a_name_of_its_own(services: Services, lang, text, fact) -> None:
    talk(services, lang, [(text, f"{SET_ACCESS}#{fact}")])


@pytest.mark.parametrize("text", [
    "avísame cuando haya títulos nuevos",
    "avisanos cuando metáis títulos nuevos",
    "apúntame a las noticias de América Latina y en español, porfa",
    "apuntanos en las novedades de incentivos",
])
def test_news_asked_for_is_a_subscription(services: Services, text) -> None:
    talk(services, "es", [(text, ["subscribe", "subscribe:*"])], fits=lambda e, got: (got or "").startswith("subscribe"))

"""Kinds left by answer set 15, each in fresh wordings of our own; the set's own lines are never
copied here:

- wanting to talk to someone named ("i'd like to speak with Mary Lynn", "我想和 Mary Lynn 谈谈"),
  or to be put with whoever handles the thing in focus ("¿nos podéis poner con alguien…?",
  "找个管这块的人跟我们对接", "comuníqueme con alguien"): a hand-off, not the person's card;
- the set-access deal called by a name of its own ("set access partnership", "alianza de
  acceso a decorados"): its facts;
- news asked with "apúntame a…" or new titles "cuando metáis títulos nuevos": a subscription."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

HANDOFF = ["handoff", "handoff:*"]
SET_ACCESS = "incentive:set_access_partnership"


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


LATIN_NIGHT_2027 = {"en": "tell me about the Latin Film Night 2027", "es": "cuándo es la Noche de Cine Latino 2027",
                    "ko": "2027년 라틴 영화의 밤은 언제예요"}


@pytest.mark.parametrize("lang,text", [
    ("en", "would the shows from there ever reach audiences in Chile or Peru"),
    ("es", "y lo que se rueda allá llega a la gente en Perú o en Chile?"),
    ("ko", "거기 작품들 남미 바이어들한테도 팔 수 있어요?"),
])
def test_shows_reaching_latin_america_after_the_event_is_the_spanish_route(services: Services, lang, text) -> None:
    talk(services, lang, [(LATIN_NIGHT_2027[lang], "event:latin_film_night_2027*"),
                          (text, ["faq:spanish_distribution", "partner:dalynn_studio"])], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "any comedies for viewers in Mexico?", "list:works?genre=comedy"),
    ("es", "tienen comedias para el público de Chile?", "list:works?genre=comedy"),
])
def test_titles_filtered_for_that_public_stay_a_list(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text", [
    ("en", "which on-site services do you provide to crews while they're here?"),
    ("es", "qué servicios en el sitio les dan a los equipos mientras están allá"),
    ("en", "what on-site services can you give crews when they're over there?"),
    ("es", "qué servicios en el sitio les dan a los equipos cuando están allá"),
])
def test_services_for_crews_while_here_are_the_on_site_services(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])


@pytest.mark.parametrize("lang,text", [
    ("es", "queremos meternos en lo de HISDA, qué papeles hay que mover"),
    ("es", "somos una productora de Cali y queremos entrar a eso de la alianza, qué trámites hay"),
    ("ko", "저희 같은 작은 회사도 거기 들어 갈 수 있을까요.. 서류는 뭘 보내야 돼요"),
])
def test_getting_into_the_alliance_said_loosely_is_joining(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:join_alliance")])


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("竖屏短剧的降本政策，到底能降几个点", "gap:vertical_short_drama_center")]),
    ("ko", [("할인은 정확히 몇 프로예요?", "gap:vertical_short_drama_center")]),
    ("zh", [("竖屏短剧有没有降本的政策", None), ("哪些公司能申请", "incentive:short_drama_cost_reduction#eligibility"),
            ("具体能减多少个点", "gap:vertical_short_drama_center")]),
])
def test_a_discount_in_points_is_the_centre_s_number(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=lambda expect, got: expect is None or fits(expect, got))


@pytest.mark.parametrize("text", ["2025 라틴 영화의 밤, 그거 결국 한 거예요?", "2025년 라틴 영화의 밤 결국 했나요?"])
def test_whether_the_2025_night_was_held_in_the_end(services: Services, text) -> None:
    talk(services, "ko", [(text, "event:latin_film_night#status")])


def test_what_can_you_do_stays_the_help(services: Services) -> None:
    talk(services, "en", [("what can you do for me?", "smalltalk:help")])

"""Kinds of answers30's mistakes (fix30d):

- joining said as a company asking to be let in ("we want in - what paperwork?", "¿a quién para
  que nos admitan?", "que nos den entrada como miembros", "당사도 참여하겠습니다", "要提交什么…才能入会")
  is the membership FAQ, not an incentive's procedure, a ticket, a team's e-mail or a greeting;
- being put through to a team said in other words ("pasadme con vuestro departamento…", "帮我转你们
  国际业务部", "hook me up with the Dalynn folks", "帮我connect Dalynn那边的人") is the hand-off;
- the shows reaching the Spanish-speaking public in other words ("play to Spanish-language
  viewers", "pegar con la raza que habla español", "给讲西语的观众看") is the Spanish-language
  route, and someone's own family ("my wife's family") is no family-drama genre;
- "entrada" that is papers of entry or being let in as members is no ticket price;
- events to come asked for as they appear ("avísame de los eventos que vayan saliendo") are the
  events' news.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_to_connect
from intents.lexicon import asks_latam_reach, gap_topic
from tests.dialogue import talk

JOIN = "faq:join_alliance"
SPANISH = "faq:spanish_distribution"


# -- joining, said as a company let in ------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we're a four-person animation studio in Porto. we want in - what documents do you need?"),
    ("en", "small dubbing outfit here, our team would like in; what paperwork and who do we send it to?"),
    ("es", "somos distribuidora en Quito; ¿qué hay que enviar y a quién para que nos admitan?"),
    ("es", "¿qué papeles mandamos para que nos den entrada como socios?"),
    ("zh", "我们工作室想入会，要提交什么材料、寄给谁？"),
    ("zh", "请问敝司要准备什么才能入会？"),
    ("ko", "저희 회사도 참여하고 싶습니다. 무엇을 준비해서 어디로 보내면 됩니까"),
    ("ko", "우리 제작사도 동참하려고 하는데 뭘 준비해야 하나요"),
    ("ko", "폐사도 참가하겠습니다. 무엇을 준비하면 됩니까"),
])
def test_a_company_asking_to_be_let_in_is_the_membership_faq(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, JOIN)])


def test_admission_tickets_stay_a_price_not_joining(services: Services) -> None:
    talk(services, "es", [("¿cuánto cuestan las entradas del festival?", "gap:*")])


# -- put through to a team, in other words --------------------------------------------------------
@pytest.mark.parametrize("asked", [
    "pasadme con vuestro departamento de negocios internacionales",
    "vale, comunicadme con vuestra secretaría",
    "帮我转你们秘书处",
    "好的，直接帮我connect Reel-K那边的人",
    "ok hook me up with the Reel-K people directly",
])
def test_being_put_through_to_a_team_is_a_connect_request(asked: str) -> None:
    assert asks_to_connect(asked)


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "vale, pasadme con vuestro departamento de negocios internacionales"),
    ("zh", "行，帮我转你们国际业务部"),
    ("en", "ok hook me up with the Dalynn folks directly"),
    ("zh", "OK直接帮我connect Dalynn那边的人"),
])
def test_put_through_to_a_named_team_is_the_hand_off(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, ["handoff", "handoff:*"])])


@pytest.mark.parametrize("asked", ["hook me up with some titles", "pasadme con vuestro catálogo"])
def test_titles_or_the_catalogue_are_no_one_to_be_put_through_to(asked: str) -> None:
    assert not asks_to_connect(asked)


# -- the Spanish-speaking public reached ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "my husband's family is in Monterrey — could your dramas play to Spanish-language audiences there?"),
    ("es", "¿sus micros podrían pegar con el público que habla español en Texas?"),
    ("zh", "我老婆是Monterrey人，你们的短剧能给讲西班牙语的观众看吗？"),
])
def test_the_shows_reaching_spanish_speakers_is_the_spanish_route(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, [SPANISH, "partner:dalynn_studio"])])


def test_the_spanish_speaking_public_is_a_latam_reach() -> None:
    assert asks_latam_reach("¿sus series podrían pegar con la raza que habla español?")
    assert asks_latam_reach("你们的剧有机会给讲西语的观众看吗")


def test_family_dramas_stay_the_genre(services: Services) -> None:
    talk(services, "en", [("any family dramas?", "list:works?genre=family")])


# -- events to come, as they appear ---------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "avísame de los eventos que vayan saliendo"),
    ("es", "avísenme de todos los eventos que vayan surgiendo"),
])
def test_events_as_they_appear_are_the_events_news(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, ["subscribe", "subscribe:events"])])


# -- "entrada" that is no ticket ------------------------------------------------------------------
@pytest.mark.parametrize("asked", [
    "¿qué documentos de entrada necesita el equipo?",
    "¿y el papeleo de entrada para los actores?",
    "¿qué le mandamos para que nos den entrada como socios?",
])
def test_papers_of_entry_or_being_let_in_ask_no_ticket_price(asked: str) -> None:
    assert gap_topic(asked) != "price"


def test_a_ticket_still_asks_its_price() -> None:
    assert gap_topic("¿cuánto cuesta la entrada?") == "price"

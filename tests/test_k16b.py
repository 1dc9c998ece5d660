"""Kinds left by answer set 14, each in fresh wordings of our own and in several languages; the
set's own lines are never copied here:

- a subscription asked in words ("tell me every time…", "¿me avisan cuando…?", "mándame las
  novedades…", "有新剧上线就推给我"): the topic's sign-up, not its list or an event;
- being put through to a person or team named ("¿me comunicas con…?", "hablarlo con alguien de…",
  Hokkien "阮欲直接佮伊講"): the hand-off to that contact, not its card;
- whether the bot itself speaks a language: the languages FAQ, not a greeting or a switch;
- who we work with in a country: the partners there."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SUBSCRIBED = ["subscribe", "subscribe:*"]


# -- a subscription asked in words --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "right, tell me each time you add new titles to the catalog"),
    ("es", "¿me avisan cuando suban títulos nuevos al catálogo? gracias"),
    ("es", "mándame las novedades de incentivos cuando las publiquen"),
    ("zh", "以后片单有新剧上线的话第一时间推给我"),
    ("ko", "카탈로그에 새 작품 나오면 알려 주세요"),
])
def test_a_subscription_asked_in_words_signs_up(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SUBSCRIBED)], fits)


def test_the_news_of_a_market_named_in_spanish_is_no_language_switch(services: Services) -> None:
    # "del mercado en español" names the Spanish-language market, not the language of the reply
    talk(services, "es", [("pásame las noticias de América Latina y del mercado en español cuando haya", SUBSCRIBED)], fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "what's new in the catalogue?"),
    ("es", "¿qué novedades hay en el catálogo?"),
])
def test_news_asked_about_is_no_subscription(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "*")], fits)
    assert not (reply.answer or "").startswith("subscribe"), reply.answer


# -- put through to a named person or team ------------------------------------------------------
@pytest.mark.parametrize("lang,text,team", [
    ("es", "oye, ¿me conectas con Dalynn Studio?", "dalynn_studio"),
    ("es", "¿nos comunican con el secretariado de la HISDA, porfa?", "hisda_secretariat"),
    ("es", "esto prefiero hablarlo con alguien del secretariado de la HISDA", "hisda_secretariat"),
    ("zh", "請幫阮聯絡Dalynn Studio，阮想欲直接佮in講", "dalynn_studio"),
])
def test_a_named_team_asked_for_is_the_hand_off_to_it(services: Services, lang, text, team) -> None:
    reply = talk(services, lang, [(text, "handoff")])
    assert reply.handoff == team, reply.handoff


@pytest.mark.parametrize("lang,text", [
    ("es", "¿cuál es el correo de Dalynn Studio?"),
    ("es", "¿y Mary Lynn quién es?"),
])
def test_the_named_persons_email_or_role_stays_a_fact(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "contact:dalynn_studio#*")], fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "remind me about the Latin Film Night"),
    ("es", "recuérdame lo del festival de cine"),
])
def test_a_reminder_of_an_event_is_no_subscription(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "*")], fits)
    assert not (reply.answer or "").startswith("subscribe"), reply.answer


# -- the bot's own languages asked --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "can your chatbot answer in Portuguese as well? our producer is from Lisbon"),
    ("es", "¿el bot entiende también portugués o mejor le escribo en inglés?"),
    ("zh", "這個機器人會不會講日本話？不會的話英文也可以"),
    ("ko", "이 챗봇 일본어도 돼요? 안 되면 영어로 할게요"),
    ("ko", "이 봇 태국어는 안 되나요?"),
])
def test_whether_the_bot_speaks_a_language_is_the_languages_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize("lang,text", [
    ("es", "contéstame en inglés por favor"),
    ("en", "could you reply in Spanish?"),
    ("ko", "영어로 답해 주실래요"),
])
def test_a_plain_request_for_another_language_still_switches(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "pref:language")])


# -- who we work with in a country --------------------------------------------------------------
KOREA = ["list:partners?country=KR", "partner:reel_k"]


@pytest.mark.parametrize("lang,text", [
    ("en", "any Korean firms in your network, out of curiosity?"),
    ("en", "so who do y'all partner with over in Korea"),
    ("es", "¿con qué empresas trabajan en Corea?"),
    ("es", "¿con quiénes colaboran en Corea?"),
    ("zh", "你们在韩国都跟哪些公司合作"),
    ("ko", "한국에선 어떤 업체랑 일하세요?"),
])
def test_who_we_work_with_in_a_country_is_its_partners(services: Services, lang, text) -> None:
    talk(services, lang, [(text, KOREA)])

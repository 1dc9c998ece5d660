"""Kinds from play21 (fixI14), in wordings of our own:

- B1: "-는지도/-ㄹ지도" ("whether … too") is no map word: "호텔 잡아줄 수 있는지도 알려주세요" after a
  set's card is no bare venue pin; and a pin's reply that says more than the pin is sent with its
  text (bot/render.py), never as a bare pin;
- B2: a stay or an interpreter asked to be arranged is the on-site services (accommodation and
  interpreters arranged through International Business), alone or beside the nearest airport.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import action_asked, service_arranged
from tests.dialogue import fits, talk

SERVICES = "incentive:on_site_services"
PALACE = ["조선시대 같은 사극 세트 있어요? 궁궐 느낌이면 좋겠어요", "두 번째 거요"]


def _map(text: str) -> bool:
    return action_asked(text) == "map"


@pytest.mark.parametrize("text", [
    "제일 가까운 공항이랑 호텔 잡아줄 수 있는지도 알려주세요",
    "통역 구해줄 수 있는지도 궁금해요",
    "내일 갈지도 몰라요",
    "인지도 높은 작품이에요?",
])
def test_whether_too_is_no_map_word(text: str) -> None:
    assert not _map(text)


@pytest.mark.parametrize("text", ["지도 보내 주세요", "구글지도 링크 있어요?", "명청궁원 지도 좀"])
def test_the_map_is_still_asked(text: str) -> None:
    assert _map(text)


@pytest.mark.parametrize("text", [
    "제일 가까운 공항이랑 호텔 잡아줄 수 있는지도 알려주세요",
    "가까운 공항은 어디고 숙소도 구해주실 수 있는지도 알려 주세요",
])
def test_airport_and_stay_after_a_set_is_no_bare_pin(services: Services, text: str) -> None:
    reply = talk(services, "ko", [(PALACE[0], "*"), (PALACE[1], "location:*"), (text, "*")], fits=fits)
    assert reply.venue is None
    assert "이우" in reply.text and "숙소" in reply.text


@pytest.mark.parametrize("lang,text,airport,service", [
    ("en", "nearest airport? and can you arrange interpreters for our 10 people", "Yiwu", "interpreters"),
    ("en", "which airport is closest, also could u book hotels for 15 crew", "Yiwu", "accommodation"),
    ("es", "¿cuál es el aeropuerto más cercano? y ¿nos pueden conseguir hospedaje para 12 personas?", "Yiwu", "alojamiento"),
    ("es", "qué aeropuerto nos queda más cerca y nos podrían buscar intérpretes", "Yiwu", "intérpretes"),
    ("zh", "最近的机场是哪个？另外能帮忙安排翻译吗", "义乌", "翻译"),
    ("zh", "離橫店最近的機場是哪個？可以幫我們訂酒店嗎", "义乌", "住宿"),
    ("ko", "제일 가까운 공항이 어디예요? 통역도 구해주실 수 있나요", "이우", "통역"),
    ("ko", "가장 가까운 공항이랑 숙소 잡아줄 수 있는지 알려주세요", "이우", "숙소"),
])
def test_airport_and_an_arranged_service_are_both_answered(services: Services, lang: str, text: str,
                                                           airport: str, service: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    assert airport in reply.text and service in reply.text, reply.text
    assert reply.text.index(airport) < reply.text.index(service)


@pytest.mark.parametrize("lang,text", [
    ("en", "can u arrange interpreters for 12 people"),
    ("en", "could you organise a translator for our crew?"),
    ("es", "¿nos pueden conseguir intérpretes para el rodaje?"),
    ("zh", "可以帮忙安排翻译吗"),
    ("zh", "能幫我們找翻譯嗎"),
    ("ko", "통역 구해줄 수 있어요?"),
])
def test_an_interpreter_arranged_is_the_on_site_services(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SERVICES)])


@pytest.mark.parametrize("text", ["片场能不能找到懂西语的翻译", "how much does an interpreter cost?", "¿cuánto cuesta un hotel allá?"])
def test_a_language_or_a_price_is_no_service_arranged(text: str) -> None:
    assert not service_arranged(text)


# G / B2: who spoke at the (held) signing ceremony, in Cantonese or beside "did it happen?": the
# speakers its partners' records name (Reel-K's Dennis Chau and Jooick Lee), no events list pasted
@pytest.mark.parametrize("lang,text", [
    ("zh", "簽約儀式果日有邊個講嘢"),
    ("zh", "签约仪式嗰日边个发言呀"),
    ("zh", "簽約儀式當日係邊位致辭"),
    ("en", "the 2025 signing ceremony, who made speeches there?"),
    ("es", "en la ceremonia de firmas de 2025, ¿quién tomó la palabra?"),
    ("ko", "2025년 서명식에서 누가 연설했어요?"),
])
def test_who_spoke_at_the_ceremony_is_its_speakers(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    assert "Dennis Chau" in reply.text and "Jooick Lee" in reply.text, reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "did the signing ceremony in 2025 really take place? who gave speeches?"),
    ("en", "was the 2025 signing ceremony held already? and who made speeches there"),
    ("es", "¿la ceremonia de firma de 2025 sí se hizo? ¿quiénes dieron discursos?"),
    ("ko", "2025년 서명식 실제로 열렸어요? 누가 연설했어요?"),
])
def test_held_and_who_spoke_are_both_answered(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    assert "2025" in reply.text.split("\n")[0] and "Dennis Chau" in reply.text, reply.text
    assert "Latin" not in reply.text and "Talent" not in reply.text  # no upcoming-events list


def test_a_pin_with_more_to_say_is_sent_with_its_text() -> None:
    from bot.render import _said_by_pin
    assert _said_by_pin("명청궁원", "명청궁원", "헝뎬")
    assert _said_by_pin("<b>Ming-Qing Palace</b>", "Ming-Qing Palace", "Hengdian")
    assert not _said_by_pin("가장 가까운 공항은 이우 공항입니다.", "명청궁원", "헝뎬")


# I: the airport asked for an event or in a follow-up: the airport sentence leads the way there
@pytest.mark.parametrize("lang,text,airport", [
    ("en", "which airport do I fly into for the open day?", "Yiwu"),
    ("en", "what airport should we land at for the open day", "Yiwu"),
    ("es", "¿a qué aeropuerto vuelo para la jornada de puertas abiertas?", "Yiwu"),
    ("zh", "去开放日要飞哪个机场", "义乌"),
    ("ko", "오픈데이 가려면 어느 공항으로 가요?", "이우"),
])
def test_the_airport_asked_comes_first(services: Services, lang: str, text: str, airport: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    paragraphs = [p for p in reply.text.split("\n\n") if p.strip()]
    way = next(p for p in paragraphs if airport in p)
    assert way.startswith(("Yiwu", "El aeropuerto más cercano", "离横店", "가장 가까운", "헝뎬에서 가장")) or way.index(airport) < 25, reply.text


# I / B2: what HISDA is and how to join, asked together: one sentence of what it is, then the way in
# (no details paragraph, no quote), in every language
@pytest.mark.parametrize("lang,text", [
    ("en", "what is HISDA in a nutshell and how do we become members?"),
    ("en", "quick one: what's HISDA, and how can we join?"),
    ("es", "¿qué es HISDA en pocas palabras? ¿y cómo nos hacemos miembros?"),
    ("zh", "想了解一下HISDA是做什么的，怎么加入？"),
    ("zh", "HISDA到底是干什么的？我们怎么入盟"),
    ("ko", "HISDA가 뭐하는 곳이에요? 가입은 어떻게 해요"),
])
def test_what_hisda_is_and_how_to_join_is_short(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=fits)
    alliance = services.brain.knowledge.current.programs["hisda"]
    assert alliance.details.get(lang)[:30] not in reply.text, reply.text
    assert "SpringReel" not in reply.text
    secretariat = {"en": "Secretariat", "es": "Secretaría", "zh": "秘书处", "ko": "사무국"}[lang]
    assert secretariat in reply.text and reply.text.index("HISDA") < reply.text.index(secretariat)

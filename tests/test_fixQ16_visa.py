"""fixQ16: two asks in one message where the second is the visa ("how far is Hengdian from
Shanghai? and with my passport, do I need a visa?") get both FAQs, the first part a distance (the
Spanish "¿a cuánto queda X de Y?" is how far, no price); a visa or consulate for a degree abroad
(a master's in Spain) is no shoot in China: out of scope. Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from intents import lexicon
from tests.dialogue import talk

VISA_SAID = {"en": "Visa rules", "es": "requisitos de visa", "zh": "签证要求", "ko": "비자 요건"}
WAY_SAID = {"en": "Yiwu", "es": "Yiwu", "zh": "义乌", "ko": "이우"}


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "¿A cuánto queda Hengdian de Hangzhou? Y con pasaporte peruano, ¿tengo que tramitar visa?"),
    ("es", "oye, ¿a cuánto está el estudio desde Shanghái? ah, y siendo mexicanos ¿nos piden visa?"),
    ("en", "How far is Hengdian from Hangzhou? And with a Brazilian passport, do I need a visa?"),
    ("en", "how far is the studio from shanghai? also do colombians need a visa to go?"),
    ("zh", "横店离上海多远？还有拿墨西哥护照要办签证吗？"),
    ("zh", "橫店距離杭州有多遠？阿根廷護照需要簽證嗎？"),
    ("ko", "상하이에서 헝뎬까지 얼마나 멀어요? 그리고 칠레 여권이면 비자 받아야 돼요?"),
    ("ko", "항저우에서 헝뎬까지 거리가 얼마나 돼요? 멕시코 여권도 비자 필요해요?"),
])
def test_the_way_there_and_the_visa_are_both_answered(services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, ["faq:how_to_reach_hengdian", "faq:visa"])])
    assert VISA_SAID[lang] in reply.text and WAY_SAID[lang] in reply.text, reply.text


@pytest.mark.parametrize("said", ["¿A cuánto queda Hengdian de Shanghái?", "¿a cuánto está el set desde Yiwu?"])
def test_a_cuanto_between_two_places_is_a_distance_not_a_price(said: str) -> None:
    assert lexicon.gap_topic(said) != "price"


@pytest.mark.parametrize("said", ["¿a cuánto está la hora de plató?", "¿a cuánto sale el día de rodaje?"])
def test_a_cuanto_of_a_thing_is_still_its_price(said: str) -> None:
    assert lexicon.gap_topic(said) == "price"


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "¿qué papeles pide la embajada para hacer una maestría en Madrid?"),
    ("es", "¿Qué exige el consulado de Italia pa cursar un posgrado allá?"),
    ("en", "what does the UK embassy ask for to study a master's in London?"),
    ("en", "which documents for a visa to do an MBA in Canada?"),
    ("zh", "去英国读研，大使馆签证要什么材料？"),
    ("zh", "想去澳洲讀碩士，簽證要準備啥？"),
    ("ko", "영국 대학원 가려는데 대사관에 비자 서류 뭐 내요?"),
    ("ko", "캐나다 석사 과정 비자 받으려면 뭐가 필요해요?"),
])
def test_a_visa_for_a_degree_abroad_is_out_of_scope(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "out_of_scope")])


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "¿necesito visa para ir a rodar a Hengdian?"),
    ("en", "what documents does the Chinese consulate ask for a filming visa?"),
    ("zh", "去横店拍戏要办什么签证？"),
    ("ko", "헝뎬에서 촬영하려면 비자 필요해요?"),
])
def test_a_visa_to_shoot_here_is_still_the_visa_faq(services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:visa")])

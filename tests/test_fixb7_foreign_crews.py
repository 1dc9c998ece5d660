"""fixB7: a crew from abroad asking whether it may shoot (its passport said as the reason, not
the question), entry papers, foreign actors hired from abroad, what an outside crew pays, money
support for foreign crews, the languages the chat answers in, the LED stage asked for rain or by
the likeness of another production, the which-set guide for a European period, a meeting's
language (answers44–46 kinds, own wordings)."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from tests.dialogue import talk

SETS = {"en": "which sets work for a palace drama?", "es": "¿qué sets sirven para un drama de palacio?",
        "zh": "拍宫廷戏哪些景合适？", "ko": "궁중 사극 찍을 세트 어디 있어요?"}


def _fits(expect: str, got: str | None) -> bool:
    return expect == "*" or (got or "") in expect.split("|")


@pytest.mark.parametrize("lang, said", [
    ("en", "none of us hold chinese passports, can we still shoot at that set?"),
    ("en", "we're on Brazilian passports, would they allow us to film there?"),
    ("es", "ninguno tiene pasaporte chino, ¿igual podemos rodar ahí?"),
    ("es", "con pasaporte colombiano, ¿nos dejan grabar en ese set?"),
    ("zh", "我们拿的都是法国护照，能不能在这个景拍？"),
    ("zh", "大家都不是中国护照，让不让我们进去拍？"),
    ("ko", "저희 한국 여권인데 거기서 촬영 가능해요?"),
    ("ko", "우리 팀 중국 여권 없는데 촬영하게 허락해 줄까요?"),
])
def test_a_passport_said_as_the_reason_asks_whether_the_crew_may_shoot(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(SETS[lang], "*"), (said, "faq:can_foreign_crews_film")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "do we need a visa if we're on Korean passports?"),
    ("es", "¿qué visa necesitamos con pasaporte mexicano?"),
    ("es", "¿qué documentación de entrada a China necesita un equipo argentino para rodar allá?"),
    ("zh", "持韩国护照需要办什么签证？"),
    ("zh", "剧组有几个外国籍演员，入境手续要准备些什么"),
    ("ko", "한국 여권이면 비자 필요해요?"),
])
def test_papers_asked_stay_the_visa(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:visa")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "are outside crews even allowed to roll cameras there or is it mostly local crews?"),
    ("es", "si llegamos con nuestros camarógrafos de Bogotá, ¿eso se permite?"),
    ("zh", "我们组里有几个老外，能进去拍吗？"),
    ("zh", "我们团队有外国人，这个景让不让拍？"),
    ("ko", "우리 다 외국인인데 거기서 찍게 해 줘요?"),
])
def test_a_crew_with_foreigners_asking_to_shoot_is_the_filming_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:can_foreign_crews_film")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "people say china will bleed us dry, what's it really run ya to film there?"),
    ("es", "si rodamos allá con gente de fuera, ¿nos sale por un pico?"),
    ("es", "¿el presupuesto de rodar allá resulta razonable para una productora independiente?"),
    ("zh", "从国外拉个组过去拍，经济上划不划算？"),
    ("zh", "小团队过去拍，成本上会不会吃亏？"),
])
def test_what_an_outside_crew_pays_is_the_costs_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:costs")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "do overseas productions get any subsidy if they film in Hengdian?"),
    ("en", "is there funding for international teams who shoot there?"),
    ("es", "¿dan algún subsidio a productoras extranjeras que filmen allá?"),
    ("es", "¿hay subvención o apoyo económico para equipos extranjeros que rueden allí?"),
    ("zh", "境外团队在那边拍摄能拿到资助吗？"),
    ("ko", "외국 촬영팀한테 재정 지원 같은 거 있어요?"),
])
def test_money_support_for_foreign_crews_is_the_incentives_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:incentives")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "if I write in Spanish will you answer?"),
    ("en", "do I have to type in English here?"),
    ("es", "¿tengo que escribirte en inglés?"),
    ("es", "hablo en catalán y me entiendes?"),
    ("zh", "必须用中文问吗"),
    ("ko", "영어로 써야 돼요?"),
    ("ko", "스페인어로 물어봐도 답해 줘요?"),
])
def test_the_partner_asking_which_language_it_may_write_in_is_the_languages_faq(services: Services, lang: str,
                                                                                 said: str) -> None:
    talk(services, lang, [(said, "faq:languages")], fits=_fits)


@pytest.mark.parametrize("lang, said", [("en", "answer me in English please"), ("es", "contéstame en inglés")])
def test_a_switch_asked_is_still_a_switch(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "pref:language")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "if it keeps raining that week, could we move indoors onto the LED volume?"),
    ("es", "si en toda esa semana no para de llover, ¿podemos grabar adentro con pantallas LED?"),
    ("zh", "有没有类似《沙丘》那种虚拟拍摄的大屏棚？"),
    ("zh", "要是那一周一直下雨，能不能挪到LED棚里拍？"),
    ("ko", "《만달로리안》 같은 LED 월 스튜디오 있어요?"),
])
def test_the_led_stage_asked_for_rain_or_by_likeness(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:virtual_production|location:virtual_production")], fits=_fits)


def test_a_title_not_ours_asked_about_is_still_off_topic(services: Services) -> None:
    talk(services, "zh", [("《阿凡达》是在哪里取景的？", "out_of_scope")], fits=_fits)


@pytest.mark.parametrize("lang, said", [
    ("en", "we're shooting a Victorian London piece, which of your sets could work?"),
    ("es", "nuestra serie pasa en el París de Napoleón, 1810, ¿qué decorado puede dar el pego?"),
    ("zh", "故事发生在1805年的巴黎，你们哪个景能用？"),
    ("ko", "1805년 나폴레옹 시대 파리가 배경인데 어느 세트가 어울려요?"),
])
def test_a_european_period_is_the_which_set_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")], fits=_fits)


@pytest.mark.parametrize("lang, when, said", [
    ("en", "when is the Korea matchmaking?", "will the meetings be in Korean?"),
    ("es", "¿cuándo es el encuentro con Corea?", "¿las reuniones serán en español?"),
    ("ko", "한중 매칭 행사 언제예요?", "미팅은 한국어로 진행돼요?"),
])
def test_a_meetings_language_is_the_events(services: Services, lang: str, when: str, said: str) -> None:
    talk(services, lang, [(when, "*"), (said, "event:korea_matchmaking_2027")], fits=_fits)


def test_count_word_before_another_noun_counts_that_noun() -> None:
    assert not lexicon.CREWS_COUNTED.search(fold("我们剧组有几个外国籍演员要去拍戏"))
    assert lexicon.CREWS_COUNTED.search(fold("横店一年接多少剧组"))
    assert lexicon.passport_as_reason(fold("no chinese passports, would they let us film there?"))
    assert not lexicon.passport_as_reason(fold("on korean passports, do we need a visa to film there?"))

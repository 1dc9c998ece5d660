"""Kinds of play32's conversations (fixr32b), in the four languages where they apply:

- a minimum-guarantee or rights gap with a title in focus names that title's own contact;
- a town, city, street or village that looks European / Western / American is the
  Western-style-street kind of set;
- "what incentives do you give foreign crews …?" is the incentives — their list, or the overview that
  says what applies to a foreign crew's project (fixK24) —: the crew is who asks;
- an era and a kind of scene together ("清朝的宫殿") list the sets that have both;
- another studio named as 상산, 无锡 or Universal with a price is the other-studios gap;
- the weather said in Cantonese or colloquially with a month is the weather gap;
- "your person in charge" is our own team, not the partner company in focus;
- the casting FAQ says whom to ask and the next casting day.
"""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from core.i18n import t
from intents.reply import Reply
from tests.dialogue import replies, talk

CASTING_DAY = "international_sets_casting_day_2027"


def asks(reply: Reply) -> list[str]:
    return [b.data or "" for row in reply.buttons for b in row if (b.data or "").startswith("v1|ask")]


@pytest.mark.parametrize(("lang", "about", "asked"), [
    ("es", "háblame de Abuela 2.0", "¿cuál es el mínimo garantizado?"),
    ("en", "tell me about Grandma 2.0", "so what minimum guarantee would you expect?"),
])
def test_a_titles_mg_names_its_own_contact(services: Services, lang: str, about: str, asked: str) -> None:
    _, gap = replies(services, lang, [about, asked])
    assert gap.answer == "gap:vertical_short_drama_center"
    assert asks(gap) == ["v1|ask|vertical_short_drama_center"]


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "what sets look like a european town?"),
    ("en", "any american small town sets?"),
    ("es", "¿tienen algo como un barrio europeo?"),
    ("es", "¿hay un set de pueblo americano?"),
    ("zh", "有没有欧式小镇的场景"),
    ("zh", "有美式小镇吗"),
    ("ko", "유럽풍 마을 같은 세트 있나요?"),
    ("ko", "유럽 마을 세트 있어요?"),
])
def test_a_western_looking_town_is_the_western_street(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "list:locations?scene=western_street")])


def test_a_village_alone_stays_a_village(services: Services) -> None:
    talk(services, "en", [("any village sets?", "list:locations?scene=village")])


@pytest.mark.parametrize(("lang", "say", "visa"), [
    ("en", "hi! what kinda incentives do you give foreign crews that shoot in hengdian? also do we need a visa", "visa"),
    ("es", "hola! ¿qué incentivos dan a los equipos extranjeros que ruedan en Hengdian? ¿y necesitamos visa?", "visa"),
    ("ko", "헝뎬에서 촬영하는 해외 제작팀에게 어떤 인센티브를 주나요? 비자도 필요한가요?", "비자"),
])
def test_incentives_for_foreign_crews_are_the_incentives(services: Services, lang: str, say: str, visa: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer in ("list:incentives", "faq:incentives")
    assert visa in reply.text.lower()  # the second part still answered


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "横店有没有明清时期的宫殿场景？"),
    ("zh", "横店有清朝的宫殿可以拍吗"),
    ("ko", "명청 시대 궁궐 세트 있나요?"),
    ("ko", "청나라 궁궐 세트가 있습니까?"),
    ("en", "Qing palace sets?"),
    ("es", "¿tienen palacios de la dinastía Qing?"),
])
def test_an_era_and_a_palace_are_both_met(services: Services, lang: str, say: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer.startswith("list:locations?") and "scene=palace" in reply.answer
    assert set(reply.items) == {"location:ming_qing_palace", "location:yuanming_new_garden"}


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "옆 동네 상산 영화촬영소는 하루 대여료가 얼마인지 아세요?"),
    ("zh", "你知道无锡影视基地一天多少钱吗"),
    ("en", "do you know how much Universal charges per day?"),
    ("es", "¿sabes cuánto cobra Universal por día?"),
])
def test_another_studios_price_is_not_ours(services: Services, lang: str, say: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer == "gap:international_business"
    assert t("gap_compare", lang, who="").split("{")[0][:8] in reply.text


@pytest.mark.parametrize("say", ["영상산업 관련 지원은 얼마나 되나요?"])
def test_a_word_with_sangsan_in_it_is_no_studio(services: Services, say: str) -> None:
    (reply,) = replies(services, "ko", [say])
    assert t("gap_compare", "ko", who="")[:8] not in reply.text


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "三月去橫店會唔會好凍"),
    ("zh", "七月去横店会不会很热"),
    ("zh", "五月去橫店會唔會落雨"),
    ("ko", "3월에 헝뎬은 추운가요?"),
    ("es", "¿hará frío en marzo allá?"),
])
def test_weather_in_other_words_is_the_weather_gap(services: Services, lang: str, say: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer.startswith("gap:") and reply.outcome == "gap"


def test_lively_is_no_weather(services: Services) -> None:
    (reply,) = replies(services, "zh", ["十月横店会不会很热闹"])
    assert not reply.answer.startswith("gap:")


@pytest.mark.parametrize(("lang", "about", "say"), [
    ("zh", "介绍一下Dalynn Studio", "我想跟你们负责合作的人直接聊一下"),
    ("en", "tell me about Dalynn Studio", "I'd like to talk directly with your person in charge of partnerships"),
    ("es", "háblame de Dalynn Studio", "quiero hablar directamente con su encargado de cooperación"),
    ("ko", "Dalynn Studio 알려 주세요", "협력 담당자분이랑 직접 얘기하고 싶어요"),
])
def test_your_person_in_charge_is_ours(services: Services, lang: str, about: str, say: str) -> None:
    _, handoff = replies(services, lang, [about, say])
    assert handoff.answer.partition(":")[0] == "handoff"
    assert "dalynn" not in handoff.text.lower()
    assert services.knowledge.current.contacts["international_business"].role.get(lang) in handoff.text


def test_someone_there_is_still_the_partner(services: Services) -> None:
    _, handoff = replies(services, "en", ["tell me about Dalynn Studio", "can I talk to someone there?"])
    assert "Dalynn" in handoff.text


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "외국 배우 섭외도 도와주시나요"),
    ("zh", "外国演员好找吗"),
    ("en", "do you help cast foreign actors?"),
    ("es", "¿ayudan a conseguir actores extranjeros?"),
])
def test_casting_help_says_how(services: Services, lang: str, say: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer == "faq:foreign_actors"
    # whom to ask, named once: the department (the FAQ's own words may name it without the company)
    kb = services.knowledge.current
    unit = re.split(r"[,，(（]", kb.contacts["international_business"].role.get(lang))[0]
    for partner in kb.partners.values():
        unit = unit.replace(partner.name.get(lang) or "\0", "")
    assert unit.strip().removeprefix("the ") in reply.text, unit
    assert services.knowledge.current.events[CASTING_DAY].name.get(lang).replace("&", "&amp;") in reply.text
    assert f"v1|ev|{CASTING_DAY}" in [b.data for row in reply.buttons for b in row]

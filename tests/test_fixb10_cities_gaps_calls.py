"""Cities, gap wording and calls asked for (fixB10):

- a partner's city in their own script, a capital or film city CLDR names otherwise or not at all
  ("빈", "양곤", "从卡拉奇", "伊斯兰堡"), or a one-clock country ("오스트리아", "巴基斯坦"), is their zone,
  and the reply names it as written ("빈 시간", "仰光时间", not "Yangon");
- two places joined ("Accra and Honolulu", "Lima y en Quito", "阿克拉和檀香山") each get the event's hours;
- "HISDA의 가격" is the membership fee that is not published, not a generic price; a Spanish
  name opening with a plural noun takes "los" or no article, never "el Servicios…";
- a phone call with the team asked for ("能打个电话吗", "전화로 얘기할 수 있을까요?", "a quick call
  with someone", "hablar por teléfono con alguien") and "帮我转接他们吧" are a hand-off.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from core.i18n_format import zone_city
from intents import facts
from intents.handoff_words import asks_for_person
from intents.timezones import mentioned_zone, places_joined, resolve
from tests.dialogue import ask


@pytest.mark.parametrize("text,zone", [
    ("저희 회사는 빈에 있어요", "Europe/Vienna"),
    ("빈에서 일하고 있습니다", "Europe/Vienna"),
    ("제작진은 양곤에 살아요", "Asia/Yangon"),
    ("我们是从卡拉奇来的", "Asia/Karachi"),
    ("我们公司在伊斯兰堡", "Asia/Karachi"),
    ("团队住在仰光", "Asia/Yangon"),
    ("저희는 오스트리아에 있어요", "Europe/Vienna"),
    ("我们在巴基斯坦", "Asia/Karachi"),
    ("we're based in Naypyidaw", "Asia/Yangon"),
    ("estamos en Austria", "Europe/Vienna"),
])
def test_city_in_partner_script(text, zone) -> None:
    assert mentioned_zone(text) == zone


@pytest.mark.parametrize("text", ["빈 시간 있어요?", "빈 방이 있나요?", "빈자리 있어요?"])
def test_one_syllable_word_is_no_city(text) -> None:
    assert mentioned_zone(text) is None


@pytest.mark.parametrize("text,zone", [("仰光", "Asia/Yangon"), ("빈", "Europe/Vienna"), ("伊斯兰堡", "Asia/Karachi")])
def test_timezone_command_reads_exonyms(text, zone) -> None:
    assert resolve(text) == zone


@pytest.mark.parametrize("zone,lang,city", [("Asia/Yangon", "zh", "仰光"), ("Asia/Yangon", "ko", "양곤"),
                                            ("Europe/Kyiv", "ko", "키이우"), ("Asia/Kathmandu", "zh", "加德满都")])
def test_zone_city_under_former_cldr_key(zone, lang, city) -> None:
    assert zone_city(ZoneInfo(zone), lang) == city


@pytest.mark.parametrize("text,first,other", [
    ("our crew is in Nairobi and Honolulu", "Africa/Nairobi", "Pacific/Honolulu"),
    ("estamos en Lima y en Quito", "America/Lima", "America/Guayaquil"),
    ("我们在内罗毕和檀香山", "Africa/Nairobi", "Pacific/Honolulu"),
    ("저희는 나이로비랑 호놀룰루에 있어요", "Pacific/Honolulu", "Africa/Nairobi"),
])
def test_places_joined(text, first, other) -> None:
    assert [zone for zone, _ in places_joined(text, first)] == [other]


def test_from_one_based_in_other_is_no_pair() -> None:
    assert places_joined("from Seoul but based in Berlin", "Europe/Berlin") == []


@pytest.mark.parametrize("lang,text,names", [
    ("en", "Our two offices are in Nairobi and Honolulu. When's the next event for us?", ["Nairobi", "Honolulu"]),
    ("zh", "我们在内罗毕和檀香山两地办公，下一场活动几点？", ["内罗毕", "檀香山"]),
    ("ko", "저희는 빈에 있어요. 다음 행사는 몇 시예요?", ["빈 시간"]),
    ("zh", "我们公司在仰光，下一场活动几点？", ["仰光时间"]),
])
def test_event_hours_in_each_place(services: Services, lang, text, names) -> None:
    reply = ask(services, lang, text)
    first = reply.text.splitlines()[0]
    assert all(name in first for name in names), first


@pytest.mark.parametrize("lang,text,said", [
    ("en", "what's the price tag on HISDA?", "membership fee"),
    ("es", "¿y qué precio tiene HISDA?", "cuota de membresía de la"),
    ("zh", "加入HISDA的价格大概多少", "会费"),
    ("ko", "HISDA 가격이 어떻게 되나요?", "회비"),
])
def test_price_of_hisda_is_membership_fee(services: Services, lang, text, said) -> None:
    reply = ask(services, lang, text)
    assert said in reply.text.splitlines()[0], reply.text


def test_spanish_plural_head_takes_los() -> None:
    assert facts.spanish_article("Servicios de rodaje para equipos") == "Los"
    assert facts.spanish_article("Fachadas del puerto") is None
    assert facts.spanish_article("Palacio de Qin") == "El"


@pytest.mark.parametrize("lang,text", [
    ("en", "can we hop on a call with someone from your side?"),
    ("en", "could I speak with someone over the phone about it"),
    ("es", "¿se puede hablar por teléfono con alguien del equipo?"),
    ("es", "¿podemos tener una llamada con alguien esta semana?"),
    ("zh", "方便通个电话聊聊吗？"),
    ("zh", "我们能不能电话沟通一下"),
    ("zh", "好的，麻烦帮我转接他们"),
    ("ko", "전화로 잠깐 이야기 나눌 수 있을까요?"),
    ("ko", "전화상으로 상담 좀 받을 수 있나요"),
])
def test_call_asked_is_handoff(lang, text) -> None:
    assert asks_for_person(text), text


@pytest.mark.parametrize("lang,text", [("zh", "你们的电话是多少"), ("ko", "전화번호가 뭐예요?"), ("en", "what's your phone number?")])
def test_number_asked_is_no_handoff(lang, text) -> None:
    assert not asks_for_person(text), text

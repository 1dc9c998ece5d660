"""Kinds of play35a (fixwB):

- thanks in other languages or slang alone ("shukran", "asante", "merci beaucoup", "ta bien
  gracias") are a thanks, whatever is in focus;
- an order to be answered in a language "only" ("please send in English only", "contesta solo en
  español por favor") sets the reply language and says so; "does the bot only speak English?"
  stays the languages FAQ;
- "¿Podría alguien de vuestro equipo ponerse en contacto con nosotros?" and the like are a hand-off;
- "¿Quién se encarga de la gestión diaria de la alianza?" is the who-runs-it-day-to-day gap.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "line"), [("en", "shukran"), ("en", "asante"), ("en", "merci beaucoup"),
                                            ("es", "ta bien gracias"), ("es", "ok dale gracias")])
def test_thanks_in_other_words(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, ["tell me about Dream Valley", line])[-1]
    assert reply.answer == "smalltalk:thanks"


@pytest.mark.parametrize(("lang", "line"), [("en", "please send in English only, thank you"),
                                            ("es", "contesta solo en español por favor"),
                                            ("zh", "以后都用中文回复"),
                                            ("ko", "앞으로 한국어로만 답해 주세요")])
def test_only_this_language_sets_it(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.outcome != "fallback"
    assert reply.answer in ("pref:language", "smalltalk:thanks")
    assert reply.lang == lang


@pytest.mark.parametrize(("lang", "line"), [("en", "does the bot only speak English?"),
                                            ("es", "¿el bot solo habla español?")])
def test_only_language_question_is_the_faq(services: Services, lang: str, line: str) -> None:
    assert replies(services, lang, [line])[-1].answer == "faq:languages"


@pytest.mark.parametrize("line", ["¿Podría alguien de vuestro equipo ponerse en contacto con nosotros?",
                                  "¿Podrían ponerse en contacto conmigo desde su equipo?",
                                  "¿pueden contactarnos?"])
def test_contact_us_is_a_handoff(services: Services, line: str) -> None:
    assert asks_for_person(line)
    assert replies(services, "es", [line])[-1].answer.partition(":")[0] == "handoff"


@pytest.mark.parametrize("line", ["¿puedo ponerme en contacto con el centro de operaciones?",
                                  "¿cómo me pongo en contacto con la secretaría?"])
def test_how_to_contact_is_no_handoff(line: str) -> None:
    assert not asks_for_person(line)


@pytest.mark.parametrize("line", ["¿Quién se encarga de la gestión diaria de la alianza?",
                                  "¿quién se ocupa de la gestión diaria de HISDA?"])
def test_daily_management(services: Services, line: str) -> None:
    assert replies(services, "es", [line])[-1].answer == "gap:hisda_secretariat"


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("es", "¿dónde es la sesión informativa del programa de talento?", "es en línea"),
    ("en", "where is the talent info session held?", "is held online"),
    ("zh", "人才计划说明会在哪里举行？", "线上"),
    ("ko", "인재 프로그램 설명회는 어디서 해요?", "온라인으로")])
def test_online_venue_reads_well(services: Services, lang: str, line: str, said: str) -> None:
    text = replies(services, lang, [line])[-1].text
    assert said in text
    assert "en En línea" not in text and "at Online" not in text


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("en", "What time is it in Hengdian when it's 9 am in Medellín?", "22:00"),
    ("es", "¿qué hora es en Hengdian cuando en Medellín son las 9 de la mañana?", "22:00"),
    ("es", "si en Lima son las 10, ¿qué hora es en Hengdian?", "23:00"),
    ("zh", "利马早上9点的时候横店几点？", "22:00"),
    ("ko", "리마가 오전 9시일 때 헝뎬은 몇 시예요?", "22:00")])
def test_clock_time_converted(services: Services, lang: str, line: str, said: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "clock:convert"
    assert said in reply.text

"""Kinds of play31's time-zone and re-send turns (fixp31c), in the four languages:

- a city no alias listed, named for the partner's clock ("I'm in Kaohsiung", "en Ciudad de
  Guatemala", "我在深圳", "我在聖地牙哥"), is that city's clock; mainland cities are Beijing's;
- the converted hours carry the city the partner named ("en Quito", "en Córdoba"), not the
  zone's own city (Guayaquil, Buenos Aires);
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.timezones import mentioned_zone
from tests.dialogue import talk

SEOUL = "event:korea_matchmaking_2027"
PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("text", "zone"), [
    ("I'm in Kaohsiung, what time is that for me?", "Asia/Taipei"),
    ("¿A qué hora sería en Ciudad de Guatemala?", "America/Guatemala"),
    ("对接会在我这边几点？我在深圳", "Asia/Shanghai"),
    ("我在聖地牙哥，那是我這邊幾點？", "America/Santiago"),
    ("저는 가오슝에 있어요", "Asia/Taipei"),
    ("a qué hora es para mí en Córdoba, Argentina?", "America/Argentina/Cordoba"),
    ("somos de Medellín, Colombia", "America/Bogota"),
])
def test_partner_cities(text: str, zone: str) -> None:
    assert mentioned_zone(text) == zone


@pytest.mark.parametrize(("lang", "first", "ask", "shown"), [
    ("en", "when is the Korea matchmaking?", "I'm in Kaohsiung, what time is that for me?", "13:00–17:00 in Kaohsiung"),
    ("es", "¿cuándo es la jornada de pitch?", "¿Y a qué hora es eso para mí en Quito?", "en Quito"),
    ("es", "¿cuándo es la jornada de pitch?", "a qué hora es para mí en Córdoba, Argentina?", "en Córdoba"),
    ("es", "¿cuándo es la jornada de pitch?", "¿A qué hora sería en Ciudad de Guatemala?", "19:00–22:00"),
    ("zh", "对接会是哪天", "对接会在我这边几点？我在深圳", "北京时间为13:00–17:00"),
])
def test_the_city_named_is_shown(services: Services, lang: str, first: str, ask: str, shown: str) -> None:
    event = SEOUL if "orea" in first or "对接会" in first else PITCH
    reply = talk(services, lang, [(first, event), (ask, event + "#date")])
    assert shown in reply.text, reply.text


def test_a_chinese_copy_for_an_english_speaker_keeps_their_script(services: Services) -> None:
    """A zh-TW partner writing English asks "用中文再說一次好嗎？": the copy is in Chinese once
    (they go on in English), and in Traditional, as every answer they read in Chinese."""
    from types import SimpleNamespace

    from bot.handlers.conversation import current_locale
    from intents.reply import in_script
    from tests.dialogue import new_chat

    chat = new_chat()
    services.store.touch(chat, language_code="zh-TW")
    services.brain.reply_to_text(chat, "when is the Korea matchmaking?", services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, "用中文再說一次好嗎？", services.store.profile(chat))
    update = SimpleNamespace(effective_chat=SimpleNamespace(id=chat), effective_user=None)
    shown = in_script(reply, current_locale(update, SimpleNamespace(services=services), reply.lang))
    assert reply.lang == "zh" and "韓" in shown.text and "韩" not in shown.text, shown.text


@pytest.mark.parametrize(("lang", "ask", "again", "city"), [
    ("zh", "墨西哥城时间是几点？", "¿me lo mandas en español?", "Ciudad de México"),
    ("es", "¿y eso a qué hora es en Bogotá?", "in English please", "Bogota"),
])
def test_a_list_in_a_citys_time_is_sent_again(services: Services, lang: str, ask: str, again: str, city: str) -> None:
    """"Send that in Spanish" after a list of events shown in a city's time re-sends that list."""
    first = {"zh": "跟拉美有关的活动有哪些", "es": "¿qué eventos tienen para Latinoamérica?"}[lang]
    reply = talk(services, lang, [(first, "list:events"), (ask, "list:events"), (again, "list:events")])
    assert city in reply.text and "pitch" in reply.text.lower(), reply.text


@pytest.mark.parametrize(("lang", "first", "ask", "city", "shown"), [
    ("en", "when is the Korea matchmaking?", "what time is that for me?", "Amsterdam", "7:00–11:00 in Amsterdam"),
    ("es", "¿cuándo es la jornada de pitch?", "¿Y a qué hora es eso para mí?", "Quito", "20:00–23:00 en Quito"),
    ("zh", "对接会是哪天", "那是我这边几点？", "罗马", "罗马时间为7:00–11:00"),
    ("ko", "한중 숏드라마 매칭 행사 언제예요?", "제 시간으로 몇 시예요?", "리마", "리마"),
])
def test_your_time_with_no_city_known_asks_the_city(services: Services, lang: str, first: str, ask: str,
                                                     city: str, shown: str) -> None:
    """"What time is that for me?" with no zone set or city said: the event's own time, and
    which city, in one line; the city then gets the event's hours there."""
    event = PITCH if "pitch" in first else SEOUL
    asked = talk(services, lang, [(first, event), (ask, event + "#date")])
    assert asked.text.strip().endswith(t("clock_which_city", lang)), asked.text
    reply = talk(services, lang, [(first, event), (ask, event + "#date"), (city, event + "#date")])
    assert shown in reply.text, reply.text


@pytest.mark.parametrize(("lang", "first", "ask", "city", "shown"), [
    ("zh", "你们有哪些活动", "那是我這邊幾點？", "聖地牙哥", "圣地牙哥时间"),
    ("es", "¿qué eventos tienen para Latinoamérica?", "¿y a qué hora es eso para mí?", "Tegucigalpa", "en Tegucigalpa"),
])
def test_your_time_after_a_list_is_the_list(services: Services, lang: str, first: str, ask: str,
                                           city: str, shown: str) -> None:
    reply = talk(services, lang, [(first, "list:events"), (ask, "clarify"), (city, "list:events")])
    assert reply.text.count(shown) >= 2, reply.text


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "hola!! tienen novelas o microdramas de romance?? q esten en español"),
    ("es", "tienen romance? que estén en español"),
    ("en", "got any romance?? that are in Spanish"),
    ("zh", "有爱情片吗？要西语的"),
    ("ko", "로맨스 있어요? 스페인어로 된 거요"),
])
def test_a_filter_after_the_question_mark_narrows_it(services: Services, lang: str, say: str) -> None:
    """A clause after "?" that only narrows the question ("q estén en español") keeps its filter."""
    talk(services, lang, [(say, "list:works?genre=romance&language=es")])

"""Kinds of play32a/play32b's partner conversations (fixr32c), in the languages where they apply:

- one fact is said once in a reply: "how many eps and how long is each?" (the count's answer
  gives each one's length), "…this year and who is behind it" (the organisers once), "¿y a qué
  hora es para mí? estoy en Montevideo" (the zone's note, not the event's line again);
- the zone is named after the city the partner said ("Rosario", not Buenos Aires; "Quito", not
  Guayaquil) in the time lines, the zone-offer button and the reminder, the IANA zone kept.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.reply import Reply
from tests.dialogue import labels, new_chat

PITCH = "latam_pitch_day_2027"


def replies(services: Services, lang: str, lines: list[str]) -> list[Reply]:
    """Each line's reply (a "press:" line presses that button data), in one new chat."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    out = []
    for line in lines:
        profile = services.store.profile(chat)
        out.append(services.brain.reply_to_button(chat, line[6:], profile) if line.startswith("press:")
                   else services.brain.reply_to_text(chat, line, profile))
    return out


# -- one fact once --------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines", "said"), [
    ("en", ["tell me about Canton Nocturne", "how many eps and how long is each?"], "2 minutes"),
    ("es", ["háblame de Morir en cada toma", "¿cuántos episodios tiene y cuánto dura cada uno?"], "1 minuto"),
    ("en", ["tell me about Canton Nocturne", "how long is each episode and how many are there?"], "2 minutes"),
])
def test_episode_count_and_length_said_once(services: Services, lang: str, lines: list[str], said: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.text.count(said) == 1, reply.text


@pytest.mark.parametrize(("lang", "line", "organiser"), [
    ("en", "when is the hengdian film festival this year and who is behind it", "Hengdian World Studios"),
    ("es", "¿cuándo es el festival de cine de Hengdian este año y quién está detrás?", "Hengdian World Studios"),
])
def test_organisers_said_once(services: Services, lang: str, line: str, organiser: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.text.count(organiser) == 1, reply.text


@pytest.mark.parametrize(("lang", "lines", "city"), [
    ("es", ["¿cuándo es la jornada de pitch latinoamericana?", "¿y a qué hora es para mí? estoy en Montevideo"], "Montevideo"),
    ("en", ["when is the latam pitch day?", "and what time is that for me? I'm in Lima"], "Lima"),
])
def test_zone_note_does_not_repeat_the_event_line(services: Services, lang: str, lines: list[str], city: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.text.count(f"in {city}" if lang == "en" else f"en {city}") == 1, reply.text


# -- the city the partner said ---------------------------------------------------------------------
def test_zone_named_after_the_city_said_in_lines_and_reminder(services: Services) -> None:
    _asked, zone, reminded = replies(services, "es", ["¿cuándo es la jornada de pitch latinoamericana?",
                                                     "estoy en Rosario", f"press:v1|rem|{PITCH}"])
    assert "Rosario" in zone.text and "Buenos Aires" not in zone.text, zone.text
    assert "en Rosario" in reminded.text and "Buenos Aires" not in reminded.text, reminded.text


def test_zone_offer_button_and_zone_set_name_the_city(services: Services) -> None:
    chat_lines = ["hola, soy productora en Rosario", "press:v1|tz|america:argentina:buenos_aires",
                  "¿cuándo es la jornada de pitch latinoamericana?"]
    greet, zone, asked = replies(services, "es", chat_lines)
    assert any("Rosario" in label for label in labels(greet)), labels(greet)
    assert "Rosario" in zone.text and "Buenos Aires" not in zone.text, zone.text
    assert "en Rosario" in asked.text, asked.text


def test_city_said_earlier_names_the_later_times(services: Services) -> None:
    reply = replies(services, "es", ["estoy en Quito", "¿cuándo es la noche de cine latino 2027?"])[-1]
    assert "en Quito" in reply.text and "Guayaquil" not in reply.text, reply.text


def test_stored_zone_stays_iana(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="es")
    services.brain.reply_to_text(chat, "estoy en Rosario", services.store.profile(chat))
    assert services.store.profile(chat).timezone == "America/Argentina/Buenos_Aires"


# -- who organises: the event's published organisers -------------------------------------------------
@pytest.mark.parametrize(("lang", "lines", "host", "not_host"), [
    ("zh", ["中韩对接会什么时候", "誰主辦的"], "Reel-K", "影视城"),
    ("ko", ["한중 매칭 행사 언제예요?", "주최는 어디예요?"], "연맹", "월드 스튜디오"),
    ("en", ["when is the korea matchmaking?", "who organises it?"], "HISDA", "World Studios"),
    ("es", ["¿cuándo es el encuentro Corea-China?", "¿quién lo organiza?"], "HISDA", "World Studios"),
])
def test_korea_matchmaking_organisers_from_its_description(services: Services, lang: str, lines: list[str],
                                                           host: str, not_host: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "event:korea_matchmaking_2027#organisers", reply.answer
    assert host in reply.text and not_host not in reply.text, reply.text
    assert "서울(" not in reply.text and "Seoul (" not in reply.text, reply.text  # no unasked venue line


# -- wording: the organisers publish dates; tú texts say "hacerte" --------------------------------------
@pytest.mark.parametrize(("lang", "words"), [("en", "organisers"), ("es", "organizadores"),
                                             ("zh", "以主办方最终公布为准"), ("ko", "주최 측 확정 전까지")])
def test_provisional_date_waits_for_the_organisers(services: Services, lang: str, words: str) -> None:
    reply = replies(services, lang, {"en": ["when is the latam pitch day?"], "es": ["¿cuándo es la jornada de pitch latinoamericana?"],
                                     "zh": ["拉美推介会什么时候"], "ko": ["라틴 피칭 데이 언제예요?"]}[lang])[-1]
    assert words in reply.text, reply.text


def test_join_answer_in_tu_says_hacerte(services: Services) -> None:
    reply = replies(services, "es", ["¿cómo podemos unirnos a la alianza?"])[-1]
    assert "hacerte miembro" in reply.text and "hacerse" not in reply.text, reply.text


# -- a FAQ asked yes or no leads with the answer -------------------------------------------------------
@pytest.mark.parametrize(("lang", "line", "lead"), [
    ("en", "can foreign actors work on our shoot there?", "Yes."),
    ("es", "pueden trabajar actores mexicanos allá?", "Sí."),
    ("ko", "외국 배우 섭외도 가능한가요?", "네, 가능합니다."),
    ("zh", "可以请外国演员来横店拍吗", "可以。"),
])
def test_foreign_actors_answer_leads_with_yes_and_whom_to_ask(services: Services, lang: str, line: str, lead: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "faq:foreign_actors", reply.answer
    assert reply.text.startswith(lead), reply.text
    first = reply.text.split("Sarie")[0]
    assert any(team in first for team in ("International Business", "Negocios Internacionales", "国际业务部", "국제사업부")), first


@pytest.mark.parametrize(("lang", "line", "both"), [
    ("en", "how to go to hengdian from shanghai, train or car better?", "both work"),
    ("es", "¿cómo se llega a Hengdian desde Shanghái? ¿mejor tren o coche?", "las dos opciones funcionan"),
    ("zh", "从上海去横店坐高铁还是开车好", "两种方式都可以"),
    ("ko", "상하이에서 헝뎬까지 기차가 나아요 차가 나아요?", "둘 다 무난합니다"),
])
def test_train_or_car_is_compared(services: Services, lang: str, line: str, both: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "faq:how_to_reach_hengdian", reply.answer
    assert both in reply.text, reply.text


# -- who handles it: the team ----------------------------------------------------------------------------
def test_who_handles_set_rentals_is_the_sets_team(services: Services) -> None:
    reply = replies(services, "zh", ["廣州街·香港街", "包一天場大概多少錢", "那誰負責場景租借"])[-1]
    assert reply.answer == "contact:international_business#role", (reply.answer, reply.text)


def test_whom_to_contact_for_coproduction_leads_with_the_team(services: Services) -> None:
    reply = replies(services, "ko", ["코미디 작품 있어요?", "세 번째 작품 줄거리 알려주세요", "몇 화짜리예요",
                                     "이거 공동제작 하려면 누구한테 연락해요?"])[-1]
    assert reply.answer.startswith("contact:") and not reply.answer.endswith("#email"), reply.answer
    assert "이메일 주소는" not in reply.text, reply.text

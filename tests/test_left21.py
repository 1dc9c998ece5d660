"""Kinds left wrong by the last session (left21), each in its own words and other languages:

- the time now in Hengdian (and in the partner's zone), not office hours nor off-topic;
- a studio we don't know weighed against us ("cheaper than Nu Boyana?"): the compare gap;
- "anótame", "apúntame" alone with an event in focus: its reminder;
- how to use the bot, in any language: the help text; "what's new?": the coming events and the
  news alerts offered;
- the newest title, a screener, distribution to another market, whom to talk to with nothing in
  focus: honest gaps naming the team; titles of an era: no era field, the sets of that era;
- people of a country at Hengdian: the event that names them; a team's phone: the number;
- the catalog's kinds with a title in focus: its genres; an unknown /command read as its word
  (/stop in the chat's language); numbers written as the partner's language writes them;
- a festival asked after a list of titles; titles to co-produce; titles "set in" a country; Latin
  Film Night by its other names; a mixed message answered in the language of its request.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from core.i18n_format import format_number
from tests.dialogue import fits, new_chat, talk


@pytest.mark.parametrize("lang, text", [
    ("en", "what time is it in Hengdian right now?"), ("es", "¿qué hora es allá ahora?"),
    ("zh", "横店现在几点"), ("ko", "지금 헝뎬 몇 시예요?")])
def test_the_time_now_in_hengdian(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "clock:now")], fits)
    assert "20:00" in reply.text  # noon UTC is 20:00 Beijing time


def test_an_events_hour_is_no_clock(services: Services) -> None:
    talk(services, "es", [("¿a qué hora es la noche de cine latino?", "event:latin_film_night*")], fits)


@pytest.mark.parametrize("lang, text", [("en", "are you cheaper than Nu Boyana?"),
                                        ("es", "¿son más baratos que Estudios Churubusco?")])
def test_an_unknown_studio_weighed_is_the_compare_gap(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:*")], fits)
    assert reply.text.startswith(t("gap_compare", lang, who="").split("{")[0][:20])


@pytest.mark.parametrize("word", ["anotame", "apúntame", "anótamelo"])
def test_note_it_alone_is_a_reminder(services: Services, word: str) -> None:
    talk(services, "es", [("cuándo es la noche de cine latino?", "event:latin_film_night*"),
                          (word, "event:latin_film_night_2027")], fits)


@pytest.mark.parametrize("lang, text", [("es", "¿me enseñas a usar el bot?"), ("ko", "이 봇 쓰는 법 알려줘"),
                                        ("en", "how does this bot work?"), ("zh", "这个机器人怎么用")])
def test_how_to_use_the_bot_is_help(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "smalltalk:help")], fits)


@pytest.mark.parametrize("lang, text", [("es", "¿Hay noticias nuevas?"), ("en", "what's new? reply in spanish please"),
                                        ("zh", "最近有什么新消息"), ("ko", "새로운 소식 있어요?")])
def test_whats_new_is_the_coming_events_and_the_alerts(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:events*")], fits)
    assert any(b.data == "v1|subs" for row in reply.buttons for b in row)


@pytest.mark.parametrize("lang, turns", [
    ("es", [("muéstrame el catálogo", "list:works*"), ("¿Cuál es la más nueva?", "gap:international_business")]),
    ("en", [("which is your newest drama?", "gap:international_business")]),
    ("es", [("¿me pueden mandar un screener?", "gap:international_business")]),
    ("zh", [("能发一下样片吗", "gap:international_business")]),
    ("zh", [("你们的剧可以发行去印尼吗", "gap:international_business")]),
    ("en", [("can we distribute your dramas in Nigeria?", "gap:international_business")]),
    ("zh", [("那跟谁谈", "gap:international_business")]),
    ("en", [("who do I talk to?", "gap:international_business")]),
])
def test_honest_gaps_name_the_team(services: Services, lang: str, turns: list) -> None:
    reply = talk(services, lang, turns, fits)
    assert "international.business@" in reply.text


def test_titles_of_an_era_say_there_is_no_era(services: Services) -> None:
    # (an era a title's story is set in is found in its logline, fixC9: "跟宋代有关的片单作品" lists
    # Murder Along the River, a Song-dynasty canal town; no story is set in the Han dynasty)
    reply = talk(services, "zh", [("跟宋代有关的片单作品", "list:works")], fits)
    assert reply.items == ["work:work_murder_along_the_river"]
    reply = talk(services, "zh", [("跟汉代有关的片单作品", "catalog:about")], fits)
    assert reply.text.startswith(t("works_no_era", "zh", era="X").split("X")[0])
    assert any(b.data.startswith("v1|loc|") for row in reply.buttons for b in row)  # the era's sets


def test_people_of_a_country_are_the_event_naming_them(services: Services) -> None:
    talk(services, "es", [("productores uruguayos en Hengdian", "event:cross_cultural_exchange_2025")], fits)


@pytest.mark.parametrize("lang, text", [("zh", "国际业务部电话多少"),
                                        ("en", "what's the phone of the international business department?"),
                                        ("es", "¿cuál es el teléfono del área de negocios internacionales?"),
                                        ("ko", "국제사업부 전화번호 알려 주세요")])
def test_a_teams_phone_is_the_number(services: Services, lang: str, text: str) -> None:
    """The number, first and alone, under its own fact (`#phone`, as the contact's field is named)."""
    reply = talk(services, lang, [(text, "contact:international_business#phone")], fits)
    assert "+86 000 0000 0001" in reply.text and "@" not in reply.text


def test_the_catalogs_kinds_with_a_title_in_focus(services: Services) -> None:
    talk(services, "zh", [("清明上河图谜案", "work:work_murder_along_the_river"),
                          ("有什么类型的短剧", "catalog:about")], fits)


@pytest.mark.parametrize("text", ["show me how to book a set", "How do I book a set?"])
def test_how_to_book_a_set_is_the_shoot_request(services: Services, text: str) -> None:
    talk(services, "en", [(text, "incentive:shoot_request_procedure#how_to_apply")], fits)


@pytest.mark.parametrize("lang", ["es", "ko", "zh"])
def test_stop_command_turns_news_off_in_the_chats_language(services: Services, lang: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = services.brain.reply_to_command(chat, "stop", "", services.store.profile(chat))
    assert reply.answer == "unsubscribe" and reply.lang == lang
    unknown = services.brain.reply_to_command(chat, "xyzzy", "", services.store.profile(chat))
    assert unknown.text == t("fallback", lang)


def test_numbers_in_the_partners_language(services: Services) -> None:
    assert [format_number(2.5, lang) for lang in ("en", "es", "zh", "ko")] == ["2.5", "2,5", "2.5", "2.5"]
    assert format_number(12500, "es") == "12.500" and format_number(12500, "en") == "12,500"
    assert "12.500" in t("progress", "es", id="x", sent=12500, failed=0, remaining=0)
    reply = talk(services, "es", [("háblame de El fantasma del set virtual", "work:work_ghost_in_the_volume")], fits)
    assert "2,5 min" in reply.text and "2.5" not in reply.text


@pytest.mark.parametrize("lang, turns", [
    ("en", [("which titles are seeking partners?", "list:works?coproduction=seeking_partners"),
            ("and the festival in octobre, exact dates?", "event:hengdian_film_festival#date")]),
    ("es", [("¿qué títulos buscan coproductores?", "list:works?coproduction=seeking_partners"),
            ("¿y el festival de octubre, qué fechas exactas?", "event:hengdian_film_festival#date")]),
])
def test_a_festival_after_titles_is_the_event(services: Services, lang: str, turns: list) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("lang, text", [("es", "q series tienen pa coproducir?"), ("zh", "哪些作品可以合拍"),
                                        ("ko", "공동 제작할 수 있는 작품은?")])
def test_titles_to_co_produce_are_those_seeking_partners(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:works?coproduction=seeking_partners")], fits)


@pytest.mark.parametrize("text", ["any dramas set in Mexico?", "anything set in Korea?"])
def test_titles_set_in_a_country(services: Services, text: str) -> None:
    reply = talk(services, "en", [(text, "list:works*")], fits)
    assert "can't be filtered by country" in reply.text


@pytest.mark.parametrize("lang, turns", [
    ("ko", [("라틴 영화의 밤 언제예요?", "event:latin_film_night#date"),
            ("라틴 시네마 나이트 언제예요?", "event:latin_film_night#date")]),
    ("en", [("when is Latin Cinema Night?", "event:latin_film_night#date")]),
])
def test_latin_film_night_by_its_other_names(services: Services, lang: str, turns: list) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize("text, lang", [("OK thanks, 我要 contact person", "zh"), ("ok thanks, 담당자 연결해 주세요", "ko")])
def test_a_mixed_message_is_answered_in_its_requests_language(services: Services, text: str, lang: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = services.brain.reply_to_text(chat, text, services.store.profile(chat))
    assert reply.lang == lang

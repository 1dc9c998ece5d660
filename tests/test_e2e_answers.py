"""Partners ask exact questions of the real bot through the loopback Bot API stub, and get the
exact answer: the fact first, the FAQ in their own wording, "the second one" after a list, the
last answer again in English, and an honest "not published" with the right contact for prices.
"""

from __future__ import annotations

import pytest

from core.i18n import LANGS, Lang, t
from intents.callbacks import encode
from tests import test_e2e_conversation as conversation
from tests.test_e2e_conversation import Partner, World, button_data, ids_of, plain

pytestmark = pytest.mark.e2e
world = conversation.world  # the same module-scoped fixture: one bot process for this module

WHEN_LATIN_NIGHT = {"en": "What day is Latin Film Night?", "es": "¿qué día es la noche de cine latino?",
                    "zh": "拉丁电影之夜是哪天？", "ko": "라틴 영화의 밤은 언제예요?"}
JOIN = {"en": "hey, how can my company join the alliance?", "es": "cómo hace mi empresa para entrar a la alianza?",
        "zh": "我们公司想加入联盟，要怎么做", "ko": "저희 회사도 연맹에 가입할 수 있나요?"}
SCI_FI = {"en": "any sci-fi titles?", "es": "tienen algo de ciencia ficción?", "zh": "有科幻片吗",
          "ko": "SF 작품 있어요?"}
SECOND = {"en": "the second one - what's it about?", "es": "me interesa el segundo, de qué trata",
          "zh": "第二个讲什么？", "ko": "두 번째 작품 줄거리 알려줘"}
PRICE = {"en": "how much is the daily rental for the palace set?",
         "es": "¿cuánto cuesta el alquiler diario del set del palacio?",
         "zh": "宫殿景区一天租金多少钱", "ko": "궁전 세트 하루 대여료가 얼마예요?"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_fact_question_gets_the_fact_first(world: World, lang: Lang) -> None:
    partner = Partner(world, "en")
    answer = partner.say(WHEN_LATIN_NIGHT[lang])
    proposed, coming = world.kb.events["latin_film_night"], world.kb.events["latin_film_night_2027"]
    first_line = answer["text"].splitlines()[0]
    name = proposed.name.get(lang)
    assert name in first_line[:len(name) + 12]  # the event leads ("El evento …" in Spanish)
    not_confirmed = plain(t("ev_proposed", lang).rsplit("}", 1)[1].strip())
    assert not_confirmed in first_line  # the 2025 one was only proposed, and it says so
    assert coming.name.get(lang) in first_line  # the next edition, in the same few sentences
    assert proposed.description.get(lang) not in answer["text"]  # the card is behind a button
    assert encode("ev", proposed.id) in button_data(answer)
    assert {encode("ics", coming.id), encode("rem", coming.id)} <= set(button_data(answer))


@pytest.mark.parametrize("lang", LANGS)
def test_a_faq_in_new_wording_gets_its_answer(world: World, lang: Lang) -> None:
    partner = Partner(world, "en")
    answer = partner.say(JOIN[lang])
    assert answer["text"] == plain(world.kb.faq["join_alliance"].answer.get(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_second_one_after_a_list_opens_the_second_item(world: World, lang: Lang) -> None:
    partner = Partner(world, "en")
    listing = partner.say(SCI_FI[lang])
    second = world.kb.works[ids_of(listing, "work")[1]]
    answer = partner.say(SECOND[lang])
    assert answer["text"].lstrip("《").startswith(second.title.get(lang))  # 《title》 in Chinese
    assert second.logline.get(lang) in answer["text"]


def test_in_english_please_resends_the_last_answer_in_english(world: World) -> None:
    partner = Partner(world, "es")
    listing = partner.say("¿hay comedias?")
    work = world.kb.works[ids_of(listing, "work")[1]]
    spanish = partner.say("el segundo, ¿cuántos episodios tiene?")
    assert spanish["text"].startswith(work.title.get("es"))
    english = partner.say("in English please")
    assert english["text"].startswith(work.title.get("en"))
    assert str(work.episodes) in english["text"].splitlines()[0]
    assert plain(t("language_set", "en")) in english["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_price_question_gets_an_honest_gap_with_the_right_contact(world: World, lang: Lang) -> None:
    partner = Partner(world, "en")
    answer = partner.say(PRICE[lang])
    contact = world.kb.contacts["international_business"]
    assert answer["text"].startswith(plain(t("gap_price", lang, who=contact.role.get(lang))))
    assert contact.email in answer["text"]
    assert encode("ask") in button_data(answer)
    palace = world.kb.locations["ming_qing_palace"]
    assert palace.description.get(lang) not in answer["text"]  # never an unrelated card


def test_remind_me_in_words_does_what_the_button_does(world: World) -> None:
    partner = Partner(world, "en")
    event = world.kb.events["virtual_stage_open_day_2027"]
    answer = partner.say("when is the Virtual Production Stage Open Day?")
    assert answer["text"].startswith(event.name.get("en"))
    reminded = partner.say("great, remind me please")
    assert reminded["text"].startswith("⏰") and event.name.get("en") in reminded["text"]
    with world.db() as db:
        rows = db.execute("SELECT event_id FROM reminders WHERE chat_id = ?", [partner.id]).fetchall()
    assert rows == [(event.id,)]
    calendar = partner.say("and send me the calendar file")
    assert calendar["document"]["file_name"] == f"{event.id}.ics"

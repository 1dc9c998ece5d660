"""Telegram play kinds (fixJ10):

- a set's hire said in Korean with "cost" ("대여 비용", "렌트비", "빌리는 데 얼마") is its price: not
  published, and International Business, as 대여료 and the other languages already are;
- the LED stage said in Spanish as "escenario LED" / "volumen LED" is the virtual production stage;
- a Spanish question with its topic first and the question word before the closing verb ("¿el
  estudio virtual cómo funciona?") asks how, so its answer opens with no "Sí.";
- a place to film a genre ("有没有适合拍科幻的地方", "a spot to film sci-fi") is a set, not titles.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask


@pytest.mark.parametrize("say", ["명청궁원 대여 비용은 얼마예요?", "명청궁원 렌트비는요?", "명청궁원 빌리는 데 얼마나 들어요?"])
def test_korean_set_hire_cost_is_its_price(services: Services, say) -> None:
    reply = ask(services, "ko", say)
    assert reply.answer == "gap:international_business"
    assert reply.text.startswith("<b>명청궁원</b>")
    assert "공개되어 있지 않습니다" in reply.text


def test_korean_hire_cost_after_the_sets_is_a_price(services: Services) -> None:
    reply = ask(services, "ko", "촬영 세트 목록 보여 주세요", "대여 비용은 어떻게 돼요?")
    assert reply.answer == "gap:international_business"
    assert "네." not in reply.text.split("\n")[0]


@pytest.mark.parametrize("say", ["¿cuentan con un escenario LED?", "¿hay volumen LED para rodar?"])
def test_spanish_led_stage_is_virtual_production(services: Services, say) -> None:
    reply = ask(services, "es", say)
    assert "virtual_production" in (reply.answer or "")
    assert "ningún set llamado" not in reply.text


@pytest.mark.parametrize("said,how", [
    ("¿el estudio virtual cómo funciona?", True),
    ("oye, ¿y el permiso de rodaje cuándo se pide?", True),
    ("¿tienen estudio virtual?", False),
    ("¿hay algo como Viena?", False),
])
def test_spanish_topic_first_how_question_is_no_yes_no(said, how) -> None:
    assert lexicon.yes_no(said) is (not how)


def test_how_the_virtual_stage_works_opens_with_no_yes(services: Services) -> None:
    reply = ask(services, "es", "bueno, ¿y el estudio virtual cómo funciona?")
    assert not reply.text.startswith("Sí")


@pytest.mark.parametrize("lang,say", [
    ("zh", "横店有没有适合拍摄科幻片的地方？"),
    ("en", "is there a good spot to film sci-fi?"),
    ("es", "¿tienen algún sitio para grabar ciencia ficción?"),
    ("ko", "SF 촬영하기 좋은 곳 있나요?"),
])
def test_a_place_to_film_a_genre_is_a_set(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert (reply.answer or "").startswith("list:locations"), reply.answer


def test_genre_titles_stay_titles(services: Services) -> None:
    assert (ask(services, "zh", "有没有科幻题材的剧？").answer or "").startswith("list:works")


@pytest.mark.parametrize("lang,say", [
    ("en", "what's Hengdian's address?"),
    ("es", "¿me pasas la dirección de Hengdian?"),
    ("zh", "横店具体地址在哪？"),
    ("ko", "헝뎬 주소 좀 알려 주세요"),
])
def test_the_address_of_hengdian_is_where_the_town_is(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "faq:how_to_reach_hengdian", reply.answer


def test_an_email_address_is_still_the_contacts(services: Services) -> None:
    assert ask(services, "es", "¿cuál es la dirección de correo de Hengdian?").answer != "faq:how_to_reach_hengdian"


@pytest.mark.parametrize("say", [
    "preparamos una comedia romántica en una ciudad como Praga, ¿qué set nos sirve?",
    "es un romance ambientado hoy en una ciudad tipo Viena, ¿dónde rodamos?",
])
def test_spanish_city_like_vienna_is_a_western_street(services: Services, say) -> None:
    reply = ask(services, "es", say)
    assert "scene=western_street" in (reply.answer or ""), reply.answer
    assert "internacionales" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "do you speak Italian by any chance?"),
    ("es", "¿hablas portugués?"),
    ("zh", "你们能用日语回复吗"),
])
def test_the_bots_own_languages_without_the_talent_sentence(services: Services, lang, say) -> None:
    reply = ask(services, lang, say)
    assert reply.answer == "faq:languages"
    assert "100" not in reply.text.split("\n\n")[0]  # (the Global Talent sentence is not asked)


def test_the_crews_languages_keep_the_talent_sentence(services: Services) -> None:
    reply = ask(services, "en", "which languages does the production staff speak on set?")
    assert "100" in reply.text

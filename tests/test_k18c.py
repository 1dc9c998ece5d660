"""Kinds blind set 16 found, and partners met in play, asked in fresh wordings in the four
languages: after a list of titles, licensing "one of them" (an indefinite pick) is the licensing
FAQ, not the title in focus's co-production status; the Spanish-speaking market asked after a
title is the Spanish-distribution route; the whole catalog's size beside a title in focus is the
catalog; a greeting and a self-introduction do not swallow the question after a comma, and
courtesy alone ("hey mate how r u", "唔該") is small talk; HISDA's members are the partners list,
and who heads it an honest gap."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk

COMEDIES = {"en": "any comedies?", "es": "¿tienen comedias?", "zh": "有喜剧吗", "ko": "코미디 있어요?"}
THIRD = {"en": "the third one, how many episodes", "es": "la tercera, ¿cuántos episodios?",
         "zh": "第三部几集", "ko": "세 번째 거 몇 화예요"}
LICENSING = "faq:coproduce_catalog_title"
SPANISH = ["faq:spanish_distribution", "partner:dalynn_studio"]
CATALOG = ["catalog:about", "list:works"]


def after_a_title(lang: str) -> list[tuple[str, str | list[str]]]:
    return [(COMEDIES[lang], "list:works?genre=comedy"), (THIRD[lang], "work:work_die_another_take#episodes")]


@pytest.mark.parametrize("lang,say", [
    ("en", "how would we go about licensing one of them"),
    ("en", "what's the process to license any of those titles?"),
    ("es", "como hacemos pa licenciar una"),
    ("es", "¿cómo es el proceso para licenciar alguna de esas?"),
    ("zh", "其中一部想买版权，要怎么谈"),
    ("zh", "其中一部想買版權，要怎麼談"),
    ("ko", "그중에 하나 판권 사고 싶으면 누구랑 어떻게 얘기해요"),
    ("ko", "이 중 한 편 라이선스 받으려면 절차가 어떻게 돼요?"),
])
def test_licensing_one_of_the_list_is_the_procedure(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [*after_a_title(lang), (say, LICENSING)])


@pytest.mark.parametrize("lang,say", [
    ("en", "how would we go about licensing it"),
    ("es", "¿y cómo la licenciamos?"),
])
def test_licensing_the_title_in_focus_is_still_that_title(services: Services, lang: str, say: str) -> None:
    # no indefinite pick: the title in focus keeps it (its terms or the next step, never the list)
    talk(services, lang, [*after_a_title(lang), (say, ["work:work_die_another_take#coproduction",
                                                        "work:work_die_another_take", LICENSING])])


@pytest.mark.parametrize("lang,say", [
    ("en", "could we sell that in Mexico or Argentina?"),
    ("es", "¿y en México o Argentina eso lo podríamos vender en español?"),
    ("zh", "在墨西哥能賣嗎"),
    ("zh", "这些剧能卖到阿根廷吗"),
    ("ko", "스페인어권에도 나가요?"),
])
def test_the_spanish_speaking_market_after_a_title(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [*after_a_title(lang), (say, SPANISH)])


def test_a_title_dubbed_for_mexico_stays_the_titles_languages(services: Services) -> None:
    talk(services, "es", [*after_a_title("es"), ("¿está doblada para México?", "work:work_die_another_take#languages")])


@pytest.mark.parametrize("lang,say", [
    ("ko", "전체 작품 몇 개고 장르 뭐뭐예요"),
    ("en", "how many titles in total, and which genres?"),
    ("es", "¿cuántos títulos tienen en total y de qué géneros?"),
    ("zh", "總共幾部作品，都有哪些類型"),
])
def test_the_whole_catalog_beside_a_title_in_focus(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [*after_a_title(lang), (say, CATALOG)])


@pytest.mark.parametrize("lang,say", [
    ("zh", "老师好，我们是做竖屏短剧的，降本增效的政策能具体说说吗"),
    ("zh", "老師好，我們是做豎屏短劇的，降本增效的政策能具體說說嗎"),
])
def test_a_question_after_a_self_introduction_is_asked(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["incentive:short_drama_cost_reduction", "faq:incentives"])])


@pytest.mark.parametrize("lang,say,kind", [
    ("en", "hey mate how r u", "greet"),
    ("en", "hey mate, how are you", "greet"),
    ("es", "hola amigo, ¿cómo estás?", "greet"),
    ("zh", "你好嗎", "greet"),
    ("ko", "안녕하세요 잘 지내셨어요?", "greet"),
    ("zh", "唔該", "thanks"),
])
def test_courtesy_alone_is_small_talk(services: Services, lang: str, say: str, kind: str) -> None:
    talk(services, lang, [(say, f"smalltalk:{kind}")])


def test_a_self_introduction_alone_is_still_a_greeting(services: Services) -> None:
    talk(services, "zh", [("老师好，我们是做竖屏短剧的", "smalltalk:greet")])
    assert lexicon.small_talk_only("hi, how are you? what events do you have") is None


@pytest.mark.parametrize("lang,say", [
    ("en", "Who are HISDA's partners?"),
    ("es", "¿quiénes son los socios de HISDA?"),
    ("zh", "HISDA 的成员有哪些"),
    ("ko", "HISDA 회원사 어디어디예요"),
])
def test_the_alliances_members_are_the_partners_list(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "list:partners")])


@pytest.mark.parametrize("lang,turns", [
    ("zh", ["HISDA是什么", "他们CEO是谁"]),
    ("en", ["who is HISDA's CEO"]),
    ("es", ["¿quién es el presidente de HISDA?"]),
    ("ko", ["HISDA 회장이 누구예요"]),
])
def test_who_heads_the_alliance_is_an_honest_gap(services: Services, lang: str, turns: list[str]) -> None:
    said = [(t, ["program:hisda", "faq:what_is_hisda"]) for t in turns[:-1]] + [(turns[-1], "gap:*")]
    talk(services, lang, said)


@pytest.mark.parametrize("lang,first,say", [
    ("es", "¿qué es Dalynn Studio?", "¿Dónde tienen la sede?"),
    ("en", "tell me about Dalynn Studio", "where are they based?"),
    ("zh", "Dalynn Studio是做什么的", "他们总部在哪"),
    ("ko", "Dalynn Studio는 어떤 회사예요?", "본사는 어디예요?"),
])
def test_where_a_partner_in_focus_is_based_is_its_country(services: Services, lang: str, first: str, say: str) -> None:
    talk(services, lang, [(first, ["partner:dalynn_studio", "partner:dalynn_studio#about"]),
                          (say, "partner:dalynn_studio#country")])


@pytest.mark.parametrize("lang,say", [
    ("zh", "那個可以拍古裝嗎"),
    ("zh", "那个能拍古装戏吗"),
    ("es", "¿y ahí se puede grabar algo de época?"),
])
def test_a_period_asked_of_the_set_in_focus_is_that_sets_era(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [("虚拟制片是什么" if lang == "zh" else "¿qué es la producción virtual?",
                           ["location:virtual_production", "location:virtual_production#about"]),
                          (say, "location:virtual_production#era")])

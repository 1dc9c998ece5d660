# ruff: noqa: N999
"""Several questions in one message, none lost (round 8):

- "what incentives are there and do we need a visa?", "¿qué incentivos hay y necesitamos visa?":
  "and" then a yes/no question of the partner's own, with no comma, is a second question; both
  answered ("whats that called and can we license it" stays one: "it" is what the first named);
- "what is X and where is it?" in four languages: what the record is, then where (not the venue alone);
- a fourth question: the first three answered, the fourth offered as a button (its FAQ, through the
  new `faq` button action, or its subject's list), or, with nothing to offer, the partner told to
  send the rest again; never dropped silently.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents import lexicon
from tests.dialogue import fits, new_chat, talk


# -- "X and do we need Y?" ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expect"), [
    ("what incentives are there and do we need a visa?", ["what incentives are there", "do we need a visa?"]),
    ("¿qué incentivos hay y necesitamos visa?", ["¿qué incentivos hay", "necesitamos visa?"]),
    ("how do we get there and do we need a car?", ["how do we get there", "do we need a car?"]),
    ("whats that called and can we license it", ["whats that called and can we license it"]),
    ("¿cómo se llama y podemos licenciarla?", ["¿cómo se llama y podemos licenciarla?"]),
    ("what sets do you have and can we visit them?", ["what sets do you have and can we visit them?"]),
])
def test_and_then_a_question_of_our_own_is_a_second_question(text: str, expect: list[str]) -> None:
    assert lexicon.split_parts(text) == expect


@pytest.mark.parametrize(("lang", "text", "visa"), [
    ("en", "what incentives are there and do we need a visa?", "Visa rules"),
    ("es", "¿qué incentivos hay y necesitamos visa?", "requisitos de visa"),
    ("zh", "有什么扶持政策？另外需要签证吗？", "签证要求"),
    ("ko", "지원 제도가 있나요? 그리고 비자도 필요한가요?", "비자 요건"),
])
def test_incentives_and_the_visa_both_answered(services: Services, lang: str, text: str, visa: str) -> None:
    reply = talk(services, lang, [(text, ["faq:incentives", "list:incentives"])], fits)
    assert visa in reply.text


# -- "what is X and where is it?" --------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "what", "where"), [
    ("en", "what is Latin Film Night and where is it?", "Latin American", "Hengdian Film Festival"),
    ("es", "¿qué es la Noche de Cine Latino y dónde es?", "latinoamericano", "Festival de Cine de Hengdian"),
    ("zh", "拉丁电影之夜是什么？在哪里办？", "拉美", "举办地点"),
    ("ko", "라틴 영화의 밤은 뭐예요? 어디서 해요?", "중남미", "장소는"),
    ("en", "what is the Qin Palace and where is it?", "Qin-dynasty palace", "Address of"),
    ("ko", "진왕궁은 뭐예요? 어디에 있어요?", "진나라 궁궐", "주소는"),
])
def test_what_it_is_and_where(services: Services, lang: str, text: str, what: str, where: str) -> None:
    # (Latin Film Night named without a year is its 2027 edition since fixE4)
    reply = talk(services, lang, [(text, ["event:latin_film_night#about", "event:latin_film_night_2027#about",
                                          "location:qin_palace#about"])], fits)
    assert what in reply.text and where in reply.text


def test_what_it_is_alone_is_still_its_card(services: Services) -> None:
    talk(services, "en", [("what is Latin Film Night?", "event:latin_film_night*")], fits)


# -- a fourth question ------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "offered"), [
    ("en", "where is Hengdian? when is Latin Film Night? do we need a visa? can foreign actors work there?",
     "v1|faq|foreign_actors"),
    ("es", ("¿dónde está Hengdian? ¿cuándo es la Noche de Cine Latino? ¿necesitamos visa? "
            "¿hay incentivos para rodajes extranjeros?"), "v1|faq|incentives"),
    ("zh", "横店在哪里？拉丁电影之夜什么时候？需要签证吗？有什么扶持政策？", "v1|faq|incentives"),
    ("ko", "헝뎬은 어디에 있어요? 라틴 영화의 밤은 언제예요? 비자가 필요한가요? 외국 배우도 출연할 수 있나요?",
     "v1|faq|foreign_actors"),
])
def test_a_fourth_question_is_offered_as_a_button(services: Services, lang: str, text: str, offered: str) -> None:
    reply = talk(services, lang, [(text, "faq:how_to_reach_hengdian")], fits)
    assert offered in [b.data for row in reply.buttons for b in row]
    assert t("multi_rest", lang) not in reply.text
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    pressed = services.brain.reply_to_button(chat, offered, services.store.profile(chat))
    assert pressed.answer == "faq:" + offered.rsplit("|", 1)[1]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿dónde está Hengdian? ¿cuándo es la Noche de Cine Latino? ¿necesitamos visa? ¿dónde nos alojamos?"),
    ("ko", "헝뎬은 어디에 있어요? 라틴 영화의 밤은 언제예요? 비자가 필요한가요? 숙소는 어디서 구하나요?"),
])
def test_a_fourth_question_with_nothing_to_offer_is_said(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "faq:how_to_reach_hengdian")], fits)
    assert t("multi_rest", lang) in reply.text


def test_a_fourth_part_that_only_thanks_asks_nothing(services: Services) -> None:
    reply = talk(services, "en", [("where is Hengdian? when is Latin Film Night? do we need a visa? thanks!",
                                   "faq:how_to_reach_hengdian")], fits)
    assert t("multi_rest", "en") not in reply.text


def test_a_removed_faq_button_says_it_is_gone(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    reply = services.brain.reply_to_button(chat, "v1|faq|no_such_faq", services.store.profile(chat))
    assert reply.text == t("not_found", "en")

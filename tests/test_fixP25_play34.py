"""Kinds of play34's wrong and weak turns (fixP25):

- during a hand-off, an imperative ask for more ("tell me more about the second", "contame más")
  is a question, so the bot's own answer is sent (not only "passed on to Mia"); a stage's 规格
  (specifications) is its card, as "specs" is in English, not a size gap;
- "any from Korea?" right after a list of companies narrows that list by country;
- "what happens there?" right after an event's date asks that event's description;
- why it pays to join ("x q nos conviene unirnos?") is what members get, told in the sentence on
  what the Alliance does, not its whole paragraph on members' view counts.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff import answers_alone
from intents.lexicon import asks_question
from tests.dialogue import ask, talk

BENEFITS = "gap:hisda_secretariat"


# -- an ask for more, in the imperative, is a question -------------------------------------------
@pytest.mark.parametrize("said", [
    "ok, the third one, tell me more", "the Qin palace: tell us more",
    "la tercera, cuéntame más", "y el de Qin, contanos un poco más",
    "第三个再讲一下", "秦王宫那个详细介绍介绍",
    "세 번째 거 좀 더 알려줘요", "진왕궁 자세히 설명해 줘",
])
def test_an_imperative_ask_for_more_is_a_question(said: str) -> None:
    assert asks_question(said)


@pytest.mark.parametrize("said", ["Sunset Pictures, 10 days in May", "gracias, perfecto", "好的谢谢", "네 감사합니다"])
def test_thanks_and_statements_are_still_no_question(said: str) -> None:
    assert not asks_question(said)


@pytest.mark.parametrize(("lang", "listed", "more"), [
    ("en", "which period sets do you have?", "the third one, tell me more"),
    ("es", "¿qué decorados de época tienen?", "el tercero, cuéntame más"),
    ("zh", "你们有哪些古装场景？", "第三个详细说说"),
    ("ko", "시대극 세트 뭐 있어요?", "세 번째 거 좀 더 알려줘요"),
])
def test_the_card_asked_for_more_is_answered_during_a_handoff(services: Services, lang: str, listed: str,
                                                             more: str) -> None:
    reply = ask(services, lang, listed, more)
    assert (reply.answer or "").startswith("location:")
    assert answers_alone(more, reply, "Mia")


@pytest.mark.parametrize("said", ["虚拟影棚的规格怎么样？", "LED棚規格是什麼？"])
def test_a_stages_specifications_are_its_card_in_chinese(services: Services, said: str) -> None:
    reply = ask(services, "zh", said)
    assert reply.answer == "location:virtual_production"
    assert answers_alone(said, reply, "Mia")


def test_a_stages_measures_stay_a_gap(services: Services) -> None:
    assert (ask(services, "zh", "虚拟影棚的尺寸是多少").answer or "").startswith("gap:")


# -- "any from <country>?" after a list of companies ----------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "asked"), [
    ("en", "who are HISDA's partners?", "any from Korea?"),
    ("en", "list the alliance's partner companies", "anyone based in Korea?"),
    ("es", "¿quiénes son los socios de la alianza?", "¿alguno de Corea?"),
    ("zh", "联盟有哪些合作伙伴？", "有韩国的吗"),
])
def test_any_from_a_country_narrows_the_companies_listed(services: Services, lang: str, listed: str,
                                                         asked: str) -> None:
    talk(services, lang, [(listed, "list:partners"), (asked, "list:partners?country=KR")])


# -- what happens at the event just dated ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "dated", "asked"), [
    ("en", "when is the Hengdian film festival?", "and what goes on there?"),
    ("es", "cuándo es el festival de cine de Hengdian?", "y ke hay ahí?"),
    ("zh", "横店影视节什么时候？", "当天有什么安排？"),
    ("ko", "헝뎬 영화제 언제예요?", "거기서 뭐 해요?"),
])
def test_what_happens_there_is_the_event_in_focus(services: Services, lang: str, dated: str, asked: str) -> None:
    reply = ask(services, lang, dated, asked)
    assert (reply.answer or "").startswith("event:hengdian_film_festival")


# -- why join: what members get, in a sentence or two ---------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "why would we join the alliance?"),
    ("es", "xq nos convendría unirnos?"),
    ("es", "x q nos conviene ser socios?"),
    ("zh", "为啥要入盟？"),
    ("ko", "왜 가입하는 게 좋아요?"),
])
def test_why_join_is_what_members_get(services: Services, lang: str, said: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == BENEFITS


@pytest.mark.parametrize(("lang", "said", "dropped"), [
    ("en", "what do members get?", "300 million"),
    ("es", "¿qué ventajas tienen los miembros?", "300 millones"),
    ("zh", "入盟有什么好处？", "3亿"),
    ("ko", "회원 혜택이 뭐예요?", "3억"),
])
def test_what_members_get_leaves_out_the_view_counts(services: Services, lang: str, said: str,
                                                     dropped: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == BENEFITS
    assert dropped not in reply.text


# -- the sets asked to be shown, with a greeting before --------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("en", "hey, show me what sets you've got"),
    ("es", "hola, muéstrame qué locaciones hay"),
    ("zh", "你好，给我看看有哪些拍摄场景"),
    ("ko", "ㅎㅇ 세트장 뭐가 있는지 좀 알려줘"),
    ("ko", "안녕하세요 촬영지 뭐 있는지 보여 주세요"),
])
def test_the_sets_shown_are_listed_not_the_help_menu(services: Services, lang: str, said: str) -> None:
    assert ask(services, lang, said).answer == "list:locations"


# -- the language a partner may use at an event; the pitch day by its Chinese name ----------------
@pytest.mark.parametrize(("lang", "said", "told"), [
    ("en", "which language could we pitch in at the pitch day?", "interpretation"),
    ("es", "¿en qué idioma tenemos que presentar en la jornada de pitch?", "interpretación"),
    ("zh", "提案日上能用什么语言？", "同传"),
])
def test_the_language_used_at_an_event_is_its_interpretation(services: Services, lang: str, said: str,
                                                             told: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == "event:latam_pitch_day_2027" and told in reply.text


def test_two_events_asked_in_chinese_both_answered_then_the_first_one(services: Services) -> None:
    first = ask(services, "zh", "请问提案日几号？还有开放日在哪里？")
    assert "2027年3月11日" in first.text
    reply = ask(services, "zh", "请问提案日几号？还有开放日在哪里？", "第一个在线上办吗")
    assert reply.answer == "event:latam_pitch_day_2027#venue"

"""Kinds found by testers playing partners (issue 7, fixY): a detail asked of the record in
focus that its file does not hold is said unpublished in one sentence, with that record's own
contact, first (the published part before it when there is one):

- a question no subject answers, of the record in focus ("whats the wall size and pixel pitch?"
  of the LED stage): its gap, never the out-of-scope answer nor two fallbacks stacked;
- a card's record whose detail a later part asks ("스테이지 사양이 어떻게 되나요? LED 월 크기 같은
  거요."): the gap first, the card behind it;
- how to take part in the event or programme in focus (register, apply, submit films, age):
  unpublished, its own contact (Dalynn for Latin Film Night), not the visa FAQ nor the events list;
- "there" (那边, allí, 거기) after the sets picked for a shoot is the set put first;
- a rate asked alone after a price said unpublished is that price's gap, not the rights line;
- a form asked for with the joining FAQ: no form is published, said first.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

STAGE_SPECS = [
    ("en", "do you have an LED volume at hengdian?", "whats the wall size and pixel pitch? need specs before we commit"),
    ("en", "is there a virtual production stage?", "what's the pixel pitch of the wall?"),
    ("es", "¿tienen un estudio de producción virtual?", "¿qué tamaño tiene la pared LED? necesito las especificaciones"),
]


@pytest.mark.parametrize("lang,first,then", STAGE_SPECS)
def test_unanswered_detail_of_focus_is_its_gap(services: Services, lang: str, first: str, then: str) -> None:
    reply = talk(services, lang, [(first, "*"), (then, "gap:international_business")], fits)
    assert reply.text.count("✉️") == 1
    assert "outside what I can help" not in reply.text and "didn't catch" not in reply.text


def test_off_topic_with_a_record_in_focus_stays_out_of_scope(services: Services) -> None:
    talk(services, "en", [("do you have an LED volume at hengdian?", "*"),
                          ("who won the world cup in 2022?", ["out_of_scope", "fallback"])], fits)


def test_card_then_unpublished_detail_says_the_gap_first(services: Services) -> None:
    reply = talk(services, "ko", [("버추얼 프로덕션 스테이지 사양이 어떻게 되나요? LED 월 크기 같은 거요.", "gap:*")], fits)
    assert reply.text.index("공개되어 있지 않습니다") < reply.text.index("어울리는 장르")


TAKING_PART = [
    ("en", "Latin Film Night 2027 date?", "how can we submit our films for it? is there a call for entries?", "dalynn"),
    ("es", "¿Cuándo es la Noche de Cine Latino 2027?", "¿cómo enviamos nuestras películas? ¿hay convocatoria?", "dalynn"),
    ("zh", "2027拉丁电影之夜是什么时候？", "我们怎么投稿？有征片吗", "dalynn"),
    ("ko", "2027 라틴 영화의 밤은 언제예요?", "작품 출품은 어떻게 해요? 공모가 있나요?", "dalynn"),
    ("en", "when's the next casting day for foreigners?", "do my actors need to register beforehand?", "international.business@"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "나이 제한 있어요? 대학생도 지원할 수 있나요?", "secretariat@"),
]


@pytest.mark.parametrize("lang,first,then,mail", TAKING_PART)
def test_taking_part_is_unpublished_with_its_contact(services: Services, lang: str, first: str, then: str,
                                                     mail: str) -> None:
    reply = talk(services, lang, [(first, "*"), (then, "gap:*")], fits)
    assert mail in reply.text and reply.text.count("✉️") == 1


def test_what_it_is_and_who_may_apply_card_first(services: Services) -> None:
    reply = talk(services, "en", [("what's the Global Talent Program exactly, could my younger clients apply?",
                                   "program:global_talent_program")], fits)
    assert reply.text.index("100 bilingual") < reply.text.index("isn't published")
    assert "secretariat@" in reply.text


THERE = [
    ("zh", "我们下个月要拍一部民国谍战，哪个景区合适", "那边能拍夜戏吗"),
    ("en", "which sets suit a republican-era spy drama?", "can we shoot night scenes there?"),
    ("es", "¿qué sets sirven para una serie de espías de la época republicana?", "¿se pueden grabar escenas nocturnas allí?"),
    ("ko", "민국 시대 첩보물 찍을 세트 추천해 주세요", "거기서 야간 촬영도 돼요?"),
]


@pytest.mark.parametrize("lang,first,then", THERE)
def test_there_after_sets_picked_is_the_first_set(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "list:locations*"), (then, "location:guangzhou_hongkong_street*")], fits)


RATE_AFTER_PRICE = [
    ("zh", "在横店拍戏，一天场租大概多少钱？", "有没有个比例？", "分成"),
    ("en", "how much does it cost to rent a set per day?", "what percentage?", "revenue share"),
    ("es", "¿cuánto cuesta alquilar un set por día?", "¿y qué porcentaje?", "ingresos"),
    ("ko", "세트 하루 대여료가 얼마예요?", "비율은요?", "수익"),
]


@pytest.mark.parametrize("lang,first,then,rights", RATE_AFTER_PRICE)
def test_rate_after_price_gap_is_that_price(services: Services, lang: str, first: str, then: str, rights: str) -> None:
    reply = talk(services, lang, [(first, "gap:international_business"), (then, "gap:international_business")], fits)
    assert rights not in reply.text


def test_discount_rate_in_chinese_is_the_operations_center(services: Services) -> None:
    reply = talk(services, "zh", [("具体能减多少？有没有个比例", "gap:vertical_short_drama_center")], fits)
    assert "优惠" in reply.text and "international.business@" not in reply.text


JOIN_FORM = [
    ("en", "what is HISDA?", "what do we send them? is there a form?", "No membership form"),
    ("es", "¿Qué es exactamente la HISDA?", "¿Qué le mando a la secretaría? ¿tienen un formulario?", "No hay un formulario"),
    ("zh", "HISDA是什么？", "要发什么材料？有表格吗", "没有公开的入盟申请表"),
    ("ko", "HISDA가 뭐예요?", "뭘 보내야 해요? 신청서 양식 있어요?", "양식은 없습니다"),
]


@pytest.mark.parametrize("lang,first,then,said", JOIN_FORM)
def test_form_asked_says_none_is_published(services: Services, lang: str, first: str, then: str, said: str) -> None:
    reply = talk(services, lang, [(first, "*"), (then, "faq:join_alliance")], fits)
    assert said in reply.text.split("\n")[0]

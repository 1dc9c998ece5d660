"""Kinds found by playing partners' conversations on 2026-12-02 (third session), in fresh wordings:

- a bare filter right after a list of sets ("historical?", "and the republican ones?", "民国的呢？",
  "중국 사극이요" in the same message) lists the sets again with it, not the catalog's titles of
  that genre, and asks no "which of these?";
- the size of a discount asked as a percentage is a number staff give (a price), no revenue share;
- "and the X ones" naming the other subject ("로맨스 작품은요?" after sets, "y sets de época?"
  after titles) lists that subject."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,turns", [
    ("en", [("which sets suit a qing story?", "list:locations?era=qing"),
            ("and the republican ones?", "list:locations?era=republican")]),
    ("en", [("show me your sets", "list:locations"),
            ("historical?", "list:locations?genre=historical")]),
    ("es", [("qué sets hay de la dinastía qing", "list:locations?era=qing"),
            ("¿y los de la época republicana?", "list:locations?era=republican")]),
    ("zh", [("清朝的景有哪些", "list:locations?era=qing"),
            ("民国的呢？", "list:locations?era=republican")]),
    ("ko", [("청나라 세트 목록 주세요", "list:locations?era=qing"),
            ("민국 시대는요?", "list:locations?era=republican")]),
])
def test_a_bare_filter_after_the_sets_lists_sets(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


def test_a_clarifying_second_sentence_adds_no_titles(services: Services) -> None:
    reply = talk(services, "ko", [("사극 찍을 세트 뭐 있어요? 중국 사극이요", "list:locations?genre=historical")])
    assert "카탈로그" not in reply.text  # the catalog's historical titles were glued under the sets


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("사극 세트 보여 주세요", "list:locations?genre=historical"),
            ("로맨스 작품은요?", "list:works?genre=romance")]),
    ("es", [("muéstrame las comedias", "list:works?genre=comedy"),
            ("¿y sets de época?", "list:locations?genre=historical")]),
])
def test_and_the_other_subject_lists_that_subject(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


INCENTIVES = ["faq:incentives", "list:incentives", "incentive:short_drama_cost_reduction"]


@pytest.mark.parametrize("lang,turns,said", [
    ("es", [("¿qué apoyos hay para microdramas verticales?", INCENTIVES),
            ("¿y de qué porcentaje es el descuento?", "gap:vertical_short_drama_center")], "descuento"),
    ("zh", [("竖屏短剧有什么扶持", INCENTIVES), ("减免幅度大概多少", "gap:vertical_short_drama_center")], "优惠幅度"),
    ("ko", [("세로형 숏드라마 지원 있나요?", INCENTIVES), ("할인율은요? 할인 폭이 어느 정도?", "gap:vertical_short_drama_center")], "할인율"),
    ("en", [("any incentives for vertical shorts?", INCENTIVES),
            ("what percentage off is that exactly?", "gap:vertical_short_drama_center")], "discount"),
])
def test_the_size_of_a_discount_is_a_price_not_a_revenue_share(services: Services, lang, turns, said) -> None:
    reply = talk(services, lang, turns)
    # the discount's own words (gap_discount), neither "rights terms, minimum guarantees and
    # revenue shares" nor "prices and fees"
    assert said in reply.text


# Kinds of the blind set 13 (read after its measurement), in fresh wordings.

@pytest.mark.parametrize("lang,text,expect", [
    ("en", "our Lisbon outfit heard Dalynn trades distribution for set time. could a Portuguese producer get a similar arrangement?",
     "incentive:set_access_partnership#eligibility"),
    ("es", "Dalynn usa sus sets a cambio de distribuir. ¿una productora de Chile podría tener algo parecido?",
     "incentive:set_access_partnership#eligibility"),
    ("zh", "听说Dalynn靠帮忙发行换到了用景，我们拉美的发行公司也能谈类似的吗？", "incentive:set_access_partnership#eligibility"),
    ("ko", "Dalynn이 배급해 주고 세트 쓴다던데 저희 같은 일본 배급사도 비슷한 조건 될까요?",
     "incentive:set_access_partnership#eligibility"),
    ("en", "that Latin Film Night in 2025, was it realised in the end or called off?", "event:latin_film_night#status"),
    ("ko", "작년 라틴 영화의 밤은 결국 진행된 거예요, 무산된 거예요?", "event:latin_film_night#status"),
    ("zh", "在首尔的那个媒合會在哪里办？", "event:korea_matchmaking_2027#venue"),
    ("zh", "近期最先举办的活动是哪一个？", "event:global_talent_info_session_2026"),
    ("es", "¿me pasas con alguien de carne y hueso, por favor?", "handoff"),
    ("zh", "麻烦转国际业务部的工作人员对接一下", "handoff"),
    ("zh", "我想直接跟周丰来聊一聊", "handoff"),
])
def test_blind13_kinds(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


def test_telling_you_directly_is_no_request_for_a_person(services: Services) -> None:
    reply = talk(services, "zh", [("直接跟你说吧，我们想拍古装戏", ["faq:which_set", "list:locations?genre=historical"])])
    assert (reply.answer or "").partition(":")[0] != "handoff"


@pytest.mark.parametrize("lang,turns", [
    ("en", [("got any comedies?", "list:works?genre=comedy"), ("the 3rd is about what?", "work:work_die_another_take#logline")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"), ("第三部的内容梗概说一下", "work:work_die_another_take#logline")]),
    ("ko", [("코미디 있어요?", "list:works?genre=comedy"), ("세 번째 거는 어느 나라 말로 나와요?", "work:work_die_another_take#languages")]),
])
def test_a_fact_asked_in_other_words_of_a_picked_title(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


def test_a_discounts_percentage_is_not_the_costs_overview(services: Services) -> None:
    talk(services, "zh", [("竖屏短剧有扶持吗", INCENTIVES), ("具体能便宜百分之几？", "gap:vertical_short_drama_center")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "저희 협약서 영어로 번역 좀 부탁드려요"),
    ("en", "could you translate my script into Korean for us?"),
    ("es", "¿me traduces este contrato al inglés?"),
    ("zh", "麻烦把这份合作协议书翻成英文"),
    ("ko", "작년 아카데미 시상식 작품상 받은 영화가 뭐죠?"),
    ("en", "which film took best picture at the academy awards?"),
    ("zh", "今年金马奖最佳影片是谁"),
])
def test_a_document_to_translate_or_another_bodys_award_is_off_topic(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, ["out_of_scope", "fallback"])])
    assert not reply.answer.startswith("pref:")  # no language switch: we don't translate files


def test_our_answer_in_another_language_is_still_a_switch(services: Services) -> None:
    talk(services, "ko", [("가족극 있나요?", "list:works?genre=family"),
                          ("그거 영어로 번역해 주세요", "list:works?genre=family")])

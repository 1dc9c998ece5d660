"""Chinese and Korean questions in regional and very formal wording get the answer asked.

Each kind of mistake found in the zh/ko answer evaluation, tried with wordings written for these
tests (none is an evaluation line): the fact of a record asked in words for "which crews" or
"what papers" beats the subject's overview FAQ; whether a set still being built is finished; joining
the alliance said as 入伙 or "끼고 싶다"; the weather asked by what to wear; whether only one
language works (a question, not a switch) and a switch with "to hand it on" as its reason; a formal
"X는 어떻습니까?" after a fact; the formal words for a date; a 합쇼체 "…이 있습니까?" asking
for a list. A real Brain (shipped knowledge, real classifier, temporary store), clock pinned.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import asks_for_list, fact_asked, gap_topic, language_request
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text,expect", [
    # who qualifies / what to send: the incentive's own fact, not the overview of all incentives
    ("zh", "那个竖屏降本的扶持，啥样的公司才能享受？", "incentive:short_drama_cost_reduction#eligibility"),
    ("ko", "숏드라마 제작비 절감 혜택은 어떤 제작사가 받을 수 있습니까?",
     "incentive:short_drama_cost_reduction#eligibility"),
    ("zh", "申请拍摄支持，要提交啥资料？", "incentive:shoot_request_procedure#how_to_apply"),
    ("ko", "촬영 지원을 요청하려면 어떤 서류를 준비해야 하나요?", "incentive:shoot_request_procedure#how_to_apply"),
    # is the set under construction finished yet: the set's own sentence that says so
    ("zh", "国际化的实景场景盖好了没有", "location:international_sets#built"),
    ("ko", "해외 배경 세트는 이제 다 지었슈?", "location:international_sets#built"),
    # joining, in northern Chinese and with the alliance left unnamed in Korean
    ("zh", "我们也想入伙你们联盟，得走啥手续", "faq:join_alliance"),
    ("ko", "저희 같은 작은 회사도 연맹 멤버로 받아 주나요?", "faq:join_alliance"),
    # the weather asked by what to pack: an honest gap
    ("zh", "一月份去横店冷不冷？要不要带羽绒服", "gap:*"),
    ("ko", "3월에 헝뎬 가면 많이 추워요? 패딩 챙겨야 하나요", "gap:*"),
    # the formal date words
    ("ko", "가상 스튜디오 오픈 데이의 개최 일시를 알려 주십시오.", "event:virtual_stage_open_day_2027#date"),
])
def test_regional_and_formal_questions_get_their_answer(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,turns", [
    # "X는 어떻습니까?" after a fact asks that fact of X
    ("ko", [("캐스팅 데이 주최는 누가 합니까?", "event:international_sets_casting_day_2027#organisers"),
            ("오픈 데이는 어떻습니까?", "event:virtual_stage_open_day_2027#organisers")]),
    # a switch whose reason is handing it on: the last answer again
    ("ko", [("오픈 데이는 언제 합니까", "event:virtual_stage_open_day_2027#date"),
            ("영어로 다시 보내 주쇼, 해외 파트너한테 넘길라고", "event:virtual_stage_open_day_2027#date")]),
    ("zh", [("开放日是几号", "event:virtual_stage_open_day_2027#date"),
            ("翻成英文发我一份，要转给老外同事", "event:virtual_stage_open_day_2027#date")]),
])
def test_formal_and_regional_follow_ups(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("text", ["你这个助手只能用中文问吗", "Is this bot English only?",
                                  "¿solo en español se puede?", "이 챗봇은 영어만 돼요?"])
def test_whether_only_one_language_works_is_no_switch(text: str) -> None:
    assert language_request(text) == (None, text)


@pytest.mark.parametrize("text,fact", [
    ("啥样的剧组能申请", "eligibility"), ("어떤 팀이 받을 수 있어요", "eligibility"),
    ("要提交啥材料", "how_to_apply"), ("무슨 서류를 보내야 해요", "how_to_apply"),
    ("那个景建好了吗", "built"), ("세트 완공됐나요", "built"),
    ("행사 일자가 언제입니까", "date"), ("설명회 일시", "date"),
])
def test_fact_words(text: str, fact: str) -> None:
    assert fact_asked(text) == fact


def test_temporary_and_job_words_are_no_date() -> None:
    assert fact_asked("일시적인 조치인가요") != "date" and fact_asked("일자리 있어요") != "date"


def test_weather_by_clothes_and_formal_list_question() -> None:
    assert gap_topic("要带棉袄吗") == "weather" and gap_topic("热门剧") is None
    assert asks_for_list("사극 세트가 있습니까")

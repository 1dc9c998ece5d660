"""Kinds of mistake the zh/ko partner play (play30b) found, each tried in the four languages with
wordings written for these tests (not the play's own sentences):

- K1: a question (a wish to *know*, a self-introduction before it, whether joining costs a fee,
  whether we know another company's price) opens no inquiry form; a wish to do business does;
- K5: a registration deadline asked is the unpublished-date gap with the event's contact, never
  the sign-up gap ("I can't sign you up");
- K3: prize money asked with a price word is no price template, and an incentive in focus is no
  subject of prizes (nor does the incentives FAQ answer "yes");
- K4: Hong Kong 推介 (recommend) is no pitch event, 拍摄场地 is the sets; 로코 is romance, and
  a pick and "몇화임" work after it;
- K7: "may we use AI tools?" gets what the AI FAQ says, without a "yes" the files do not say.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from intents.lexicon import gap_topic
from tests.dialogue import console, talk
from tests.dialogue import globs as glob

GAP = "gap:*"


# -- K1: questions open no form ---------------------------------------------------------------------
QUESTIONS = [
    "Hi, we're a Nairobi distribution company. We'd like to know when the festival opens.",
    "We are a production company; I wanted to ask what sets you have for a palace drama",
    "do we need to pay a membership fee to join the alliance?",
    "Do you know what other studios quote for a week of shooting?",
    "Somos una distribuidora de Lima, queremos saber qué títulos de comedia tienen",
    "¿sabes cuánto cobran otros estudios por rodar 5 días?",
    "我们是深圳一家做海外发行的公司，想了解一下联盟有哪些活动",
    "想问一下，加入联盟需要交费吗？",
    "你知道别的基地拍摄报价大概多少吗",
    "我們是高雄的片商，想知道片單裡有沒有懸疑劇",
    "저희는 부산의 제작사입니다. 촬영 세트가 어떤 게 있는지 알고 싶어요",
    "연맹 들어가려면 가입비 내야 돼요?",
    "다른 스튜디오 촬영 견적 혹시 아세요?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_opens_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("We're a distributor in Kenya and we want to distribute your dramas", "distribute"),
    ("we'd like to propose a co-production with you", "coproduce"),
    ("Somos una productora y queremos coproducir una serie con ustedes", "coproduce"),
    ("我们是广州的发行公司，想在东南亚发行你们的短剧", "distribute"),
    ("想了解一下流程，我们希望和你们合拍一部悬疑剧", "coproduce"),
    ("저희는 배급사인데 이 작품들을 배급하고 싶습니다", "distribute"),
    ("我们想入盟", "join_alliance"),
])
def test_a_wish_to_do_business_still_opens_it(text: str, kind: str) -> None:
    assert wants_inquiry(text) == kind


@pytest.mark.parametrize(("lang", "question", "then"), [
    ("en", "Hello, we're a Madrid producer, we'd like to know when the film festival is", "ok"),
    ("zh", "我们是杭州一家发行公司，想问下电影节哪天开？", "好的"),
    ("ko", "저희는 인천 배급사입니다. 영화제 날짜 알고 싶어요", "네"),
])
def test_after_a_question_no_form_takes_the_next_word(services: Services, lang: str, question: str, then: str) -> None:
    session = console(services, lang)
    reply = session.say(question)
    assert session.form is None and reply.answer == "event:hengdian_film_festival#date", reply.answer
    session.say(then)
    assert session.form is None  # "ok" is no company name, and no form nags after it


# -- K5: a deadline is a date not published ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "tell me about the global talent info session", "until when can we register for it?"),
    ("es", "háblame del casting de actores extranjeros", "¿hasta qué fecha nos podemos inscribir?"),
    ("zh", "介绍一下全球人才计划说明会", "报名到几号截止？"),
    ("zh", "介紹一下全球人才計劃說明會", "最晚哪天要報名？"),
    ("ko", "글로벌 인재 프로그램 설명회 알려 주세요", "등록은 며칠까지 해야 돼요?"),
])
def test_a_registration_deadline_is_a_gap_not_a_sign_up(services: Services, lang: str, opening: str, asked: str) -> None:
    reply = talk(services, lang, [(opening, "event:*"), (asked, GAP)], fits=glob)
    assert gap_topic(asked) != "signup"
    assert reply.outcome == "gap"
    assert "event" in (reply.focus or "event") or reply.text  # the event's gap, with its contact


@pytest.mark.parametrize(("lang", "asked"), [
    ("ko", "영화제 참석 신청 마감이 언제예요?"),
    ("zh", "电影节报名最晚什么时候报名？"),
    ("es", "¿cuál es la fecha límite de inscripción al festival?"),
])
def test_a_deadline_named_with_the_event_is_no_sign_up(lang: str, asked: str) -> None:
    assert gap_topic(asked) != "signup"


# -- K3: prizes ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("ko", "영화제 알려 주세요", "우수작 상금은 얼마 정도예요?"),
    ("zh", "介绍下横店影视节", "有冇頒獎禮？"),
    ("zh", "介绍下横店影视节", "颁奖有没有奖金，大概多少钱？"),
    ("en", "tell me about the film festival", "how much is the prize money?"),
])
def test_prize_money_is_no_price_and_no_yes(services: Services, lang: str, opening: str, asked: str) -> None:
    reply = talk(services, lang, [(opening, "event:hengdian_film_festival*"), (asked, GAP)], fits=glob)
    assert gap_topic(asked) != "price"
    assert not reply.text.startswith(("有。", "네", "Yes"))


@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("ko", "세로형 숏드라마 인센티브 알려 주세요", "공모전이나 시상 같은 것도 있어요?"),
    ("zh", "竖屏短剧扶持政策是什么", "有没有颁奖？"),
])
def test_prizes_after_an_incentive_name_no_incentive(services: Services, lang: str, opening: str, asked: str) -> None:
    reply = talk(services, lang, [(opening, ["incentive:*", "faq:incentives", "list:incentives"]), (asked, GAP)], fits=glob)
    assert "인센티브" not in reply.text and "扶持" not in reply.text


# -- K4: regional words ------------------------------------------------------------------------------
@pytest.mark.parametrize("asked", ["有冇古裝場地推介？", "推介下拍攝場地", "有咩場地可以推介俾我哋？"])
def test_hong_kong_recommend_is_no_pitch_event(services: Services, asked: str) -> None:
    reply = talk(services, "zh", [(asked, "*")], fits=glob)
    assert not (reply.answer or "").startswith("event:latam_pitch_day"), reply.answer


def test_a_pitch_event_is_still_the_pitch_event(services: Services) -> None:
    talk(services, "zh", [("拉美推介会在哪里办？", "event:latam_pitch_day_2027*")], fits=glob)


def test_shooting_locations_asked_are_the_sets(services: Services) -> None:
    talk(services, "zh", [("你们有什么拍摄场地？", "list:locations*")], fits=glob)


def test_rom_com_in_korean_is_romance_and_a_pick_follows(services: Services) -> None:
    talk(services, "ko", [("로코 작품 있어요?", "list:works?genre=romance*"), ("세번째꺼요", "work:*"),
                          ("몇화임", "work:*#episodes")], fits=glob)
    talk(services, "ko", [("로코물 추천 좀", "list:works?genre=romance*")], fits=glob)


# -- K7: permission --------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked", "yes"), [
    ("en", "are we allowed to use AI tools in our production?", "Yes"),
    ("ko", "저희 작업에 AI 프로그램 사용해도 괜찮나요?", "네"),
])
def test_may_we_use_ai_gets_no_invented_yes(services: Services, lang: str, asked: str, yes: str) -> None:
    reply = talk(services, lang, [(asked, ["faq:ai_tools", "program:arc_system"])], fits=glob)
    assert not reply.text.startswith(yes), reply.text
    assert "A.R.C" in reply.text


def test_does_the_alliance_use_ai_keeps_its_yes(services: Services) -> None:
    reply = talk(services, "en", [("does the alliance use AI in production?", "faq:ai_tools")], fits=glob)
    assert reply.text.startswith("Yes")

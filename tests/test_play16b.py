"""Kinds found by playing Chinese (Simplified and Traditional) and Korean partners on 2026-12-02
(play16b), in fresh wordings:

- a team's working hours or weekend staffing asked with no team named ("你们几点上班", "is anyone
  there on weekends?", "업무 시간이 어떻게 되나요?") is that of the team in view, else the handoff
  desk, not off-topic;
- a language named as the medium of the partner's own pitch or presentation ("需要用西班牙语
  pitch吗", "영어로 발표해도 되나요?") is no request to switch: the event in focus answers;
- a language switch asked inside a question ("can you also tell me what HISDA is in English?")
  answers that question in the new language, not the last answer again."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,text", [
    ("en", "what are your office hours?"),
    ("en", "is anyone there on weekends?"),
    ("en", "are you open on weekends?"),
    ("es", "¿cuál es su horario de atención?"),
    ("es", "¿atienden los fines de semana?"),
    ("zh", "你们几点上班"),
    ("zh", "工作时间是几点到几点"),
    ("zh", "周末有人吗"),
    ("zh-hant", "你們的辦公時間是？"),
    ("zh-hant", "週末有人嗎"),
    ("ko", "업무 시간이 어떻게 되나요?"),
    ("ko", "주말에도 연락 되나요?"),
])
def test_office_hours_with_no_team_named_are_the_desks(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "contact:*#hours")], fits=fits)


def test_office_hours_after_an_incentive_are_that_teams(services: Services) -> None:
    talk(services, "zh", [("你们有拍戏补贴吗？", "faq:incentives"),
                          ("你们几点上班", "contact:vertical_short_drama_center#hours")])


@pytest.mark.parametrize("text", ["is the open day on a weekend?", "周末的活动有哪些", "is the festival open at the weekend?"])
def test_an_event_on_a_weekend_is_no_office_hours(text: str) -> None:
    assert not lexicon.OFFICE_HOURS.search(lexicon.fold(text))


@pytest.mark.parametrize("lang,event_q,event,medium_q", [
    ("zh", "拉美推介会是什么时候", "latam_pitch_day_2027", "需要用西班牙语pitch吗"),
    ("zh", "中韩对接会什么时候", "korea_matchmaking_2027", "可以用韩语路演吗"),
    ("ko", "피칭 데이 언제예요?", "latam_pitch_day_2027", "영어로 발표해도 되나요?"),
    ("ko", "한중 비즈니스 매칭 언제예요?", "korea_matchmaking_2027", "중국어로 피칭해야 하나요?"),
    ("es", "¿cuándo es la jornada de pitch?", "latam_pitch_day_2027", "¿puedo presentar el proyecto en inglés?"),
    ("en", "when is the pitch day?", "latam_pitch_day_2027", "can we pitch in Chinese?"),
])
def test_the_language_of_a_pitch_is_asked_of_the_event(services: Services, lang: str, event_q: str,
                                                       event: str, medium_q: str) -> None:
    reply = talk(services, lang, [(event_q, f"event:{event}#date"), (medium_q, f"event:{event}")])
    assert lexicon.language_request(medium_q)[0] is None
    assert "I'll answer in" not in reply.text and "te responderé" not in reply.text


@pytest.mark.parametrize("text", ["用英文回答可以吗", "in English please", "영어로 답변해 주세요",
                                  "envíamelo en inglés, es pa mi productor"])
def test_a_plain_request_still_switches(text: str) -> None:
    assert lexicon.language_request(text)[0] is not None


@pytest.mark.parametrize("lang,first,first_key,ask,key,marker", [
    ("es", "hola", "*", "OK thanks, can you also tell me what HISDA is in English?", "program:hisda", "Done"),
    ("es", "hola", "*", "¿me puedes decir en inglés qué es HISDA?", "faq:what_is_hisda", "Done"),  # (fixU20: the FAQ, its card behind a button)
    ("zh", "你好", "*", "请用英文告诉我签约仪式是什么时候", "event:signing_ceremony_2025#date", "Done"),
    ("ko", "안녕하세요", "*", "can you tell me when the film festival is, in English?",
     "event:hengdian_film_festival*", "Hengdian Film Festival"),
])
def test_a_switch_inside_a_question_answers_it(services: Services, lang: str, first: str, first_key: str,
                                               ask: str, key: str, marker: str) -> None:
    reply = talk(services, lang, [(first, first_key), (ask, key)], fits=fits)
    assert marker in reply.text


@pytest.mark.parametrize("lang,text", [
    ("zh", "秘书处怎么联系"),
    ("zh-hant", "好，那你們的秘書處怎麼聯絡？"),
    ("ko", "사무국에 어떻게 연락해요?"),
    ("es", "¿cómo contacto a la secretaría?"),
    ("en", "how do I reach the secretariat?"),
])
def test_how_to_reach_a_named_team_is_its_card(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "contact:hisda_secretariat*")], fits=fits)
    assert "secretariat@hisda.example.com" in reply.text


@pytest.mark.parametrize("lang,text", [
    ("zh", "需要付会员费吗"),
    ("zh", "加入联盟要交会员费吗？"),
    ("ko", "회비 있어요?"),
    ("en", "is there a membership fee?"),
])
def test_a_membership_fee_is_the_secretariats_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:hisda_secretariat")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "AI 툴 쓸 수 있어요?"),
    ("ko", "AI 툴도 지원하나요?"),
    ("ko", "촬영할 때 AI 툴 활용 가능해요?"),
])
def test_a_tool_in_korean_loanword_is_the_ai_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:ai_tools")])


@pytest.mark.parametrize("text", ["降本增效那个是怎么回事", "你们的降本政策是什么", "降本增效具体怎么申请"])
def test_cost_cutting_in_industry_words_is_the_incentive(services: Services, text: str) -> None:
    talk(services, "zh", [(text, "incentive:short_drama_cost_reduction*")], fits=fits)


@pytest.mark.parametrize("lang,first,first_key,ask,name", [
    ("zh-hant", "請問有沒有適合拍宋朝戲的景？", "list:locations?era=song", "清明上河圖那個場景有多大", "清明上河图"),
    ("zh-hant", "廣州街·香港街係咩年代？", "location:guangzhou_hongkong_street*", "廣州街嗰個幾大㗎？", "广州街"),
    ("ko", "진왕궁은 어떤 곳이에요?", "location:qin_palace*", "진왕궁 얼마나 넓어요?", "진왕궁"),
    ("en", "tell me about the virtual production stage", "*", "how big is the virtual production stage?",
     "Virtual production"),
])
def test_a_sets_size_is_an_honest_gap_of_that_set(services: Services, lang: str, first: str, first_key: str,
                                                 ask: str, name: str) -> None:
    reply = talk(services, lang, [(first, first_key), (ask, "gap:international_business")], fits=fits)
    assert name in reply.text


@pytest.mark.parametrize("text", ["how big is the discount?", "折扣有多大", "多大年纪可以报名"])
def test_a_discount_or_an_age_is_no_size(text: str) -> None:
    assert lexicon.gap_topic(text) != "size"


@pytest.mark.parametrize("lang,text", [
    ("zh", "横店影视节什么时候？在哪里？需要门票吗？"),
    ("zh", "我想问三个问题：1. 横店影视节什么时候 2. 在哪里 3. 需要门票吗"),
])
def test_a_short_chinese_question_among_several_is_answered(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "event:hengdian_film_festival*")], fits=fits)
    assert "浙江东阳横店" in reply.text and "2027年10月14日" in reply.text


@pytest.mark.parametrize("lang,text", [
    ("ko", "거기 중국어만 돼요? 영어 통역 있어요?"),
    ("zh", "你们只会说中文吗？有英语翻译吗？"),
    ("ko", "한국어만 돼요? 통역 있나요?"),
    ("en", "is it Chinese only? are there interpreters?"),
])
def test_languages_asked_in_two_questions_are_the_languages_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize("text", ["대구에서 영화 제작하는 사람인데요", "영화제작사입니다", "저희는 영화 제작사예요"])
def test_film_production_in_korean_names_no_festival(services: Services, text: str) -> None:
    assert not any(e.id == "hengdian_film_festival" for e in services.brain.understand(text).entities)


@pytest.mark.parametrize("text", ["영화제는 언제예요?", "헝뎬 영화제 제안서 보내도 돼요?"])
def test_the_festival_in_korean_is_still_found(services: Services, text: str) -> None:
    assert any(e.id == "hengdian_film_festival" for e in services.brain.understand(text).entities)


@pytest.mark.parametrize("text", ["联盟秘书处几点上班？", "사무국 업무 시간이 어떻게 되나요?", "what are the secretariat's office hours?"])
def test_hours_of_a_team_named_are_that_teams(services: Services, text: str) -> None:
    lang = "zh" if "联" in text else ("ko" if "사" in text else "en")
    talk(services, lang, [(text, "contact:hisda_secretariat#hours")])


@pytest.mark.parametrize("text", ["how big is your catalogue overall and what kinds of shows are in it?",
                                  "片单有多大", "你们片库有多大，多少部、什么类型", "카탈로그 규모가 얼마나 돼요?"])
def test_the_catalogues_size_is_no_sets_size(text: str) -> None:
    assert lexicon.gap_topic(text) != "size"


def test_a_forwarded_copy_keeps_no_question() -> None:
    assert lexicon.language_request("mandamelo en ingles que se lo reenvio a mi socio de Sidney") == ("en", "")


@pytest.mark.parametrize("lang,text", [("ko", "거기 몇 시까지 일해?"), ("ko", "몇 시에 퇴근하세요?"), ("zh", "他们几点下班")])
def test_until_when_the_team_works_is_its_hours(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "contact:*#hours")], fits=fits)


@pytest.mark.parametrize("lang,text", [("zh", "當地可以幫忙找群演、租器材、安排翻譯嗎？"),
                                       ("en", "Can you arrange local crew, equipment, interpreters and stay over there?")])
def test_interpreters_among_services_are_the_on_site_services(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])

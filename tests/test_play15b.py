"""Kinds found by playing Chinese and Korean partners on 2026-12-02 (play15b), in fresh wordings:

- a history lesson (a dynasty's fall, an emperor's life, a dynasty's history explained) is
  off-topic though it names a period our sets are tagged with; a period to film stays ours;
- another company's figures (its revenue, its revenue share, its next title, who owns it) are
  off-topic; our own partners stay ours;
- an e-mail, a company profile or a subtitle file of the partner's to translate, or a contract to
  review, is no language switch and no help menu;
- Hong Kong written Chinese (有否, 该作品) asks as plain Chinese does;
- "安排专人跟进" asks for a person;
- "回到中文" switches back;
- "the one after that" after one event answered is the next event in the calendar;
- "LA 시간" is Los Angeles time;
- a short question on another subject right after a list is no narrowing of that list."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import scope
from intents.understand import Understanding
from tests.dialogue import fits, talk

OFF = ["out_of_scope", "fallback"]


@pytest.mark.parametrize("lang,text", [
    ("ko", "고려는 언제 망했어요?"),
    ("ko", "당나라 역사 좀 간단히 설명해 주세요"),
    ("ko", "강희제는 어떤 황제였어요?"),
    ("zh", "明朝是怎么灭亡的"),
    ("zh", "清朝哪一年建立的？"),
    ("zh", "给我讲讲宋朝的历史"),
    ("en", "when did the Qing dynasty fall?"),
])
def test_a_history_lesson_is_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, OFF)])


@pytest.mark.parametrize("lang,text,expect", [
    ("zh", "清朝灭亡前后的戏在哪个景拍", "list:locations?era=qing"),
    ("ko", "명나라 배경 사극 찍을 세트 있어요?", ["list:locations?era=ming", "list:locations?genre=historical"]),
])
def test_a_period_to_film_stays_ours(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text", [
    ("ko", "티빙 작년 영업이익이 얼마예요?"),
    ("ko", "경쟁사 플랫폼 점유율 알 수 있나요?"),
    ("zh", "快手短剧的分成比例是多少"),
    ("zh", "DramaBox是哪家公司的？"),
    ("en", "what's Netflix's revenue from Korean shows?"),
])
def test_another_companys_figures_are_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, OFF)])


def test_our_partner_stays_ours(services: Services) -> None:
    talk(services, "zh", [("ShortMax是做什么的公司", ["partner:shortmax", "partner:shortmax#about"])])


@pytest.mark.parametrize("lang,text", [
    ("ko", "이 메일 내용 영어로 번역 좀 해 주세요"),
    ("ko", "저희 제안서 스페인어로 옮겨 줄 수 있어요?"),
    ("ko", "우리 대본 한번 검토해 줄래요?"),
    ("zh", "能帮我把这段字幕翻译成韩语吗"),
    ("zh", "帮我看一下这份合同有没有问题"),
])
def test_a_paper_of_theirs_is_off_topic(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, OFF)])
    assert reply.answer != "pref:language"


def test_after_an_answer_translate_that_still_switches(services: Services) -> None:
    talk(services, "ko", [("헝뎬 어떻게 가요?", "faq:how_to_reach_hengdian"),
                          ("이거 영어로 번역해 주세요", "faq:how_to_reach_hengdian")])


@pytest.mark.parametrize("lang,turns", [
    ("zh-HK", [("敝司欲了解貴盟片單內有否懸疑題材之作品", "list:works?genre=mystery"),
               ("第二部有幾多集？", "work:*#episodes"),
               ("該作品有否西班牙語版本？", "work:*#languages")]),
    ("zh-HK", [("請問貴盟可否提供拍攝扶持？", ["faq:incentives", "list:incentives"])]),
])
def test_hong_kong_written_chinese(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text", ["烦请贵方安排专人跟进此事", "請安排專人跟進，謝謝", "麻烦安排个负责人跟进一下我们的项目"])
def test_arranging_someone_to_follow_up_hands_off(services: Services, text) -> None:
    talk(services, "zh", [(text, "handoff")])


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("how do we join the alliance? in English please", "faq:join_alliance"),
            ("回到中文，签证怎么办", "faq:visa")]),
    ("ko", [("what sets do you have? answer in English", "list:locations"),
            ("다시 한국어로 부탁해요", "list:locations")]),
])
def test_back_to_the_language(services: Services, lang, turns) -> None:
    reply = talk(services, lang, turns)
    assert reply.lang == lang


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("제일 가까운 행사가 뭐예요?", "event:global_talent_info_session_2026*"),
            ("그 다음 건요?", "event:latam_pitch_day_2027*")]),
    ("zh", [("下一场活动在什么时候", "event:global_talent_info_session_2026*"),
            ("后面那个呢", "event:latam_pitch_day_2027*")]),
    ("en", [("when's your next event?", "event:global_talent_info_session_2026*"),
            ("and the one after that?", "event:latam_pitch_day_2027*")]),
])
def test_the_event_after_the_one_answered(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,text,said", [
    ("ko", "한중 매칭 행사 몇 시에 해요? LA 시간 기준으로요", "로스앤젤레스"),
    ("en", "what time is the open day in LA time?", "Los Angeles"),
    ("zh", "开放日几点开始？我们在LA，换算成LA时间", "洛杉矶"),
])
def test_la_is_los_angeles(services: Services, lang, text, said) -> None:
    reply = talk(services, lang, [(text, ["event:korea_matchmaking_2027#date", "event:virtual_stage_open_day_2027#date",
                                          "event:korea_matchmaking_2027", "event:virtual_stage_open_day_2027"])])
    assert said in reply.text


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("코미디 작품 뭐 있어요?", "list:works?genre=comedy"), ("헝뎬 가는 길", "faq:how_to_reach_hengdian")]),
    ("ko", [("로맨스 작품 있어요?", "list:works?genre=romance"), ("헝뎬 찾아가는 법", "faq:how_to_reach_hengdian")]),
    ("zh", [("有哪些悬疑剧", "list:works?genre=mystery"), ("横店怎么去", "faq:how_to_reach_hengdian")]),
])
def test_another_subject_after_a_list(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


def test_the_gate_reads_a_dynasty_to_film_as_ours() -> None:
    u = Understanding(text="明朝灭亡那段历史剧能在哪拍", written="zh", intent="ask_locations", confidence=0.9, fallback=False)
    assert not scope.not_ours(u)
    assert scope.not_ours(Understanding(text="明朝灭亡的原因是什么", written="zh", intent="ask_locations", confidence=0.9, fallback=False))


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("로맨스 작품 뭐 있어요?", "list:works?genre=romance"), ("첫 번째 거요", "work:*"),
            ("해당 작품 공동제작 조건이 어떻게 되나요?", "work:*#coproduction")]),
    ("zh", [("有哪些喜剧", "list:works?genre=comedy"), ("第二部", "work:*"),
            # how to go about it is the co-production FAQ's procedure (k20b; blind sets 16 and 18)
            ("这部剧想合拍的话怎么谈", "faq:coproduce_catalog_title")]),
])
def test_co_producing_the_title_pointed_back_to(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text", ["담당자님과 미팅 잡고 싶습니다", "관계자분과 면담을 요청드립니다", "책임자분과 직접 대면 미팅 가능할까요?"])
def test_a_meeting_with_the_person_in_charge_hands_off(services: Services, text) -> None:
    talk(services, "ko", [(text, "handoff")])


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("세로 드라마 촬영 시 비용 절감 혜택이 있는지요?", "faq:incentives"),
            ("신청은 어디로 하나요?", "incentive:short_drama_cost_reduction#how_to_apply")]),
])
def test_a_cost_reduction_benefit_is_the_incentive(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("청나라 세트 보여 주세요", "list:locations?era=qing"), ("첫 번째요", "location:*"),
            ("거기까지 항저우에서 몇 시간 걸려요?", "faq:how_to_reach_hengdian")]),
    ("zh", [("有哪些民国的景", "list:locations?era=republican"), ("第一个", "location:*"),
            ("从上海过去要几个小时", "faq:how_to_reach_hengdian")]),
])
def test_how_long_the_way_takes_is_the_way_there(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,text", [("zh", "有没有外国街道那种景"), ("ko", "외국 거리 느낌 나는 세트 있어요?")])
def test_a_foreign_street_is_the_western_street(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ["list:locations?scene=western_street", "location:international_sets"])])


def test_sichuan_haojiu_is_when(services: Services) -> None:
    talk(services, "zh", [("全球人才计划说明会是好久嘛", "event:global_talent_info_session_2026#date")])


@pytest.mark.parametrize("lang,text,said", [
    ("ko", "라틴 피칭 데이 몇 시에 시작해요? 서울 기준", "서울"),
    ("zh", "拉美推介会几点开始？按首尔", "首尔"),
])
def test_a_city_in_a_second_part_sets_the_clock(services: Services, lang, text, said) -> None:
    reply = talk(services, lang, [(text, ["event:latam_pitch_day_2027#date", "event:latam_pitch_day_2027"])])
    assert said in reply.text


@pytest.mark.parametrize("lang,text", [
    ("zh", "请把下面这段话翻译成韩文：我们公司专注短剧"),
    ("ko", "아래 문장 중국어로 번역해 주세요: 저희는 숏드라마 제작사입니다"),
    ("en", "translate the following into Spanish: we are a studio in Leeds"),
    ("ko", "왓챠 구독료 얼마예요?"),
    ("zh", "爱奇艺会员一个月多少钱"),
])
def test_their_text_to_translate_or_another_companys_price_is_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, OFF)])


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("합작 파트너를 찾는 작품 있나요?", "list:works?coproduction=seeking_partners")]),
    ("zh", [("片单一共多少部？", "catalog:about"), ("有韩语的吗", "list:works?language=ko")]),
    ("ko", [("카탈로그 전체 몇 편이에요?", "catalog:about"), ("스페인어 버전 있는 것도 있어요?", "list:works?language=es")]),
])
def test_titles_of_a_status_or_language(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,ack", [("zh", "好嘞，明白了"), ("zh", "行，安逸"), ("ko", "네네 알겠습니다"), ("ko", "ㅇㅇ"),
                                      ("en", "okay cool"), ("es", "vale, entendido")])
def test_an_acknowledgement_is_a_friendly_line(services: Services, lang, ack) -> None:
    reply = talk(services, lang, [("when is the virtual stage open day?", "event:virtual_stage_open_day_2027*"),
                                  (ack, "smalltalk:ok")], fits=fits)
    assert not reply.buttons


@pytest.mark.parametrize("lang,text", [("en", "ok, and where is it?"), ("zh", "好的，那在哪里办"), ("ko", "네 근데 장소는요?")])
def test_an_acknowledgement_with_a_question_is_the_question(services: Services, lang, text) -> None:
    talk(services, lang, [("when is the virtual stage open day?", "event:virtual_stage_open_day_2027*"),
                          (text, "event:virtual_stage_open_day_2027#venue")], fits=fits)


@pytest.mark.parametrize("lang,text,said", [
    ("zh", "两个问题：1. 入盟收费吗 2. 虚拟影棚开放日是哪天", ["秘书处", "2027年5月20日"]),
    ("ko", "질문 세 가지요: 1) 가입비 있나요 2) 매칭 행사 어디서 해요 3) 스페인어 배급은 누가 해요", ["사무국", "서울", "Dalynn"]),
    ("en", "two things: 1. is there a joining fee 2. when is the open day", ["Secretariat", "20 May 2027"]),
])
def test_numbered_questions_are_each_answered(services: Services, lang, text, said) -> None:
    reply = talk(services, lang, [(text, ["gap:hisda_secretariat", "faq:join_alliance"])])
    assert all(s in reply.text for s in said), reply.text


def test_a_decimal_is_no_numbered_item() -> None:
    from intents import lexicon
    assert lexicon.split_parts("每集2.5分钟吗") == ["每集2.5分钟吗"]
    assert lexicon.split_parts("quick one: when is the open day?") == ["quick one: when is the open day?"]


@pytest.mark.parametrize("lang,text", [("zh-TW", "外國演員可以來橫店演戲嗎？"), ("zh", "老外演员能去横店拍戏不"),
                                       ("zh", "我们签的外籍演员可以在横店拍吗")])
def test_foreign_actors_coming_to_act_is_the_actors_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("제일 가까운 행사 언제예요?", "event:global_talent_info_session_2026*"),
            ("작년에 열렸던 행사는 뭐가 있었어요?", "list:events?when=past")]),
    ("zh", [("最近的活动是哪天", "event:global_talent_info_session_2026*"), ("去年办过哪些活动？", "list:events?when=past")]),
    ("en", [("when's the next event?", "event:global_talent_info_session_2026*"),
            ("what events did you hold last year?", "list:events?when=past")]),
])
def test_which_events_were_held_after_one_in_focus(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("when's the next event?", "event:global_talent_info_session_2026*"),
            ("was it held last year too?", "event:global_talent_info_session_2026*")]),
])
def test_whether_the_event_in_focus_was_held_stays_its_own(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text", ["这份报价单帮我翻成英文", "這篇新聞稿可以譯成韓文嗎"])
def test_a_paper_by_its_measure_word_is_theirs_to_translate(services: Services, text) -> None:
    reply = talk(services, "zh", [(text, OFF)])
    assert reply.answer != "pref:language"


def test_translating_our_answer_still_switches(services: Services) -> None:
    talk(services, "zh", [("横店怎么去", "faq:how_to_reach_hengdian"), ("把这段翻成英文", "faq:how_to_reach_hengdian")])


def test_gyeongsang_understood_is_an_acknowledgement(services: Services) -> None:
    talk(services, "ko", [("오픈 데이 언제예요", "event:virtual_stage_open_day_2027*"), ("예 알겠심더", "smalltalk:ok")], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("有什么悬疑剧", "list:works?genre=mystery"), ("第二个", "work:work_emperors_clockmaker"),
            ("那边冬天冷不冷？会下雪吗", "gap:international_business")]),
    ("ko", [("Dalynn Studio 담당자 누구예요?", "contact:dalynn_studio*"), ("헝뎬 3월 날씨는 어때요?", "gap:international_business")]),
])
def test_hengdians_weather_is_the_studios_to_tell(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=fits)

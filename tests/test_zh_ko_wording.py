"""Chinese (Simplified and Traditional) and Korean wordings the partner trials of 2026-12-01 (sets
5-7) missed, asked in fresh words of our own: an off-topic question that shares one word with
our subjects (a town on the way to Hengdian, a film tonight, a spreadsheet "how do I") gets the
out-of-scope answer; whether the international sets are built yet, asked in Traditional or in
Korean, is that set's fact; becoming a member in 挂牌 / 会员单位 / 멤버 될 / 들어갈라 wording is the
membership FAQ; a title typed without its article is that title; working languages on set and
interpreters are the languages FAQ."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.nlu.language import detect
from tests.dialogue import talk


@pytest.mark.parametrize("lang,say", [
    ("zh", "东阳的菜市场几点开门"),
    ("zh", "周五晚上去电影院看啥片子好"),
    ("zh", "晚上无聊，有啥好看的电影推荐不"),
    ("ko", "파워포인트에서 애니메이션 효과 어떻게 넣는겨"),
    ("ko", "오늘 밤 극장에서 볼 만한 영화 있을까유"),
])
def test_off_topic_sharing_one_word_with_us_gets_the_out_of_scope_answer(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["out_of_scope", "fallback"])])


@pytest.mark.parametrize("lang,say", [
    ("zh", "國際場景蓋好了沒？"),
    ("zh", "海外场景完工了吗"),
    ("zh", "國際外景現在投入使用了嗎"),
    ("ko", "해외 세트 벌써 개장했어요?"),
    ("ko", "해외 배경 세트는 오픈됐나요"),
])
def test_whether_the_international_sets_are_built_is_their_fact(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "location:international_sets#built")])


@pytest.mark.parametrize("lang,say", [
    ("zh", "我们工作室也想当联盟的会员单位，怎么弄"),
    ("zh", "想加入你们联盟，在哪报名"),
    ("zh", "我們公司想掛個理事單位的牌子，要走什麼流程"),
    ("ko", "HISDA 회원 될라믄 우째 해야 되노"),
    ("ko", "저희도 연맹에 들어가고 싶은데 절차가 어떻게 되나요?"),
    ("ko", "우리 팀도 연맹 멤버 될 수 있어요?"),
])
def test_becoming_a_member_is_the_membership_faq(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:join_alliance")])


@pytest.mark.parametrize("lang,say,expected", [
    ("ko", "Twelfth Bronze 몇 부작이에요?", "work:work_twelfth_bronze#episodes"),
    ("ko", "Kitchen God Quits 장르가 뭐노", "work:work_kitchen_god_quits#genres"),
    ("zh", "Emperor's Clockmaker 是什么类型的", "work:work_emperors_clockmaker#genres"),
])
def test_a_title_typed_without_its_article_is_that_title(services: Services, lang: str, say: str, expected: str) -> None:
    reply = talk(services, lang, [(say, expected)])
    assert reply.lang == lang  # a Korean or Chinese sentence around an English title is answered in it


@pytest.mark.parametrize("text,lang", [
    ("Garden Beneath the Code 장르가 뭐예요", "ko"),
    ("Ancestral Hall 누가 담당해요?", "ko"),
    ("can we film at the 진왕궁 next month", "en"),
    ("when is 라틴 영화의 밤 this year", "en"),
])
def test_korean_endings_around_an_english_title_make_the_message_korean(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("lang,say", [
    ("zh", "拍摄时用什么语言沟通，要带翻译吗"),
    ("zh", "我们演员不会说中文，现场有没有翻译"),
    ("ko", "현장에서 어떤 언어로 작업해요? 통역이 있나요?"),
    ("ko", "우리 배우들 중국어 모르는데 괜찮을까요"),
])
def test_working_languages_and_interpreters_are_the_languages_faq(services: Services, lang: str, say: str) -> None:
    # (an interpreter wanted on set is answered by the on-site services that arrange one, since
    # round 31 — answers77 takes either)
    talk(services, lang, [(say, ["faq:languages", "incentive:on_site_services"])])


@pytest.mark.parametrize("lang,say", [
    ("zh", "把这句话翻译成法语"),
    ("ko", "이 문장 일본어로 번역해 줘"),
])
def test_translating_a_phrase_is_no_languages_question(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["out_of_scope", "fallback"])])


@pytest.mark.parametrize("lang,say", [
    ("ko", "숏폼 드라마 찍는 팀은 돈 좀 아낄 수 있어요?"),
    ("ko", "세로 숏폼 헝뎬서 찍으면 돈 아껴 주는 거 있나"),
])
def test_short_form_and_saving_money_are_the_incentives(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, ["faq:incentives", "incentive:short_drama_cost_reduction"])])


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("SF 작품 뭐뭐 있어요?", "list:works?genre=sci_fi"), ("두 번째 거 보여줘", "work:work_ghost_in_the_volume"),
            ("이거 촬영 어디까지 됐어요?", "work:work_ghost_in_the_volume#coproduction")]),
    ("zh", [("科幻片有哪些", "list:works?genre=sci_fi"), ("第二个", "work:work_ghost_in_the_volume"),
            ("这部做到哪一步了", "work:work_ghost_in_the_volume#coproduction")]),
    ("ko", [("SF 작품 뭐뭐 있어요?", "list:works?genre=sci_fi"), ("두 번째 거 보여줘", "work:work_ghost_in_the_volume"),
            ("근데 거기선 AI로 대본도 쓰나?", ["faq:ai_tools", "program:arc_system"])]),
    ("zh", [("科幻片有哪些", "list:works?genre=sci_fi"), ("第二个", "work:work_ghost_in_the_volume"),
            ("对了，你们那边拍剧也用AI写剧本吗", ["faq:ai_tools", "program:arc_system"])]),
])
def test_after_a_title_progress_is_its_stage_and_ai_there_is_the_studio(
        services: Services, lang: str, turns: list[tuple[str, str | list[str]]]) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,say,expected", [
    ("ko", "웃기는 작품 뭐 있어요?", "list:works?genre=comedy"),
    ("ko", "3개의 1 비전이 정확히 뭐예요", "program:three_ones_vision"),
    ("ko", "촬영 지원 요청은 어케 넣어요?", ["incentive:shoot_request_procedure", "incentive:shoot_request_procedure#how_to_apply"]),
    ("zh", "你看得懂繁体吗，还是只能打简体", "faq:languages"),
    ("zh", "呢个bot识唔识睇英文㗎？", "faq:languages"),
    ("ko", "이 챗봇 스페인어도 알아들어요?", "faq:languages"),
])
def test_korean_and_cantonese_wordings_of_a_genre_a_programme_a_procedure_and_languages(
        services: Services, lang: str, say: str, expected: str | list[str]) -> None:
    talk(services, lang, [(say, expected)])


@pytest.mark.parametrize("lang,say", [("zh", "能用英语回答吗"), ("ko", "영어로 보내줘")])
def test_a_request_for_another_reply_language_stays_a_language_switch(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "pref:language")])


@pytest.mark.parametrize("lang,say,expected", [
    ("zh", "侬好，阿拉想问下拉丁电影之夜啥辰光办", ["event:latin_film_night#date", "event:latin_film_night_2027#date"]),
    ("zh", "联盟秘书处邮箱有伐", "contact:hisda_secretariat#email"),
    ("zh", "秦王宫在哪点", "location:qin_palace#address"),
    ("ko", "라틴 영화의 밤 어데서 하노", ["event:latin_film_night#venue", "event:latin_film_night_2027#venue"]),
    ("ko", "우리도 연맹 들어갈라 카는데 우째 하노", "faq:join_alliance"),
    ("ko", "Reel-K 매칭 행사는 어디우꽈", "event:korea_matchmaking_2027#venue"),
])
def test_shanghai_chongqing_gyeongsang_and_jeju_words(services: Services, lang: str, say: str,
                                                       expected: str | list[str]) -> None:
    talk(services, lang, [(say, expected)])

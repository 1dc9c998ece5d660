"""Chinese and Korean kinds of mistake found in answers19 (a read set), each tried with wordings
written for these tests (外贸腔, 老干部体, 小红书体, Traditional Chinese; 하십시오체, 하오체, ㅋㅋ/ㅠㅠ):

- a position said as a number ("4号那部", "三号那个") or counted from the end ("倒数第二部",
  "뒤에서 두 번째", "끝에서 2번째", "맨 끝에 거") picks from the last list;
- the e-mail or a person asked right after one of the Alliance's programmes ("三个一", the talent
  programme) is the HISDA secretariat's, not the programme's card again nor International Business;
- how the catalog is made up ("카탈로그 구성이 어떻게 짜여 있나요", "片单整体构成") is its overview,
  not the co-production FAQ;
- a lesson asked in one long word none of our texts uses ("종합소득세 신고하는 법 알려주십시오",
  "教一下年终奖个税咋算") is off topic, not "what can you do";
- the alliance called a coalition ("그 연합체") or the company's name put on its roll ("이름
  올리다", "挂名") asks how to join.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

OOS = ("out_of_scope", "fallback", "gap:*")


# -- a position by number or from the end ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("爱情类的有哪些😍", "list:works?genre=romance"), ("3号那部讲啥呀", "work:work_half_a_teahouse#logline"),
            ("倒数第二部呢", "work:work_ten_days_in_october*")]),
    ("zh", [("請列出懸疑類作品", "list:works?genre=mystery"), ("倒數第二部是什麼類型", "work:work_vanished_on_live#genres")]),
    ("ko", [("코미디 작품 리스트 주십시오", "list:works?genre=comedy"),
            ("뒤에서 두 번째 작품은 몇 부작입니까?", "work:work_son_in_law_from_seoul#episodes")]),
    ("ko", [("청나라 세트 어디어디 있소?", "list:locations?era=qing"),
            ("맨 끝에 거 주소 좀 주시오", "location:yuanming_new_garden#address")]),
    ("ko", [("sci-fi 작품 뭐 있어요?", "list:works?genre=sci_fi"), ("4번 꺼 줄거리요ㅋㅋ", "work:work_grandma_2_0#logline"),
            ("끝에서 2번째는요?", "work:work_garden_beneath_the_code*")]),
])
def test_a_position_by_number_or_from_the_end_picks_from_the_last_list(
        services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns, fits)


# -- the contact of an Alliance programme ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "program", "expect", "mail"), [
    ("zh", "請問「三個一」是什麼", "program:three_ones_vision", "郵箱發給誰"),
    ("zh", "全球人才计划是干嘛的呀✨", "program:global_talent_program", "联系谁呀 邮箱给一个"),
    ("ko", "글로벌 인재 프로그램이 뭐예요?", "program:global_talent_program", "메일 주소는요?"),
])
def test_the_email_after_an_alliance_programme_is_the_secretariats(
        services: Services, lang: str, program: str, expect: str, mail: str) -> None:
    talk(services, lang, [(program, expect), (mail, "contact:hisda_secretariat*")], fits)


def test_a_person_asked_after_an_alliance_programme_is_the_secretariat(services: Services) -> None:
    reply = talk(services, "ko", [("글로벌 인재 프로그램이 뭐예요?", "program:global_talent_program"),
                                  ("담당자 연결해 주세요", "handoff")])
    assert "secretariat@hisda.example.com" in reply.text


# -- the catalog's make-up ------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("ko", "2026 카탈로그 구성이 어떻게 짜여 있나요?"),
    ("ko", "2025 숏드라마 카탈로그 전체 구성이 어떻게 되나요"),
    ("zh", "請簡要介紹貴方片單的整體構成"),
    ("zh", "片单构成给我康康呗👀"),
])
def test_the_catalogs_make_up_is_its_overview(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["catalog:about", "list:works"])])


def test_co_producing_a_catalog_title_stays_its_faq(services: Services) -> None:
    talk(services, "ko", [("카탈로그 작품 공동제작 가능한가요?", "faq:coproduce_catalog_title")])


# -- a lesson in another subject ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("ko", "종합소득세 신고하는 법 알려주십시오"),
    ("ko", "양도소득세 계산하는 법 좀 알려줘요 ㅠㅠ"),
    ("zh", "教一下年终奖个税咋算"),
])
def test_a_lesson_in_another_subject_is_off_topic(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, OOS)], fits)


@pytest.mark.parametrize(("lang", "said"), [("ko", "이 봇 사용법 알려주세요"), ("zh", "教我怎么用这个机器人")])
def test_help_with_the_bot_stays_help(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "smalltalk:help")])


# -- joining, in other words ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("ko", "우리 미술팀 회사도 그 연합체에 가입할 수 있소?"),
    ("ko", "HISDA에 회사명 올리려면 뭐부터 해야돼요ㅋㅋ"),
    ("zh", "本公司擬於聯盟掛名，煩請告知流程"),
    ("zh", "我们工作室也想在联盟里挂个名，咋整"),
])
def test_the_name_on_the_alliances_roll_asks_how_to_join(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:join_alliance")])


# -- a minimum guarantee asked --------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "mg", "said"), [
    ("zh", "亲，爱情剧有哪些给我看看", "第二部的保底大概多少钱", "保底金额"),
    ("ko", "로맨스 작품 보여주십시오", "두 번째 작품 MG는 얼마 정도입니까?", "최소 보장금"),
])
def test_a_minimum_guarantee_is_said_as_unpublished_deal_terms(
        services: Services, lang: str, listed: str, mg: str, said: str) -> None:
    reply = talk(services, lang, [(listed, "list:works?genre=romance"), (mg, "gap:*")], fits)
    assert said in reply.text

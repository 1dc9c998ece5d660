"""What HISDA is for, joining it, a contact's asked field, a person asked for in a follow-up (fixA9):

- what the alliance is *for* or whether it is worth it ("what's it actually for?", "pa qué sirve",
  "有啥用", "뭐가 좋") is what HISDA is, not the partner list;
- a company asking what it takes to be let in, in slang or dialect ("be let into", "nos dejarían
  entrar en vuestro club", "colarnos", "우리 회사는 어떻게 들어간당가요") is the membership FAQ;
- "open till", "how late … open" of a team is its hours; "电话几号" is its phone, not a date;
- a call or a group chat asked of the team just spoken of ("请那个中心的人打给我", "나한테 전화 한 통
  줄 수", "帮我跟他们拉个群") is a hand-off;
- a place said only of the writer ("我在新加坡做短剧发行") is no filter of the members asked;
- an e-mail asked after what something is ("q es HISDA? tienen un correo?") is a question of its
  own; a short "what are the steps?" after the membership answer adds no other FAQ.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.handoff_words import asks_for_person, asks_to_connect
from tests.dialogue import talk_patterns as talk

WHAT_IS = ["faq:what_is_hisda", "program:hisda*"]


@pytest.mark.parametrize("lang,say", [
    ("en", "this alliance of yours — what's it even for? is it worth joining?"),
    ("en", "ok but what good is the alliance to a tiny studio like ours?"),
    ("es", "¿y la alianza esa pa qué sirve, vale la pena?"),
    ("zh", "这个联盟对我们有啥用？值得花时间吗"),
])
def test_what_the_alliance_is_for(services: Services, lang, say) -> None:
    talk(services, lang, [(say, WHAT_IS)])


@pytest.mark.parametrize("lang,say", [
    ("en", "what would it take for our little studio to get let into the alliance?"),
    ("es", "somos una productora chiquita, ¿nos dejarían entrar en vuestro club y qué piden?"),
    ("es", "oye, ¿y pa colarnos con la productora ahí dentro qué pasos hay?"),
    ("ko", "저희 작은 제작사는 어떻게 들어간당가요?"),
])
def test_a_company_let_in_is_the_membership_procedure(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:join_alliance")])


def test_let_into_a_set_is_no_joining() -> None:
    from core.text import fold
    from intents.router import admission_asked
    assert admission_asked(fold("what paperwork does our company need to be let into this alliance?"))
    assert not admission_asked(fold("what paperwork for our crew to get let into the palace set?"))


@pytest.mark.parametrize("text,fact", [
    ("wat time does the international business department open till", "hours"),
    ("how late is the secretariat open?", "hours"),
    ("is the secretariat open until 7?", "hours"),
    ("is the qin palace set open yet?", "built"),
    ("说明会是几号？", "date"),
])
def test_open_till_is_the_hours(text, fact) -> None:
    assert lexicon.fact_asked(text) == fact


@pytest.mark.parametrize("lang,say,expect", [
    ("en", "what time does the vertical short drama centre stay open till?", "contact:vertical_short_drama_center#hours"),
    ("zh", "秘书处电话几号啊", "contact:hisda_secretariat#phone"),
    ("zh", "秘書處的電話是幾號？", "contact:hisda_secretariat#phone"),
])
def test_a_contact_field_asked(services: Services, lang, say, expect) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize("text", [
    "麻烦让秘书处那边打给我们",
    "能不能请那个工作室的人打个电话给我",
    "센터 담당자가 나한테 전화 한 통 줄 수 있어?",
    "사무국 사람이 우리한테 연락 좀 해 줄 수 있나요?",
])
def test_a_call_asked_is_a_person(text) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text,connect", [
    ("行，给我们建个群吧", True),
    ("跟那边拉个微信群聊聊", True),
    ("我们拉群了吗", False),
])
def test_a_group_chat_is_put_through(text, connect) -> None:
    assert asks_to_connect(text) is connect


@pytest.mark.parametrize("lang,first,then", [
    ("zh", "怎么申请拍摄支持？", "可以让那个中心的人打给我吗？"),
    ("ko", "촬영 지원은 어떻게 신청해요?", "그 센터 분이 나한테 전화 한 통 줄 수 있어요?"),
])
def test_a_call_from_the_team_in_focus_is_a_handoff(services: Services, lang, first, then) -> None:
    talk(services, lang, [(first, "incentive:shoot_request_procedure*"), (then, "handoff*")])


def test_the_writers_city_is_no_filter_of_members(services: Services) -> None:
    reply = talk(services, "zh", [("你好，我在曼谷做短剧发行。联盟现在有哪些成员单位？", "list:partners*")])
    assert "country=" not in (reply.answer or "")


def test_companies_worked_with_are_the_partners(services: Services) -> None:
    talk(services, "zh", [("和你们合作的都是哪些公司", "list:partners*")])


@pytest.mark.parametrize("text", ["q es la HISDA? tienen un correo?", "HISDA是什么？有邮箱吗？"])
def test_an_email_after_what_it_is_is_its_own_part(text) -> None:
    assert len(lexicon.split_parts(text)) == 2
    assert len(lexicon.split_parts("who handles the talent program? need an email")) == 1


def test_what_it_is_and_its_email_both_answered(services: Services) -> None:
    reply = talk(services, "es", [("buenas, q es la HISDA exactamente? tienen correo de contacto?", WHAT_IS)])
    assert "secretariat@hisda.example.com" in reply.text
    assert "HISDA" in reply.text.split("secretariat@")[0]


def test_the_steps_after_joining_add_no_catalog(services: Services) -> None:
    reply = talk(services, "en", [("can a Brazilian company join HISDA? what are the steps?", "faq:join_alliance")])
    assert "catalog" not in reply.text.lower()


def test_whom_to_write_after_an_incentive(services: Services) -> None:
    talk(services, "es", [("¿Cómo se pide apoyo para el rodaje?", "incentive:shoot_request_procedure*"),
                          ("¿a quién hay que mandarle eso?", "contact:vertical_short_drama_center*")])

"""Kinds of fixC7 (the alliance and its partners, honest gaps for figures no record holds):

- which companies are in the alliance, joining unsaid, is the partners list, not how to join;
  joining said stays the joining FAQ;
- a figure no record holds is the honest gap (gap:*), not the record's card: a partner's people
  counted (writers, employees), a company's takings asked by the verb, money paid to a
  programme's participants, the deadline to submit to an event ("what's the deadline" asks the
  deadline, not what the event is), the rate of subtitling or dubbing;
- the studio company named by its own name and asked who or what it is: its partner card; a
  grouping of Hengdian's by another word than "alliance" asked who made it: HISDA;
- a place and a kind that narrow the partners to one answer with its card (Reel-K);
- a quote asked for with the way after it is the quote procedure; a team's size beside whom a
  support is for is no sign-up; a distributor named as who would use the sets is the
  sets-for-distribution deal;
- a date asked in one clause with the calendar it is for: the date first, and its key.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

GAP = "gap:unpublished"  # any honest gap fits (`matches`)
PARTNERS = "list:partners"
STUDIO = "partner:hengdian_world_studios"
QUOTE = "incentive:ecosystem_and_costs#how_to_apply"
SHORT_ELIGIBLE = "incentive:short_drama_cost_reduction#eligibility"
SETS_DEAL = "incentive:set_access_partnership"


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("en", "list the member companies of HISDA please", PARTNERS),
    ("es", "¿quiénes son los socios de la alianza?", PARTNERS),
    ("zh", "你们联盟里都有哪些公司？", PARTNERS),
    ("ko", "연맹 회원사 목록 좀 보여줘요", PARTNERS),
    ("en", "how do we become a partner of the alliance", "faq:join_alliance"),
    ("zh", "我们公司想加入联盟，怎么办", "faq:join_alliance"),
])
def test_members_asked_is_the_list_not_joining(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "how many authors does the writers village have?"),
    ("es", "¿cuántos empleados tiene Dalynn Studio?"),
    ("zh", "网络作家村一共有几个签约作者？"),
    ("ko", "작가촌 작가진은 몇 명 정도예요?"),
    ("en", "how much did SpringReel make last year?"),
    ("es", "¿cuánto gana Dalynn Studio al año?"),
    ("zh", "SpringReel去年赚了多少钱？"),
    ("ko", "SpringReel 작년에 얼마 벌었어요?"),
    ("en", "Global Talent Program - do participants get a stipend or allowance?"),
    ("es", "¿dan algo de dinero a los seleccionados del Programa Global de Talento?"),
    ("zh", "参加人才计划的学员有没有津贴？"),
    ("ko", "인재 프로그램 참가자들 체재비 나와요?"),
    ("en", "whats the cutoff date for entries to the hengdian film festival"),
    ("es", "¿cuál es la fecha límite para mandar una obra al Festival de Cine de Hengdian?"),
    ("zh", "横店电影节投稿截止日期是哪天？"),
    ("ko", "헝뎬 영화제 출품 마감일이 언제예요?"),
    ("en", "what's the rate for dubbing into Spanish?"),
    ("es", "¿cuánto cobran por subtitular al inglés cada capítulo?"),
    ("zh", "英文字幕翻译一集收多少钱？"),
    ("ko", "더빙 단가가 어떻게 돼요?"),
])
def test_a_figure_no_record_holds_is_the_honest_gap(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, GAP)])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("en", "who are Hengdian World Studios?", STUDIO),
    ("es", "¿a qué se dedica el Grupo Hengdian?", STUDIO),
    ("zh", "介绍一下横店影视城", STUDIO),
    ("ko", "헝뎬 스튜디오 소개 좀 해 주세요", STUDIO),
    ("en", "who set up the Hengdian association and what does it do?", "program:hisda"),
    ("es", "¿qué es la asociación esa de Hengdian?", "program:hisda"),
    ("zh", "横店那个协会是谁搞起来的？干啥的？", "program:hisda"),
    ("ko", "헝뎬 협의체는 누가 만든 거예요?", "program:hisda"),
])
def test_the_studio_or_the_alliance_asked_who_it_is(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "is there a Korean platform among the partners"),
    ("es", "¿cuál es la plataforma coreana entre sus socios?"),
    ("zh", "合作伙伴里哪个是韩国的短剧平台？"),
    ("ko", "파트너 중에 한국 플랫폼은 어느 회사예요?"),
])
def test_one_partner_of_a_place_and_kind_is_its_card(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "partner:reel_k")])


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("en", "can Hengdian send us a quote for our shoot? how?", QUOTE),
    ("es", "quisiéramos un presupuesto de rodaje de Hengdian, ¿a quién se lo pido?", QUOTE),
    ("zh", "拍摄报价找谁要", QUOTE),
    ("ko", "촬영 견적 요청은 어디로 하나요?", QUOTE),
    ("en", "who qualifies for the short drama cost reductions? we're a vertical team of twelve people", SHORT_ELIGIBLE),
    ("zh", "短剧降本优惠什么样的团队能享受？我们竖屏团队十二个人", SHORT_ELIGIBLE),
    ("ko", "제작비 절감 혜택 대상이 누구예요?", SHORT_ELIGIBLE),
    ("en", "can a distributor get access to Hengdian's sets in some kind of deal?", SETS_DEAL),
    ("es", "¿existe algún convenio para que distribuidores usen los estudios?", SETS_DEAL),
    ("zh", "发行公司能用横店的景吗？有这种合作吗", SETS_DEAL),
    ("ko", "배급 회사도 헝뎬 세트 이용할 수 있는 제도가 있나요?", SETS_DEAL),
])
def test_incentive_asked_in_its_own_words(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "what are the dates of the Hengdian Film Festival? want to block them in my calendar"),
    ("zh", "横店电影节2027具体哪几天？我要记到日历上"),
    ("ko", "헝뎬 영화제 정확한 날짜 알려 주세요, 캘린더에 넣게"),
])
def test_dates_asked_for_the_calendar_say_the_date(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "event:hengdian_film_festival#date")])
    assert "2027" in reply.text


@pytest.mark.parametrize(("lang", "say", "expect"), [
    ("zh", "HISDA秘书处的邮箱是多少", "contact:hisda_secretariat#email"),
    ("es", "¿quién lleva la secretaría de HISDA?", "contact:hisda_secretariat"),
    ("en", "Anything for Latin American producers?", "event:latam_pitch_day_2027"),
    ("es", "somos de Buenos Aires. ¿Hay algo para productores latinoamericanos?", "event:latam_pitch_day_2027"),
    ("zh", "有啥是面向拉美制片人的吗", "event:latam_pitch_day_2027"),
    ("ko", "중남미 제작자를 위한 건 뭐 있어요?", "event:latam_pitch_day_2027"),
])
def test_the_secretariat_and_latin_american_makers(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])


def test_chat_shorthand_and_joins_two_questions(services: Services) -> None:
    reply = talk(services, "en", [("wats HISDA exactly n how do we join", ["program:hisda", "faq:what_is_hisda"])])
    assert "Secretariat" in reply.text  # the joining part answered too

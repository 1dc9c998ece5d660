"""play15 leftovers (fixC12): what partners still got wrong through Telegram, each kind in
en/es/zh/ko with sentences of our own (none of the evaluation sets').

- A wish or plan to SHOOT a drama of a genre ("we're gonna film a kungfu mini series out there",
  "la idea es rodar una serie de misterio", "下半年准备去那边拍一部悬疑剧", "미스터리 드라마를 헝뎬에서
  촬영할 예정입니다") is the sets for that genre; a "do you have / any" ask of the genre said with it
  ("有没有科幻的 我们也想拍") is still the catalogue's titles."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "we're gonna film a kungfu mini series out there next summer", "wuxia"),
    ("en", "my crew is planning to shoot a romance micro drama in hengdian", "romance"),
    ("en", "thinking of shooting a sci-fi short series in China in spring", "sci_fi"),
    ("en", "we'd love to shoot a mystery vertical drama at your studios", "mystery"),
    ("es", "vamos a filmar una serie corta de ciencia ficción en Hengdian", "sci_fi"),
    ("es", "estamos pensando grabar un drama romántico allá en China", "romance"),
    ("es", "la idea es rodar una serie de misterio en sus estudios el año que viene", "mystery"),
    ("es", "queremos grabar una serie de kung-fu, somos de Lima", "wuxia"),
    ("zh", "我们打算明年去横店拍个科幻短剧", "sci_fi"),
    ("zh", "下半年准备去那边拍一部悬疑剧", "mystery"),
    ("zh", "我們想去橫店拍武俠劇", "wuxia"),
    ("zh", "公司计划在横店拍爱情短剧", "romance"),
    ("ko", "내년에 헝뎬에서 무협 드라마 촬영하려고 합니다", "wuxia"),
    ("ko", "저희가 로맨스 숏드라마를 찍을 계획이에요", "romance"),
    ("ko", "미스터리 드라마를 헝뎬에서 촬영할 예정입니다", "mystery"),
    ("ko", "무협숏드라마찍으려고함", "wuxia"),
])
def test_a_genre_to_shoot_is_the_sets_for_it(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:locations?genre={genre}")])


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "do you guys have any romance shows? we plan to shoot one too", "romance"),
    ("en", "got any kung fu stuff? we're going to film fights", "wuxia"),
    ("es", "¿hay algo de ciencia ficción? queremos grabar algo así", "sci_fi"),
    ("es", "¿tienen series de misterio? pensamos rodar una", "mystery"),
    ("zh", "有没有科幻的 我们也想拍", "sci_fi"),
    ("zh", "你们有爱情剧吗？我们打算拍一部", "romance"),
    ("ko", "SF 작품 있나요? 저희도 찍고 싶어서요", "sci_fi"),
    ("ko", "로맨스 드라마 있어요? 저희도 촬영하려고 해서요", "romance"),
])
def test_a_have_any_ask_beside_a_shoot_stays_the_titles(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:works?genre={genre}")])


# Who handles the catalogue's licensing or distribution rights, with no title and no "how" asked:
# the team's card first (International Business), not the catalogue FAQ, the rights-terms gap or
# the Spanish-language distributor's profile (a Spanish-speaking market said keeps its FAQ, which names Dalynn).
@pytest.mark.parametrize("lang,text", [
    ("en", "who's responsible for licensing your shows?"),
    ("en", "who looks after distribution rights on your end?"),
    ("en", "which department handles title licensing?"),
    ("en", "who's the right person for licensing deals?"),
    ("es", "¿quién lleva el tema de licencias?"),
    ("es", "¿quién es el responsable de los derechos de sus series?"),
    ("es", "quien maneja los derechos de distribucion"),
    ("es", "quién es la persona indicada para licenciar sus series?"),
    ("zh", "版权授权归谁管？"),
    ("zh", "发行权这块谁负责"),
    ("zh", "授權的事由誰負責"),
    ("ko", "배급권 담당은 누구예요?"),
    ("ko", "어느 부서가 판권을 담당하나요?"),
    ("ko", "라이센스 관련 책임자가 누구죠"),
])
def test_who_handles_licensing_is_the_team_first(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "contact:international_business#role")])


@pytest.mark.parametrize("lang,text,team", [
    ("en", "who takes care of membership?", "hisda_secretariat"),
    ("es", "¿quién se encarga de la membresía?", "hisda_secretariat"),
])
def test_who_handles_a_subject_is_its_team(services: Services, lang, text, team) -> None:
    talk(services, lang, [(text, f"contact:{team}#role")])


# A title's story asked with the catalogue named between, or in the words of kin ("grandmothers",
# "abuelas", "外婆" for a logline's "奶奶", "할머니 이야기"): the titles that tell of it, not the
# catalogue's card nor "no title about '于外婆'".
@pytest.mark.parametrize("lang,text", [
    ("en", "got anything in your catalogue about grannies?"),
    ("en", "any titles about grandmothers?"),
    ("es", "¿algo en su catálogo sobre abuelitas?"),
    ("es", "¿tienen obras sobre abuelas?"),
    ("zh", "片单里有讲姥姥的吗"),
    ("zh", "有没有关于祖母的剧"),
    ("ko", "카탈로그에 외할머니 이야기 있어요?"),
    ("ko", "할머니가 나오는 드라마 있나요?"),
])
def test_a_story_of_kin_is_the_titles_that_tell_it(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, ["list:works", "work:work_grandma_2_0"])])
    assert reply.answer != "catalog:about#no_story"


# "What time do you open?" with no office or place said: the team's hours, not out of scope.
@pytest.mark.parametrize("lang,text", [
    ("es", "¿a qué hora cierran hoy?"),
    ("es", "oigan, ¿a qué hora abren el lunes?"),
    ("en", "what time do u open?"),
    ("zh", "你们几点关门？"),
    ("ko", "언제 문 열어요?"),
])
def test_what_time_you_open_is_the_office_hours(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "contact:international_business#hours")])


def test_a_place_opening_is_not_the_office(services: Services) -> None:
    reply = talk(services, "es", [("¿a qué hora abren los sets?", ["list:locations", "list:locations?*", "faq:*", "gap:*"])],
                 fits=lambda expect, got: not (got or "").startswith("contact:"))
    assert reply.answer is not None


# Whether actors of a nationality HAVE worked there: who has is not recorded, said first, then the
# foreign-actors FAQ; never its bare "Yes.".
@pytest.mark.parametrize("lang,text,lead", [
    ("en", "did any ghanaian actors work in hengdian before?", "Who has worked at Hengdian before isn't recorded"),
    ("en", "have brazilian actresses ever acted over there?", "Who has worked at Hengdian before isn't recorded"),
    ("es", "¿alguna vez actrices argentinas trabajaron en Hengdian?", "Nuestra información no registra"),
    ("es", "¿han actuado allá actores mexicanos?", "Nuestra información no registra"),
    ("zh", "以前有没有巴西演员在横店演过戏？", "我们的资料里没有记录"),
    ("zh", "有肯尼亚演员在那边拍过戏吗", "我们的资料里没有记录"),
    ("ko", "브라질 배우들이 헝뎬에서 연기한 적 있나요?", "헝뎬에서 어떤 배우들이 일했는지는"),
    ("ko", "케냐 배우가 거기서 활동한 적 있어요?", "헝뎬에서 어떤 배우들이 일했는지는"),
])
def test_actors_who_worked_there_before_are_not_recorded(services: Services, lang, text, lead) -> None:
    reply = talk(services, lang, [(text, "faq:foreign_actors")])
    assert reply.text.startswith(lead)


# A programme asked whether it takes people of a place or from abroad: nothing published rules
# them out (eligibility unpublished), then the way in (its intake session), not its card alone.
@pytest.mark.parametrize("lang,text,said", [
    ("en", "is the global talent program open to Peruvians?", "Nothing published rules out people from Peru"),
    ("en", "can foreigners apply to the talent program?", "Nothing published rules out participants from abroad"),
    ("es", "¿un chileno puede participar en el programa global de talento?", "Nada de lo publicado excluye a personas de Chile"),
    ("es", "¿el programa de talentos acepta extranjeros?", "Nada de lo publicado excluye a participantes extranjeros"),
    ("zh", "全球人才计划对墨西哥人开放吗", "公开资料中没有限制来自墨西哥的人参加"),
    ("zh", "人才计划接受外国人吗？", "公开资料中没有限制外国人参加"),
    ("ko", "글로벌 인재 프로그램에 칠레 사람도 지원할 수 있나요?", "칠레 출신을 제한하는 내용이 없습니다"),
    ("ko", "인재 프로그램 외국인도 참여 가능해요?", "외국인 참가를 제한하는 내용이 없습니다"),
])
def test_a_programme_open_to_a_place_is_the_eligibility_first(services: Services, lang, text, said) -> None:
    reply = talk(services, lang, [(text, "program:global_talent_program")])
    assert said in reply.text.split("\n")[0], reply.text[:120]


# One event to camp for soon, asked in Chinese as "any event lately worth waiting for" (蹲, 冲): the
# next one, so "online or on site?" is asked of it ("any events to attend lately?" stays the list).
@pytest.mark.parametrize("text", ["近期有什么活动值得蹲一蹲？", "最近有没有活动可以冲一下"])
def test_an_event_to_go_to_soon_is_the_next_one(services: Services, text) -> None:
    talk(services, "zh", [(text, "event:global_talent_info_session_2026"),
                          ("线上的还是线下的？", "event:global_talent_info_session_2026#venue")])


def test_events_to_attend_lately_stay_the_list(services: Services) -> None:
    talk(services, "zh", [("近期有什么活动可以参加？", "list:events?when=upcoming")])


# Cantonese "which person do we talk to there?" after the Spanish-distribution answer: that company's contact.
@pytest.mark.parametrize("text", ["咁應該同邊位傾？", "要搵邊位跟進？"])
def test_cantonese_whom_to_talk_to_is_the_contact(services: Services, text) -> None:
    talk(services, "zh", [("我哋啲劇有冇辦法去到講西班牙文嘅觀眾？", ["faq:spanish_distribution", "partner:dalynn_studio"]),
                          (text, ["contact:dalynn_studio", "partner:dalynn_studio"])])


# May we apply for the vertical short drama support, said with the thing between or as A-not-A:
# the incentive's eligibility.
@pytest.mark.parametrize("lang,text", [
    ("zh", "我们拍的都是竖屏的，可不可以申请这个扶持？"),
    ("zh", "我哋係拍豎屏嘅，能申请短剧的补贴吗"),
    ("es", "¿podemos solicitarlo si solo grabamos en vertical?"),
])
def test_may_we_apply_for_the_support_is_its_eligibility(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:short_drama_cost_reduction#eligibility")])


# A crew all of one country asked whether it gets access: whether foreign crews may film there.
@pytest.mark.parametrize("lang,text", [
    ("es", "¿Un equipo completamente argentino tendría acceso a los estudios?"),
    ("en", "would a fully Irish crew get access to the studios?"),
])
def test_a_crew_of_one_country_getting_access_is_the_foreign_crews_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:can_foreign_crews_film")])

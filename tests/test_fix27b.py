"""Kinds left by answer set 24, each in wordings of our own (the set's lines are not copied):

- someone of a named team asked to call or write ("que alguien de la secretaría me escriba",
  "请中心的同志跟我们联系", "사무국에서 연락 주시면 좋겠습니다", "센터에서 저한테 전화 주라고 해 주세요"):
  a hand-off, not that team's contact details; "what's the secretariat's phone?" stays a fact;
- a subscription said as "send me a heads-up whenever…", "cada vez que haya un evento nuevo",
  "出了新剧提醒我";
- FAQ questions in new wording: a licence on a title "from that list" asks for no list; a period
  no set is tagged with keeps the which-set guide; a judgement of the partner's own cast ("is that
  common there?") points at no record in focus, and "all" of the partner's people asks for no
  list; costs weighed roughly against other bases named for scale are the costs FAQ (a verdict
  between two stays the gap); dubbing or subtitling as work, or a Spanish-speaking audience to
  reach, is the Spanish-distribution FAQ (not the titles in Spanish); what the alliance is,
  however it is described, is the what-is-HISDA FAQ; what the catalog holds is its overview;
- on-site services: people and kit asked for together ("crew and equipment", "设备和人员").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.lexicon import refers_back, services_named, whole_list_asked
from tests.dialogue import fits, talk

HANDOFF = ("handoff", "handoff:*")


@pytest.mark.parametrize("lang,text", [
    ("es", "me gustaría que alguien de la secretaría me escriba"),
    ("es", "quisiera que alguien del departamento internacional me llame mañana"),
    ("zh", "请短剧中心的同志跟我们联系一下"),
    ("zh", "麻烦秘书处的工作人员尽快与我联系"),
    ("ko", "국제사업부에서 연락 주시면 좋겠습니다"),
    ("ko", "사무국에서 저한테 전화 좀 주라고 전해 주세요"),
    ("en", "could someone from the short drama center give me a call?"),
])
def test_someone_of_a_team_asked_to_call_is_a_handoff(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, HANDOFF)], fits=fits)


@pytest.mark.parametrize("text", [
    "请问秘书处的人怎么联系", "사무국 연락처 알려주세요", "사무국에 연락하면 되나요?",
    "¿alguien de la secretaría me puede decir el horario?", "¿hay alguien que nos haga el doblaje?",
])
def test_asking_how_to_reach_a_team_is_no_handoff(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize("lang,text", [
    ("en", "drop me a quick heads-up whenever you announce a new event"),
    ("es", "avísenme cada vez que salga un evento nuevo"),
    ("zh", "以后出了新活动提醒我一下"),
])
def test_a_heads_up_on_new_events_is_a_subscription(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ("subscribe", "subscribe:events"))], fits=fits)


def test_a_heads_up_before_an_event_stays_a_reminder(services: Services) -> None:
    reply = talk(services, "en", [("send me a heads-up the day before the Latin Film Night", "event:*")], fits=fits)
    assert reply.outcome == "action"


@pytest.mark.parametrize("lang,text", [
    ("en", "we only distribute, we don't produce: could we license one title off your list rather than co-produce?"),
    ("es", "somos distribuidores, no productores: ¿podemos licenciar un título de esa lista en lugar de coproducir?"),
    ("ko", "저희는 배급만 해서요, 목록에 있는 작품 하나 판권만 사 올 수 있나요?"),
])
def test_a_licence_on_a_title_from_the_list_is_the_licensing_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


def test_a_list_named_as_a_source_asks_for_no_list() -> None:
    assert not whole_list_asked("can we license a title from that list?")
    assert not whole_list_asked("리스트에 있는 작품 판권만 살 수 있나요?")
    assert whole_list_asked("send me the full list")
    assert whole_list_asked("which comedies are on the list?")


@pytest.mark.parametrize("lang,text", [
    ("en", "the story is set in Tang-dynasty Chang'an, bazaars included. which of your backlots works for that?"),
    ("zh", "我们的本子是唐代长安，有集市戏，你们哪个景能拍？"),
])
def test_a_period_with_no_set_of_its_own_keeps_the_which_set_guide(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:which_set")])


@pytest.mark.parametrize("lang,first,second", [
    ("en", "do you provide crew and equipment on site for visiting productions?",
     "Our actors are all from Ghana. Is that common on those sets, or will it look odd?"),
    ("es", "¿ofrecen equipo y personal en el sitio para producciones visitantes?",
     "Todo nuestro elenco es colombiano. ¿Eso es normal allá o se vería raro?"),
])
def test_the_partners_own_cast_judged_is_the_foreign_actors_faq(services: Services, lang: str, first: str,
                                                                second: str) -> None:
    talk(services, lang, [(first, "incentive:on_site_services"), (second, "faq:foreign_actors")])


def test_a_judgement_of_the_own_cast_points_at_no_record() -> None:
    assert not refers_back("our actors are Mexican, is that a problem?")
    assert refers_back("is that one available?")
    assert not whole_list_asked("저희 배우들이 전부 가나 사람인데요")


@pytest.mark.parametrize("lang,text", [
    ("en", "is Hengdian cheaper than Pinewood overall? just a ballpark"),
    ("zh", "跟象山比，横店拍戏总体上是不是便宜点？大概说一下"),
    ("ko", "문경 세트장에서 찍는 거랑 비교하면 헝뎬이 더 싸게 먹히나요? 대략적으로요"),
])
def test_costs_weighed_roughly_against_another_base_are_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:costs")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "横店和象山影视城比哪个更便宜？大概说说"),
    ("ko", "합천이랑 헝뎬이랑 비교하면 어디가 더 싸요? 대충이라도"),
])
def test_a_verdict_between_two_bases_stays_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")])


@pytest.mark.parametrize("lang,text", [
    ("en", "is there anyone who can do Spanish dubbing or subtitles for us? we want to take our show to Latin America"),
    ("es", "¿hay alguien que nos haga el doblaje al español? queremos llevarlo a Latinoamérica"),
    ("zh", "有没有能做西语配音或者字幕的团队？我们想发到拉美"),
])
def test_dubbing_work_is_the_spanish_distribution_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:spanish_distribution")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("any comedies?", "list:works?genre=comedy"),
            ("could any of these reach Spanish-speaking audiences? we have a partner in Colombia", "faq:spanish_distribution")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"), ("这里面有能发到西语市场的吗？", "faq:spanish_distribution")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"), ("其中有西语版的吗", "list:works?genre=comedy&language=es")]),
])
def test_a_market_to_reach_is_not_the_titles_in_its_language(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_titles_with_spanish_subtitles_stay_a_list(services: Services) -> None:
    talk(services, "en", [("which titles have Spanish subtitles?", "list:works?language=es")])


@pytest.mark.parametrize("lang,text", [
    ("en", "what does the alliance behind the catalog actually do?"),
    ("es", "¿qué es la alianza que publicó el catálogo y a qué se dedica?"),
    ("zh", "推出这份片单的联盟是什么性质的机构？"),
    ("ko", "이 작품 목록을 낸 연맹에 대해 소개 좀 부탁드립니다"),
])
def test_what_the_alliance_is_however_described(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:what_is_hisda", "program:hisda"])])


def test_a_thing_of_the_alliance_is_not_the_alliance_described() -> None:
    from intents.lexicon import ALLIANCE_ABOUT

    assert not ALLIANCE_ABOUT.search("연맹이 어떤 기술 회사랑 같이 자동화를 한다던데 그게 뭐예요?")
    assert not ALLIANCE_ABOUT.search("联盟在后期制作里用了哪些人工智能工具？请介绍一下")
    assert ALLIANCE_ABOUT.search("该联盟的性质和职能是什么？")


def test_the_alliances_members_stay_the_partner_list(services: Services) -> None:
    talk(services, "en", [("who are the alliance members?", "list:partners")])


def test_what_the_catalog_holds_is_its_overview(services: Services) -> None:
    talk(services, "ko", [("카탈로그에는 어떤 작품들이 수록돼 있나요?", ["catalog:about", "list:works"])])


@pytest.mark.parametrize("lang,text", [
    ("en", "can you supply crew and gear on site for a visiting production?"),
    ("es", "¿ponen técnicos y equipos en el lugar para producciones de afuera?"),
    ("zh", "你们现场能提供设备和人员吗？"),
    ("ko", "현장에서 장비랑 인력 지원 가능해요?"),
])
def test_people_and_kit_asked_together_are_the_on_site_services(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])


def test_own_people_and_kit_brought_along_are_no_services() -> None:
    assert services_named("我们自己带设备和人员过去") < 2
    assert services_named("你们现场提供设备和人员吗") >= 2


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the quickest way to get 15 crew plus our gear down to Hengdian from Shanghai?"),
    ("zh", "我们40个人加设备从上海怎么去横店？"),
])
def test_a_headcount_and_kit_taken_there_is_the_way_there(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:how_to_reach_hengdian")])


@pytest.mark.parametrize("lang,text", [
    ("ko", "숏드라마 연맹이 AI 업체랑 손잡고 자동화한다던데 그게 뭐예요?"),
    ("zh", "联盟在后期制作里用了哪些人工智能工具？请介绍一下"),
])
def test_a_thing_of_the_alliance_introduced_is_not_what_the_alliance_is(services: Services, lang: str,
                                                                         text: str) -> None:
    talk(services, lang, [(text, ["faq:ai_tools", "program:arc_system"])])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "what is the secretariat's phone?", "contact:hisda_secretariat#phone"),
    ("en", "what is the phone number of the short drama center?", "contact:vertical_short_drama_center#phone"),
    ("es", "¿cuál es el teléfono de la secretaría?", "contact:hisda_secretariat#phone"),
])
def test_a_teams_phone_stays_a_contact_fact(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])

"""Merge of round 34: readings one branch widened that another set's answers guarded."""
from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "listed", "asked", "then"), [
    ("zh", "有没有悬疑题材的剧？", "第二部合拍进展得怎么样？", "第一部呢？"),
    ("zh", "有没有悬疑题材的剧？", "第二部现在合拍状况如何", "第一部呢？"),
    ("ko", "미스터리 작품 있어요?", "두 번째 작품 공동제작은 어떻게 되어 가요?", "첫 번째는요?"),
])
def test_how_a_coproduction_is_going_is_its_status_not_the_way_in(services: Services, lang: str, listed: str,
                                                                  asked: str, then: str) -> None:
    """"合拍进展得怎么样", "状况如何", "어떻게 되어 가요" of a listed title ask where its co-production
    stands (its status field), not how to join it (fixM25's way-in reading, which the broad "how"
    word let in; answers26, 27, 31), and "the first one?" keeps asking that."""
    talk(services, lang, [(listed, "list:works?genre=mystery"),
                          (asked, "work:work_emperors_clockmaker#coproduction"),
                          (then, "work:work_murder_along_the_river#coproduction")])


@pytest.mark.parametrize("text", ["合拍的话我们要怎么参与？", "그 작품 공동제작은 어떻게 참여해요?",
                                  "how can we come in as co-producers on that one?"])
def test_the_way_into_a_coproduction_is_still_asked(text: str) -> None:
    from intents.catalog import procedure_asked
    assert procedure_asked(text)


def test_who_is_in_it_said_loosely_is_no_member_list(services: Services) -> None:
    """"¿qué es eso de la HISDA y quiénes están metidos ahí?" asks what the alliance is (with who is
    behind it), not one member's card read from "están" (para25's members reading now needs "están
    en"); "¿qué empresas están en la alianza?" is still the member list."""
    talk(services, "es", [("me comentaron de la HISDA de Hengdian, ¿qué es eso y quiénes están metidos ahí?",
                           ["faq:what_is_hisda", "program:hisda"])])
    talk(services, "es", [("¿qué empresas están en la alianza?", "list:partners")])


def test_a_country_beside_a_fact_the_listed_item_lacks_is_no_pick_from_that_list(services: Services) -> None:
    """"한국 시간으로 몇 시에 시작합니까?" after the members' list, a member's card and an event: Korea
    is the clock of the event in focus, not the one Korean company of the list shown two turns
    before (which has no start time); fixR25's members reading reached it (answers83)."""
    talk(services, "ko", [("지금 연맹에 들어와 있는 단체들은 어디어디입니까?", "list:partners"),
                          ("SpringReel은 어떤 회사입니까?", ["partner:springreel", "partner:springreel#about"]),
                          ("중남미 피칭 데이 알려 주세요", "event:latam_pitch_day_2027"),
                          ("한국 시간으로는 몇 시에 시작해요?", "event:latam_pitch_day_2027#date")])
    talk(services, "zh", [("有哪些活动？", "list:events?when=upcoming"),
                          ("那个韩国的活动在哪里办", "event:korea_matchmaking_2027#venue")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "oigan, q hay q hacer pa meternos de socios en la alianza"),
    ("en", "what do we need to do to get in as members of the alliance?"),
])
def test_the_steps_to_become_a_member_are_the_joining_faq_not_the_member_list(services: Services, lang: str,
                                                                            text: str) -> None:
    """The members named ("socios", "members") to ask the way in are the joining FAQ's question, not
    who is in it (fixR25 read every members word as who has joined; answers11)."""
    talk(services, lang, [(text, "faq:join_alliance")])


def test_this_drama_after_the_last_titles_team_is_that_title(services: Services) -> None:
    """"这部剧由谁负责？" after the last title of a list and its team: "this drama" is the title talked
    about last, not one further back still held as the earlier record (fixR25's 这部 pointer; answers11)."""
    talk(services, "es", [("qué tienen de ciencia ficción", "list:works?genre=sci_fi"),
                          ("la tercera en qué idiomas viene", "work:work_tour_guide_2077#languages"),
                          ("la última cuántos capítulos tiene", "work:work_mocap_jianghu#episodes"),
                          ("quién se encarga de esa", ["contact:vertical_short_drama_center",
                                                       "contact:vertical_short_drama_center#role"]),
                          ("我的同事想知道：这部剧由谁负责？", ["work:work_mocap_jianghu",
                                                   "contact:vertical_short_drama_center",
                                                   "contact:vertical_short_drama_center#role"])])

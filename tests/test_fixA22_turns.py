"""play31's misread and not-exact turns (fixA22), each with new sentences of its kind:

- the alliance named with "who's in it" asks its members, not a title's cast (the credits gap);
- when a team is in the office, with the partner's city, asks its hours there, not whether we
  have an office in that city;
- "which are still looking for a partner?" right after a list of titles narrows that list to
  those seeking partners (the singular partner, the question word first), and "the second one"
  then picks from the narrowed list;
- a plan told after the question ("we're sending our US staff too") is why it is asked, no
  events of that country;
- "shorts we could license" reads the licensing filter;
- a yes-no question of a title's status opens with yes or no.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk

MEMBERS = "list:partners?member=yes"


@pytest.mark.parametrize("lang,say", [
    ("en", "so what's the size of this alliance, who is part of it?"),
    ("en", "this alliance of yours, who's involved?"),
    ("es", "y la alianza, ¿qué tamaño tiene y quiénes están?"),
    ("zh", "你们这个联盟规模多大，都有谁在里面"),
    ("ko", "그 연맹 규모는 어떻고 누가 들어가 있어요?"),
])
def test_the_alliance_named_with_who_is_in_it_is_its_members(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, MEMBERS)])
    members = [p for p in services.brain.knowledge.current.partners.values() if p.member]
    assert len(reply.items) == len(members)


@pytest.mark.parametrize("lang,turns", [
    ("en", ["Who is Caroline Guo?", "ok and when is her team in the office? I'm based in Oslo"]),
    ("es", ["¿Quién es Caroline Guo?", "¿y cuándo están en la oficina? yo trabajo desde Oslo"]),
    ("zh", ["郭姝是谁？", "她们部门一般什么时候在办公室？我人在奥斯陆"]),
    ("ko", ["Caroline Guo가 누구예요?", "그 부서는 사무실에 언제 계세요? 저는 오슬로에 있어요"]),
])
def test_when_a_team_is_in_the_office_is_its_hours_in_the_city(services: Services, lang, turns) -> None:
    reply = talk(services, lang, [(turns[0], "contact:international_business*"),
                                  (turns[1], "contact:international_business#hours")])
    assert "2:00" in reply.text  # 9:00 Beijing is 2:00 in Oslo (winter, the fixed clock)


def test_an_office_in_a_city_is_still_no_office_there(services: Services) -> None:
    talk(services, "en", [("do you have an office in Oslo?", "gap:international_business")])


MYSTERY = "list:works?genre=mystery"
SEEKING = "list:works?genre=mystery&coproduction=seeking_partners"


@pytest.mark.parametrize("lang,turns", [
    ("en", ["any mystery shorts we might co-produce?", "which are still looking for a co-producer?",
            "number two, what's the story?"]),
    ("es", ["¿qué microdramas de misterio tienen para coproducir?", "¿y cuáles aún buscan socio?",
            "la segunda, ¿de qué trata?"]),
    ("zh", ["你们有哪些悬疑短剧可以一起做？", "哪些还在找合作伙伴？", "第二部讲的是什么"]),
    ("ko", ["미스터리 숏드라마 같이 만들 만한 거 있어요?", "어떤 게 아직 공동 제작 파트너 찾고 있어요?",
            "두 번째 작품 줄거리 알려 주세요"]),
])
def test_which_still_seek_a_partner_narrows_the_list(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], MYSTERY), (turns[1], SEEKING),
                          (turns[2], "work:work_ancestral_hall*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "what time is the virtual stage open day for me in Chicago? we're bringing our US producers too"),
    ("es", "¿a qué hora es el open day del estudio virtual en Miami? vamos a llevar también al equipo de EE. UU."),
    ("zh", "虚拟制片棚开放日换成纽约时间是几点？我们美国那边的同事也打算去"),
    ("ko", "버추얼 스튜디오 오픈 데이가 LA 시간으로 몇 시예요? 미국 쪽 직원도 데려가려고요"),
])
def test_a_plan_told_after_the_question_asks_no_events_of_its_country(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "event:virtual_stage_open_day_2027#date")])
    assert "\n" not in reply.text.strip()  # the time alone: no "no events in the US" and no list


@pytest.mark.parametrize("lang,say", [
    ("en", "we're a Toronto distributor looking for romance shorts we might license"),
    ("en", "got any micro-dramas we could license?"),
])
def test_shorts_we_could_license_filter_the_licensable(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?*coproduction=available_for_licensing*")])


@pytest.mark.parametrize("lang,turns,opens", [
    ("en", ["tell me about Tour Guide 2077", "are they still after a co-producer for it?"], "No."),
    ("es", ["háblame de Guía turística 2077", "¿sigue buscando socios?"], "No."),
    ("zh", ["2077时光导游是讲什么的", "这部还在找合作方吗？"], "不是。"),
    ("ko", ["2077 시간여행 가이드는 어떤 내용이에요?", "이 작품 아직 공동 제작 파트너 찾나요?"], "아니요."),
    ("en", ["what's Grandma 2.0 about?", "can we license it?"], "Yes."),
])
def test_a_yes_no_status_question_opens_with_the_answer(services: Services, lang, turns, opens) -> None:
    reply = talk(services, lang, [(turns[0], "work:*"), (turns[1], "work:*#coproduction")])
    assert reply.text.startswith(opens), reply.text


@pytest.mark.parametrize("lang,turns", [
    ("en", ["tell me about Tour Guide 2077", "is that one done already or still after partners?"]),
    ("zh", ["2077时光导游是讲什么的", "这部是拍完了还是还在找合作方？"]),
])
def test_an_either_or_status_question_gets_no_yes_or_no(services: Services, lang, turns) -> None:
    reply = talk(services, lang, [(turns[0], "work:*"), (turns[1], "work:*#coproduction")])
    assert not reply.text.startswith(("No.", "Yes.", "不是。", "是的。")), reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "do you have a Ming dynasty palace set?"),
    ("es", "¿tienen algún set de palacio de la dinastía Ming?"),
    ("zh", "有没有明代宫殿的景？"),
    ("ko", "명나라 궁궐 세트장 있나요?"),
])
def test_one_set_that_fits_carries_its_map(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "list:locations?*")])
    assert len(reply.items) == 1
    assert any("|map|" in b.data for row in reply.buttons for b in row), reply.buttons

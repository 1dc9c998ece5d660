"""Kinds of answers25's records, facts and memory (fix28a):

- an ordinal after a prose answer that offered sets as buttons (the which-set guide for a period
  no set has) still counts down the list of sets read before it;
- "we have a Tang story too, where can we shoot it?" with a set in focus asks which set, not the
  period of the set in focus;
- a virtual stage named as the way to shoot a scene ("or the garden on a virtual stage?") is the
  virtual-production answer, not the set in focus nor a list filtered by its scenes;
- "their email?" after "do they use AI tools on these?" was answered with the A.R.C system: the
  team of the title talked about, not the system's subject desk;
- the fact asked in the clause naming a record, not a fact word of the writer's introduction;
- a filtered question one set answers gets the list of that one set, opened by the filter it
  meets (fix30b: a list of one, not the set's card).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.memory import Memory
from tests.dialogue import fits, talk

GARDEN = "location:yuanming_new_garden"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("which sets would suit a Qing dynasty series?", "list:locations?era=qing"),
            ("and for a Tang dynasty script, which set fits?", "faq:which_set"),
            ("the fourth one, which eras does it cover?", GARDEN),
            ("and the first?", "location:ming_qing_palace")]),
    ("es", [("¿qué sets sirven para una serie de la dinastía Qing?", "list:locations?era=qing"),
            ("¿y para un guion de la dinastía Tang, qué set nos queda?", "faq:which_set"),
            ("el cuarto, ¿qué épocas cubre?", GARDEN)]),
    ("zh", [("清朝的戏能在哪些景区拍？", "list:locations?era=qing"),
            ("我们另有一个唐朝的本子，该去哪个景拍？", "faq:which_set"),
            ("第四个能拍什么朝代？", GARDEN)]),
    ("ko", [("청나라 사극 찍을 세트 어디예요?", "list:locations?era=qing"),
            ("당나라 배경 작품도 있는데 어느 세트가 맞아요?", "faq:which_set"),
            ("네 번째 곳은 어느 시대까지 돼요?", GARDEN)]),
])
def test_ordinal_after_the_period_guide_counts_the_list_read(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


def test_prose_answer_buttons_leave_the_list_in_memory() -> None:
    from intents.reply import Reply
    from intents.router import remember
    listed = ("location:a", "location:b", "location:c", "location:d")
    memory = remember(Memory(), Reply(text="", answer="list:locations?era=qing", items=list(listed)), "qing?")
    assert memory.items == listed and memory.listed
    guide = Reply(text="", answer="faq:which_set", items=["location:x", "location:a", "location:y"])
    assert remember(memory, guide, "tang?").items == listed
    # with no list read before, the guide's sets are what "the first one" picks from
    assert remember(Memory(), guide, "tang?").items == ("location:x", "location:a", "location:y")
    assert Memory.from_json(memory.to_json()) == memory


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("sets for a Qing drama?", "list:locations?era=qing"),
            ("the second one, what's the address?", "location:guangzhou_hongkong_street#address"),
            ("we've also got a Tang dynasty story, where could we shoot it?", "faq:which_set")]),
    ("es", [("¿qué sets hay para la dinastía Qing?", "list:locations?era=qing"),
            ("el segundo, ¿dirección?", "location:guangzhou_hongkong_street#address"),
            ("también tenemos una historia de la dinastía Tang, ¿dónde la podemos rodar?", "faq:which_set")]),
])
def test_where_to_shoot_a_story_of_a_period_is_no_fact_of_the_set_in_focus(services: Services, lang: str,
                                                                           turns) -> None:
    talk(services, lang, turns, fits=fits)


VP = ["faq:virtual_production", "location:virtual_production"]


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", [("¿qué sets tienen jardines?", "list:locations?scene=garden"),
            ("el primero, ¿qué épocas?", "location:ming_qing_palace"),
            ("¿o mejor hacemos el jardín en un estudio virtual?", VP)]),
    ("zh", [("哪些景区有园林？", "list:locations?scene=garden"),
            ("第一个能拍哪些朝代？", "location:ming_qing_palace"),
            ("要不园林戏干脆放到虚拟影棚里拍？", VP)]),
    ("ko", [("정원 있는 세트 어디예요?", "list:locations?scene=garden"),
            ("첫 번째는 어느 시대예요?", "location:ming_qing_palace"),
            ("아니면 정원 장면을 가상 스테이지에서 찍는 건 어때요?", VP)]),
])
def test_virtual_stage_named_as_the_way_is_virtual_production(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


TEAM = "contact:vertical_short_drama_center"


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", [("片单里有哪些科幻剧？", "list:works?genre=sci_fi"),
            ("第二部有哪些语言版本？", "work:work_ghost_in_the_volume#languages"),
            ("这部归谁负责？", [TEAM, "work:work_ghost_in_the_volume"]),
            ("他们做这些剧用ARC系统吗？", "*"),
            ("他们的邮箱是多少？", TEAM + "#email")]),
    ("es", [("¿Qué series de ciencia ficción tienen?", "list:works?genre=sci_fi"),
            ("La segunda, ¿en qué idiomas está?", "work:work_ghost_in_the_volume#languages"),
            ("¿Quién lleva esa?", [TEAM, "work:work_ghost_in_the_volume"]),
            ("¿ellos usan el sistema ARC para estas series?", "*"),
            ("¿y cuál es su correo?", TEAM + "#email")]),
    ("ko", [("SF 작품 알려 주세요", "list:works?genre=sci_fi"),
            ("두 번째 작품은 어떤 언어로 돼요?", "work:work_ghost_in_the_volume#languages"),
            ("그 작품은 어느 부서가 담당해요?", [TEAM, "work:work_ghost_in_the_volume"]),
            ("그쪽에서 ARC 시스템 써요?", "*"),
            ("그쪽 이메일 주소 알려 주세요", TEAM + "#email")]),
])
def test_their_email_after_a_tool_answered_of_them_is_the_team(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "您好，我们是杭州一家专做古装题材的制作公司，正在排明年的片单，麻烦介绍一下《御前钟表匠》的剧情梗概，谢谢。"),
    ("ko", "안녕하세요 저는 마드리드에서 공동제작 하는 PD인데요 이번에 사극 라인업 검토 중이라서 그런데 황제의 시계공 줄거리가 어떻게 돼요?"),
    ("en", ("Hi, we're a Lisbon company that does co-productions of period dramas, planning next year, "
            "could you tell me what The Emperor's Clockmaker is about?")),
])
def test_fact_of_the_named_clause_not_the_introduction(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "work:work_emperors_clockmaker#logline")])


@pytest.mark.parametrize(("lang", "say", "era"), [
    ("en", "which of your sets is from the Song dynasty?", "Song"),
    ("es", "¿cuál decorado es de la época Song?", "Song"),
    ("zh", "宋朝的景是哪个？", "宋"),
    ("ko", "송나라 시대 세트는 어느 거예요?", "송"),
])
def test_one_set_for_a_filter_is_said_as_the_one(services: Services, lang: str, say: str, era: str) -> None:
    reply = talk(services, lang, [(say, "list:locations?era=song")])
    assert reply is not None and reply.items == ["location:qingming_riverside"]
    first = reply.text.splitlines()[0]
    lead = t("locations_only_match", lang, what="\0").split("\0")[0]
    assert first.startswith(lead) and era in first, first

"""Lead, round 32 (play32's "narrow the list just shown by status" turns): the two stages of a title
between seeking partners and finished — in production, in development — are filters as the others
are, said alone or of the list just shown, and the singular "¿y cuál…?" narrows it as "¿cuáles…?"
does. An ordinal asked about a stage ("is the second one still in development?") stays that title's
status, and a partner's own production ("we're in production on a thriller") filters nothing."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,stage", [
    ("en", "any of your titles being shot at the moment?", "in_production"),
    ("en", "what's still in development?", "in_development"),
    ("es", "¿qué series se están rodando ahora mismo?", "in_production"),
    ("es", "¿tienen obras en fase de desarrollo?", "in_development"),
    ("zh", "目前有哪些剧正在拍？", "in_production"),
    ("zh", "有哪些作品還在籌備中", "in_development"),
    ("ko", "촬영 중인 작품 뭐 있어요?", "in_production"),
    ("ko", "기획 중인 드라마도 있나요?", "in_development"),
])
def test_a_stage_asked_alone_lists_the_titles_at_it(services: Services, lang, say, stage) -> None:
    talk(services, lang, [(say, f"list:works?coproduction={stage}")])


@pytest.mark.parametrize("lang,turns", [
    ("en", ["got any sci-fi?", "ok and of those which are in production already?"]),
    ("es", ["¿tienen ciencia ficción?", "¿y cuál de esas ya se está rodando?"]),
    ("zh", ["有科幻剧吗", "这些里哪部已经开拍了"]),
    ("ko", ["SF 드라마 있어요?", "그중에 촬영 중인 거 있어요?"]),
])
def test_a_stage_of_the_list_just_shown_narrows_it(services: Services, lang, turns) -> None:
    reply = talk(services, lang, [(turns[0], "list:works?genre=sci_fi"),
                                  (turns[1], "list:works?genre=sci_fi&coproduction=in_production")])
    assert reply.items == ["work:work_ghost_in_the_volume"], reply.items


@pytest.mark.parametrize("lang,turns", [
    ("es", ["¿qué comedias hay?", "¿y cuál necesita coproductor?"]),
    ("es", ["¿qué comedias hay?", "¿y cuál sigue buscando socio?"]),
])
def test_which_one_in_the_singular_narrows_as_the_plural_does(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=comedy"),
                          (turns[1], "list:works?genre=comedy&coproduction=seeking_partners")])


@pytest.mark.parametrize("lang,turns,expect", [
    ("en", ["got any sci-fi?", "is the third one still in development?"], "work:work_tour_guide_2077#coproduction"),
    ("es", ["¿tienen ciencia ficción?", "¿la segunda ya está en producción?"], "work:work_ghost_in_the_volume#coproduction"),
    ("ko", ["SF 드라마 있어요?", "두 번째 거는 제작 중인가요?"], "work:work_ghost_in_the_volume#coproduction"),
])
def test_an_ordinal_asked_about_a_stage_is_its_status(services: Services, lang, turns, expect) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=sci_fi"), (turns[1], expect)])


def test_our_own_production_filters_no_title(services: Services) -> None:
    talk(services, "en", [("we're in production on a thriller, can we shoot at the Qin palace?", "location:qin_palace*")])


def test_a_production_centre_is_no_stage(services: Services) -> None:
    # 制作中心 ("production centre") holds 制作中 ("in production"): the hub programme, no filter (answers50)
    talk(services, "zh", [("横店想建成国际短剧制作中心，这个规划主要内容是啥？", "program:short_drama_hub_2025*")])


@pytest.mark.parametrize("text", ["横店想建成国际短剧制作中心", "我们在筹备中心的开幕", "这是研发中心"])
def test_a_centre_names_no_stage(text: str) -> None:
    from intents import lexicon
    assert lexicon.work_status(text) is None

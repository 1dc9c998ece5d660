"""Kinds fixed by fixC8 (2026-12-05): costs and money, incentives and how to apply, foreign crews,
set facts, a palace script with no era, distribution to Latin America, co-producing a title.
Every wording here is the fixer's own (none is an answer-set sentence)."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words
from tests.dialogue import globs as _fits
from tests.dialogue import talk


@pytest.mark.parametrize("lang,turns", [
    # "who can help?" after a question whose FAQ names the partner doing it: the FAQ, no hand-off
    ("zh", [("我们的短剧能不能发行到拉美？谁可以帮我们牵线？", "faq:spanish_distribution")]),
    ("es", [("¿Nuestras series podrían llegar a Colombia y Chile? ¿Quién nos puede ayudar con eso?", "faq:spanish_distribution")]),
    ("en", [("Could our shorts get released in Latin America? Who could help us with that?", "faq:spanish_distribution")]),
    ("ko", [("스페인어권에 배급 가능해요? 누가 도와줄 수 있어요?", "faq:spanish_distribution")]),
    ("zh", [("韩国那边有什么活动？帮我转人工", "handoff*")]),
    # co-producing a catalog title, who to talk to: the FAQ, not a guessed subject's team
    ("zh", [("目录里有部剧我们想联合出品，找谁谈？要签什么合同？", "faq:coproduce_catalog_title")]),
    ("ko", [("카탈로그 작품 하나 공동제작으로 들어가고 싶은데 누구랑 얘기해야 돼요?", "faq:coproduce_catalog_title")]),
    # 어떻해 (mistyped 어떻게) before the verb: how to apply
    ("ko", [("촬영 지원 어떻해 받아요? 절차 좀 설명해 주세요", "incentive:shoot_request_procedure#how_to_apply")]),
    # the address named beside a pin asked: the address, with the map
    ("zh", [("清明上河图的地址是哪里？给个定位", "location:qingming_riverside#address")]),
    ("ko", [("진왕궁 주소 어디예요? 지도 좀 보내줘", "location:qin_palace#address")]),
    ("en", [("where's the Qin Palace address? drop me a pin", "location:qin_palace#address")]),
    # whether the money goes further there: the costs FAQ
    ("es", [("¿la plata nos rinde más allá que en Lima?", "faq:costs")]),
    ("en", [("does the budget stretch further in Hengdian than in LA?", "faq:costs")]),
    ("ko", [("저희 예산으로 헝뎬에서 찍으면 충분할까요?", "faq:costs")]),
    # a rent by the month: the honest price gap
    ("zh", [("在横店租个仓库放器材，租一个月大概多少？", "gap:*")]),
    ("zh", [("剧组宿舍月租大概多少？", "gap:*")]),
    # "can we rent the LED stage?": whether (the stage FAQ), as in the other languages
    ("en", [("could we hire the virtual production stage for a week?", "faq:virtual_production")]),
    # a crew from abroad asked of the set in focus: whether it may film there
    ("ko", [("사극 세트 보여줘", "list:locations*"),
            ("첫 번째요", "location:*"),
            ("저희 스태프는 다 외국인인데 거기서 찍는 데 지장 없나요?", "faq:can_foreign_crews_film")]),
    ("zh", [("有哪些古装景？", "list:locations*"),
            ("第一个呢？", "location:*"),
            ("我们的剧组都是老外，能进去拍吗？", "faq:can_foreign_crews_film")]),
    # the partner's own palace script, no era, where to take it: the which-set guide
    ("zh", [("剧本是宫斗戏，皇上妃子都有，推荐个景吧", "faq:which_set")]),
    ("ko", [("궁중극 시나리오인데 어느 세트가 맞을까요?", "faq:which_set")]),
    ("en", [("our script is all court intrigue with an empress, where should we shoot it?", "faq:which_set")]),
    ("es", [("tenemos un guion de corte imperial, con emperador y eunucos, ¿a cuál de sus sets nos conviene ir?", "faq:which_set")]),
    # ...while the palace sets asked for stay a list
    ("zh", [("拍宫殿戏有哪些景", "list:locations?scene=palace")]),
    # what the title listed is about
    ("zh", [("有哪些古装历史剧？", "list:works*"), ("第二部演了啥故事？", "work:*#logline")]),
])
def test_fixc8_kinds(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=_fits)


def test_mistyped_how_before_a_verb_reads_as_how() -> None:
    assert standard_words("촬영 지원은 어떻해 신청해요?", "ko") == "촬영 지원은 어떻게 신청해요?"
    assert standard_words("이거 어떻해", "ko") == "이거 어떻게 해"  # alone: "what do I do"

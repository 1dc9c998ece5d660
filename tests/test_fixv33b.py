"""Chinese and Korean mistakes of answers33 (fixv33b), fixed by kind in the four languages:

- a fact asked in words the lexicon lacked: the venue after the town ("主会场放在东阳哪个位置"),
  the steps of applying ("想申请，具体怎么办理"), a title still seeking partners ("还在物色合拍
  伙伴吗", "협력사를 찾고 있나요"), whether a company of another kind may use it too ("배급사인데
  그래도 신청할 수 있나요", "我们是发行方，也能用吗"), and the period a set was built in ("어느 시대
  배경으로 세워졌어요?": its era, not the year it went up);
- a call put through said with 接 ("帮我接一下Dalynn Studio"): a hand-off;
- a visit before booking or a visiting day, asked of a set in view (also right after the
  virtual-production FAQ, whose button opens that set): the set's open day.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import replies


@pytest.mark.parametrize(("text", "fact"), [
    ("影视节期间，主会场设在东阳什么地方？", "venue"),
    ("我们想申请拍摄支持，具体怎么办理？", "how_to_apply"),
    ("想报这个支持，步骤说一下", "how_to_apply"),
    ("신청하고 싶은데 절차 좀 알려 주세요", "how_to_apply"),
    ("walk me through the steps please", "how_to_apply"),
    ("那部剧目前还在寻求投资方吗？", "coproduction"),
    ("그 작품은 아직 투자사를 구하고 있나요?", "coproduction"),
    ("저희는 배급사인데 그래도 세트 이용할 수 있나요?", "eligibility"),
    ("我们是发行方，也能用吗？", "eligibility"),
    ("we're a distributor, can we still use it?", "eligibility"),
    ("somos distribuidora, ¿igual podemos usarlo?", "eligibility"),
])
def test_a_fact_in_other_words(text: str, fact: str) -> None:
    assert fact in lexicon.facts_asked(text)


@pytest.mark.parametrize("text", ["그 세트는 어느 시대 배경으로 세워졌어요?", "这个景是按哪个朝代建的？",
                                  "which dynasty was that set built in?", "¿de qué dinastía está construido?"])
def test_the_period_a_set_was_built_in_is_its_era(text: str) -> None:
    assert lexicon.fact_asked(text) == "era"


@pytest.mark.parametrize("text", ["언제 지어졌어요?", "哪年建的？", "when was it built?", "what year was it built in?"])
def test_the_year_it_went_up_stays_built(text: str) -> None:
    assert lexicon.fact_asked(text) == "built"


def test_the_era_of_a_named_set_built_in_a_dynasty(services: Services) -> None:
    reply = replies(services, "ko", ["진왕궁 세트는 어느 왕조 배경으로 세워졌나요?"])[0]
    assert reply.answer == "location:qin_palace#era", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "麻烦给我接一下Zhou Fenglai团队"),
    ("zh", "请为我们接一下秘书处"),
])
def test_a_call_put_through(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert (reply.answer or "").startswith("handoff"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", ["你们有LED虚拟制片吗？", "签约前可以提前过去看一下那个棚吗"]),
    ("zh", ["你们有LED虚拟制片吗？", "有开放参观的日子吗"]),
    ("ko", ["LED 버추얼 프로덕션 가능해요?", "계약 전에 먼저 가서 구경할 수 있나요?"]),
    ("ko", ["LED 버추얼 프로덕션 가능해요?", "견학하는 날 있어요?"]),
    ("en", ["Do you have an LED volume stage?", "Could we tour it first, before we book?"]),
    ("es", ["¿Tienen un plató de producción virtual?", "¿Podemos conocerlo antes de reservar?"]),
])
def test_a_visit_to_the_set_in_view_is_its_open_day(services: Services, lang: str, lines: list[str]) -> None:
    reply = replies(services, lang, lines)[-1]
    assert (reply.answer or "").startswith("event:virtual_stage_open_day_2027"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "把你们全部的外景地列个单子给我"),
    ("zh", "所有拍摄景区列一张清单发我"),
])
def test_a_list_written_out_is_the_list(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert (reply.answer or "").startswith("list:locations"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "几场未来都市的戏搭不出来，能在大屏幕前实时生成背景拍吗"),
    ("ko", "미래 도시 장면은 스크린에 실시간으로 배경 띄워서 찍을 수 있어요?"),
    ("en", "a few future-city scenes can't be built; could we film against real-time backgrounds instead?"),
    ("es", "¿se puede grabar con fondos en tiempo real para las escenas futuristas?"),
])
def test_a_background_played_live_is_virtual_production(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert reply.answer in ("faq:virtual_production", "location:virtual_production"), (reply.answer, reply.text)

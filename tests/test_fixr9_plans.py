"""fixR9: Hengdian's plan for short dramas asked (or its output heard of) is the programme, not the
incentives a partner's own shoot wish gets; the wish itself still gets the incentives (the wish words of zh/ko that also name a plan: 计划, 계획)."""
import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "헝뎬에서 1년에 숏드라마를 몇천 편이나 찍는다던데 그게 무슨 계획이에요?"),
    ("zh", "听说横店一年要拍几千部短剧，这是什么计划？"),
])
def test_hengdians_short_drama_plan_is_no_shoot_wish(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "program:short_drama_hub_2025")])
    assert reply.answer == "program:short_drama_hub_2025", (text, reply.answer)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "somos una productora de Lima y queremos grabar un microdrama vertical en Hengdian"),
    ("ko", "저희는 헝뎬에서 세로형 숏드라마를 찍고 싶어요"),
])
def test_a_partners_short_drama_shoot_wish_keeps_the_incentives(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, None)], lambda _e, _a: True)
    assert reply.answer in ("faq:incentives", "list:incentives"), (text, reply.answer)

"""Merge fixes of round 30 (answers75's last single questions, written in new words here too)."""
from __future__ import annotations

import pytest

from tests.dialogue import ask


@pytest.mark.parametrize("lang, text", [
    ("en", "got any shows fo da whole ohana?"),
    ("en", "anything for the whole ohana to watch together?"),
])
def test_hawaiian_ohana_is_family_titles(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?genre=family"


@pytest.mark.parametrize("lang, text", [
    ("ko", "지역 축제 불꽃놀이 업체를 추천해 주시겠습니까?"),
    ("ko", "우리 마을 축제에 쓸 음향 업체 아세요?"),
    ("en", "can you recommend a fireworks crew for our village festival?"),
    ("es", "¿nos recomiendan a alguien de fuegos artificiales para la fiesta del pueblo?"),
    ("zh", "能推荐一家做烟花的公司吗，给我们镇上的庙会用"),
])
def test_a_towns_own_festival_is_not_ours(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer in ("out_of_scope", "fallback") or reply.answer.startswith("gap:"), reply.answer


@pytest.mark.parametrize("lang, text", [
    ("ko", "헝뎬 영화제는 언제예요?"),
    ("en", "when is the Hengdian film festival?"),
])
def test_our_festival_still_ours(services, lang, text):
    reply = ask(services, lang, text)
    assert "film_festival" in reply.answer, reply.answer


@pytest.mark.parametrize("lang, text", [
    ("ko", "저예산 인디 팀인데 헝뎬 가면 장비 렌탈이랑 세트비 가성비 괜찮아요?"),
    ("en", "is renting gear there cheap enough for a tiny budget crew?"),
])
def test_kit_for_hire_with_its_worth_asked_is_costs(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer != "incentive:on_site_services", reply.answer


@pytest.mark.parametrize("lang, text", [
    ("zh", "我们在横店拍的剧，有没有可能卖到墨西哥、阿根廷那边去？谁能帮忙对接？"),
    ("ko", "헝뎬에서 찍은 숏드라마가 중남미나 스페인 쪽 시청자한테도 갈 수 있어유?"),
    ("es", "¿las series que se han rodado en Hengdian se pueden vender a México?"),
])
def test_a_country_the_productions_go_to_is_distribution(services, lang, text):
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:spanish_distribution", "partner:dalynn_studio"), reply.answer


@pytest.mark.parametrize("lang, text", [
    ("es", "¿qué películas chilenas se han rodado en Hengdian?"),
    ("zh", "有哪些智利电影在横店拍过？"),
    ("ko", "헝뎬에서 찍은 칠레 영화 있어요?"),
])
def test_a_countrys_productions_shot_here_stay_a_gap(services, lang, text):
    assert ask(services, lang, text).answer.startswith("gap:")

"""Kinds left over from evaluation set 11, tested in fresh wordings (not from any set):

- costs feared for (idioms, worry, a small budget, whether the money is enough) are the costs FAQ;
- weighed against another film site or a studio by name, costs are the honest comparison gap;
- pitching a project asked for is the coming pitch event;
- a kind of scene named with no period is that kind's sets, not the period guide;
- the help a visiting crew gets on site, in other words, is the on-site services incentive;
- who handles membership, then its e-mail, is the secretariat's e-mail;
- how long the way takes (얼마나 걸려요) is no price; 几个钱 and paying to take part are."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]


@pytest.mark.parametrize("lang,text", [
    ("es", "¿rodar en Hengdian nos va a costar un riñón?"),
    ("es", "me da miedo que filmar allá nos cueste una barbaridad"),
    ("zh", "我们预算紧得很，去横店拍的话钱够不够？"),
    ("ko", "작은 예산으로 가는 팀인데 헝뎬 비용 괜찮아요?"),
])
def test_costs_feared_for_are_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, COSTS)])


@pytest.mark.parametrize("lang,text", [
    ("zh", "横店和无锡影视基地比起来，哪个拍古装便宜？"),
    ("ko", "부안 영상테마파크랑 비교하면 헝뎬 비용이 더 싸요?"),
    ("en", "is it more affordable than Origo Studios in Budapest?"),
    ("es", "¿cómo se compara el costo de Hengdian con rodar en Almería?"),
])
def test_costs_weighed_against_another_site_are_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")])


@pytest.mark.parametrize("lang,text", [
    ("en", "where can a producer from Latin America present a co-production idea?"),
    ("es", "¿hay algún espacio para que productores latinoamericanos presenten sus proyectos?"),
    ("zh", "我们是拉美的制片公司，有地方可以路演我们的项目吗？"),
    ("ko", "남미 프로듀서들이 기획안 발표할 기회 있어요?"),
])
def test_pitching_asked_is_the_pitch_event(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:latam_pitch_day_2027")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "我们有场挂满灯笼的晚上的戏，去哪个景拍好？"),
    ("es", "tenemos una escena nocturna con faroles, ¿qué set nos sirve?"),
])
def test_a_night_scene_is_its_sets(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["list:locations?scene=night_scene", "location:dream_valley"])])


@pytest.mark.parametrize("lang,text", [
    ("en", "if we fly our team in, what can you arrange for us locally?"),
    ("es", "si llegamos con nuestro equipo, ¿qué nos pueden resolver allá en el lugar?"),
    ("zh", "我们剧组到了横店，现场能帮我们安排些什么？"),
    ("ko", "해외 촬영팀이 가면 현지에서 어떤 지원을 받을 수 있어요?"),
])
def test_on_site_help_is_the_services_incentive(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])


@pytest.mark.parametrize("lang,text", [
    ("en", "who handles the membership side? send me their email"),
    ("zh", "会员的事谁负责？把邮箱给我"),
    ("ko", "회원 가입은 어느 부서에서 맡아요? 메일 주소 좀 주세요"),
])
def test_who_handles_membership_then_email(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "contact:hisda_secretariat#email")])


@pytest.mark.parametrize("lang,text,expect", [
    ("ko", "상하이에서 헝뎬까지 얼마나 걸려요?", "faq:how_to_reach_hengdian"),
    ("zh", "临演一天给多少个钱？", "gap:*"),
    ("zh", "虚拟影棚开放日参加要付费吗？", "gap:*"),
])
def test_other_wordings(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])

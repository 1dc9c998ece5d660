"""Kinds fixed after int14's merge (fixR2), in the four languages:

- a group's headcount beside whether it may come to an event is places asked for (the sign-up
  gap, staff arrange them), not whom the event is for;
- the alliance's staff counted is the Secretariat's honest gap, not the studios' team;
- "可以在这个景拍吗" after a set is whether one may shoot there, no catalog title using the set;
- what there is (or is offered) for Latin American producers is what is held for them.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import globs as fits
from tests.dialogue import talk

SECRETARIAT = "secretariat@hisda.example.com"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "there are 6 of us, can we attend the casting day?"),
    ("es", "somos 4, ¿podemos ir al casting day?"),
    ("zh", "我们四个人，能去参加选角日吗？"),
    ("ko", "저희 4명인데 캐스팅 데이 참석할 수 있어요?"),
])
def test_a_group_asking_to_come_is_a_signup(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many employees does the alliance have?"),
    ("es", "¿cuántos trabajadores tiene la alianza?"),
    ("zh", "联盟一共有几名员工？"),
    ("ko", "연맹 직원이 몇 명이나 돼요?"),
])
def test_the_alliances_staff_counted_is_the_secretariat(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:*")], fits=fits)
    assert SECRETARIAT in reply.text


@pytest.mark.parametrize("asked", ["外国剧组能在这个景拍吗？", "我们可以在那里拍吗？"])
def test_may_we_shoot_at_this_set_is_no_title(services: Services, asked: str) -> None:
    talk(services, "zh", [("明清宫苑", "location:ming_qing_palace*"), (asked, "faq:can_foreign_crews_film")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what do you offer to latin american filmmakers?"),
    ("es", "¿qué les ofrecen a los productores latinos?"),
    ("zh", "有什么面向拉美制片人的？"),
    ("ko", "중남미 제작사를 위한 게 있나요?"),
])
def test_offer_for_latin_makers_is_what_is_held_for_them(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["event:latam_pitch_day_2027", "list:events?*market=latam*"])], fits=fits)

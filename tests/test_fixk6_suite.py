"""fixK6: full-suite failures after int13's merge, kept fixed in own wordings.

- a Chinese partitive with a bare 哪家 / 是哪 (Cantonese 边间) asks which ones: the country's list;
  only 哪一家 / 哪一个 asks for the one partner's card (fixE6's singular rule);
- Korean "who handles it" (누가 맡고 있나요) is no "who is in it" (누가 들어가 있어요) of the alliance;
- the writer's line of work said with where they are ("somos una distribuidora en Perú, …") stays
  with the question asked after it (fixF6's city-then-question split)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.router import LINE_OF_WORK, MEMBERS_IN_IT
from tests.dialogue import ask


@pytest.mark.parametrize("text", ["你们的合作伙伴里面哪家是韩国的？", "你哋啲伙伴入面边间系韩国公司？",
                                  "合作方当中韩国的是哪家？"])
def test_a_bare_which_beside_a_partitive_keeps_the_list(services: Services, text: str) -> None:
    assert ask(services, "zh", text).answer == "list:partners?country=KR"


@pytest.mark.parametrize("text", ["合作伙伴里面哪一家是韩国的？", "联盟当中哪一个是韩国公司？"])
def test_which_one_beside_a_partitive_is_the_card(services: Services, text: str) -> None:
    assert ask(services, "zh", text).answer == "partner:reel_k"


@pytest.mark.parametrize(("text", "members"), [
    ("실무는 누가 맡고 있나요", False), ("누가 운영하고 있어요?", False), ("거기 누가 들어가 있어요?", True),
    ("누구누구 회원사로 있어요?", True), ("어디어디가 참여해요?", True),
])
def test_who_is_in_it_is_not_who_handles_it(text: str, members: bool) -> None:
    assert bool(MEMBERS_IN_IT.search(text)) == members


def test_members_counted_and_who_handles_it_in_korean(services: Services) -> None:
    reply = ask(services, "ko", "연맹 회원사는 몇 곳이고 실무는 누가 맡고 있어요?")
    assert reply.answer == "gap:hisda_secretariat"
    assert "연맹 실무는 HISDA 사무국" in reply.text and "• " not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we're a distributor based in Lima, can we use your sets?"),
    ("es", "soy distribuidora en Bogotá, ¿podemos usar sus sets?"),
    ("es", "somos distribuidores en Chile. ¿Nos dejarían usar sus sets?"),
])
def test_a_distributor_in_a_city_asking_for_the_sets(services: Services, lang: str, text: str) -> None:
    assert (ask(services, lang, text).answer or "").startswith("incentive:set_access_partnership"), text


@pytest.mark.parametrize(("text", "said"), [
    ("somos una distribuidora en peru", True), ("we're a studio based in lima", True), ("我们是利马的发行公司", True),
    ("저희는 리마에 있는 배급사예요", True), ("estamos en buenos aires", False), ("we're based in buenos aires", False),
])
def test_a_line_of_work_is_told_from_a_place(text: str, said: bool) -> None:
    assert bool(LINE_OF_WORK.search(text)) == said

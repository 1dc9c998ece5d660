"""Kinds of play32's count, operator and tax turns (fixq31a), in the four languages:

- a count of the alliance or of the studios: the partners and the sets listed are said as a
  number first ("12 … listed"); the staff, the sound stages and the crews a year are published
  nowhere: an honest gap with the secretariat (alliance) or international business (studios),
  never the join FAQ, the overview or the virtual-production FAQ;
- who is in charge of / heads the alliance is the same honest gap as "who runs HISDA?"; the body
  that operates it (运营, 搞, 운영 주체, opera) is what HISDA is (merge32), as is "what is HISDA
  and who runs it";
- a tax break asked gets no invented "yes": tax terms are not published, the incentives team is
  named, then the published cost reductions.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

SECRETARIAT = "secretariat@hisda.example.com"
STUDIOS = "international.business@example.com"


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("en", "how many member companies are in the alliance?", "12 partners"),
    ("en", "how many partners does the alliance have?", "12 partners"),
    ("es", "¿Y cuántas empresas forman parte de la alianza?", "12 socios"),
    ("zh", "联盟现在有多少家成员单位", "12家"),
    ("ko", "연맹 회원사는 몇 곳입니까?", "12곳"),
])
def test_members_counted_as_listed(services: Services, lang: str, text: str, number: str) -> None:
    # the full membership is unpublished (a gap, the secretariat's card), the number listed said,
    # the list one press away rather than twelve cards (merge32)
    reply = talk(services, lang, [(text, "gap:hisda_secretariat")])
    first = reply.text.splitlines()[0]
    assert number in first and "Hengdian World Studios" not in reply.text
    assert any(b.data == "v1|menu|partners" for row in reply.buttons for b in row)


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("en", "how many sets does Hengdian have?", "10 Hengdian sets"),
    ("zh", "横店一共有多少个拍摄基地，每年接待多少剧组？", "10处"),
    ("ko", "헝뎬에 세트가 몇 개 있어요?", "10곳"),
])
def test_sets_counted_as_listed(services: Services, lang: str, text: str, number: str) -> None:
    reply = talk(services, lang, [(text, "list:locations")])
    assert number in reply.text.splitlines()[0]


@pytest.mark.parametrize(("lang", "text", "team"), [
    ("en", "how many people work at the alliance?", SECRETARIAT),
    ("en", "how many staff does HISDA have?", SECRETARIAT),
    ("es", "¿cuántos empleados tiene la alianza?", SECRETARIAT),
    ("zh", "联盟有多少员工", SECRETARIAT),
    ("ko", "연맹 직원은 몇 명이에요?", SECRETARIAT),
    ("en", "how many studios does Hengdian have?", STUDIOS),
    ("es", "¿cuántos platós tiene Hengdian?", STUDIOS),
    ("zh", "你们横店有几个摄影棚？", STUDIOS),
    ("zh", "横店每年接待多少剧组", STUDIOS),
    ("ko", "헝뎬에 촬영 스튜디오가 몇 개나 있어요?", STUDIOS),
    ("ko", "헝뎬에 실내 스튜디오는 몇 동 정도 있습니까?", STUDIOS),
])
def test_unpublished_counts_are_a_gap(services: Services, lang: str, text: str, team: str) -> None:
    reply = talk(services, lang, [(text, "gap:")])
    assert team in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who is responsible for the alliance?"),
    ("es", "¿quién administra la alianza?"),
    ("es", "¿quién dirige la alianza?"),
    ("zh", "谁领导这个联盟？"),
])
def test_who_heads_the_alliance_is_the_gap(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:")])
    assert SECRETARIAT in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who operates the alliance?"),
    ("es", "¿quién opera la alianza?"),
    ("zh", "联盟是谁在负责运营的"),
    ("zh", "邊個負責搞聯盟㗎"),
    ("zh", "联盟的运营方是谁"),
    ("ko", "연맹 운영은 누가 하고 있나요"),
    ("ko", "안녕하십니까. 귀 연맹의 운영 주체가 어디인지 여쭙고자 합니다."),
    ("ko", "HISDA는 누가 운영하는 곳인가요?"),  # HISDA named, not "the alliance"
    ("ko", "HISDA 운영하는 데가 어디예요?"),  # "where", yet no venue
])
def test_the_body_operating_the_alliance_is_what_it_is(services: Services, lang: str, text: str) -> None:
    # the operating body, not a person at its head: what HISDA is names who founded it (merge32;
    # a blind writer's key)
    talk(services, lang, [(text, ["faq:what_is_hisda", "program:hisda"])])


def test_what_it_is_and_who_runs_it_stays_what_it_is(services: Services) -> None:
    talk(services, "en", [("what is HISDA and who runs it", ["faq:what_is_hisda", "program:hisda"])])


@pytest.mark.parametrize(("lang", "text", "no_yes"), [
    ("zh", "拍短剧有税收优惠吗", "有。"),
    ("zh", "拍摄有没有免税政策", "有。"),
    ("ko", "세금 감면 혜택 같은 것도 있나요?", "네"),
    ("en", "are there any tax incentives for shooting?", "Yes"),
    ("es", "¿tienen incentivos fiscales?", "Sí"),
])
def test_tax_breaks_get_no_invented_yes(services: Services, lang: str, text: str, no_yes: str) -> None:
    reply = talk(services, lang, [(text, ["faq:incentives", "list:incentives"])])
    assert not reply.text.startswith(no_yes)
    first = reply.text.split("\n\n")[0]
    assert ("<b>" in first) and any(w in first for w in ("tax", "fiscal", "税", "세금"))


def test_incentives_without_tax_keep_their_yes(services: Services) -> None:
    reply = talk(services, "en", [("are there incentives for shooting short dramas?", "faq:incentives")])
    assert reply.text.startswith("Yes")

"""Kinds fixed after int21's merge (fixR14a), in the four languages:

- a run-on message's part that, read alone, lost its subject ("is there a fee?", "what share?",
  "who do I write to?") and lands on a gap is answered by the team card the whole message's
  answer gives already: no general team's card stacked under it (fixD14's each ask vs the fee
  and discount gaps);
- which benefits a team of the partner's kind can get is the incentives asked, not one
  incentive's eligibility (fixC14's "a team like ours" words);
- another town's festival written as one word ("부산국제영화제", "日本电影节") is no festival of
  the partner's own: off topic, not our events (fixA14's own-festival predicate);
- a group's bare headcount beside whether it may go ("somos 5, ¿podemos ir…?") is the sign-up
  gap, not the team's smallness (fixC14's team-size words).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, talk
from tests.dialogue import globs as fits


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we want to become members of the alliance. any membership fee? who should I email?"),
    ("es", "nos interesa entrar a la alianza, ¿se paga alguna cuota? ¿a quién le escribo?"),
    ("zh", "我们公司打算入盟，需要交钱吗？找哪个部门？"),
    ("ko", "연맹 회원사로 들어가고 싶어요. 회비 내야 돼요? 어디로 연락해요?"),
])
def test_a_fee_part_beside_joining_keeps_one_card(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "gap:hisda_secretariat", (reply.answer, reply.text)
    assert reply.text.count("✉️") == 1, reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how big is the cost reduction? is there a set percentage?"),
    ("es", "¿de cuánto es el descuento? ¿hay un porcentaje fijo?"),
    ("zh", "成本能降多少？有固定比例吗"),
    ("ko", "비용 감면은 얼마나 돼요? 정해진 비율 있어요?"),
])
def test_a_rate_part_beside_the_discount_keeps_one_card(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("gap:"), (reply.answer, reply.text)
    assert reply.text.count("✉️") == 1, reply.text


@pytest.mark.parametrize(("lang", "text", "eligibility"), [
    ("ko", "웹드라마 찍는 저희 같은 팀도 받을 수 있는 혜택이 있나요?", False),
    ("ko", "저희 같은 외부 팀도 현장 제작 서비스 받을 수 있나요?", True),
    ("zh", "外地团队也能享受的优惠有哪些", False),
    ("zh", "外地团队也能享受现场制作服务吗", True),
    ("en", "are there any perks that crews like ours can get?", False),
    ("en", "can crews like ours use the on-site services?", True),
    ("es", "¿hay beneficios que equipos como el nuestro puedan recibir?", False),
    ("es", "¿equipos como el nuestro pueden usar los servicios en sitio?", True),
])
def test_benefits_a_team_like_ours_can_get_are_no_eligibility(lang: str, text: str, eligibility: bool) -> None:
    assert ("eligibility" in lexicon.facts_asked(text)) is eligibility


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "세로 드라마 찍는 팀도 받을 수 있는 혜택 있을까요?"),
    ("en", "are there any perks that crews like ours can get?"),
])
def test_benefits_a_team_can_get_are_the_incentives(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer in ("faq:incentives", "list:incentives"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text", "own"), [
    ("ko", "부산국제영화제 일정 알려 주세요", False),
    ("ko", "서울국제영화제는 언제 열려요?", False),
    ("ko", "제 영화제 예고편에 쓸 세트 있어요?", True),
    ("zh", "日本电影节几号开始？", False),
    ("zh", "本校影展想放你们的片子", True),
    ("en", "the Busan International Film Festival schedule please", False),
    ("es", "¿cuándo es el Festival Internacional de Cine de Busan?", False),
])
def test_another_towns_festival_in_one_word_is_not_our_own(lang: str, text: str, own: bool) -> None:
    assert lexicon.own_festival_said(text) is own


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "부산국제영화제 일정 알려 주세요"),
    ("zh", "日本电影节几号开始？"),
    ("en", "when is the Busan International Film Festival?"),
    ("es", "¿cuándo es el festival de cine de Busan?"),
])
def test_another_towns_festival_is_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "out_of_scope")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "somos 5, ¿podemos ir al casting day?"),
    ("ko", "저희 5명인데 캐스팅 데이 가도 돼요?"),
    ("en", "there are 5 of us, can we come to the casting day?"),
    ("zh", "我们五个人，可以去选角日吗？"),
])
def test_a_groups_bare_headcount_beside_going_is_the_signup(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "somos dos nomás, ¿hay alguna IA que nos ayude con la edición?"),
    ("ko", "저희 팀은 두 명뿐이라 AI로 편집 좀 도와줄 수 있나요?"),
])
def test_a_team_said_small_is_still_no_headcount(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:ai_tools")])

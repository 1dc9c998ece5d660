"""fixK5: the integration's regressions (int12), each kind in its own wordings.

- an event described by whom it is for ("the pitch day for Latin producers") is no title told by its story;
- a period of the partner's own drama held ("tenemos un drama de época…") asks for a set, no catalog list;
- AI's use asked ("AI 툴 쓸 수 있어요?") is the AI tools FAQ, not the A.R.C programme card;
- the alliance said with 소속/隶属 asks membership, not the parent group;
- 'cheap' said of an out-of-scope ask (a stay in Paris) is no costs question;
- the costs FAQ stays over a FAQ of no money when the clause that asks says how costly;
- a prize's winner (最佳女主) is the prize gap, no lead-role credit;
- foreign extras counted are the foreign-actors FAQ's subject;
- a title pointed at by its story with "what's it about" asked: its logline;
- the partner doing their own budget is why it is asked, no price.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import globs as _fits
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text", [
    ("zh", "拉美制片人的那个推介日是线上还是线下"),
    ("en", "the one for Latin producers, the pitch day, is it online?"),
])
def test_an_event_described_by_its_audience_is_no_title(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:latam_pitch_day_2027*")], fits=_fits)


@pytest.mark.parametrize("lang,text", [
    ("es", "Tenemos un drama de época coreano, dinastía Joseon, ¿tienen algo que sirva o toca inventarlo?"),
    ("en", "We have a Joseon-era drama, do you have anything that works or do we build it?"),
    ("zh", "我们手上有一部朝鲜王朝的古装剧，你们有能用的景吗，还是得自己搭？"),
    ("ko", "저희가 조선시대 사극을 준비 중인데, 쓸 만한 세트 있나요 아니면 새로 지어야 하나요?"),
])
def test_a_period_of_the_partners_own_drama_asks_for_a_set(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:which_set")], fits=_fits)


@pytest.mark.parametrize("lang,text", [("ko", "AI 툴 쓸 수 있어요?"), ("en", "can we use AI tools on set?")])
def test_ai_use_asked_is_the_ai_tools_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:ai_tools")], fits=_fits)


@pytest.mark.parametrize("lang,text", [
    ("ko", "Reel-K도 연맹 소속인가요?"), ("zh", "Reel-K隶属于联盟吗？"), ("es", "¿Reel-K pertenece a la alianza?"),
])
def test_the_alliance_said_with_belonging_is_membership(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "partner:reel_k#member")], fits=_fits)


def test_parent_group_still_asked_without_the_alliance(services: Services) -> None:
    talk(services, "en", [("who owns Reel-K?", "partner:reel_k")], fits=_fits)


@pytest.mark.parametrize("lang,text", [
    ("es", "¿dónde me quedo en París este sábado y domingo? algo barato cerca del Louvre"),
    ("en", "where do I stay in Tokyo this weekend? something cheap near Shibuya"),
    ("ko", "이번 주말 파리에서 어디 묵지? 루브르 근처 싼 데로"),
])
def test_cheap_said_of_an_out_of_scope_stay_is_no_costs_question(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "out_of_scope")], fits=_fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "money-wise, will a small crew from abroad find the place reasonable?"),
    ("ko", "돈 문제로 보면, 해외 소규모 팀한테 거기 부담 없는 편인가요?"),
])
def test_how_costly_in_the_asking_clause_is_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:costs", "incentive:ecosystem_and_costs"])], fits=_fits)


def test_cost_said_as_the_reason_yields(services: Services) -> None:
    """fixB5's 73a7c044 need: cost words before another question are the reason, the ranker's FAQ stays."""
    talk(services, "en", [("flying Hungarian actors over is too pricey, do you have that kind of cast locally?",
                           "faq:foreign_actors")], fits=_fits)


@pytest.mark.parametrize("text", ["去年横店电影节最佳女主是谁", "最佳男主角是谁"])
def test_a_prize_winner_is_no_credit(text: str) -> None:
    assert lexicon.gap_topic(text) != "credits"
    assert lexicon.gap_topic("这部剧女主是谁演的") == "credits"


@pytest.mark.parametrize("text", ["cuantos figurantes extranjeros contratan alla?", "how many foreign extras can you get there?"])
def test_foreign_extras_counted_are_no_pool_count(text: str) -> None:
    assert lexicon.gap_topic(text) != "count"
    assert lexicon.gap_topic("how many extras are registered?") == "count"


@pytest.mark.parametrize("lang,turns", [
    ("es", [("tienen alguna serie de comedia?", "list:works*"),
            ("la del mochilero colombiano, de q trata?", "work:work_die_another_take#logline")]),
    ("en", [("any comedies?", "list:works*"),
            ("the one with the Colombian backpacker, what's it about?", "work:work_die_another_take#logline")]),
    ("zh", [("有喜剧吗？", "list:works*"), ("哥伦比亚背包客的那部，讲的是什么？", "work:work_die_another_take#logline")]),
])
def test_a_pointed_title_asked_what_it_is_about_gets_its_logline(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=_fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "moi, doing the travel budget for 2027. that festival of yours in Hengdian, is it spring or autumn, what dates roughly"),
    ("es", "estoy armando el presupuesto del viaje para 2027: su festival en Hengdian, ¿es en primavera u otoño? fechas aproximadas"),
    ("zh", "在做明年的差旅预算，你们横店那个电影节是春天还是秋天，大概几号？"),
    ("ko", "내년 출장 예산 짜는 중인데, 헝뎬 영화제는 봄이에요 가을이에요? 대략 날짜요"),
])
def test_own_budget_drawn_up_is_no_price_asked(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:film_festival", "event:hengdian_film_festival*"])], fits=_fits)

"""Single questions the bot still answered wrong after round 35 (fixB27), in the four languages:

- money put into one of the listed titles, wished or asked as possible ("想投资其中一部，一起做",
  "y si quisiéramos meter dinero en una así y ser parte, ¿qué hay que hacer?" after a title): the
  co-production FAQ, not joining the alliance nor the card of a team ("qué hay que hacer" asks
  no one's role);
- who runs / is behind HISDA asked alone: what the alliance is, then who runs it as published
  (the Secretariat's desk and card);
- goods bought elsewhere ("景德镇陶泥哪家便宜"): out of scope, not the costs FAQ;
- shooting on a weekday, weekend or holiday ("can we shoot on Sunday?"): the sets' availability
  gap, not the virtual-production FAQ nor every set;
- "아이들용 드라마 있나요?" lists the family titles however sure the classifier is of incentives (the
  Korean "아르헨티나" zone alias it was made for is out again: it retrains the classifier, lead36);
- a record's card asked as "more about it" in another language, and the Qin Palace by Qin Shi
  Huang's name (play35's weak turns).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, replies

COPRODUCE = "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["ensenenme sus comedias", "la segunda de que va?", "cuales de esas estan en español?",
            "la tercera de esas todavia se puede licenciar?", "cuanto duran sus capitulos?",
            "y si quisieramos meter dinero en una asi y ser parte, que hay que hacer?"]),
    ("es", ["muéstrenme sus comedias", "queremos poner plata en una de esas y ser socios"]),
    ("ko", ["거기랑 같이 투자해서 만들 수 있어요?"]),
    ("ko", ["코미디 작품 있어요?", "거기랑 같이 투자해서 만들 수 있어요?"]),
    ("ko", ["그 중 한 작품에 투자해서 같이 만들고 싶어요"]),
    ("en", ["show us your comedies", "we'd like to put money into one of these and be partners"]),
    ("en", ["we want to invest in one of your dramas and co-own it"]),
    ("zh", ["想投资其中一部，一起做"]),
    ("zh", ["有喜剧吗", "想投资其中一部，一起做"]),
    ("zh", ["我们想出钱投资你们片单里的一部剧"]),
])
def test_money_into_a_title_is_coproduction(services: Services, lang: str, lines: list[str]) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == COPRODUCE, reply.answer


@pytest.mark.parametrize("line", ["y si quisieramos meter dinero en una asi y ser parte, que hay que hacer?",
                                  "¿qué tenemos que hacer para licenciar una?"])
def test_what_to_do_asks_no_role(line: str) -> None:
    assert "role" not in lexicon.facts_asked(line)


@pytest.mark.parametrize("line", ["¿qué hace la secretaría?", "¿y qué hace esa persona?"])
def test_what_someone_does_is_still_a_role(line: str) -> None:
    assert "role" in lexicon.facts_asked(line)


@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "HISDA는 누가 운영하는 곳이에요?"),
    ("ko", "연맹은 누가 운영해요?"),
    ("en", "who's behind HISDA?"),
    ("es", "¿quién está detrás de HISDA?"),
    ("es", "¿y quién maneja la HISDA?"),
    ("zh", "HISDA是谁在运营"),
    ("zh", "联盟是谁主办的？"),
])
def test_who_runs_the_alliance_says_who_runs_it(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.answer in ("faq:what_is_hisda", "program:hisda", "gap:hisda_secretariat"), reply.answer
    assert "secretariat@hisda.example.com" in reply.text  # who runs it as published: the Secretariat's desk


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "what is HISDA and who runs it?"),
    ("zh", "HISDA是谁发起的？"),
])
def test_what_it_is_or_who_founded_it_keeps_the_faq(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.answer == "faq:what_is_hisda", reply.answer
    assert "secretariat@" not in reply.text


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "景德镇陶泥哪家便宜"),
    ("zh", "景德镇的瓷器哪家最便宜"),
    ("zh", "景德镇哪里买瓷器便宜"),
    ("en", "where's the cheapest place to buy clay in Jingdezhen?"),
    ("es", "¿dónde compro arcilla barata en Jingdezhen?"),
    ("ko", "이우에서 잡화 제일 싸게 파는 곳 어디예요?"),
])
def test_goods_bought_elsewhere_are_out_of_scope(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.answer in ("out_of_scope", "fallback"), reply.answer


def test_shooting_here_cheaply_is_still_the_costs(services: Services) -> None:
    assert ask(services, "zh", "横店拍戏贵不贵").answer == "faq:costs"


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "can we shoot on Sunday?"),
    ("en", "is filming possible at weekends in Hengdian?"),
    ("en", "can we film on weekends?"),
    ("es", "¿se puede rodar los domingos?"),
    ("es", "¿podemos grabar el fin de semana?"),
    ("zh", "周末能拍吗"),
    ("zh", "星期天可以拍戏吗？"),
    ("ko", "일요일에도 촬영 돼요?"),
    ("ko", "주말에 촬영 가능한가요?"),
])
def test_shooting_on_a_day_of_the_week_is_the_availability_gap(services: Services, lang: str, line: str) -> None:
    reply = ask(services, lang, line)
    assert reply.answer == "gap:international_business", reply.answer


def test_saturday_events_stay_events(services: Services) -> None:
    assert ask(services, "en", "what's happening on Saturday?").answer.startswith("list:events")


@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "아이들용 드라마 있나요?"),
    ("ko", "어린이용 작품 있어요?"),
    ("ko", "키즈 드라마 있나요?"),
])
def test_family_titles_by_a_word_for_kids(services: Services, lang: str, line: str) -> None:
    assert ask(services, lang, line).answer == "list:works?genre=family"


@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "가족 드라마 지원금 있어요?"),
    ("en", "any incentives for family dramas?"),
])
def test_support_for_a_genre_stays_the_incentives(services: Services, lang: str, line: str) -> None:
    answer = ask(services, lang, line).answer
    assert answer.startswith(("list:incentives", "faq:incentives")), answer


@pytest.mark.parametrize(("lang", "lines", "card"), [
    ("zh", ["請問有浪漫愛情類的劇嗎？", "有西班牙語的是哪幾部", "集數最少的是哪一部",
            "Can you tell me more about that one in English?"], "work:work_face_in_clay"),
    ("ko", ["코미디 있어요?", "두 번째 몇 부작이에요?", "그거 영어로 자세히 알려 줘"], "work:work_palace_ratings_war"),
])
def test_more_about_it_in_another_language_is_its_card(services: Services, lang: str, lines: list[str], card: str) -> None:
    assert replies(services, lang, lines)[-1].answer == card


@pytest.mark.parametrize(("lang", "line"), [
    ("ko", "진시황궁에 대해 자세히 알려 주십시오."),
    ("en", "tell me about Qin Shi Huang's palace"),
    ("zh", "秦始皇宫在哪里"),
    ("es", "¿dónde queda el Palacio de Qin Shi Huang?"),
])
def test_qin_palace_by_qin_shi_huangs_name(services: Services, lang: str, line: str) -> None:
    assert ask(services, lang, line).answer.startswith("location:qin_palace"), ask(services, lang, line).answer


def test_an_outing_on_a_weekend_asks_no_shooting_day() -> None:
    """(answers83: "the goth weekend" is where the lad was, no day asked to shoot on)"""
    line = "a lad at the goth weekend sez u can film a whole castle on an led wall, is that rly how ur virtual production works"
    assert "availability" not in lexicon.gap_topics(line)

"""Kinds of play34 (fixu34b), in the four languages:

- asking for the team to contact us in any wording ("Can I get someone from your business team
  to reach out to us?", "¿Podrían pedirle a su encargado de distribución que nos contacte?",
  "담당 부서에서 연락 좀 주실 수 있나요?") starts the hand-off, never the list of contact cards;
- who runs the alliance day to day ("who's in charge of it on a daily basis", "¿quién lleva la
  alianza en el día a día?", "联盟日常由谁负责", "연맹 일상 운영은 누가 해요?") is the who-runs-it gap
  with the Secretariat, never the price sentence, the partners list or what HISDA is;
- "I'm interested in the second one" right after a list shows the second item's card with ⭐ and
  the team offered; the interest is recorded only once the work has been seen;
- "what is the … Operations Center?" is what the team is (the card of the company running it),
  not its list of works; who heads or directs it is the head its contact card names;
- "是用西班牙文嗎" right after an event is its language, not a switch; the Korean language answer
  leads with the fact, no "진행 언어 관련 안내입니다." opener;
- "회원사가 몇 곳이에요?" (the alliance unsaid) is the members count gap, as in Chinese.
"""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from intents import lexicon
from intents.handoff_words import asks_for_person
from tests.dialogue import replies

REACH_OUT = [
    ("en", "Can I get someone from your business team to reach out to us?"),
    ("en", "could somebody from the secretariat reach out to me?"),
    ("es", "¿Podrían pedirle a su encargado de distribución que nos contacte?"),
    ("es", "¿Le puede decir al responsable de ventas que me llame?"),
    ("zh", "能不能让你们业务部门的人联系我们"),
    ("ko", "담당 부서에서 연락 좀 주실 수 있나요?"),
    ("ko", "사무국에서 회신 좀 주세요"),
]


@pytest.mark.parametrize(("lang", "line"), REACH_OUT)
def test_reach_out_is_a_handoff(services: Services, lang: str, line: str) -> None:
    assert asks_for_person(line)
    (reply,) = replies(services, lang, [line])
    assert reply.answer.partition(":")[0] == "handoff"


@pytest.mark.parametrize("line", ["¿Quién es el encargado de distribución?", "연락처 좀 주세요",
                                  "the team will reach out to partners next month"])
def test_not_a_reach_out(line: str) -> None:
    assert not asks_for_person(line)


DAILY = [
    ("en", "who's in charge of the alliance on a daily basis"),
    ("en", "who runs the alliance day to day?"),
    ("es", "¿Quién lleva la alianza en el día a día?"),
    ("zh", "联盟日常由谁负责"),
    ("ko", "연맹 일상 운영은 누가 해요?"),
]


@pytest.mark.parametrize(("lang", "line"), DAILY)
def test_who_runs_the_alliance_daily(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "gap:hisda_secretariat"


@pytest.mark.parametrize(("lang", "first", "line"), [
    ("en", "what is HISDA?", "ok and whos in charge of it on a daily basis"),
    ("zh", "HISDA是什么", "日常是谁在负责运营"),
])
def test_who_runs_it_daily_in_focus(services: Services, lang: str, first: str, line: str) -> None:
    assert replies(services, lang, [first, line])[-1].answer == "gap:hisda_secretariat"




def test_daily_rate_is_still_a_price() -> None:
    price = dict(lexicon.GAPS)["price"]
    assert re.search(price, "what is the daily rate?")
    assert not re.search(price, "who runs it on a daily basis?")


SECOND = [
    ("en", "any comedies?", "I'm interested in the second one"),
    ("es", "¿tienen romances?", "me interesa el segundo"),
    ("es", "¿tienen títulos de misterio?", "me interesa la segunda"),
    ("zh", "有喜剧吗", "对第二个感兴趣"),
    ("ko", "코미디 작품 있어요?", "두 번째 거 관심 있어요"),
]


@pytest.mark.parametrize(("lang", "listed", "line"), SECOND)
def test_interest_in_an_unseen_item_shows_it(services: Services, lang: str, listed: str, line: str) -> None:
    reply = replies(services, lang, [listed, line])[-1]
    assert reply.answer.startswith("work:") and "#" not in reply.answer
    assert not reply.staff_note
    datas = [b.data for row in reply.buttons for b in row]
    assert any(d.startswith("v1|int|") for d in datas) and any(d.startswith("v1|ask|") for d in datas)


def test_interest_once_seen_is_recorded(services: Services) -> None:
    reply = replies(services, "es", ["¿tienen romances?", "me interesa el segundo", "me interesa"])[-1]
    assert reply.answer.endswith("#interest") and reply.staff_note


CENTER = {"en": "What is the Vertical Short Drama Operations Center?",
          "es": "¿Qué es el Centro de Operaciones de Microdramas Verticales?",
          "zh": "竖屏短剧运营中心是什么", "ko": "세로형 숏드라마 운영센터가 뭐예요?"}
WHO_HEADS = {"en": "who heads it?", "es": "¿quién lo dirige?", "zh": "谁领导这个中心", "ko": "누가 이끌어요?"}


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_what_the_center_is_and_who_heads_it(services: Services, lang: str) -> None:
    what, who = replies(services, lang, [CENTER[lang], WHO_HEADS[lang]])
    assert what.answer == "partner:hengdian_film_tv_services"
    assert who.answer == "contact:vertical_short_drama_center#role"
    assert "Zhou Fenglai" in who.text


def test_who_directs_the_center_named(services: Services) -> None:
    reply = replies(services, "es", ["¿Quién dirige el Centro de Operaciones de Microdramas Verticales?"])[-1]
    assert reply.answer == "contact:vertical_short_drama_center#role"


def test_the_centers_works_asked_stay_its_works(services: Services) -> None:
    reply = replies(services, "es", ["¿qué obras lleva el Centro de Operaciones de Microdramas Verticales?"])[-1]
    assert reply.answer == "list:works?contact=vertical_short_drama_center"


def test_held_in_spanish_asked_in_chinese_is_the_events_language(services: Services) -> None:
    reply = replies(services, "zh", ["拉美推介会是什么时候", "是用西班牙文嗎"])[-1]
    assert reply.answer == "event:latam_pitch_day_2027" and reply.lang == "zh"
    assert "同传" in reply.text


def test_korean_language_answer_leads_with_the_fact(services: Services) -> None:
    reply = replies(services, "ko", ["피칭 데이 언제예요?", "무슨 언어로 진행돼요?"])[-1]
    assert reply.answer == "event:latam_pitch_day_2027"
    assert reply.text.startswith("스페인어")


def test_members_counted_without_the_alliance_said(services: Services) -> None:
    reply = replies(services, "ko", ["회원사가 몇 곳이에요?"])[-1]
    assert reply.answer == "gap:hisda_secretariat"
    assert "12" in reply.text

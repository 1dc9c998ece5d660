"""Honest gaps and "not my subject", by kind (issue 7; found by the gapprobe dev set, 2026-12-02),
each in wordings other than the probe's:

- a job for the bot (write a script, design a poster, code) or the bot's own taste ("your
  favourite film?") is no subject of ours, whatever film word it shares with our texts; nor is a
  share price ("stock", "cotiza", "股价", "주가");
- a sum asked in a currency ("how many yuan", "cuántos dólares", "多少块", "몇 위안") or a title's
  production cost ("成本") is a price staff give: an honest gap, never the record's card;
- famous people at an event are not published (who took part is its description): a gap, never
  the event's date because a year is named;
- a lead-in we cannot place before an unpublished thing ("how did it do? views?") is answered
  by the honest gap, not "not my subject"; a record's card then its unpublished price is the gap.

Counter-examples stay ours: writing to a team, "who attended?" (the event's description), a
plain fact after a card."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

OFF = "out_of_scope"


@pytest.mark.parametrize("lang,say", [
    # a job for the bot, with a film word in it
    ("en", "could you draft a logline and treatment for my thriller short drama?"),
    ("es", "redactame una sinopsis pa mi serie vertical de romance, 60 capitulos"),
    ("zh", "帮我们写一个短剧的分集大纲，都市题材"),
    ("ko", "제 숏드라마 기획안 좀 작성해 주세요"),
    # the bot's own taste
    ("en", "what's your favourite movie?"),
    ("es", "cual es tu pelicula favorita?"),
    ("zh", "你最喜欢什么电影"),
    ("ko", "가장 좋아하는 드라마가 뭐예요?"),
    # a share price
    ("en", "is Hengdian's stock price up this week?"),
    ("es", "cuanto cotiza Hengdian en la bolsa?"),
    ("zh", "横店的股票最近涨了吗"),
    ("ko", "헝뎬 주식 지금 사도 돼요?"),
])
def test_not_our_subject(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, OFF)])


@pytest.mark.parametrize("lang,say", [
    ("en", "who should I write to about membership?"),
    ("es", "me pueden escribir por correo con la info de la membresia?"),
])
def test_writing_to_a_team_stays_ours(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, ["faq:*", "contact:*", "gap:*", "handoff*", "program:*"])], fits=fits)
    assert reply.answer != OFF


@pytest.mark.parametrize("lang,say", [
    # a sum in a currency of a record named: the honest price gap, not its card
    ("en", "how many dollars back do we get per episode with the vertical short drama incentive?"),
    ("es", "cuantos dolares nos devuelven por episodio con el incentivo de microdramas verticales?"),
    ("zh", "竖屏短剧扶持政策，每集能返多少块？"),
    ("ko", "세로형 숏드라마 인센티브로 회당 몇 달러 돌려받아요?"),
    # a title's cost, in Chinese
    ("zh", "《奶奶2.0》的制作成本是多少"),
    # a surcharge on a set named
    ("en", "do you charge extra for weekend shoots on the Qin Palace set?"),
    ("es", "cobran adicional por grabar de noche en el Palacio de Qin?"),
])
def test_sum_in_a_currency_is_a_gap(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "any celebrities turn up at the 2025 cross-cultural exchange?"),
    ("es", "que famosos estuvieron en el intercambio intercultural de 2025?"),
    ("zh", "2025年跨文化交流会有明星出席吗"),
    ("ko", "2025년 문화교류 행사에 연예인 왔어요?"),
])
def test_famous_people_at_an_event_are_a_gap(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")])


def test_who_attended_is_still_the_description(services: Services) -> None:
    talk(services, "en", [("who attended the 2025 signing ceremony?", "event:signing_ceremony_2025")])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("any mystery titles?", "list:works?genre=mystery"), ("the second one", "work:work_emperors_clockmaker"),
            ("did it do well? what were the view counts?", "gap:*"), ("and the third?", "work:work_canton_nocturne")]),
    ("zh", [("有悬疑剧吗", "list:works?genre=mystery"), ("第二部", "work:work_emperors_clockmaker"),
            ("反响咋样？播放量多少", "gap:*"), ("那第三部呢", "work:work_canton_nocturne")]),
    ("ko", [("미스터리 작품 있어요?", "list:works?genre=mystery"), ("두 번째 거요", "work:work_emperors_clockmaker"),
            ("반응 어땠어요? 시청률은요?", "gap:*"), ("세 번째는요?", "work:work_canton_nocturne")]),
])
def test_lead_in_before_figures_is_the_gap(services: Services, lang: str, turns: list) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,say,expect", [
    # the card, then what it does not publish: the gap
    ("en", "tell me about the Global Talent Program. how much is the monthly allowance?", "gap:*"),
    ("ko", "글로벌 인재 프로그램 알려 주세요. 수당은 얼마예요?", "gap:*"),
    # the card, then a fact it publishes: the fact
    ("en", "tell me about Grandma 2.0. how many episodes?", "work:work_grandma_2_0#episodes"),
])
def test_card_then_unpublished_is_the_gap(services: Services, lang: str, say: str, expect: str) -> None:
    talk(services, lang, [(say, expect)])

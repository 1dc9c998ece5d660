"""fixH3: an honest gap says what was asked is not published, in four languages.

- How long a visa takes, asked right after the visa FAQ (or alone), is its own gap (processing
  times depend on nationality and the consulate) with the FAQ's team, never the visa FAQ again.
- Pay to interns or participants ("pasantías pagadas", "实习有工资吗", "인턴 월급") is the pay
  gap of the programme that takes interns, with its team, not "prices and fees".
- A direct flight asked ("인천에서 직항 있나", "¿hay vuelos directos desde Madrid?") is the way to
  Hengdian with "no airline routes in our information" said first; a flight between other
  places stays out of scope."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

VISA_TIME = [
    ("en", [("do we need visas as Nigerian nationals?", "faq:visa"), ("and how long does the visa take to process?", "gap:*")],
     "processing times"),
    ("es", [("¿necesito visa para filmar en Hengdian?", "faq:visa"), ("¿y cuánto tarda el trámite de la visa?", "gap:*")],
     "tiempo de trámite"),
    ("zh", [("来横店拍戏要签证吗", "faq:visa"), ("签证办下来要多久", "gap:*")], "办理时间"),
    ("ko", [("헝뎬 촬영하려면 비자 필요해요?", "faq:visa"), ("비자 발급은 얼마나 걸려요?", "gap:*")], "걸리는 기간"),
    ("ko", [("헝뎬 촬영하려면 비자 필요해요?", "faq:visa"), ("며칠 걸려요?", "gap:*")], "걸리는 기간"),
    ("en", [("how many days for a chinese visa?", "gap:*")], "processing times"),
]


@pytest.mark.parametrize("lang, turns, said", VISA_TIME, ids=[f"{c[0]}{i}" for i, c in enumerate(VISA_TIME)])
def test_visa_time_is_its_own_gap(services: Services, lang: str, turns, said: str) -> None:  # type: ignore[no-untyped-def]
    reply = talk(services, lang, turns, fits=fits)
    assert said in reply.text


PAY = [
    ("es", "tienen pasantias pagadas? cuanto pagan", "remuneración"),
    ("en", "are the internships paid?", "Pay for the"),
    ("zh", "实习有工资吗", "薪酬"),
    ("ko", "인턴 월급 얼마예요?", "급여 조건"),
]


@pytest.mark.parametrize("lang, said, shown", PAY, ids=[c[0] for c in PAY])
def test_pay_is_not_prices(services: Services, lang: str, said: str, shown: str) -> None:
    reply = talk(services, lang, [(said, "gap:*")], fits=fits)
    assert shown in reply.text
    assert "global" in reply.text.lower() or "全球" in reply.text or "글로벌" in reply.text


FLIGHTS = [
    ("ko", "인천에서 직항 있나", "직항"), ("en", "any direct flights from Incheon?", "Direct flights"),
    ("zh", "有从仁川直飞的航班吗", "直飞"), ("es", "¿hay vuelos directos desde Madrid?", "vuelos directos"),
]


@pytest.mark.parametrize("lang, said, shown", FLIGHTS, ids=[c[0] for c in FLIGHTS])
def test_direct_flight_gap_then_the_way_there(services: Services, lang: str, said: str, shown: str) -> None:
    reply = talk(services, lang, [(said, "faq:how_to_reach_hengdian")], fits=fits)
    assert shown in reply.text.split("\n")[0]


def test_a_flight_elsewhere_stays_out_of_scope(services: Services) -> None:
    reply = talk(services, "en", [("any direct flights from Seoul to Tokyo?", ["out_of_scope", "fallback"])], fits=fits)
    assert "Hengdian is a town" not in reply.text

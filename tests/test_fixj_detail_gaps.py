"""fixJ: a detail the knowledge files do not hold is one sentence saying so, with the contact the
files name for its subject and the ask-a-person button: parking at the event in view, a place at
an event with no registration details, a visa's fee (the consulate's to say; the visa FAQ's team
for the papers), the amount of support an incentive gives (worded as support, not "prices and
fees")."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import talk_patterns as talk

SESSION = {"en": "when is the global talent info session?",
           "es": "¿cuándo es la sesión informativa del programa global de talento?",
           "zh": "环球人才计划说明会什么时候？",
           "ko": "글로벌 인재 프로그램 설명회 언제예요?"}
EVENT = "event:global_talent_info_session_2026*"


def _one_sentence_gap(reply, lang: str, key: str) -> None:
    assert reply.outcome == "gap"
    first = reply.text.split("\n", 1)[0]
    head = t(key, lang, who="").split("{")[0][:12]
    assert first.startswith(head[:8]), first
    assert reply.buttons, "the ask-a-person button"


@pytest.mark.parametrize("lang,say", [
    ("en", "is there parking at the venue?"),
    ("en", "where can we park?"),
    ("es", "¿hay estacionamiento?"),
    ("es", "¿dónde podemos estacionar?"),
    ("zh", "有停车场吗？"),
    ("zh", "停车方便吗"),
    ("ko", "주차 가능해요?"),
    ("ko", "주차장 있나요?"),
])
def test_parking_after_an_event_is_a_gap_not_the_venue(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(SESSION[lang], EVENT), (say, "gap:*")])
    _one_sentence_gap(reply, lang, "gap_parking")


@pytest.mark.parametrize("lang,say", [
    ("en", "visa fee?"),
    ("en", "how much does the visa cost?"),
    ("es", "¿cuánto cuesta la visa?"),
    ("es", "¿y el costo de la visa?"),
    ("zh", "签证费多少？"),
    ("zh", "办签证要多少钱"),
    ("ko", "비자 비용은요?"),
    ("ko", "비자 발급비 얼마예요?"),
])
def test_a_visa_fee_is_the_consulates_not_the_faq_again(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:international_business")])
    _one_sentence_gap(reply, lang, "gap_visa_fee")


@pytest.mark.parametrize("lang,say", [
    ("en", "can I register? how?"),
    ("en", "could we register for it?"),
    ("es", "¿puedo inscribirme? ¿cómo?"),
    ("zh", "可以报名吗？怎么报？"),
    ("ko", "등록할 수 있어요? 어떻게 해요?"),
])
def test_registering_for_an_event_in_view_is_its_teams(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(SESSION[lang], EVENT), (say, "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("lang,say", [
    ("en", "how much is the subsidy exactly?"),
    ("es", "¿de cuánto es el subsidio exactamente?"),
    ("zh", "补贴具体多少钱"),
    ("zh", "補助具體多少錢"),
    ("ko", "보조금은 정확히 얼마예요?"),
])
def test_a_support_amount_is_said_as_support(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:vertical_short_drama_center")])
    assert reply.outcome == "gap"
    price = t("gap_price", lang, who="").split("{")[0][:8]
    assert not reply.text.startswith(price), reply.text


def test_new_keys_in_every_language() -> None:
    for lang in ("en", "es", "zh", "ko"):
        for key in ("gap_parking", "gap_visa_fee", "gap_support"):
            assert t(key, lang, who="X") != key
            assert "X" in t(key, lang, who="X")


INCENTIVES = {"en": "what incentives do you offer?", "es": "¿qué incentivos hay para microdramas?",
              "zh": "有什么扶持政策", "ko": "인센티브 뭐 있어요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "how much exactly per episode?"),
    ("es", "¿cuánto exactamente por episodio?"),
    ("zh", "每集具体多少"),
    ("ko", "에피소드당 정확히 얼마예요?"),
])
def test_how_much_after_the_incentives_is_the_amount_of_support(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(INCENTIVES[lang], "*"), (say, "gap:vertical_short_drama_center")])
    assert reply.text.startswith(t("gap_support", lang, who="").split("{")[0][:8]), reply.text


@pytest.mark.parametrize("lang,say", [
    ("en", "roughly how much does a shoot cost?"),
    ("es", "¿cuánto cuesta rodar allá?"),
    ("zh", "拍摄费用大概多少"),
    ("ko", "촬영 비용 대략 얼마 들어요"),
])
def test_a_shoots_cost_names_the_team_the_costs_faq_names(services: Services, lang, say) -> None:
    # the costs FAQ: "For a quote, send … to the International Business Department", whatever came before
    talk(services, lang, [(INCENTIVES[lang], "*"), (say, ["gap:international_business", "faq:costs"])])


@pytest.mark.parametrize("lang,say", [
    ("en", "how far is Hangzhou from Hengdian in km?"),
    ("es", "¿qué tan lejos está Hengdian de Shanghái?"),
    ("zh", "横店离杭州多远"),
    ("ko", "항저우에서 헝뎬까지 거리가 얼마나 돼요?"),
])
def test_a_distance_is_said_not_listed_before_the_way_there(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "faq:how_to_reach_hengdian")])
    assert reply.text.startswith(t("gap_distance", lang)), reply.text


def test_a_title_s_budget_keeps_the_title_s_team(services: Services) -> None:
    talk(services, "zh", [("都市片有哪些", "list:works*"), ("第一部", "work:*"), ("这部拍摄成本多少", "gap:vertical_short_drama_center")])

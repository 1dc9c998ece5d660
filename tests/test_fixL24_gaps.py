"""fixL24: honest gaps of answers81 in other words. A title's soundtrack album, the partner's own
goods sold at an event, the insurance a crew must take out and wheelchair access are published
nowhere: one sentence saying so with the contact who knows, never the title's or event's card,
the foreign-crews FAQ or joining the alliance. Off-topic town questions (the norte, cheap
strings by the port) are gaps too."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "does Ten Days in October have a soundtrack? our DJ would love it"),
    ("es", "¿Diez días de octubre tiene banda sonora? la queremos para el bar"),
    ("zh", "横店十月出原声带了吗？"),
    ("ko", "시월의 열흘 OST 나왔어요?"),
])
def test_a_titles_soundtrack_is_a_gap_not_its_card(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("lang,say", [
    ("en", "could we run a stall selling our jam at the Hengdian Film Festival?"),
    ("es", "¿podemos poner un puesto en el Festival de Cine de Hengdian?"),
    ("zh", "横店电影节上可以摆摊吗？"),
    ("ko", "헝뎬 영화제에서 부스 하나 내서 판매해도 돼요?"),
])
def test_selling_at_an_event_is_a_gap_not_its_card(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert reply.outcome == "gap"


@pytest.mark.parametrize("lang,say", [
    ("en", "What kind of insurance does a visiting crew need to shoot at Hengdian?"),
    ("es", "¿Qué seguro tenemos que contratar para rodar en Hengdian con un equipo de fuera?"),
    ("zh", "外国剧组去横店拍戏要买哪种保险？"),
    ("ko", "해외 촬영팀이 헝뎬에서 찍으려면 무슨 보험을 들어야 하나요?"),
])
def test_insurance_is_the_permits_gap_not_the_foreign_crews_faq(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert reply.outcome == "gap"


def test_the_safer_choice_in_chinese_is_no_insurance(services: Services) -> None:
    talk(services, "zh", [("朝代还没定，先看哪片景比较保险？", "faq:which_set")])


@pytest.mark.parametrize("lang,say", [
    ("en", "One of our players uses a wheelchair, can she get around the sets?"),
    ("es", "Nuestro bajista va en silla de ruedas, ¿puede moverse por los sets?"),
    ("zh", "我们有个成员坐轮椅，片场方便进出吗？"),
    ("ko", "단원 한 분이 휠체어를 타시는데 세트장 다니기 괜찮을까요?"),
])
def test_wheelchair_access_is_its_own_gap(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert reply.text.split("\n", 1)[0].startswith(t("gap_access", lang, who="").split("{")[0][:8])


def test_accessible_by_train_is_the_way_there(services: Services) -> None:
    talk(services, "en", [("is the studio accessible by train?", "faq:how_to_reach_hengdian")])


@pytest.mark.parametrize("say", [
    "¿va a haber norte en Veracruz el sábado?",
    "¿dónde venden requintos baratos por el centro?",
])
def test_town_questions_are_gaps_not_a_list_of_sets(services: Services, say) -> None:
    # (an honest gap or the off-topic answer: no list of harbour sets)
    reply = talk(services, "es", [(say, ["gap:*", "out_of_scope", "fallback"])])
    assert reply.outcome in ("gap", "fallback")


def test_who_in_jeju_words_asks_a_films_director_not_our_events(services: Services) -> None:
    # ("누게라마씀?" is Jeju for "누구입니까?": a film not ours, its director, is no event of ours)
    reply = talk(services, "ko", [("영화 기생충 감독은 누게라마씀?", ["gap:*", "out_of_scope", "fallback"])])
    assert reply.outcome in ("gap", "fallback")

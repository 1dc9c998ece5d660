"""fixI: a handful of misreadings, in four languages. Reaching a gateway city first and going on
from it ("先到杭州再换车吗？") is the way to Hengdian, not a goodbye; a team named and asked its
hours ("at what hours does the secretariat answer?") is that team's hours, whatever FAQ one of its
words ("answer") reads like; an age word beside a country outside Europe ("medieval Korea") asks
which set suits the story, with no "no set for Period Europe"; "¿quién maneja la HISDA y para qué
sirve?" asks what HISDA is; a list asked of a genre ("敝司欲观贵方都市题材之剧，烦请列示") is that
list, not the joining FAQ a formal word reads like."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("zh", "先到杭州再换车吗？"),
    ("zh", "到了杭州再转车？"),
    ("zh", "先到上海然后再转高铁吗？"),
])
def test_a_gateway_first_then_onwards_is_the_way_there(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:how_to_reach_hengdian")])


@pytest.mark.parametrize("lang,say", [
    ("en", "at what hours does the secretariat answer?"),
    ("en", "when does the secretariat answer?"),
])
def test_a_named_team_asked_its_hours_is_its_hours(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "contact:hisda_secretariat#hours")])


def test_the_bot_s_own_languages_stay_the_faq(services: Services) -> None:
    talk(services, "en", [("what languages does the bot answer in", "faq:languages")])


@pytest.mark.parametrize("lang,say", [
    ("en", "our film takes place in medieval Korea, which set?"),
    ("es", "nuestra serie ocurre en el Japón de la Edad Media, ¿qué set nos sirve?"),
])
def test_an_age_beside_a_country_outside_europe_asks_no_europe_era(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "faq:which_set")])
    assert "Europ" not in reply.text


def test_medieval_alone_is_still_europe_s_period(services: Services) -> None:
    reply = talk(services, "en", [("a medieval drama, which set?", "faq:which_set")])
    assert "Period Europe" in reply.text


@pytest.mark.parametrize("lang,say", [
    ("es", "¿quién maneja la HISDA y para qué sirve?"),
    ("es", "¿para qué sirve la HISDA?"),
    ("en", "HISDA, who runs it and what does it do?"),
    ("zh", "HISDA谁在管，有什么用？"),
])
def test_what_hisda_is_for_is_what_it_is(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["program:hisda", "faq:what_is_hisda"])])


@pytest.mark.parametrize("lang,say", [
    ("zh", "敝司欲观贵方都市题材之剧，烦请列示"),
    ("zh", "我们想看你们都市题材的剧，请列出来"),
    ("en", "please list your urban dramas"),
    ("es", "por favor, enlista sus dramas urbanos"),
    ("ko", "현대 도시극 작품 목록 보여 주세요"),
])
def test_a_list_asked_of_a_genre_is_that_list(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:works?genre=urban")])


@pytest.mark.parametrize("lang,say", [
    ("ko", "SpringReel 연매출이 얼마예요?"),
    ("en", "what's SpringReel's yearly revenue?"),
    ("es", "¿cuál es la facturación de SpringReel?"),
    ("zh", "SpringReel一年营业额多少？"),
])
def test_a_company_s_revenue_is_a_gap_about_revenue_not_prices(services: Services, lang, say) -> None:
    reply = talk(services, lang, [(say, "gap:*")])
    assert not any(word in reply.text for word in ("price", "precio", "价格", "价钱", "가격", "요금"))

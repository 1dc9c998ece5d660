"""Kinds of answers54's mistakes (fixG11), each in wordings of our own, in the four languages:

- a subscription asked in words for the Spanish-language market is that topic switched on;
- needs told as a situation: magic or gods are fantasy, a show a whole family watches is family,
  a city of today is the present-day era, a distributor of ours using the sets is the set-access
  deal's eligibility, a self-introduction with no greeting then what is wanted, a co-production
  with a way in asked, the partner's own shows sold in Latin America, roles for non-Chinese
  actors, costs weighed against Hong Kong, a temple asked of a set;
- "how would we get in?" in a membership talk is joining; "put me through to that team" hands off;
- a bank account to open and another town's food are off-topic, Hengdian's own food the gap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from tests.dialogue import noon_services
    yield from noon_services(tmp_path_factory, "fixg11")


@pytest.mark.parametrize("lang,text", [
    ("en", "Please send us any updates about the Spanish-language market."),
    ("es", "Mantenme al día de lo que pase en el mercado hispano."),
    ("zh", "西语市场有什么新消息就通知我"),
    ("ko", "스페인어권 시장 소식 있으면 알려 주세요"),
])
def test_news_of_the_spanish_language_market_is_a_subscription(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "subscribe:latam_spanish_news")])


@pytest.mark.parametrize("lang,text,genre", [
    ("en", "any shows with magic and immortals?", "fantasy"),
    ("es", "¿Tienen algo con magia o dioses?", "fantasy"),
    ("zh", "有没有讲神仙法术的剧？", "fantasy"),
    ("ko", "마법이나 신들 나오는 작품 있어?", "fantasy"),
    ("zh", "有没有适合一家大小一起看的剧？", "family"),
])
def test_a_need_told_as_a_situation_is_the_genre(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:works?genre={genre}")])


@pytest.mark.parametrize("text", ["我们的故事发生在现在的城市，有什么景可以用？", "剧情喺而家嘅城市发生，边度有景拍？"])
def test_a_city_of_today_is_the_present_day_sets(services: Services, text) -> None:
    talk(services, "zh", [(text, "list:locations?era=contemporary")])


def test_titles_of_a_city_of_today_stay_urban(services: Services) -> None:
    talk(services, "zh", [("有没有发生在现在的城市的剧？", "list:works?genre=urban")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "我哋而家发行紧你哋两部剧，可唔可以借用你哋啲景？"),
    ("ko", "저희가 이미 그쪽 작품 몇 편 배급하고 있는데 세트도 이용할 수 있나요?"),
    ("ko", "우리 회사가 헝뎬 드라마 두 편을 유통하고 있는데, 세트장도 써도 될 수 있나?"),
])
def test_a_distributor_of_ours_asking_for_the_sets_is_the_deals_eligibility(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:set_access_partnership#eligibility")])


def test_an_introduction_without_a_greeting_then_the_want(services: Services) -> None:
    talk(services, "es", [("Soy Julia Ortega, de una distribuidora de Albacete. Buscamos thrillers para el catálogo.",
                           "list:works?genre=thriller")])


@pytest.mark.parametrize("lang,text", [
    ("en", "We've put money aside for a co-pro and like your catalogue. Where do we start?"),
    ("es", "Tenemos plata apartada para una coproducción y nos gusta su catálogo. ¿Por dónde se empieza?"),
    ("zh", "我们有一笔预算想做合拍，挺喜欢你们片单里的作品，从哪里入手？"),
])
def test_a_co_production_with_the_way_in_asked_is_how_to_co_produce(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize("lang,text", [
    ("en", "We want our series dubbed and sold in Peru. Can HISDA get us there?"),
    ("es", "Queremos que nuestras series se vean en Perú y Chile, ¿nos ayudan?"),
])
def test_our_own_shows_taken_to_latin_america_is_the_spanish_route(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:spanish_distribution")])


@pytest.mark.parametrize("lang,text", [
    ("en", "We have two roles for people who are not Chinese. How do we handle that?"),
    ("es", "Hay tres papeles para actores que no sean chinos, ¿qué hacemos?"),
])
def test_roles_for_non_chinese_actors_are_the_foreign_actors_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize("lang,text", [
    ("en", "Is a shoot there a lot dearer than in Hong Kong?"),
    ("zh", "我哋剧组过去拍，使费会唔会比香港贵好多？"),
])
def test_costs_weighed_against_hong_kong_are_the_costs_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:costs")])


def test_a_temple_asked_of_a_set_is_its_scene_types(services: Services) -> None:
    reply = talk(services, "ko", [("진왕궁에 절 있나요?", "location:qin_palace#scene_types")])
    assert "화하문화원" in reply.text  # the sets that have one, said with the no


@pytest.mark.parametrize("lang,turns", [
    ("en", ["What is the alliance?", "What is China Internet Writers Village?", "So how would we get in?"]),
    ("es", ["¿Qué es la alianza?", "¿Qué es China Internet Writers Village?", "¿Y nosotros cómo podríamos entrar?"]),
    ("zh", ["联盟是什么？", "China Internet Writers Village是什么？", "那我们怎么进去？"]),
    ("ko", ["연맹이 뭐예요?", "China Internet Writers Village는 뭐예요?", "저희는 어떻게 들어가면 돼요?"]),
])
def test_how_we_get_in_during_a_membership_talk_is_joining(services: Services, lang, turns) -> None:
    talk(services, lang, [(turns[0], "faq:what_is_hisda"), (turns[1], "partner:china_internet_writers_village"),
                          (turns[2], "faq:join_alliance")])


def test_put_me_through_to_that_team_hands_off(services: Services) -> None:
    talk(services, "zh", [("御前钟表匠谁负责？", "contact:dalynn_studio#role"), ("麻烦转到这个部门吧", "handoff")])


@pytest.mark.parametrize("lang,text", [
    ("en", "How do foreigners open a bank account in China?"),
    ("es", "¿Cómo abro una cuenta bancaria en China siendo extranjero?"),
    ("zh", "外国人在中国怎么开银行账户？"),
    ("ko", "외국인이 중국에서 은행 계좌 만들려면 어떻게 해요?"),
    ("en", "What's the best hotpot place in Shanghai?"),
    ("zh", "上海哪家火锅最好吃？"),
    ("ko", "항저우 맛집 추천해 줘"),
])
def test_a_bank_account_and_another_towns_food_are_off_topic(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "out_of_scope")])


def test_hengdians_own_food_is_the_honest_gap(services: Services) -> None:
    talk(services, "zh", [("横店哪家火锅好吃？", "gap:*")], fits=lambda e, g: (g or "").startswith("gap:"))

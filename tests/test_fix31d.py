"""Kinds of answers31's mistakes (fix31d): FAQ questions asked in new wording.

- landing at a gateway of ours (Pudong, Hongqiao, Hangzhou, Yiwu) and going on by train or car is
  the way to Hengdian, and the better of two means of transport is no rival compared;
- the language our side will use with the partner, no language named ("¿en qué idioma nos
  atienden?", "跟工作人员用什么语言沟通"), is the languages FAQ, no person asked for;
- co-producing a title once members ("入盟后…合拍", "회원 되고 나면…") is the co-production FAQ,
  not the way in; a company named in a few words wanting in ("our Lagos production company
  wants in") is joining, fees among the steps;
- a model run on storyboards or scheduling is the AI tools FAQ;
- the body behind the catalog asked as an organisation is what HISDA is;
- the shows reaching the partner's own screens (asked in Spanish) or the Latin public asked of
  the catalog are the Spanish-language route; "X语配音版" is a work's language;
- a distributor asking to use the sets is the sets-for-distribution deal;
- whether something can be rented at all asks the thing, no price;
- worth it in money ("más a cuenta", "划算", "가성비") weighed against home is the costs FAQ;
- interpreters among other on-site services keep the services' how-to;
- a Japanese setting in a period is a setting abroad: the which-set guide.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import gap_topic
from tests.dialogue import talk


def _asks(services: Services, lang: str, asked: str, expect: str | list[str]) -> None:
    talk(services, lang, [(asked, expect)])


# -- the way there from a gateway ------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we land at Pudong on the 9th with a lot of gear, train or van from there?"),
    ("es", "aterrizamos en Pudong con mucho equipo, ¿tren o camioneta?"),
    ("zh", "下个月在虹桥落地，器材多，坐动车还是包车？"),
    ("ko", "항저우 공항에 내리면 버스로 가요 택시로 가요?"),
    ("ko", "상하이 도착해서 촬영소까지 기차랑 차 중에 뭐가 나아요?"),
])
def test_going_on_from_a_gateway_is_the_way_to_hengdian(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:how_to_reach_hengdian")


def test_the_better_means_of_transport_is_no_rival_compared() -> None:
    assert gap_topic("상하이에서 촬영소까지 기차랑 차 중에 뭐가 나아요?") is None


# -- the language our side uses ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "what language does your crew speak on set?"),
    ("es", "hablamos poco inglés, ¿en qué idioma nos atienden en el rodaje?"),
    ("zh", "到了现场跟剧组说什么话比较方便？"),
    ("ko", "스태프들이랑 무슨 언어로 얘기해요?"),
])
def test_the_language_our_side_uses_is_the_languages_faq(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:languages")


# -- co-producing once members; joining said of a company --------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "once we're members, can we co-produce a title from your catalog?"),
    ("es", "una vez que seamos socios, ¿cómo coproducimos un título del catálogo?"),
    ("zh", "成为会员单位以后，片单里的剧可以合拍吗"),
    ("ko", "가입한 후에 카탈로그 작품 공동 제작 가능해요?"),
    ("zh", "入会之后，怎么跟贵方合拍片单上的项目？"),
    ("zh", "入盟以后怎么和你们合拍片单里的剧"),
    ("ko", "회원 된 다음에 목록에 있는 작품 공동제작사로 들어가는 건 어떻게 해요?"),
])
def test_co_producing_once_members_is_the_co_production_faq(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:coproduce_catalog_title")


def test_a_company_named_in_a_few_words_wanting_in_joins(services: Services) -> None:
    _asks(services, "en", "our little Lagos production company wants in, what are the steps, forms and fees?",
          "faq:join_alliance")


def test_graduates_wanting_in_are_no_company_joining(services: Services) -> None:
    _asks(services, "en", "my grads want in - is there a talent programme?", "program:global_talent_program")


# -- AI on planning ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "lots of studios run machine learning for scheduling now, do you?"),
    ("es", "¿usan IA para el plan de rodaje o los guiones gráficos?"),
    ("zh", "你们做分镜和排期会用AI吗"),
    ("ko", "콘티 짜는 데 머신러닝 돌려요?"),
])
def test_a_model_run_on_planning_is_the_ai_tools_faq(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:ai_tools")


# -- the body behind the catalog -------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "who's behind this catalog, what kind of organisation is it?"),
    ("es", "¿quién está detrás del catálogo? ¿qué tipo de entidad es?"),
    ("zh", "这个片单是谁发布的？发布方是什么性质的机构？"),
    ("ko", "이 카탈로그 만든 곳은 어떤 단체예요?"),
])
def test_the_body_behind_the_catalog_is_what_hisda_is(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:what_is_hisda")


# -- the Spanish-language route, a work's language -----------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "¿sus series ya se ven en nuestro país?"),
    ("ko", "그쪽 작품들 남미에서도 방영돼요?"),
])
def test_shows_reaching_the_partners_screens_are_the_spanish_route(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:spanish_distribution")


def test_a_spanish_dub_asked_of_titles_is_their_language(services: Services) -> None:
    _asks(services, "zh", "有没有西语字幕的短剧", "list:works?language=es")


# -- a distributor using the sets ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "I work for a small distributor in Lagos, can we use the backlots?"),
    ("es", "somos una distribuidora en Perú, ¿nos dejarían usar sus sets?"),
    ("zh", "我们是做发行的，能用你们的片场吗"),
    ("ko", "저희는 배급사인데 헝뎬 세트 쓸 수 있나요?"),
])
def test_a_distributor_using_the_sets_is_the_set_access_deal(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "incentive:set_access_partnership#eligibility")


# -- rentable, worth it, on-site services, a Japanese setting ---------------------------------------------------
def test_whether_a_stage_can_be_rented_asks_no_price(services: Services) -> None:
    assert gap_topic("is there an LED stage we could hire for a week?") is None
    assert gap_topic("any LED volume over there we could rent for a week?") is None
    assert gap_topic("how much to rent the LED stage for a week?") == "price"
    _asks(services, "es", "¿hay algún plató LED que podamos alquilar una semana?",
          ["faq:virtual_production", "location:virtual_production"])


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "comparado con grabar en Galicia, ¿nos saldría más a cuenta rodar allá?"),
    ("en", "compared with shooting in Portugal, would Hengdian be more cost-effective?"),
    ("zh", "跟在泰国拍比，去横店拍更划算吗"),
    ("ko", "포르투갈에서 찍는 거랑 비교하면 헝뎬이 가성비 나아요?"),
])
def test_worth_it_against_home_is_the_costs_faq(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:costs")


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "we'll want extras, interpreters and catering on the lot, how do we book those?"),
    ("en", "on set we'll need interpreters, extras and catering. how do we request those services?"),
    ("zh", "现场需要群演、翻译和盒饭，怎么申请这些服务？"),
])
def test_interpreters_among_services_keep_the_services_how_to(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "incentive:on_site_services#how_to_apply")


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "our script is a late-shogunate ronin story, any sets in Hengdian that work?"),
    ("es", "nuestra serie pasa en el Japón feudal, ¿hay algún lugar en Hengdian que sirva?"),
    ("zh", "讲日本江户时代的故事，横店有合适的景吗"),
    ("ko", "일본 에도 시대 배경인데 헝뎬에 찍을 만한 곳 있어요?"),
])
def test_a_japanese_setting_is_the_which_set_guide(services: Services, lang: str, asked: str) -> None:
    _asks(services, lang, asked, "faq:which_set")


def test_a_distributor_asking_how_to_apply_gets_the_how(services: Services) -> None:
    _asks(services, "zh", "我们是发行公司，想借用横店的片场，怎么申请？", "incentive:set_access_partnership#how_to_apply")


def test_a_foreign_crew_renting_a_set_itself_is_no_distribution_deal(services: Services) -> None:
    _asks(services, "ko", "노르웨이 팀인데 우리가 직접 헝뎬 세트 빌려서 찍을 수 있어요?", "faq:can_foreign_crews_film")

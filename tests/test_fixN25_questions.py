"""Kinds of answers83's single questions (fixN25), in the four languages where they apply:

- a kind of scene no set is listed for (a harbour, fishing boats), and the one set for it asked:
  the which-set guide; the sets of that scene asked as a list stay the list that says none is;
- what a production costs a group whose money is little ("modest funds", "dinero no hay mucho",
  a club living on dues), "how much" and all: the costs FAQ; a rate per day stays the price gap,
  and a club's own dues are no fee of the alliance;
- how the virtual stage works, asked: its FAQ; the scenes it can do, asked: its scene types;
- a catalog title made together with us, said with "-ing": the co-production deal;
- the actual person at a company asked: its contact, not its card;
- a distributor working in Spanish asking to distribute our titles: the Spanish-distribution route;
- a festival staged in a period piece, the sets of that period asked: those sets;
- events to be told of whenever there are some: the events' news (a subscription);
- a crew's own camera is no gear to buy, and teaming up with a Chinese company no joining of the
  alliance: whether foreign crews may film;
- a performer wanting to act, asking to be picked: the foreign-actors FAQ;
- a gloss after a question ("de espadas y eso"): the question said again, not a part of its own.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Our sea-shanty choir wants a wharf and fishing boats in the shot. Which set would you pick for us?"),
    ("es", "Queremos una escena de muelle con barcos pesqueros. ¿Qué set nos conviene?"),
    ("es", "La trama sigue a unos pescadores que salen de la caleta de madrugada, ¿dónde nos conviene grabarla?"),
    ("zh", "我们要拍一场渔港的戏，渔船进港卸货，哪个场景最合适？"),
    ("ko", "어선들이 포구로 돌아오는 이야기가 있는데 어떤 세트가 맞을까요?"),
])
def test_a_scene_no_set_holds_asking_the_set_is_the_which_set_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "any harbour sets?"),
    ("es", "¿qué sets tienen muelle?"),
    ("zh", "有没有渔港的景"),
    ("ko", "항구 세트 있어요?"),
])
def test_the_sets_of_a_scene_asked_as_a_list_stay_the_list(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "list:locations?scene=harbour")])
    assert reply.answer == "list:locations?scene=harbour"


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "We're a community theatre group on modest funds. What would a production at Hengdian cost us, more or less?"),
    ("es", "Somos un grupo de danza con poca plata, ¿cuánto nos saldría producir algo allá?"),
    ("zh", "我们没什么钱，在横店拍一部戏要多少钱"),
    ("ko", "저희는 회비로 운영되는 독립 영화 모임이에요. 헝뎬에서 촬영하면 대략 비용이 얼마나 들까요?"),
])
def test_what_a_production_costs_a_group_with_little_money_is_the_costs_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:costs", "incentive:ecosystem_and_costs"])])


@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("en", "our funds are modest, how much per day is the palace set?", "gap:"),
    ("es", "tenemos poca plata, ¿cuánto cuesta el alquiler del set por día?", "gap:"),
    ("ko", "연맹 회비는 얼마예요?", "gap:hisda_secretariat"),
])
def test_a_rate_or_the_alliance_fee_stays_the_price_gap(services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)], fits=lambda e, got: (got or "").startswith(str(e)))


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "someone told me you film whole palaces on a screen wall, is that how your virtual production works?"),
    ("es", "¿cómo funciona la producción virtual de ustedes?"),
    ("zh", "你们的虚拟制片是怎么运作的"),
    ("ko", "버추얼 프로덕션은 어떻게 돌아가요?"),
])
def test_how_the_virtual_stage_works_is_its_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:virtual_production")])


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "虚拟制作能拍哪些场景"),
    ("en", "what kind of scenes can the LED stage do"),
])
def test_the_scenes_of_the_virtual_stage_are_its_scene_types(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "location:virtual_production#scene_types")])


def test_a_title_made_together_said_with_ing_is_the_coproduction_deal(services: Services) -> None:
    talk(services, "en", [("If one of your titles grabs us, how does producing it together with you work?",
                           "faq:coproduce_catalog_title")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Who is the real person at Dalynn Studio?"),
    ("es", "¿Quién es la persona concreta en Dalynn Studio?"),
    ("zh", "Dalynn Studio那边具体是哪一位"),
    ("ko", "Dalynn Studio에서 실제로 연락할 사람이 누구예요?"),
])
def test_the_actual_person_at_a_company_is_its_contact(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "contact:dalynn_studio#person")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "A cousin runs a Spanish-language film distributor in Quito. Could they distribute your shows?"),
    ("es", "Un amigo tiene una distribuidora de cine en español en Lima, ¿podría distribuir sus series?"),
    ("zh", "我朋友开了家西语片发行公司，能发行你们的剧吗"),
    ("ko", "친구가 스페인어 영화 배급사를 하는데 그쪽에서 작품 배급할 수 있어요?"),
])
def test_a_spanish_language_distributor_is_the_spanish_distribution_route(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:spanish_distribution")])


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "哪些基地是清朝的，我们想拍一场灯会的古装戏"),
    ("en", "we want to shoot a Qing dynasty lantern festival scene, which sets do you have for the Qing?"),
])
def test_a_festival_staged_in_a_period_piece_is_that_periods_sets(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:locations?era=qing")])


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "今年哈尔滨冰雪节什么时候开始"),
    ("es", "¿cuándo es el festival de las flores de Medellín?"),
])
def test_another_towns_festival_stays_out_of_scope(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["out_of_scope", "fallback"])])


@pytest.mark.parametrize("said", ["有活动就通知我一下", "你们以后有活动的话麻烦告诉我"])
def test_events_to_be_told_of_whenever_there_are_some_is_the_subscription(services: Services, said: str) -> None:
    talk(services, "zh", [(said, ["subscribe", "subscribe:events"])])


def test_whether_there_are_events_now_stays_the_list(services: Services) -> None:
    talk(services, "zh", [("最近有活动吗？跟我说一下", "list:events?when=upcoming")])


@pytest.mark.parametrize("said", [
    "¿Es legal que unos cuencanos con cámara propia graben en Hengdian, o hay que asociarse con una productora china?",
])
def test_teaming_up_with_a_chinese_company_is_whether_foreign_crews_may_film(services: Services, said: str) -> None:
    talk(services, "es", [(said, "faq:can_foreign_crews_film")])


@pytest.mark.parametrize(("said", "expect"), [
    ("¿cómo hacemos para asociarnos a la alianza?", "faq:join_alliance"),
    ("¿qué cámara nos recomiendan comprar para rodar en vertical?", "out_of_scope"),
])
def test_joining_and_gear_to_buy_keep_their_answers(services: Services, said: str, expect: str) -> None:
    talk(services, "es", [(said, expect)])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "One of our fiddlers wants to act in a Chinese drama but has no Mandarin. Would he have a shot at being selected?"),
    ("es", "Una de nuestras bailarinas quiere actuar en una serie china, pero no habla el idioma. ¿Podría quedar seleccionada?"),
    ("zh", "我们乐队的鼓手想在中国的剧里演戏，可他不会说中文，能被选上吗"),
    ("ko", "저희 단원 하나가 중국 드라마에 출연하고 싶어하는데 중국어를 못해요. 뽑힐 수 있을까요?"),
])
def test_a_performer_asking_to_be_picked_is_the_foreign_actors_faq(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, ["faq:foreign_actors", "event:international_sets_casting_day_2027"])])


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "¿hay series de wuxia? tipo peleas con espadas y eso"),
    ("en", "got any wuxia? sword fights and all that"),
    ("zh", "有武侠剧吗？打打杀杀那种的"),
    ("ko", "무협 드라마 있어요? 칼싸움 같은 거요"),
])
def test_a_gloss_after_a_question_is_the_question_again(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:works?genre=wuxia")])

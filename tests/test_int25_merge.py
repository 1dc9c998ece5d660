"""Answers the branches merged in int25 broke against each other or against read sets, back:

- co-producing one of our titles is read as the co-production FAQ only while an event, programme
  or partner is talked about (fixV16's rule, as its docstring says); a first message keeps its own
  reading: the revenue split asked is unpublished, "a couple of comedies to co-produce" lists them;
- "no Chinese co-producer / partner company" is who the crew works with, not a language the crew
  lacks (fixW16's "no Chinese among the partner's own people" took it for the languages FAQ):
  whether a foreign crew can shoot is the foreign-crews FAQ.
"""

import pytest

from tests.dialogue import ask

COPRODUCE = "faq:coproduce_catalog_title"
CREWS, LANGUAGES = "faq:can_foreign_crews_film", "faq:languages"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if we split one of your catalogue titles 50/50, what cut of the revenue do we get?"),
    ("es", "si coproducimos uno de sus títulos a medias, ¿qué porcentaje de los ingresos nos toca?"),
    ("en", "if we co-produce one of your titles 50/50, what percentage of revenue is ours?"),
])
def test_a_first_message_about_the_split_is_no_coproduction_faq(services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer != COPRODUCE, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We're all Danes, no Chinese co-producer. Can a crew like ours even film there?"),
    ("en", "we're a Kenyan team with no Chinese partner company, can we still shoot at Hengdian?"),
    ("en", "no chinese producer on board, just us Chileans: are we allowed to film at your sets?"),
])
def test_no_chinese_coproducer_is_a_foreign_crew_question(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == CREWS


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our volunteers speak English and no Chinese at all, will that be a problem there?"),
    ("en", "not a word of Mandarin among us, would that hold us back on set?"),
])
def test_no_chinese_spoken_stays_the_languages_faq(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == LANGUAGES


# "los / las" alone are articles and pronouns, not "the two" (fixY16's comparison of two records
# read "¿dónde las grabamos?" and "¿y los idiomas?" as a fact of each of the last two records)
@pytest.mark.parametrize(("turns", "last"), [
    (["¿qué sets tienen para la dinastía Qing?", "el segundo, ¿qué escenas se pueden grabar ahí?",
      "¿y el primero? ¿cuál es la dirección?", "también tenemos escenas de la dinastía Tang, ¿dónde las rodamos?"],
     "faq:which_set"),
])
def test_spanish_articles_are_not_the_two_records(services, turns: list[str], last: str) -> None:
    reply = ask(services, "es", *turns)
    assert reply.answer == last, (reply.answer, reply.text)


def test_the_two_records_still_compared_in_spanish() -> None:
    from intents.lexicon import fold
    from intents.router import CMP_THE_TWO
    assert CMP_THE_TWO.search(fold("¿y cuál de las dos tiene versión en coreano?"))
    assert CMP_THE_TWO.search(fold("¿ambas tienen subtítulos?"))
    assert not CMP_THE_TWO.search(fold("¿y los idiomas?"))
    assert not CMP_THE_TWO.search(fold("¿dónde las grabamos?"))


# 그거 / 이거 / 저거 point at the record in focus, never at an event by its city (fixZ16's "the one in
# Seoul" took "그거 한국 판권 사려면 얼마예요" for the Korea matchmaking, and the next "회차는요?" lost its title)
def test_a_korean_demonstrative_with_a_country_picks_no_event() -> None:
    from intents.lexicon import city_picks_event
    assert city_picks_event("그거 한국 판권 사려면 얼마예요") is None
    assert city_picks_event("이거 한국에서도 방영해요?") is None
    assert city_picks_event("서울 거는 몇 시예요?") == "Asia/Seoul"
    assert city_picks_event("서울에서 하는 거 여기 시간으로 몇 시?") == "Asia/Seoul"


def test_after_a_korean_licence_price_the_title_stays_in_focus(services) -> None:
    reply = ask(services, "ko", "가족 드라마 뭐 있어요?", "세 번째 작품 줄거리 알려줘요", "그거 한국 판권은 얼마예요?", "몇 부작이에요?")
    assert reply.answer.startswith("work:") and reply.answer.endswith("#episodes"), (reply.answer, reply.text)


# money given back ("rebates, cheaper stage hire, that sort of thing") is the incentives, not "the
# cheapest" (fixY16's cheapest-title rule took any "cheaper" for the lowest price: answers41/46 lost)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any rebates or cheaper studio rental for a small vertical-drama crew shooting with you?"),
    ("en", "does the government give money back, or cheaper rates, if we shoot micro-dramas there?"),
    ("es", "¿hay reembolsos o alquiler de platós más barato para productoras de microdramas?"),
    ("zh", "拍竖屏短剧有没有补贴，或者租棚更便宜一点？"),
    ("ko", "숏드라마 찍으면 환급이나 더 싸게 세트 빌리는 혜택 있어요?"),
])
def test_money_given_back_is_the_incentives_not_the_cheapest(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("faq:incentives", "incentive:short_drama_cost_reduction")


def test_the_cheapest_is_still_the_unpublished_price(services) -> None:
    assert ask(services, "en", "which of your titles is the cheapest to license?").answer.startswith("gap:")


# "the whole thing", "the same one" name no event by its city (fixZ16's "the Seoul one" took "the whole
# thing happens in Joseon-era Korea" for the Korea matchmaking: answers52 lost)
def test_the_whole_thing_in_a_country_picks_no_event() -> None:
    from intents.lexicon import city_picks_event
    assert city_picks_event("the whole thing happens in Joseon-era Korea, which set could pass for it?") is None
    assert city_picks_event("the same thing in Seoul?") is None
    assert city_picks_event("and the Seoul one, what time would that be here?") == "Asia/Seoul"

"""fixQ19 (play29's misread questions), in en/es/zh/ko where the behaviour depends on the words.

- A wish to co-produce with Hengdian told beside who the partner is ("I produce Nollywood series in
  Lagos and want to explore co-productions with Hengdian"): the co-production FAQ, not incentives.
- "Which of the two is bigger?" after a filtered list of sets and then a list of one set: the
  sizes are not published, said of the best match of the first list and the one set of the second.
- The Dalynn agreement asked by Dalynn's name: the sets-for-distribution deal, not Dalynn's card;
  "could something like that work for us?" with that deal or Dalynn in view: who may ask and how.
- A set's year asked with the Taiwanese 蓋 ("是哪一年蓋的"), and the films a set was built for asked
  as "어떤 영화 찍은 곳이에요?": the `built` fact, not the set list or the whole card.
- A converted time carries the city whose clock it is: a story's setting ("set in old Shanghai")
  is no city of the partner's, and a city said earlier never names another city's clock.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask, say

COPRODUCE_WITH_US = [
    ("en", "Good afternoon. I produce Nollywood series in Lagos and want to explore co-productions with Hengdian"),
    ("es", "Buenas tardes, produzco series nigerianas en Lagos y quiero explorar coproducciones con Hengdian"),
    ("zh", "您好，我们是拉各斯的一家尼莱坞剧集制作公司，想和横店合拍"),
    ("ko", "안녕하세요, 라고스에서 놀리우드 시리즈를 제작하는데 헝뎬과 공동 제작을 검토하고 싶습니다"),
]


@pytest.mark.parametrize(("lang", "text"), COPRODUCE_WITH_US)
def test_coproducing_with_us_is_the_coproduction_faq(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:coproduce_catalog_title"


TWO_LISTS_BIGGER = [
    ("en", "Hi, German production company here. We have a 1940s spy thriller set in old Shanghai, any standing sets that would work?",
     "and for a Song dynasty market scene?", "which of the two is bigger?", "bigger"),
    ("es", "Hola, somos una productora alemana con un thriller de espías de los años 40, ¿qué sets nos sirven?",
     "¿y para una escena de mercado de la dinastía Song?", "¿cuál de los dos es más grande?", "más grande"),
    ("zh", "我们要拍一部民国谍战剧，横店有合适的实景吗？", "那宋代集市的场景呢？", "这两个哪个更大？", "更大"),
    ("ko", "1940년대 배경 스파이 스릴러를 찍으려는데 맞는 세트 있나요?", "송나라 시장 장면은요?", "둘 중에 어느 세트가 더 커요?", "더 큰"),
]


@pytest.mark.parametrize(("lang", "first", "second", "third", "word"), TWO_LISTS_BIGGER)
def test_the_two_after_two_lists_are_their_sets(services: Services, lang: str, first: str, second: str,
                                                third: str, word: str) -> None:
    lists = say(services, lang, first, second, third)
    assert (lists[0].answer or "").startswith("list:locations?")
    assert lists[1].answer == "list:locations?era=song&scene=market"
    reply = lists[2]
    assert (reply.answer or "").startswith("gap:"), reply.answer
    assert reply.items == ["location:guangzhou_hongkong_street", "location:qingming_riverside"]
    assert word in reply.text


DEAL_THEN_LIKE_IT = [
    ("en", "hi, HK distributor here. what's the deal with the Dalynn agreement?",
     "could something like that work for us? we cover southeast asia"),
    ("es", "hola, somos distribuidores en Filipinas. ¿en qué consiste el acuerdo con Dalynn?",
     "¿algo así nos serviría a nosotros? cubrimos el sudeste asiático"),
    ("zh", "你好，我们是香港的发行公司。Dalynn的那个协议是怎么回事？", "类似的合作我们也能做吗？我们覆盖东南亚市场"),
    ("ko", "안녕하세요, 홍콩 배급사입니다. Dalynn이랑 맺은 협약은 어떤 내용이에요?", "저희도 그런 협력이 가능할까요? 동남아 쪽을 맡고 있어요"),
]


@pytest.mark.parametrize(("lang", "first", "second"), DEAL_THEN_LIKE_IT)
def test_dalynn_agreement_and_one_like_it(services: Services, lang: str, first: str, second: str) -> None:
    deal, like_it = say(services, lang, first, second)
    assert deal.answer == "incentive:set_access_partnership"
    assert like_it.answer == "incentive:set_access_partnership#eligibility"
    assert "Dalynn Studio" in like_it.text and len(like_it.text.splitlines()) == 2  # who may ask, then how


def test_something_like_that_after_dalynns_card(services: Services) -> None:
    card, like_it = say(services, "en", "tell me about Dalynn", "could something like that work for us? we cover southeast asia")
    assert (card.answer or "").startswith("partner:dalynn_studio")
    assert like_it.answer == "incentive:set_access_partnership#eligibility"
    assert "presentation of your company" in like_it.text


@pytest.mark.parametrize("text", ["广州街香港街是哪一年盖的？", "廣州街香港街是哪一年蓋的？"])
def test_year_built_asked_with_gai(services: Services, text: str) -> None:
    reply = ask(services, "zh", text)
    assert reply.answer == "location:guangzhou_hongkong_street#built"
    assert "1996" in reply.text


def test_that_set_built_with_gai_after_two_sets_asks_which(services: Services) -> None:
    """Of the two sets just listed "那個場景" is either: asked which, as "when was that set built?"
    is in English, not the whole set list."""
    replies = say(services, "zh", "您好，我們是台北的製作公司，想拍一部民國諜戰短劇，橫店有適合的場景嗎？", "那個場景是哪一年蓋的？")
    assert replies[1].answer == "clarify"


FILMS_SHOT_THERE = [
    ("ko", "진왕궁은 어떤 영화 찍은 곳이에요?"), ("ko", "진왕궁에서 무슨 영화 촬영했어요?"),
    ("en", "what films were shot at the Qin Palace?"), ("es", "¿qué películas se filmaron en el Palacio de Qin?"),
    ("zh", "秦王宫拍过哪些电影？"),
]


@pytest.mark.parametrize(("lang", "text"), FILMS_SHOT_THERE)
def test_films_shot_at_a_set_are_its_built_sentence(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "location:qin_palace#built"
    assert "1998" in reply.text and "2002" in reply.text and len(reply.text.splitlines()) == 1


BERLIN_TIME = [
    ("en", "Hi, German production company here. We have a 1940s spy thriller set in old Shanghai, any standing sets that would work?",
     "when is the next event we could join? I'm in Berlin, so Berlin time please", "13:00–14:00 in Berlin"),
    ("en", "hi, we're a production company in Rosario, what sets do you have?",
     "when is the next event we could join? I'm in Berlin, so Berlin time please", "13:00–14:00 in Berlin"),
    ("es", "Hola, somos una productora de Rosario, ¿qué sets tienen?",
     "¿cuándo es el próximo evento? Estoy en Berlín, así que en hora de Berlín por favor", "13:00–14:00 en Berlín"),
    ("ko", "안녕하세요, 로사리오에 있는 제작사입니다. 어떤 세트가 있나요?",
     "다음 행사는 언제예요? 저 지금 베를린에 있어서 베를린 시간으로 알려 주세요", "베를린 시간 13:00~14:00"),
]


@pytest.mark.parametrize(("lang", "first", "second", "shown"), BERLIN_TIME)
def test_converted_time_names_its_own_city(services: Services, lang: str, first: str, second: str, shown: str) -> None:
    reply = say(services, lang, first, second)[1]
    assert reply.answer == "event:global_talent_info_session_2026#date"
    assert shown in reply.text, reply.text
    assert "Shanghai" not in reply.text and "Rosario" not in reply.text


def test_a_storys_setting_is_no_city_of_the_partner() -> None:
    from intents.timezones import mentioned_zone

    assert mentioned_zone("a 1940s spy thriller set in old Shanghai, any standing sets?") is None
    assert mentioned_zone("somos de Lima y la serie está ambientada en la antigua Roma") == "America/Lima"


def test_a_city_said_earlier_names_only_its_own_zone(services: Services) -> None:
    from dataclasses import replace

    turn = services.brain._turn(1, None, "en", said_zone="America/Argentina/Buenos_Aires", said_city="Rosario",
                                city_zone="America/Argentina/Buenos_Aires")
    assert turn.city_of("America/Argentina/Buenos_Aires") == "Rosario"
    moved = replace(turn, said_zone="Europe/Berlin")  # a part answered for the city it names
    assert moved.city_of("Europe/Berlin") is None


PROJECT_TOLD = [
    ("en", "hey there, we're a small LA outfit looking at shooting a vertical romance series in china next spring",
     "list:locations?genre=romance"),
    ("en", "Hi! We're a Toronto studio considering shooting a period drama in Hengdian next year", "list:locations?genre=historical"),
    ("es", "Buenas tardes, somos una productora de Guadalajara y nos interesa grabar un microdrama de época en Hengdian",
     "list:locations?genre=historical"),
    ("zh", "你好，我们是杭州的团队，明年春天想在横店拍一部古装竖屏短剧", "list:locations?genre=historical"),
    ("ko", "안녕하세요, 내년 봄에 헝뎬에서 사극 숏드라마를 찍으려고 해요", "list:locations?genre=historical"),
]


@pytest.mark.parametrize(("lang", "text", "key"), PROJECT_TOLD)
def test_a_project_told_after_a_greeting_gets_its_sets(services: Services, lang: str, text: str, key: str) -> None:
    """A shoot of a genre told after the greeting ("looking at shooting", "nos interesa grabar") is
    what the partner wants: the sets for that genre, not "How can I help?"."""
    assert ask(services, lang, text).answer == key


KIT_RENTED_THERE = [
    ("en", "can the crew rent camera gear locally?"), ("es", "¿el equipo puede alquilar cámaras allí?"),
    ("zh", "剧组能不能在当地租到摄影器材"), ("ko", "현지에서 촬영 장비 빌릴 수 있나요?"),
]


@pytest.mark.parametrize(("lang", "text"), KIT_RENTED_THERE)
def test_kit_rented_on_site_is_the_on_site_services(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "incentive:on_site_services"


def test_stay_and_kit_in_one_message_get_the_services_alone(services: Services) -> None:
    """"横店那边住宿怎么安排，另外剧组能不能在当地租到摄影器材": the on-site services answer both; no
    FAQ on whether foreign crews may film is glued under them."""
    reply = ask(services, "zh", "横店那边住宿怎么安排，另外剧组能不能在当地租到摄影器材")
    assert reply.answer == "incentive:on_site_services"
    assert "国际化拍摄场景" not in reply.text


BENEFITS_AND_FEE = [
    ("ko", "ㄱㅅ요 근데 HISDA 가입하면 뭐가 좋아요? 그리고 회비는 얼마에요", "회원 혜택", "회비"),
    ("en", "what are the benefits of joining HISDA? and how much is the membership fee?", "member benefits", "membership fee"),
    ("es", "¿qué ventajas tiene unirse a la HISDA? ¿y cuánto cuesta la cuota de socio?", "ventajas", "cuota"),
    ("zh", "加入HISDA有什么好处？会费是多少？", "会员权益", "会费"),
]


@pytest.mark.parametrize(("lang", "text", "benefits", "fee"), BENEFITS_AND_FEE)
def test_benefits_then_fee_each_after_its_own_lead(services: Services, lang: str, text: str, benefits: str, fee: str) -> None:
    """The benefits' lead ("what the Alliance does with its members:") is followed by what it
    introduces, then the fee line, then the team: never the fee line between the lead and it."""
    reply = ask(services, lang, text)
    lines = [line for line in reply.text.split("\n") if line.strip()]
    lead = next(i for i, line in enumerate(lines) if benefits in line.lower() or benefits in line)
    fee_line = next(i for i, line in enumerate(lines) if fee in line.lower() or fee in line)
    assert fee_line > lead + 1, reply.text
    assert "✉️" in reply.text and reply.text.index("✉️") > reply.text.index(lines[fee_line])

"""answers79's dialogue turns (fixG23), in sentences of our own, each said in a whole conversation:

- the titles just listed (or one of them in focus) narrowed by a language, with "of" spelled as chat
  and Scots do ("any o' them in spanish?"), "그 중에 영어 되는 건 뭐예요?": that list narrowed, not the
  Spanish-language market's FAQ; then an ordinal counts down the narrowed list ("그 중 세 번째", which
  holds no "중세", the Middle Ages);
- a fact of the title in focus: its story ("내용 뭐예요?"), its stage ("개발 중이오?", "還在開發中嗎"),
  its versions ("그거 영어로도 됩니까?" is no request to be answered in English);
- a set's address asked as its "street address", not the sets with street scenes;
- a new ask in the middle: the on-site services on arrival ("upon our arrival", "도착하면 … 받을 수
  있소?"), the best way there (no sets compared), a crew's country said formally ("nuestro personal
  procede de Chile"), money put in to make a title together (the co-production FAQ), the members of
  the alliance ("¿qué entidades son parte de ella?"), the programme an event is about ("… 건지").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.router import SET_BETTER
from tests.dialogue import talk

# ---- the titles listed, narrowed by a language; then one of them by its place in that list


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("got any mystery shows?", "list:works?genre=mystery"),
            ("any o' them in spanish?", "list:works?genre=mystery&language=es")]),
    ("en", [("what romance titles have you got?", "list:works?genre=romance"),
            ("the second one, what's it about?", "work:work_no_stand_in_for_love#logline"),
            ("which o those are in korean", "list:works?genre=romance&language=ko")]),
    ("es", [("¿qué títulos de misterio tienen?", "list:works?genre=mystery"),
            ("la segunda, ¿de qué trata?", "work:work_emperors_clockmaker#logline"),
            ("de esas, ¿cuáles vienen en inglés?", "list:works?genre=mystery&language=en")]),
    ("zh", [("你们有哪些悬疑剧", "list:works?genre=mystery"),
            ("第二部讲的是什么", "work:work_emperors_clockmaker#logline"),
            ("这几部里哪些有英文的", "list:works?genre=mystery&language=en")]),
    ("ko", [("미스터리 작품 뭐 있어요?", "list:works?genre=mystery"),
            ("두 번째 거 내용 뭐예요?", "work:work_emperors_clockmaker#logline"),
            ("그 중에 영어 되는 건 뭐예요?", "list:works?genre=mystery&language=en"),
            ("그 중 세 번째 거 판권 아직 살 수 있어요?", "work:work_canton_nocturne#coproduction")]),
    ("ko", [("코미디 뭐 있음?", "list:works?genre=comedy"),
            ("그 중에 스페인어 되는 건 뭐예요?", "list:works?genre=comedy&language=es")]),
])
def test_the_list_narrowed_by_a_language_then_counted_down(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_a_name_spelled_one_syllable_a_word_is_none(services: Services) -> None:
    # "그 중 세 번째" is "the third of them": no "중세" (the Middle Ages), no era filter
    assert services.brain.understand("그 중 세 번째 거 판권 아직 살 수 있어요?").filters == ()
    assert ("era", "period_europe") in services.brain.understand("중세 배경 세트 있어요?").filters


@pytest.mark.parametrize(("text", "fact"), [
    ("두 번째 거 내용 뭐예요?", "logline"),
    ("그거 내용 뭐임?", "logline"),
    ("what's the second one about?", "logline"),
    ("¿de qué trata la segunda?", "logline"),
    ("第二部讲什么", "logline"),
    ("첫 번째 것은 아직 개발 중이오?", "coproduction"),
    ("那第一部还在開發中嗎", "coproduction"),
    ("那部还在开发中吗", "coproduction"),
    ("is the first one still in development?", "coproduction"),
    ("¿la primera sigue en desarrollo?", "coproduction"),
])
def test_a_fact_of_the_title_asked(text: str, fact: str) -> None:
    assert lexicon.facts_asked(text)[:1] == [fact]


def test_more_to_it_is_no_story_asked() -> None:
    assert "logline" not in lexicon.facts_asked("내용 더 있어요?")


# ---- a fact of the title in focus, in every register


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", [("SF 드라마 뭐 있소?", "list:works?genre=sci_fi"),
            ("첫 번째 것은 아직 개발 중이오?", "work:work_eclipse_over_qin#coproduction")]),
    ("zh", [("有哪些科幻剧", "list:works?genre=sci_fi"),
            ("那第一部还在開發中嗎", "work:work_eclipse_over_qin#coproduction")]),
    ("en", [("any sci-fi series?", "list:works?genre=sci_fi"),
            ("the fourth one please", "work:work_grandma_2_0"),
            ("which of those come in spanish?", "list:works?genre=sci_fi&language=es"),
            ("the second o those, is it still in development?", "work:work_ghost_in_the_volume#coproduction")]),
    # (a language the title "does", in 합쇼체: its versions, the reply stays in Korean)
    ("ko", [("한국어 로맨스 뭐 있어요?", "list:works?genre=romance"),
            ("첫 번째 거 몇 부작이에요?", "work:work_moonlight_envoy#episodes"),
            ("그거 영어로도 됩니까?", "work:work_moonlight_envoy#languages")]),
    ("zh", [("有韩语的爱情剧吗", "list:works?genre=romance&language=ko"),
            ("第一部有几集", "work:work_moonlight_envoy#episodes"),
            ("它也有英文的吗", "work:work_moonlight_envoy#languages")]),
])
def test_a_fact_of_the_title_in_focus(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns)
    assert reply.lang == lang


def test_a_language_the_title_does_is_its_version() -> None:
    for text in ("그거 영어로도 됩니까?", "그거 스페인어도 됩니꺼?", "그거 중국어로 돼요?"):
        assert lexicon.version_language(text) is not None
        assert lexicon.VERSION_WORDS.search(lexicon.fold(text))


# ---- a set's street address


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("which sets have temple scenes?", "list:locations?scene=temple"),
            ("and the second one's eras?", "location:huaxia_culture_park#era"),
            ("what's the street address of it?", "location:huaxia_culture_park#address")]),
])
def test_the_street_address_of_the_set_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("text", "street"), [
    ("what's the street address of it?", False),
    ("街道地址是什么", False),
    ("¿en qué calle está?", False),
    ("which sets have streets?", True),
    ("有街道戏的景吗", True),
    ("거리 장면 찍을 세트 있어요?", True),
])
def test_a_street_of_an_address_is_no_street_scene(services: Services, text: str, street: bool) -> None:
    assert (("scene", "street") in services.brain.understand(text).filters) is street


# ---- a new ask in the middle of a conversation


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("which sets have riverside scenes?", "list:locations?scene=riverside"),
            ("the third one's eras?", "location:yuanming_new_garden#era"),
            ("What assistance can be arranged for us on site upon our arrival?", "incentive:on_site_services")]),
    ("ko", [("강가 장면 찍을 세트 어디요?", "list:locations?scene=riverside"),
            ("세 번째 것은?", "location:yuanming_new_garden"),
            ("도착하면 현장에서 무슨 도움을 받을 수 있소?", "incentive:on_site_services")]),
    ("zh", [("哪些景有寺庙", "list:locations?scene=temple"),
            ("第二个是什么朝代的", "location:huaxia_culture_park#era"),
            ("抵达后现场能帮我们安排哪些服务？", "incentive:on_site_services")]),
    ("en", [("which sets have temple scenes?", "list:locations?scene=temple"),
            ("the first one, what eras?", "location:ming_qing_folk_houses#era"),
            ("and the second?", "location:huaxia_culture_park#era"),
            ("we fly into Hangzhou with a container of props, what's the best way to get it all there?",
             "faq:how_to_reach_hengdian")]),
    ("es", [("¿Qué sets tienen escenas junto al río?", "list:locations?scene=riverside"),
            ("¿Y el tercero?", "location:yuanming_new_garden"),
            ("Todo nuestro personal procede de Chile; ¿habría inconveniente para rodar allí?", "faq:can_foreign_crews_film")]),
])
def test_a_new_ask_beside_the_set_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("text", [
    "What assistance can be arranged for us on site upon our arrival?",
    "¿Qué servicios nos pueden gestionar en el lugar a nuestra llegada?",
    "抵达后现场能帮我们安排哪些服务？",
    "도착하면 현장에서 어떤 지원을 해 주시오?",
])
def test_the_arrival_said_is_a_visiting_crew(text: str) -> None:
    assert lexicon.asks_on_site_help(text)


@pytest.mark.parametrize(("text", "compared"), [
    ("what's the best way to get it all there?", False),
    ("which route is better, by train or by road?", True),  # (a "better" asked of no way is still a choice)
    ("¿cuál es la mejor forma de llegar?", False),
    ("¿cuál nos conviene más para una boda imperial?", True),
    ("拍皇帝大婚哪个更合适", True),
    ("궁중 로맨스 찍기엔 어디가 더 나아요?", True),
])
def test_the_best_way_there_compares_no_sets(text: str, compared: bool) -> None:
    assert bool(SET_BETTER.search(lexicon.fold(text))) is compared


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("got any comedies?", "list:works?genre=comedy"), ("the first one?", "work:work_siesta_not_included"),
            ("we'd put money in as production partners and make it with you, how do we go about it?",
             "faq:coproduce_catalog_title")]),
    ("es", [("¿qué comedias tienen?", "list:works?genre=comedy"), ("¿y la primera?", "work:work_siesta_not_included"),
            ("queremos poner plata en esa como socios de producción, ¿cómo se hace?", "faq:coproduce_catalog_title")]),
    ("zh", [("有哪些喜剧", "list:works?genre=comedy"), ("第一部呢", "work:work_siesta_not_included"),
            ("我们想出钱一起拍这部，怎么操作", "faq:coproduce_catalog_title")]),
    ("ko", [("코미디 뭐 있어?", "list:works?genre=comedy"), ("첫 번째 거", "work:work_siesta_not_included"),
            ("그거 우리가 돈 대고 같이 만들면 어떻게 해야 돼?", "faq:coproduce_catalog_title")]),
])
def test_money_put_in_to_make_the_title_together(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", [("¿Qué es la HISDA?", "faq:what_is_hisda"), ("¿Qué entidades son parte de ella?", "list:partners")]),
    ("ko", [("다음 행사 언제예요?", "event:global_talent_info_session_2026#date"),
            ("그 행사가 어떤 프로그램에 대한 건지 알려 주세요", "program:global_talent_program")]),
])
def test_who_is_in_it_and_what_it_is_for(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_an_ending_names_no_country() -> None:
    assert lexicon.country_named("어떤 프로그램에 대한 건지 궁금해요") is None
    assert lexicon.country_named("한국 회사 있어요?") == "KR"

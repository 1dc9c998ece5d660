"""Kinds left by the read answer sets (round of 2026-12-05), each in wordings of our own; no set
line is copied here:

- a period no set shows (Joseon, Victorian London) asked with a set in focus: the era guide;
  a period piece whose period is open or said by likeness: the era guide; "7th century" is no
  pick from a list, "另一个项目" no "the other one"; a decade is the era of our sets it falls in;
- subscribing in words: news "from now on", "lo que salga", "以后有新活动通知我" after an event;
- genres: one word of two genres (suspenso) lists either; the audience said after a family
  question names no title; "…那种" describing the kind asked; zh "有武侠的吗", "都市剧" are titles;
- scenes: central courtyards and waterways/boat scenes; "has what all scenes" of a set;
- a language request said twice, or beside a reader who can't read a language: the last answer
  again; "ok, and the languages?" of the title in focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, noon_services, talk

STREETS = {"en": "which sets have old streets?", "es": "¿qué sets tienen calles antiguas?",
           "zh": "哪些景有老街可以拍？", "ko": "옛날 거리 찍을 수 있는 세트 있어요?"}
FANTASY = {"en": ("any fantasy titles?", "second one, how many minutes per episode?"),
           "es": ("¿tienen títulos de fantasía?", "la segunda, ¿cuántos minutos dura cada capítulo?"),
           "zh": ("有奇幻剧吗？", "第二部每集多少分钟？"),
           "ko": ("판타지 작품 있어요?", "두 번째 거 회당 몇 분이에요?")}
MINUTES = "work:work_garden_beneath_the_code#episode_minutes"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixc4")


@pytest.mark.parametrize("lang,text", [
    ("en", "our drama is set in Joseon-era Korea, could any of your sets pass for it?"),
    ("es", "nuestra serie es de la época victoriana en Londres, ¿algún set sirve para eso?"),
    ("zh", "我们有个朝鲜王朝背景的本子，哪个景能拍？"),
    ("ko", "고려 시대 배경 작품인데 찍을 만한 세트 있을까요?"),
])
def test_a_period_no_set_shows_with_a_set_in_focus_is_the_era_guide(services: Services, lang, text) -> None:
    talk(services, lang, [(STREETS[lang], "list:locations*"), ("1", "location:*"), (text, "faq:which_set")], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "period piece in ancient China, dynasty not decided yet, which sets should we scout?"),
    ("en", "we're filming in the court of an emperor of the 7th century, where in Hengdian?"),
    ("es", "Es un drama de época china, la dinastía está por definir, ¿qué set nos recomiendan?"),
    ("zh", "古装戏，朝代还没定，先看哪几个景？"),
    ("zh", "另一个项目：维多利亚时代的伦敦街头，哪个景合适？"),
    ("ko", "사극인데 왕조는 아직 안 정했어요. 어느 세트가 좋을까요?"),
])
def test_an_open_period_is_the_era_guide(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:which_set")])


@pytest.mark.parametrize("lang,text,era", [
    ("en", "a story in the late 40s, which sets work", "republican"),
    ("es", "una historia de los años cuarenta en Shanghái, ¿qué set sirve?", "republican"),
    ("zh", "三十年代的上海滩故事，去哪个景拍", "republican"),
    ("ko", "1930년대 상하이 배경 드라마는 어느 세트에서 찍어요?", "republican"),
])
def test_a_decade_is_the_era_of_our_sets(services: Services, lang, text, era) -> None:
    talk(services, lang, [(text, f"list:locations?era={era}")])


def test_seventh_century_is_no_ordinal() -> None:
    assert lexicon.ordinal("a 7th century palace drama, where?") is None
    assert lexicon.ordinal("the 7th one please") == 7
    assert not lexicon.other_one_asked("另一个项目：我们想拍民国戏")
    assert lexicon.other_one_asked("另一个呢，在哪？")


@pytest.mark.parametrize("lang,text,topic", [
    ("en", "keep sending me the korea stuff from now on", "korea_news"),
    ("en", "from now on send me the catalogue updates please", "catalog_releases"),
    ("es", "de ahora en adelante mándenme todo lo de Corea", "korea_news"),
    ("es", "avísame de lo que salga de Latinoamérica", "latam_spanish_news"),
])
def test_news_from_now_on_subscribes(services: Services, lang, text, topic) -> None:
    talk(services, lang, [(text, f"subscribe:{topic}")])


def test_new_events_notified_after_an_event_subscribes(services: Services) -> None:
    talk(services, "zh", [("虚拟制片开放日是什么时候", "event:virtual_stage_open_day_2027*"),
                          ("以后再有类似的活动麻烦通知我一下", "subscribe:events")], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("es", "busco series de suspenso para mi canal"),
    ("en", "any suspense titles?"),
    ("ko", "서스펜스 작품 있어요?"),
])
def test_suspense_lists_mystery_and_thriller(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, "list:works?genre=thriller")])
    assert "mystery" in (reply.answer or "")


@pytest.mark.parametrize("lang,text", [
    ("ko", "가족끼리 볼 드라마 있어요? 부모님이랑 아이들이랑요"),
    ("en", "any family friendly titles? grandma and the kids"),
    ("es", "¿tienen algo para ver en familia? con los abuelos y los niños"),
    ("zh", "有没有适合全家一起看的？爷爷奶奶和孩子都能看的那种"),
])
def test_family_asked_with_its_audience(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=family")])


@pytest.mark.parametrize("text,genre", [("有没有悬疑的？我们想拍一部", "mystery"), ("有武侠的吗 兄弟们想拍打戏", "wuxia"),
                                        ("你们有都市剧吗，现代都市那种", "urban")])
def test_zh_genre_ones_are_titles(services: Services, text, genre) -> None:
    talk(services, "zh", [(text, f"list:works?genre={genre}")])


@pytest.mark.parametrize("lang,text,scene", [
    ("ko", "안마당이 있는 옛날 집 세트 있나요?", "courtyard"),
    ("ko", "나룻배 장면 찍을 수 있는 곳 있어요?", "riverside"),
    ("zh", "想找个带天井的老房子拍", "courtyard"),
    ("zh", "有能拍划船戏的景吗", "riverside"),
    ("es", "¿dónde puedo grabar una escena en barca?", "riverside"),
    ("en", "which backlot has an inner courtyard house", "courtyard"),
])
def test_scene_words(services: Services, lang, text, scene) -> None:
    talk(services, lang, [(text, f"list:locations?scene={scene}")])


def test_has_what_all_scenes(services: Services) -> None:
    talk(services, "en", [("the Qin palace offers which scenes, battlefield also?", "location:qin_palace#scene_types")])


@pytest.mark.parametrize("lang,text", [
    ("en", "my partner in Seoul can't read English, could you send it in Korean? 한국어로 부탁해요"),
    ("es", "mi socio no lee español, ¿me lo mandas en inglés? in English please"),
    ("ko", "제 파트너가 한국어를 못 읽어서요, 방금 거 영어로 다시 보내 주세요. in English please"),
    ("zh", "我同事看不懂中文，刚才那条能发英文版吗？in English please"),
])
def test_a_language_request_resends_the_last_answer(services: Services, lang, text) -> None:
    first, second = FANTASY[lang]
    talk(services, lang, [(first, "list:works?genre=fantasy"), (second, MINUTES), (text, MINUTES)])


def test_and_the_languages_after_a_leading_clause(services: Services) -> None:
    first, second = FANTASY["en"]
    talk(services, "en", [(first, "list:works?genre=fantasy"), (second, MINUTES),
                          ("cool thanks, what about the languages?", "work:work_garden_beneath_the_code#languages")])

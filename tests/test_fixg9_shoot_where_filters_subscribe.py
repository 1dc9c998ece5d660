"""Kinds from the Telegram play of 2026-12-05 (fixG9), each in wordings of our own:

- A: where to shoot a story told (genre, period, scene) asks for the sets, never the catalogue;
- C: night shooting asked of the set in focus, in zh/ko evening words: that set, and the night set;
- F: "licensable" said as a verb or adjective (es/ko and other en/zh wordings) filters the list;
- G: a genre said with any/another/alguna/还有/또 after a title card is a new list;
- H: news wished for in the partner's words subscribes to the topic, never unsubscribes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixg9")


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "Our script follows a general holding a city gate against a siege. Which set would you recommend?", "list:locations?scene=city_wall*"),
    ("en", "It's a Song-era caper along a riverside market, where in Hengdian could we film it?", "list:locations?*era=song*"),
    ("es", "Es una historia de espadachines y duelos en los tejados, ¿dónde podríamos rodarla?", "list:locations?genre=wuxia*"),
    ("es", "Nuestra serie es de espías en los años 30, ¿qué locación nos recomiendas?", "list:locations?*era=republican*"),
    ("zh", "我们有个宋代市井爱情故事，去哪拍合适？", "list:locations?*era=song*"),
    ("zh", "仙侠神话题材，哪里取景比较好？", "list:locations?genre=fantasy*"),
    ("ko", "무협 액션물 찍으려고 하는데 어디가 괜찮아요?", "list:locations?genre=wuxia*"),
    ("ko", "민국 시대 첩보물인데 어디서 촬영하면 좋을까요?", "list:locations?*era=republican*"),
])
def test_where_to_shoot_a_story_is_the_sets(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "any wuxia titles in the catalogue?"), ("es", "¿tienen obras de wuxia?"),
    ("zh", "有武侠的作品吗？"), ("ko", "무협 작품 있어요?"),
])
def test_titles_of_a_genre_stay_the_catalogue(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "list:works?genre=wuxia")])


@pytest.mark.parametrize("lang,card,text", [
    ("zh", "介绍一下秦王宫", "那边晚上可以拍吗？"),
    ("ko", "진왕궁 알려줘", "거기는 밤에도 촬영되나요?"),
    ("es", "cuéntame del Palacio de Qin", "¿se puede grabar ahí de noche?"),
])
def test_night_asked_of_the_set_in_focus(services: Services, lang, card, text) -> None:
    reply = talk(services, lang, [(card, "location:qin_palace*"), (text, "location:qin_palace#scene_types")], fits=fits)
    assert "dream" in reply.text.lower() or "梦幻谷" in reply.text or "몽환곡" in reply.text or "Sueños" in reply.text


@pytest.mark.parametrize("lang,text,genre", [
    ("es", "¿Qué romances están disponibles para licenciar?", "romance"),
    ("es", "¿Hay alguna serie de wuxia que podamos licenciar de inmediato?", "wuxia"),
    ("ko", "판권을 살 수 있는 로맨스 작품 있나요?", "romance"),
    ("ko", "라이센스 가능한 코미디 드라마 알려줘", "comedy"),
    ("en", "Any romance titles that can be licensed today?", "romance"),
    ("zh", "哪些爱情剧可供授权？", "romance"),
])
def test_licensable_filter_in_every_language(services: Services, lang, text, genre) -> None:
    talk(services, lang, [(text, f"list:works?genre={genre}&coproduction=available_for_licensing")])


@pytest.mark.parametrize("lang,first,pick,text,expect", [
    ("es", "muéstrame las comedias", "la primera", "¿y hay otra de misterio que busque coproductores?",
     "list:works?genre=mystery&coproduction=seeking_partners"),
    ("ko", "코미디 작품 보여줘", "첫 번째", "미스터리 중에 공동제작 파트너 찾는 거 또 있어?",
     "list:works?genre=mystery&coproduction=seeking_partners"),
    ("zh", "给我看看喜剧", "第一部", "有没有科幻的？", "list:works?genre=sci_fi"),
    ("en", "show me the comedies", "the first", "any romance ones we can license?",
     "list:works?genre=romance&coproduction=available_for_licensing"),
])
def test_a_new_filter_after_a_title_is_a_new_list(services: Services, lang, first, pick, text, expect) -> None:
    talk(services, lang, [(first, "list:works*"), (pick, "work:*"), (text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text,topic", [
    ("zh", "希望能接收拉美市场的动态", "latam_spanish_news"),
    ("zh", "想订韩国那边的消息", "korea_news"),
    ("es", "Quiero recibir las noticias del mundo hispano", "latam_spanish_news"),
    ("es", "Me gustaría enterarme de lo que pase con Corea", "korea_news"),
    ("en", "Sign me up for updates aimed at Spanish-speaking producers", "latam_spanish_news"),
    ("ko", "한국 관련 소식 받아볼 수 있어요?", "korea_news"),
])
def test_news_wished_in_words_subscribes(services: Services, lang, text, topic) -> None:
    talk(services, lang, [(text, f"subscribe:{topic}")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "不想再收到韩国的消息了"), ("es", "Ya no quiero recibir noticias de Corea"),
])
def test_not_wanting_news_still_unsubscribes(services: Services, lang, text) -> None:
    reply = talk(services, lang, [(text, ["unsubscribe", "unsubscribe:korea_news"])], fits=fits)
    assert (reply.answer or "").startswith("unsubscribe")

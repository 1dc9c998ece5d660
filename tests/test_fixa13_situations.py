"""Kinds of answer set 55 (read after it was written blind), fixA13, each in four languages with
wordings written for these tests (none is a set's sentence):

- a list asked as a mood or a situation: what a kind of story does to its audience, or what
  happens in it (a laugh after a long day, the edge of the seat, guessing the killer, sword
  choreography, butterflies, aliens and robots) is that genre's titles (`lexicon.MOOD_GENRES`);
  swordplay beside the action word asks the wuxia titles;
- the partner's own festival or night named in the situation clause ("our festival trailer",
  "nuestro festival", "我们影展", "저희 영화제", "a festival trust like ours") is none of our events:
  the question after it decides (which sets have palaces, co-producing a title); the ordinals after
  that list pick from it;
- a set named by a kind of scene ("imperial palace") in a "which of your sets have…" question is
  that kind of scene, the list;
- a need told as a life situation (graduating in a month and wanting real crew experience) is the
  Global Talent Program, not the events of that month.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


def _say(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "asked", "genre"), [
    ("en", "Our subscribers come home exhausted and need a good laugh, what shows would you suggest?", "comedy"),
    ("en", "anything that will crack my followers up after a long shift?", "comedy"),
    ("en", "We program a late slot for people who like nail-biting stories. Which titles fit?", "thriller"),
    ("en", "do u have shows where the audience has to guess who the killer is", "mystery"),
    ("en", "Our viewers love solving the crime before the detective does. Any titles like that?", "mystery"),
    ("en", "I want to study sword choreography, which of your dramas should I watch?", "wuxia"),
    ("en", "My fans want something to fall in love with. What series fit?", "romance"),
    ("en", "Any shows about aliens or robots for my viewers?", "sci_fi"),
    ("es", "Mis seguidores salen reventados de la chamba y quieren reírse, ¿qué series me recomiendan?", "comedy"),
    ("es", "¿Tienen alguna serie que deje al público en vilo hasta el final?", "thriller"),
    ("es", "Mi público ama adivinar quién es el asesino antes del final. ¿Qué series tienen así?", "mystery"),
    ("es", "Quiero ver series con buenas peleas de espada para estudiar la coreografía", "wuxia"),
    ("es", "¿qué series tienen para que mis televidentes se enamoren?", "romance"),
    ("es", "¿Hay series con naves espaciales y extraterrestres para mi audiencia?", "sci_fi"),
    ("zh", "我們的觀眾下班後只想輕鬆笑一笑，有什麼劇推薦？", "comedy"),
    ("zh", "有没有看了让人提心吊胆的剧？", "thriller"),
    ("zh", "我的观众喜欢破案的故事，有哪些作品？", "mystery"),
    ("zh", "想找有剑客和轻功的剧给学生看", "wuxia"),
    ("zh", "有没有让人心动的剧推荐给我的粉丝", "romance"),
    ("zh", "有没有外星人或者机器人的剧", "sci_fi"),
    ("ko", "우리 구독자들 빵 터지는 드라마 좋아하는데 뭐 있어요?", "comedy"),
    ("ko", "보는 내내 조마조마한 작품 있나요?", "thriller"),
    ("ko", "시청자들이 범인 맞히는 거 좋아하는데 그런 작품 있어요?", "mystery"),
    ("ko", "검술 합 공부하려는데 볼만한 작품 추천해줘", "wuxia"),
    ("ko", "설레는 드라마 있어요? 구독자들이 좋아할 만한 거", "romance"),
    ("ko", "우주나 외계인 나오는 작품 있나요", "sci_fi"),
])
def test_a_mood_or_what_happens_is_the_genre(services: Services, lang: str, asked: str, genre: str) -> None:
    _say(services, lang, [(asked, f"list:works?genre={genre}")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "which dramas have the best fight scenes and sword choreography?"),
    ("es", "¿qué series tienen escenas de acción con duelos de espadas?"),
    ("zh", "打戏里剑术设计好看的剧有哪些？"),
    ("ko", "액션 장면 중에 검술 합이 좋은 드라마 있어요?"),
])
def test_swordplay_beside_action_is_wuxia(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "list:works?genre=wuxia")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "any action or wuxia shows?"),
])
def test_two_genres_offered_stay_both(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "list:works?genre=action&genre=wuxia")])


PALACES = "list:locations?scene=palace"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("Hi. The poster for our film festival wants a throne-room feel. Which of your sets have palaces?", PALACES),
            ("What periods does the first one suit?", "location:qin_palace#era"),
            ("and the second one?", "location:ming_qing_palace#era")]),
    ("es", [("Hola. El cartel de nuestra muestra pide un ambiente de corte imperial. ¿Qué sets suyos tienen palacios?", PALACES),
            ("¿Para qué época sirve el primero?", "location:qin_palace#era")]),
    ("zh", [("你好，我们电影节的海报想要宫廷的感觉，你们哪些场景有宫殿？", PALACES),
            ("第一个适合什么朝代？", "location:qin_palace#era")]),
    ("ko", [("안녕하세요. 저희 영화제 포스터에 궁궐 느낌이 필요해요. 궁궐 있는 세트는 어디예요?", PALACES),
            ("첫 번째는 어느 시대예요?", "location:qin_palace#era")]),
])
def test_our_own_festival_is_the_situation_the_question_decides(services: Services, lang: str, turns) -> None:
    _say(services, lang, turns)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "Could a little film festival like ours co-produce one of the titles in your catalogue?"),
    ("zh", "像我们这样的小影展，可以作为联合出品方参与你们片单里的作品吗？"),
    ("ko", "저희 같은 작은 영화제도 카탈로그 작품에 공동 제작으로 들어갈 수 있나요?"),
])
def test_a_festival_like_ours_co_producing_is_no_event_of_ours(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "faq:coproduce_catalog_title")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "When does your film festival take place?"),
    ("ko", "헝뎬 영화제는 언제 열려요?"),
])
def test_our_festival_asked_stays_the_festival(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "event:hengdian_film_festival*")])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "which of your sets have an imperial palace?"),
])
def test_a_scene_named_set_in_a_which_sets_question_is_the_scene(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, PALACES)])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "I finish my degree in May and I'd love to work on a real Chinese production"),
    ("en", "i finish my degree in december, is there any way to get on a real set after that?"),
    ("es", "termino la carrera en diciembre y me gustaría hacer prácticas en un rodaje de verdad"),
    ("zh", "我十二月毕业，想找个剧组实习"),
    ("ko", "12월에 졸업하는데 현장 경험 쌓을 수 있는 프로그램 있어요?"),
])
def test_graduating_and_wanting_set_experience_is_the_talent_program(services: Services, lang: str, asked: str) -> None:
    _say(services, lang, [(asked, "program:global_talent_program")])


def test_a_month_of_our_events_stays_a_filter(services: Services) -> None:
    _say(services, "en", [("When is the event in June?", "list:events?when=upcoming&month=6")])

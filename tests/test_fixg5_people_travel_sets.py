"""fixG5's kinds, tried through the real Brain in four languages (wordings written for these
tests, not taken from an answer set):

- put through to a person ("pasarme con alguien", "安排…的同事和我们对一下", "帮我接<name>", a short
  clause of its own asking to talk to the one in view) vs. how to reach someone (their details);
- a team named by other words of its name (the vertical drama centre) and its fields after it;
- whose company a named partner is (its parent group): the partner's card;
- sets for a period named by its people (Cao Cao, Liu Bei) or one no set shows, asked with a set
  in focus: the era guide; a fictional ancient world and rivers with bridges as filters;
- AI in production said loosely (digital humans, "what does it help with", 써요);
- the way to Hengdian told as an itinerary.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest

from bot.app import build_services
from bot.context import Services
from bot.settings import Settings
from intents.handoff_words import asks_for_person, asks_to_connect
from intents.nlu.answers import NOW, matches
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.long
CHATS = count(72_000)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("fixg5")), bot_staff_chat_id=None)
    built = build_services(settings)
    built.brain.clock = lambda: NOW
    yield built
    built.store.db.conn.close()


def _talk(services: Services, lang: str, *turns: str) -> list[str]:
    chat = next(CHATS)
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, text, services.store.profile(chat)).answer or "" for text in turns]


@pytest.mark.parametrize("text", [
    "¿Sería tan amable de pasarme con algún encargado del centro?",
    "Le pido ponerme con una persona del equipo, por favor",
    "麻烦让秘书处的负责人跟我们直接联系一下",
    "叫国际业务部的同事和我们沟通下",
])
def test_a_person_asked_in_words(text: str) -> None:
    assert asks_for_person(text), text


@pytest.mark.parametrize("text", ["帮我接Reel-K的人", "幫我接秘書處"])
def test_put_through_to_someone_named(text: str) -> None:
    assert asks_to_connect(text), text


@pytest.mark.parametrize("text", [
    "以前见过Caroline Guo，现在该怎么联系她？",
    "秘书处的人要如何才能联络上",
    "국제사업부 담당자한테 연락드리려면 어떻게 해야 돼요?",
    "How should we get in touch with the secretariat?",
    "¿Cómo me comunico con Mary Lynn?",
    "¿A dónde le escribo al encargado del centro?",
])
def test_how_to_reach_someone_is_no_hand_off(text: str) -> None:
    assert not asks_for_person(text) and not asks_to_connect(text), text


def test_how_to_reach_someone_gets_their_card(services: Services) -> None:
    assert _talk(services, "zh", "以前见过Mary Lynn，现在该怎么联系她？")[-1].startswith("contact:dalynn_studio")
    assert _talk(services, "ko", "연맹 사무국 분께 연락하려면 어디로 하면 되나요?")[-1].startswith("contact:hisda_secretariat")


def test_a_wish_to_talk_after_a_title_puts_through(services: Services) -> None:
    got = _talk(services, "es", "¿qué dramas familiares tienen?", "el primero, ¿está abierto a coproducción?",
                "vale, pásame sus datos, me gustaría hablar con ella")
    assert got[-1].startswith("handoff"), got


def test_a_team_named_by_other_words_and_its_hours_after(services: Services) -> None:
    for lang, first, second in (
            ("es", "¿me das el correo del centro de series verticales?", "¿y en qué horario atienden?"),
            ("en", "phone number of your vertical series centre?", "what hours are they open?"),
            ("zh", "运营中心的邮箱是多少", "他们几点下班"),
            ("ko", "세로형 숏드라마 센터 전화번호 좀요", "근무 시간은 어떻게 돼요?")):
        got = _talk(services, lang, first, second)
        assert all(g.startswith("contact:vertical_short_drama_center") for g in got), (lang, got)


@pytest.mark.parametrize("lang,text", [
    ("zh", "横店影视城属于哪家企业？"),
    ("en", "Which group owns Hengdian World Studios?"),
    ("es", "¿Hengdian World Studios forma parte de qué grupo?"),
    ("ko", "헝뎬 월드 스튜디오는 어느 회사 계열이에요?"),
])
def test_whose_company_the_studio_is(services: Services, lang: str, text: str) -> None:
    assert _talk(services, lang, text)[-1] == "partner:hengdian_world_studios"


@pytest.mark.parametrize("lang,text", [
    ("en", "a duel between Guan Yu and Cao Cao's men, which backlot suits that era?"),
    ("es", "la historia es de Liu Bei y Zhuge Liang, ¿qué set nos recomiendan?"),
    ("zh", "戏里是诸葛亮和刘备那段，哪个景区合适"),
    ("ko", "유비랑 관우 나오는 장면인데 어느 세트가 어울려요?"),
])
def test_a_period_named_by_its_people_gets_the_era_guide(services: Services, lang: str, text: str) -> None:
    assert _talk(services, lang, text)[-1] == "faq:which_set"


def test_a_period_no_set_shows_asked_with_a_set_in_focus(services: Services) -> None:
    got = _talk(services, "en", "which sets have a palace?", "the second one",
                "a few scenes are set in feudal Japan, is there any set for that?")
    assert got[-1] == "faq:which_set", got
    # asked of the set itself, it stays that set's era
    got = _talk(services, "en", "which sets have a palace?", "the second one", "does it work for feudal Japan?")
    assert got[-1].startswith("location:"), got


@pytest.mark.parametrize("lang,text,expected", [
    ("es", "¿qué sets sirven para un mundo antiguo imaginario?", "list:locations?era=ancient_fictional"),
    ("en", "any backlot for an invented ancient world?", "list:locations?era=ancient_fictional"),
    ("zh", "我们的戏是虚构朝代，哪些景能用", "list:locations?era=ancient_fictional"),
    ("ko", "가상의 왕조 배경으로 쓸 수 있는 세트 알려 주세요", "list:locations?era=ancient_fictional"),
    ("zh", "想找个有河的景拍", "list:locations?scene=riverside"),
])
def test_era_and_scene_filters_said_in_other_words(services: Services, lang: str, text: str, expected: str) -> None:
    got = _talk(services, lang, text)[-1]
    assert matches(expected, got), got


@pytest.mark.parametrize("lang,text", [
    ("zh", "你们剧组后期会不会用数字人之类的黑科技"),
    ("zh", "听说拍摄时AI也参与，具体帮哪些忙？"),
    ("ko", "요즘 다들 생성형 AI 쓰던데 그쪽도 편집에 써요?"),
    ("en", "any digital doubles or deepfakes in your post work?"),
    ("es", "¿meten humanos digitales en la posproducción?"),
])
def test_ai_in_production_said_loosely(services: Services, lang: str, text: str) -> None:
    assert _talk(services, lang, text)[-1] == "faq:ai_tools"


@pytest.mark.parametrize("lang,text", [
    ("ko", "도하 경유해서 저장성으로 가는데 그 뒤엔 기차예요 차예요?"),
    ("ko", "상하이에 월요일 아침 도착하면 그다음에 고속철 타나요 밴 부르나요"),
    ("es", "volamos con escala en Doha, ¿y después tren o coche hasta los platós?"),
    ("en", "we land at Pudong early in the morning, then what, fast train or a minibus?"),
])
def test_the_way_here_told_as_an_itinerary(services: Services, lang: str, text: str) -> None:
    assert _talk(services, lang, text)[-1] == "faq:how_to_reach_hengdian"

"""fixD10: the map pin answers the address fact; garden, market and temple scenes in partners'
words; a scene asked yes-or-no of a set picked by its place in the list (Korean, English) and the
kinds of scene asked of "that set" (拍哪些场景); a one-word scene beside a set named; a set ready to
shoot now; what to hand in to apply; a title in title marks with a comma; getting on board a title
now; a call with a person asked; a language version said with 판; the whole list of a news topic
asked now; a traveller's or creator's own errand out of scope (answers52 zh/ko kinds, own
wordings in four languages)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.understand import clauses
from tests.dialogue import ask, fits, say

PIN = ["location:*#address", "location:*#coordinates"]


@pytest.mark.parametrize("lang, said, place", [
    ("en", "could you drop me the location of the Qin Palace?", "qin_palace"),
    ("es", "pásame la ubicación del Palacio de Qin, porfa", "qin_palace"),
    ("zh", "明清宫苑的定位发我一下", "ming_qing_palace"),
    ("ko", "명청궁원 위치 좀 보내 주실래요?", "ming_qing_palace"),
])
def test_the_pin_sent_answers_the_address(services: Services, lang: str, said: str, place: str) -> None:
    reply = ask(services, lang, said)
    assert reply.venue is not None
    assert reply.answer == f"location:{place}#address", reply.answer
    assert reply.venue.address  # the fact the key names is on the pin


@pytest.mark.parametrize("lang, lines, last", [
    ("en", ["which of your sets have a garden?", "is the second one any good for palace scenes?",
            "send me the location of the first one"], "location:ming_qing_palace#address"),
    ("es", ["¿qué sets tienen jardín?", "¿el segundo sirve para escenas de palacio?",
            "mándame la ubicación del primero"], "location:ming_qing_palace#address"),
    ("zh", ["哪几个景有庭园？", "第二个能拍宫殿吗？", "第一个的位置发我"], "location:ming_qing_palace#address"),
    ("ko", ["정원 있는 세트 어디 어디 있어요?", "두 번째 데는 궁궐 장면 돼요?", "첫 번째 데 위치 보내 주세요"],
     "location:ming_qing_palace#address"),
])
def test_picked_from_the_garden_list(services: Services, lang: str, lines: list[str], last: str) -> None:
    got = say(services, lang, *lines)
    assert fits("list:locations?scene=garden", got[0].answer), got[0].answer
    assert got[1].answer == "location:huaxia_culture_park#scene_types", got[1].answer
    assert got[2].answer == last and got[2].venue is not None, got[2].answer


@pytest.mark.parametrize("lang, lines", [
    ("zh", ["有园林的景有哪些", "第二个能拍宫殿吗", "那个景还能拍哪些场景"]),
    ("ko", ["정원 있는 세트 어디예요?", "두 번째 거 궁궐 장면 돼요?", "那个景还能拍哪些场景？"]),
])
def test_kinds_of_scene_of_that_set(services: Services, lang: str, lines: list[str]) -> None:
    assert say(services, lang, *lines)[-1].answer == "location:huaxia_culture_park#scene_types"


@pytest.mark.parametrize("lang, said, place", [
    ("en", "does the Qingming Riverside set have a market?", "qingming_riverside"),
    ("es", "¿el Qingming Shanghe Tu tiene mercado?", "qingming_riverside"),
    ("zh", "清明上河图那边有菜市场的景吗", "qingming_riverside"),
    ("ko", "진왕궁에 시장 장면 찍을 데 있어요?", "qin_palace"),
])
def test_one_word_scene_beside_a_set(services: Services, lang: str, said: str, place: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == f"location:{place}#scene_types", reply.answer


@pytest.mark.parametrize("lang, said", [
    ("en", "the international sets, can we film there yet?"),
    ("es", "¿ya se puede rodar en los sets internacionales?"),
    ("zh", "国际化的景现在能拍了吗？还是还没弄好"),
    ("ko", "해외 배경 세트 지금 당장 촬영 돼요?"),
])
def test_ready_to_shoot_now(services: Services, lang: str, said: str) -> None:
    assert fits("location:international_sets#status", ask(services, lang, said).answer)


@pytest.mark.parametrize("lang, said", [
    ("es", "¿qué tenemos que presentar para el apoyo de rodaje?"),
    ("zh", "申请拍摄支持需要提交啥"),
    ("ko", "촬영 지원 받으려면 뭘 제출해야 돼요?"),
])
def test_what_to_hand_in(services: Services, lang: str, said: str) -> None:
    assert ask(services, lang, said).answer == "incentive:shoot_request_procedure#how_to_apply"


def test_a_title_in_marks_is_one_clause() -> None:
    assert clauses("〈펜싱 챔피언, 강호에 가다〉 줄거리요") == ["〈펜싱 챔피언, 강호에 가다〉 줄거리요"]
    assert clauses("안녕하세요. 《甲，乙》呢") == ["안녕하세요", "《甲，乙》呢"]


@pytest.mark.parametrize("lang, said", [
    ("en", "is “A Fencer in Jianghu” still open for partners?"),
    ("es", "¿todavía podemos sumarnos a «Una esgrimista entre espadachines»?"),
    ("zh", "《击剑冠军闯江湖》还来得及加入吗"),
    ("ko", "〈펜싱 챔피언, 강호에 가다〉 지금 합류할 수 있나요?"),
])
def test_getting_on_board_a_title(services: Services, lang: str, said: str) -> None:
    assert ask(services, lang, said).answer == "work:work_fencer_in_jianghu#coproduction"


@pytest.mark.parametrize("lang, lines", [
    ("en", ["what's the secretariat's phone number?", "could someone give me a ring?"]),
    ("es", ["¿cuál es el teléfono de la secretaría?", "¿alguien me puede llamar?"]),
    ("zh", ["秘书处电话多少", "找个人跟我们通个电话吧"]),
    ("ko", ["사무국 전화번호 알려 주세요", "누가 저한테 전화 좀 해 줄 수 있어요?"]),
])
def test_a_call_asked_is_the_handoff(services: Services, lang: str, lines: list[str]) -> None:
    assert fits(["handoff", "handoff:*"], say(services, lang, *lines)[-1].answer)


def test_a_version_said_with_pan() -> None:
    from intents import lexicon
    assert lexicon.work_language("영어판 나온 작품 있어요?") == "en"
    assert lexicon.work_language("스페인어 판권 살 수 있어요?") is None


@pytest.mark.parametrize("lang, said, key", [
    ("zh", "你们的片单全部发给我", "list:works"),
    ("zh", "活动全部传给我", "list:events"),
    ("ko", "스페인어판 나온 작품 뭐 있어요?", "list:works?language=es"),
])
def test_the_whole_list_now(services: Services, lang: str, said: str, key: str) -> None:
    assert fits(key, ask(services, lang, said).answer)


@pytest.mark.parametrize("lang, said", [
    ("en", "where do I pick up a prepaid SIM at Pudong airport?"),
    ("es", "¿cómo activo WeChat Pay siendo extranjero?"),
    ("zh", "去上海机场怎么办手机卡"),
    ("zh", "剪映怎么剪竖屏"),
    ("ko", "숏폼 찍을 때 어떤 카메라가 제일 좋아요?"),
    ("ko", "알리페이 어떻게 만들어요?"),
])
def test_own_errands_are_out_of_scope(services: Services, lang: str, said: str) -> None:
    assert ask(services, lang, said).answer in ("out_of_scope", "fallback"), said

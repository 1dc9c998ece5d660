"""FAQ questions asked in the partner's own wording reach their FAQ (issue 7: "the FAQ must win
when it is the best answer"), in fresh wordings written for these tests: the virtual stage
described by its parts (an LED wall, a screen as background) rather than named, where a word for
a kind of set ("studio", "palace") filtered a list; costs asked colloquially; the route to "the
studio"; joining asked in idioms; whether an interpreter is needed; a period no set is tagged
with. Record and list questions that share those words keep their answers."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents.lexicon import (
    AFFORDABLE,
    JOINING,
    LANGUAGES_UNDERSTOOD,
    TOWARDS_US,
    TRAVEL,
    VISA,
    gap_topic,
)
from tests.dialogue import talk

VIRTUAL = ["faq:virtual_production", "location:virtual_production"]
COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]


@pytest.mark.parametrize("lang,say,expected", [
    # the virtual stage described by its parts, a kind of set named beside it
    ("en", "is there a soundstage with a giant LED backdrop, or only the period palaces?", VIRTUAL),
    ("zh", "有没有拿大屏当背景拍的那种影棚？", VIRTUAL),
    # costs asked colloquially
    ("es", "para una productora chica, rodar en Hengdian sale muy salado?", "faq:costs"),
    ("ko", "중남미 제작사 기준으로 헝뎬 제작비가 합리적인 편인지 알고 싶어요", COSTS),
    # the way to "the studio": a route, not a kind of set
    ("ko", "부산에서 가는데 스튜디오까지 루트 좀 알려 주세요", "faq:how_to_reach_hengdian"),
    # whether an interpreter is needed
    ("en", "should we hire an interpreter for the shoot or will your crew get by in English?", "faq:languages"),
    # joining, asked in idioms
    ("ko", "우리 프로덕션도 연맹 멤버로 조인 가능한가요? 절차가 궁금해요", "faq:join_alliance"),
    # a period no set is tagged with: which set fits it
    ("zh", "我们这部是唐朝的戏，哪个景比较合适？", "faq:which_set"),
    # "han" before a participle is "have", no Han dynasty to list sets of
    ("es", "ya han filmado actores extranjeros en Hengdian? nuestro galán es uruguayo", "faq:foreign_actors"),
    # the consulate asking for papers is the visa
    ("en", "the consulate wants a letter from whoever hosts us in China, can you issue one?", "faq:visa"),
])
def test_a_faq_asked_in_other_words_reaches_it(services: Services, lang: str, say: str, expected) -> None:
    talk(services, lang, [(say, expected)])


@pytest.mark.parametrize("lang,say,expected", [
    ("en", "any palace sets for a Ming drama?", "list:locations?era=ming&scene=palace"),
    ("ko", "궁궐 세트 있어요?", "list:locations?scene=palace"),
    ("es", "tienen escenarios de época republicana?", "list:locations?era=republican"),
])
def test_a_kind_of_set_asked_for_keeps_its_list(services: Services, lang: str, say: str, expected: str) -> None:
    talk(services, lang, [(say, expected)])


def test_a_particle_after_a_cost_word_is_no_rain() -> None:
    # "비가" is rain only as a word: "제작비가", "숙박비가" are a cost and its particle
    assert gap_topic("제작비가 많이 드나요?") != "weather"
    assert gap_topic("3월에 비가 자주 와요?") == "weather"


def test_rather_is_no_comparison() -> None:
    # "比较合适" is "rather suitable"; "和象山比较一下" compares
    assert gap_topic("去哪个景比较方便") != "compare"
    assert gap_topic("和象山影视城比较一下哪个好") == "compare"


@pytest.mark.parametrize("rx,text,found", [
    (AFFORDABLE, "filmar alla sale salado?", True),
    (AFFORDABLE, "los números cierran para una indie?", True),
    (AFFORDABLE, "촬영비가 합리적이에요?", True),
    (AFFORDABLE, "합리적인 절차가 있나요", False),  # reasonable, of no cost
    (AFFORDABLE, "비용이 합리적인가요", True),
    (JOINING, "how does admission to the alliance work?", True),
    (JOINING, "멤버로 조인하려면요?", True),
    (JOINING, "你们要不要我们这样的小团队？", True),
    (JOINING, "道具是不是要我们自己运过去", False),  # "we have to ship the props": no joining
    (VISA, "来中国之前手续怎么办", True),  # papers for entering China
    (VISA, "入境前要准备哪些证件", True),
    (VISA, "剧本材料寄到中国哪个地址", False),  # a parcel, no papers for entering
    (LANGUAGES_UNDERSTOOD, "do we need to bring an interpreter along?", True),
    (LANGUAGES_UNDERSTOOD, "answer in English please", False),
    (TRAVEL, "스튜디오까지 택시로 몇 시간?", True),
    (TRAVEL, "어떻게 가입하나요", False),  # "how to join", not "how to go"
    (TOWARDS_US, "落地后去影视城", True),
    (TRAVEL, "做竖屏短剧的落地横店能拿到哪些补贴", False),  # settling in Hengdian, no trip
])
def test_the_words_of_the_kinds(rx, text: str, found: bool) -> None:
    assert bool(rx.search(fold(text))) is found

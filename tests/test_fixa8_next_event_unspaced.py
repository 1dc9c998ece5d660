"""fixA8's kinds, tried through the real Brain in four languages (wordings written for these
tests, not taken from an answer set):

- THE next event asked with "next" after the noun ("which session have you got next?"): one
  event, and the follow-ups with it in focus (a city's clock, online or not, the programme it is
  held for, the .ics, a reminder);
- Korean written without spaces read as the spaced form (`core.text.korean_spacing`);
- a day to go and see the LED stage: the open day's date, not a rental price;
- a programme's fee asked after its card: the honest gap, not its intake session.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest

from bot.app import build_services
from bot.context import Services
from bot.settings import Settings
from core.text import fold, korean_spacing
from intents import lexicon, timezones
from intents.nlu.answers import NOW, matches
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
CHATS = count(78_000)
EVENT = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("written", "spaced"), [
    ("다음에하는행사뭐야", "다음에 하는 행사 뭐야"),
    ("캘린더파일좀보내줘", "캘린더 파일 좀 보내줘"),
    ("하루전에리마인드해줘", "하루 전에 리마인드해줘"),
    ("오사카는요?", "오사카는요?"),
    ("참가비는얼마예요", "참가비는 얼마예요"),
])
def test_korean_without_spaces_is_spaced(written: str, spaced: str) -> None:
    assert korean_spacing(written) == spaced


@pytest.mark.parametrize("text", ["다음 행사 뭐 있어요?", "그 프로그램은 뭐 하는 거야", "What's next?", "下一个活动是什么"])
def test_spaced_or_other_text_is_left_alone(text: str) -> None:
    assert korean_spacing(text) == text


@pytest.mark.parametrize("text", ["which session have you got next?", "what event are you running next?"])
def test_next_after_the_noun_is_one_event(text: str) -> None:
    assert lexicon.NEXT_ONE.search(fold(text)) and lexicon.ONE_ASKED.search(fold(text))


def test_plural_or_next_year_is_no_single_event() -> None:
    assert not lexicon.NEXT_ONE.search(fold("what events do you have next year?"))


def test_caribbean_capitals_have_clocks() -> None:
    assert timezones.mentioned_zone("what time is that for me in Georgetown?") == "America/Guyana"
    assert timezones.mentioned_zone("조지타운 기준으로 몇 시야") == "America/Guyana"


def test_a_day_to_visit_is_a_date_not_a_price() -> None:
    assert lexicon.facts_asked("is there a day we can come see the stage?")[:1] == ["date"]
    assert lexicon.gap_topic("is there a day we can come see the stage?") != "price"
    assert lexicon.gap_topic("how much is the stage a day?") == "price"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("fixa8")), bot_staff_chat_id=None)
    built = build_services(settings)
    built.brain.clock = lambda: NOW
    yield built
    built.store.db.conn.close()


def _talk(services: Services, lang: str, *turns: str) -> list[str]:
    chat = next(CHATS)
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, text, services.store.profile(chat)).answer or "" for text in turns]


FOLLOW_UPS = [
    EVENT, f"{EVENT}#date", f"{EVENT}#venue", "program:global_talent_program",
    [EVENT, "ics:global_talent_info_session_2026", "calendar:global_talent_info_session_2026"],
    [EVENT, "remind:global_talent_info_session_2026", "reminder:global_talent_info_session_2026"],
]


@pytest.mark.long
@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["which session have y'all got next?", "what time would that be for me in Kingston?",
            "is it online or in person?", "what's the programme itself about?", "send me the .ics for it",
            "remind me the day before"]),
    ("es", ["¿qué evento tienen a continuación?", "¿a qué hora sería para mí en Lima?", "¿es en línea o presencial?",
            "¿y el programa en sí de qué trata?", "mándame el archivo de calendario", "recuérdamelo un día antes"]),
    ("zh", ["你们接下来办的是什么活动？", "我在圣保罗，那是我这边几点？", "线上还是线下？", "那个计划本身是干嘛的？",
            "发我日历文件", "提前一天提醒我"]),
    ("ko", ["다음에하는행사뭐야", "나는도쿄인데그럼몇시야", "온라인으로하는거임", "그프로그램은뭐하는거야",
            "일정파일좀보내줘", "하루전에리마인드해줘"]),
])
def test_next_event_and_its_follow_ups(services: Services, lang: str, turns: list[str]) -> None:
    got = _talk(services, lang, *turns)
    assert all(matches(expect, answer) for expect, answer in zip(FOLLOW_UPS, got, strict=True)), got


@pytest.mark.long
@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["what's the next event?", "and the programme behind it?", "do we have to pay to get into that program?"]),
    ("ko", ["다음 행사 뭐야?", "그 프로그램은 뭐 하는 건데?", "그프로그램들어가려면돈내야돼?"]),
])
def test_programme_fee_is_a_gap(services: Services, lang: str, turns: list[str]) -> None:
    assert _talk(services, lang, *turns)[2].startswith("gap:")


@pytest.mark.long
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is there a day we can come see the LED stage in person?"),
    ("es", "¿hay algún día para ir a ver el estudio LED en persona?"),
    ("zh", "虚拟影棚哪天可以去参观一下？"),
    ("ko", "LED스튜디오직접가서구경할수있는날있어?"),
])
def test_day_to_see_the_stage_is_the_open_day(services: Services, lang: str, text: str) -> None:
    assert matches("event:virtual_stage_open_day_2027#date", _talk(services, lang, text)[0])

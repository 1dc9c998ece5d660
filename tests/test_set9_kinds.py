"""Kinds read from set 9, tested in fresh wordings: 청대/명대 name their era; a name put on the
alliance's list is joining; 뭔 내용 asks a plot, 기간 a date, "했어요?" of an event its status,
"at which hour" a time; Hawaiian Pidgin (da, kine, wat's) reads as English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "set9_kinds")


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("명대 배경으로 쓸 만한 세트 뭐 있어요", "list:locations?era=ming"),
            ("두 번째 거 주소", "location:*#address")]),
    ("ko", [("연맹 명단에 우리 회사 이름 올리고 싶은데 절차가?", "faq:join_alliance")]),
    ("ko", [("미스터리 작품 보여 줘요", "list:works?genre=mystery"), ("첫 번째 거 뭔 내용이에요", "work:*#logline")]),
    ("ko", [("작년 가을 라틴 영화의 밤은 했나요? 2025년 거요", "event:latin_film_night#status")]),
    ("ko", [("헝뎬 영화제 기간이 어떻게 돼요?", "event:hengdian_film_festival#date")]),
    ("en", [("at which hour does the pitch day kick off?", "event:latam_pitch_day_2027#date")]),
    ("en", [("any comedy kine shows in da catalog?", "list:works?genre=comedy"),
            ("da third one, wat's it about", "work:*#logline")]),
])
def test_set9_kinds_in_fresh_words(services: Services, lang: str, turns) -> None:
    from fnmatch import fnmatch

    from intents.nlu.answers import matches
    talk(services, lang, turns, fits=lambda e, got: fnmatch(got or "", e) if "*" in e else matches(e, got))

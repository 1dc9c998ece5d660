"""Kinds of mistake the zh/ko partner play (play31b) found, each tried in the four languages with
wordings written for these tests (not the play's own sentences):

- K2: an action asked of no event ("remind me", "send me the calendar file") asks which; the event
  then named in words (or picked by its place in the list) gets that action, not only its card;
"""

from __future__ import annotations

from collections.abc import Iterator
from fnmatch import fnmatchcase

import pytest

from bot.context import Services
from tests.dialogue import noon_services, talk


def glob(expect: str | list[str], got: str | None) -> bool:
    """The answer key fits one of the shell patterns expected."""
    return any(fnmatchcase(got or "", e) for e in ([expect] if isinstance(expect, str) else expect))


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixp31b")


# -- K2: the pending action is done on the event named next -----------------------------------------
PENDING = [
    ("en", "can you set a reminder for me?", "the pitch day for Latin American producers", "rem"),
    ("en", "send me the .ics file please", "the film festival", "ics"),
    ("es", "mándame el archivo de calendario", "el festival de cine", "ics"),
    ("es", "¿me pones un recordatorio?", "la segunda", "rem"),
    ("zh", "帮我设个提醒", "横店影视节", "rem"),
    ("zh", "把日历文件发给我", "虚拟制片影棚开放日那个", "ics"),
    ("ko", "알림 설정해 주세요", "영화제요", "rem"),
    ("ko", "캘린더 파일 좀 보내 주실래요?", "첫 번째요", "ics"),
]


@pytest.mark.parametrize(("lang", "asked", "named", "action"), PENDING)
def test_the_event_named_after_which_gets_the_action(services: Services, lang: str, asked: str, named: str,
                                                     action: str) -> None:
    reply = talk(services, lang, [(asked, "list:events*"), (named, "event:*")], fits=glob)
    assert reply.outcome == "action"
    if action == "ics":
        assert reply.document is not None
    else:
        assert any((b.data or "").startswith("v1|rem|-") for row in reply.buttons for b in row)


def test_a_question_about_the_event_named_is_still_answered(services: Services) -> None:
    reply = talk(services, "en", [("remind me", "list:events*"), ("when is the film festival?", "event:*")], fits=glob)
    assert reply.outcome != "action"

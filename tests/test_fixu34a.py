"""Self-introductions and places of play34 (fixu34a), in the four languages:

- a long first message that opens with who the partner is ("we are a Nollywood outfit based in
  Lagos. What … casting day … and when is it?", "Our company is based in Seoul, and I am writing
  to ask about the Korea matchmaking session…") answers the event named, not another event nor
  out of scope: the partner's city is their place, never the subject;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from intents import lexicon
from intents.reply import Reply
from tests.dialogue import new_chat, noon_services


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixu34a")


def replies(services: Services, lang: str, lines: list[str]) -> list[Reply]:
    """Each line's reply, in one new chat."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


@pytest.mark.parametrize(("lang", "line", "answer"), [
    ("en", ("Good morning, we are a Nollywood outfit based in Lagos. What exactly is the casting day for foreign "
           "actors about, and when is it?"), "event:international_sets_casting_day_2027"),
    ("en", ("Hello. Our company is based in Seoul, and I am writing to ask about the Korea matchmaking session. "
           "When and where will it take place?"), "event:korea_matchmaking_2027"),
    ("en", "Hi there, we're a small studio based out of Manila. When is the virtual production open day?",
     "event:virtual_stage_open_day_2027"),
    ("es", ("Hola, somos una productora de Lima y les escribo para preguntar por la Noche de Cine Latino. "
           "¿Cuándo es?"), "event:latin_film_night"),
    ("zh", "你好，我们是首尔的一家制作公司，想问一下中韩对接会是什么时候？", "event:korea_matchmaking_2027"),
    ("ko", "안녕하세요. 저희는 부산에 있는 제작사인데요, 한중 매칭 행사 일정 문의드립니다", "event:korea_matchmaking_2027"),
])
def test_the_event_asked_after_an_introduction(services: Services, lang: str, line: str, answer: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert (reply.answer or "").startswith(answer), (reply.answer, reply.text)


def test_an_introduction_ends_at_its_own_stop() -> None:
    said, asked = lexicon.split_introduction(
        "Good morning, we are a Nollywood outfit based in Lagos. What is the casting day about, and when is it?")
    assert said.startswith("we are a Nollywood outfit") and asked.startswith("What is the casting day")
    said, _ = lexicon.split_introduction("Our company is based in Seoul, and I'm writing about the matchmaking. When is it?")
    assert said == "Our company is based in Seoul"

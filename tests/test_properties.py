"""Property-based tests (hypothesis): understanding never raises, button data round-trips and
never crashes the decoder, and what the renderer sends is always valid for Telegram."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.app import build_services
from bot.context import Services
from bot.render import TEXT_LIMIT, keyboard, split_html
from bot.settings import Settings
from core.telegram_html import html_problems, visible_length
from intents.callbacks import ACTIONS, MAX_BYTES, CallbackDataError, decode, encode
from intents.reply import Reply, esc
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.long
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
THROUGH_THE_BRAIN = settings(FAST, max_examples=100)
"""Hypothesis' default count (100) for the property that runs the whole Brain on each text: at
~25 ms an example it was a third of this module's time at 150; the cheap properties keep 150."""


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = build_services(Settings(_env_file=None, bot_token=None,  # type: ignore[call-arg]
                                    bot_knowledge_dir=ROOT / "knowledge",
                                    bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("props"))))
    yield built
    built.store.close()


def assert_deliverable(reply: Reply) -> None:
    """What Telegram would accept: each chunk within 4096 (as Telegram counts), valid HTML,
    button data within 64 bytes and readable by our own decoder."""
    if reply.document is None and reply.venue is None:
        for chunk in split_html(reply.text):
            assert visible_length(chunk) <= TEXT_LIMIT and chunk.strip()
            assert html_problems(chunk) == [], (chunk[:200], html_problems(chunk)[:3])
    markup = keyboard(reply)
    for row in (markup.inline_keyboard if markup else ()):
        for button in row:
            if button.callback_data is not None:
                assert len(str(button.callback_data).encode()) <= MAX_BYTES
                assert decode(str(button.callback_data)) is not None
            assert 0 < len(button.text) <= 64


@THROUGH_THE_BRAIN
@given(text=st.text(max_size=300))
def test_understanding_any_unicode_never_raises_and_renders_valid(services: Services,
                                                                  text: str) -> None:
    reply = services.brain.reply_to_text(4242, text, None)
    assert reply.text or reply.document or reply.venue
    assert_deliverable(reply)


@FAST
@given(data=st.one_of(st.text(max_size=80), st.binary(max_size=80).map(
    lambda b: b.decode("utf-8", "replace"))))
def test_button_presses_with_any_data_are_answered(services: Services, data: str) -> None:
    reply = services.brain.reply_to_button(4243, data, None)
    assert_deliverable(reply)


ARG = st.from_regex(r"[a-z0-9_.:+-]{0,40}", fullmatch=True)


@FAST
@given(action=st.sampled_from(sorted(ACTIONS)), args=st.lists(ARG, max_size=3))
def test_callback_data_round_trips_or_is_refused(action: str, args: list[str]) -> None:
    try:
        data = encode(action, *args)
    except CallbackDataError:
        lo, hi = ACTIONS[action]
        joined = "|".join(["v1", action, *args])
        assert not lo <= len(args) <= hi or len(joined.encode()) > MAX_BYTES
        return
    assert len(data.encode()) <= MAX_BYTES
    decoded = decode(data)
    assert decoded is not None and (decoded.action, decoded.args) == (action, tuple(args))


@FAST
@given(data=st.one_of(st.none(), st.text(max_size=200), st.text(alphabet="v1|abc-_:+.", max_size=70)))
def test_decode_never_raises(data: str | None) -> None:
    result = decode(data)
    assert result is None or result.action in ACTIONS


TAGS = ("b", "i", "u", "s", "code")


@st.composite
def html_lines(draw: st.DrawFn) -> str:
    """A reply the way handlers write them: escaped text, tags opened and closed per line."""
    lines = []
    for _ in range(draw(st.integers(0, 60))):
        words = esc(draw(st.text(max_size=draw(st.sampled_from([20, 200, 5000])))))
        tag = draw(st.sampled_from((None, *TAGS)))
        lines.append(f"<{tag}>{words}</{tag}>" if tag else words)
    return "\n".join(lines)


@FAST
@given(text=html_lines())
@example(text="😀" * 4000)  # 4000 characters, but 8000 for Telegram (UTF-16)
@example(text="<b>𠀀𠀁</b>\n" * 1500)  # CJK extension B: two units each
def test_split_messages_are_always_valid_for_telegram(text: str) -> None:
    chunks = split_html(text)
    assert chunks
    for chunk in chunks:
        assert visible_length(chunk) <= TEXT_LIMIT
        assert html_problems(chunk) == [], html_problems(chunk)[:3]

"""Memory never crosses chats: what one chat said earlier in the process must not change the
answer another chat gets. The Brain is one per process and its worker threads answer every
chat, so whatever it (or a module) keeps between messages must be keyed by everything the
result depends on.

- `intents.router._OwnWords` kept each listed item's own words per chat language, while they
  are worked out in the language the message is *read* in: a Korean chat typing "any upcoming
  events?" left English-only words behind, and the next Korean chat's "서울에서 하는 건?" after
  the same list was answered out of scope.
- `intents.memory.MemoryStore` kept its cache of chats' memories unguarded: two chats answered
  at once on the worker threads, one dropping the oldest chat, failed the other (KeyError).
- `intents.nlu.answers.evaluate` numbered every call's chats from 9,000,000: a second answer set
  run in the same process answered in the first set's chats, with their memory and profile.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.context import Services
from core.store import Store
from intents import memory, router
from intents.nlu.answers import FIRST_CHAT, evaluate
from tests.dialogue import new_chat


@pytest.fixture
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process's own-words cache as a fresh process has it (other modules filled it)."""
    monkeypatch.setattr(router, "_OWN_WORDS", router._OwnWords())


def play(services: Services, lang: str, turns: list[str], chose: bool = False) -> list[str | None]:
    """The answer keys of `turns` said in one new chat (Telegram language `lang`; with `chose`,
    the partner also picked `lang` in the language menu, so it stays when they write another)."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    if chose:
        services.store.set_language(chat, lang)
    return [services.brain.reply_to_text(chat, text, services.store.profile(chat)).answer
            for text in turns]


# (language, the list asked for, the pick by a word of one item's name or venue, its answer)
PICKS = [
    ("ko", "다가오는 행사 있어요?", "서울에서 하는 건?", "event:korea_matchmaking_2027"),
    ("es", "¿hay eventos próximos?", "¿y la de Seúl?", "event:korea_matchmaking_2027"),
    ("es", "¿hay eventos próximos?", "la de Seúl, ¿cuándo es?", "event:korea_matchmaking_2027#date"),
    ("zh", "最近有什么活动？", "首尔那场呢？", "event:korea_matchmaking_2027"),
    ("zh", "最近有什么活动？", "選角那個", "event:international_sets_casting_day_2027"),
]


@pytest.mark.parametrize(("lang", "listed", "pick", "expect"), PICKS)
def test_a_pick_from_a_list_does_not_depend_on_another_chat_written_in_english(
        services: Services, cold: None, lang: str, listed: str, pick: str, expect: str) -> None:
    # chat A chose `lang` in the menu and writes in English: read in English, answered in `lang`
    assert play(services, lang, ["any upcoming events?"], chose=True)[0].startswith("list:events")
    # chat Z, in `lang` as chat A, asks for the same list and picks one item by its name
    assert play(services, lang, [listed, pick]) == [play(services, lang, [listed])[0], expect]


def test_own_words_are_those_of_the_language_the_message_is_read_in(
        services: Services, cold: None) -> None:
    """The cache's key is the reading language: the same list read in Korean and in English
    gives each its own words, in either order."""
    turn = services.brain._turn(new_chat(), None, "ko", text="서울")
    items = [f"event:{rid}" for rid in turn.kb.events]
    english = router._OWN_WORDS.of(replace(turn, written="en"), items)
    korean = router._OWN_WORDS.of(turn, items)
    assert korean != english
    assert korean == router._OwnWords().of(turn, items)
    assert router._items_named(turn, items) == ["event:korea_matchmaking_2027"]


# A pool of short conversations, answered alone in a cold process first; then in any order after
# each other they must be answered the same.
POOL = [
    ("ko", True, ["any upcoming events?", "the Seoul one"]),
    ("ko", False, ["다가오는 행사 있어요?", "서울에서 하는 건?"]),
    ("es", True, ["any upcoming events?"]),
    ("es", False, ["¿hay eventos próximos?", "¿y la de Seúl?"]),
    ("zh", True, ["any upcoming events?"]),
    ("zh", False, ["最近有什么活动？", "首尔那场呢？"]),
    ("en", True, ["다가오는 행사 있어요?"]),
    ("en", False, ["any upcoming events?", "the casting one"]),
]


@pytest.fixture(scope="module")
def alone(services: Services) -> list[list[str | None]]:
    answers = []
    for lang, chose, turns in POOL:
        router._OWN_WORDS = router._OwnWords()
        answers.append(play(services, lang, turns, chose))
    router._OWN_WORDS = router._OwnWords()
    return answers


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(POOL))))
def test_any_order_of_chats_answers_each_as_alone(services: Services, alone: list, order: list[int]) -> None:
    router._OWN_WORDS = router._OwnWords()
    for i in order:
        lang, chose, turns = POOL[i]
        assert play(services, lang, turns, chose) == alone[i], (POOL[i], [POOL[j][2][0] for j in order])


def test_two_evaluations_on_one_store_never_share_a_chat(services: Services) -> None:
    """The second set's question is asked in a chat of its own, not in the chat where the first
    set spoke of Reel-K (where "set the time to Beijing, the China head office's" would read as
    a follow-up about Reel-K's country)."""
    probe = "중국 본사 기준인 베이징으로 시간 설정해줘"
    fresh = play(services, "ko", [probe])[0]
    first = evaluate(services.brain, services.store,
                     {"ko": {"questions": [{"q": "Reel-K는 어떤 회사예요?", "expect": "partner:reel_k"}]}})
    assert first["ko"].questions[0]["got"].startswith("partner:reel_k")
    second = evaluate(services.brain, services.store,
                      {"ko": {"questions": [{"q": probe, "expect": "out_of_scope"}]}})
    assert second["ko"].questions[0]["got"] == fresh


def test_evaluation_chats_are_new_to_the_store(services: Services) -> None:
    """Each call starts after every chat the store knows, and never below `FIRST_CHAT`."""
    seen: list[int] = []

    class Recorder:
        clock = None

        def reply_to_text(self, chat: int, text: str, profile: object) -> object:
            seen.append(chat)
            return type("R", (), {"answer": "out_of_scope", "outcome": "fallback"})()

    one = {"en": {"questions": [{"q": "a", "expect": "x"}], "out_of_scope": ["b"]}}
    evaluate(Recorder(), services.store, one)
    evaluate(Recorder(), services.store, one)
    assert len(set(seen)) == 4 and min(seen) >= FIRST_CHAT


def test_memories_of_chats_answered_at_once_on_threads(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram's updates are answered on worker threads: chats loading and keeping memories at
    once, while the cache drops its oldest chat, must neither fail (KeyError, "dictionary changed
    size during iteration") nor hand one chat another's memory."""
    monkeypatch.setattr(memory, "CACHED_CHATS", 3)  # every few loads drop the oldest chat
    switch = sys.getswitchinterval()
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    store = Store.open(tmp_path / "store.db")
    memories = memory.MemoryStore(store)
    errors: list[str] = []

    def chats(first: int) -> None:
        try:
            for i in range(10_000):
                chat = first + i % 5
                held = memories.load(chat, now)
                assert held.subject in (None, f"chat {chat}"), (chat, held.subject)
                memories._remember(chat, held.after(subject=f"chat {chat}"), now)
        except Exception as exc:  # noqa: BLE001 - any failure of a thread is the finding
            errors.append(repr(exc))

    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=chats, args=(10 * k,)) for k in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
        store.close()
    assert errors == []

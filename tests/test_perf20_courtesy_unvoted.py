"""perf20: a message that is courtesy only ("ok, that's it for today, thank you", "여러분 잘
지내시죠?"), answered by the router as such, is no weak reply the exemplars' vote could improve:
nothing is asked. The arbiter's small talk row holds it before the vote (`Keep` "courtesy only",
of the message), so the message is not embedded for the vote (~5-35 ms of CPU), and the reply is
the one the vote kept before. Small talk the router read without the courtesy lexicon ("非常感谢您
的耐心") is voted on as before. Sentences written for these tests, in the four languages."""

from __future__ import annotations

from dataclasses import replace
from itertools import count

import pytest

from intents import exemplars as ex
from intents.exemplars import Asked, Opinion, overrides
from intents.lexicon import small_talk_only

# (lang, text, small talk kind): courtesy only, as `lexicon.small_talk_only` reads it
COURTESY = [
    ("en", "ok, that's it for today, thank you", "goodbye"),
    ("en", "hey guys, how's it going?", "greet"),
    ("es", "listo, gracias, chau", "goodbye"),
    ("es", "buenas, ¿cómo les va?", "greet"),
    ("zh", "好啊，今天就这样吧，谢谢", "goodbye"),
    ("zh", "大家最近怎么样", "greet"),
    ("ko", "네 감사합니다 안녕히 계세요", "goodbye"),
    ("ko", "여러분 잘 지내시죠?", "greet"),
]
# thanks the classifier reads, in words the courtesy lexicon leaves to it: still voted on
THANKS_READ = [
    ("en", "thank you so much for your patience"),
    ("es", "muchísimas gracias por todo"),
    ("zh", "非常感谢您的耐心"),
    ("ko", "정말 큰 도움이 됐어요 감사해요"),
]
CHATS = count(7_200_000)


def _asks(services, monkeypatch) -> list[str]:
    """The texts the bot asks the embedding engine for from now on (cached or not)."""
    embedder = services.brain.second_opinion.embedder
    if embedder is None:
        pytest.skip("no embedding engine")
    asked, query = [], embedder.query

    def counted(text: str):
        asked.append(text)
        return query(text)

    monkeypatch.setattr(embedder, "query", counted)
    return asked


def _first_message(services, lang: str, text: str):
    chat = next(CHATS)
    return services.brain.reply_to_text(chat, text, services.store.touch(chat, language_code=lang))


@pytest.mark.parametrize(("lang", "text", "kind"), COURTESY)
def test_courtesy_only_is_answered_without_embedding(services, monkeypatch, lang: str, text: str, kind: str) -> None:
    assert small_talk_only(text) == kind
    asked = _asks(services, monkeypatch)
    reply = _first_message(services, lang, text)
    assert reply.answer == f"smalltalk:{kind}"
    assert asked == []


@pytest.mark.parametrize(("lang", "text", "kind"), COURTESY)
def test_the_vote_taken_kept_the_same_reply(services, monkeypatch, lang: str, text: str, kind: str) -> None:
    kept = _first_message(services, lang, text)
    # the table without the new keep: the message is embedded and voted on, as before perf20
    monkeypatch.setattr(services.brain.second_opinion, "table", tuple(
        replace(row, keeps=tuple(k for k in row.keeps if k.name != "courtesy only")) for row in ex.WEAK))
    asked = _asks(services, monkeypatch)
    voted = _first_message(services, lang, text)
    assert asked  # the vote needed the message's vector
    assert (voted.answer, voted.text, voted.buttons) == (kept.answer, kept.text, kept.buttons)


@pytest.mark.parametrize(("lang", "text"), THANKS_READ)
def test_small_talk_the_lexicon_does_not_read_is_still_voted_on(services, monkeypatch, lang: str, text: str) -> None:
    assert small_talk_only(text) is None
    asked = _asks(services, monkeypatch)
    reply = _first_message(services, lang, text)
    assert reply.answer == "smalltalk:thanks"
    assert asked  # the small talk row's vote, as before


def test_the_keep_holds_only_for_courtesy_read() -> None:
    clear = Opinion("faq:visa", 1.0, 1.0, 0.95)  # a clear vote for an answer
    assert overrides("smalltalk:thanks", clear, Asked())
    assert not overrides("smalltalk:thanks", clear, Asked(courtesy=True))
    assert not overrides("smalltalk:thanks", Opinion("smalltalk:goodbye", 1.0, 1.0, 0.95), Asked())
    assert "courtesy only" in {k.name for row in ex.WEAK for k in row.keeps if k.of_the_message}

"""Laughs and emoji get a friendly line without the menu; words still go through understanding."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.reactions import reaction
from tests.dialogue import talk


@pytest.mark.parametrize("text, kind", [
    ("🧐", "thinking"), ("🤔 🤔", "thinking"), ("🤷‍♀️", "thinking"), ("😆😆🙌", "laugh"), ("👌🏽", "laugh"),
    ("jejeje", "laugh"), ("JAJAJ!!", "laugh"), ("hahaha 😅", "laugh"), ("lmao", "laugh"),
    ("嘻嘻嘻～", "laugh"), ("ㅎㅎㅎ", "laugh"), ("xD", "laugh"),
    ("🤔 how much is the palace set?", None), ("jaja y el precio?", None), ("哈哈，有科幻剧吗", None),
    ("?", None), ("...", None), ("", None), ("ok", None),
])
def test_what_is_a_reaction(text: str, kind: str | None) -> None:
    assert reaction(text) == kind


@pytest.mark.parametrize("lang, said, key", [
    ("en", "😆😆", "smalltalk:laugh"), ("es", "jejeje 👌", "smalltalk:laugh"),
    ("zh", "嘿嘿嘿", "smalltalk:laugh"), ("ko", "ㅋㅋㅋ 👍", "smalltalk:laugh"),
    ("ko", "🤔", "smalltalk:thinking"), ("es", "🧐🧐", "smalltalk:thinking"),
])
def test_a_laugh_gets_one_friendly_line_without_the_menu(services: Services, lang: str, said: str,
                                                         key: str) -> None:
    first = {"en": "What is A.R.C?", "es": "¿Qué es A.R.C?", "zh": "什么是A.R.C？", "ko": "A.R.C가 뭐예요?"}
    reply = talk(services, lang, [(first[lang], "*"),
                                  (said, key)], fits=lambda e, g: e == "*" or e == g)
    assert not reply.buttons and reply.outcome == "smalltalk" and reply.lang == lang
    assert len(reply.text) < 140


def test_an_off_topic_question_with_a_laugh_is_still_off_topic(services: Services) -> None:
    reply = talk(services, "en", [("haha who won the champions league last year? 😂", "out_of_scope")],
                 fits=lambda e, g: g in ("out_of_scope", "fallback"))
    assert reply.buttons  # the topics to pick from

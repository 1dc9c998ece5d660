"""Chat shorthand that names no language ("3Q~", Chinese chat's "thank you") keeps the reply in
the language the chat is held in (partner play 2026-12-04: "3Q~" after Chinese got Spanish)."""

from __future__ import annotations

import pytest

from intents.nlu.language import detect


@pytest.mark.parametrize("text", ["3Q~", "3q", "3Q 3Q", "3Q!!", "ok 3q"])
def test_chinese_chat_thanks_in_latin_letters_is_no_language(text: str) -> None:
    assert detect(text) is None


def test_a_sentence_around_it_still_decides() -> None:
    assert detect("3q, me sirvió mucho la info del festival") == "es"
    assert detect("3q, that helps a lot with the festival dates") == "en"

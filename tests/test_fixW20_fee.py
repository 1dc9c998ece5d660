"""play30 en-la-mystery (fixW20): "ok and what's the licensing fee for that one?" right after a list
of titles asks which one (fine), but first says that no title's licensing terms are published and
that they are agreed with the title's contact; the title picked next gets its own answer."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import labels, say


@pytest.mark.parametrize(("lang", "listed", "fee"), [
    ("en", "which mysteries come with Korean?", "ok and what's the licensing fee for that one?"),
    ("es", "¿tienen misterios en coreano?", "¿y cuánto cuesta licenciar esa?"),
    ("zh", "有韩语版的悬疑剧吗？", "那部的授权费是多少？"),
    ("ko", "한국어로 볼 수 있는 미스터리 작품 있어요?", "그거 판권료는 얼마예요?"),
])
def test_a_fee_asked_of_one_of_the_titles_listed(services: Services, lang, listed, fee) -> None:
    shown, asked = say(services, lang, listed, fee)
    assert shown.answer == "list:works?genre=mystery&language=ko", shown.answer
    assert asked.answer == "clarify", (asked.answer, asked.text)
    assert asked.text == t("which_title_terms", lang) != t("which_of_these", lang)
    assert len(labels(asked)) >= len(shown.items)  # the titles to pick from


def test_which_one_of_a_fact_a_title_has_stays_plain(services: Services) -> None:
    _, asked = say(services, "en", "which mysteries come with Korean?", "how many episodes does that one have?")
    assert asked.answer == "clarify" and asked.text == t("which_of_these", "en"), (asked.answer, asked.text)


def test_the_whole_la_conversation_up_to_the_fee(services: Services) -> None:
    *_, asked = say(services, "en",
                    "hey there, we're a small LA shop hunting for vertical mysteries in your catalog, what have you got?",
                    "the second one - how many eps and how long is each?", "which of those mysteries come with Korean?",
                    "ok and what's the licensing fee for that one?")
    assert asked.answer == "clarify" and "aren't published" in asked.text, (asked.answer, asked.text)

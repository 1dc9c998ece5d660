"""fixX26: "the other one" said as a correction ("no, I meant the other one", "no, me refería a la
otra", "不是那部，是另外一部", Cantonese "唔係呢套，另一套", "아니 그거 말고 다른 거요") after one title
was picked out of a list: of a list of two, the other title (the fact just given, of it); of a longer
list, a title tied with the pick on the count just given, else which one, the rest as buttons
(play35). Never the same title again, never "didn't catch that"."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies

# Sci-fi titles in Korean with fewer than 90 episodes: two of them, the shortest picked first
TWO = {"en": ["got any sci-fi?", "which of those have a Korean version?", "under 90 episodes only", "which is the shortest of those?"],
       "es": ["¿tienen ciencia ficción?", "de esas, ¿cuáles vienen en coreano?", "¿y de menos de 90 capítulos?", "¿cuál es la más corta de esas?"],
       "zh": ["有科幻剧吗？", "哪些有韩文版？", "不到90集的", "其中最短的是哪部？"],
       "ko": ["SF 작품 있어요?", "그중에 한국어 버전 있는 거요", "90부 미만인 것만요", "그중에 제일 짧은 거"]}


@pytest.mark.parametrize(("lang", "other"), [
    ("en", "no, I meant the other one"), ("es", "no, me refería a la otra"),
    ("zh", "不是那部，是另外一部"), ("zh", "唔係呢套，另一套"), ("ko", "아니 그거 말고 다른 거요"),
])
def test_the_other_of_two_is_taken(services: Services, lang: str, other: str) -> None:
    got = replies(services, lang, [*TWO[lang], other])
    picked, listed = got[-2].answer or "", got[-3].items
    assert len(listed) == 2 and picked.startswith("work:"), (picked, listed)
    rest = next(i for i in listed if i != picked.partition("#")[0])
    assert (got[-1].answer or "").partition("#")[0] == rest, got[-1].answer


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["mystery titles please", "which of those come with Korean?", "tell me about the second one", "no, I meant the other one"]),
    ("es", ["¿qué series de misterio tienen?", "de esas, ¿cuáles tienen coreano?", "¿cuántos episodios tiene la segunda?", "no, la otra"]),
    ("zh", ["有悬疑剧吗", "其中哪些有韩语版？", "第二部有几集？", "不是这部，是另一部"]),
    ("ko", ["미스터리 작품 있어요?", "그중 한국어 되는 거요", "두 번째 거 몇 부작이에요?", "아니 그거 말고 다른 거"]),
])
def test_the_other_of_three_is_asked_with_the_rest_as_buttons(services: Services, lang: str, lines: list[str]) -> None:
    got = replies(services, lang, lines)
    picked = (got[-2].answer or "").partition("#")[0]
    assert picked.startswith("work:") and len(got[1].items) == 3, (picked, got[1].items)
    assert got[-1].answer == "clarify", (got[-1].answer, got[-1].text)
    labels = [b.label for row in got[-1].buttons for b in row]
    kb = services.knowledge.current
    assert kb.works[picked.partition(":")[2]].title.get(lang) not in labels and len(labels) == 2, labels


def test_a_tie_on_the_count_is_the_next_candidate(services: Services) -> None:
    """The shortest of the whole catalog has ties (named under it): "no, the other one" is the next tied."""
    got = replies(services, "en", ["which title in the catalog has the fewest episodes?", "nope, the other one"])
    kb = services.knowledge.current
    first = kb.works[(got[0].answer or "").partition(":")[2].partition("#")[0]]
    assert (got[1].answer or "").startswith("work:") and (got[1].answer or "").partition("#")[0] != f"work:{first.id}", got[1].answer
    assert kb.works[(got[1].answer or "").partition(":")[2].partition("#")[0]].episodes == first.episodes

"""perf10 (issue 10): the Korean word vocabulary unspaced Korean is cut with is built by the
warm-up, not by the first unspaced Korean message (~27 ms), and keeps one float per distinct
count (the same costs as one float per word)."""

from __future__ import annotations

import math
from collections import Counter

from core import text
from core.text import korean_spacing


def test_warm_builds_the_korean_vocabulary(services) -> None:
    text._korean_vocabulary.cache_clear()
    services.brain.warm()
    assert text._korean_vocabulary.cache_info().currsize == 1
    hits = text._korean_vocabulary.cache_info().hits
    assert korean_spacing("다음행사뭐있음") == "다음 행사 뭐 있음"
    assert text._korean_vocabulary.cache_info().hits > hits  # the message built nothing


def test_costs_are_the_log_frequencies_with_shared_floats() -> None:
    text._korean_vocabulary.cache_clear()
    vocabulary, longest = text._korean_vocabulary()
    counts: Counter[str] = Counter()
    for pattern in text._KO_SOURCES:
        for path in sorted(text._ROOT.glob(pattern)):
            counts.update(w for w in text._SYLLABLES.findall(path.read_text("utf-8")) if len(w) > 1)
    for line in text.KO_WORDS_FILE.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            counts.update({word: 3 for word in text._SYLLABLES.findall(line)})
    total = sum(counts.values())
    expected = {word: -math.log(n / total) for word, n in counts.items()}
    assert vocabulary == expected and list(vocabulary) == list(expected)
    assert longest == max(len(w) for w in expected)
    assert len({id(cost) for cost in vocabulary.values()}) == len(set(counts.values()))

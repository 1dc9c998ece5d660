"""The first partners' messages no longer pay one-time builds (issue 7: p99 of the conversation).

`Brain.warm` (run in a worker thread once the bot is ready) now also builds the tzdata / CLDR
tables of `intents.timezones` (the city pattern alone was ~0.1-0.3 s on the first message that
named a place or a clock: "GMT-3 porfa", "based in Durban") and the slang patterns of Latin
text in no language told apart or mixed with Chinese or Korean (`core.text.warm_variants`).
An event's Korean word is looked for without compiling a pattern per word
(`router._starts_a_hangul_word`), which reads exactly as the look-behind pattern did.
"""

from __future__ import annotations

import random
import re

import pytest

from core import text
from intents import timezones
from intents.router import _starts_a_hangul_word

BUILDERS = (timezones.abbreviated, timezones._abbreviation_pattern, timezones._city_index,
            timezones._zones, timezones._mentionable, timezones._written_inside_words,
            timezones._city_pattern, timezones._places)


def test_warm_builds_the_place_and_clock_tables(services) -> None:
    for build in BUILDERS:
        build.cache_clear()
    services.brain.warm()
    for build in BUILDERS:
        assert build.cache_info().currsize == 1, build.__name__
    # and the message that names a city's clock now finds it built (no miss)
    misses = timezones._city_pattern.cache_info().misses
    assert timezones._city_asked("hora de el cairo") == "Africa/Cairo"
    assert timezones._city_pattern.cache_info().misses == misses


@pytest.mark.parametrize(("said", "lang"), [
    ("hey q onda, tienen sets??", None),                 # Latin, no language told apart
    ("we want to shoot a 微短剧 next month pls", "en"),  # English with Chinese
    ("queremos filmar un 숏드라마 porfa", "es"),           # Spanish with Korean
    ("pls 我们想拍 microdrama", None),                    # mixed, no language told apart
])
def test_warm_compiles_the_mixed_slang_patterns(said, lang) -> None:
    text._variant_pattern.cache_clear()
    text.warm_variants()
    before = text._variant_pattern.cache_info()
    assert text._tables_for(said, lang), "a message these tables read"
    text.standard_words(said, lang)
    after = text._variant_pattern.cache_info()
    assert after.misses == before.misses, f"{text._tables_for(said, lang)} not warmed"


def test_warm_variants_fit_the_cache_with_the_single_languages() -> None:
    text._variant_pattern.cache_clear()
    for single in (text.LATIN_TABLES["en"], text.LATIN_TABLES["es"], ("zh",), ("ko",)):
        text._variant_pattern(single, sure=True)  # as `standard_words` calls it
    text.warm_variants()
    hits = text._variant_pattern.cache_info().hits
    text._variant_pattern(("zh",), sure=True)  # still there: nothing pushed out
    info = text._variant_pattern.cache_info()
    assert info.currsize == 11 and info.hits == hits + 1


def reference(term: str, said: str) -> bool:
    return re.search(rf"(?<![가-힣]){re.escape(term)}", said) is not None


@pytest.mark.parametrize(("term", "said", "expected"), [
    ("축제", "헝뎬 축제 언제예요?", True),
    ("축제", "벚꽃축제 언제예요?", False),         # inside another word
    ("축제", "벚꽃축제랑 축제 일정", True),        # the second one starts a word
    ("축제", "축제", True),
    ("배우", "(배우) 오디션", True),
    ("배우", "", False),
    ("제제", "제제제", True),                      # overlapping: found at the start
    ("제제", "가제제", False),
])
def test_hangul_word_start_reads_as_the_pattern(term, said, expected) -> None:
    assert _starts_a_hangul_word(term, said) is expected
    assert reference(term, said) is expected


def test_hangul_word_start_matches_the_pattern_on_random_text() -> None:
    rng = random.Random(7)
    letters = "가각힣축제배우 a1.헝뎬ㄱ"
    for _ in range(5000):
        said = "".join(rng.choice(letters) for _ in range(rng.randint(0, 10)))
        term = "".join(rng.choice("가힣축제배우") for _ in range(rng.randint(1, 3)))
        assert _starts_a_hangul_word(term, said) == reference(term, said), (term, said)

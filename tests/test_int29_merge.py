"""Round 29's merge fixes: what the branches did not see alone, and the CI failure of round 28."""

from __future__ import annotations

import pytest

from core.text import standard_words
from intents.nlu.language import detect


@pytest.mark.parametrize(("written", "read"), [
    # A Spanish name inside English-looking text keeps its "de" (CI of round 28 failed on it)...
    ("Dream Valley\nfestival de Hengdian", "Dream Valley\nfestival de Hengdian"),
    ("we loved La Casa de Papel", "we loved La Casa de Papel"),
    # ...while Caribbean chat spelling before a capital is still read (answers71, Belize City DJ).
    ("say dat inna Korean fi mi co-host", "say that in Korean for me co-host"),
    ("how much fi di Qin Palace", "how much for the Qin Palace"),
    ("wat bout de second one", "what about the second one"),
])
def test_romance_name_links_stay_and_chat_spelling_is_read(written: str, read: str) -> None:
    assert standard_words(written, detect(written)) == read

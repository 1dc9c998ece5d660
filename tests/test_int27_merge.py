"""Round 27's merge fixes: read answers the merged branches lost against older sets, fixed at
their causes (each with sentences of our own besides the set's kind)."""

import pytest

from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text"), [
    # one title asked whether it can be co-produced, and how: the FAQ (answers26), not the list of
    # titles seeking partners that "¿cuáles se pueden coproducir?" asks
    ("es", "Oiga, una de esas series que tienen, ¿se puede coproducir? ¿Cómo se hace eso?"),
    ("es", "Mire, si una de sus series nos gusta, ¿se podría coproducir? ¿Qué pasos hay?"),
])
def test_one_title_co_produced_how_is_the_faq(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿qué títulos son de familia y se pueden coproducir?"),
    ("es", "¿cuáles comedias se podrían coproducir con ustedes?"),
])
def test_which_titles_can_be_co_produced_is_the_filtered_list(services, lang: str, text: str) -> None:
    assert "coproduction=seeking_partners" in ask(services, lang, text).answer

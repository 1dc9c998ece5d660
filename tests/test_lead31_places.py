"""A place of several words asked for its clock is not a pick of a listed item sharing one of
its words ("Ciudad de México" is no pick of "Ciudad de Casas Tradicionales Ming-Qing")."""
from __future__ import annotations

import pytest

from tests.dialogue import replies as chat


@pytest.mark.parametrize("lang, turns", [
    ("es", ["¿Qué locaciones tienen para una serie de época Ming?",
            "¿Cuándo es la próxima noche de cine latino?",
            "¿a qué hora es en Ciudad de México?"]),
    ("es", ["¿Qué locaciones tienen para una serie de época Ming?",
            "¿Cuándo es la próxima noche de cine latino?",
            "¿y eso en Ciudad de Guatemala qué hora sería?"]),
])
def test_a_city_of_several_words_picks_no_listed_set(services, lang, turns):
    replies = chat(services, lang, turns)
    assert replies[-1].answer.startswith("event:latin_film_night"), replies[-1].answer


def test_a_listed_item_named_by_its_city_still_picked(services):
    # the word of a listed set said on its own still picks it
    replies = chat(services, "es", ["¿Qué locaciones tienen para una serie de época Ming?",
                                    "¿y la Ciudad, qué época cubre?"])
    assert "ming_qing_folk_houses" in replies[-1].answer, replies[-1].answer

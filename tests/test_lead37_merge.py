"""Round 37's merge: read answers the helpers' branches lost, mended on the merge and written here in
other words too."""
from __future__ import annotations

import pytest

from tests.dialogue import talk_patterns

OPEN_DAY = "event:virtual_stage_open_day_2027#date"


@pytest.mark.parametrize(("lang", "lines"), [
    ("zh", [("虛擬製片影棚開放日為何日", OPEN_DAY), ("最後請教：片單共有幾部作品，涵蓋哪些類型", ["list:works", "catalog:about"])]),
    ("es", [("¿cuándo es la jornada de puertas abiertas del plató virtual?", OPEN_DAY),
            ("por último: ¿cuántos títulos tiene el catálogo y de qué géneros?", ["list:works", "catalog:about"])]),
])
def test_the_catalogues_genres_asked_with_an_event_in_view_are_the_catalogues(services, lang, lines) -> None:
    # fixA28's set of the event in view ("what scenes can you shoot there?") took "涵蓋哪些類型" for
    # the virtual stage's genres; the catalogue named keeps its own answer (answers12)
    talk_patterns(services, lang, lines)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", [("when is the international sets casting day?", "event:international_sets_casting_day_2027*"),
            ("what kind of scenes can you shoot there?", "location:international_sets#scene_types")]),
])
def test_a_sets_scenes_asked_with_its_event_in_view_are_still_the_sets(services, lang, lines) -> None:
    talk_patterns(services, lang, lines)

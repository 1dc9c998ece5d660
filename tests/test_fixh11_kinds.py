"""play15 kinds (fixH11): actors of a nationality named, asked whether they have worked at
Hengdian or may be cast there, are the foreign-actors FAQ (not the programmes list); a title
with such actors asked of the catalog stays the catalog."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text", [
    ("en", "would you know if ghanaian actresses have ever worked over there?"),
    ("en", "any idea whether brazilian actors have done shoots there before?"),
    ("en", "do you know if kenyan performers ever worked there"),
    ("es", "¿sabéis si actores colombianos han trabajado allí antes?"),
])
def test_actors_of_a_nationality_are_the_foreign_actors_faq(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


def test_titles_with_such_actors_stay_the_catalog(services: Services) -> None:
    talk(services, "en", [("any titles with japanese actors in your catalog?", ["list:works", "list:works?*", "catalog:*"])])

"""An event asked when it is, beside a detail its file does not hold ("what month is the film
festival, is it worth the trip?"): its card, which states the date, stays the answer, and the
unpublished part comes after it (a fixY rule had put the gap first and lost the date)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

ASKED = [
    ("es", "y la fiesta de cine que arman en Hengdian pa qué mes cae? vale la pena el viaje?"),
    ("en", "what month is the hengdian film festival? is it worth flying over for?"),
]


@pytest.mark.parametrize("lang,text", ASKED)
def test_event_card_stays_first_beside_an_unpublished_part(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, ["faq:film_festival", "event:hengdian_film_festival*"])], fits)
    assert "2027" in reply.text.split("\n")[0] or "octubre" in reply.text.split("\n\n")[0].lower() \
        or "october" in reply.text.split("\n\n")[0].lower()

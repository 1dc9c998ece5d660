"""What a fresh tester playing partners found on the merged round (play23, 2026-12-03):

- "pásame con Mary Lynn en persona" (put me through to her herself) is a hand-off, as "ponme en
  contacto con Mary Lynn directamente" already was; "pásame el contacto" stays her details;
- who won a prize at the festival is not published: an honest gap, not its date or organiser;
- "is it expensive to film there?" is answered first with what visiting filmmakers say of the
  costs (favourable), not "they point to its costs";
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", ["pasame con Mary Lynn en persona porfa", "comunícame con Mary Lynn personalmente"])
def test_put_through_to_the_person_herself(services: Services, text: str) -> None:
    talk(services, "es", [(text, ["handoff", "handoff:dalynn_studio"])], fits)


@pytest.mark.parametrize("lang,text,first", [
    ("en", "is it expensive to film in Hengdian?", "Visiting filmmakers describe Hengdian's costs as favorable."),
    ("es", "¿sale caro filmar en Hengdian?", "Los cineastas que lo visitan destacan que sus costos son favorables."),
])
def test_the_costs_answer_says_favourable_first(services: Services, lang: str, text: str, first: str) -> None:
    reply = talk(services, lang, [(text, "faq:costs")], fits)
    assert reply.text.startswith(first)



@pytest.mark.parametrize("lang,text", [
    ("en", "who won best actor at the 2024 hengdian film festival?"),
    ("es", "¿quién ganó el premio a mejor actriz en el festival de Hengdian 2024?"),
    ("zh", "去年横店电影节最佳女主是谁"),
    ("ko", "작년 헝뎬 영화제 수상작 뭐였어요?"),
])
def test_festival_winners_are_not_published(services: Services, lang: str, text: str) -> None:
    """No file lists prizes or winners: an honest gap naming whom to ask, not the festival's date."""
    talk(services, lang, [(text, "gap:*")], fits)

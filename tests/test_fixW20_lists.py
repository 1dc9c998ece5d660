"""play30's follow-ups over the list of titles just given (fixW20):

- "그중에 판권 바로 살 수 있는 건요?" right after the romances: the romances whose rights are on offer,
  not every licensable title of the catalog (the status ask read as a new list before);
- "y de esas, ¿cuál ya está terminada?" right after the comedies in Korean: the finished ones of
  those only (the list in memory, its filters kept).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "listed_ask", "narrow"), [
    ("en", "what romances do you have?", "of those, which can I license right away?"),
    ("es", "¿qué romances tienen en el catálogo?", "y de esas, ¿cuáles puedo licenciar ya?"),
    ("zh", "片单里有哪些爱情剧？", "其中哪些可以直接买版权？"),
    ("ko", "로맨스 작품 뭐 있어요?", "그중에 판권 바로 살 수 있는 건요?"),
])
def test_licensable_ones_of_the_romances_just_listed(services: Services, lang, listed_ask, narrow) -> None:
    listed, narrowed = say(services, lang, listed_ask, narrow)
    assert listed.answer == "list:works?genre=romance", listed.answer
    assert narrowed.answer == "list:works?genre=romance&coproduction=available_for_licensing", (narrowed.answer, narrowed.text)
    works = services.brain.knowledge.current.works
    licensable = {f"work:{w.id}" for w in works.values() if w.coproduction == "available_for_licensing"}
    # the romances on offer only (A Face in Clay), none of another genre
    assert narrowed.items and set(narrowed.items) <= licensable, narrowed.items
    assert all("romance" in works[i.partition(":")[2]].genres for i in narrowed.items), narrowed.items


@pytest.mark.parametrize(("lang", "listed_ask", "narrow"), [
    ("en", "what comedies do you have in Korean?", "and of those, which are already finished?"),
    ("es", "¿Qué comedias del catálogo tienen en coreano?", "y de esas, ¿cuál ya está terminada?"),
    ("zh", "有哪些喜剧有韩语版？", "其中哪些已经拍完了？"),
    ("ko", "한국어로 볼 수 있는 코미디 작품 있어요?", "그중에 이미 다 찍은 건요?"),
])
def test_finished_ones_of_the_comedies_in_korean(services: Services, lang, listed_ask, narrow) -> None:
    listed, narrowed = say(services, lang, listed_ask, narrow)
    assert listed.answer == "list:works?genre=comedy&language=ko", listed.answer
    assert narrowed.answer.startswith("list:works?genre=comedy&language=ko&coproduction=completed"), (narrowed.answer, narrowed.text)
    works = services.brain.knowledge.current.works
    done = {f"work:{w.id}" for w in works.values() if w.coproduction in ("completed", "available_for_licensing")}
    # only titles of the list before, each finished: Die Another Take, never a comedy without Korean
    assert narrowed.items and set(narrowed.items) <= set(listed.items) & done, (narrowed.items, listed.items)
    assert "work:work_die_another_take" in narrowed.items

"""play30 ko-springreel (fixW20): views asked right after a company's card that states them
("조회수 얼마나 나왔어요?" after SpringReel's 300 million views) give that figure, never "viewing
figures aren't published"; a company that states none still gets the honest gap."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "card", "views", "figure"), [
    ("en", "what kind of company is SpringReel?", "how many views did it get?", "300 million"),
    ("es", "¿qué es SpringReel?", "¿cuántas vistas tuvo?", "300 millones"),
    ("zh", "SpringReel是什么公司？", "播放量有多少？", "3亿"),
    ("ko", "SpringReel은 어떤 회사예요?", "조회수 얼마나 나왔어요?", "3억"),
])
def test_views_of_the_company_in_view_are_the_figure_its_card_gave(services: Services, lang, card, views, figure) -> None:
    shown, asked = say(services, lang, card, views)
    assert shown.answer.startswith("partner:springreel"), shown.answer
    assert asked.answer == "partner:springreel#about", (asked.answer, asked.text)
    assert figure in asked.text, asked.text
    assert len(asked.text.splitlines()) == 2, asked.text  # what it is, and the sentence with the figure


def test_views_of_a_company_stating_none_stay_unpublished(services: Services) -> None:
    _, asked = say(services, "en", "tell me about Reel-K", "how many views did it get?")
    assert asked.answer.startswith("gap:"), (asked.answer, asked.text)

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


@pytest.mark.parametrize(("lang", "text"), [
    # titles taken to a market, with who adapts and distributes them: how they reach it, the FAQ that
    # names the team (answers49), not fixH17's adaptation team's card alone
    ("zh", "我们的剧想卖到墨西哥，谁负责西语改编和发行？"),
    ("ko", "남미 시장에 드라마 팔려면 스페인어 각색이랑 배급은 누가 해요?"),
])
def test_adaptation_to_reach_a_market_is_the_distribution_faq(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in ("faq:spanish_distribution", "partner:dalynn_studio")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿quién hace la adaptación al español?"),
    ("ko", "스페인어 각색은 누가 해요?"),
])
def test_who_adapts_alone_is_still_the_team(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("contact:dalynn_studio")

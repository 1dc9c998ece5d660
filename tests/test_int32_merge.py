"""Merge fixes of round 32, in new words: readings one branch widened that took another's answer
(the `tests/test_int31_merge.py` of this round)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


def test_a_programme_told_about_and_who_it_is_for_is_its_card(services: Services) -> None:
    # fixA23's "who may take part" is eligibility; "who's it for" beside "tell me about" is the card
    talk(services, "en", [("could you tell me about the talent program and who it's for?", "program:global_talent_program*")])


@pytest.mark.parametrize("lang,turns,expect", [
    # 또 ("besides") asks the title's other genres, not other titles (fixA23's OTHER_ONES)
    ("ko", ["SF 작품 있어요?", "다섯 번째 거요", "장르는 SF 외에 또 뭐예요?"], "work:work_garden_beneath_the_code#genres"),
    # "something like this" is a deal like this one, not titles like it
    ("en", ["any sci-fi titles?", "open the fifth", "how would we come in as co-producers on something like this?"],
     "faq:coproduce_catalog_title"),
])
def test_a_word_for_other_ones_asked_of_the_title_in_focus(services: Services, lang, turns, expect) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=sci_fi"), (turns[1], "work:work_garden_beneath_the_code*"),
                          (turns[2], expect)])


def test_a_bare_or_not_about_costs_is_no_money_support_asked(services: Services) -> None:
    # fixE23's "…or not?" as a support question took the costs FAQ of a small outfit
    talk(services, "es", [("y de plata cómo nos sale todo a una productora chiquita como la nuestra, nos alcanza o no",
                           ["faq:costs", "incentive:ecosystem_and_costs"])])

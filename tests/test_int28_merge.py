"""Merge fixes of round 28 (int28b: main + answers71 + fixK18, fixL18, fixM18, fixN18, fixO18, perf19,
vote28): answers the branches' rules took from older tests, fixed at their causes."""

import pytest

from intents.exemplars import guess_of
from intents.nlu.answers import matches
from tests.dialogue import ask


@pytest.mark.parametrize("lang,text,expect", [
    # a list narrowed by a filter the message named is the rule's reading, not a guess the
    # exemplars' clear vote may replace (vote28 had read these as distribution / co-production /
    # incentives / virtual-production FAQs)
    ("en", "our crew wants to shoot a romance short drama in hengdian next spring", "list:locations?genre=romance"),
    ("en", "got any titles with a spanish version? the buyer is in Bogotá", "list:works?language=es"),
    ("es", "¿qué series tienen para coproducir con nosotros?", "list:works?coproduction=seeking_partners"),
    ("zh", "横店有没有适合拍科幻戏的景？", "list:locations?genre=sci_fi"),
    ("ko", "로맨스 숏드라마 찍을 만한 세트장 있어요?", "list:locations?genre=romance"),
])
def test_a_filtered_list_stands_against_the_clear_vote(services, lang, text, expect):
    assert matches(expect, ask(services, lang, text).answer)


@pytest.mark.parametrize("lang,text", [
    ("en", "we have no Chinese partner at all, can our own team still shoot there?"),
    ("en", "we're a Ghanaian crew with no Chinese co-producer, could we still film in Hengdian?"),
])
def test_no_chinese_partner_is_a_crew_question_not_the_languages(services, lang, text):
    # fixL18's "no Chinese" (people who speak none) is not "no Chinese partner / producer"
    assert ask(services, lang, text).answer == "faq:can_foreign_crews_film"


def test_guess_of_a_filtered_list_is_none():
    class R:
        answer, guess = "list:works?language=es", None

    class U:
        fallback, confidence = False, 0.5

    assert guess_of(R(), U()) is None
    R.answer = "list:partners"
    assert guess_of(R(), U()) == "unsure"

"""Round 36's merge: read answers the helpers' branches lost together or alone, mended on the merge
and written here in other words too."""
from __future__ import annotations

import pytest

from tests.dialogue import talk_patterns

SCI_FI = "list:works?genre=sci_fi"


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", [("what sci-fi have you got?", SCI_FI), ("number four, what genres is it", "work:work_grandma_2_0#genres"),
            ("who's the contact for that one", "contact:vertical_short_drama_center"),
            ("what hours are they around", "contact:vertical_short_drama_center#hours")]),
    ("en", [("any sci-fi titles?", SCI_FI), ("the fourth one, how many episodes?", "work:work_grandma_2_0#episodes"),
            ("and the email for this one?", "contact:vertical_short_drama_center#email")]),
    ("en", [("What family dramas are on your slate?", "list:works?genre=family"),
            ("And the fourth?", "work:work_son_in_law_from_seoul"),
            ("What's the story in that one?", "work:work_son_in_law_from_seoul#logline")]),
])
def test_the_contact_for_that_one_is_the_title_in_focus_not_a_title_named_by_a_word(services, lang, lines) -> None:
    # fixC27's "the <words> one" ("the Kitchen God one") read "the contact for that one" as a title
    # named "contact"; a pointer or a preposition among the words is no title's name (answers15)
    talk_patterns(services, lang, lines)


@pytest.mark.parametrize("again", [
    "우리 촬영감독이 미국 사람이라 그러는데 그거 영어로 한 번 더 말해 줄래?",
    "감독님이 미국 분이라서 그거 영어로 한번 더 말해 줘요",
])
def test_said_once_more_in_english_is_the_same_answer_not_the_card(services, again) -> None:
    # fixB27's "tell me more about that one in English" (its card) read "한 번 더 말해" (say it once
    # more) as more asked (answers44)
    talk_patterns(services, "ko", [("어촌 마을 있는 세트 어디 있어요?", "list:locations?scene=village"),
                                   ("첫 번째는 무슨 장면 찍을 수 있어요?", "location:dream_valley#scene_types"),
                                   (again, "location:dream_valley#scene_types")])


@pytest.mark.parametrize("said", ["해외 배급 계약헐 때 변호사는 어디서 구허요?", "해외 배급 계약할 때 변호사는 어디서 구해요?"])
def test_a_lawyer_for_a_distribution_contract_is_not_our_partners(services, said) -> None:
    # fixB27's Korean "아르헨티나" alias retrained the classifier (the aliases feed its city
    # placeholder) and this off-topic line went to the partners list (answers67): the alias is out
    from tests.dialogue import ask
    answer = ask(services, "ko", said).answer or ""
    assert not answer.startswith("list:partners"), answer


def test_the_fewest_episodes_of_a_filtered_list_is_no_story_pointer(services) -> None:
    # fixC27's pick among the listed titles by their story ("the one set on a virtual stage") took
    # "集數最少的是哪一部" (the fewest episodes) for a story and answered another title (test_fixB27)
    talk_patterns(services, "zh", [("請問有浪漫愛情類的劇嗎？", "list:works?genre=romance"),
                                   ("有西班牙語的是哪幾部", "list:works?genre=romance&language=es"),
                                   ("集數最少的是哪一部", "work:work_face_in_clay#episodes")])

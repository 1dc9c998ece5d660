"""The strong-answer override (intents.exemplars.overrules): a router answer of one subject gives
way to a near-unanimous exemplar vote for another subject, never to one about the same subject,
never below the bars, never for an action, a gap or the out-of-scope reply."""

import pytest

from intents.exemplars import MIN_SCORE_STRONG, MIN_TOP_STRONG, Opinion, overrules, subject


def vote(key: str, score: float = 1.0, top: float = 0.93, against: float = 0.0) -> Opinion:
    return Opinion(key, score, score, top, against)


@pytest.mark.parametrize(("key", "expected"), [
    ("faq:visa", "faq:visa"),
    ("faq:costs#how", "faq:costs"),
    ("gap:international_business", "none"),
    ("out_of_scope", "none"),
    ("fallback", "none"),
    ("catalog:about", "work"),
    ("list:works?genre=comedy", "work"),
    ("work:work_face_in_clay#episodes", "work"),
    ("list:events?when=upcoming", "event"),
    ("event:korea_matchmaking_2027#venue", "event"),
    ("incentive:on_site_services#how_to_apply", "incentive"),
])
def test_the_subject_of_an_answer_key(key: str, expected: str) -> None:
    assert subject(key) == expected


@pytest.mark.parametrize(("router", "voted"), [
    ("faq:join_alliance", "faq:coproduce_catalog_title"),  # another FAQ
    ("incentive:set_access_partnership#eligibility", "faq:foreign_actors"),  # a record's fact → a FAQ
    ("list:locations?genre=urban", "list:works?genre=urban"),  # another kind of list
    ("event:latam_pitch_day_2027", "catalog:about"),
])
def test_another_subject_voted_near_unanimously_replaces_the_router(router: str, voted: str) -> None:
    assert overrules(router, vote(voted))


@pytest.mark.parametrize(("router", "voted"), [
    # the same subject: the router's more precise reading stands (broke answers61 when taken)
    ("work:work_garden_beneath_the_code#episode_minutes", "work:work_garden_beneath_the_code#episodes"),
    ("list:events?when=upcoming", "event:global_talent_info_session_2026"),
    ("list:works?language=es", "list:works"),
    ("faq:costs", "faq:costs#how"),
    # no strong answer to replace: an action, a gap, the out-of-scope reply, small talk
    ("subscribe:korea_news", "event:korea_matchmaking_2027"),
    ("gap:vertical_short_drama_center", "work:work_face_in_clay#coproduction"),
    ("out_of_scope", "list:works?genre=wuxia"),
    ("smalltalk:thanks", "faq:visa"),
])
def test_the_same_subject_or_no_answer_of_a_subject_is_kept(router: str, voted: str) -> None:
    assert not overrules(router, vote(voted))


def test_the_bars_hold() -> None:
    router, voted = "faq:join_alliance", "faq:coproduce_catalog_title"
    assert overrules(router, vote(voted, score=MIN_SCORE_STRONG, top=MIN_TOP_STRONG))
    assert not overrules(router, vote(voted, score=MIN_SCORE_STRONG - 0.01))
    assert not overrules(router, vote(voted, top=MIN_TOP_STRONG - 0.01))
    assert not overrules(router, vote(voted, against=0.05))  # an out-of-scope or gap voter
    assert not overrules(router, vote("out_of_scope"))  # a negative vote is `declines`' to take
    assert not overrules(router, None)


def test_through_the_brain_the_vote_replaces_a_sideways_router_answer(services) -> None:
    """A partner's question the router reads as another subject (the Spanish route, by "Chinese
    short drama") that the exemplars, asked in other words by other partners, call the foreign
    actors FAQ near-unanimously: the FAQ is answered."""
    from tests.dialogue import talk

    talk(services, "en", [("we've got a couple of Fijian rugby guys who act on weekends, could they get cast "
                           "in a Chinese short drama?", "faq:foreign_actors")])

"""The exemplars' clear vote (intents/exemplars.py `clearly_better`, `SecondOpinion.clear_vote`):
a FAQ the partners' labelled questions name clearly replaces a guess of the router's (a fallback,
an unsure list or out-of-scope reply, an honest gap read from a loose topic, a FAQ only the matchers
chose: `guess_of`); a list or the catalogue they name clearly replaces only a guess that answers
nothing; an action, what a rule chose, and an honest gap or out-of-scope reply they agree with are
left as they are. More kinds: tests/test_vote28_guesses.py."""

import pytest

from intents.exemplars import MIN_FAQ_SCORE, MIN_SCORE, MIN_TOP, Opinion, clearly_better, no_answer
from tests.dialogue import ask


def test_no_answer_is_a_fallback_the_out_of_scope_reply_or_an_honest_gap() -> None:
    for key in ("fallback", "out_of_scope", "gap:international_business", None):
        assert no_answer(key)
    for key in ("faq:visa", "list:works", "work:work_a#episodes", "pref:timezone", "handoff"):
        assert not no_answer(key)


def test_a_clear_vote_for_a_faq_replaces_a_guess_or_no_answer() -> None:
    vote = Opinion("faq:foreign_actors", MIN_FAQ_SCORE, 0.6, MIN_TOP)
    for router, guess in (("fallback", "none"), ("out_of_scope", "unsure"), ("list:programs", "unsure")):
        assert clearly_better(router, vote, guess), router
    sure = Opinion("faq:foreign_actors", MIN_SCORE, 0.8, MIN_TOP)
    for router, guess in (("faq:languages", "matched"), ("gap:international_business", "read")):
        assert clearly_better(router, sure, guess), router
    # never what a rule chose (no guess), nor the answer the router gave already
    for router in ("faq:languages", "list:programs", "program:hisda", "work:work_a", "gap:international_business",
                   "out_of_scope", "pref:timezone", "handoff", "smalltalk:greet"):
        assert not clearly_better(router, sure, None), router
    assert not clearly_better("faq:foreign_actors", sure, "matched")
    # a split vote, or a nearest exemplar too far
    assert not clearly_better("faq:languages", Opinion("faq:foreign_actors", MIN_SCORE - 0.01, 0.5, 0.95), "matched")
    assert not clearly_better("fallback", Opinion("faq:foreign_actors", MIN_FAQ_SCORE - 0.01, 0.5, 0.95), "none")
    assert not clearly_better("fallback", Opinion("faq:foreign_actors", 1.0, 1.0, MIN_TOP - 0.005), "none")


def test_a_clear_vote_for_a_list_replaces_only_no_answer() -> None:
    vote = Opinion("list:locations?scene=riverside", MIN_SCORE, 0.8, 0.93)
    for router, guess in (("gap:international_business", "read"), ("fallback", "none"), ("out_of_scope", "unsure")):
        assert clearly_better(router, vote, guess), router
    for router, guess in (("list:locations", "unsure"), ("faq:which_set", "matched")):
        assert not clearly_better(router, vote, guess), router
    # one out-of-scope or gap voter among the neighbours: the honest gap stands
    assert not clearly_better("gap:international_business",
                              Opinion("list:locations?scene=riverside", 0.95, 0.9, 0.93, against=0.05), "read")
    assert not clearly_better("fallback", Opinion("list:works", MIN_SCORE - 0.01, 0.8, 0.95), "none")
    # a record's card or fact never replaces an honest gap: "does Mary Lynn speak Spanish?" is not
    # her role, however clearly the exemplars vote for it
    for record in ("contact:dalynn_studio#role", "work:work_a#episodes", "event:latin_film_night"):
        assert not clearly_better("gap:dalynn_studio", Opinion(record, 1.0, 1.0, 0.97), "read"), record
    # the exemplars' own honest gaps and out-of-scope votes are never given as an answer
    for negative in ("gap:unpublished", "out_of_scope"):
        assert not clearly_better("faq:costs", Opinion(negative, 1.0, 1.0, 0.99, against=1.0), "matched")


# (Round 27's "an actress who speaks no Chinese, can she get a role?" answered with the foreign
# actors FAQ is gone: the languages FAQ there is the one the words "no Chinese" name, a rule's
# answer the vote no longer replaces. A guess giving way to a clear vote, in four languages:
# tests/test_vote28_guesses.py.)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is the daily rate for the LED volume stage?"),
    ("zh", "LED虚拟棚一天租金多少？"),
])
def test_an_unpublished_price_stays_an_honest_gap(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("gap:")


def test_the_out_of_scope_reply_stands_where_the_vote_agrees(services) -> None:
    assert ask(services, "en", "what's the weather like in Lisbon this weekend?").answer == "out_of_scope"


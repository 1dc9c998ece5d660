"""para26: fixes of answers83's cases widened at their cause, tested with sentences of our own:

- the soonest of the events just listed, said as "the soonest/earliest of those" or "其中/当中最近的
  一场", with or without the partner's clock: that one event's date, not the list again;
- a fishing village or a seaside village, a story of "lancheros": the harbour scene no set is listed
  for, so the set asked for it is the which-set guide, and the sets of it asked stay the list;
- the team of a title pointed at by its noun in a longer ask after the LED stage's FAQ ("who is
  responsible for that show? their email please"): that title's team, not the stage's.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say, talk

SOONEST = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "listed", "asked"), [
    ("en", "which events are coming up?", "the earliest of them, when is that and what time for us?"),
    ("en", "what events do you run?", "and the soonest among those, what date?"),
    ("zh", "近期都有哪些活动", "这些当中最近的一个是哪天？"),
    ("zh", "你们有什么活动", "最近的那场是几号，北京时间几点"),
])
def test_the_soonest_of_the_listed_events_is_that_event(services: Services, lang: str, listed: str, asked: str) -> None:
    replies = say(services, lang, listed, asked)
    assert (replies[0].answer or "").startswith("list:events"), replies[0].answer
    assert replies[-1].answer == f"{SOONEST}#date", (asked, replies[-1].answer)


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Our drama is set in a little fishing village. Which set would you recommend?"),
    ("es", "La serie pasa en un pueblo de pescadores, ¿dónde la rodamos?"),
    ("zh", "我们的戏发生在一个小渔村，用哪个景合适？"),
    ("ko", "어촌 마을이 배경인 드라마인데 어느 세트가 맞을까요?"),
    # the story told in parts before the one question ("…，还有…，推荐哪个…？"): read whole
    ("zh", "我们的故事里有个小渔港，还有一群出海的渔民，你们推荐在哪个景拍？"),
])
def test_a_fishing_village_asked_for_a_set_is_the_which_set_guide(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:which_set")])


@pytest.mark.parametrize(("lang", "said"), [("en", "any fishing village sets?"), ("zh", "有没有渔村的景")])
def test_the_fishing_village_sets_asked_as_a_list_stay_the_list(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "list:locations?scene=harbour")])


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["tell me about Vanished on Live", "could we film that kind of story on your LED stage?",
            "who is responsible for that show? their email please"]),
    ("zh", ["介绍一下直播失踪案", "这部剧是哪个部门负责的？邮箱是多少"]),
])
def test_the_team_of_a_title_pointed_at_after_the_stage_faq_is_the_titles(services: Services, lang: str, turns: list[str]) -> None:
    replies = say(services, lang, *turns)
    assert replies[-1].answer == "contact:vertical_short_drama_center#email", replies[-1].answer

"""Merge of round 8 (int15), fixR6: what the merged changes broke, each kind in its own wordings.

- "court intrigue" / "intrigas palaciegas" / "intrigas de corte" are the court_intrigue scene only
  (the sets built for it), not every palace too; "court scenes" / "escenas de corte" stay palace;
- an ordinal asking which history or periods the set suits is its eras, not a yes-or-no fit;
- who started HISDA asked with its members in so many words: its card (initiator and members);
- "on set" (at work) and "we're all …" (all of us) ask no list of the sets;
- 联盟成员 asks the member: true partners (knowledge/partners.yaml), the others named after them.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import router
from tests.dialogue import ask, fits, talk

PALACE = "list:locations?scene=palace"


@pytest.mark.parametrize("lang, said", [
    ("en", "any sets for court intrigue?"), ("es", "busco locaciones para intrigas de corte"),
    ("es", "¿qué sets sirven para intrigas palaciegas?"),
])
def test_court_intrigue_is_the_sets_built_for_it(services: Services, lang: str, said: str) -> None:
    reply = talk(services, lang, [(said, "list:locations*")], fits)
    assert reply.items[0] == "location:ming_qing_palace", reply.items
    assert "location:qin_palace" not in reply.items


@pytest.mark.parametrize("lang, which", [
    ("zh", "第二个适合拍哪段历史"), ("zh", "第二个景適合哪幾個歷史時期"),
    ("en", "the second one, what historical periods is it good for?"),
    ("ko", "두 번째 세트는 어느 시기 찍기 괜찮아요?"),
])
def test_an_ordinal_asking_which_history_is_its_eras(services: Services, lang: str, which: str) -> None:
    listed = {"zh": "有宫殿的景有哪些", "en": "which sets have palaces?", "ko": "궁궐 있는 세트 어디예요?"}[lang]
    talk(services, lang, [(listed, PALACE + "*"), (which, "location:*#era*")], fits)


def test_which_of_it_regex() -> None:
    assert router.WHICH_OF_IT.search("第一个景区适合哪几个历史时期")
    assert router.WHICH_OF_IT.search("第二个适合拍哪段历史")
    assert not router.WHICH_OF_IT.search("第二个景能拍谍战戏吗")


def test_founders_and_members_is_the_card(services: Services) -> None:
    reply = ask(services, "zh", "这个联盟是哪几家公司发起的？都有哪些成员？")
    assert reply.answer == "program:hisda", reply.answer


@pytest.mark.parametrize("said", ["we're all spanish speakers, is that going to work on set?",
                                  "they are all first-timers, will that be a problem on set?"])
def test_on_set_asks_no_list_of_sets(services: Services, said: str) -> None:
    assert not (ask(services, "en", said).answer or "").startswith("list:locations"), said


def test_every_set_still_listed(services: Services) -> None:
    assert ask(services, "en", "can you show me every standing set you have?").answer.startswith("list:locations")


@pytest.mark.parametrize("lang, said", [("zh", "联盟成员有哪些"), ("zh", "联盟的成員有哪些？")])
def test_alliance_members_are_the_member_partners(services: Services, lang: str, said: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == "list:partners?member=yes"
    members = [p for p in services.brain.knowledge.current.partners.values() if p.member]
    assert len(reply.items) == len(members)
    others = [p for p in services.brain.knowledge.current.partners.values() if not p.member]
    assert all(p.name.get(lang) in reply.text for p in others)

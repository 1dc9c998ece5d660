"""Buried answers (play34's leftovers, fixU26), in the four languages: the fact asked comes first
and short, not inside the block it was already said in.

- a company's person asked by role, when its description names another person first in the same
  sentence (Reel-K: its COO, then its CEO): the part naming the one asked (`facts._role_clause`);
- the means of getting to Hengdian asked after the way there (train or car): which of them, said
  first (`router.travel_means`), not the whole way-there answer again.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("en", ["tell me about Reel-K", "and their chief executive, who's that?"], "Jooick Lee"),
    ("es", ["¿qué es Reel-K?", "¿y su CEO quién es?"], "Jooick Lee"),
    ("zh", ["介绍一下Reel-K", "他们的首席执行官是哪位？"], "Jooick Lee"),
    ("ko", ["Reel-K는 어떤 회사예요?", "거기 최고경영자는 누구예요?"], "이주익"),
])
def test_the_person_asked_comes_first(services: Services, lang: str, turns: list[str], name: str) -> None:
    reply = talk_patterns(services, lang, [(turns[0], "partner:reel_k*"), (turns[1], "partner:reel_k#about")])
    answer = reply.text.split("\n", 1)[1]
    assert answer.index(name) < 60  # the CEO's name near the start of the answer line
    assert "Dennis Chau" not in reply.text  # the COO named before him is not the answer


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["who's Reel-K's COO?"]),
])
def test_the_first_person_named_keeps_the_sentence(services: Services, lang: str, turns: list[str]) -> None:
    reply = talk_patterns(services, lang, [(turns[0], "partner:reel_k#about")])
    assert "Dennis Chau" in reply.text


@pytest.mark.parametrize(("lang", "turns", "means"), [
    ("en", ["how do we get to Hengdian from Hangzhou?", "can we go by train or do we need a car?"], "high-speed train"),
    ("es", ["¿cómo se llega a Hengdian?", "¿y se puede ir en tren o hay que ir por carretera?"], "tren de alta velocidad"),
    ("zh", ["横店怎么去？", "能坐高铁吗还是得自己开车"], "高铁"),
    ("ko", ["헝뎬까지 어떻게 가요?", "기차로 갈 수 있어요, 아니면 자동차로 가야 해요?"], "고속철도"),
])
def test_train_or_car_is_said_first(services: Services, lang: str, turns: list[str], means: str) -> None:
    reply = talk_patterns(services, lang, [(turns[0], "faq:how_to_reach_hengdian"), (turns[1], "faq:how_to_reach_hengdian")])
    assert reply.text.index(means) < 100  # in the first sentence
    # the town's description and the nearest airport are not said again
    assert "Dongyang" not in reply.text and "东阳" not in reply.text and "둥양" not in reply.text


def test_how_far_after_the_way_keeps_its_own_answer(services: Services) -> None:
    # (the trip's length by car is its own question, not the sentence on the means)
    reply = talk_patterns(services, "en", [("how do we get to Hengdian?", "faq:how_to_reach_hengdian"),
                                           ("how long is the drive from Shanghai?", "*")])
    assert reply.text != "Most international crews fly into Shanghai or Hangzhou"


@pytest.mark.parametrize(("text", "asked"), [
    ("那誰負責會員申請", True),  # Traditional, no "？"
    ("虛擬拍攝棚的規格是什麼", True),
    ("有火车吗还是只能开车", True),  # a yes-or-no with its alternative after it
    ("能直飛嗎，還是要轉機", True),
    ("謝謝，我們下週再聯絡", False),
    ("我还是想先看看场景", False),  # 还是 as "still", no question
])
def test_asks_question_reads_traditional_and_alternatives(text: str, asked: bool) -> None:
    from intents.lexicon import asks_question
    assert asks_question(text) is asked

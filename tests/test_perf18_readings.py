"""perf18: each text of a message is read once per turn (`intents.understand.Readings`).

A run-on message's parts were understood again by every rule that looks at them (`Router.multi`,
the action after a part, `each_ask`...): 4-8 readings of 3-5 texts on the slowest messages of
the CPU bench. The per-turn memo reads each text once and hands out copies whose `Nearest` is new
(not asked, not computed), so the replies are the ones of reading every time."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from intents import understand
from intents.understand import Nearest, Readings, Understander

# Run-on messages of several asks, as partners write them (typos, slang, Traditional Chinese,
# Korean endings): the parts are read by several rules each.
RUN_ON = [
    ("en", "hey there, we're a small studio in Cape Town. what series u got for teens? and got any trailers?"),
    ("en", "Morning! Distributor from Lisbon here. Which titles could work dubbed in Portuguese? We like thrillers."),
    ("en", "hi, we're a tiny outfit from Nairobi on a tight budget. what support could we get for a short drama? and what are the eligibility rules"),
    ("es", "Buenas, somos una productora de Medellín. ¿Qué series tienen de romance? ¿Y cuántos capítulos son?"),
    ("es", "hola q tal, tenemos poco presupuesto pa un microdrama. ¿qué apoyos hay? y los requisitos cuáles son"),
    ("zh", "你們好，我們是台北的發行公司。有什麼懸疑劇嗎？集數大概多少？"),
    ("zh", "我们想去横店拍戏，有什么补贴吗？申请条件是什么？"),
    ("ko", "안녕하세요 부산에 있는 배급사인데요 미스터리 작품 있나요? 그리고 몇 부작인지도 알려주세요"),
    ("ko", "예산이 좀 빠듯해서요 촬영 지원 받을 수 있어요? 자격 조건은 뭐예요"),
]


def _fresh_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Readings` as before perf18: every call a new reading."""
    monkeypatch.setattr(Readings, "__call__", lambda self, text: self.understander.understand(text, self.kb))


@pytest.mark.parametrize(("lang", "text"), RUN_ON)
def test_each_text_is_read_once_a_turn_and_the_reply_is_the_same(services, partner, monkeypatch, lang, text) -> None:
    brain = services.brain
    read: Counter[str] = Counter()
    plain = Understander.understand

    def counted(self, said, kb):
        read[said] += 1
        return plain(self, said, kb)

    monkeypatch.setattr(Understander, "understand", counted)
    memo = brain.reply_to_text(partner(lang).chat_id, text, partner(lang))
    once = dict(read)
    assert once and max(once.values()) == 1, once
    read.clear()
    with monkeypatch.context() as m:
        _fresh_every_time(m)
        again = brain.reply_to_text(partner(lang).chat_id, text, partner(lang))
    assert sum(read.values()) >= sum(once.values())  # (the memo never reads more)
    assert (memo.text, memo.answer, memo.buttons, memo.outcome) == (again.text, again.answer, again.buttons, again.outcome)


def test_a_turn_of_a_follow_up_is_answered_as_without_the_memo(services, partner, monkeypatch) -> None:
    """A conversation (a list, then run-on follow-ups) answered alike with and without the memo."""
    turns = ["any mystery dramas?", "the second one, how many eps? and is there a trailer?",
             "¿y en inglés? ¿quién lo produce?", "第一個呢？有英文版嗎？", "두 번째 거요, 몇 부작이에요? 예고편도 있어요?"]

    def talk() -> list[tuple]:
        who = partner("en")
        return [(r.text, r.answer, r.buttons) for r in (brain.reply_to_text(who.chat_id, t, who) for t in turns)]

    brain = services.brain
    memo = talk()
    with monkeypatch.context() as m:
        _fresh_every_time(m)
        assert talk() == memo


class _Index:
    """A semantic index that counts the vectors it scores."""

    def __init__(self) -> None:
        self.scored = 0
        self.embedder = type("E", (), {"query": staticmethod(lambda text: [len(text)])})()

    def scores(self, vector):
        self.scored += 1
        return ("scores", vector[0])


def test_a_copy_starts_unasked_and_shares_the_computed_scores() -> None:
    index = _Index()
    first = Nearest(index, "¿cuánto cuesta el alquiler del set?")  # type: ignore[arg-type]
    copy = first.again()
    assert (copy.done, copy.asked) == (False, False)
    assert first.scores() == ("scores", len(first.text)) and first.asked and first.done
    assert (copy.done, copy.asked) == (False, False)  # what one reading asked is not another's
    assert copy.scores() == first.scores() and index.scored == 1  # computed once
    assert Nearest(index, "같은 질문").scores() and index.scored == 2  # another Nearest, its own scores


def test_readings_copies_are_new_understandings(monkeypatch) -> None:
    """Each call gets its own `Understanding` (its own `Nearest`, its own ids cache) of one reading."""
    index = _Index()
    made: list[str] = []

    class Fake:
        def understand(self, text, kb):
            made.append(text)
            return understand.Understanding(text=text, written="zh", intent="ask_faq", confidence=0.8,
                                            fallback=False, nearest=Nearest(index, text))  # type: ignore[arg-type]

    read = Readings(Fake(), kb=None)  # type: ignore[arg-type]
    a, b = read("有没有补贴？"), read("有没有补贴？")
    c = read("申請條件是什麼")
    assert made == ["有没有补贴？", "申請條件是什麼"]
    assert a is not b and a.nearest is not b.nearest and a == b and a.ids("work") == b.ids("work") == []
    a.nearest.scores()
    assert a.nearest.asked and not b.nearest.asked and not b.nearest.done
    assert read("有没有补贴？").nearest.asked is False
    assert c.text == "申請條件是什麼" and replace(c).nearest is c.nearest

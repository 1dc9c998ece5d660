"""fixI9 K6: a question asked "from <city>" is the question, not "greetings from <city>"."""
import pytest

from intents.understand import _without_own_place


@pytest.mark.parametrize("text, rest", [
    ("anything coming up I could attend online from Karachi?", "anything coming up I could attend online?"),
    ("Any online events I can join from Accra?", "Any online events I can join?"),
    ("¿hay algún evento en línea al que pueda entrar desde Lima?", "¿hay algún evento en línea al que pueda entrar?"),
    ("我在卡拉奇，最近有什么能线上参加的活动吗？", "最近有什么能线上参加的活动吗？"),
    ("카라치에서 온라인으로 참석할 수 있는 행사 있어요?", "온라인으로 참석할 수 있는 행사 있어요?"),
])
def test_place_taken_out(text, rest):
    assert _without_own_place(text) == rest


def test_no_place_no_rest():
    assert _without_own_place("anything coming up online?") is None
    assert _without_own_place("from Karachi") is None

"""Two titles compared when one is named and the other is the one in focus ("which is longer,
that one or Canton Nocturne?" right after a title's episodes): both weighed, the answer first —
not the named title's card alone (found replaying play24's comparison kind on the merge)."""

import pytest

from tests.dialogue import ask

CONVERSATIONS = {
    "en": ["which titles do you have in Korean?", "number two, how many episodes?",
           "which is longer, that one or Canton Nocturne?"],
    "es": ["¿qué títulos tienen en coreano?", "el segundo, ¿cuántos capítulos tiene?",
           "¿cuál dura más, ese o Canton Nocturne?"],
    "zh": ["你们有哪些韩语版的剧？", "第二部有几集？", "这部和Canton Nocturne哪部更长？"],
    "ko": ["한국어로 된 작품 뭐 있어요?", "두 번째 거 몇 부작이에요?", "그거랑 Canton Nocturne 중에 뭐가 더 길어요?"],
}


@pytest.mark.parametrize("lang", list(CONVERSATIONS))
def test_that_one_or_a_named_title_weighs_both(services, lang: str) -> None:
    reply = ask(services, lang, *CONVERSATIONS[lang])
    assert reply.answer == "work:work_canton_nocturne#episodes", (reply.answer, reply.text)
    assert sorted(reply.items) == ["work:work_canton_nocturne", "work:work_vanished_on_live"]
    assert "180" in reply.text and "150" in reply.text  # both running times, the longer first


def test_a_named_title_alone_is_no_comparison(services) -> None:
    reply = ask(services, "en", "tell me about Vanished on Live", "how long is Canton Nocturne?")
    assert reply.answer.startswith("work:work_canton_nocturne"), reply.answer
    assert "work:work_vanished_on_live" not in reply.items

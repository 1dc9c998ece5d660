"""The FAQ selector on a few inline entries: what generalises to wordings it has never seen."""

from __future__ import annotations

from intents.faq_selector import FaqSelector, prepare

IDS = ["virtual", "virtual", "visa", "visa", "join", "join"]
TEXTS = ["do you have an LED volume stage?", "¿tienen producción virtual?",
         "do we need a visa to film in China?", "需要办什么签证",
         "how can our company become a member?", "怎么加入联盟"]


def test_traditional_chinese_is_compared_as_simplified() -> None:
    assert prepare("請問要辦什麼簽證？") == prepare("请问要办什么签证？")
    selector = FaqSelector(IDS, TEXTS)
    match = selector.match("拍攝要辦簽證嗎")
    assert match is not None and match.id == "visa"


def test_a_concept_joins_words_no_spelling_shares() -> None:
    """"plató virtual", "LED棚" and "volume" share no character n-gram worth the name; the concept
    class makes them one feature."""
    selector = FaqSelector(IDS, TEXTS)
    for text in ("hay plató virtual?", "有LED棚吗", "버추얼 스튜디오 있어요?"):
        match = selector.match(text)
        assert match is not None and match.id == "virtual", text


def test_an_intent_line_that_is_a_faq_question_is_no_rival() -> None:
    """The intent data files "how can our company become a member?" under ask_partners: it must not
    count as a rival of the FAQ it repeats, while a different line ("show me your members please") does."""
    with_twin = FaqSelector(IDS, TEXTS, negatives=["how can our company become a member?"])
    with_other = FaqSelector(IDS, TEXTS, negatives=["show me your members please"])
    text = "how does a company become a member?"
    assert with_twin.match(text).rival == 0.0  # type: ignore[union-attr]
    assert with_other.match(text).rival > 0.1  # type: ignore[union-attr]

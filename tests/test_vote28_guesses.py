"""The exemplars' clear vote replaces only a guess of the router's (round 28, issue 7): an honest
gap of a loose topic one word was read as, a FAQ only the matchers chose, an out-of-scope reply or
a list of an unsure classifier, a fallback (`Reply.guess`, `intents.exemplars.guess_of`). What a
rule chose for what the message says stands, however clearly the exemplars vote for a
neighbouring answer: the members counted, a visa for a degree abroad, a country's partners."""

from types import SimpleNamespace

import pytest

from intents.exemplars import (
    MIN_FAQ_SCORE,
    MIN_SCORE,
    MIN_TOP,
    ExemplarIndex,
    Opinion,
    SecondOpinion,
    clearly_better,
    guess_of,
)
from intents.reply import Reply
from intents.router import read_gap
from tests.dialogue import ask


def test_a_rules_answer_is_never_replaced() -> None:
    sure = Opinion("faq:join_alliance", 1.0, 1.0, 0.99)
    for router in ("gap:hisda_secretariat", "out_of_scope", "faq:what_is_hisda", "list:partners?country=KR", "fallback"):
        assert not clearly_better(router, sure, None), router


def test_a_faq_replaces_no_answer_at_a_lower_share_than_an_answer_read_or_matched() -> None:
    vote = Opinion("faq:ai_tools", MIN_FAQ_SCORE, 0.6, MIN_TOP)
    for router, guess in (("fallback", "none"), ("out_of_scope", "unsure"), ("list:partners", "unsure")):
        assert clearly_better(router, vote, guess), router
    for router, guess in (("gap:international_business", "read"), ("faq:languages", "matched")):
        assert not clearly_better(router, vote, guess), router
        assert clearly_better(router, Opinion("faq:ai_tools", MIN_SCORE, 0.8, MIN_TOP), guess), router
    # the nearest voter too far, or the router's own answer
    assert not clearly_better("fallback", Opinion("faq:ai_tools", 1.0, 1.0, MIN_TOP - 0.005), "none")
    assert not clearly_better("faq:ai_tools", Opinion("faq:ai_tools", 1.0, 1.0, 0.99), "matched")


def test_a_list_replaces_only_a_guess_that_answers_nothing() -> None:
    vote = Opinion("list:locations?scene=riverside", MIN_SCORE, 0.8, 0.93)
    assert clearly_better("gap:international_business", vote, "read")
    assert clearly_better("fallback", vote, "none")
    assert not clearly_better("faq:which_set", vote, "matched")
    assert not clearly_better("gap:international_business", Opinion("list:locations", 0.95, 0.9, 0.93, against=0.05), "read")


def test_what_is_a_guess() -> None:
    sure, unsure = SimpleNamespace(confidence=0.99, fallback=False), SimpleNamespace(confidence=0.6, fallback=False)
    assert guess_of(Reply(text="", answer="fallback"), sure) == "none"
    assert guess_of(Reply(text="", answer="list:partners"), unsure) == "unsure"
    assert guess_of(Reply(text="", answer="list:partners"), sure) is None
    assert guess_of(Reply(text="", answer="gap:international_business", guess="read"), sure) == "read"
    assert guess_of(Reply(text="", answer="gap:international_business"), unsure) is None
    assert guess_of(Reply(text="", answer="faq:costs"), unsure) is None


@pytest.mark.parametrize(("text", "topic", "guess"), [
    # a loose topic one word was read as, nothing counted or shared: a guess
    ("is there some kind of sign-up thing for tiny studios like ours?", "signup", "read"),
    ("regentamos un hotelito en Cusco con noches de cine, ¿hay algo parecido allá?", "hotel", "read"),
    ("我们认识的编剧写了个民国戏，你们哪个景合适？", "credits", "read"),
    ("우리 손님들이 바닷가 풍경을 좋아하는데 그런 데 있어요?", "generic", "read"),
    # a count, a share or an amount asked, or a number's own topic: the gap the router chose
    ("how many companies have signed up so far?", "generic", None),
    ("¿podríamos repartir las ganancias al 50% en una serie del catálogo?", "rights", None),
    ("合拍的话收益怎么分，多少比例？", "rights", None),
    ("카탈로그 작품 하나 반반 투자하고 수익 나눌 수 있어요?", "rights", None),
    ("how big is the LED wall on the virtual stage?", "size", None),
    ("¿cuánto cuesta alquilar el plató por día?", "price", None),
])
def test_a_gap_read_from_a_loose_topic_is_a_guess(text: str, topic: str, guess: str | None) -> None:
    reply = read_gap(SimpleNamespace(text=text), Reply(text="", answer="gap:international_business"), topic)
    assert reply.guess == guess


SURE_VOTE = Opinion("faq:costs", 1.0, 1.0, 0.99)


def _voted(services, monkeypatch, lang: str, text: str, vote: Opinion | None) -> str:
    """The answer to `text` alone with the exemplars' vote forced to `vote` (their other review,
    `SecondOpinion.review`, left out), or with no clear vote at all (`vote` None)."""
    monkeypatch.setattr(SecondOpinion, "review", lambda self, turn, u, reply, memory=None: reply)
    if vote is None:
        monkeypatch.setattr(SecondOpinion, "clear_vote", lambda self, turn, u, reply, memory=None: reply)
    else:
        monkeypatch.setattr(ExemplarIndex, "opinion", lambda self, vector, records=(): vote)
    try:
        return ask(services, lang, text).answer
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize(("lang", "text"), [
    # the alliance's members counted: the honest gap (with the members listed)
    ("en", "roughly how many firms belong to the alliance these days?"),
    ("es", "¿cuántos miembros tiene la alianza ahora mismo?"),
    ("zh", "联盟現在總共有幾家會員公司？"),
    ("ko", "연맹 회원사가 요즘 몇 군데나 돼요?"),
    # a visa for studying abroad: another body's affair, declined
    ("en", "my nephew got into a master's in Toronto, what papers does the student visa need?"),
    ("es", "mi hija se va a estudiar un máster a Madrid, ¿qué papeles pide la visa de estudiante?"),
    ("zh", "我女儿要去加拿大读本科，学生签证需要准备什么材料？"),
    ("ko", "조카가 호주로 석사 유학 가는데 학생비자 서류 뭐 챙겨야 돼요?"),
    # the partners of a country asked with the alliance named: that list, not what HISDA is
    ("en", "any Korean firms among the companies HISDA partners with?"),
    ("es", "¿entre los socios de HISDA hay productoras coreanas?"),
    ("zh", "HISDA的合作伙伴里有韩国公司吗？"),
    ("ko", "HISDA 파트너 중에 한국 회사도 있어요?"),
])
def test_a_rules_answer_stands_against_a_clear_vote(services, monkeypatch, lang: str, text: str) -> None:
    ruled = _voted(services, monkeypatch, lang, text, None)
    assert ruled.startswith(("gap:", "out_of_scope", "list:partners")), ruled
    assert _voted(services, monkeypatch, lang, text, SURE_VOTE) == ruled


@pytest.mark.parametrize(("lang", "text"), [
    # nothing answered (a fallback), a FAQ only the matchers chose for words that name none, an
    # honest gap of a sign-up read in "perks": guesses a clear vote replaces
    ("en", "uhh the thing with the stuff, you know"),
    ("en", "mate we're proper skint, three of us with a phone rig, any perks going for folks like us?"),
    ("es", "oye y lo otro que te dije pues"),
    ("zh", "那个那个就是上次说的那个嘛"),
    ("ko", "아 그거 있잖아요 그거요"),
])
def test_a_guess_gives_way_to_a_clear_vote(services, monkeypatch, lang: str, text: str) -> None:
    assert _voted(services, monkeypatch, lang, text, None) != SURE_VOTE.key
    assert _voted(services, monkeypatch, lang, text, SURE_VOTE) == SURE_VOTE.key

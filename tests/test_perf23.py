"""perf23 (issue 10, CPU per message): work a message asked for again on the same objects or the
same text is done once, and patterns written inside readers are compiled once; the answers stay
the same."""

from __future__ import annotations

import re

import pytest

import core.lazy_re
from bot.context import Services
from intents import facts, timezones
from intents.entities import EntityIndex, Term
from intents.router import Router
from tests.dialogue import last_reply

# (the questions `best` and `one` both ask the record of: a fact, a record named or in focus)
CONVERSATIONS = [
    ("en", ["when is Latin Film Night?", "and where is it?"]),
    ("es", ["¿qué locaciones tienen para época Ming?", "¿y la segunda, dónde queda?"]),
    ("zh", ["你们有什么科幻短剧？", "第一个多少集？"]),
    ("ko", ["오픈데이는 언제예요?", "거기 어떻게 가요?"]),
    ("en", ["who is the CEO of Reel-K?"]),
]


def _said(reply) -> tuple:
    return reply.answer, reply.text, reply.buttons


@pytest.mark.parametrize("lang,lines", CONVERSATIONS)
def test_the_record_asked_is_worked_out_once_a_message_with_the_same_answer(
        services: Services, monkeypatch: pytest.MonkeyPatch, lang: str, lines: list[str]) -> None:
    worked = Router._target_of
    asked: list[tuple[int, int, int]] = []

    def counted(self, turn, u, memory):
        asked.append((id(turn), id(u), id(memory)))
        return worked(self, turn, u, memory)

    monkeypatch.setattr(Router, "_target_of", counted)
    kept = last_reply(services, lang, lines)
    assert asked, "the record was never asked"
    assert len(asked) == len(set(asked)), "worked out again for the same turn, reading and memory"

    # without the kept answer (`target` working it out at every call): the same replies
    monkeypatch.setattr(Router, "target", lambda self, turn, u, memory: worked(self, turn, u, memory))
    assert _said(last_reply(services, lang, lines)) == _said(kept)


def test_the_kept_record_is_only_for_the_same_objects(services: Services) -> None:
    router = services.brain.router
    last_reply(services, "en", ["when is Latin Film Night?"])
    turn, u, memory, found = router._last_target
    assert router.target(turn, u, memory) == found
    # another memory (a later message's, a reload's turn): asked again, not the kept answer
    router._last_target = (turn, u, memory, ("event", "not-this-one"))
    assert router.target(turn, u, memory) == ("event", "not-this-one")
    other = type(memory)()
    assert router.target(turn, u, other) == router._target_of(turn, u, other)
    assert router._last_target[2] is other


TERMS = [Term("location", "ming_qing_palace", "en", "Forbidden City"),
         Term("location", "ming_qing_palace", "zh", "明清宫苑"),
         Term("genre", "romance", "es", "romance"),
         Term("genre", "romance", "ko", "로맨스")]
TEXTS = ["can we shoot at the Forbidden City?", "明清宫苑可以拍吗", "¿tienen romance?", "로맨스 있어요?", ""]


def test_the_text_read_last_is_answered_from_what_was_found(monkeypatch: pytest.MonkeyPatch) -> None:
    index = EntityIndex.build(TERMS)
    fresh = {text: EntityIndex.build(TERMS)._found(text) for text in TEXTS}
    worked = EntityIndex._found
    reads: list[str] = []

    def counted(self, text):
        reads.append(text)
        return worked(self, text)

    monkeypatch.setattr(EntityIndex, "_found", counted)
    for text in TEXTS:
        first = index.find(text)
        assert first == fresh[text]
        first.append("changed by the caller")
        again = index.find(text)
        assert again == fresh[text] and again is not first  # each caller its own list
    assert reads == TEXTS  # each text read once, though asked twice
    index.find(TEXTS[0]); index.find(TEXTS[1]); index.find(TEXTS[0])
    assert reads == [*TEXTS, *TEXTS[:2], TEXTS[0]]  # only the last text is kept


def test_a_new_knowledge_snapshot_finds_with_its_own_names() -> None:
    # (the entity index is built again for a reloaded knowledge: what one found is not the other's)
    shipped = EntityIndex.build(TERMS)
    assert [e.id for e in shipped.find(TEXTS[0])] == ["ming_qing_palace"]
    reloaded = EntityIndex.build(TERMS[1:])
    assert reloaded.find(TEXTS[0]) == []
    assert [e.id for e in shipped.find(TEXTS[0])] == ["ming_qing_palace"]


ROLE_QUESTIONS = [
    "who is their CEO?", "¿quién es el director ejecutivo?", "他们的首席执行官是谁", "대표가 누구예요?",
    "who is the COO over there", "¿y el director de operaciones?", "运营官是谁？", "최고운영책임자는요?",
    "who co-founded it?", "¿quién es el cofundador?", "创始人是谁", "창업자가 누구예요?",
    "who represented them at the signing ceremony?", "¿quién vino de su parte?", "他们那边来了谁", "협약식에 누가 참석했어요?",
    "what's their email?", "hola", "",
]
ROLE_SENTENCES = [
    "Reel-K was represented at the 2025 signing ceremony by its COO Dennis Chau and its CEO Jooick Lee.",
    "Fundada por su cofundador y CEO, con un director de operaciones.", "首席执行官出席了签约仪式。", "최고경영자와 대표가 참석했다.",
]


def test_the_role_patterns_compiled_once_find_what_re_found() -> None:
    for (asks, says), asked, said in zip(facts.PERSON_ROLES, facts.ROLES_ASKED, facts.ROLES_SAID, strict=True):
        for text in ROLE_QUESTIONS:
            assert bool(asked.search(text.lower())) == bool(re.search(asks, text.lower(), re.IGNORECASE))
        for text in ROLE_SENTENCES:
            assert [m.span() for m in said.finditer(text)] == [m.span() for m in re.finditer(says, text, re.IGNORECASE)]
            assert said.pattern == says
    assert facts.REPRESENTED_ASKED is facts.ROLES_ASKED[-1]


@pytest.mark.parametrize("lang,lines", [
    ("en", ["tell me about Reel-K", "who is their CEO?"]),
    ("es", ["háblame de Reel-K", "¿quién los representó en la firma?"]),
    ("zh", ["介绍一下Reel-K", "他们的首席执行官是谁"]),
    ("ko", ["Reel-K 알려 주세요", "협약식에 누가 참석했어요?"]),
])
def test_a_role_asked_compiles_no_pattern(services: Services, monkeypatch: pytest.MonkeyPatch,
                                          lang: str, lines: list[str]) -> None:
    roles = {pattern for pair in facts.PERSON_ROLES for pattern in pair}
    used: list[str] = []
    made, searched = core.lazy_re.compile, core.lazy_re.search
    monkeypatch.setattr(core.lazy_re, "compile", lambda pattern, flags=0: used.append(pattern) or made(pattern, flags))
    monkeypatch.setattr(core.lazy_re, "search", lambda pattern, *rest: used.append(pattern) or searched(pattern, *rest))
    reached: list[str] = []
    for name in ("detail_sentences", "_role_of_contact"):
        def counted(*args, _name=name, _worked=getattr(facts, name)):
            reached.append(_name)
            return _worked(*args)
        monkeypatch.setattr(facts, name, counted)
    assert last_reply(services, lang, lines).answer
    assert reached, "no role was read"
    assert not [pattern for pattern in used if pattern in roles]  # (on the base: compiled or searched by `re`)


@pytest.mark.parametrize("text", ["首尔", "我在首尔", "서울에 있어요", "estoy en Bogotá", "soy de medellín",
                                  "I'm in Buenos Aires now", "東京", "뉴욕 시간", "Berlin", "GMT+8", "nowhere at all"])
def test_the_written_aliases_are_the_index_s_own_in_its_order(text: str) -> None:
    index = timezones._city_index()
    assert list(timezones._written_aliases()) == [(alias, zone) for alias, zone in index.items()
                                                  if len(alias) >= 2 and not alias.isascii()]
    key = timezones.fold(text.strip().strip(".!?。！？"))
    first = next((zone for alias, zone in index.items() if len(alias) >= 2 and not alias.isascii() and alias in key), None)
    assert next((zone for alias, zone in timezones._written_aliases() if alias in key), None) == first
    assert timezones.resolve(text) == timezones.resolve(text)


@pytest.mark.parametrize("text,code", [("is there a Tagalog version?", "tl"), ("有菲律宾语版吗", "fil"),
                                       ("¿hay versión en suajili?", "sw"), ("태국어 버전 있어요?", "th"),
                                       ("does it come in Japanese?", "ja"), ("hola", None)])
def test_the_cldr_names_sorted_once_read_the_same_language(text: str, code: str | None) -> None:
    from intents import lexicon

    _pattern, codes, ordered = lexicon._cldr_version_pattern()
    assert ordered == tuple(sorted(codes, key=len, reverse=True))
    assert lexicon.other_work_language(text) == code

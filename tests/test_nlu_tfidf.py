"""A loaded model computes its features without scikit-learn, exactly as the trained one."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from intents.nlu.classifier import IntentClassifier, load_or_train
from intents.nlu.data import Example
from intents.nlu.tfidf import Tfidf, char_wb_ngrams, word_ngrams

EXAMPLES = [Example(text, intent) for text, intent in [
    ("what events are coming up", "events"), ("¿qué eventos hay este mes?", "events"),
    ("近期有什么活动", "events"), ("다음 행사는 언제인가요", "events"),
    ("show me the catalog", "catalog"), ("¿qué obras tienen?", "catalog"),
    ("有哪些短剧作品", "catalog"), ("작품 목록을 보여 주세요", "catalog"),
    ("where can we film a palace scene", "locations"), ("¿dónde podemos rodar?", "locations"),
    ("横店有哪些拍摄场地", "locations"), ("궁궐 세트장에서 촬영할 수 있나요", "locations"),
]]
PROBES = ["Any events in Seoul next week?", "catálogo de dramas históricos  por favor",
          "我们想在横店拍古装戏", "촬영 장소 알려주세요", "ok", "", "   ", "a", "🎬🎬 film!!"]


def test_loaded_model_matches_the_trained_one(tmp_path: Path) -> None:
    trained = IntentClassifier.train(EXAMPLES)
    fresh = load_or_train(EXAMPLES, tmp_path)  # trained here, then predicts like a loaded one
    loaded = load_or_train(EXAMPLES, tmp_path)
    assert loaded.loaded_from is not None and isinstance(loaded.char_vectorizer, Tfidf)
    assert fresh.loaded_from is None and isinstance(fresh.word_vectorizer, Tfidf)
    assert not isinstance(trained.char_vectorizer, Tfidf)
    assert np.abs((fresh.features(PROBES) - trained.features(PROBES)).toarray()).max() < 1e-12
    a, b = trained.features(PROBES), loaded.features(PROBES)
    assert a.shape == b.shape
    assert np.abs((a - b).toarray()).max() < 1e-12
    assert [p.intent for p in trained.predict_many(PROBES)] == \
        [p.intent for p in loaded.predict_many(PROBES)]
    assert isinstance(IntentClassifier.load(loaded.loaded_from).word_vectorizer, Tfidf)


def test_ngrams_follow_scikit_learn() -> None:
    assert char_wb_ngrams("ab  c", 1, 2) == [" ", "a", "b", " ", " a", "ab", "b ", " ", "c",
                                             " ", " c", "c "]
    assert char_wb_ngrams("a", 3, 5) == [" a "]
    assert word_ngrams(["a", "b", "c"], 1, 2) == ["a", "b", "c", "a b", "b c"]
    assert word_ngrams(["a"], 1, 2) == ["a"]


def test_fitting_matches_scikit_learn() -> None:
    """The FAQ selector's blocks are fitted without scikit-learn: same vocabulary, idf and rows."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [ex.text for ex in EXAMPLES] + PROBES

    def grams(text: str) -> list[str]:
        return char_wb_ngrams(text.lower(), 2, 4)

    ours, matrix = Tfidf.fit_transform(texts, grams, sublinear_tf=True)
    theirs = TfidfVectorizer(analyzer=grams, sublinear_tf=True)
    expected = theirs.fit_transform(texts)
    assert ours.vocabulary_ == theirs.vocabulary_
    assert np.abs(ours.idf_ - theirs.idf_).max() < 1e-12
    assert np.abs(matrix.toarray() - expected.toarray()).max() < 1e-12
    assert np.abs((ours.transform(PROBES) - theirs.transform(PROBES)).toarray()).max() < 1e-12


def test_answering_without_scipy_gives_the_same_bits(tmp_path: Path) -> None:
    """A loaded model scores row by row with numpy (no scipy at run time): every score equal,
    not close, to scipy's sparse product, on the shipped model and partner-style messages."""
    from intents.nlu.data import load_test, load_training_data
    from tests.warm_cache import warm_data_dir

    examples = load_training_data().examples
    model = load_or_train(examples, warm_data_dir(tmp_path, None) / "nlu")
    assert model.loaded_from is not None
    texts = PROBES + [ex.text for ex in examples[::9]] + [
        ex.text for data in load_test().values() for ex in data.examples]
    char, word, kinds = model._blocks(texts)
    expected = model._block_scores(char, word, kinds)
    scores, evidence = model._row_scores(texts)
    assert scores.tobytes() == expected.tobytes()
    assert np.array_equal(evidence, np.asarray(char @ model._evidence_mask).ravel() > 0)
    assert not evidence[PROBES.index("")] and evidence[0]

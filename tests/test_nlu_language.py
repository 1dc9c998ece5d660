"""Language detection: scripts for zh/ko, a model trained on our own data for en vs es."""

from __future__ import annotations

import json

import pytest

from intents.nlu.data import load_test
from intents.nlu.language import LanguageDetector, default_detector, detect


@pytest.mark.parametrize("text,lang", [
    ("hola", "es"),
    ("hi", "en"),
    ("gracias", "es"),
    ("thanks", None),  # an English courtesy alone is typed in any chat: no switch (fixG)
    ("ok", None),
    ("OK!", None),  # universal chat tokens are no evidence of either language
    ("lol", None),
    ("ok gracias", "es"),  # ...and do not drag a Spanish word towards English
    ("ok thanks", None),
    ("👍", None),
    ("2025", None),
    ("12:30 !!", None),
    ("", None),
    ("Hengdian", None),
    ("こんにちは", None),  # Japanese kana: none of ours
    ("東京に行きたいです", None),
    ("紫禁城", "zh"),
    ("你好，有什么补贴？", "zh"),
    ("자금성", "ko"),
    ("안녕하세요! 촬영지 알려주세요", "ko"),
    ("Do you have a Ming palace set?", "en"),
    ("¿Tienen sets de la dinastía Ming?", "es"),
    ("tienen locaciones para filmacion q sean baratas", "es"),  # no accents, "q" for "que"
])
def test_detect(text: str, lang: str | None) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("text,lang", [
    ("hola! do you have incentives for vertical short dramas?", "en"),  # greeting aside
    ("hi! tienen incentivos para microdramas?", "es"),
    ("can we film at 秦王宫 next month?", "en"),  # a Chinese name in an English sentence
    ("we want to film in the 紫禁城 replica", "en"),
    ("我们想拍 Ming palace drama", "zh"),  # English words in a Chinese sentence
    ("请问 Latin Film Night 是几号", "zh"),
    ("LED 스튜디오 있어요?", "ko"),
    ("Reel-K 파트너 소개해 주세요", "ko"),
    ("자금성 紫禁城", "ko"),  # Hangul outweighs the Hanja name
])
def test_detect_mixed_messages(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_held_out_messages_are_detected() -> None:
    """On the held-out files (never seen by the en/es model): almost all detected as their own
    language, and almost never as another one (None is the safe answer)."""
    for lang, data in load_test().items():
        results = [detect(ex.text) for ex in data.examples]
        right = sum(r == lang for r in results) / len(results)
        wrong = sum(r not in (lang, None) for r in results) / len(results)
        assert right >= 0.88, (lang, right)
        assert wrong <= 0.05, (lang, wrong)  # set_language lines name other languages


def test_detector_trained_on_given_texts() -> None:
    detector = LanguageDetector.train(english=["the cat sat", "the dog ran"],
                                      spanish=["el gato", "el perro corre"])
    assert detector.detect("the cat ran") == "en"
    assert detector.detect("el perro") == "es"
    assert default_detector() is default_detector()  # built once per process


def test_detector_cache_is_the_trained_detector_and_is_keyed_by_its_sources(tmp_path) -> None:
    from intents.nlu import language

    trained = language._load_or_train(tmp_path)  # trains and writes the cache
    cache = tmp_path / language.DETECTOR_CACHE
    assert cache.exists()
    assert language._load_or_train(tmp_path) == trained  # read back: the same ratios, exactly
    stale = json.loads(cache.read_text("utf-8"))
    stale["key"], stale["words"] = "0" * 64, {"hola": -9.0}
    cache.write_text(json.dumps(stale), "utf-8")
    assert language._load_or_train(tmp_path) == trained  # another key: trained again
    assert json.loads(cache.read_text("utf-8"))["key"] != "0" * 64


def test_kept_word_evidence_is_the_evidence_computed_afresh() -> None:
    """The model keeps each word's evidence (`LatinModel.token_evidence`): over the held-out
    English and Spanish messages, read twice, a model that kept them scores and detects exactly
    as a new one that computes every word from its n-grams; the kept words stay bounded."""
    from intents.nlu import language
    from intents.nlu.language import LatinModel

    used = default_detector()
    messages = [ex.text for lang in ("en", "es") for ex in load_test()[lang].examples]
    for _ in range(2):
        for text in messages:
            fresh = LanguageDetector(LatinModel(used.latin.words, used.latin.grams))
            assert used.latin.score(text) == fresh.latin.score(text), text
            assert used.detect(text) == fresh.detect(text), text
    assert used.latin._evidence, "no word's evidence was kept"
    assert len(used.latin._evidence) <= language.EVIDENCE_KEPT

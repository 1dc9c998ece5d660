"""IntentClassifier as a component: train on inline examples, predict, persist/load, cache."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from core.i18n import LANGS
from intents import timezones
from intents.nlu import classifier
from intents.nlu.classifier import (
    ARRAYS,
    CACHE_SUBDIR,
    DEFAULT_HYPERPARAMETERS,
    MANIFEST,
    IntentClassifier,
    ModelFormatError,
    build_gazetteer,
    fingerprint,
    load_or_train,
    load_or_train_from,
)
from intents.nlu.data import EntitySpan, Example, load_training_data, training_path
from intents.nlu.slots import KINDS, mark

INLINE = {
    "greet": ["hi", "hello", "hello there", "good morning", "hey", "hola", "buenos días",
              "你好", "안녕하세요"],
    "ask_locations": ["where can we film a palace drama", "do you have a Ming palace set",
                      "which studio sets are available", "filming locations in Hengdian",
                      "tienen locaciones para rodaje", "有什么拍摄基地", "촬영지 어디예요",
                      "can we shoot at the Qin Palace", "list of filming sets"],
    "ask_incentives": ["what incentives do you offer", "are there subsidies for short dramas",
                       "any discounts or rebates for productions", "hay incentivos o subsidios",
                       "有什么补贴政策", "인센티브 있나요", "how do we apply for the subsidy",
                       "support for vertical short dramas", "cost reductions for shooting"],
    "unsubscribe": ["stop sending me messages", "unsubscribe me", "no more notifications",
                    "mute the alerts", "ya no quiero mensajes", "取消订阅", "알림 그만",
                    "please stop the updates", "turn off notifications"],
}
EXAMPLES = [Example(text, intent) for intent, texts in INLINE.items() for text in texts]
PROBES = ["hello!", "where is the palace set", "any subsidies for vertical dramas?",
          "stop the notifications please", "紫禁城", "xyz", "😀"]


@pytest.fixture(scope="module")
def model() -> IntentClassifier:
    return IntentClassifier.train(EXAMPLES)


def test_predicts_inline_intents(model: IntentClassifier) -> None:
    assert model.predict("hello!").intent == "greet"
    assert model.predict("where is the palace set").intent == "ask_locations"
    assert model.predict("any subsidies for vertical dramas?").intent == "ask_incentives"
    assert model.predict("please stop the notifications").intent == "unsubscribe"


def test_prediction_shape(model: IntentClassifier) -> None:
    prediction = model.predict("what incentives do you have")
    assert prediction.intent == prediction.ranking[0][0] == "ask_incentives"
    assert prediction.confidence == prediction.ranking[0][1]
    assert [intent for intent, _ in prediction.ranking] != []
    assert sorted(i for i, _ in prediction.ranking) == sorted(INLINE)
    assert sum(p for _, p in prediction.ranking) == pytest.approx(1.0)
    assert all(a[1] >= b[1] for a, b in zip(prediction.ranking, prediction.ranking[1:]))
    assert not prediction.fallback


def test_training_is_deterministic() -> None:
    a, b = IntentClassifier.train(EXAMPLES), IntentClassifier.train(EXAMPLES)
    np.testing.assert_array_equal(a.coef, b.coef)
    assert a.fingerprint == b.fingerprint


def test_needs_two_intents() -> None:
    with pytest.raises(ValueError, match="two intents"):
        IntentClassifier.train([Example("hi", "greet"), Example("hello", "greet")])


def test_persist_load_round_trip(model: IntentClassifier, tmp_path: Path) -> None:
    model.persist(tmp_path / "m")
    loaded = IntentClassifier.load(tmp_path / "m")
    assert loaded.classes == model.classes
    assert loaded.params == model.params
    assert loaded.fingerprint == model.fingerprint
    assert loaded.loaded_from == tmp_path / "m"
    for text in PROBES:
        assert loaded.predict(text) == model.predict(text), text
    np.testing.assert_array_equal(loaded.probabilities(PROBES), model.probabilities(PROBES))


def test_persisted_model_holds_no_pickle(model: IntentClassifier, tmp_path: Path) -> None:
    model.persist(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, ARRAYS])
    json.loads((tmp_path / MANIFEST).read_text("utf-8"))  # plain JSON
    with np.load(tmp_path / ARRAYS, allow_pickle=False) as arrays:  # raises on object arrays
        assert {a.dtype.kind for a in arrays.values()} == {"f"}


def test_load_rejects_tampered_arrays(model: IntentClassifier, tmp_path: Path) -> None:
    model.persist(tmp_path)
    np.savez(tmp_path / ARRAYS, char_idf=model.char_vectorizer.idf_ * 2,
             word_idf=model.word_vectorizer.idf_, coef=model.coef, intercept=model.intercept)
    with pytest.raises(ModelFormatError, match="does not match its manifest hash"):
        IntentClassifier.load(tmp_path)


def test_load_rejects_other_format(model: IntentClassifier, tmp_path: Path) -> None:
    model.persist(tmp_path)
    manifest = json.loads((tmp_path / MANIFEST).read_text("utf-8"))
    manifest["format"] = 999
    (tmp_path / MANIFEST).write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(ModelFormatError, match="format"):
        IntentClassifier.load(tmp_path)
    with pytest.raises(ModelFormatError, match="unreadable"):
        IntentClassifier.load(tmp_path / "missing")


def test_cache_miss_then_hit(tmp_path: Path) -> None:
    first = load_or_train(EXAMPLES, tmp_path)
    assert first.loaded_from is None  # trained
    second = load_or_train(EXAMPLES, tmp_path)
    assert second.loaded_from is not None  # read from the cache
    assert second.fingerprint == first.fingerprint
    assert [second.predict(t) for t in PROBES] == [first.predict(t) for t in PROBES]


def test_cache_key_covers_data_and_hyperparameters(tmp_path: Path) -> None:
    load_or_train(EXAMPLES, tmp_path)
    changed_data = EXAMPLES + [Example("good evening", "greet")]
    assert fingerprint(changed_data, DEFAULT_HYPERPARAMETERS) != fingerprint(
        EXAMPLES, DEFAULT_HYPERPARAMETERS)
    assert load_or_train(changed_data, tmp_path).loaded_from is None
    other = replace(DEFAULT_HYPERPARAMETERS, C=0.5)
    assert load_or_train(changed_data, tmp_path, other).loaded_from is None
    assert load_or_train(changed_data, tmp_path, other).loaded_from is not None
    # only the newest model is kept
    assert len(list((tmp_path / CACHE_SUBDIR).iterdir())) == 1


def _training_files(folder: Path, extra: str = "") -> Path:
    """INLINE as Rasa training files (English ones in nlu.en.yml, the rest in nlu.es.yml)."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "es"):
        blocks = "".join(f"- intent: {intent}\n  examples: |\n"
                         + "".join(f"    - {t}\n" for t in texts if t.isascii() == (lang == "en"))
                         for intent, texts in INLINE.items())
        (folder / f"nlu.{lang}.yml").write_text(f"version: \"3.1\"\nnlu:\n{blocks}{extra}", "utf-8")
    return folder


def test_unchanged_training_files_are_not_read_again(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`load_or_train_from` finds the cached model by a stamp of the files' bytes: the same
    model `load_or_train` makes, and neither the files nor the gazetteer are read again until
    a byte changes."""
    data = _training_files(tmp_path / "data")
    first = load_or_train_from(data, tmp_path / "cache")
    assert first.loaded_from is None
    assert first.fingerprint == fingerprint(load_training_data(data).examples, DEFAULT_HYPERPARAMETERS)

    def no_gazetteer(*_args: object, **_kw: object) -> None:
        raise AssertionError("gazetteer built for unchanged files")

    with monkeypatch.context() as patched:
        patched.setattr(classifier, "build_gazetteer", no_gazetteer)
        again = load_or_train_from(data, tmp_path / "cache")
    assert again.loaded_from is not None and again.fingerprint == first.fingerprint
    assert [again.predict(t) for t in PROBES] == [first.predict(t) for t in PROBES]
    # One more example: the stamp differs, the long way retrains with it.
    _training_files(data, extra="- intent: greet\n  examples: |\n    - good evening\n")
    changed = load_or_train_from(data, tmp_path / "cache")
    assert changed.loaded_from is None and changed.fingerprint != first.fingerprint
    # A stamp that names a model no longer there is only a slower start.
    (tmp_path / "cache" / classifier.SOURCES_STAMP).write_text(
        json.dumps({"stamp": classifier.sources_stamp(
            [training_path(lang, data) for lang in LANGS], DEFAULT_HYPERPARAMETERS),
            "fingerprint": "0" * 64}), "utf-8")
    assert load_or_train_from(data, tmp_path / "cache").fingerprint == changed.fingerprint


def test_damaged_cache_is_retrained(tmp_path: Path) -> None:
    model = load_or_train(EXAMPLES, tmp_path)
    (cached,) = (tmp_path / CACHE_SUBDIR).iterdir()
    (cached / ARRAYS).write_bytes(b"garbage")
    again = load_or_train(EXAMPLES, tmp_path)
    assert again.loaded_from is None
    assert again.predict("hello").intent == model.predict("hello").intent
    assert load_or_train(EXAMPLES, tmp_path).loaded_from is not None


@pytest.mark.parametrize("text", ["asdkjh qwpoeiru zxcmnb", "콱뷁쀍", "鬱龘靐", "😀😀", "", "   "])
def test_gibberish_falls_back(model: IntentClassifier, text: str) -> None:
    assert model.predict(text).fallback


def test_close_top_two_falls_back() -> None:
    """Two intents trained on the same words: the margin rule must send it to the fallback even
    though the top confidence is well above the threshold."""
    twins = [Example(t, "subscribe") for t in ("news about events", "event news please",
                                                 "updates on events")]
    twins += [Example(t, "ask_events") for t in ("news about events", "event news please",
                                                  "updates on events")]
    others = [Example(t, "greet") for t in ("hi", "hello", "good morning")]
    model = IntentClassifier.train(twins + others)
    prediction = model.predict("news about events")
    assert prediction.confidence >= model.params.threshold
    assert prediction.margin < model.params.margin
    assert prediction.fallback
    assert not model.predict("hello").fallback


def test_low_confidence_falls_back() -> None:
    params = replace(DEFAULT_HYPERPARAMETERS, threshold=0.99, margin=0.0)
    model = IntentClassifier.train(EXAMPLES, params)
    assert model.predict("which sets and subsidies").fallback


# -- slot placeholders (intents.nlu.slots) -------------------------------------------------------

FRAMES = {
    "set_timezone": ["estamos en Madrid", "andamos por Bogotá", "estoy en Caracas", "estamos en Quito",
                     "andamos por Lima", "estoy en Sevilla", "we are in Lagos", "I'm in Seoul"],
    "ask_incentives": ["estamos en preproducción", "andamos por subsidios", "estoy en presupuesto",
                       "estamos en rodaje", "andamos por incentivos", "estoy en posproducción",
                       "we are in preproduction", "I'm in budgeting"],
    "greet": ["hola", "buenos días", "hello", "hi there"],
}
"""Both intents use the same frames ("estamos en ...", "andamos por ..."); only whether the
word after them is a city tells them apart."""
FRAME_EXAMPLES = [Example(text, intent) for intent, texts in FRAMES.items() for text in texts]
UNSEEN = {"andamos por Rosario": "set_timezone", "estoy en Guayaquil": "set_timezone",
          "estamos en Valparaíso": "set_timezone", "I'm in Nairobi": "set_timezone",
          "estamos en montaje": "ask_incentives", "andamos por rebajas": "ask_incentives"}


def test_unseen_city_is_set_timezone() -> None:
    """Cities never seen in training are recognised through `__city__`, and unseen non-city
    words after the same frames are not taken for cities."""
    model = IntentClassifier.train(FRAME_EXAMPLES)
    assert model.params.slot_mode != "none"
    for text, intent in UNSEEN.items():
        assert model.predict(text).intent == intent, text
    assert model.slots("andamos por Rosario") == ["city"]
    assert model.slots("estamos en montaje") == []


def test_without_placeholders_frames_are_a_coin_toss() -> None:
    """The same data without placeholders gets some of these wrong: what the feature adds."""
    model = IntentClassifier.train(FRAME_EXAMPLES, replace(DEFAULT_HYPERPARAMETERS,
                                                           slot_mode="none"))
    right = sum(model.predict(text).intent == intent for text, intent in UNSEEN.items())
    assert right < len(UNSEEN)


@pytest.mark.parametrize(("text", "kinds"), [
    ("andamos por Rosario", ["city"]),
    ("estoy en Guayaquil", ["city"]),
    ("my time zone is UTC+8", ["city"]),
    ("GMT-05:00 please", ["city"]),
    ("switch to CET", ["city"]),
    ("我在马德里", ["city"]),
    ("用UTC+8时间", ["city"]),
    ("서울에서 일해요", ["city"]),
    ("설정한 리마인더 다 없애줘", []),  # 리마 (Lima) inside 리마인더 (reminder)
    ("shooting in Hengdian, China", []),  # the host's own place says nothing
    ("quiero agendar una reunión", []),  # Indian/Reunion is a time zone, "reunión" a meeting
    ("reply in Spanish please", ["lang"]),
    ("한국어로 답해줘", ["lang"]),  # a language, not the country 한국 inside it
    ("contestame en inglés", ["lang"]),
    ("events in October", ["month"]),
    ("10月有什么活动", ["month"]),
    ("anything on May 5?", ["month"]),
    ("may I ask something", []),
    ("12월 일정", ["month"]),
])
def test_builtin_slots(text: str, kinds: list[str]) -> None:
    assert [s.kind for s in build_gazetteer([]).tag(text)] == kinds


def test_gazetteer_from_lookups_synonyms_and_annotations() -> None:
    examples = [Example("is the Qin Palace open", "ask_locations",
                        (EntitySpan("location", "Qin Palace", 7, 17),)),
                Example("we shoot wuxia", "ask_catalog", (EntitySpan("genre", "wuxia", 9, 14),)),
                Example("news about the Film Night", "ask_events",
                        (EntitySpan("event", "Film Night", 15, 25),))]
    lookups = {"era": ["Ming", "Three Kingdoms"], "genre": ["xianxia"]}
    synonyms = {"Qin Wang Gong": "qin_palace", "Qin Palace": "qin_palace",
                "LED wall": "virtual_production"}  # never annotated: kind unknown, left out
    gazetteer = build_gazetteer(examples, DEFAULT_HYPERPARAMETERS, lookups, synonyms)

    def tag(text: str) -> list[tuple[str, int, int]]:
        return [(s.kind, s.start, s.end) for s in gazetteer.tag(text)]

    assert tag("a Ming or Three Kingdoms set") == [("era", 2, 6), ("era", 10, 24)]
    assert tag("can we film at Qin Wang Gong") == [("location", 15, 28)]
    assert tag("xianxia or wuxia titles") == [("genre", 0, 7), ("genre", 11, 16)]
    assert tag("an LED wall") == []
    assert tag("the Film Night") == []  # events are not among the pinned kinds
    everything = replace(DEFAULT_HYPERPARAMETERS, slot_kinds=KINDS)
    assert [s.kind for s in build_gazetteer(examples, everything).tag("the Film Night")] == [
        "event"]
    no_annotations = replace(DEFAULT_HYPERPARAMETERS, slot_annotations=False)
    assert build_gazetteer(examples, no_annotations).tag("we shoot wuxia") == []


def test_mark_modes() -> None:
    text = "estoy en buenos aires en octubre"
    slots = build_gazetteer([]).find(text)
    assert mark(text, slots, "replace") == "estoy en __city__ en __month__"
    assert mark(text, slots, "insert") == "estoy en __city__ buenos aires en __month__ octubre"
    assert mark(text, slots, "append") == text + " __city__ __month__"
    assert mark(text, slots, "none") == text


def test_loaded_model_keeps_its_gazetteer(model: IntentClassifier, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A persisted model tags with the names it was trained with, whatever the alias list says
    now; a changed alias list changes the cache key, so `load_or_train` retrains."""
    model.persist(tmp_path / "m")
    manifest = json.loads((tmp_path / "m" / MANIFEST).read_text("utf-8"))
    assert manifest["gazetteer"] == model.gazetteer.as_json()
    key = fingerprint(EXAMPLES, DEFAULT_HYPERPARAMETERS)
    first = load_or_train(EXAMPLES, tmp_path / "cache")
    monkeypatch.setitem(timezones.ALIASES, "gotham", "America/New_York")
    assert "gotham" not in [" ".join(k) for k in model.gazetteer.latin]
    assert fingerprint(EXAMPLES, DEFAULT_HYPERPARAMETERS) != key
    loaded = IntentClassifier.load(tmp_path / "m")
    assert loaded.slots("we are in Gotham") == model.slots("we are in Gotham") == []
    assert loaded.gazetteer.digest == model.gazetteer.digest
    assert first.loaded_from is None and first.fingerprint == key
    assert load_or_train(EXAMPLES, tmp_path / "cache").loaded_from is None


def test_fingerprint_covers_slot_version(monkeypatch: pytest.MonkeyPatch) -> None:
    key = fingerprint(EXAMPLES, DEFAULT_HYPERPARAMETERS)
    monkeypatch.setattr(classifier, "SLOT_VERSION", classifier.SLOT_VERSION + 1)
    assert fingerprint(EXAMPLES, DEFAULT_HYPERPARAMETERS) != key
    other_kinds = replace(DEFAULT_HYPERPARAMETERS, slot_kinds=("city",))
    assert fingerprint(EXAMPLES, other_kinds) != key

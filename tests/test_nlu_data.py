"""The Rasa NLU YAML reader: annotations stripped to text + spans, synonyms, lookups, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.nlu.data import (
    EntitySpan,
    NluDataError,
    load_file,
    load_test,
    load_training,
    parse_example,
)

SAMPLE = '''version: "3.1"
nlu:
- intent: ask_locations
  examples: |
    - do you have a [Ming](era) [palace](scene) set?
    - is the [Forbidden City]{"entity": "location", "value": "ming_qing_palace"} open?
    - plain line without entities
- intent: greet
  examples: |
    - hola 👋
- synonym: ming_qing_palace
  examples: |
    - Forbidden City
    - 紫禁城
- lookup: era
  examples: |
    - Ming
    - Qing
'''


def write(tmp_path: Path, text: str, name: str = "nlu.en.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_example_short_annotation() -> None:
    text, spans = parse_example("we shoot a [Ming](era) [palace](scene) drama")
    assert text == "we shoot a Ming palace drama"
    assert spans == (EntitySpan("era", "Ming", 11, 15), EntitySpan("scene", "palace", 16, 22))
    assert [text[s.start:s.end] for s in spans] == ["Ming", "palace"]


def test_parse_example_json_annotation_and_value() -> None:
    text, spans = parse_example('ir a la [Ciudad Prohibida]{"entity": "location", '
                                '"value": "ming_qing_palace"} mañana')
    assert text == "ir a la Ciudad Prohibida mañana"
    assert spans == (EntitySpan("location", "ming_qing_palace", 8, 24),)


def test_parse_example_rasa1_shorthand_value() -> None:
    text, spans = parse_example("use [Bogotá](timezone:America/Bogota) time")
    assert text == "use Bogotá time"
    assert spans[0].value == "America/Bogota"


def test_parse_example_bad_json_is_an_error() -> None:
    with pytest.raises(ValueError, match="annotation"):
        parse_example('[x]{"entity": }')


def test_load_file(tmp_path: Path) -> None:
    data = load_file(write(tmp_path, SAMPLE), "en")
    assert [ex.text for ex in data.examples] == [
        "do you have a Ming palace set?", "is the Forbidden City open?",
        "plain line without entities", "hola 👋"]
    assert data.intents == ["ask_locations", "greet"]
    assert all(ex.lang == "en" for ex in data.examples)
    assert data.examples[0].source.endswith("nlu.en.yml:5")
    assert data.examples[3].source.endswith("nlu.en.yml:10")
    assert data.synonyms == {"Forbidden City": "ming_qing_palace", "紫禁城": "ming_qing_palace"}
    assert data.lookups == {"era": ["Ming", "Qing"]}


def test_error_names_file_and_line(tmp_path: Path) -> None:
    bad = SAMPLE.replace("    - plain line without entities", "    plain line without dash")
    with pytest.raises(NluDataError, match=r"nlu\.en\.yml:7: example lines start with '- '"):
        load_file(write(tmp_path, bad))


def test_yaml_syntax_error(tmp_path: Path) -> None:
    with pytest.raises(NluDataError, match=r"nlu\.en\.yml:\d+: not valid YAML"):
        load_file(write(tmp_path, 'nlu:\n- intent: greet\n  examples: "unclosed\n'))


def test_block_needs_one_kind(tmp_path: Path) -> None:
    with pytest.raises(NluDataError, match="exactly one of intent"):
        load_file(write(tmp_path, 'nlu:\n- examples: |\n    - hi\n'))


def test_shipped_files_parse_and_cover_all_intents() -> None:
    intents = {"greet", "goodbye", "thanks", "help", "ask_locations", "ask_incentives",
               "ask_catalog", "ask_events", "ask_programs", "ask_partners", "ask_contact",
               "subscribe", "unsubscribe", "set_language", "set_timezone", "out_of_scope"}
    training, test = load_training(), load_test()
    assert set(training) == set(test) == {"en", "es", "zh", "ko"}
    for lang in training:
        assert set(training[lang].intents) == intents, lang
        assert set(test[lang].intents) == intents, lang
        seen = {ex.text.strip().lower() for ex in training[lang].examples}
        leaked = [ex.text for ex in test[lang].examples if ex.text.strip().lower() in seen]
        assert not leaked, f"{lang}: held-out lines also in training: {leaked}"


def test_duplicate_key_and_non_text_example_are_errors(tmp_path: Path) -> None:
    with pytest.raises(NluDataError, match=r"nlu\.en\.yml:3: not valid YAML \(found duplicate key 'intent'\)"):
        load_file(write(tmp_path, 'nlu:\n- intent: greet\n  intent: thanks\n  examples: |\n    - hi\n'))
    with pytest.raises(NluDataError, match=r"nlu\.en\.yml:2: examples must be text"):
        load_file(write(tmp_path, 'nlu:\n- intent: greet\n  examples:\n  - 42\n'))

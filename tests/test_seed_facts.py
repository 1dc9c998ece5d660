"""Every fact the seed press releases state is still in the knowledge files, in all four languages.

Why: staff edit `knowledge/*.yaml` by hand. A deleted sentence or a lost translation must fail
the test suite instead of silently disappearing from what partners are told. The facts, the record
each one lives in and the words that must appear there per language are listed in
`tests/seed_facts.yaml`; `seed_says` is the seed's own wording, checked against the seed file so
the list cannot drift away from its sources.

The knowledge files are read with a plain YAML parser on purpose: this test must not depend on
the bot's loader, so a loader bug cannot hide a missing fact.
"""

from __future__ import annotations

import os
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from core.i18n import LANGS

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
FACTS_FILE = Path(__file__).with_name("seed_facts.yaml")
SEED_DIRS = [Path(p) for p in (os.environ.get("HISDA_SEEDS_DIR"),) if p] + [
    ROOT / "seeds",
    Path("/work/shared/seeds"),
]
MIN_FACTS = 40

# Typographic variants that staff (or translators) may type either way.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def normalize(text: str) -> str:
    """Case-fold, unify quotes and dashes, and collapse whitespace, so matching ignores typography."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return " ".join(text.split())


def _yaml() -> YAML:
    return YAML(typ="safe", pure=True)


@cache
def load_yaml(path: Path) -> Any:
    return _yaml().load(path.read_text(encoding="utf-8"))


def load_facts() -> list[dict[str, Any]]:
    return load_yaml(FACTS_FILE)["facts"]


def is_localized(node: Any) -> bool:
    """A LocalizedText/LocalizedList mapping: only language keys, English among them."""
    return isinstance(node, dict) and "en" in node and set(node) <= set(LANGS)


def record_text(record: Any, lang: str) -> str:
    """All text of one record in one language (names, descriptions, aliases...), no fallback.

    Other languages are left out on purpose: an English phrase must not satisfy the Korean check.
    """
    parts: list[str] = []

    def walk(node: Any) -> None:
        if is_localized(node):
            value = node.get(lang)
            if isinstance(value, str):
                parts.append(value)
            elif isinstance(value, list):
                parts.extend(v for v in value if isinstance(v, str))
        elif isinstance(node, dict):
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(record)
    return "\n".join(parts)


def find_record(data: Any, record_id: str) -> Any | None:
    """A top-level mapping named `record_id` (catalog `about`), else the list item with that id."""
    if not isinstance(data, dict):
        return None
    direct = data.get(record_id)
    if isinstance(direct, dict) and "id" not in direct:
        return direct
    for section in data.values():
        if isinstance(section, list):
            for item in section:
                if isinstance(item, dict) and item.get("id") == record_id:
                    return item
    return None


def missing_words(fact: dict[str, Any], data: Any) -> list[str]:
    """`lang: 'word'` for every word of the fact absent from its record (the record, if absent)."""
    record = find_record(data, fact["record"])
    if record is None:
        return [f"record {fact['record']!r}"]
    missing = []
    for lang, words in fact["contains"].items():
        text = normalize(record_text(record, lang))
        missing += [f"{lang}: {w!r}" for w in words if normalize(w) not in text]
    return missing


def seed_text(name: str) -> str | None:
    for folder in SEED_DIRS:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


FACTS = load_facts()


def test_fact_list_is_complete_and_well_formed() -> None:
    ids = [f["id"] for f in FACTS]
    assert len(ids) >= MIN_FACTS, f"only {len(ids)} seed facts listed"
    assert len(ids) == len(set(ids)), "duplicate fact ids"
    for fact in FACTS:
        assert {"id", "seed", "seed_says", "file", "record", "contains"} <= set(fact), fact["id"]
        assert set(fact["contains"]) == set(LANGS), f"{fact['id']}: give words for {LANGS}"
        for lang, words in fact["contains"].items():
            assert words and all(isinstance(w, str) and w.strip() for w in words), (
                fact["id"],
                lang,
            )


def test_every_seed_is_covered() -> None:
    """Both press releases contribute facts; a seed with no facts means the list lost a file."""
    seeds = {f["seed"] for f in FACTS}
    assert {"000_de9661de1bd6587d.txt", "003_f8ba9ab00f988121.txt"} <= seeds


@pytest.mark.parametrize("fact", FACTS, ids=[f["id"] for f in FACTS])
def test_fact_is_in_its_record(fact: dict[str, Any]) -> None:
    path = KNOWLEDGE / fact["file"]
    if not path.exists():
        if fact.get("optional_file"):
            pytest.skip(f"{fact['file']} does not exist yet")
        pytest.fail(f"knowledge/{fact['file']} is missing")
    missing = missing_words(fact, load_yaml(path))
    assert not missing, (
        f"knowledge/{fact['file']} record {fact['record']!r} lost seed fact "
        f"{fact['id']!r} ({fact['seed_says']!r}); missing " + "; ".join(missing)
    )


@pytest.mark.parametrize("fact", FACTS, ids=[f["id"] for f in FACTS])
def test_seed_says_what_the_fact_claims(fact: dict[str, Any]) -> None:
    text = seed_text(fact["seed"])
    if text is None:
        pytest.skip(f"seed {fact['seed']} not available (set HISDA_SEEDS_DIR)")
    assert normalize(fact["seed_says"]) in normalize(text), f"{fact['id']}: not in {fact['seed']}"


def test_record_text_keeps_languages_apart() -> None:
    """Guards the checker itself: no cross-language matches, no fallback to English."""
    record = {
        "id": "x",
        "source": "sample",
        "name": {"en": "Qin Palace", "zh": "秦王宫"},
        "aliases": {"en": ["Hero set"], "ko": ["진왕궁"]},
        "coordinates": {"lat": 29.1, "lon": 120.3},
    }
    assert "Qin Palace" in record_text(record, "en") and "Hero set" in record_text(record, "en")
    assert "Qin Palace" not in record_text(record, "zh")
    assert record_text(record, "es") == ""
    assert "진왕궁" in record_text(record, "ko")


def test_find_record_by_id_and_by_section() -> None:
    data = {"about": {"name": {"en": "Catalog"}}, "works": [{"id": "a"}, {"id": "b"}]}
    assert find_record(data, "about") == {"name": {"en": "Catalog"}}
    assert find_record(data, "b") == {"id": "b"}
    assert find_record(data, "c") is None


def test_normalize_ignores_typography_only() -> None:
    assert normalize("Xi’an  Jiaotong‐Liverpool") == normalize("xi'an jiaotong-liverpool")
    assert normalize("300 million") not in normalize("30 million")


def test_a_deleted_fact_or_translation_is_caught() -> None:
    """Edit the real partners.yaml in memory the way a careless edit would, and expect failures."""
    fact = next(f for f in FACTS if f["id"] == "springreel_300_million_views")
    text = (KNOWLEDGE / fact["file"]).read_text(encoding="utf-8")
    assert missing_words(fact, _yaml().load(text)) == []
    without_number = text.replace("300 million global views", "many global views")
    assert missing_words(fact, _yaml().load(without_number)) == ["en: '300 million global views'"]
    without_korean = text.replace("조회수 3억 회", "조회수 많은")
    assert missing_words(fact, _yaml().load(without_korean)) == ["ko: '조회수 3억 회'"]
    without_record = text.replace("id: springreel", "id: spring_reel")
    assert missing_words(fact, _yaml().load(without_record)) == ["record 'springreel'"]

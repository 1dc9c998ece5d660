"""Reader for Rasa NLU training data (YAML, `version: "3.1"`), one file per language.

Staff edit these files, and they stay portable to Rasa, so we read the same format Rasa reads:
`- intent:` blocks whose `examples: |` list lines like `do you have a [Ming](era) set?` or
`[Forbidden City]{"entity": "location", "value": "ming_qing_palace"}`, plus `- synonym:` and
`- lookup:` blocks. Annotations are stripped to plain text with character spans, because the
classifier sees what a partner types, never brackets. Errors name the file and line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core.i18n import LANGS, Lang

# libyaml's parser when PyYAML has it (it does on every platform with wheels): ~40x faster
# than a pure-Python one, and these ~170 KB of YAML are read at every start.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
"""intents/data: training files `nlu.<lang>.yml` and held-out files `test/nlu.<lang>.yml`."""

# `[text](entity)`, `[text](entity:value)` (Rasa 1.x shorthand) or `[text]{"entity": ...}`.
_ANNOTATION = re.compile(r"\[(?P<text>[^\[\]]+)\](?:\((?P<short>[^()]+)\)|(?P<json>\{[^{}]*\}))")


class NluDataError(ValueError):
    """A training file that cannot be read; the message starts with `file:line`."""


@dataclass(frozen=True)
class EntitySpan:
    """An annotated entity: `text[start:end]` of the example is `value` of kind `entity`."""

    entity: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Example:
    """One training line, annotations removed."""

    text: str
    intent: str
    entities: tuple[EntitySpan, ...] = ()
    lang: Lang | None = None
    source: str = ""
    """`file:line` of the example, for error messages and evaluation reports."""


@dataclass
class NluData:
    """Everything one or more NLU files say: examples, synonyms (alias -> canonical value) and
    lookup tables (name -> entries)."""

    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)
    lookups: dict[str, list[str]] = field(default_factory=dict)

    @property
    def intents(self) -> list[str]:
        """Intent names in first-seen order."""
        return list(dict.fromkeys(ex.intent for ex in self.examples))

    def merge(self, other: NluData) -> NluData:
        """Both files' content; examples keep their order, later synonyms win on conflicts."""
        lookups = {k: list(v) for k, v in self.lookups.items()}
        for name, entries in other.lookups.items():
            lookups.setdefault(name, []).extend(entries)
        return NluData(self.examples + other.examples, {**self.synonyms, **other.synonyms}, lookups)


def parse_example(line: str) -> tuple[str, tuple[EntitySpan, ...]]:
    """`we shoot a [Ming](era) drama` -> ("we shoot a Ming drama", (EntitySpan(era, Ming, 11, 15),)).

    The value is the `value` of a JSON annotation or `entity:value` shorthand, else the text.
    """
    parts: list[str] = []
    spans: list[EntitySpan] = []
    pos = 0
    length = 0
    for match in _ANNOTATION.finditer(line):
        before = line[pos:match.start()]
        parts.append(before)
        length += len(before)
        text = match.group("text")
        entity, value = _annotation(match)
        spans.append(EntitySpan(entity, value or text, length, length + len(text)))
        parts.append(text)
        length += len(text)
        pos = match.end()
    parts.append(line[pos:])
    return "".join(parts), tuple(spans)


def _annotation(match: re.Match[str]) -> tuple[str, str | None]:
    """(entity, value or None) of one annotation."""
    if match.group("short") is not None:
        entity, _, value = match.group("short").partition(":")
        return entity.strip(), value.strip() or None
    try:
        data = json.loads(match.group("json"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"bad entity annotation {match.group(0)!r}: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entity"), str):
        # A file's content, not a caller's type error: the reader reports it with file:line.
        raise ValueError(f"entity annotation {match.group(0)!r} needs an \"entity\" key")  # noqa: TRY004
    value = data.get("value")
    return data["entity"], str(value) if value is not None else None


def load_file(path: Path, lang: Lang | None = None) -> NluData:
    """Read one Rasa NLU YAML file. `lang` tags every example (e.g. from `nlu.es.yml`).

    Parsed once per file version (path, size and modification time): start-up reads the
    training files for the classifier, the language detector and the FAQ selector (~0.4 s
    of YAML each time). Each caller gets its own copy."""
    stat = path.stat() if path.exists() else None
    if stat is None:
        return _load_file(path, lang)
    data = _parsed(str(path), lang, stat.st_mtime_ns, stat.st_size)
    return NluData(list(data.examples), dict(data.synonyms),
                   {k: list(v) for k, v in data.lookups.items()})


@lru_cache(maxsize=32)
def _parsed(path: str, lang: Lang | None, _mtime_ns: int, _size: int) -> NluData:
    return _load_file(Path(path), lang)


def forget_parsed() -> None:
    """Drop the parsed files kept by `_parsed`. The running bot reads the training files while
    it starts (classifier, language detector, FAQ selector, answer ranker) and then only at a
    knowledge reload (the answer ranker's fit for an edited FAQ), where parsing them again
    takes ~30 ms of libyaml in the reload's thread; kept, they were ~1 MB of the bot's peak
    RSS (issue 10's bar). `bot.app.warm_reading` calls this once the start-up's reading is done."""
    _parsed.cache_clear()


def _load_file(path: Path, lang: Lang | None = None) -> NluData:
    text = path.read_text(encoding="utf-8")
    try:
        doc = _plain(yaml.compose(text, Loader=_LOADER), path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise NluDataError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("nlu"), list):
        raise NluDataError(f"{path}:1: expected a mapping with an `nlu:` list")
    data = NluData()
    for block in doc["nlu"]:
        _read_block(path, block, lang, data)
    return data


class _Mapping(dict):
    """A YAML mapping with the 1-based lines of itself and of each key (errors name them)."""

    line: int = 0
    key_lines: dict[str, int]


def _plain(node: yaml.Node | None, path: Path) -> Any:
    """The composed YAML as dicts (`_Mapping`), lists and strings. Scalars keep the text as
    written; only plain strings count as text (a number or a boolean where text belongs is
    reported). A key given twice is an error, as in the knowledge files."""
    if node is None:
        return None
    if isinstance(node, yaml.MappingNode):
        mapping = _Mapping()
        mapping.line, mapping.key_lines = node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in mapping:
                raise NluDataError(f"{path}:{key_node.start_mark.line + 1}: not valid YAML "
                                   f"(found duplicate key {key!r})")
            mapping[key] = _plain(value_node, path)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, path) for item in node.value]
    return node.value if node.tag == _STR else _Scalar(node.value)


class _Scalar:
    """A scalar that YAML reads as something other than text (a number, a boolean, null):
    no example, but it still names an intent or a synonym as written."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def _read_block(path: Path, block: Any, lang: Lang | None, data: NluData) -> None:
    line = _line(block)
    if not isinstance(block, dict):
        raise NluDataError(f"{path}:{line}: each `nlu:` item must be a mapping")
    kinds = [k for k in ("intent", "synonym", "lookup", "regex") if k in block]
    if len(kinds) != 1:
        raise NluDataError(f"{path}:{line}: give exactly one of intent, synonym, lookup, regex")
    kind, name = kinds[0], str(block[kinds[0]])
    entries = list(_entries(path, block))
    if kind == "intent":
        for text_line, offset in entries:
            where = f"{path}:{offset}"
            try:
                text, spans = parse_example(text_line)
            except ValueError as exc:
                raise NluDataError(f"{where}: {exc}") from None
            data.examples.append(Example(text, name, spans, lang, where))
    elif kind == "synonym":
        for alias, _ in entries:
            data.synonyms[alias] = name
    elif kind == "lookup":
        data.lookups.setdefault(name, []).extend(entry for entry, _ in entries)
    # regex blocks are Rasa features we do not use; reading them keeps the files portable.


def _entries(path: Path, block: Any) -> Iterator[tuple[str, int]]:
    """(text, line number) for each `- ...` line of an `examples: |` block (or a YAML list)."""
    examples = block.get("examples")
    start = _line(block)
    if isinstance(examples, str):
        # Line of the first entry: the block scalar starts on the line after `examples: |`.
        first = block.key_lines["examples"] + 1
        for i, raw in enumerate(examples.splitlines()):
            stripped = raw.strip()
            if not stripped:
                continue
            if not stripped.startswith("- "):
                raise NluDataError(f"{path}:{first + i}: example lines start with '- ': {raw!r}")
            yield stripped[2:].strip(), first + i
    elif isinstance(examples, list):
        for i, item in enumerate(examples):
            text = item.get("text") if isinstance(item, dict) else item
            if not isinstance(text, str):
                raise NluDataError(f"{path}:{start}: examples must be text")
            yield text.strip().removeprefix("- "), start + 1 + i
    else:
        raise NluDataError(f"{path}:{start}: `examples:` is missing")


def _line(node: Any) -> int:
    """1-based line of a mapping, or 0 when unknown."""
    return getattr(node, "line", 0)


def training_path(lang: Lang, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / f"nlu.{lang}.yml"


def test_path(lang: Lang, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / "test" / f"nlu.{lang}.yml"


def load_languages(paths: dict[Lang, Path]) -> dict[Lang, NluData]:
    """Each existing file, tagged with its language; missing files are skipped."""
    return {lang: load_file(path, lang) for lang, path in paths.items() if path.exists()}


def load_training(data_dir: Path = DATA_DIR, langs: Iterable[Lang] = LANGS) -> dict[Lang, NluData]:
    """The training file of every language that has one."""
    return load_languages({lang: training_path(lang, data_dir) for lang in langs})


def load_test(data_dir: Path = DATA_DIR, langs: Iterable[Lang] = LANGS) -> dict[Lang, NluData]:
    """The held-out file of every language that has one."""
    return load_languages({lang: test_path(lang, data_dir) for lang in langs})


def load_training_data(data_dir: Path = DATA_DIR) -> NluData:
    """All languages' training files merged: what the bot's one classifier is trained on."""
    merged = NluData()
    for data in load_training(data_dir).values():
        merged = merged.merge(data)
    return merged


def all_examples(by_lang: dict[Lang, NluData]) -> list[Example]:
    """Examples of every language, in language order."""
    return [ex for data in by_lang.values() for ex in data.examples]

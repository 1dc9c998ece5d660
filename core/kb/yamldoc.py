"""Read one YAML file into plain Python data plus the line/column of every key and value.

ruamel.yaml's round-trip loader remembers where each mapping key, value and list item starts;
we copy that into a `{path: position}` table and hand pydantic plain dicts/lists/str so its
errors (whose `loc` is such a path) can be pointed back at the exact spot in the file.
Time stamps are kept as the text staff wrote: pydantic parses them and insists on an offset,
whereas YAML would silently turn `2027-10-15 19:30` into a naive datetime.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarbool import ScalarBoolean

Path_ = tuple[str | int, ...]
Pos = tuple[int, int]  # 1-based (line, column)


class _TextTimestamps(RoundTripConstructor):
    """Round-trip constructor that leaves date/time scalars as their source text."""


_TextTimestamps.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda self, node: self.construct_scalar(node))


@dataclass
class Document:
    """One parsed file: `data` for pydantic, positions for messages."""

    file: str
    data: Any
    values: dict[Path_, Pos] = field(default_factory=dict)
    keys: dict[Path_, Pos] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    """The file's text by line, to place problems found inside a value (e.g. HTML)."""

    def resolve(self, loc: tuple[Any, ...]) -> tuple[Path_, bool]:
        """Follow a pydantic `loc` through the data as far as it exists.

        Returns the deepest existing path and whether the whole `loc` was found. Segments that are
        not data keys, like the tag pydantic inserts for a discriminated union (`add_to_calendar`),
        are skipped unless they are the last one (then the key is genuinely missing).
        """
        node, path = self.data, ()
        for i, seg in enumerate(loc):
            found, child = _child(node, seg)
            if found:
                node, path = child, path + (seg,)
            elif i == len(loc) - 1 or not isinstance(seg, str):
                return path, False
        return path, True

    def clean(self, loc: tuple[Any, ...]) -> tuple[Any, ...]:
        """`loc` without the segments `resolve` skips (union tags), for naming the field."""
        node, out = self.data, []
        for i, seg in enumerate(loc):
            found, child = _child(node, seg)
            if found:
                node = child
            elif i < len(loc) - 1 and isinstance(seg, str):
                continue
            out.append(seg)
        return tuple(out)

    def node(self, path: Path_) -> Any:
        node = self.data
        for seg in path:
            node = node[seg]
        return node

    def pos(self, path: Path_) -> Pos:
        """Where the value at `path` starts (or the closest enclosing value we know)."""
        while path and path not in self.values:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def key_pos(self, path: Path_) -> Pos:
        """Where the key of a mapping entry is written; the value position for list items."""
        return self.keys.get(path) or self.pos(path)


def _child(node: Any, seg: Any) -> tuple[bool, Any]:
    """(True, node[seg]) if `seg` is a key of a dict node or an index of a list node."""
    if isinstance(node, dict) and seg in node:
        return True, node[seg]
    if isinstance(node, list) and isinstance(seg, int) and 0 <= seg < len(node):
        return True, node[seg]
    return False, None


def parse_yaml(file: str, text: str) -> Document:
    """Parse `text`; raises `YamlSyntaxError` carrying a 1-based position and a plain message."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _TextTimestamps
    try:
        raw = yaml.load(text)
    except DuplicateKeyError as exc:
        raise YamlSyntaxError(_mark(exc), _duplicate_key_message(exc)) from None
    except MarkedYAMLError as exc:
        raise YamlSyntaxError(_mark(exc), _syntax_message(exc)) from None
    except YAMLError as exc:  # unmarked: rare, e.g. a stream error
        raise YamlSyntaxError((1, 1), f"YAML syntax error: {exc}") from None
    doc = Document(file, None, {(): (1, 1)}, lines=text.splitlines())
    doc.data = _plain(raw, (), doc)
    return doc


class YamlSyntaxError(Exception):
    def __init__(self, pos: Pos, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.message = message


def _plain(node: Any, path: Path_, doc: Document) -> Any:
    """Copy ruamel nodes into dict/list/str/int/float/bool, recording positions on the way."""
    if isinstance(node, CommentedMap):
        out: dict[Any, Any] = {}
        for key, value in node.items():
            skey = key if isinstance(key, str) else str(key)
            child = path + (skey,)
            kpos = _lc(node.lc.key, key)
            vpos = _lc(node.lc.value, key)
            if kpos:
                doc.keys[child] = kpos
            # An empty value (`es:`) has no position of its own; point at its key instead.
            doc.values[child] = (vpos if value is not None and vpos else kpos) or doc.pos(path)
            out[skey] = _plain(value, child, doc)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for i, value in enumerate(node):
            ipos = _lc(node.lc.item, i)
            doc.values[path + (i,)] = ipos or doc.pos(path)
            items.append(_plain(value, path + (i,), doc))
        return items
    if isinstance(node, ScalarBoolean):
        return bool(node)
    if isinstance(node, bool) or node is None:
        return node
    for plain_type in (str, int, float):
        if isinstance(node, plain_type):
            return plain_type(node)
    return node


def _lc(getter: Any, key: Any) -> Pos | None:
    """ruamel positions are 0-based and absent for merged (`<<:`) keys."""
    try:
        line, col = getter(key)
    except (KeyError, IndexError, TypeError):
        return None
    return (line + 1, col + 1)


def _mark(exc: MarkedYAMLError) -> Pos:
    """Where the problem is; for an unclosed quote or bracket, where it was opened."""
    problem, context = exc.problem or "", exc.context or ""
    unclosed = ("end of stream" in problem or "<stream end>" in problem
                or context.startswith("while parsing a flow"))
    mark = (exc.context_mark if unclosed else None) or exc.problem_mark or exc.context_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


_HINTS = {
    "mapping values are not allowed": "check the indentation, and put text containing ': ' in quotes",
    "cannot start any token": "indent with spaces, not tabs",
    "could not find expected ':'": "each line needs 'key: value'; check the indentation",
    "did not find expected key": "check the indentation of this line and the one above",
    "did not find expected '-' indicator": "list items must all start with '- ' at the same indentation",
    "found unexpected end of stream": "a quote or bracket is not closed",
    "<stream end>": "a quote or bracket is not closed",
    "expected <block end>": "this line is indented differently from the lines above it",
    "found undefined alias": "an '*alias' refers to an '&anchor' that does not exist",
}


def _syntax_message(exc: MarkedYAMLError) -> str:
    problem = (exc.problem or str(exc)).strip()
    hint = next((h for k, h in _HINTS.items() if k in problem), None)
    if (exc.context or "").startswith("while parsing a flow"):
        hint = "a '[' or '{' opened here is not closed, or a comma is missing"
    message = f"YAML syntax error: {problem}"
    return f"{message} ({hint})" if hint else message


def _duplicate_key_message(exc: DuplicateKeyError) -> str:
    problem = (exc.problem or "").strip()
    # ruamel says: found duplicate key "name" with value "..." (original value: "...")
    key = problem.split('"')[1] if problem.count('"') >= 2 else problem
    return f"the key '{key}' appears twice in the same block; keep only one"

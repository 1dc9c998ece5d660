"""`KnowledgeBase`: one immutable, validated snapshot of the knowledge folder, searchable.

A snapshot is built once (by `core.kb.loader.load_knowledge`) and never changed: hot reload
builds a new one and swaps the reference (see `core.kb.live`). Each snapshot owns a private
in-memory SQLite database with the records and the full-text index, written by the same
`compile_to` that `python -m bot kb compile` uses for an on-disk copy.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, TypeVar, get_args

import sqlite_utils
from pydantic import BaseModel

from core.i18n import LANGS, Lang
from core.kb.report import Report
from core.kb.schema import (
    Announcement,
    CatalogAbout,
    Contact,
    Event,
    Faq,
    Incentive,
    LocalizedList,
    LocalizedText,
    Location,
    Partner,
    Program,
    TaxonomyFile,
    Topic,
    Work,
)
from core.kb.search import (
    FIELD_WEIGHTS,
    TERMS_TOKENIZER,
    best_records,
    has_cjk,
    index_terms,
    normalize,
    parse_query,
)
from core.kb.validate import models_in

T = TypeVar("T")

Kind = Literal["location", "incentive", "work", "event", "program", "partner", "contact", "faq",
               "topic", "announcement", "era", "genre", "scene_type", "catalog"]
KINDS: tuple[Kind, ...] = get_args(Kind)

# kind -> (file, section in that file, table name in compiled databases)
KIND_SOURCES: dict[Kind, tuple[str, str, str]] = {
    "location": ("locations.yaml", "locations", "locations"),
    "incentive": ("incentives.yaml", "incentives", "incentives"),
    "work": ("catalog.yaml", "works", "works"),
    "event": ("events.yaml", "events", "events"),
    "program": ("programs.yaml", "programs", "programs"),
    "partner": ("partners.yaml", "partners", "partners"),
    "contact": ("contacts.yaml", "contacts", "contacts"),
    "faq": ("faq.yaml", "faq", "faq"),
    "topic": ("topics.yaml", "topics", "topics"),
    "announcement": ("announcements.yaml", "announcements", "announcements"),
    "era": ("taxonomy.yaml", "eras", "eras"),
    "genre": ("taxonomy.yaml", "genres", "genres"),
    "scene_type": ("taxonomy.yaml", "scene_types", "scene_types"),
    "catalog": ("catalog.yaml", "about", "catalog_about"),
}
"""`catalog` has a single record, id `about`: the catalog's own name and description."""

NAME_FIELDS = frozenset({"name", "title", "person", "aliases"})
"""Fields whose texts are names of the record, listed by `KnowledgeBase.terms()`."""


@dataclass(frozen=True)
class SearchHit:
    """One record found by `KnowledgeBase.search`; `field`/`lang` say where it matched best.

    `score` is relative (higher is better) and only comparable within one search.
    """

    kind: Kind
    id: str
    score: float
    field: str
    lang: Lang


class TermEntry(NamedTuple):
    """A name or alias of a record or taxonomy term, in one language (for entity matching).
    A named tuple: ~57,000 of them are made at every start at 100x the shipped knowledge, and a
    frozen dataclass costs twice the CPU to make."""

    kind: Kind
    id: str
    lang: Lang
    text: str


def _open_compiled(path: Path, version: str) -> sqlite_utils.Database | None:
    """The compiled tables of `version` read in place, or None (missing, unreadable, another
    version). Read-only and immutable: `save_compiled` never writes that file in place, it
    replaces it, and a connection open on the old file keeps reading the old one. Copying it
    into memory, as before, held a second copy of every table (~2 MB shipped, far more at
    100x the knowledge) for reads that SQLite's page cache and the OS serve as fast."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                               check_same_thread=False, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM kb_meta WHERE key = 'version'").fetchone()
        conn.execute("SELECT rows, avg_len FROM search_stats").fetchone()
    except sqlite3.Error:
        row = None
    if not row or row[0] != version:
        conn.close()
        return None
    return sqlite_utils.Database(conn, execute_plugins=False)  # as `core.store.connect`


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Read-only snapshot. Mappings are by id in file order; do not mutate the records."""

    version: str  # sha256 of the knowledge files' bytes
    directory: Path
    loaded_at: datetime
    report: Report  # warnings and coverage of this snapshot (it has no errors)
    taxonomy: TaxonomyFile
    catalog_about: CatalogAbout
    locations: Mapping[str, Location]
    incentives: Mapping[str, Incentive]
    works: Mapping[str, Work]
    events: Mapping[str, Event]
    programs: Mapping[str, Program]
    partners: Mapping[str, Partner]
    contacts: Mapping[str, Contact]
    faq: Mapping[str, Faq]
    topics: Mapping[str, Topic]
    announcements: Mapping[str, Announcement]
    _records: Mapping[Kind, Mapping[str, BaseModel]] = field(repr=False)
    _db: sqlite_utils.Database = field(repr=False)
    _lock: threading.Lock = field(repr=False)
    _terms: tuple[TermEntry, ...] = field(repr=False)
    # (kind, fields) -> the small search index of `may_match`, built on its first question
    _field_indexes: dict = field(default_factory=dict, repr=False)
    # what `derived` worked out from this snapshot's records, once each
    _derived: dict = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:  # the default would print every record
        return f"<KnowledgeBase {self.version[:12]} of {self.directory}: {sum(self.counts().values())} records>"

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def build(cls, models: Mapping[str, BaseModel], *, version: str, directory: Path,
              report: Report, compiled: Path | None = None) -> KnowledgeBase:
        """Snapshot from validated file models (all 11 present) and its search database.

        `compiled`: a database file written by `save_compiled` for this same `version`; it is
        read in place (read-only) instead of compiling the tables and search index again into
        memory (ignored if missing, unreadable or of another version)."""
        records = {kind: _by_id(_section(models[file], section))
                   for kind, (file, section, _table) in KIND_SOURCES.items()}
        from core.store import connect  # the store module owns connection settings

        in_place = _open_compiled(compiled, version) if compiled is not None else None
        db = in_place if in_place is not None else connect(":memory:")
        kb = cls(
            version=version, directory=Path(directory), loaded_at=datetime.now(UTC),
            report=report, taxonomy=models["taxonomy.yaml"],  # type: ignore[arg-type]
            catalog_about=models["catalog.yaml"].about,  # type: ignore[attr-defined]
            locations=records["location"], incentives=records["incentive"],  # type: ignore[arg-type]
            works=records["work"], events=records["event"],  # type: ignore[arg-type]
            programs=records["program"], partners=records["partner"],  # type: ignore[arg-type]
            contacts=records["contact"], faq=records["faq"],  # type: ignore[arg-type]
            topics=records["topic"], announcements=records["announcement"],  # type: ignore[arg-type]
            _records=MappingProxyType(records), _db=db, _lock=threading.Lock(),
            _terms=tuple(_terms(records)),
        )
        if in_place is None:
            kb.compile_to(db)
        return kb

    def save_compiled(self, path: Path) -> None:
        """Copy the compiled tables and search index to the file `path` (replaced atomically),
        for `build(..., compiled=path)` on the next start. Raises OSError or sqlite3.Error."""
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(partial)
        try:
            with self._lock:
                self._db.conn.backup(target)
        finally:
            target.close()
        partial.replace(path)

    # -- reading ---------------------------------------------------------------------------
    def lookup(self, kind: str, id: str) -> BaseModel | None:
        """The record of `kind` ('location', or its table name 'locations') with `id`, or None."""
        return self._records[_kind(kind)].get(id)

    def records(self, kind: str) -> Mapping[str, BaseModel]:
        """All records of one kind by id, in file order."""
        return self._records[_kind(kind)]

    def counts(self) -> dict[Kind, int]:
        return {kind: len(recs) for kind, recs in self._records.items()}

    def texts(self) -> Iterator[tuple[str, Lang, str]]:
        """(kind, lang, text) of every localized text of every record (names, descriptions,
        FAQ questions and answers...), in file order: the vocabulary the knowledge speaks."""
        for kind, recs in self._records.items():
            for record in recs.values():
                for _field, lang, text in _localized(record):
                    yield kind, lang, text

    def terms(self) -> list[TermEntry]:
        """Every name and alias of every record and taxonomy term, in every language given."""
        return list(self._terms)

    def search(self, text: str, lang: Lang | None = None, kinds: Iterable[str] | None = None,
               limit: int = 5) -> list[SearchHit]:
        """Records matching `text`, best first (see `core.kb.search` for the method).

        With `lang`, only texts in that language and in English are searched (English is what
        every record has and what partners often type names in); without it, all four.
        """
        langs = None if lang is None else tuple(dict.fromkeys((lang, "en")))
        wanted = None if kinds is None else tuple(_kind(k) for k in kinds)
        rows = None if wanted is None else self._rowids_of(wanted)
        with self._lock:  # one connection shared by threads: one query at a time
            best = best_records(self._db.conn, text, langs, wanted, limit, rows)
        return [SearchHit(kind=b.kind, id=b.record_id, score=round(b.score, 4), field=b.field,  # type: ignore[arg-type]
                          lang=b.lang) for b in best]

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()` worked out once per snapshot and kept under `key` (a tuple naming what it
        is, e.g. `("works_of_genre", "mystery")`): lists the router filters out of every record
        on many messages (2,400 works at 100x the knowledge) are read once, not per message. The
        value is shared: callers must not mutate it."""
        try:
            return self._derived[key]
        except KeyError:
            return self._derived.setdefault(key, build())

    def may_match(self, text: str, lang: Lang | None, kind: str, fields: tuple[str, ...]) -> bool:
        """Could `search(text, lang, kinds=[kind])` match any text of `kind` in one of `fields`
        (the last part of a hit's `field`: "title", "aliases")? False only when no such text
        matches any term of `text` the way the search matches them (the same FTS5 tokenizers,
        the same MATCH and `instr` tests, over those texts alone): then no hit of that search,
        however scored, comes from one of those fields. A caller that only wants such a hit
        (`intents.router`: an incentive's title) skips the search of the whole index, which
        scores every text of the language (~0.8 ms a message at the shipped size)."""
        query = parse_query(text)
        if query.empty:
            return False
        conn, lock = self._field_index(_kind(kind), fields)
        langs = None if lang is None else tuple(dict.fromkeys((lang, "en")))
        within = f" AND r.lang IN ({', '.join('?' * len(langs))})" if langs else ""
        params = list(langs or ())
        with lock:
            if query.phrases and conn.execute(
                    "SELECT 1 FROM texts_fts JOIN texts r ON r.rowid = texts_fts.rowid "
                    f"WHERE texts_fts MATCH ?{within} LIMIT 1", [query.match_expression(), *params]).fetchone():
                return True
            for term in [*query.pieces, *query.short_words]:
                if len(term) > 1:
                    sql = ("SELECT 1 FROM texts_terms JOIN texts r ON r.rowid = texts_terms.rowid "
                           f"WHERE texts_terms MATCH ?{within} LIMIT 1")
                    args = ['"' + term.replace('"', '""') + '"', *params]
                else:  # a lone character: the search's scan of the CJK texts
                    sql = f"SELECT 1 FROM texts r WHERE r.cjk = 1 AND instr(r.norm, ?) > 0{within} LIMIT 1"
                    args = [term, *params]
                if conn.execute(sql, args).fetchone():
                    return True
        return False

    def _rowids_of(self, kinds: tuple[str, ...]) -> tuple[int, int]:
        """The first and last `search` rowid of any of `kinds`' texts: the rows are written kind
        by kind (`_search_rows`), so a kind's texts are one run of rowids and the full-text
        indexes skip straight to it (~40 ms less for the 20 incentives at 100x the knowledge,
        whose words match thousands of works' texts). (0, -1) when none has a text."""
        spans = self.derived(("search_rowids",), self._kind_rowids)
        found = [spans[k] for k in kinds if k in spans]
        return (min(a for a, _ in found), max(b for _, b in found)) if found else (0, -1)

    def _kind_rowids(self) -> dict[str, tuple[int, int]]:
        with self._lock:
            return {kind: (lo, hi) for kind, lo, hi in self._db.conn.execute(
                "SELECT kind, min(rowid), max(rowid) FROM search GROUP BY kind")}

    def _field_index(self, kind: str, fields: tuple[str, ...]) -> tuple[sqlite3.Connection, threading.Lock]:
        """An in-memory copy of the search rows of `kind` in `fields`, with their own trigram and
        piece indexes (tokenized as `search_fts` and `search_terms`), once per snapshot."""
        key = (kind, fields)
        found = self._field_indexes.get(key)
        if found is not None:
            return found
        with self._lock:
            rows = [row for row in self._db.conn.execute(
                "SELECT rowid, lang, field, norm, cjk FROM search WHERE kind = ?", [kind]).fetchall()
                if row[2].rsplit(".", 1)[-1] in fields]
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("CREATE TABLE texts (rowid INTEGER PRIMARY KEY, lang TEXT, norm TEXT, cjk INTEGER)")
        conn.execute("CREATE VIRTUAL TABLE texts_fts USING fts5(norm, tokenize='trigram', "
                     "content='texts', content_rowid='rowid')")
        conn.execute(f"CREATE VIRTUAL TABLE texts_terms USING fts5(terms, tokenize = \"{TERMS_TOKENIZER}\")")
        conn.executemany("INSERT INTO texts VALUES (?, ?, ?, ?)", [(r[0], r[1], r[3], r[4]) for r in rows])
        conn.execute("INSERT INTO texts_fts (texts_fts) VALUES ('rebuild')")
        conn.executemany("INSERT INTO texts_terms (rowid, terms) VALUES (?, ?)",
                         [(r[0], terms) for r in rows if (terms := index_terms(r[3]))])
        conn.commit()
        # two threads building at once keep one of two equal indexes
        return self._field_indexes.setdefault(key, (conn, threading.Lock()))

    # -- export ----------------------------------------------------------------------------
    def compile_to(self, db: sqlite_utils.Database) -> None:
        """Write one table per kind (localized fields as `name_en`, `name_zh`...), the
        `search` table with its FTS5 trigram index `search_fts`, and `kb_meta`.

        Existing tables of the same names are replaced, so compiling twice is safe.
        """
        for kind, (_file, _section, table) in KIND_SOURCES.items():
            db[table].drop(ignore=True)
            rows = [_columns(type(r), r.model_dump(mode="json")) for r in self._records[kind].values()]
            if kind == "catalog":
                rows = [{"id": "about", **row} for row in rows]
            if rows:
                db[table].insert_all(rows, pk="id", alter=True)
            else:
                db[table].create({"id": str}, pk="id")
        self._compile_search(db)
        db["kb_meta"].drop(ignore=True)
        db["kb_meta"].insert_all([
            {"key": "version", "value": self.version},
            {"key": "loaded_at", "value": self.loaded_at.isoformat(timespec="seconds")},
            {"key": "directory", "value": str(self.directory)},
        ], pk="key")

    def compile_file(self, target: Path) -> None:
        """`compile_to` a new SQLite file that then replaces `target` in one rename, so a
        reader (the staff dashboard) never sees a half-written copy."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        db = sqlite_utils.Database(partial)
        try:
            self.compile_to(db)
        finally:
            db.close()
        partial.replace(target)

    def _compile_search(self, db: sqlite_utils.Database) -> None:
        db["search_fts"].drop(ignore=True)
        db["search_terms"].drop(ignore=True)
        db["search_stats"].drop(ignore=True)
        db["search"].drop(ignore=True)
        db["search"].create({"id": int, "kind": str, "record_id": str, "field": str, "lang": str,
                             "weight": float, "record_order": int, "text": str, "norm": str,
                             "cjk": int}, pk="id")
        # Plain executemany in one transaction: ~100,000 rows at 100x the shipped size, where
        # sqlite-utils' per-value checks would cost seconds of start-up.
        columns = ("kind", "record_id", "field", "lang", "weight", "record_order", "text", "norm",
                   "cjk")
        db.conn.execute("BEGIN")
        db.conn.executemany(
            f"INSERT INTO search ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            ([row[c] for c in columns] for row in _search_rows(self._records)))
        db.conn.execute("COMMIT")
        # Counted once here, not over every row on every search (100,000 rows at 100x).
        db.conn.execute("CREATE TABLE search_stats AS SELECT count(*) AS rows, "
                        "avg(length(norm)) AS avg_len FROM search")
        db["search"].create_index(["kind", "record_id"])
        db["search"].enable_fts(["norm"], tokenize="trigram", replace=True)
        db.conn.execute("CREATE VIRTUAL TABLE search_terms USING fts5(terms, tokenize = "
                        f"\"{TERMS_TOKENIZER}\")")
        db.conn.execute("BEGIN")
        db.conn.executemany("INSERT INTO search_terms (rowid, terms) VALUES (?, ?)",
                            ((rowid, terms) for rowid, norm in
                             db.conn.execute("SELECT id, norm FROM search").fetchall()
                             if (terms := index_terms(norm))))
        db.conn.execute("COMMIT")


# --------------------------------------------------------------------------- helpers
def _kind(name: str) -> Kind:
    """Accept 'location' or the table/attribute name 'locations'."""
    if name in KIND_SOURCES:
        return name  # type: ignore[return-value]
    for kind, (_file, section, table) in KIND_SOURCES.items():
        if name in (section, table):
            return kind
    raise ValueError(f"unknown kind {name!r}; use one of {', '.join(KINDS)}")


def _section(model: BaseModel, section: str) -> list[BaseModel]:
    value = getattr(model, section)
    return value if isinstance(value, list) else [value]


def _by_id(items: list[BaseModel]) -> Mapping[str, BaseModel]:
    return MappingProxyType({getattr(item, "id", "about"): item for item in items})


def _localized(obj: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Lang, str]]:
    """(field, lang, text) of every localized text inside a record, aliases one by one."""
    if isinstance(obj, LocalizedText):
        for lang in LANGS:
            if getattr(obj, lang):
                yield ".".join(path), lang, getattr(obj, lang)
    elif isinstance(obj, LocalizedList):
        for lang in LANGS:
            for word in getattr(obj, lang):
                yield ".".join(path), lang, word
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _localized(getattr(obj, name), path + (name,))
    elif isinstance(obj, list):
        for item in obj:
            yield from _localized(item, path)


def _search_rows(records: Mapping[Kind, Mapping[str, BaseModel]]) -> Iterator[dict[str, Any]]:
    order = 0
    for kind, recs in records.items():
        for rid, record in recs.items():
            order += 1
            for fld, lang, text in _localized(record):
                yield {"kind": kind, "record_id": rid, "field": fld, "lang": lang,
                       "weight": FIELD_WEIGHTS.get(fld.rsplit(".", 1)[-1], 1.0),
                       "record_order": order, "text": text, "norm": (norm := normalize(text)),
                       "cjk": int(has_cjk(norm))}


def _terms(records: Mapping[Kind, Mapping[str, BaseModel]]) -> Iterator[TermEntry]:
    seen: set[tuple[str, str, str, str]] = set()
    for kind, recs in records.items():
        for rid, record in recs.items():
            # Only the record's own name fields are walked, in field order: the other texts
            # (descriptions, addresses, schedules) are most of a record and never its names, and
            # walking them all was ~0.45 s of a start at 100x the shipped knowledge.
            for name in _name_fields(type(record)):
                for lang, text in _own_texts(getattr(record, name), name):
                    key = (kind, rid, lang, text)
                    if key not in seen:
                        seen.add(key)
                        yield TermEntry(kind, rid, lang, text)


@functools.cache
def _name_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` named in NAME_FIELDS, in field order (asked once per class, not
    once per record: 7,000 records at 100x the shipped knowledge)."""
    return tuple(name for name in model.model_fields if name in NAME_FIELDS)


def _own_texts(value: Any, name: str) -> Iterator[tuple[Lang, str]]:
    """(lang, text) of a name field's own texts, not those of a block nested in it: what
    `_localized` yields with the field's path, read directly from the two types names have."""
    if isinstance(value, LocalizedText):
        for lang in LANGS:
            if text := getattr(value, lang):
                yield lang, text
    elif isinstance(value, LocalizedList):
        for lang in LANGS:
            for word in getattr(value, lang):
                yield lang, word
    elif value is not None:
        yield from ((lang, text) for fld, lang, text in _localized(value, (name,)) if fld == name)


def _columns(model: type[BaseModel], data: Mapping[str, Any] | None, prefix: str = "") -> dict[str, Any]:
    """Flatten nested models into columns (`name_en`, `coordinates_lat`); lists stay JSON.

    Walks the model class, not the data, so an absent optional block (`address: null`) still
    yields the same `address_en`... columns as a present one.
    """
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        value = data.get(name) if data else None
        subs = list(models_in(info.annotation))
        if len(subs) == 1 and (value is None or isinstance(value, dict)) and \
                not _is_list(info.annotation):
            out.update(_columns(subs[0], value, f"{prefix}{name}_"))
        else:
            out[f"{prefix}{name}"] = value
    return out


def _is_list(annotation: Any) -> bool:
    origin = getattr(annotation, "__origin__", None)
    if origin is list:
        return True
    return any(_is_list(arg) for arg in get_args(annotation))

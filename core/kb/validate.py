"""Turn schema errors into plain sentences, and check what one file cannot check alone.

Three jobs, all writing into a `Report`:
1. `schema_issues`: pydantic errors -> `file:line:column: message` phrased for staff, not
   programmers (pydantic's "Input should be a valid dictionary" means nothing to them).
2. `check_references`: duplicate ids, and ids pointing into another file (genres, contacts,
   events, topics...), each reported where the bad id is written.
3. `add_warnings`: missing translations per record and field, `source: sample` counts, and the
   per-language coverage.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, ValidationError

from core.i18n import LANGS
from core.kb.report import Report
from core.kb.schema import (
    ID_PATTERN,
    Announcement,
    AnnouncementsFile,
    EventButton,
    LocalizedText,
    Record,
)
from core.telegram_html import CAPTION_LIMIT, TEXT_LIMIT, html_problems, visible_length

if TYPE_CHECKING:  # annotations only: the YAML parser is not needed to use a saved snapshot
    from core.kb.yamldoc import Document, Path_

LANG_EN_NAMES = {"en": "English", "es": "Spanish", "zh": "Chinese", "ko": "Korean"}

# How staff call one entry of each list, for "... in location 'qin_palace'".
SECTION_LABELS = {
    "locations": "location", "incentives": "incentive", "works": "work", "events": "event",
    "programs": "program", "partners": "partner", "contacts": "contact", "faq": "FAQ entry",
    "topics": "topic", "announcements": "announcement", "eras": "era", "genres": "genre",
    "scene_types": "scene type",
}

Models = Mapping[str, BaseModel]
"""Validated file models by file name; files that failed validation are absent."""


# --------------------------------------------------------------------------- schema errors
def schema_issues(doc: Document, model: type[BaseModel], exc: ValidationError, report: Report) -> None:
    """Add one error per pydantic error, at the key/value it is about."""
    for err in exc.errors(include_url=False):
        loc = doc.clean(tuple(err["loc"]))
        path, complete = doc.resolve(loc)
        # An unknown key is shown at the key; a missing one at the entry that lacks it
        # (`path` then stops at that entry); anything else at the offending value.
        pos = doc.key_pos(path) if err["type"] == "extra_forbidden" and complete else doc.pos(path)
        if err["type"] == "value_error" and complete:  # "ends is before starts": show `ends`
            first_word = str(err["msg"]).removeprefix("Value error, ").split(" ", 1)[0]
            node = doc.node(path)
            if isinstance(node, dict) and first_word in node:
                pos = doc.pos(path + (first_word,))
        report.error(doc.file, pos, _phrase(err, loc, doc, model))


def record_where(doc: Document, loc: tuple[Any, ...]) -> tuple[str | None, int]:
    """"location 'qin_palace'" for a loc inside a record, and how many loc segments that took."""
    if not loc:
        return None, 0
    section = loc[0]
    if section == "about" and doc.file == "catalog.yaml":
        return "the catalog's 'about' section", 1
    if section in SECTION_LABELS and len(loc) >= 2 and isinstance(loc[1], int):
        label = SECTION_LABELS[section]
        try:
            record = doc.data[section][loc[1]]
        except (KeyError, IndexError, TypeError):
            record = None
        rid = record.get("id") if isinstance(record, dict) else None
        if isinstance(rid, str) and rid:
            return f"{label} '{rid}'", 2
        return f"{label} #{loc[1] + 1}", 2
    return None, 0


def describe_field(rel: tuple[Any, ...]) -> str:
    """Name a field inside a record the way staff see it in the file."""
    if not rel:
        return "this entry"
    last, parent = rel[-1], rel[:-1]
    if isinstance(last, int):
        return f"item {last + 1} of {describe_field(parent)}" if parent else f"item {last + 1}"
    if last in LANG_EN_NAMES and parent and isinstance(parent[-1], str):
        return f"the {LANG_EN_NAMES[last]} text of {describe_field(parent)}"
    if parent and isinstance(parent[-1], int) and len(parent) >= 2:
        return f"'{last}' of '{parent[-2]}' item {parent[-1] + 1}"
    return f"'{last}'" + (f" of {describe_field(parent)}" if parent else "")


def _phrase(err: Mapping[str, Any], loc: tuple[Any, ...], doc: Document,
            model: type[BaseModel]) -> str:
    """One sentence for one pydantic error; the record ('in event x') is appended or prefixed."""
    where, depth = record_where(doc, loc)
    rel = loc[depth:]
    field = describe_field(rel) if rel else None
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    got = _show(value)
    in_where = f" in {where}" if where else ""

    if kind == "missing":
        if not where and len(loc) == 1:
            return f"'{loc[0]}' is missing: the file must have a '{loc[0]}:' section"
        return f"{field} is missing{in_where}"
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else (
            f" (allowed: {', '.join(allowed)})" if allowed else "")
        if " " in str(loc[-1]):  # `{en: Festivals, screenings ...}` split at the comma
            hint += "; text with commas inside { } must be in quotes"
        return f"unknown field {field or repr(loc[-1])}{in_where}{hint}"
    if kind in ("value_error", "assertion_error"):
        message = str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
        head = " of ".join(x for x in (field, where) if x)
        return f"{head}: {message}" if head else message
    if field is None and where:  # the entry itself is wrong, e.g. `- qin_palace` instead of a block
        return _phrase_value(kind, where[0].upper() + where[1:], ctx, got, err["msg"])
    label = field or (f"'{loc[-1]}'" if loc else "the file")
    return _phrase_value(kind, label, ctx, got, err["msg"]) + in_where


def _phrase_value(kind: str, field: str, ctx: Mapping[str, Any], got: str, msg: str) -> str:
    """Messages for a wrong value, keyed by pydantic error type."""
    if kind in _DATETIME_TYPES:
        return f"{field} needs a date, time and UTC offset, e.g. 2027-10-15T19:30:00+08:00{got}"
    if kind.startswith("url_"):
        return f"{field} must be a full web address such as https://example.com{got}"
    if kind == "string_pattern_mismatch":
        return _pattern_message(field, str(ctx.get("pattern", "")), got)
    if kind == "literal_error":
        return f"{field} must be one of {ctx.get('expected', '?')}{got}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if ctx.get("class_name") in ("LocalizedText", "LocalizedList"):
            return (f"{field} must be given per language: put 'en: ...' (and es:, zh:, ko:) "
                    f"on indented lines below it{got}")
        return f"{field} must be a block of 'key: value' lines{got}"
    if kind == "union_tag_invalid":
        return (f"{field} has an unknown {ctx.get('discriminator', 'kind')} "
                f"'{ctx.get('tag')}' (use one of {ctx.get('expected_tags')})")
    if kind == "union_tag_not_found":
        return f"{field} needs a {ctx.get('discriminator', 'kind')} line"
    simple = {
        "string_type": f"{field} must be text (put it in quotes){got}",
        "string_too_short": f"{field} is empty",
        "string_too_long": f"{field} is too long (at most {ctx.get('max_length')} characters)",
        "int_parsing": f"{field} must be a whole number{got}",
        "int_type": f"{field} must be a whole number{got}",
        "int_from_float": f"{field} must be a whole number{got}",
        "float_parsing": f"{field} must be a number{got}",
        "float_type": f"{field} must be a number{got}",
        "bool_parsing": f"{field} must be true or false{got}",
        "bool_type": f"{field} must be true or false{got}",
        "greater_than": f"{field} must be greater than {ctx.get('gt')}{got}",
        "greater_than_equal": f"{field} must be at least {ctx.get('ge')}{got}",
        "less_than": f"{field} must be less than {ctx.get('lt')}{got}",
        "less_than_equal": f"{field} must be at most {ctx.get('le')}{got}",
        "too_short": f"{field} needs at least {ctx.get('min_length')} item(s)",
        "too_long": f"{field} can have at most {ctx.get('max_length')} item(s)",
        "list_type": f"{field} must be a list: one '- item' line each, or [a, b]{got}",
    }
    return simple.get(kind, f"{field}: {msg}{got}")


_DATETIME_TYPES = {"timezone_aware", "datetime_parsing", "datetime_type", "datetime_from_date_parsing",
                   "datetime_object_invalid", "datetime_past", "datetime_future", "timezone_naive"}


def _pattern_message(field: str, pattern: str, got: str) -> str:
    if pattern == ID_PATTERN:
        return f"{field} must be an id of lower-case letters, digits and _ (e.g. qin_palace){got}"
    if pattern == r"^[A-Z]{2}$":
        return f"{field} must be a two-letter country code in capitals, such as CN, KR or ES{got}"
    if "@" in pattern and "\\w" not in pattern:
        return f"{field} must be an e-mail address like name@example.com{got}"
    if pattern.startswith("^@"):
        return f"{field} must be a Telegram username like @hengdian_intl{got}"
    return f"{field} has the wrong format{got}"


def _show(value: Any) -> str:
    """`, not 'twelve'` when the offending value is short enough to help."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    text = str(value)
    if len(text) > 50:
        text = text[:47] + "..."
    return f", not '{text}'"


def _allowed_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the sub-model at `loc`, to suggest the right spelling of a typo."""
    current: Any = model
    for seg in loc:
        if isinstance(seg, int):
            continue
        current = _submodel(current, seg)
        if current is None:
            return []
    return list(current.model_fields) if isinstance(current, type) and issubclass(current, BaseModel) else []


def _submodel(model: Any, name: str) -> Any:
    """The model class behind field `name` (through Optional, list and tagged unions)."""
    if isinstance(model, _UnionOf):  # `name` is the tag pydantic put in the loc
        for variant in model.models:
            kind = variant.model_fields.get("kind")
            if kind is not None and name in get_args(kind.annotation):
                return variant
        return None
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return None
    info = model.model_fields.get(name)
    if info is None:
        return None
    candidates = list(models_in(info.annotation))
    if len(candidates) > 1:
        return _UnionOf(candidates)
    return candidates[0] if candidates else None


class _UnionOf:
    """Stand-in for a union of models while following a loc: the next segment is its tag."""

    def __init__(self, models: list[type[BaseModel]]) -> None:
        self.models = models


def models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    """The pydantic models named in a field's type, through Optional/list/Annotated/Union."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
        return
    for arg in get_args(annotation):
        yield from models_in(arg)


# --------------------------------------------------------------------------- records
def file_records(model: BaseModel) -> Iterator[tuple[Path_, BaseModel]]:
    """Every record of a file model with its path: ('locations', 3) or ('about',)."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield (name, i), item
        elif isinstance(value, BaseModel):
            yield (name,), value


def localized_texts(obj: Any, path: Path_ = ()) -> Iterator[tuple[Path_, LocalizedText]]:
    """Every LocalizedText inside a record (nested ones too, e.g. button labels)."""
    if isinstance(obj, LocalizedText):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from localized_texts(getattr(obj, name), path + (name,))
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from localized_texts(item, path + (i,))


# --------------------------------------------------------------------------- cross-references
def check_references(docs: Mapping[str, Document], models: Models, directory: Path,
                     report: Report) -> None:
    """Duplicate ids and ids that point into other files; each check needs its files valid."""
    for file, model in models.items():
        _check_duplicates(docs[file], model, report)
    tax = models.get("taxonomy.yaml")
    known = {
        "era": _ids(tax, "eras"), "genre": _ids(tax, "genres"),
        "scene type": _ids(tax, "scene_types"),
        "contact": _ids(models.get("contacts.yaml"), "contacts"),
        "location": _ids(models.get("locations.yaml"), "locations"),
        "partner": _ids(models.get("partners.yaml"), "partners"),
        "event": _ids(models.get("events.yaml"), "events"),
        "topic": _ids(models.get("topics.yaml"), "topics"),
    }
    for file, model in models.items():
        doc = docs[file]
        for path, record in file_records(model):
            where, _ = record_where(doc, path)
            for rel, what in _references(record):
                value = _get(record, rel)
                ids = known[what]
                if ids is not None and value is not None and value not in ids:
                    report.error(file, doc.pos(path + rel), _unknown(what, value, where, ids))
    announcements = models.get("announcements.yaml")
    if isinstance(announcements, AnnouncementsFile):
        _check_announcements(docs["announcements.yaml"], announcements, directory, report)


def _ids(model: BaseModel | None, section: str) -> list[str] | None:
    """Ids of one section in file order, or None when that file did not validate."""
    if model is None:
        return None
    return [r.id for r in getattr(model, section)]


def _references(record: BaseModel) -> Iterator[tuple[Path_, str]]:
    """(relative path, kind of id) of every id this record refers to."""
    fields = type(record).model_fields
    targets = {"eras": "era", "scene_types": "scene type", "genres": "genre", "contact": "contact",
               "location": "location", "partners": "partner", "event": "event"}
    if isinstance(record, Record):
        for name, what in targets.items():
            if name not in fields:
                continue
            value = getattr(record, name)
            if isinstance(value, list):
                yield from (((name, i), what) for i in range(len(value)))
            else:
                yield (name,), what
    audience = getattr(record, "audience", None)
    if audience is not None:
        yield from ((("audience", "topics", i), "topic") for i in range(len(audience.topics)))
    for i, button in enumerate(getattr(record, "buttons", None) or []):
        if isinstance(button, EventButton):
            yield ("buttons", i, "event"), "event"


def _get(obj: Any, rel: Path_) -> Any:
    for seg in rel:
        obj = obj[seg] if isinstance(seg, int) else getattr(obj, seg)
    return obj


def _unknown(what: str, value: str, where: str | None, ids: list[str]) -> str:
    close = difflib.get_close_matches(value, ids, n=1, cutoff=0.6)
    shown = ", ".join(ids[:10]) + (", ..." if len(ids) > 10 else "") if ids else "none defined"
    hint = f"; did you mean '{close[0]}'?" if close else ""
    in_where = f" in {where}" if where else ""
    return f"unknown {what} '{value}'{in_where}{hint} (known: {shown})"


def _check_duplicates(doc: Document, model: BaseModel, report: Report) -> None:
    """Ids must be unique within each list (each taxonomy section separately)."""
    for name in type(model).model_fields:
        items = getattr(model, name)
        if not isinstance(items, list):
            continue
        first: dict[str, int] = {}
        for i, item in enumerate(items):
            rid = getattr(item, "id", None)
            if rid is None:
                continue
            if rid in first:
                line = doc.pos((name, first[rid], "id"))[0]
                report.error(doc.file, doc.pos((name, i, "id")),
                             f"duplicate id '{rid}' in {name}: already used on line {line}")
            else:
                first[rid] = i


@dataclass(frozen=True)
class AnnouncementIssue:
    """Something in one announcement that would fail at delivery: `path` inside the record
    (e.g. ('text', 'es')), `offset` the character inside that text when known."""

    path: Path_
    message: str
    offset: int | None = None

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.path) + ": " + self.message


def announcement_issues(ann: Announcement, now: datetime | None = None) -> list[AnnouncementIssue]:
    """What Telegram or the scheduler would refuse in one announcement: its schedule (checked
    with the scheduler's own rules, `jobs.schedule`), its text (Telegram's HTML parse mode,
    `core.telegram_html`, and length limits) and its button labels. [] when deliverable."""
    from jobs.schedule import ScheduleError, check_recurrence, next_after  # jobs imports core

    issues: list[AnnouncementIssue] = []
    rec = ann.recurrence
    if rec is not None:
        field = "cron" if rec.cron else "rrule"
        try:
            check_recurrence(rec)
            next_after(rec, now or datetime.now(UTC))  # the scheduler's iteration must work too
        except ScheduleError as exc:
            issues.append(AnnouncementIssue(("recurrence", field), str(exc)))
        except Exception as exc:  # noqa: BLE001 - croniter/dateutil give up on rules that never fire
            issues.append(AnnouncementIssue(("recurrence", field), f"cannot be scheduled: {exc}"))
    limit = CAPTION_LIMIT if ann.photo else TEXT_LIMIT
    for lang in LANGS:
        text = getattr(ann.text, lang)
        if not text:
            continue
        for problem in html_problems(text):
            issues.append(AnnouncementIssue(("text", lang), problem.message, problem.offset))
        if (n := visible_length(text)) > limit:
            what = "a photo caption" if ann.photo else "a message"
            issues.append(AnnouncementIssue(("text", lang), f"{n} characters, over Telegram's "
                                                            f"{limit} for {what}"))
    for i, button in enumerate(ann.buttons):
        label = getattr(button, "label", None)
        for lang in LANGS:
            value = getattr(label, lang, None) if label is not None else None
            if value and len(value) > 64:
                issues.append(AnnouncementIssue(("buttons", i, "label", lang),
                                                "longer than 64 characters"))
    return issues


def _check_announcements(doc: Document, model: AnnouncementsFile, directory: Path,
                         report: Report) -> None:
    """What would fail only at delivery time (`announcement_issues`) and photos that are not
    there. Each is an *isolated* error: that announcement is left out, the others keep
    syncing."""
    now = datetime.now(UTC)
    for i, ann in enumerate(model.announcements):
        where = f"announcement '{ann.id}'"
        for issue in announcement_issues(ann, now):
            path = ("announcements", i, *issue.path)
            if issue.path[0] == "text":
                lang = issue.path[1]
                text = getattr(ann.text, lang)
                pos = doc.pos(path) if issue.offset is None else _text_pos(doc, path, text,
                                                                            issue.offset)
                head = f"the {LANG_EN_NAMES[lang]} text of {where}"
            else:
                pos = doc.pos(path)
                head = f"{describe_field(issue.path)} of {where}"
            report.isolate(doc.file, pos, f"{head}: {issue.message}", ann.id)
        photo = ann.photo
        if photo and not re.match(r"https?://", photo) and not _inside(directory, photo):
            report.isolate(doc.file, doc.pos(("announcements", i, "photo")),
                           f"photo '{photo}' of {where} is not a file in the knowledge folder "
                           f"(give a path relative to it, or an https:// address)", ann.id)


def _text_pos(doc: Document, path: Path_, text: str, offset: int) -> tuple[int, int]:
    """Line and column of character `offset` of a text value in the file. Exact for one-line
    values; for multi-line (block) values, the line inside the block."""
    line, col = doc.pos(path)
    before = text[:offset]
    nl = before.count("\n")
    if nl == 0:
        raw = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
        quoted = raw[col - 1:col] in ("'", '"')
        return line, col + offset + (1 if quoted else 0)
    block = line + (1 if doc.lines and doc.lines[line - 1].rstrip().endswith(("|", ">", "|-", ">-")) else 0)
    return block + nl, 1


def _inside(directory: Path, relative: str) -> bool:
    """The photo exists and stays inside the knowledge folder (no ../ escapes)."""
    try:
        target = (directory / relative).resolve()
        return target.is_file() and target.is_relative_to(directory.resolve())
    except (OSError, ValueError):
        return False


# --------------------------------------------------------------------------- warnings
def add_warnings(docs: Mapping[str, Document], models: Models, report: Report) -> None:
    """Missing translations per field, `source: sample` per file, and coverage per language."""
    for file, model in models.items():
        doc = docs[file]
        samples: list[str] = []
        first_sample: tuple[int, int] | None = None
        for path, record in file_records(model):
            where, _ = record_where(doc, path)
            for rel, text in localized_texts(record):
                _count(text, report)
                missing = text.missing()
                if missing:
                    langs = ", ".join(LANG_EN_NAMES[lang] for lang in missing)
                    report.warn(file, doc.pos(path + rel),
                                f"{where}: {describe_field(rel)} has no {langs} translation")
            if getattr(record, "source", None) == "sample":
                samples.append(getattr(record, "id", None) or path[0])
                first_sample = first_sample or doc.pos(path)
        if samples:
            report.sample_records += len(samples)
            report.warn(file, first_sample, f"{len(samples)} record(s) marked 'source: sample' must "
                                            f"be confirmed before launch: {', '.join(samples)}")


def _count(text: LocalizedText, report: Report) -> None:
    for lang in LANGS:
        report.coverage[lang].total += 1
        if getattr(text, lang):
            report.coverage[lang].filled += 1


def unknown_files(directory: Path, expected: Iterable[str], report: Report) -> None:
    """A stray `location.yaml` or `notes.yml` is ignored, but say so: it is often a typo."""
    expected = list(expected)
    for path in sorted(directory.glob("*.y*ml")):
        if path.name in expected or path.suffix not in (".yaml", ".yml"):
            continue
        close = difflib.get_close_matches(path.name, expected, n=1, cutoff=0.7)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        report.warn(path.name, None, f"not a knowledge file, ignored{hint}")

"""The contract between staff-edited YAML in `knowledge/` and the code.

One pydantic model per file. Every record has a stable `id`, English text (other languages fall
back to English) and a `source`: a seed document's file name, `public` for a well-known public
fact, or `sample` for plausible content staff must confirm before launch. Cross-references
(genre ids, event ids, contact ids, topic ids) are checked by `core.kb.validate`, not here,
because they span files.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    field_validator,
    model_validator,
)

from core.i18n import LANGS, Lang

ID_PATTERN = r"^[a-z0-9][a-z0-9_]*$"
RecordId = Annotated[str, Field(pattern=ID_PATTERN, max_length=40,
                                description="Stable identifier: lower-case letters, digits and _")]


class Strict(BaseModel):
    """Unknown keys are an error: a typo like `titel:` must not silently vanish."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LocalizedText(Strict):
    """Text in each language; English is required, the others fall back to it."""

    en: str = Field(min_length=1, description="English text (required)")
    es: str | None = Field(None, description="Spanish text")
    zh: str | None = Field(None, description="Chinese (simplified) text")
    ko: str | None = Field(None, description="Korean text")

    def get(self, lang: Lang) -> str:
        return getattr(self, lang, None) or self.en

    def missing(self) -> list[Lang]:
        return [lang for lang in LANGS if not getattr(self, lang)]

    def all(self) -> list[str]:
        return [t for t in (getattr(self, lang) for lang in LANGS) if t]


class LocalizedList(Strict):
    """Words in each language, e.g. aliases that should find a record."""

    en: list[str] = Field(default_factory=list)
    es: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    ko: list[str] = Field(default_factory=list)

    def all(self) -> list[str]:
        return [w for lang in LANGS for w in getattr(self, lang)]

    def missing(self) -> list[Lang]:
        return [lang for lang in LANGS if not getattr(self, lang)]


def _check_source(value: str) -> str:
    if value in ("sample", "public") or re.fullmatch(r"[\w.-]+\.txt", value):
        return value
    raise ValueError("source must be a seed file name (e.g. 000_de9661de1bd6587d.txt), "
                     "'public' or 'sample'")


Source = Annotated[str, AfterValidator(_check_source),
                   Field(description="Seed file name, 'public' (well-known fact) or 'sample' "
                                     "(to confirm before launch)")]


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}; use a name like Asia/Shanghai") from None
    return value


TimeZoneName = Annotated[str, AfterValidator(_check_timezone)]


def _english_only(value: object) -> object:
    """Older files wrote some display notes as one English string; read it as {en: ...}."""
    return {"en": value} if isinstance(value, str) else value


class Record(Strict):
    id: RecordId
    source: Source


class Term(Strict):
    """A word of the shared vocabulary (era, genre, scene type) with its names and aliases."""

    id: RecordId
    name: LocalizedText
    aliases: LocalizedList = Field(default_factory=LocalizedList)


class TaxonomyFile(Strict):
    """knowledge/taxonomy.yaml: the vocabulary other files refer to by id."""

    eras: list[Term]
    genres: list[Term]
    scene_types: list[Term]
    proper_words: LocalizedList = Field(
        default_factory=LocalizedList,
        description="words that keep their capital inside a sentence when they begin a name or label "
                    "(\"Ming dynasty\", \"Korean short drama platform\"); other labels read in lower case "
                    "mid-sentence in English and Spanish (\"scenes: palace / throne hall and city walls\")")


class Coordinates(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Location(Record):
    name: LocalizedText
    kind: Literal["standing_set", "virtual_production", "international_set", "studio_complex"]
    status: Literal["open", "under_construction"] = "open"
    era: LocalizedText = Field(description="Period shown to partners, e.g. 'Ming and Qing dynasties'")
    eras: list[RecordId] = Field(default_factory=list, description="taxonomy era ids")
    scene_types: list[RecordId] = Field(default_factory=list, description="taxonomy scene type ids")
    genres: list[RecordId] = Field(default_factory=list, description="taxonomy genre ids it suits")
    aliases: LocalizedList = Field(default_factory=LocalizedList)
    description: LocalizedText
    address: LocalizedText | None = None
    coordinates: Coordinates


class LocationsFile(Strict):
    locations: list[Location]


class Incentive(Record):
    title: LocalizedText
    aliases: LocalizedList = Field(
        default_factory=LocalizedList,
        description="What partners call the support besides its title, e.g. 'on-site services', "
                    "'local crew and extras', '现场服务'; they find the record like a name")
    summary: LocalizedText
    eligibility: LocalizedText
    how_to_apply: LocalizedText
    contact: RecordId = Field(description="id of a record in contacts.yaml")


class IncentivesFile(Strict):
    incentives: list[Incentive]


class Work(Record):
    """One title of the 2025 international cultural and tourism short drama cooperation catalog."""

    title: LocalizedText
    genres: list[RecordId] = Field(min_length=1, description="taxonomy genre ids")
    logline: LocalizedText
    episodes: int = Field(gt=0, le=500)
    episode_minutes: float | None = Field(None, gt=0, le=60)
    languages: list[Lang] = Field(min_length=1, description="languages available: en, es, zh, ko")
    coproduction: Literal["seeking_partners", "in_development", "in_production",
                          "available_for_licensing", "completed"]
    contact: RecordId


class CatalogAbout(Strict):
    name: LocalizedText
    description: LocalizedText
    source: Source


class CatalogFile(Strict):
    about: CatalogAbout
    works: list[Work]


class Event(Record):
    name: LocalizedText
    aliases: LocalizedList = Field(
        default_factory=LocalizedList,
        description="Short names partners use, e.g. 'film fest', 'signing ceremony', '签约仪式'")
    description: LocalizedText
    status: Literal["scheduled", "provisional", "proposed", "past", "cancelled"] = "scheduled"
    starts: AwareDatetime = Field(description="ISO date-time with offset, e.g. 2027-10-15T19:30:00+08:00")
    ends: AwareDatetime | None = None
    timezone: TimeZoneName = Field("Asia/Shanghai", description="IANA zone the event is held in")
    recurrence: Annotated[LocalizedText, BeforeValidator(_english_only)] | None = Field(
        None, description="How often it happens, shown to partners, in each language, e.g. "
                          "{en: every October, es: cada octubre, zh: 每年十月, ko: 매년 10월} "
                          "(a plain string is read as English only)")
    venue: LocalizedText | None = None
    location: RecordId | None = Field(None, description="id in locations.yaml")
    partners: list[RecordId] = Field(default_factory=list, description="ids in partners.yaml")
    organisers: LocalizedText | None = Field(
        None, description="Who hosts it, as partners should read it, when a host has no record in "
                          "partners.yaml (e.g. the Alliance itself); absent = the partners listed")
    url: HttpUrl | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The zone the event is held in (`timezone`, validated to be a known IANA name)."""
        return ZoneInfo(self.timezone)

    @model_validator(mode="after")
    def _ends_after_start(self) -> Event:
        if self.ends and self.ends < self.starts:
            raise ValueError("ends is before starts")
        return self


class EventsFile(Strict):
    events: list[Event]


class Program(Record):
    name: LocalizedText
    aliases: LocalizedList = Field(default_factory=LocalizedList)
    summary: LocalizedText
    details: LocalizedText


class ProgramsFile(Strict):
    programs: list[Program]


class Partner(Record):
    name: LocalizedText
    aliases: LocalizedList = Field(default_factory=LocalizedList)
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166 country code, e.g. CN, KR, ES")
    kind: LocalizedText = Field(description="What the company is, e.g. 'short drama platform'")
    description: LocalizedText
    website: HttpUrl | None = None
    contact: RecordId | None = None
    member: bool | None = Field(None, description="Whether the sources name it a member of the Alliance: "
                                "true when they do, false when they say it is not, left out when they do not say")


class PartnersFile(Strict):
    partners: list[Partner]


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_CLOCK = r"^([01]\d|2[0-3]):[0-5]\d$"


class OfficeHours(Strict):
    """When a team answers, for the honest response time a partner is told on a handoff."""

    days: str = Field(pattern=r"^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$",
                      description="Working days as a range or one day: mon-fri, mon-sat, sat")
    start: str = Field(pattern=_CLOCK, description="Opening time, 24-hour HH:MM, e.g. \"09:00\"")
    end: str = Field(pattern=_CLOCK, description="Closing time, 24-hour HH:MM, after start, e.g. \"17:30\"")
    timezone: str = Field("Asia/Shanghai", description="IANA time zone of start and end")

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use an IANA name like Asia/Shanghai") from None
        return value

    @model_validator(mode="after")
    def _order(self) -> OfficeHours:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} must be after start {self.start}")
        return self

    def weekdays(self) -> list[int]:
        """Working days as Python weekday numbers (Monday = 0)."""
        first, _, last = self.days.partition("-")
        a, b = WEEKDAYS.index(first), WEEKDAYS.index(last or first)
        return [d % 7 for d in range(a, (b if b >= a else b + 7) + 1)]


class Contact(Record):
    role: LocalizedText
    person: LocalizedText | None = None
    email: str | None = Field(None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = None
    telegram: str | None = Field(None, pattern=r"^@\w{4,}$")
    hours: LocalizedText | None = None
    office_hours: OfficeHours | None = Field(
        None, description="Structured working hours; partners who ask for a person are told when "
                          "to expect a reply, in their own time zone")


class ContactsFile(Strict):
    contacts: list[Contact]


class Faq(Record):
    question: LocalizedText
    paraphrases: LocalizedList = Field(
        default_factory=LocalizedList,
        description="Other ways partners ask this question, a few per language; the bot learns "
                    "them as examples (add a line to teach it a new wording)")
    answer: LocalizedText
    tags: list[str] = Field(default_factory=list)


class FaqFile(Strict):
    faq: list[Faq]


class Topic(Record):
    """A subscription topic partners can toggle in /subscribe."""

    name: LocalizedText
    description: LocalizedText
    aliases: LocalizedList = Field(
        default_factory=LocalizedList,
        description="Words partners use for this topic besides its name, e.g. Korea, K-drama, "
                    "韩国; \"subscribe me to Korea news\" then switches this topic on directly")


class TopicsFile(Strict):
    topics: list[Topic]


class UrlButton(Strict):
    kind: Literal["url"]
    label: LocalizedText
    url: HttpUrl


class EventButton(Strict):
    kind: Literal["add_to_calendar", "remind_me"]
    event: RecordId


Button = Annotated[UrlButton | EventButton, Field(discriminator="kind")]


class Recurrence(Strict):
    """Exactly one of cron (5 fields) or rrule (RFC 5545), evaluated in `timezone`."""

    cron: str | None = None
    rrule: str | None = None
    timezone: TimeZoneName = "Asia/Shanghai"
    until: AwareDatetime | None = None

    @model_validator(mode="after")
    def _one_rule(self) -> Recurrence:
        if bool(self.cron) == bool(self.rrule):
            raise ValueError("give exactly one of cron or rrule")
        return self


class Audience(Strict):
    topics: list[RecordId] = Field(min_length=1, description="ids in topics.yaml")
    languages: list[Lang] | None = Field(None, description="only partners using these languages")
    countries: list[str] | None = Field(None, description="ISO country codes, e.g. MX, ES, KR")

    @field_validator("countries")
    @classmethod
    def _upper(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        for code in value:
            if not re.fullmatch(r"[A-Za-z]{2}", code):
                raise ValueError(f"{code!r} is not a two-letter country code")
        return [c.upper() for c in value]


class Announcement(Record):
    """A broadcast staff schedule: once at `when`, or repeatedly by `recurrence`."""

    when: AwareDatetime | None = Field(None, description="ISO date-time with offset")
    recurrence: Recurrence | None = None
    audience: Audience
    text: LocalizedText
    buttons: list[Button] = Field(default_factory=list, max_length=6)
    photo: str | None = Field(None, description="https URL or a file path relative to knowledge/")
    event: RecordId | None = Field(None, description="event the announcement is about")

    @model_validator(mode="after")
    def _one_schedule(self) -> Announcement:
        if (self.when is None) == (self.recurrence is None):
            raise ValueError("give exactly one of when or recurrence")
        return self


class AnnouncementsFile(Strict):
    announcements: list[Announcement] = Field(default_factory=list)


FILE_MODELS: dict[str, type[Strict]] = {
    "taxonomy.yaml": TaxonomyFile,
    "locations.yaml": LocationsFile,
    "incentives.yaml": IncentivesFile,
    "catalog.yaml": CatalogFile,
    "events.yaml": EventsFile,
    "programs.yaml": ProgramsFile,
    "partners.yaml": PartnersFile,
    "contacts.yaml": ContactsFile,
    "faq.yaml": FaqFile,
    "topics.yaml": TopicsFile,
    "announcements.yaml": AnnouncementsFile,
}
"""Every knowledge file the bot reads, and its schema. All are required."""

"""Events: upcoming first, times in the event's own zone and the partner's, .ics and reminders."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from core.i18n import Lang, paren, t
from core.i18n_format import CHINA_ZONES, format_date, format_date_range, format_event_time, format_skeleton_date, zone_city
from core.kb.schema import Event
from core.text import fold, to_simplified
from intents.callbacks import Callback, encode
from intents.ics import event_ics
from intents.lexicon import (
    ANOTHER_EDITION,
    HAPPENED,
    LAST_YEAR,
    NEXT_YEAR,
    OVER_ASKED,
    PAST,
    THIS_YEAR,
    WAS_HELD,
    city_picks_event,
)
from intents.menu import ask_person_row, gone
from intents.reply import Button, Document, Reply, esc
from intents.timezones import (
    city_said,
    in_script,
    market_named,
    mentioned_zone,
    offset_said,
    clocks_asked, places_joined,
    zone_arg,
    zone_said,
)
from intents.turn import Turn

if TYPE_CHECKING:
    from core.kb.loader import KnowledgeBase

# Every upcoming event must be reachable from the list (it has no next page): the shipped
# knowledge has 7, and the 7th was Latin Film Night 2027. Page the list when staff add more.
MAX_LISTED = 10
# Words that mean "past events" in a partner's question (one list, in intents.lexicon).
PAST_WORDS = PAST


def is_upcoming(event: Event, now: datetime) -> bool:
    if event.status in ("past", "cancelled"):
        return False
    return (event.ends or event.starts) >= now


def upcoming(turn: Turn) -> list[Event]:
    """Events still to come, soonest first (equal starts in file order)."""
    return [e for e in _BY_START.of(turn.kb) if is_upcoming(e, turn.now)]


class _ByStart:
    """Every event, soonest first, sorted once per knowledge version: `upcoming` is asked on
    many messages, and sorting 1,000 events each time (at 100x the knowledge) cost ~10 ms. A
    stable sort, so the order is the one sorting the upcoming ones gave."""

    def __init__(self) -> None:
        self._cache: tuple[object, list[Event]] = (None, [])

    def of(self, kb: KnowledgeBase) -> list[Event]:
        known, ordered = self._cache
        if known is not kb:
            ordered = sorted(kb.events.values(), key=lambda e: e.starts)
            self._cache = (kb, ordered)
        return ordered


_BY_START = _ByStart()


def past(turn: Turn) -> list[Event]:
    return sorted((e for e in turn.kb.events.values() if not is_upcoming(e, turn.now)),
                  key=lambda e: e.starts, reverse=True)


def held_in(turn: Turn, months: list[int], text: str) -> list[Event]:
    """Every event, past, proposed or coming, that starts in one of `months` of a year `text`
    names ("the exchange in May 2025", "2027年4月的活动"), read in its own zone; [] when
    `text` names no year."""
    years = {int(y) for y in _YEAR.findall(text)}
    return sorted((e for e in turn.kb.events.values()
                   if (start := e.starts.astimezone(e.zone)).year in years and start.month in months),
                  key=lambda e: e.starts)


RECORD_TABLES = {"event": "events", "work": "works", "location": "locations", "partner": "partners",
                 "program": "programs", "incentive": "incentives"}


def names_said(kb: KnowledgeBase, entities) -> tuple[str, ...]:
    """The names, in every language, of the records `entities` name (a place inside one is part
    of the name: see `zone_said`)."""
    names = []
    for e in entities:
        record = getattr(kb, RECORD_TABLES.get(e.kind, ""), {}).get(e.id) if e.kind in RECORD_TABLES else None
        field = getattr(record, "name", None) or getattr(record, "title", None)
        if field is not None:
            names += [n for lang in ("en", "es", "zh", "ko") if (n := field.get(lang))]
    return tuple(dict.fromkeys(names))


def venues_answered(kb: KnowledgeBase, answer: str | None) -> tuple[str, ...]:
    """The venue, in every language, of the event an answer is about ("event:<id>…"): a place
    said to pick or name that event ("首尔那个对接会", "the Seoul one", "서울에서 하는 거") is where
    the event is held, not the partner's own city (`zone_said` leaves places inside these out)."""
    head = (answer or "").partition("#")[0]
    kind, _, rid = head.partition(":")
    event = kb.events.get(rid) if kind == "event" else None
    if event is None or not event.venue:
        return ()
    return tuple(dict.fromkeys(v for lang in ("en", "es", "zh", "ko") if (v := event.venue.get(lang))))


def text_zone(turn: Turn, text: str | None, event: Event | None = None) -> str | None:
    """The zone of a place `text` names for the partner, not as a word of a record's name (nor
    the venue of the event answered, `event`)."""
    # ("我人在首爾": the raw message keeps its Traditional characters; places are known in Simplified)
    if not text:
        return None
    # (the venue of an event named picks that event: "the Seoul one with Reel-K, when is that in my
    # time?" asks the partner's clock, not Seoul's)
    ids = [e.id for e in turn.entities if e.kind == "event"] + ([event.id] if event is not None else [])
    venues = tuple(v for rid in dict.fromkeys(ids) for v in venues_answered(turn.kb, f"event:{rid}"))
    zone = zone_said(to_simplified(text)[0], names_said(turn.kb, turn.entities) + venues, theirs_asked=True)
    if zone is not None and zone == city_picks_event(text) and any(e.timezone == zone for e in upcoming(turn)):
        # "which comes first, that pitch day or the matchmaking in Seoul?", "the one in Seoul": the
        # city picks the event held there, it is no clock of the partner's (fixZ16)
        return None
    return zone


def partner_zone(turn: Turn) -> ZoneInfo | None:
    """The zone the partner set with /timezone, or None when they never did."""
    return turn.user_tz if turn.profile and turn.profile.timezone else None


def _said_clock(turn: Turn) -> str | None:
    """The city named earlier in the conversation, else the clock this message says as hours
    behind or ahead of ours ("we're 6 hours behind you": UTC+2); a city of another offset than
    the one said gives way to it."""
    offset = offset_said(turn.text or "")
    if offset is None or turn.said_zone is None:
        return turn.said_zone or offset
    said = turn.now.astimezone(ZoneInfo(turn.said_zone)).utcoffset()
    return turn.said_zone if said == turn.now.astimezone(ZoneInfo(offset)).utcoffset() else offset


def shown_zone(turn: Turn, event: Event | None = None) -> ZoneInfo | None:
    """The zone to show times in besides the event's: the one the partner set, else a place
    the message names for its clock ("y en hora de Colombia?", "几点开始，我们在北京"), else the
    city they named earlier in the conversation ("soy de Montevideo" … "¿a qué hora es para mí?")."""
    zone = partner_zone(turn)
    if zone is not None and turn.text and (asked := text_zone(turn, turn.text, event)) and asked != zone.key:
        # "¿y en Valparaíso?" of a partner set to Medellín: the place asked now, this once
        try:
            return ZoneInfo(asked)
        except (KeyError, ValueError):
            pass
    if zone is None:
        # (the whole message too: "몇 시예요? 서울 기준" is answered as two parts, the city in the second)
        named = text_zone(turn, turn.text, event) or (
            text_zone(turn, turn.said, event) if turn.said else None) or _said_clock(turn)
        if named in CHINA_ZONES and offset_said(turn.text or ""):
            named = _said_clock(turn)  # ("比北京晚16个小时": Beijing named as ours, the partner's clock the offset)
        try:
            zone = ZoneInfo(named) if named else None
        except (KeyError, ValueError):
            zone = None
    return zone


def when(turn: Turn, event: Event) -> str:
    """"Saturday, 16 October 2027, 19:30–22:30 (Beijing time) — 05:30–08:30 in Mexico City":
    in the event's own zone, and in the partner's (set, or named in the message) when different."""
    # a city named, now or before, or in this very message though a zone is set: "新加坡时间几点？"
    # of a partner in Singapore gets the same hours, said for Singapore
    shown = shown_zone(turn, event)
    asked = (partner_zone(turn) is None and shown is not None) or bool(
        text_zone(turn, turn.text, event) or (turn.said and mentioned_zone(to_simplified(turn.said)[0])))
    # ("we're in Accra and Honolulu": the hours in the second place too, not only the first's)
    more = next((joined for said in (turn.text, turn.said) if said and shown is not None
                 and (joined := places_joined(to_simplified(said)[0], shown.key))), [])
    # (or two clocks asked in one sentence, the event's own among them: "首尔时间几点，北京时间呢")
    more = more or next((joined for said in (turn.text, turn.said) if said
                         and (joined := clocks_asked(to_simplified(said)[0], (shown or event.zone).key))), [])
    places = [(ZoneInfo(zone), city_said(written, zone, turn.lang) or zone_city(ZoneInfo(zone), turn.lang))
              for zone, written in more]
    city = city_written(turn, shown)
    if (shown is None or shown.key == event.zone.key) and places:
        # "首尔时间几点，北京时间呢" of the Seoul event: its own clock is said anyway; the other
        # clock asked is the one shown beside it (play36)
        (shown, city), places, asked = places[0], places[1:], True
    return format_event_time(event.starts, event.ends, event.zone, shown, turn.lang, asked, city, more=places)


def city_written(turn: Turn, zone: ZoneInfo | None) -> str | None:
    """The partner's city as they wrote it in this message or the one it answers, when its zone
    is the one shown under another city's name ("Quito" for Guayaquil's clock); mainland cities
    keep "Beijing time", as people there say it."""
    if zone is None or zone.key in CHINA_ZONES:
        return None
    return next((city for text in (turn.text, turn.said) if text
                 and (city := city_said(text, zone.key, turn.lang))), None) \
        or in_script(turn.city_of(zone.key), turn.lang)  # said earlier ("estoy en Rosario")


def format_when(dt: datetime, turn: Turn) -> str:
    """One moment, written as a person writes it, in the studio's zone and the partner's.
    Kept for callers written before `when(turn, event)`, which knows the event's own zone:
    prefer that."""
    return format_event_time(dt, None, turn.home_tz, shown_zone(turn), turn.lang)


def zone_offer(turn: Turn, events: list[Event]) -> list[list[Button]]:
    """A partner who named their city ("somos de Medellín") but never set a zone is offered
    to see times in it, when that differs from the events' own zone."""
    if partner_zone(turn) is not None or not events:
        return []
    zone, named_in = mentioned_zone(turn.text), turn.text
    if zone is not None and market_named(turn.text, zone):
        zone = None  # ("eventos para productoras de España": a market, not the partner's city)
    if zone is not None and zone == city_picks_event(turn.text) and any(e.timezone == zone for e in upcoming(turn)):
        zone = None  # ("the one in Seoul", "el de Seúl": the city picks its event, no clock offered; fixZ16)
    if zone is None and turn.said and turn.said_zone and mentioned_zone(to_simplified(turn.said)[0]) == turn.said_zone:
        # "we're based in Seoul, what events are coming up?" answered as its question only (the
        # city's sentence said where they are): the city of this same message is still offered
        # (a city named in an earlier message is not offered again unasked)
        zone, named_in = turn.said_zone, turn.said
    if zone is None:
        return []
    tz, first = ZoneInfo(zone), events[0]
    # (nor Chengdu's beside a Seoul event: Beijing time is said with every date already)
    if first.starts.astimezone(tz).utcoffset() in (first.starts.astimezone(first.zone).utcoffset(),
                                                   first.starts.astimezone(turn.home_tz).utcoffset()):
        return []
    city = city_said(named_in, zone, turn.lang) or zone_city(tz, turn.lang)
    shown = shown_zone(turn)
    # (the times above are in that city's already: what the button adds is keeping it for every date)
    label = t("tz_offer_always", turn.lang, city=city) if shown is not None and shown.key == zone \
        else t("tz_offer", turn.lang, city=city)
    return [[Button(label=label, data=encode("tz", zone_arg(zone)))]]


# The statuses of an event held on its dates: "provisional" ones until the organisers confirm them
SCHEDULED = ("scheduled", "provisional")


def status_note(event: Event, lang: Lang) -> str:
    """" (proposed)", "（已取消）"...: empty for a scheduled event."""
    words = {"provisional": "status_provisional", "proposed": "status_proposed", "cancelled": "status_cancelled",
             "past": "status_past"}
    return paren(t(words[event.status], lang), lang) if event.status in words else ""


def line(turn: Turn, event: Event) -> str:
    lang = turn.lang
    where = f"\n  📍 {esc(event.venue.get(lang))}" if event.venue else ""
    return (f"• <b>{esc(event.name.get(lang))}</b>{esc(status_note(event, lang))}\n"
            f"  🕒 {esc(when(turn, event))}{where}")


def month_name(month: int, lang: Lang) -> str:
    """"January", "enero", "1月", "1월" (CLDR via Babel)."""
    from babel.dates import format_date as babel_date

    return f"{month}月" if lang == "zh" else babel_date(datetime(2027, month, 1), "MMMM", locale=lang)


def in_months(event: Event, months: list[int], tz: ZoneInfo) -> bool:
    return event.starts.astimezone(tz).month in months


# An event said as the time another is held in ("影展期间", "during the festival", "durante el festival",
# "영화제 기간에"): the frame, not the event asked about
FRAME_AFTER = re.compile(r"^\s*(期间|期間|的时候|的時候|时候|時候|当中|當中|那几天|那幾天)|^\s*(기간|기간에|기간 ?중|때|중에|하는 동안)")
FRAME_BEFORE = re.compile(r"\b(during|within|in the course of|durante|dentro del?|en el marco del?)\s+(the |el |la |del |de la )?(\d{4} )?$")


def _said_as_frame(turn: Turn, event_id: str) -> bool:
    text = turn.text or ""
    spans = [(e.start, e.end) for e in turn.entities if e.kind == "event" and e.id == event_id]
    return any(FRAME_AFTER.search(text[end:]) or FRAME_BEFORE.search(fold(text[:start])) for start, end in spans)


def answer(turn: Turn) -> Reply:
    named = [e for e in turn.ids("event") if e in turn.kb.events]
    if named and not PAST_WORDS.search(fold(turn.text)):
        if len(named) == 1:  # one name: its edition meant, the one gone by it led past said
            event = turn.kb.events[named[0]]
            meant = edition_meant(turn, event)
            return detail(turn, meant, earlier=event if meant.id != event.id else None)
        framed = [e for e in named if _said_as_frame(turn, e)]
        if framed and len(framed) < len(named):
            # "2027年影展期間有一場拉丁電影之夜對吧？", "a Latin film night during the festival": the event
            # held within the other one named, not the one its time is told by
            named = [e for e in named if e not in framed]
            if len(named) == 1:
                return detail(turn, edition_meant(turn, turn.kb.events[named[0]]))
        return detail(turn, next_edition(turn, [turn.kb.events[e] for e in named]))
    if PAST_WORDS.search(fold(turn.text)):
        return listing(turn, "past")
    months = [int(m) for m in turn.ids("month") if str(m).isdigit()]
    return listing(turn, "up", months=months, only=named)


def next_edition(turn: Turn, named: list[Event]) -> Event:
    """Of the events a partner named, the next upcoming one; a past event named by a partner
    ("Latin Film Night") leads to its upcoming edition ("Latin Film Night 2027") if there is one."""
    coming = [e for e in named if is_upcoming(e, turn.now)]
    if coming:
        return min(coming, key=lambda e: e.starts)
    for event in upcoming(turn):
        if any(event.name.en.lower().startswith(e.name.en.lower()) for e in named):
            return event
    return named[0]


_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def edition_meant(turn: Turn, event: Event, named: bool = False) -> Event:
    """The edition a partner means by an event's name: an edition gone by (a proposal whose day
    has passed, an event held) stands for its series' next edition to come ("Latin Film Night"
    → "Latin Film Night 2027"), unless the message points at the one gone by: its year written
    or read off the clock ("2025", "last year's", "去年"), or asked in the past ("did it happen?",
    "what was it?", "¿se hizo?", "办了吗", "열렸어요?"). With `named`, only when the message
    itself names the event (a pick from the list of past events means that one) or follows an
    answer on it that the edition to come led (its date, place, organisers or length)."""
    head, _, fact = (turn.last_answer or "").partition("#")
    led = head == f"event:{event.id}" and fact in ("date", "venue", "organisers", "duration")
    if is_upcoming(event, turn.now) or (named and not led and event.id not in turn.ids("event")):
        return event
    coming = next_edition(turn, [event])
    if coming.id == event.id or not is_upcoming(coming, turn.now):
        return event
    said = fold(turn.text or "")
    year = event.starts.astimezone(event.zone).year
    if PAST.search(said) or WAS_HELD.search(said) or asked_year(turn) == year \
            or str(year) in _YEAR.findall(said):
        return event
    return coming


def earlier_edition(turn: Turn, event: Event) -> str:
    """One sentence on the edition gone by that a name without a year led past: "An earlier
    edition had been proposed for Thursday, 30 October 2025; there is no confirmation that it
    took place." of a lapsed proposal (the day only), "<name> took place on …" of one held.
    Said once: empty when the answer before was on it (its date answer said it already)."""
    if (turn.last_answer or "").partition("#")[0] == f"event:{event.id}":
        return ""
    if event.status == "proposed":
        return t("ev_earlier_lapsed", turn.lang, date=esc(format_date(event.starts.astimezone(event.zone), turn.lang)))
    return t("ev_took_place", turn.lang, name=esc(event.name.get(turn.lang)), when=esc(when(turn, event)))


def time_in_zone(turn: Turn, event_id: str, zone: ZoneInfo, city: str | None = None) -> str | None:
    """One line, "<b>Latin Pitch Day</b>: its date and hours in `zone`", of the event (of its
    next edition when it is gone by): what a partner who has just said where they are needs
    of the event the conversation is on; None when neither is to come."""
    event = turn.kb.events.get(event_id)
    if event is None:
        return None
    if not is_upcoming(event, turn.now):
        event = next_edition(turn, [event])
        if not is_upcoming(event, turn.now):
            return None
    when = format_event_time(event.starts, event.ends, event.zone, zone, turn.lang, asked=True, city=city)
    return t("label_value", turn.lang, label=f"<b>{esc(event.name.get(turn.lang))}</b>", value=esc(when))


_AGAIN = re.compile(r"\bagain\b|otra vez|de nuevo|volver(a|an)? a|再|又|다시|또")


def one_off(turn: Turn, event: Event) -> bool:
    """An event held once: its record gives no recurrence and no other edition shares its name
    (the 2025 signing ceremony), so "no next edition announced" is padding unless asked."""
    return not event.recurrence and not any(
        e.id != event.id and series(e) == series(event) for e in turn.kb.events.values())


def again_asked(turn: Turn) -> bool:
    """The message asks whether an event is held again ("is there another one?", "明年还办吗",
    "¿se repite?"): then even a one-off event's card says that no next edition is announced."""
    folded = fold(turn.text or "")
    return bool(ANOTHER_EDITION.search(folded) or NEXT_YEAR.search(folded) or _AGAIN.search(folded)
                or re.search(r"\brepit|\brepeat|\brecurr|每年|매년|해마다", folded))


def series(event: Event) -> str:
    """The name an event's editions share: "Latin Film Night 2027" → "latin film night"."""
    return _series(event.name.en)


@functools.lru_cache(maxsize=8192)  # asked of every event on some messages: 1,000s at 100x
def _series(name: str) -> str:
    return " ".join(_YEAR.sub(" ", name).lower().split())


def asked_year(turn: Turn) -> int | None:
    """The one year a message asks about: written ("in 2026", "la edición de 2025") or read
    off the clock ("this year", "¿y este año?", "去年", "내년"); None for none or several."""
    folded = fold(turn.text or "")
    years = {int(y) for y in _YEAR.findall(folded)}
    years |= {y for rx, y in ((THIS_YEAR, turn.now.year), (NEXT_YEAR, turn.now.year + 1),
                              (LAST_YEAR, turn.now.year - 1)) if rx.search(folded)}
    return years.pop() if len(years) == 1 else None


def edition_unrecorded(turn: Turn, event: Event, status: bool = False) -> tuple[int, bool] | None:
    """(year, gone by) when a message asks about the edition of a recurring event (`recurrence`)
    in a year none of the series' records is held in: "has this year's festival happened?" on
    30 November 2026, the records holding October 2027 only. Gone by: that year's month of the
    record (read in the event's zone) is over by the clock. None when a record fits the year.
    Whether it took place asked with no year (`status`: "did it happen?", "¿ya se hizo?") is
    asked of this year's edition once its month is over."""
    year = asked_year(turn)
    if not event.recurrence or event.status == "cancelled":
        return None
    folded = fold(turn.text or "")
    if year is None and status and (HAPPENED.search(folded) or OVER_ASKED.search(folded)):
        now, starts = turn.now.astimezone(event.zone), event.starts.astimezone(event.zone)
        year = now.year if starts.year > now.year and starts.month < now.month else None
    if year is None:
        return None
    name = series(event)
    if any(series(e) == name and e.starts.astimezone(e.zone).year == year for e in turn.kb.events.values()):
        return None
    month = event.starts.astimezone(event.zone).month
    now = turn.now.astimezone(event.zone)
    return year, (year, month) < (now.year, now.month)


def edition(turn: Turn, event: Event, text: str) -> Event:
    """The edition of `event`'s series held in the year `text` names ("and the 2025 one?",
    "拉丁电影之夜2027"), else `event` itself. The year is read in the event's own zone."""
    years = {int(y) for y in _YEAR.findall(text)}
    if not years or event.starts.astimezone(event.zone).year in years:
        return event
    name = series(event)
    same = [e for e in turn.kb.events.values() if series(e) == name
            and e.starts.astimezone(e.zone).year in years]
    return same[0] if len(same) == 1 else event


def tied_to(turn: Turn, kind: str, record_id: str, shown: bool = False) -> list[Event]:
    """Upcoming events held at a location, with a partner, or named after a programme
    ("Global Talent Program: intake info session"), or with `shown` also those whose
    description shows the programme (the open day shows the A.R.C system), soonest first."""
    def tied(e: Event) -> bool:
        if kind == "location":
            return e.location == record_id
        if kind == "partner":
            return record_id in e.partners and record_id != "hengdian_world_studios"
        if kind == "program" and record_id in turn.kb.programs:
            program = turn.kb.programs[record_id]
            # named after it, or showing it ("how the A.R.C system ... brings AI into scripting":
            # the open day shows the A.R.C system)
            told = fold(e.description.get("en") or "") if e.description else ""
            return e.name.en.lower().startswith(program.name.en.lower()) or shown and any(
                len(alias) > 2 and re.search(rf"(?<!\w){re.escape(fold(alias))}(?!\w)", told)
                for alias in program.aliases.en)
        return False
    return [e for e in upcoming(turn) if tied(e)]


def announced_to(turn: Turn, topics: list[str]) -> list[Event]:
    """Upcoming events an announcement to one of `topics` is about, soonest first: staff tag
    each announcement with the markets it is for (`audience.topics` in announcements.yaml), so
    the Latin American pitch day and Latin Film Night are the Latin American market's events."""
    about = {a.event for a in turn.kb.announcements.values() if a.event and set(a.audience.topics) & set(topics)}
    return [e for e in upcoming(turn) if e.id in about]


def held_online(event: Event) -> bool:
    """Is the event held online (its venue, as the knowledge writes it in English, is "Online")?"""
    return (event.venue.get("en") if event.venue else "").strip().lower().startswith("online")


# A window of months said (fixD17): "between March and May", "from August to October", "March-May",
# "entre agosto y octubre", "de agosto a octubre", "8月到10月", "八月至十月", "8월부터 10월", "8~10월";
# a half of the year: "first half of next year", "primer semestre", "上半年", "상반기"
_RANGE_BETWEEN = re.compile(r"^\s*(-|–|—|~|to|thru|through|till|until|til|and|a|al|hasta|y|e|to early|to late|到|至|~|～|－|—|까지|부터|에서|부터 ?~?)\s*(the end of |finales de |fin de |late |early |mid |mediados de |principios de )?$")
_RANGE_SAID = re.compile(r"\b(between|from|entre|desde|de)\b|到|至|부터|사이|~|～|-|–")
_NUMERIC_RANGE = re.compile(r"(?<![\d.])(\d{1,2}) ?(?:월|月)? ?(?:~|～|-|–|到|至|부터) ?(\d{1,2}) ?(?:월|月)")
_HALF_FIRST = re.compile(r"\bfirst half\b|\bh1\b|\bprimer semestre\b|\bprimera mitad\b|上半年|상반기")
_HALF_SECOND = re.compile(r"\bsecond half\b|\bh2\b|\bsegundo semestre\b|\bsegunda mitad\b|下半年|하반기")


def months_window(turn: Turn, months: list[int] | None = None) -> list[int] | None:
    """The months a window said spans: two months joined as a range ("between March and May" →
    3, 4, 5; across the year's end, "de noviembre a febrero" → 11, 12, 1, 2), or a half of the
    year ("上半年" → 1-6). `months` as given when no window is said."""
    text = fold(to_simplified(turn.text or "")[0])
    numeric = _NUMERIC_RANGE.search(text)  # "3~5월", "8-10月"
    if numeric and 1 <= int(numeric.group(1)) <= 12 and 1 <= int(numeric.group(2)) <= 12 and numeric.group(1) != numeric.group(2):
        a, b = int(numeric.group(1)), int(numeric.group(2))
        return [(a - 1 + i) % 12 + 1 for i in range((b - a) % 12 + 1)]
    said = sorted((e for e in turn.entities if e.kind == "month" and str(e.id).isdigit()), key=lambda e: e.start)
    if len(said) >= 2:
        first, last = said[0], said[-1]
        between = fold(to_simplified((turn.text or "")[first.end:last.start])[0])
        before = fold((turn.text or "")[max(0, first.start - 14):first.start])
        ranged = _RANGE_BETWEEN.search(between) and (between.strip() not in ("and", "y", "e", "a") or _RANGE_SAID.search(before)
                                                    or between.strip() == "a" and re.search(r"\bde\s*$", before))
        if ranged or re.search(r"부터|사이|到|至", between) or re.search(r"사이|까지", fold((turn.text or "")[last.end:last.end + 8])):
            a, b = int(first.id), int(last.id)
            if a != b:
                return [(a - 1 + i) % 12 + 1 for i in range((b - a) % 12 + 1)]
    if not months:
        if _HALF_FIRST.search(text):
            return [1, 2, 3, 4, 5, 6]
        if _HALF_SECOND.search(text):
            return [7, 8, 9, 10, 11, 12]
    return months


# Days asked (fixY26): a week ("this week", "esta semana", "这周", "이번 주"; "next week", "la semana que
# viene", "下周", "下個禮拜", "다음 주"), the weekend, or one weekday ("on Saturday", "el sábado", "周六",
# "禮拜六", "토요일"), the weekday of next week with "next week" said before it ("下周六", "다음 주 토요일",
# "el sábado de la semana que viene"; "next Saturday" is the coming one). Read on the folded, Simplified text.
_THIS_WEEK = re.compile(r"\bthis week\b|\besta semana\b|这周|这个?星期(?![一二三四五六日天])|这个?礼拜(?![一二三四五六日天])|本周|本星期|呢个?礼拜(?![一二三四五六日天])|今个?礼拜(?![一二三四五六日天])|이번 ?주(?!말)")
_NEXT_WEEK = re.compile(r"\bnext week\b|\b(la )?semana (que viene|proxima|entrante)\b|\b(la )?proxima semana\b"
                        r"|下个?周|下个?星期|下个?礼拜|다음 ?주(?!말)")
_WEEKEND = re.compile(r"\b(this |next |the )?weekend\b|\b(este |el |el proximo )?fin de semana\b|周末|週末|주말")
_WEEKDAYS = (("monday", "lunes", "一", "월"), ("tuesday", "martes", "二", "화"), ("wednesday", "miercoles", "三", "수"),
             ("thursday", "jueves", "四", "목"), ("friday", "viernes", "五", "금"), ("saturday", "sabado", "六", "토"),
             ("sunday", "domingo", "[日天]", "일"))
_WEEKDAY = [re.compile(rf"\b{en}s?\b|\b{es}s?\b|(星期|周|礼拜|禮拜){zh}|{ko}요일") for en, es, zh, ko in _WEEKDAYS]

DAYS_SAID = re.compile("|".join(rx.pattern for rx in (_THIS_WEEK, _NEXT_WEEK, _WEEKEND, *_WEEKDAY)))
_WEEKDAY_SAID = re.compile("|".join(rx.pattern for rx in _WEEKDAY))


def without_days(folded: str) -> str:
    """`folded` without its words for days (`DAYS_SAID`), the weekdays taken out first: "这周四" is
    one day said, all of it, not "这周" and a "四" left over (play36)."""
    return DAYS_SAID.sub("", _WEEKDAY_SAID.sub("", folded))


def days_asked(turn: Turn) -> tuple[date, date, bool] | None:
    """The days a message asks about, in the studio's zone: (first, last, one weekday said) for
    a week, the weekend or one weekday; None for none said or several weekdays ("Monday to
    Friday" is opening hours, not a day asked)."""
    text = fold(to_simplified(turn.text or "")[0])
    today = turn.now.astimezone(turn.home_tz).date()
    monday = today - timedelta(days=today.weekday())
    days = [i for i, rx in enumerate(_WEEKDAY) if rx.search(text)]
    nxt = _NEXT_WEEK.search(text)
    if len(days) > 1:
        return None
    if days:
        if nxt:  # "下周六", "다음 주 토요일": that weekday of next week
            day = monday + timedelta(days=7 + days[0])
        else:  # "on Saturday", "next Saturday", "el sábado": the coming one (today if it is that day)
            day = today + timedelta(days=(days[0] - today.weekday()) % 7)
        return day, day, True
    if _WEEKEND.search(text):
        saturday = monday + timedelta(days=5 + (7 if nxt or re.search(r"\bnext weekend\b|proximo fin", text) else 0))
        return max(saturday, today), saturday + timedelta(days=1), False
    if nxt:
        return monday + timedelta(days=7), monday + timedelta(days=13), False
    if _THIS_WEEK.search(text):
        return today, monday + timedelta(days=6), False
    return None


def in_days(turn: Turn, first: date, last: date) -> list[Event]:
    """Upcoming events held on a day from `first` to `last` (the studio's zone), soonest first."""
    return [e for e in upcoming(turn)
            if first <= e.starts.astimezone(turn.home_tz).date() <= last
            or e.ends and e.starts.astimezone(turn.home_tz).date() < first <= e.ends.astimezone(turn.home_tz).date()]


def days_listing(turn: Turn, first: date, last: date, weekday: bool) -> Reply:
    """The events held on the days asked, each in its line; none then said in one sentence with
    the days ("No event falls on Sat 12 Dec."), then only the soonest one coming, not the calendar."""
    held = in_days(turn, first, last)
    if held:
        return listing(turn, "up", only=[e.id for e in held])
    said = format_skeleton_date(first, "MMMMEEEEd", turn.lang) if weekday else format_date_range(first, last, turn.lang)
    # the soonest one after the days asked: "the next one" is never this Thursday's, before the
    # Friday asked about (play36); none after them, said so
    coming = upcoming(turn)
    after = [e for e in coming if e.starts.astimezone(turn.home_tz).date() > last]
    note = t("events_none_on_day", turn.lang, days=esc(said)) if weekday else t("events_none_in_days", turn.lang, days=esc(said))
    if not after:
        none = t("events_none_after", turn.lang) if coming else t("events_none", turn.lang)
        return Reply(text=note + "\n" + none, lang=turn.lang, outcome="answered",
                     answer="list:events?when=upcoming", buttons=[ask_person_row(turn.lang, "events")])
    return listing(turn, "up", only=[after[0].id], note=note, head_key="events_next_one")


def _month_after(turn: Turn, months: list[int], year: int | None) -> datetime:
    """The start of the month after a window of `months` (in the studio's zone): of `year`, or
    the next time its first month comes round."""
    now = turn.now.astimezone(turn.home_tz)
    first = year or (now.year if months[0] >= now.month else now.year + 1)
    last = months[-1]
    y = first + (1 if last < months[0] else 0) + (1 if last == 12 else 0)
    return datetime(y, last % 12 + 1, 1, tzinfo=turn.home_tz)


def listing(turn: Turn, which: str, months: list[int] | None = None,
            only: list[str] | None = None, year: int | None = None, note: str = "",
            market: str | None = None, online: bool = False, partner: str | None = None,
            head_key: str = "") -> Reply:
    """Upcoming (`which="up"`) or past events, optionally only those in `months` (1-12, in the
    studio's zone), named in `only`, starting in `year` ("this year", "next year") or held
    `online` (said in the heading), or held with `partner` (a partner id; said in the heading). A month no event falls in is said first ("No upcoming event
    is listed in January."), then the list without it; so is `note`, a filter the caller could
    not meet, and no event online. With a month none falls in, only the next event after it
    follows (the calendar is one tap away); `head_key` names the heading over the events."""
    lang = turn.lang
    events = upcoming(turn) if which == "up" else past(turn)
    if which == "up" and not only:
        months = months_window(turn, months)
    if year:
        events = [e for e in events if e.starts.astimezone(turn.home_tz).year == year]
    remote = [e for e in events if held_online(e)] if online else []
    if online and not remote:
        note = note or t("events_none_online", lang)
    events = remote or events
    if only:
        events = [e for e in events if e.id in only] or events
    if partner in turn.kb.partners:
        events = [e for e in events if partner in e.partners]
    if months:
        met = [e for e in events if in_months(e, months, e.zone)]
        if not met and events:
            note = note or t("events_none_in_month", lang, month=esc(month_name(months[0], lang)))
            # "what's on next month?" with nothing then: that said, and the next one after it
            # ("No upcoming event is listed in January." + the March pitch day), not every event
            if which == "up":
                after = [e for e in events if e.starts >= _month_after(turn, months, year)]
                met, head_key = (after or events)[:1], head_key or "events_next_one"
        events = met or events
    events = events[:MAX_LISTED]
    head = t(head_key or ("events_upcoming" if which == "up" else "events_past"), lang)
    if remote and which == "up":  # the filter said: "Upcoming events you can attend online:"
        head = t("events_online", lang)
    if market in turn.kb.topics and which == "up":  # the market named, said: "Upcoming events for Korea:"
        topic = turn.kb.topics[market]
        words = getattr(topic.aliases, lang) or [topic.name.get(lang)]
        head = t("events_for_market", lang, market=esc(words[0]))
    if partner in turn.kb.partners and which == "up":  # "Upcoming events with Dalynn Studio:"
        head = t("events_with_partner", lang, partner=esc(turn.kb.partners[partner].name.get(lang)))
    if not events:
        text = t("events_none", lang)
    else:
        text = (f"{note}\n" if note else "") + head + "\n\n" + "\n\n".join(line(turn, e) for e in events)
    buttons = [[Button(label=f"ℹ️ {e.name.get(lang)}", data=encode("ev", e.id))] for e in events]
    other = ("past", "show_past") if which == "up" else ("up", "show_upcoming")
    buttons.append([Button(label=t(other[1], lang), data=encode("evs", other[0]))])
    buttons += zone_offer(turn, events)
    buttons.append(ask_person_row(lang, "events"))
    query = "when=past" if which == "past" else "when=upcoming" + (f"&month={months[0]}" if months else "")
    if year:
        query = "&".join(q for q in (query, f"year={year}") if q)
    if market and which == "up":
        query += f"&market={market}"
    if remote:
        query += "&venue=online"
    if partner in turn.kb.partners:
        query += f"&partner={partner}"
    return Reply(text=text, lang=lang, buttons=buttons, outcome="answered",
                 answer="list:events" + (f"?{query}" if query else ""),
                 items=[f"event:{e.id}" for e in events])


def detail(turn: Turn, event: Event, earlier: Event | None = None) -> Reply:
    """An event's card; `earlier`, the edition gone by its name without a year led past to this
    one, said in one sentence after the description."""
    lang = turn.lang
    parts = [f"<b>{esc(event.name.get(lang))}</b>{esc(status_note(event, lang))}",
             f"🕒 {esc(when(turn, event))}"]
    if event.recurrence:
        parts.append(f"🔁 {esc(event.recurrence.get(lang))}")
    if event.venue:
        parts.append(f"📍 {esc(event.venue.get(lang))}")
    parts += ["", esc(event.description.get(lang))]
    if earlier is not None and earlier.id != event.id and (said := earlier_edition(turn, earlier)):
        parts += ["", said]
    if not is_upcoming(event, turn.now):
        # "is the signing ceremony happening again?": a card of one gone by says what comes next
        nxt = next_edition(turn, [event])
        if nxt.id != event.id and is_upcoming(nxt, turn.now):
            parts += ["", t("ev_next", lang, name=esc(nxt.name.get(lang)), when=esc(when(turn, nxt)))]
        elif not one_off(turn, event) or again_asked(turn):
            parts += ["", t("ev_no_next", lang)]
    if event.url:
        parts.append(f'\n<a href="{esc(str(event.url))}">{esc(str(event.url))}</a>')
    buttons: list[list[Button]] = []
    if is_upcoming(event, turn.now):
        buttons.append([Button(label=t("add_to_calendar", lang), data=encode("ics", event.id)),
                        Button(label=t("remind_me", lang), data=encode("rem", event.id))])
    if event.location and event.location in turn.kb.locations:
        buttons.append([Button(label=t("show_on_map", lang), data=encode("map", event.location))])
    buttons += zone_offer(turn, [event])
    buttons.append(ask_person_row(lang, "events"))
    return Reply(text="\n".join(parts), lang=lang, buttons=buttons, answer=f"event:{event.id}",
                 outcome="answered")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "evs":
        return listing(turn, "past" if cb.arg(0) == "past" else "up")
    event = turn.kb.events.get(cb.arg(0))
    if event is None:
        return gone(turn.lang)
    if cb.action == "ics":
        name = event.name.get(turn.lang)
        return Reply(text=esc(name), lang=turn.lang,
                     document=Document(filename=f"{event.id}.ics", mime_type="text/calendar",
                                       content=event_ics(event, turn.lang, turn.now),
                                       caption=t("ics_caption", turn.lang, name=esc(name))))
    return detail(turn, event)

"""One fact about one record, in one to three sentences, then buttons for the rest.

`answer(turn, kind, record_id, fact)` returns the Reply for "when is Latin Film Night?",
"how many episodes has the second one?", "who is Guo Shu?" or None when the record has no such
fact (the router then shows the record, or says honestly that the detail is not published).
Answer keys: `<kind>:<id>#<fact>`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import get_day_names

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import Lang, plural_count, t
from core.i18n_format import CHINA_ZONES, format_date, format_list, format_number, zone_city
from core.kb.schema import Contact, Event, Incentive, Location, Partner, Work
from core.text import fold, to_simplified
from intents import catalog, events, lexicon, locations, office_hours
from intents.callbacks import encode
from intents.contact import SUBJECT_OF, contact_card, record_contact
from intents.labels import in_sentence, labels_in_sentence, proper_words
from intents.lexicon import FACT_ALIASES, FINISHED_ASKED, KIND_FACTS, OPERATING_ASKED
from intents.menu import ask_person_row
from intents.reply import Button, Reply, esc
from intents.turn import Turn

KIND_FACTS_OF = ("event", "work", "location", "partner", "incentive", "contact")
DETAIL_ACTION = {"event": "ev", "work": "work", "location": "loc", "partner": "prt",
                 "program": "prog", "incentive": "inc"}


def fact_for(kind: str, fact: str | None) -> str | None:
    """The fact `kind` records hold for the asked `fact` (aliases applied), or None."""
    if fact is None:
        return None
    fact = FACT_ALIASES.get((kind, fact), fact)
    return fact if fact in KIND_FACTS.get(kind, ()) else None


def first_fact(kind: str, asked: Iterable[str | None]) -> str | None:
    """The first of the facts `asked` that `kind` records hold: "明清民居博览城适合拍哪个年代的戏"
    reads both "合拍" (co-production) and "年代" (era); a set has an era, not a co-production."""
    asked = [fact for fact in asked if fact]
    if "status" in asked and {"date", "venue"} & set(asked):
        asked = [fact for fact in asked if fact != "status"]  # "is the venue fixed yet?", "日子定下来了吗": that date or venue
    if kind == "event" and "built" in asked and any(f != "built" and fact_for(kind, f) for f in asked):
        # ("what date is the virtual stage open day", "how long is the virtual production open day?":
        # "is the … stage open" inside the event's name asks no status of it; the other fact is asked)
        asked = [fact for fact in asked if fact != "built"]
    return next((found for fact in asked if (found := fact_for(kind, fact))), None)


def answer(turn: Turn, kind: str, record_id: str, fact: str) -> Reply | None:
    fact_name = fact_for(kind, fact)
    records = {"event": turn.kb.events, "work": turn.kb.works, "partner": turn.kb.partners,
               "contact": turn.kb.contacts, "location": turn.kb.locations,
               "incentive": turn.kb.incentives}.get(kind, {})
    record = records.get(record_id)
    if fact_name is None or record is None:
        return None
    if kind == "contact" and fact_name == "role" and lexicon.PHONE_ASKED.search(fold(turn.text or "")):
        fact_name = "phone"  # "国际业务部电话多少": the number, first and alone, under its own fact
    if kind == "event" and fact_name == "about" and (meant := _about_meant(turn, record)) is not None:
        # "tell me about Latin Film Night": what its edition to come is, then the one gone by
        text = _event(turn, meant, "about")
        if text is not None:
            said = events.earlier_edition(turn, record)
            return Reply(text=text + (f"\n{said}" if said else ""), lang=turn.lang,
                         buttons=buttons(turn, kind, meant), answer=f"event:{meant.id}#about", outcome="answered")
    if kind == "work" and fact_name == "logline" and _whole_story_asked(turn):
        # "tell me about the second one", "contadme de la segunda", "介绍一下这部", "소개해 주세요":
        # the story first, then the rest of its card (genres, episodes, languages, status)
        return catalog.story_first(turn, record)
    text = {"event": _event, "work": _work, "partner": _partner, "contact": _contact,
            "location": _location, "incentive": _incentive}[kind](turn, record, fact_name)
    if kind == "location" and text is not None:
        text = _era_not_covered(turn, record) or text
    if text is None:
        return None
    shown = record
    if kind == "event" and fact_name in ("date", "venue", "organisers", "duration") \
            and (coming := _ahead_of_lapsed(turn, record)) is not None and _event(turn, coming, fact_name):
        # the edition to come led the answer (`_event_fact`): its card is the one the button opens
        # ("when is Latin Film Night this year?": the 2027 card, not the 2025 proposal's)
        shown = coming
    reply = Reply(text=text, lang=turn.lang, buttons=buttons(turn, kind, shown),
                  answer=f"{kind}:{record_id}#{fact_name}", outcome="answered")
    return reply


def _whole_story_asked(turn: Turn) -> bool:
    """Is a title asked about as a whole ("tell me about it", "háblame de", "介绍一下", "소개해"),
    not only its story ("what's it about?", "讲什么的")? Of one part alone: a second fact asked
    beside it is answered after the story line instead (`Router.answer_of`)."""
    asked = lexicon.facts_asked(turn.text or "")
    return asked == ["about"]


def _about_meant(turn: Turn, event: Event) -> Event | None:
    """The edition to come that "what is it about?" of an edition gone by asks about: named
    without a year ("tell me about Latin Film Night"), or asked right after its date, place,
    organisers or length were answered with that edition leading (`_ahead_of_lapsed`); None
    when the edition gone by is meant (its year, the past asked, picked from a list)."""
    meant = events.edition_meant(turn, event, named=True)
    return meant if meant.id != event.id else None


def buttons(turn: Turn, kind: str, record) -> list[list[Button]]:
    """Details, then what can be done with the record (calendar, reminder, map), then a person."""
    lang = turn.lang
    rows: list[list[Button]] = []
    if kind in DETAIL_ACTION:
        rows.append([Button(label=t("details", lang), data=encode(DETAIL_ACTION[kind], record.id))])
    if kind == "event":
        # A past or proposed event's calendar and reminder buttons are its next edition's.
        coming = record if events.is_upcoming(record, turn.now) else events.next_edition(turn, [record])
        if events.is_upcoming(coming, turn.now):
            rows.append([Button(label=t("add_to_calendar", lang), data=encode("ics", coming.id)),
                         Button(label=t("remind_me", lang), data=encode("rem", coming.id))])
        if record.location and record.location in turn.kb.locations:
            rows.append([Button(label=t("show_on_map", lang), data=encode("map", record.location))])
        rows += events.zone_offer(turn, [record])  # "y en hora de Colombia?": set it for every date
    if kind == "location":
        rows.append([Button(label=t("show_on_map", lang), data=encode("map", record.id))])
    rows.append(ask_person_row(lang, _person_of_card(turn, kind, record)))
    return rows


def _person_of_card(turn: Turn, kind: str, record) -> str:
    """Whom the card's "Ask a person" reaches: a contact's card, that contact (the secretariat's
    card hands off to the secretariat, not to the default team); a catalogue title, the team that
    agrees its terms (the card's own contact: "99번 죽는 남자" reaches the Operations Center, not the
    catalogue's default team), an incentive, the team it names; else the kind's subject."""
    if kind in ("work", "incentive") and getattr(record, "contact", None) in turn.kb.contacts:
        return record.contact
    return record.id if kind == "contact" and record.id in turn.kb.contacts else SUBJECT_OF.get(kind, "")


# -- events ------------------------------------------------------------------------------------
def sentences(parts: list[str], lang: Lang) -> str:
    """Sentences one after the other: a space between them, none after Chinese "。"."""
    return ("" if lang == "zh" else " ").join(parts)


def partner_names(turn: Turn, ids: list[str], exclude: str = "hengdian_world_studios") -> str:
    names = [turn.kb.partners[p].name.get(turn.lang) for p in ids
             if p in turn.kb.partners and p != exclude]
    return format_list([esc(n) for n in names], turn.lang)


def _event(turn: Turn, event: Event, fact: str) -> str | None:
    text = _event_fact(turn, event, fact)
    return event_opener(text, event.name.get(turn.lang), turn.lang) if text else text


def event_opener(text: str, name: str, lang: str) -> str:
    """A sentence opening with an event's name, as a native writer opens it: Spanish with the
    article of the name's own noun (`spanish_opener`), English with "The" where the name
    describes the event ("The 2025 International … Launch Ceremony was organised by…"); a short
    name reads as a proper name and takes none ("Latin Film Night 2027 is on…")."""
    if lang == "es":
        return spanish_opener(text, name)
    words = [w for w in name.split() if not (w.isdigit() and len(w) == 4)]
    if lang == "en" and text.startswith(f"<b>{esc(name)}</b>") and len(words) > 3 \
            and not name.lower().startswith("the "):
        return "The " + text
    return text


# Spanish nouns in -a that are masculine, opening an event's name ("Programa Global de Talento")
_ES_MASCULINE_A = frozenset({"programa", "dia", "día", "tema", "sistema", "drama", "panorama", "mapa", "clima"})
# ...and feminine ones not in -a, -ión, -dad ("Noche de Cine Latino")
_ES_FEMININE = frozenset({"noche", "tarde", "clase", "calle", "parte", "fuente", "red", "mujer", "imagen", "serie", "flor"})


def spanish_article(name: str) -> str | None:
    """"La", "El", "Los" or "Las" for a Spanish name by its first noun ("Jornada de pitch…" → "La",
    "Festival de Cine…" → "El"); None for a name that opens with no common noun ("HISDA…", "2025…")."""
    from core.spanish_articles import gender

    first = (name.split() or [""])[0].strip("«»\"'“”")
    if not first.isalpha() or first.isupper() or not first[0].isupper():
        return None
    known = gender(name)  # (the table of head nouns: "Servicios…" and "Sets…" are plural)
    if known:
        return {"ms": "El", "fs": "La", "mp": "Los", "fp": "Las"}[known]
    word = first.lower()
    if word.endswith("s") and not word.endswith(("is", "us")):
        return None  # (a plural head the table does not know: no article rather than "el Servicios")
    if word in _ES_MASCULINE_A:
        return "El"
    if word in _ES_FEMININE:
        return "La"
    if word.endswith(("a", "ión", "dad", "tad", "tud", "umbre", "ie")):
        return "La"
    return "El"


def spanish_opener(text: str, name: str) -> str:
    """"El evento <b>Jornada de pitch…</b> es…" read as a Spanish writer says it: "La <b>Jornada de
    pitch…</b> es…" (the name's own noun takes the article); a name with no noun first keeps "El evento"."""
    opener = f"El evento <b>{esc(name)}</b>"
    article = spanish_article(name)
    if article is None or not text.startswith(opener):
        return text
    return f"{article} <b>{esc(name)}</b>" + text[len(opener):]


def date_and_venue(turn: Turn, event: Event) -> str | None:
    """"When is it? is it online?", "when and where is it?" of a coming event: one sentence, its
    date and where (online, or the place), then whether the date is provisional; None when the
    venue is not known or how it is attended is asked of one held in person (that is said apart)."""
    lang = turn.lang
    name, when = esc(event.name.get(lang)), esc(events.when(turn, event))
    if not events.is_upcoming(event, turn.now):
        return _date_and_venue_past(turn, event, name, when)
    if event.status not in events.SCHEDULED:
        return None
    if events.held_online(event):
        text = t("ev_on_online", lang, name=name, when=when)
    else:
        place = turn.kb.locations.get(event.location) if event.location else None
        where = event.venue.get(lang) if event.venue else (place.name.get(lang) if place else "")
        if not where or lexicon.ATTEND_FORMAT.search(fold(turn.text or "")):
            return None
        text = t("ev_on_at", lang, name=name, when=when, venue=esc(where))
    lines = [text] + ([t("ev_provisional", lang)] if event.status == "provisional" else [])
    text = sentences(lines, lang)
    return event_opener(text, event.name.get(lang), lang)


def _date_and_venue_past(turn: Turn, event: Event, name: str, when: str) -> str | None:
    """"When and where was it?" of an event gone by: one sentence, the date and the place ("…took
    place on Tuesday, 18 February 2025 at Hengdian"), the caveat of a lapsed proposal once, then
    its next edition or that none is announced; None for a cancelled one or no place known."""
    lang = turn.lang
    key = {"proposed": "ev_proposed_past_at", "cancelled": None}.get(event.status, "ev_took_place_at")
    place = turn.kb.locations.get(event.location) if event.location else None
    where = event.venue.get(lang) if event.venue else (place.name.get(lang) if place else "")
    if key is None or not where or events.held_online(event):
        return None
    coming = events.next_edition(turn, [event])
    if coming.id != event.id and events.is_upcoming(coming, turn.now) \
            and not (lexicon.PAST.search(fold(turn.text or "")) or WAS_HELD.search(fold(turn.text or ""))):
        # "when and where is Latin Film Night?": the edition to come leads, in one sentence, then
        # the one gone by, its caveat said once
        ahead = date_and_venue(turn, coming)
        if ahead is None:
            return None
        if event.status == "proposed":  # the lapsed proposal: one short clause after it
            return sentences([ahead, *_lapsed_clause(turn, event)], lang)
        gone = t("ev_took_place", lang, name=name, when=when, **{"with": _with(turn, event)})
        return sentences([ahead, event_opener(gone, event.name.get(lang), lang)], lang)
    with_ = _with(turn, event)
    text = sentences([t(key, lang, name=name, when=when, venue=esc(where), **{"with": with_}),
                      *_next_edition(turn, event)], lang)
    return event_opener(text, event.name.get(lang), lang)


def _ahead_of_lapsed(turn: Turn, event: Event) -> Event | None:
    """The edition to come of a proposal whose date has passed ("Latin Film Night 2027" of the
    2025 proposal), when the partner does not ask about the past; else None."""
    if event.status != "proposed":
        return None
    coming = events.edition_meant(turn, event)
    return coming if coming.id != event.id else None


def _lapsed_clause(turn: Turn, event: Event) -> list[str]:
    """"An earlier edition had been proposed for Thursday, 30 October 2025; there is no
    confirmation that it took place.": the day only (no hours, no partner's clock). Said once:
    none when the answer before was about the same event (its date, its card), so the venue and
    "what time is that for me?" follow-ups answer only the edition to come."""
    if (turn.last_answer or "").partition("#")[0] == f"event:{event.id}":
        return []
    day = format_date(event.starts.astimezone(event.zone), turn.lang)
    return [t("ev_earlier_lapsed", turn.lang, date=esc(day))]


def _with(turn: Turn, event: Event) -> str:
    """" with Dalynn Studio": the event's partners other than the studio, as the date line says them."""
    others = partner_names(turn, event.partners)
    return t("ev_with", turn.lang, who=others) if others else ""


WAS_HELD = lexicon.WAS_HELD


def _event_fact(turn: Turn, event: Event, fact: str) -> str | None:
    lang = turn.lang
    name = esc(event.name.get(lang))
    when = esc(events.when(turn, event))  # in the event's own zone (Seoul for Seoul)
    with_ = _with(turn, event)
    done = not events.is_upcoming(event, turn.now)
    # A proposal whose date has passed is said so: proposed, the date gone by, nothing to say it
    # took place ("not confirmed" alone reads as if it might still be coming)
    lapsed = "_past" if event.status == "proposed" and done else ""
    if fact in ("date", "status") and (unrecorded := _unrecorded_edition(turn, event, fact == "status")):
        return unrecorded
    if fact in ("date", "venue", "organisers", "duration") and (coming := _ahead_of_lapsed(turn, event)) \
            and (ahead := _event(turn, coming, fact)):
        # "when / where is Latin Film Night?", its 2025 proposal gone by with a 2027 edition to
        # come: the 2027 edition's fact leads, the lapsed proposal is one short clause after it
        return sentences([ahead, *_lapsed_clause(turn, event)], lang)
    if fact == "date":
        key = {"proposed": "ev_proposed" + lapsed, "cancelled": "ev_cancelled"}.get(
            event.status, "ev_took_place" if done else "ev_on")
        lines = [t(key, lang, name=name, when=when, **{"with": with_})]
        if event.status == "provisional" and not done:
            lines.append(t("ev_provisional", lang))
        lines += _next_edition(turn, event)
        return sentences(lines, lang)
    if fact == "status":
        key = "ev_status_" + ({"past": "past", "proposed": "proposed" + lapsed, "cancelled": "cancelled"}
                              .get(event.status, "past" if done else "scheduled"))
        # "is it confirmed?": a scheduled date still to be confirmed is said so, as with its date
        provisional = [t("ev_provisional", lang)] if event.status == "provisional" and not done else []
        return sentences([t(key, lang, name=name, when=when, **{"with": with_}), *provisional,
                          *_next_edition(turn, event)], lang)
    if fact == "venue":
        place = turn.kb.locations.get(event.location) if event.location else None
        if not event.venue and place:  # held at one of the sets: its name and address
            sep = "，" if lang == "zh" else ", "
            where = place.name.get(lang) + (f"{sep}{place.address.get(lang)}" if place.address else "")
        else:
            where = event.venue.get(lang) if event.venue else ""
        if lexicon.ATTEND_FORMAT.search(fold(turn.text or "")) and event.status in events.SCHEDULED and not done:
            return _attend_format(turn, event, name, where)
        if not where:
            return t("ev_no_venue", lang, name=name)
        # A proposed event is not confirmed: never say it "took place" there.
        # A proposed or past one: where it was to be held, then where its next edition is announced
        coming = events.next_edition(turn, [event]) if done else None
        if coming is not None and coming.id != event.id and events.is_upcoming(coming, turn.now) \
                and not lexicon.PAST.search(fold(turn.text or "")) and not WAS_HELD.search(fold(turn.text or "")):
            # "¿dónde es?" of Latin Film Night, its 2025 proposal gone by: where the next edition is,
            # first, then where the one gone by was to be (as its date answer tells both)
            ahead = _event_fact(turn, coming, "venue")
            key = "ev_venue_proposed_past" if event.status == "proposed" else "ev_venue_past"
            if ahead:
                return sentences([ahead, t(key, lang, name=name, venue=esc(where))], lang)
        if event.status == "proposed":
            return sentences([t("ev_venue_proposed" + lapsed, lang, name=name, venue=esc(where)),
                              *_next_edition(turn, event)], lang)
        if done:
            return sentences([t("ev_venue_past", lang, name=name, venue=esc(where)),
                              *_next_edition(turn, event)], lang)
        if lexicon.ATTENDING_FORMAT.search(fold(turn.text or "")):
            # "¿es presencial o virtual?": the way it is attended, said, then where
            if events.held_online(event):
                return t("ev_online_only", lang, name=name)
            return t("ev_in_person", lang, name=name, venue=esc(where))
        if events.held_online(event):  # "es en línea", never "se realiza en En línea"
            return t("ev_online_only", lang, name=name)
        return t("ev_venue", lang, name=name, venue=esc(where))
    if fact == "recurrence":
        return _recurrence(turn, event, name)
    if fact == "duration":
        return _duration(turn, event, name, when, done)
    if fact == "about":  # "what did the May exchange involve?": what it is, not only its date
        head = t("label_value", lang, label=f"<b>{name}</b>", value=when)
        return head + "\n" + esc(lead(event.description.get(lang), lang))
    if fact == "organisers":
        who = (esc(event.organisers.get(lang)) if event.organisers else None) or \
            partner_names(turn, event.partners, exclude="") or esc(
            turn.kb.partners["hengdian_world_studios"].name.get(lang)
            if "hengdian_world_studios" in turn.kb.partners else "Hengdian World Studios")
        if event.status == "proposed":
            return t("ev_organisers_proposed" + lapsed, lang, name=name, who=who)
        if done:
            return t("ev_organisers_past", lang, name=name, who=who)
        return t("ev_organisers", lang, name=name, who=who)
    return None


def _recurrence(turn: Turn, event: Event, name: str) -> str:
    """"Is it every year?", "¿es cada año?", "每年都办吗？", "매년 열리나요?": yes with how often its
    record says it comes round ("every October") and the next edition dated, or that whether it
    is held again is not published (then its next edition, if one is announced)."""
    lang = turn.lang
    if not event.recurrence:
        return sentences([t("ev_recurrence_unknown", lang, name=name), *_next_edition(turn, event)], lang)
    lines = [t("ev_recurrence_yes", lang, name=name, recurrence=esc(event.recurrence.get(lang)))]
    same = [e for e in turn.kb.events.values() if events.series(e) == events.series(event)]
    nxt = events.next_edition(turn, same)
    if events.is_upcoming(nxt, turn.now) and nxt.status in events.SCHEDULED:
        lines.append(t("ev_next_recorded", lang, when=esc(events.when(turn, nxt))))
        if nxt.status == "provisional":
            lines.append(t("ev_provisional", lang))
    return sentences(lines, lang)


def _duration(turn: Turn, event: Event, name: str, when: str, done: bool) -> str:
    """"How many days does it last?", "¿cuántos días dura?", "持续几天？", "며칠 동안 하나요?": the
    days from its start to its end, counted on the partner's calendar when their zone is known
    (else the event's), or its hours when it ends the day it starts; its end not recorded, said."""
    lang = turn.lang
    if event.ends is None:
        return t("ev_duration_unknown", lang, name=name, when=when)
    past = "_past" if done and event.status != "proposed" else ""  # a proposal gone by is not said to have run
    length = event.ends - event.starts
    if length.total_seconds() < 24 * 3600:
        hours = round(length.total_seconds() / 3600 * 2) / 2  # to the half hour
        text = t("ev_duration_hours" + past, lang, name=name, when=when, count=plural_count(hours, lang),
                 hours=int(hours) if hours.is_integer() else hours)
    else:
        zone = events.shown_zone(turn) or event.zone
        days = (event.ends.astimezone(zone).date() - event.starts.astimezone(zone).date()).days + 1
        text = t("ev_duration_days" + past, lang, name=name, when=when, n=days)
    provisional = [t("ev_provisional", lang)] if not done and event.status == "provisional" else []
    return sentences([text, *provisional], lang)


def _unrecorded_edition(turn: Turn, event: Event, status: bool = False) -> str | None:
    """"Has this year's festival happened yet?", "¿y este año ya se hizo?", "今年的影视节办完了吗",
    "올해 영화제는 이미 끝났나요?" of an event held every year whose records hold no edition of
    the year asked: said so, as the year's month is gone by or still to come (never "not held
    yet" of an October gone by), then the next edition the records date."""
    found = events.edition_unrecorded(turn, event, status)
    if found is None:
        return None
    year, gone = found
    lang = turn.lang
    month = events.month_name(event.starts.astimezone(event.zone).month, lang)
    key = "ev_year_unrecorded_past" if gone else "ev_year_unrecorded"
    lines = [t(key, lang, name=esc(event.name.get(lang)), year=year, month=month,
               recurrence=esc(event.recurrence.get(lang)) if event.recurrence else "")]
    same = [e for e in turn.kb.events.values() if events.series(e) == events.series(event)]
    nxt = events.next_edition(turn, same)
    if events.is_upcoming(nxt, turn.now) and nxt.status in events.SCHEDULED:
        when = esc(events.when(turn, nxt))
        lines.append(t("ev_next_recorded", lang, when=when) if nxt.id == event.id
                     else t("ev_next", lang, name=esc(nxt.name.get(lang)), when=when))
        if nxt.status == "provisional":
            lines.append(t("ev_provisional", lang))
    return sentences(lines, lang)


def _attend_format(turn: Turn, event: Event, name: str, where: str) -> str:
    """"Can I attend online?", "¿es presencial?", "可以线上参加吗" of a coming event: how it is held,
    said outright (online; in person at its venue, no online way announced), or that it is not
    announced yet, naming the team that knows (its organisers' contact)."""
    lang = turn.lang
    if events.held_online(event):
        return t("ev_format_online", lang, name=name)
    if where:
        return t("ev_format_in_person", lang, name=name, venue=esc(where))
    team = turn.kb.contacts.get(record_contact(turn.kb, "event", event.id) or "")
    who = f"<b>{esc(team.role.get(lang))}</b>" if team else ""
    return t("ev_format_unknown", lang, name=name, who=who)


def _next_edition(turn: Turn, event: Event) -> list[str]:
    """For a past or proposed event, its next upcoming edition ("Latin Film Night 2027"); for one
    gone by with none to come, that no next edition is announced."""
    if events.is_upcoming(event, turn.now) and event.status != "proposed":
        return []
    nxt = events.next_edition(turn, [event])
    if nxt.id == event.id or not events.is_upcoming(nxt, turn.now):
        # held, lapsed or cancelled with no edition to come: said, so "明年还有吗" is answered
        # …but not of one held once (no recurrence in its record) unless the message asks again
        if events.is_upcoming(event, turn.now) or (events.one_off(turn, event) and not events.again_asked(turn)):
            return []
        return [t("ev_no_next", turn.lang)]
    return [t("ev_next", turn.lang, name=esc(nxt.name.get(turn.lang)),
              when=esc(events.when(turn, nxt)))]


# -- works -------------------------------------------------------------------------------------
# A yes-no question asking whether something can be done ("能授权吗", "可以买版权吗")
CAN_ASKED = re.compile(r"(能|可以|可不可以|能不能|能否)[^，。？?]{0,8}(吗|嗎|么|麼|嘛)?\s*[？?]?\s*$")


def language_name(code: str, lang: Lang) -> str:
    """"Spanish" / "español" / "西班牙语" / "스페인어" (CLDR names via Babel)."""
    return Locale.parse(lang).languages.get(code, code)


# One of two asked ("romance or family?", "¿de amor o familiar?", "爱情还是家庭", "로맨스예요 아니면
#가족극이에요?", "연애 얘기여, 가족 얘기여?"): a choice, not a yes-or-no question
GENRE_CHOICE = re.compile(r"\bor\b|\b(o|u)\b|还是|還是|或是|抑或|定系|定係|아니면|"
                          r"[가-힣]+(예요|이에요|여|이여|이야|야|인가요|나요|입니까|입니꺼|이가)[,?]?\s+[가-힣 ]+(예요|이에요|여|이여|이야|야|인가요|나요|입니까|입니꺼|이가)\s*\??\s*$")


# The whole running time asked ("how many minutes in total?", "¿cuánto dura en total?", "总共多少分钟",
# "總共幾耐", "전체 몇 분이에요?"): episodes × minutes, said as approximate (fixD17)
TOTAL_RUNTIME = re.compile(
    r"\b(in total|total|altogether|all together|overall|combined|end to end|back to back|whole (series|thing|show))\b.{0,30}\b(minutes?|mins?|hours?|runtime|running time|long|length|duration)\b"
    r"|\b(minutes?|mins?|hours?|runtime|running time|long|length|duration)\b.{0,30}\b(in total|altogether|all together|overall|combined|total|end to end|back to back)\b"
    r"|\btotal (runtime|running time|length|duration|minutes)\b|\bhow long (is|are|would|does) (it|the whole|the series|all)\b.{0,20}\b(altogether|in total|all together|back to back|to watch)\b"
    r"|\ben total\b.{0,30}\b(minutos?|horas?|dura|duracion)\b|\b(minutos?|horas?|dura|duracion)\b.{0,30}\ben total\b"
    r"|\b(duracion|minutos) total(es)?\b|\b(todo|toda la serie|la serie entera|la serie completa|completa) (dura|son|suma)\b|\bsuma(n|ndo)? (todos )?(los )?(episodios|capitulos)\b"
    r"|(总共|總共|一共|合计|合計|加起来|加起來|全部|整部|全剧|全劇|总|總)(有|係|是|大概|约|約)?(多少|几多|幾多|几|幾)(分钟|分鐘|小时|小時|耐)"
    r"|(总|總)(时长|時長|片长|片長|分钟数|分鐘數)|(加起来|加起來|一共|总共|總共|整部|全剧|全劇).{0,6}(多长|多長|多久|几耐|幾耐|时长|時長)"
    r"|(전체|총|다 합치면|다 합해서|합치면|합쳐서|통틀어|몰아서|정주행하면|전부 ?(다)?) ?(러닝 ?타임|분량|시간|길이|몇 ?분|몇 ?시간|얼마나)"
    r"|(총|전체) ?(러닝 ?타임|재생 ?시간|상영 ?시간|분량)")


def total_runtime_asked(text: str) -> bool:
    return TOTAL_RUNTIME.search(fold(to_simplified(text)[0])) is not None


def _work(turn: Turn, work: Work, fact: str) -> str | None:
    lang = turn.lang
    title = esc(work.title.get(lang))
    if fact in ("episodes", "episode_minutes") and work.episodes and work.episode_minutes \
            and total_runtime_asked(turn.text or ""):
        total = work.episodes * work.episode_minutes
        return t("work_total_minutes", lang, title=title, total=format_number(round(total), lang),
                 n=work.episodes, m=format_number(work.episode_minutes, lang))
    if fact == "episodes":
        each = (t("work_each", lang, m=format_number(work.episode_minutes, lang), n=plural_count(work.episode_minutes, lang))
                if work.episode_minutes else "")
        return t("work_episodes", lang, title=title, n=work.episodes, each=each)
    if fact == "episode_minutes":  # "how long is each episode?": the length first, then the count
        if not work.episode_minutes:
            return None
        return t("work_episode_minutes", lang, title=title, m=format_number(work.episode_minutes, lang),
                 n=plural_count(work.episode_minutes, lang), episodes=t("episodes", lang, n=work.episodes))
    if fact == "genres":
        names = labels_in_sentence(turn, [catalog.genre_name(turn, g) for g in work.genres])
        genres = format_list([esc(n) for n in names], lang)
        asked = turn.ids("genre") if lexicon.yes_no(turn.text) else []
        other = lexicon.unlisted_genre(turn.text) if lexicon.yes_no(turn.text) and not asked else None
        if other is not None:  # "is the first one a horror?": no genre of the catalogue is that
            name = next(names[lang] for gid, _, names in lexicon.UNLISTED_GENRES if gid == other)
            return t("work_genre_no", lang, title=title, genres=genres, asked=esc(name))
        if len(asked) > 1 and any(g in work.genres for g in asked) and GENRE_CHOICE.search(fold(turn.text or "")):
            # "is it a romance or more of a family story?", "¿es de amor o familiar?", "是爱情还是家庭",
            # "로맨스예요 아니면 가족극이에요?": a choice, answered by the genres it has, no bare "yes" (fixW16)
            return t("work_genres", lang, title=title, genres=genres)
        if asked:  # "el primero es comedia?": yes or no first, then the genres it has
            if all(g in work.genres for g in asked):
                return t("work_genre_yes", lang, title=title, genres=genres)
            said = labels_in_sentence(turn, [catalog.genre_name(turn, g) for g in asked if g not in work.genres])
            return t("work_genre_no", lang, title=title, genres=genres, asked=format_list([esc(n) for n in said], lang, "or"))
        return t("work_genres", lang, title=title, genres=genres)
    if fact == "logline":
        return t("work_logline", lang, title=title, logline=esc(work.logline.get(lang)))
    if fact == "languages":
        langs = format_list([esc(language_name(c, lang)) for c in work.languages], lang)
        several = lexicon.version_languages(turn.text)  # (each named is asked of, whatever the question word)
        if len(several) > 1:  # "does it come with a Spanish version? and Korean?": each, yes or no, then all
            lines = []
            for code in several:
                name = language_name(code, lang)
                key = "work_language_each_yes" if code in work.languages else "work_language_each_no"
                lines.append(t(key, lang, language=esc(name[:1].upper() + name[1:])))
            return "\n".join(lines) + "\n" + t("work_languages", lang, title=title, langs=langs)
        # ("Spanish?", "韩语" alone after the card, "and English?", "영어는요?" ask it too)
        asked = (lexicon.version_language(turn.text) if lexicon.yes_no(turn.text) else None) \
            or lexicon.language_follow_up(turn.text or "") or lexicon.language_named_alone(turn.text or "")
        if lexicon.DUB_OR_SUBS.search(fold(turn.text or "")) and not (asked and asked not in work.languages):
            # "is it dubbed in English or just subtitled?": the catalogue lists languages only, so
            # the languages, no bare "Yes", and the title's team, who knows dub from subtitles
            head = t("work_languages_dub_unknown", lang, title=title, langs=langs)
            contact = turn.kb.contacts.get(work.contact) if work.contact else None
            return head + "\n\n" + contact_card(contact, lang) if contact else head
        if asked:  # "does it come in Korean?": yes or no first, then the languages it has
            key = "work_language_yes" if asked in work.languages else "work_language_no"
            return t(key, lang, title=title, langs=langs, language=esc(language_name(asked, lang)))
        return t("work_languages", lang, title=title, langs=langs)
    if fact == "filmed":
        if not lexicon.WHERE_FILMED.search(fold(turn.text or "")):
            return None  # "where can I watch it?": no filming asked
        named = sets_in_summary(turn, work)
        if len(named) == 1 and catalog.filming_set(turn, work) == named[0].id:
            # "The series films in Hengdian's Ming and Qing folk houses": filmed there, said so
            return t("work_filmed_on", lang, title=title, set=f"<b>{esc(named[0].name.get(lang))}</b>")
        if named:
            sets = format_list([f"<b>{esc(loc.name.get(lang))}</b>" for loc in named], lang)
            return t("work_filmed_set", lang, title=title, sets=sets)
        if len(lexicon.split_parts(turn.text or "")) < 2:
            return None  # asked alone: the honest gap with the title's team (its card, its e-mail)
        return t("work_filmed_none", lang, title=title)  # one part of several: said in one line
    if fact == "coproduction":
        status_key = "coproduction_" + work.coproduction  # built at run time: test_keys_built_at_run_time_exist
        status = esc(t(status_key, lang))
        contact = turn.kb.contacts.get(work.contact) if work.contact else None
        if contact is None:
            return t("work_coproduction", lang, title=title, status=status)
        if work.coproduction != "completed" and lexicon.WHEN_DONE.search(fold(to_simplified(turn.text or "")[0])):
            # "when will it be finished?", "그거 언제 나와?" of one still in the works: its status,
            # and that no finish or release date is published, with its team (fixA17)
            return t("work_dates_unpublished", lang, title=title, status=status) + "\n\n" + contact_card(contact, lang)
        # "can we license it for Brazil?": the status answers only half; terms are not
        # published, so say so and give the work's own contact, who agrees them
        told = t("work_coproduction_terms", lang, title=title, status=status)
        if lexicon.yes_no(turn.text or "") and (named := lexicon.work_status(to_simplified(turn.text or "")[0])) \
                and not lexicon.either_asked(turn.text or ""):
            # "它还在找合作方吗", "is it still looking for partners?": whether it is in the status
            # asked, yes or no first, then the one it is in ("is it finished or still looking for
            # partners?" asks which: the status alone answers)
            # ("能授权吗" is answered "目前不能", not "不是": Chinese says no with the verb asked)
            no = "described_no_can" if CAN_ASKED.search(to_simplified(turn.text or "")[0]) else "described_no"
            told = t("described_yes", lang, sentence=told) if work.coproduction in named.split("+") \
                else t(no, lang, sentence=told)
        return told + "\n\n" + contact_card(contact, lang)
    return None


# -- partners, contacts, locations, incentives -------------------------------------------------
def sets_in_summary(turn: Turn, work: Work) -> list[Location]:
    """The sets a work's summary names, in any language (a logline "at the Qin Palace" or
    "在秦王宫"): where the catalog places it."""
    said = fold(" ".join(work.logline.all()))
    found = []
    for loc in turn.kb.locations.values():
        names = [*loc.name.all(), *loc.aliases.all()]
        if any(len(n) > 2 and fold(n) in said for n in names if n):
            found.append(loc)
    return found


def country_name(code: str, lang: Lang) -> str:
    return Locale.parse(lang).territories.get(code, code)


@lru_cache(maxsize=64)
def country_words(country: str) -> re.Pattern[str]:
    """The names a text may give a country in: CLDR names in four languages, demonyms ("South
    African", "Spanish", "española"). Built once per country (the names are CLDR's and the
    lexicon's, no knowledge), not one new pattern compiled at each message that asks."""
    return re.compile(names_pattern(escaped for _, escaped in country_names(country)))


@lru_cache(maxsize=64)
def country_names(country: str) -> tuple[tuple[str, str], ...]:
    """The names of `country_words` (each folded, and as its pattern writes it), in the order of
    its pattern's alternatives (the longest first)."""
    names = {fold(country_name(country, lang)) for lang in ("en", "es", "zh", "ko")}
    names |= {word for word, code in lexicon.country_vocabulary().items() if code == country}
    names |= set(lexicon.MENTIONS.get(country, ()))
    return tuple(sorted(((name, re.escape(name)) for name in names), key=lambda named: len(named[1]), reverse=True))


def names_pattern(escaped: Iterable[str]) -> str:
    """The pattern of `country_words` over these (escaped) names, in this order."""
    return r"(?<![a-z])(" + "|".join(escaped) + r")(?![a-z])"


def place_filter(code: str) -> str:
    """The answer key's filter for a country (ISO code) or a world region (CLDR digits)."""
    return f"region={code}" if code.isdigit() else f"country={code}"


def _partner(turn: Turn, partner: Partner, fact: str) -> str | None:
    lang = turn.lang
    if fact == "about":  # "what does Reel-K do?", "做什么的": what it is first, then what it does
        person = _person_asked(turn.text, partner.description.get(lang), lang) or detail_sentences(turn, partner)
        if person:  # "who is Dennis Chau?", "他们的COO是谁": the sentences naming him, not the whole profile
            return what_it_is(partner, lang, proper_words(turn)) + "\n" + esc(person)
        from intents.people import unquoted
        return what_it_is(partner, lang, proper_words(turn)) + "\n" + esc(unquoted(partner.description.get(lang), lang))
    if fact != "country":
        return None
    # ("Technology company (AI tools for production)" inside the sentence's own brackets: a colon)
    kind = re.sub(r"\s*\(([^()]*)\)", r": \1", in_sentence(partner.kind.get(lang), lang, proper_words(turn)))
    return t("partner_country", lang, name=esc(partner.name.get(lang)), kind=esc(kind),
             country=esc(country_name(partner.country, lang)))


def _person_asked(text: str, description: str, lang: Lang) -> str | None:
    """The sentences of a description that name the person a "who is …?" asks about ("who is
    Jooick Lee?" of Reel-K: the one saying who represented it), None when no person is asked or
    the description does not name them."""
    found = next((m for rx in lexicon.WHO_IS_NAME if (m := rx.search(text))), None)
    if found is None:
        return None
    name = fold(found.group(1)).strip()
    said = [s.strip() for s in re.findall(r"[^.!?。！？]+(?:[.!?。！？](?![A-Za-z0-9])|$)", description)
            if name in fold(s)]
    return " ".join(said) if said else None


# A person of a company asked by role ("Reel-K's CEO?", "他们的COO是谁", "대표 이름이 뭐예요?"), what
# that person did before ("그 사람 전에 어디서 일했어요?"), or one of its figures ("覆盖多少个国家",
# "한 달에 몇 편 올려요?"): the sentences of its description that say it, not the whole text.
# Each role: (the words asking it, the words of a description that name it, in the four languages).
PERSON_ROLES: tuple[tuple[str, str], ...] = (
    (r"(?<![a-z])ceo(?![a-z])|chief executive|director ejecutivo|首席执行官|执行长|최고경영자|대표(?! ?(작|번호|메일|전화))|사장",
     r"(?<![a-z])ceo(?![a-z])|chief executive|首席执行官|최고경영자|대표"),
    (r"(?<![a-z])coo(?![a-z])|chief operating|director de operaciones|首席运营官|运营官|최고운영책임자",
     r"(?<![a-z])coo(?![a-z])|chief operating|director de operaciones|首席运营官|최고운영책임자"),
    (r"co-?found|cofundador|fundador|创始人|창업자|창립자", r"co-?found|cofundador|fundador|创始人|창업자"),
    # who represented it at the signing ceremony ("who represented them at the signing ceremony?",
    # "¿quién la representó en la firma?", "签约仪式上谁代表他们出席", "협약식에 누가 참석했어요?"; play30;
    # who came on the company's behalf: "who came from their side?", "Reel-K 那邊是誰來的？",
    # "他们那边来了谁", "¿quién vino de su parte?" (play31)
    ((r"\brepresent\w*|\bwho attended\b|\bwho (came|showed up|turned up|was there|were there)( over| along)? (from|for|on behalf of) (their|its|his|her|that)\b"
     r"|\brepresent[oó]\b|\bquien(es)? (asisti|fue|vino|acudi)\w*|谁代表|誰代表|代表(他们|他們|她们|它们|公司|该公司|貴司|贵司)|出席"
     r"|(那边|那邊|那头|那頭|方面)(是)?(谁|誰)(来|來|去)的?|(那边|那邊|方面)(来|來)了(谁|誰|哪位|哪些人)"
     r"|(누가|누구) ?(참석|왔|갔|나왔|나갔|대표)|대표로.{0,15}(누가|누구)"),
     r"\brepresent\w*|出席|참석"),
)
# Each role's words asking it and words saying it, compiled once (the warm-up's `compile_pending`):
# written as `re.search(asks, …)` and `re.compile(says)` inside the readers, they were compiled on
# the first message asking a role, and again whenever `re`'s cache of 512 had let them go
# (perf23: 20 ms of CPU for the signing ceremony's asking words alone)
ROLES_ASKED = tuple(re.compile(asks, re.IGNORECASE) for asks, _ in PERSON_ROLES)
ROLES_SAID = tuple(re.compile(says, re.IGNORECASE) for _, says in PERSON_ROLES)
REPRESENTED_ASKED = ROLES_ASKED[-1]
PAST_JOB_ASKED = re.compile(r"\b(worked|work) (before|previously)\b|\bbefore (that|this|joining)\b|\bbackground\b|\bpreviously\b"
                            r"|\bantes (de|trabaj)|trayectoria|以前|之前|曾经|背景|履历|经历|전에|이전에|경력|이력|출신")
PAST_JOB_TOLD = re.compile(r"\bformer|\banterior|\bex-|曾任|前任|지낸|출신|전 ")
CONTACT_DETAIL = re.compile(r"e-?mail|\bmail\b|phone|\bnumber\b|correo|telefono|whatsapp|wechat|邮箱|邮件|电邮|电话|手机|号码|微信"
                            # (an address by its older or formal names: "信箱是多少", "전자우편 주소")
                            r"|信箱|郵箱|電郵|電話|이메일|메일|전자 ?우편|전화|번호|연락처|카톡")
FIGURE_ASKED = re.compile(r"\bhow (many|much)\b|\bcuant[oa]s?\b|多少(?!钱)|几(个|部|家|集|千|百|万)|(몇|얼마나 많은) ?(개|편|곳|명|개국|나라|부|회)")


def partner_detail(turn: Turn, partner: Partner) -> Reply | None:
    """The sentences of a company's description that answer a person by role, that person's past
    jobs or a figure asked of it (see `PERSON_ROLES`), with what it is; None when none does."""
    if (ours := _role_of_contact(turn, partner)) is not None:
        return ours
    said = detail_sentences(turn, partner)
    if said is None:
        return None
    text = what_it_is(partner, turn.lang, proper_words(turn)) + "\n" + esc(said)
    return Reply(text=text, lang=turn.lang, buttons=buttons(turn, "partner", partner),
                 answer=f"partner:{partner.id}#about", outcome="answered")


def _role_of_contact(turn: Turn, partner: Partner) -> Reply | None:
    """"and who is their co-founder?" of a company whose contact is that person ("Mary Lynn,
    co-founder"): the contact's name and role, said plainly, not a quotation that names them on
    the way (play30). None when another role, or none, is asked."""
    asked = fold(turn.text)
    if PAST_JOB_ASKED.search(asked) or REPRESENTED_ASKED.search(asked):
        return None
    roles = [says for asks, says in zip(ROLES_ASKED[:3], ROLES_SAID[:3], strict=True) if asks.search(asked)]
    contact = turn.kb.contacts.get(partner.contact or "")
    if len(roles) != 1 or contact is None or contact.person is None \
            or not roles[0].search(contact.person.get("en") or ""):
        return None
    return answer(turn, "contact", contact.id, "role")


def membership(turn: Turn, partner: Partner, asked: bool = False) -> Reply | None:
    """Whether a company is a member of the Alliance, asked of it (`lexicon.MEMBER_ASKED`): yes or
    no first, as its record says (`member`), then one line; when the record does not say, that
    the files do not list it as a member, with what it is. None when membership is not asked
    (`asked`: it was, in the question before, of another company: "and Dalynn?")."""
    said = fold(turn.text or "")
    if not asked and (not lexicon.MEMBER_ASKED.search(said) or lexicon.MEMBER_NOT_ASKED.search(said)):
        return None
    lang = turn.lang
    name = esc(partner.name.get(lang))
    kind = esc(in_sentence(partner.kind.get(lang), lang, proper_words(turn)))
    if partner.member:
        said = [s for s in split_sentences(partner.description.get(lang), lang)
                if not lexicon.MEMBER_ASKED.search(fold(s))]
        text = t("partner_member_yes", lang, name=name)
        text += ("\n" + esc(said[0])) if said else ""
    elif partner.member is False:
        text = t("partner_member_no", lang, name=name, kind=kind)
    else:
        text = t("partner_member_unlisted", lang, name=name, kind=kind)
    return Reply(text=text, lang=lang, buttons=buttons(turn, "partner", partner),
                 answer=f"partner:{partner.id}#member", outcome="answered")


_SCALE = {"thousand": 10**3, "mil": 10**3, "千": 10**3, "천": 10**3, "万": 10**4, "萬": 10**4, "만": 10**4,
          "million": 10**6, "millions": 10**6, "millon": 10**6, "millones": 10**6, "亿": 10**8, "億": 10**8, "억": 10**8,
          "billion": 10**9, "billions": 10**9}
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_FIGURE = re.compile(r"(\d+(?:[.,]\d+)*|[一二两三四五六七八九十])\s*(thousand|millions?|millon(?:es)?|billions?|mil(?![a-z])|千|万|萬|亿|億|천|만|억)?")


def figures(text: str) -> set[int]:
    """The amounts a text states ("300 million", "300 millones", "3亿", "3억", "1,000만 달러"),
    as numbers, so that the same figure said in any language compares equal; years and small
    counts (under 100) are left out, as they name no figure a company is known by."""
    found: set[int] = set()
    for m in _FIGURE.finditer(fold(text or "")):
        raw, scale = m.group(1), _SCALE.get(m.group(2) or "", 1)
        if raw in _HAN_DIGITS:
            if scale == 1:
                continue
            value = float(_HAN_DIGITS[raw])
        elif re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
            value = float(re.sub(r"[.,]", "", raw))
        else:
            value = float(raw.replace(",", "."))
        if scale == 1 and (value < 100 or 1900 <= value <= 2100):
            continue
        found.add(round(value * scale))
    return found


def maker_of_figure(turn: Turn) -> Reply | None:
    """"Who made the drama with 300 million views?", "全球播放破3亿的那部剧是谁做的": the one company
    whose description states a figure the question gives, with the sentence saying it; None when
    no maker is asked (`lexicon.MAKER_ASKED`) or no company, or more than one, states it."""
    asked = fold(turn.text or "")
    if not lexicon.MAKER_ASKED.search(asked):
        return None
    wanted = figures(turn.text)
    if not wanted:
        return None
    lang = turn.lang
    told = []
    for partner in turn.kb.partners.values():
        said = [s for s in split_sentences(partner.description.get(lang), lang) if figures(s) & wanted]
        if said:
            told.append((partner, said))
    if len(told) != 1:
        return None
    partner, said = told[0]
    text = what_it_is(partner, lang, proper_words(turn)) + "\n" + esc(sentences(said[:1], lang))
    return Reply(text=text, lang=lang, buttons=buttons(turn, "partner", partner),
                 answer=f"partner:{partner.id}#about", outcome="answered")


def partner_figures(turn: Turn, partner: Partner) -> Reply | None:
    """The sentences of a company's description that state a figure (views, sales, titles a month),
    with what it is; None when it states none (`figures`)."""
    lang = turn.lang
    said = [s for s in split_sentences(partner.description.get(lang), lang) if figures(s)]
    if not said:
        return None
    text = what_it_is(partner, lang, proper_words(turn)) + "\n" + esc(sentences(said[:2], lang))
    return Reply(text=text, lang=lang, buttons=buttons(turn, "partner", partner),
                 answer=f"partner:{partner.id}#about", outcome="answered")


def detail_sentences(turn: Turn, partner: Partner) -> str | None:
    """The sentence of a company's description naming the person asked by role or that person's
    past jobs, or the (up to two) sentences with figures when one is asked; None otherwise."""
    asked = fold(turn.text)
    told = PAST_JOB_TOLD if PAST_JOB_ASKED.search(asked) else None
    if told is None:
        roles = [says for asks, says in zip(ROLES_ASKED, ROLES_SAID, strict=True) if asks.search(asked)]
        if REPRESENTED_ASKED.search(asked):  # ("그쪽 대표로 누가 나왔어요?": 대표 is "on its behalf", no CEO)
            roles = roles[-1:]
        told = roles[0] if len(roles) == 1 else None
    # ("佢哋邮箱几多？", "电话多少" ask its contact details, no figure of the company)
    figure = told is None and FIGURE_ASKED.search(asked) is not None and not CONTACT_DETAIL.search(asked)
    if told is None and not figure:
        return None
    lang = turn.lang
    said = [s for s in split_sentences(partner.description.get(lang), lang)
            if (told.search(s) if told is not None else re.search(r"\d", s))]
    if figure and len(said) == 1 and (clause := _figure_clause(turn.text, said[0], partner, lang)) is not None:
        return clause
    if said and told is not None and any(told is says for says in ROLES_SAID[:3]):
        return _role_clause(said[0], told, lang)
    return sentences(said[:2 if figure else 1], lang) if said else None


# Where a sentence naming several people of a company passes to the next one ("… Dennis Chau, former
# … of Netflix Asia-Pacific, and its CEO Jooick Lee", "… y por su CEO", "…和首席执行官", "…차우(Dennis Chau)와, …")
_PEOPLE_JOINT = {"en": re.compile(r",?\s+and\s+"), "es": re.compile(r",?\s+y\s+"),
                 "zh": re.compile(r"和|与|與|及"), "ko": re.compile(r"(?<=[와과]),?\s+")}
_JOINT_WORDS = re.compile(r"^(by |and )?(its |their )|^(y )?(por )?(su |sus )", re.IGNORECASE)


def _role_clause(sentence: str, told: re.Pattern[str], lang: Lang) -> str:
    """Of a sentence naming several people by role ("represented by its COO Dennis Chau, …, and its
    CEO Jooick Lee, a renowned Korean film producer"), the part naming the one asked, when another
    is named before it: the answer first and short ("CEO Jooick Lee, a renowned Korean film
    producer."), not buried in the whole sentence (play34). The whole sentence otherwise."""
    found = told.search(sentence)
    others = [m.start() for says in ROLES_SAID[:3] for m in says.finditer(sentence)
              if found is not None and not told.fullmatch(m.group(0)) and m.start() < found.start()]
    if found is None or not others:
        return sentence
    joints = [j for j in _PEOPLE_JOINT[lang].finditer(sentence) if max(others) < j.start() < found.start()]
    if not joints:
        return sentence
    part = sentence[joints[-1].end():].strip()
    part = _JOINT_WORDS.sub("", part) if lang in ("en", "es") else part
    return part[:1].upper() + part[1:]


# Where a sentence of a description divides into clauses ("…content, ShortMax launches 400 new
# dramas every month, covering…", "…cada mes y llega a…", "每月上新400部短剧，覆盖…", "…선보이며, 240개…")
_CLAUSE_SPLIT = {"en": re.compile(r",\s+|\s+and\s+"), "es": re.compile(r",\s+|\s+y\s+"),
                 "zh": re.compile(r"[，；]"), "ko": re.compile(r"(?<=[며고]),\s+")}


def _ko_declarative(clause: str) -> str:
    """A Korean clause that ends in a connective ("선보이며", "있으며", "하고") as the sentence it
    would end ("선보입니다", "있습니다", "합니다")."""
    stem, last = clause[:-2], clause[-2:-1]
    if not clause.endswith(("며", "고")) or not "가" <= last <= "힣":
        return clause
    if last == "으":
        return stem + "습니다"
    final = (ord(last) - 0xAC00) % 28
    if final == 8:  # ("만들고" → "만듭니다": a final ㄹ gives way to ㅂ)
        return stem + chr(ord(last) - 8 + 17) + "니다"
    return stem + (last + "습니다" if final else chr(ord(last) + 17) + "니다")  # 17: the final ㅂ


def _figure_clause(asked: str, sentence: str, partner: Partner, lang: Lang) -> str | None:
    """Of a sentence stating more than one figure ("400 new dramas every month, covering over 240
    countries"), the clause with the figure asked ("한 달에 신작 몇 편 올려요?": 400 a month), as a
    sentence of its own with the company as its subject (play31: not the card's sentence again);
    None when no clause alone answers it or the clause would have no subject (the whole sentence then)."""
    from intents.people import words_shared
    clauses = [c.strip() for c in _CLAUSE_SPLIT[lang].split(sentence.rstrip("。.")) if c.strip()]
    with_figure = [c for c in clauses if re.search(r"\d", c)]
    if len(with_figure) < 2:
        return None
    scored = sorted(((words_shared(asked, c, lang), c) for c in with_figure), key=lambda x: -x[0])
    if scored[0][0] == 0 or scored[0][0] == scored[1][0]:
        return None
    clause = scored[0][1]
    names = [n for n in (partner.name.get(lang), partner.name.get("en")) if n]
    if lang == "zh":
        return clause + "。" if any(n in clause for n in names) else f"{names[-1]}{clause}。"
    if lang == "ko" and not any(n in clause for n in names) and any(n in sentence.split(" ")[0] for n in names):
        clause = f"{sentence.split(' ')[0]} {clause}"  # ("ShortMax는 240개 이상의 국가에…": the sentence's topic)
    if not any(n in clause for n in names):
        return None
    if lang == "ko":
        return _ko_declarative(clause) + "." if clause.endswith(("며", "고")) else clause + "."
    start = clause.index(next(n for n in names if n in clause))
    return clause[start:] + "."


def brief(turn: Turn, kind: str, record_id: str) -> str | None:
    """One line on a record for a list's items told about together ("tell me about them"): what it
    is and the first sentence of its description (a title's logline), None for other kinds."""
    lang, kb = turn.lang, turn.kb
    if kind == "partner" and record_id in kb.partners:
        partner = kb.partners[record_id]
        return f"{what_it_is(partner, lang, proper_words(turn))} {esc(lead(partner.description.get(lang), lang, 1))}"
    named = {"location": kb.locations, "event": kb.events}.get(kind, {}).get(record_id)
    if named is not None:
        return t("label_value", lang, label=f"<b>{esc(named.name.get(lang))}</b>",
                 value=esc(lead(named.description.get(lang), lang, 1)))
    if kind == "work" and record_id in kb.works:
        reply = answer(turn, "work", record_id, "logline")
        return reply.text if reply else None
    return None


def what_it_is(partner: Partner, lang: Lang, proper: Collection[str] = ()) -> str:
    """"<b>Reel-K</b>: Korean short drama platform." (a Spanish label lower-cased after the colon:
    "Reel-K: plataforma coreana de microdramas.")."""
    kind = in_sentence(partner.kind.get(lang), lang, proper)
    return t("label_value", lang, label=f"<b>{esc(partner.name.get(lang))}</b>",
             value=esc(kind) + ("。" if lang == "zh" else "."))


def _contact(turn: Turn, contact: Contact, fact: str) -> str | None:
    lang = turn.lang
    role = esc(contact.role.get(lang))
    if fact == "phone":
        # "国际业务部电话多少": the number, first and alone (or that none is published, and the card)
        if contact.phone:
            return t("contact_phone", lang, role=role, phone=esc(contact.phone))
        card = contact_card(contact, lang).split("\n", 1)
        return t("contact_no_phone", lang, role=role) + ("\n" + card[1] if len(card) > 1 else "")
    if fact == "role":
        head = t("contact_role", lang, person=esc(contact.person.get(lang)), role=role) \
            if contact.person else f"<b>{role}</b>"  # a team without a named person: its card
        card = contact_card(contact, lang).split("\n", 1)
        return head + ("\n" + card[1] if len(card) > 1 else "")
    if fact == "email":
        if not contact.email:
            return None
        text = fold(turn.text or "")
        phone = lexicon.PHONE_ASKED.search(text) if contact.phone else None
        if phone is not None:
            # "their email and phone?", "邮箱和电话", "이메일이랑 전화번호": both fields of the one
            # team, in one sentence, in the order asked (the phone has no fact of its own)
            mail = lexicon.EMAIL_WORD.search(text)
            key = "contact_phone_email" if mail is not None and phone.start() < mail.start() else "contact_email_phone"
            return t(key, lang, role=role, email=esc(contact.email), phone=esc(contact.phone))
        return t("contact_email", lang, role=role, email=esc(contact.email))
    if fact == "hours":
        if not contact.hours:
            return None
        hours = esc(contact.hours.get(lang))
        # "when can I call them? I'm in Lima": the same hours as the partner's clock reads them
        # (the zone they set, else the city this conversation named)
        zone = events.shown_zone(turn) if contact.office_hours else None
        local = office_hours.local_hours(contact.office_hours, lang, zone, turn.now) if zone and contact.office_hours else None
        if local:
            # (the partner's city as they wrote it, "Bilbao", not the zone's own "Madrid")
            city = events.city_written(turn, zone)
            if city is None and (zone.key.startswith("Etc/") or zone.key == "UTC"):
                # ("we're 6 hours behind you": a clock said by its hours off ours has no place to
                # name, "GMT+02:00" reads as a code: "your time")
                hours = t("hours_local_yours", lang, hours=hours, also=local)
            else:
                hours = t("hours_local", lang, hours=hours, also=local, city=esc(city or zone_city(zone, lang)))
        elif zone is not None and contact.office_hours and zone.key not in CHINA_ZONES \
                and zone.key != contact.office_hours.timezone:
            # "what time is that in Manila?": a city on the team's own clock is said to be so, as
            # event times do ("the same as in Manila"), not dropped
            city = events.city_written(turn, zone) or zone_city(zone, lang)
            hours = t("hours_same_zone", lang, hours=hours, city=esc(city))
        text = t("contact_hours", lang, role=role, hours=hours)
        if contact.office_hours and lexicon.IN_OFFICE_NOW.search(fold(turn.text)):
            # "is he there now?": yes or no first, then the hours
            is_open, opens = office_hours.next_opening(contact.office_hours, turn.now)
            shown = zone or ZoneInfo(contact.office_hours.timezone)
            when = office_hours.at_time(opens, shown, lang, ZoneInfo(contact.office_hours.timezone), now=turn.now)
            now = t("contact_open_now", lang) if is_open else t("contact_closed_today", lang, when=when) \
                if office_hours.same_day(opens, shown, turn.now) else t("contact_closed_now", lang, when=when)
            text = f"{now}\n{text}"
        elif contact.office_hours and lexicon.REPLY_WHEN.search(fold(turn.text)):
            # "when will they answer? it's 8pm here in Toronto": in the office now, or when to
            # expect a reply (as the handoff's notice says it), then the hours
            hours_of = contact.office_hours
            lead = office_hours.closed_line(hours_of, lang, zone, turn.now, ZoneInfo(hours_of.timezone))
            text = f"{lead or t('hours_open_now', lang)}\n{text}"
        return _on_days_named(turn, contact, text)
    return None


# What time the team starts on a day ("what time does the office open on Monday?", "¿a qué hora
# abren el lunes?", "周一几点开门", "월요일 몇 시에 열어요?"): a clock asked, not whether they work.
OPENING_TIME_ASKED = re.compile(r"\bwhat time\b|\b(a )?que hora\b|几点|几时|몇 ?시")


def _opening_on(turn: Turn, contact: Contact, weekday: int) -> str | None:
    """The team's opening on the next `weekday`, on their clock and the partner's (the zone they
    set or the city this conversation named): "They open on Monday at 9:00 (Beijing time; Monday
    at 10:00 in Seoul)." — the partner's own weekday when the time difference moves it."""
    hours = contact.office_hours
    if hours is None or turn.now is None:
        return None
    tz = ZoneInfo(hours.timezone)
    today = turn.now.astimezone(tz).date()
    day = today + timedelta(days=(weekday - today.weekday()) % 7)
    opens = datetime.combine(day, office_hours._clock(hours.start), tz)
    zone = events.shown_zone(turn)
    differs = zone is not None and opens.astimezone(zone).utcoffset() != opens.utcoffset()
    when = office_hours.at_time(opens, tz, turn.lang, tz, also=zone if differs else None)
    return t("hours_day_opens", turn.lang, when=when)


def _on_days_named(turn: Turn, contact: Contact, told: str) -> str:
    """"週六有人回覆嗎", "¿atienden los sábados?", "토요일에도 답장 와요?": the days named answered
    first (yes, or not that day), then the team's hours `told`, then the teams that do work on
    a day this one does not (the short drama centre on Saturdays)."""
    days = lexicon.days_named(turn.text or "")
    if not days or contact.office_hours is None:
        return told
    lang = turn.lang
    names = lambda ds: esc(format_list([str(get_day_names("wide", locale=lang)[d]) for d in ds], lang))
    worked = [d for d in days if d in contact.office_hours.weekdays()]
    off = [d for d in days if d not in worked]
    opens = _opening_on(turn, contact, worked[0]) if len(worked) == 1 and OPENING_TIME_ASKED.search(fold(turn.text)) else None
    lead = ([opens or t("hours_day_yes", lang, days=names(worked))] if worked else []) \
        + ([t("hours_day_no", lang, days=names(off))] if off else [])
    others = [t("hours_day_other", lang, days=names([d for d in off if d in other.office_hours.weekdays()]),
                role=esc(other.role.get(lang)), hours=esc(other.hours.get(lang)))
              for other in turn.kb.contacts.values()
              if other.id != contact.id and other.office_hours and other.hours
              and any(d in other.office_hours.weekdays() for d in off)]
    return "\n".join([sentences(lead, lang), told, *others])


def _era_not_covered(turn: Turn, loc: Location) -> str | None:
    """A set asked for a period it does not show ("有冇適合拍九十年代香港街景嘅場地？", "is Hong Kong Street
    good for a 1990s story?"): said first, plainly: no set of that period and this one as the
    closest with its own period, or the sets that do show it. None when the set covers every
    period named (or none is named)."""
    asked = [e for e in dict.fromkeys(turn.ids("era")) if e not in loc.eras]
    if not asked or not loc.era:
        return None
    lang = turn.lang
    label = format_list([esc(locations.term_name(turn, e)) for e in asked], lang)
    name, era = esc(loc.name.get(lang)), esc(loc.era.get(lang))
    others = [other for other in turn.kb.locations.values()
              if other.id != loc.id and set(asked) & set(other.eras) and other.status == "open"]
    if not others:
        return t("loc_era_none", lang, asked=label, name=name, era=era)
    sets = format_list([f"<b>{esc(other.name.get(lang))}</b>" for other in others[:3]], lang)
    return t("loc_era_elsewhere", lang, asked=label, name=name, era=era, sets=sets)


def _location(turn: Turn, loc: Location, fact: str) -> str | None:
    lang = turn.lang
    name = esc(loc.name.get(lang))
    if fact == "era":
        return t("loc_era", lang, name=name, era=esc(loc.era.get(lang)))
    if fact == "address":
        if not loc.address:
            return None
        # an address that opens with the set's own name ("Calle Guangzhou · Calle Hong Kong,
        # Hengdian World Studios…") says it once, in the sentence's head
        address = loc.address.get(lang)
        head = loc.name.get(lang)
        if address.startswith(head) and address[len(head):].lstrip().startswith((",", "，")):
            address = address[len(head):].lstrip()[1:].lstrip()
        return t("loc_address", lang, name=name, address=esc(address))
    if fact == "built" and loc.status == "open" and (OPERATING_ASKED.search(fold(turn.text or ""))
                                                      or FINISHED_ASKED.search(fold(turn.text or ""))):
        # "거기 지금 운영 중이에요?", "is it still under construction?" of a finished set (`status:
        # open` in locations.yaml): it is open
        return t("loc_open", lang, name=name)
    if fact == "built":  # "第一个是哪年建的？": the sentence that says so, or None (not published)
        said = [s for s in split_sentences(loc.description.get(lang), lang) if BUILT.search(s)]
        return t("label_value", lang, label=f"<b>{name}</b>", value=esc(said[0])) if said else None
    if fact == "about":
        return t("label_value", lang, label=f"<b>{name}</b>", value=esc(lead(loc.description.get(lang), lang)))
    if fact == "scene_types" and loc.scene_types:
        # "what kinda scenes could we shoot there?": the kinds of scene it suits, named first
        scenes = esc(format_list(labels_in_sentence(turn, [locations.term_name(turn, i) for i in loc.scene_types]), lang))
        return t("loc_scene_types", lang, name=name, scenes=scenes)
    if fact == "genres" and loc.genres:
        # "這部是什麼類型", "what genre is this one?" of a set: the stories and scenes it suits and
        # its period (the kind of a title is its genre; of a set, what can be shot there)
        terms = lambda ids: esc(format_list(labels_in_sentence(turn, [locations.term_name(turn, i) for i in ids]), lang))
        return t("loc_genres", lang, name=name, genres=terms(loc.genres), scenes=terms(loc.scene_types),
                 era=esc(loc.era.get(lang)))
    return None


# How far apart two parts of a set are, or whether both fit in one day, asked ("are Guangzhou
# Street and Hong Kong Street close to each other?", "¿están cerca una de la otra?", "兩個景距離遠唔遠",
# "香港街同廣州街可以同一日拍嗎", "두 거리 가까워요? 하루에 둘 다 찍을 수 있어요?")
NEARBY_ASKED = re.compile(
    r"\b(how far|far apart|far from each other|close to each other|close together|near each other|next to each other"
    r"|distance between|walking distance|same day|in one day|both in a day|one day for both)\b"
    r"|\b(que tan lejos|que tan cerca|a que distancia|distancia entre|cerca una de (la )?otra|cerca uno del otro"
    r"|lejos una de (la )?otra|lejos uno del otro|mismo dia|en un (solo )?dia|juntas|estan cerca|estan lejos)\b"
    r"|距离|距離|远不远|遠唔遠|远唔远|近不近|近唔近|多远|多遠|隔多远|相隔|挨着|挨著|同一天|同一日|一天(之内|內|内)?(拍|搞)|一日(拍|搞)"
    r"|离得|離得|远吗|遠嗎|近吗|近嗎"
    r"|얼마나 (떨어|멀)|거리가|가까워|가깝|멀어요|먼가요|같은 날|하루에|하루 만에")
# Two places asked of together, not one and a city elsewhere ("how far is Hengdian from Shanghai?")
_PAIR = re.compile(r"\b(each other|both|two|between|apart|together|one another|same day)\b"
                   r"|\b(entre si|entre ellas|entre ellos|una de (la )?otra|uno del otro|ambas|ambos|las dos|los dos|mismo dia|juntas|juntos)\b"
                   r"|两个|兩個|两条|兩條|两边|兩邊|两处|兩處|之间|之間|同一天|同一日|互相|彼此|둘|두 (곳|거리|세트|구역)|서로|같은 날|사이")
# A sentence of a description that says two parts lie side by side ("Guangzhou streets next to
# Hong Kong streets", "junto a", "相邻", "나란히 있습니다")
NEARBY_SAID = re.compile(r"\b(next to|adjacent|side by side|adjoining|beside|junto a|contigu\w*|adyacente\w*|al lado de)\b"
                         r"|相邻|紧邻|毗邻|相連|相连|并排|旁边|나란히|인접|바로 옆|맞붙")


def nearby_said(turn: Turn, named: Iterable[str], focus: str | None) -> Reply | None:
    """How far apart a set's parts are, asked of a set whose description says they lie side by
    side: that clause of the description (a fact in a description answers the question), not
    its card again with "not published"."""
    if not NEARBY_ASKED.search(fold(turn.text or "")):
        return None
    ids = list(dict.fromkeys(named))
    kind, _, rid = (focus or "").partition(":")
    loc_id = ids[0] if len(ids) == 1 else (rid if not ids and kind == "location" else None)
    loc = turn.kb.locations.get(loc_id or "")
    if loc is None:
        return None
    folded = fold(to_simplified(turn.text or "")[0])
    parts = [fold(p) for lang_ in ("en", "zh", "es", "ko") for p in re.split(r"\s*·\s*", loc.name.get(lang_) or "")]
    if not _PAIR.search(folded) and sum(1 for p in set(parts) if p and p in folded) < 2:
        return None  # one place of it, and somewhere else: not how far its parts lie apart
    lang = turn.lang
    # (the clause that says it: "…built in 1996 for The Opium War: Guangzhou streets next to…")
    clauses = [c.strip() for s in split_sentences(loc.description.get(lang), lang)
               for c in re.split(r"(?<=\S)[:：]\s*|,\s+y\s+(?=reúne|tiene|está|se )|(?<=로),\s*", s)]
    said = next((c for c in clauses if NEARBY_SAID.search(c)), None)
    if said is None:
        return None
    said = said[:1].upper() + said[1:] if lang in ("en", "es") else said
    if lang in ("en", "es") and not said.endswith((".", "!", "?")):
        said += "."
    return Reply(text=t("loc_nearby_said", lang, name=esc(loc.name.get(lang)), said=esc(said)), lang=lang,
                 buttons=buttons(turn, "location", loc), answer=f"location:{loc.id}#about", outcome="answered")


# A sentence of a set's description that says when or for what it was built.
# A set still being built says so: "under construction", "在建", "건설 중".
BUILT = re.compile(r"\bbuilt\b|construid|se construy|se levant|inaugur|建成|而建|建于|年建|始建|지어|세워|건립|조성"
                   r"|\b(filmed|shot) here\b|\bse (rodo|rodó|filmo|filmó)\b|在此拍摄|이곳에서 촬영"
                   r"|under construction|en construcci|在建|建设中|건설 ?중|공사 ?중",
                   re.IGNORECASE)
_SENTENCE_END = {"zh": re.compile(r"(?<=[。！？])"), "ko": re.compile(r"(?<=[.!?])\s+"),
                 "en": re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"«¡¿])"), "es": re.compile(r"(?<=[.!?»])\s+(?=[A-ZÁÉÍÓÚÑ“\"«¡¿])")}


def split_sentences(text: str, lang: Lang) -> list[str]:
    """The sentences of a knowledge text ("Co., Ltd." and "Jr." do not end one in en/es: the next
    word must open with a capital)."""
    return [s.strip() for s in _SENTENCE_END.get(lang, _SENTENCE_END["en"]).split(text) if s.strip()]


def dated_reply(lang: Lang, title: str, summary: str, data: str, answer: str) -> Reply | None:
    """The first sentence of `summary` (text in `lang`) that names a year (19xx / 20xx), under `title`
    in bold, with a details button (callback `data`) and the ask-a-person row, keyed `answer`; None
    when no sentence names a year. Shared by "since when?" of an incentive and "when was it
    founded?" of a programme: the dating sentence, not the whole card again."""
    dated = [s for s in split_sentences(summary, lang) if re.search(r"(19|20)\d\d", s)]
    if not dated:
        return None
    text = f"<b>{esc(title)}</b>\n{esc(dated[0])}"
    return Reply(text=text, lang=lang, buttons=[[Button(label=t("details", lang), data=data)], ask_person_row(lang)],
                 answer=answer, outcome="answered")


def lead(text: str, lang: Lang, count: int = 2) -> str:
    """The first `count` sentences of a description: enough to say what a record is."""
    return sentences(split_sentences(text, lang)[:count], lang)


# The sentence of a procedure that says how far ahead ("Allow at least four weeks before your
# first shooting day.", "con al menos cuatro semanas de antelación", "请至少在开机前四周提交",
# "첫 촬영일 최소 4주 전까지")
LEAD_SENTENCE = re.compile(r"\b(weeks?|days?|months?|semanas?|dias|meses)\b.{0,40}\b(before|in advance|ahead|antelacion|anticipacion|antes)\b"
                           r"|\b(in advance|ahead of)\b|(提前|至少).{0,12}(周|天|个月|日)|(周|天|个月)(前|以前|之前)|(주|일|개월) ?(전|前)")
_LEAD_SPLIT = re.compile(r"(?<=[.!?。！？])\s*")


def _lead_first(turn: Turn, text: str) -> tuple[str, str] | None:
    """A procedure asked how far ahead ("¿con cuánta anticipación hay que mandarla?", "要提前多久"):
    its sentence that says so, and the rest, so the lead time is said first; None when none says it."""
    said = fold(turn.text or "")
    # (a deadline to apply for a procedure is how far ahead: "is there a deadline to apply?")
    if "lead_time" not in lexicon.facts_asked(turn.text or "") and not lexicon.DEADLINE_ASKED.search(said):
        return None
    parts = [p for p in _LEAD_SPLIT.split(text) if p.strip()]
    lead = [p for p in parts if LEAD_SENTENCE.search(fold(p))]
    if not lead or len(lead) == len(parts):
        return None
    sep = "" if turn.lang in ("zh",) else " "
    return sep.join(lead), sep.join(p for p in parts if p not in lead)


def _incentive(turn: Turn, item: Incentive, fact: str) -> str | None:
    lang = turn.lang
    field = item.eligibility if fact == "eligibility" else item.how_to_apply
    title = item.title.get(lang)
    if fact == "how_to_apply" and (split := _lead_first(turn, field.get(lang))):
        # "how far ahead?": the lead time first, the procedure after it
        lead, rest = split
        head = t("inc_fact_titled", lang, title=esc(title), text=esc(rest)) if TITLE_SAYS[fact].search(fold(title)) \
            else t("inc_fact", lang, title=esc(title), label=t(fact, lang), text=esc(rest))
        return f"{esc(lead)}\n\n{head}"
    if TITLE_SAYS[fact].search(fold(title)):
        # "How to request support for your shoot — How to apply: …", "如何申请拍摄支持·申请方式：…":
        # a title that already says what the fact is reads once, as the head of its answer
        return t("inc_fact_titled", lang, title=esc(title), text=esc(field.get(lang)))
    return t("inc_fact", lang, title=esc(title), label=t(fact, lang), text=esc(field.get(lang)))


# Words of an incentive's title that already say which of its facts is given
TITLE_SAYS = {"how_to_apply": re.compile(r"\b(apply|applying|application|request)|solicit|申请|申請|신청"),
              "eligibility": re.compile(r"\b(eligib|qualif)|requisit|\bquien puede|适用|资格|資格|대상|자격")}

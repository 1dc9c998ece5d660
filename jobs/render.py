"""What one partner receives: an announcement or a reminder rendered in their language and zone.

Rendering is pure (knowledge + recipient in, `Outgoing` out), so the staff preview, the
command-line preview and the broadcast all show the same thing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, Field

from core.i18n import Lang, Locale, partner_locale, t
from core.kb.schema import Announcement, Audience, Event, LocalizedText
from core.kb.schema import Button as KbButton
from intents.callbacks import encode
from intents.reply import Button, esc
from jobs.delivery import Outgoing, Recipient

BEIJING = ZoneInfo("Asia/Shanghai")
from core.i18n_format import format_event_time, format_relative


class Payload(BaseModel):
    """An announcement as stored with its broadcast (a snapshot: later edits do not leak in
    once it started). Built from a knowledge record or by the staff composer."""

    id: str
    text: LocalizedText
    audience: Audience
    buttons: list[KbButton] = Field(default_factory=list)
    photo: str | None = None
    event: str | None = None

    @classmethod
    def of(cls, ann: Announcement) -> Payload:
        return cls(id=ann.id, text=ann.text, audience=ann.audience, buttons=ann.buttons,
                   photo=ann.photo, event=ann.event)

    def dump(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


def recipient(row: dict[str, Any]) -> Recipient:
    """A profile row (chat_id, language, chat_lang, language_code, zh_script, timezone,
    country) as a Recipient, in the language `partner_locale` picks for broadcasts."""
    locale = partner_locale(row, broadcast=True)
    return Recipient(chat_id=row["chat_id"], lang=locale.lang, variant=locale.variant,
                     timezone=row.get("timezone"), country=row.get("country"))


def in_script(out: Outgoing, rcpt: Recipient) -> Outgoing:
    """The message as this partner reads it: converted to Traditional Chinese for those who
    read it (text and button labels); the one conversion step of broadcasts and reminders."""
    locale = Locale(rcpt.lang, rcpt.variant)
    if not locale.traditional:
        return out
    rows = [[b.model_copy(update={"label": locale.convert(b.label)}) for b in row]
            for row in out.buttons]
    return Outgoing(text=locale.convert(out.text), buttons=rows, photo=out.photo)


def in_audience(rcpt: Recipient, audience: Audience) -> bool:
    """Language and country filters (topics were already matched by the query)."""
    if audience.languages and rcpt.lang not in audience.languages:
        return False
    return not audience.countries or (rcpt.country or "").upper() in audience.countries


def stop_button(audience: Audience, lang: Lang) -> Button:
    """'Stop': the one topic of a single-topic audience, else all of them."""
    args = audience.topics[:1] if len(audience.topics) == 1 else []
    return Button(label=t("stop_button", lang), data=encode("stop", *args))


def render_announcement(payload: Payload, rcpt: Recipient,
                        knowledge_dir: Path | None = None) -> Outgoing:
    """The message as this partner sees it: their language (else English), buttons, Stop."""
    lang = rcpt.lang
    event_row: list[Button] = []
    rows: list[list[Button]] = []
    for button in payload.buttons:
        if button.kind == "url":
            rows.append([Button(label=button.label.get(lang), url=str(button.url))])
        elif button.kind == "add_to_calendar":
            event_row.append(Button(label=t("btn_calendar", lang),
                                    data=encode("ics", button.event)))
        else:
            event_row.append(Button(label=t("btn_remind", lang), data=encode("rem", button.event)))
    if event_row:
        rows.insert(0, event_row)
    rows.append([stop_button(payload.audience, lang)])
    photo: str | Path | None = payload.photo
    if photo and not photo.startswith(("http://", "https://")) and knowledge_dir is not None:
        photo = knowledge_dir / photo
    return in_script(Outgoing(text=payload.text.get(lang), buttons=rows, photo=photo), rcpt)


def zone_of(rcpt_tz: str | None, home_tz: ZoneInfo | None = None) -> ZoneInfo | None:
    """The partner's zone if valid, else `home_tz` (None: unknown)."""
    if rcpt_tz:
        try:
            return ZoneInfo(rcpt_tz)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return home_tz


def event_zone(event: Event) -> ZoneInfo:
    """The zone the event is held in (events.yaml `timezone`), else its offset's."""
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return event.starts.tzinfo  # type: ignore[return-value]


def when_block(event: Event, lang: Lang, user_tz: ZoneInfo | None, city: str | None = None) -> str:
    """"🗓 Saturday, 16 October 2027, 19:30–22:30 (Beijing time) — 05:30–08:30 in Mexico
    City": the event's own zone, then the partner's when known and different (`city`: named
    as the partner wrote it, "Rosario" for Buenos Aires' zone)."""
    return "🗓 " + format_event_time(event.starts, event.ends, event_zone(event), user_tz, lang, city=city)


def render_reminder(event: Event, rcpt: Recipient, now: datetime,
                    home_tz: ZoneInfo) -> Outgoing:
    """'Reminder: X starts tomorrow', in the partner's language and time zone."""
    lang = rcpt.lang
    minutes = (event.starts - now).total_seconds() / 60
    venue = t("venue", lang, venue=esc(event.venue.get(lang))) if event.venue else ""
    text = t("reminder", lang, event=esc(event.name.get(lang)),
             relative=format_relative(minutes, lang),
             when=when_block(event, lang, zone_of(rcpt.timezone)), venue=venue)
    buttons = [[Button(label=t("btn_calendar", lang), data=encode("ics", event.id))]]
    return in_script(Outgoing(text=text, buttons=buttons), rcpt)

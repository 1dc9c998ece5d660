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

from core.i18n import BEIJING_ZONES, Lang, pick_lang
from core.kb.schema import Announcement, Audience, Event, LocalizedText
from core.kb.schema import Button as KbButton
from intents.callbacks import encode
from intents.reply import Button, esc
from jobs.delivery import Outgoing, Recipient
from jobs.texts import fmt_dt, fmt_relative, t

BEIJING = ZoneInfo("Asia/Shanghai")


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
    """A profile row (chat_id, language, language_code, timezone, country) as a Recipient."""
    return Recipient(chat_id=row["chat_id"],
                     lang=pick_lang(row.get("language"), row.get("language_code")),
                     timezone=row.get("timezone"), country=row.get("country"))


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
    return Outgoing(text=payload.text.get(lang), buttons=rows, photo=photo)


def zone_of(rcpt_tz: str | None, home_tz: ZoneInfo) -> ZoneInfo:
    """The partner's zone if valid, else the studio's (BOT_TIMEZONE)."""
    if rcpt_tz:
        try:
            return ZoneInfo(rcpt_tz)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return home_tz


def when_block(starts: datetime, lang: Lang, tz: ZoneInfo, home_tz: ZoneInfo = BEIJING) -> str:
    """The start in the partner's zone `tz` and in the studio's zone `home_tz` (BOT_TIMEZONE),
    once if they are the same. The studio's time is labelled "Beijing time" only when that
    zone really is Beijing's; otherwise with its own name."""
    shown = fmt_dt(starts.astimezone(home_tz), lang)
    beijing = (t("when_beijing", lang, beijing=shown, zone=home_tz.key)
               if home_tz.key in BEIJING_ZONES else t("when_home", lang, home=shown, zone=home_tz.key))
    if starts.astimezone(tz).utcoffset() == starts.astimezone(home_tz).utcoffset():
        return beijing
    return t("when_local", lang, local=fmt_dt(starts.astimezone(tz), lang), tz=tz.key) + beijing


def render_reminder(event: Event, rcpt: Recipient, now: datetime,
                    home_tz: ZoneInfo) -> Outgoing:
    """'Reminder: X starts tomorrow', in the partner's language and time zone."""
    lang = rcpt.lang
    tz = zone_of(rcpt.timezone, home_tz)
    minutes = (event.starts - now).total_seconds() / 60
    venue = t("venue", lang, venue=esc(event.venue.get(lang))) if event.venue else ""
    text = t("reminder", lang, event=esc(event.name.get(lang)),
             relative=fmt_relative(minutes, lang), when=when_block(event.starts, lang, tz, home_tz),
             venue=venue)
    buttons = [[Button(label=t("btn_calendar", lang), data=encode("ics", event.id))]]
    return Outgoing(text=text, buttons=buttons)

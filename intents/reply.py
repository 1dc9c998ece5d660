"""The transport-independent answer an intent handler returns.

Handlers never touch Telegram. They return a `Reply`; `bot.render` turns it into Telegram calls,
the console chat prints it, and tests assert on it. `text` is Telegram-flavoured HTML in which
every piece of partner- or staff-supplied text has already been escaped with `esc`.
"""

from __future__ import annotations

import html
import unicodedata
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr, field_validator

from core.i18n import Lang, Locale


def esc(text: object) -> str:
    """Escape text from knowledge files or partners before it goes into HTML."""
    return html.escape(str(text), quote=False)


LABEL_MAX = 60
"""Characters of a button label: Telegram cuts at 64, and a phone shows fewer."""


def short_label(text: str, limit: int = LABEL_MAX) -> str:
    """`text` within `limit` characters, cut at a word boundary with "…" ("ℹ️ Taller de
    coproducción para productores…", never "…productores latin"). Chinese and Korean, written
    without spaces between words (or with few), are cut at the limit."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:·-–—(（、，") + "…"


PAIR_WIDTH = 22
"""Widest label (Chinese and Korean characters count two) that still reads in full as one
of two buttons side by side on a phone."""


def paired(buttons: list[Button]) -> list[list[Button]]:
    """Choices two to a row where both labels fit half a phone's width, else one to a row
    ("Jornada de pitch en línea de HISDA para productores…" beside another event showed a few
    words of each)."""
    def wide(label: str) -> bool:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in label) > PAIR_WIDTH

    rows: list[list[Button]] = []
    for button in buttons:
        last = rows[-1] if rows else None
        if last and len(last) == 1 and not wide(last[0].label) and not wide(button.label):
            last.append(button)
        else:
            rows.append([button])
    return rows


class Button(BaseModel):
    """An inline button: exactly one of callback `data` (≤ 64 bytes) or `url`. A label longer
    than `LABEL_MAX` is shortened at a word boundary (`short_label`), in one place for all."""

    label: str
    data: str | None = None
    url: str | None = None

    @field_validator("label")
    @classmethod
    def _fits(cls, label: str) -> str:
        return short_label(label)


class Venue(BaseModel):
    """A place to show on the map (Telegram sendVenue)."""

    lat: float
    lon: float
    title: str
    address: str


class Document(BaseModel):
    """A file to send, e.g. an .ics calendar entry."""

    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"
    caption: str | None = None


class Reply(BaseModel):
    """One answer: some HTML text, rows of buttons, and optional attachments."""

    text: str
    lang: Lang = "en"
    buttons: list[list[Button]] = Field(default_factory=list)
    venue: Venue | None = None
    document: Document | None = None
    # How a transport should deliver it when the reply answers a button press:
    # "new" sends a new message; "edit" replaces the message the button was on (paging).
    mode: Literal["new", "edit"] = "new"
    # A short notice for the button press itself (Telegram answerCallbackQuery toast).
    toast: str | None = None
    # Signals for the transport/staff: e.g. {"handoff": "..."} to forward to staff chat.
    staff_note: str | None = None
    # The catalog title whose "I'm interested" this reply records (the ⭐ button or the wish in words):
    # with no staff chat configured the transport says what is true instead of "our team will
    # contact you" (`handoff.unstaffed_interest`)
    interest: str | None = None
    # The partner asked for a person: the transport opens a handoff to the staff chat on this
    # subject ("locations", "catalog", ... or "" when none is known).
    handoff: str | None = None
    intent: str | None = None
    confidence: float | None = None
    # What was answered, for the question log and the answer evaluation: "faq:visa",
    # "event:latin_film_night#date", "work:<id>", "list:works?genre=sci_fi", "gap:<contact id>",
    # "handoff", "smalltalk:greet", "fallback" ...
    answer: str | None = None
    # answered | gap (honest "not published") | fallback | smalltalk | action (preference, subscription...)
    outcome: str | None = None
    # The records this answer lists, in the order shown, as "kind:id" ("work:work_grandma_2_0"):
    # what "the second one" picks from in the next message.
    items: list[str] = Field(default_factory=list)
    # The record this answer is about when its key does not say it (a FAQ answered about a named
    # event), as "kind:id": what "where is it?" refers to next.
    focus: str | None = None
    # The subject this answer is on when neither its key nor its focus says it: an honest gap
    # about a set's price is "locations" (whom "can I talk to someone?" reaches next).
    subject: str | None = None
    # The answer ends asking which city the partner is in ("what time is that for me?" with no
    # zone known): a place said next answers that question (`Memory.which_city`).
    asks_city: bool = False
    # How the router came to this answer where it rests on a guess rather than on a rule of its own
    # for what the message says (the exemplars' clear vote replaces only those:
    # `intents.exemplars.clearly_better`): "read" an honest gap of a topic one word was read as (a
    # sign-up, a hotel beside the question, a deal's terms as a whole, or nothing named) where no
    # number, measure or share is asked; "matched" the FAQ the matchers put first, no words of the
    # message naming it; "unsure" the out-of-scope reply of a classifier not confident of it. None:
    # a rule of the router's chose it (an honest gap of a number asked, a count of the members, a
    # visa for a degree abroad declined, a FAQ its words name).
    guess: str | None = None
    # The parts of a run-on message this answer already read one by one (`Router.multi`): none of
    # them is answered a second time, alone and out of the conversation (`Router.each_ask`).
    _parts_read: tuple[str, ...] = PrivateAttr(default=())


def distinct_buttons(rows: list[list[Button]]) -> list[list[Button]]:
    """The keyboard without repeats: a button doing what an earlier one does (same callback
    data or URL) is dropped, and rows left empty go. A reply put together from several answers
    (the set and its open day) would otherwise offer "📍 Show on map" twice."""
    seen: set[str] = set()
    kept: list[list[Button]] = []
    for row in rows:
        fresh = []
        for b in row:
            key = b.data or b.url or ""
            if key and key in seen:
                continue
            seen.add(key)
            fresh.append(b)
        if fresh:
            kept.append(fresh)
    return kept


def in_script(reply: Reply, locale: Locale | None) -> Reply:
    """The reply as the partner reads it: its keyboard without repeated buttons and, for a
    partner who reads Traditional Chinese, every visible string (text, button labels, document
    caption, toast, venue) converted with OpenCC. The one place this happens; transports call
    it right before rendering. Other replies are returned unchanged."""
    rows = distinct_buttons(reply.buttons)
    if rows != reply.buttons:
        reply = reply.model_copy(update={"buttons": rows})
    if locale is None or reply.lang != "zh" or not locale.traditional:
        return reply
    conv = locale.convert
    update: dict[str, object] = {
        "text": conv(reply.text),
        "buttons": [[b.model_copy(update={"label": conv(b.label)}) for b in row]
                    for row in reply.buttons],
        "toast": conv(reply.toast) if reply.toast else reply.toast,
    }
    if reply.document is not None and reply.document.caption:
        update["document"] = reply.document.model_copy(
            update={"caption": conv(reply.document.caption)})
    if reply.venue is not None:
        update["venue"] = reply.venue.model_copy(
            update={"title": conv(reply.venue.title), "address": conv(reply.venue.address)})
    return reply.model_copy(update=update)


# -- a reply says each thing once -----------------------------------------------------------------
_TAG = __import__("re").compile(r"<[^>]+>")
_MAIL = __import__("re").compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_END = tuple(".。!！?？»”」)")


def _plain(line: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", line)).split())


def without_repeats(text: str) -> str:
    """The reply's text with nothing said twice, however its parts were put together (a yes/no
    and the card that both state a company's sentence; a contact card and a company's card that
    ends with the same contact): a sentence line already said is left out, a paragraph that then
    adds little (half of it or more was said) goes, and so does a contact block whose e-mails were
    all shown above. Short lines (a date, a place, a list's bullet) may repeat: lists repeat them."""
    paragraphs = text.split("\n\n")
    kept: list[str] = []
    said: set[str] = set()
    mails: set[str] = set()
    for paragraph in paragraphs:
        lines, own = [], set()
        for line in paragraph.split("\n"):
            # a sentence line said twice in one paragraph (two answers joined by a single line
            # break: "올해 헝뎬 영화제는 언제 열렸어요?" printed its paragraph twice): once
            plain = _plain(line)
            if len(plain) >= 40 and plain.endswith(_SENTENCE_END) and plain in own:
                continue
            own.add(plain)
            lines.append(line)
        found = set(_MAIL.findall(paragraph))
        if found and kept and found <= mails and all(len(_plain(line)) < 120 for line in lines):
            if _plain(kept[-1]).endswith((":", "：")) and not _MAIL.search(lines[0]):
                # "…terms are agreed with:" leads into the team: its name line stays (the e-mail
                # and hours said above go)
                kept.append(lines[0])
            continue  # the same contact again ("Contacto: … ✉️ partners@…" under its card)
        fresh = [line for line in lines
                 if not (len(_plain(line)) >= 40 and _plain(line).endswith(_SENTENCE_END) and _plain(line) in said)]
        dropped = sum(len(_plain(line)) for line in lines) - sum(len(_plain(line)) for line in fresh)
        if dropped and (not fresh or dropped * 2 >= sum(len(_plain(line)) for line in lines)):
            continue  # the paragraph mostly repeats what was said (the card under its yes/no)
        if fresh and _plain("\n".join(fresh)) in {_plain(p) for p in kept}:
            continue
        kept.append("\n".join(fresh))
        said.update(_plain(line) for line in fresh)
        mails |= found
    return "\n\n".join(kept)

"""Turn a transport-independent `Reply` into Telegram calls (and into console text)."""

from __future__ import annotations

import html
import logging
import re

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    MaybeInaccessibleMessage,
    Message,
    ReplyParameters,
)
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest
from telegram.ext import ExtBot

from core.i18n import Locale
from intents.reply import Reply, in_script

log = logging.getLogger(__name__)

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096
CAPTION_LIMIT = MessageLimit.CAPTION_LENGTH  # 1024
_TAG = re.compile(r"<[^>]+>")


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(b.label[:64], url=b.url) if b.url
         else InlineKeyboardButton(b.label[:64], callback_data=b.data) for b in row]
        for row in reply.buttons if row
    ])


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji or a rare CJK character is 2)."""
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    """The longest prefix of `text` (in characters) within `limit` UTF-16 units."""
    if utf16_len(text) <= limit:
        return len(text)
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)


def split_html(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split at paragraph, then line boundaries, so no chunk exceeds Telegram's limit (counted,
    as Telegram does, in UTF-16 code units; tags are counted too, which only errs on the safe
    side).

    Our replies open and close every tag on one line, so cutting between lines never breaks
    HTML. A single line longer than the limit loses its tags and is cut at a space.
    """
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        if utf16_len(line) > limit:
            plain = html.escape(html.unescape(_TAG.sub("", line)), quote=False)
            pieces = []
            while utf16_len(plain) > limit:
                fit = _fit(plain, limit)
                cut = plain.rfind(" ", 0, fit)
                cut = cut if cut > fit // 2 else fit
                head = plain[:cut]
                amp = head.rfind("&")
                if amp != -1 and ";" not in head[amp:]:  # never cut inside &amp;
                    head, cut = head[:amp], amp
                pieces.append(head)
                plain = plain[cut:].lstrip()
            pieces.append(plain)
        else:
            pieces = [line]
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if utf16_len(candidate) > limit:
                chunks.append(current)
                current = piece
            else:
                current = candidate
    if current.strip() or not chunks:
        chunks.append(current)
    return [c for c in chunks if c.strip()] or [text[:_fit(text, limit)]]


async def send_reply(bot: ExtBot, chat_id: int, reply: Reply, *, locale: Locale | None,
                     edit: MaybeInaccessibleMessage | None = None,
                     reply_to: int | None = None) -> list[Message]:
    """Send (or, for paging buttons, edit in place) one reply with its attachments, in the
    partner's `locale` (Traditional Chinese readers get it converted, see `in_script`).
    `locale` has no default so that no partner-visible send can forget the script: pass
    `partner_locale(...)` for a partner, None only for staff (their texts stay as written).

    Retries are the bot's (`bot.send.PartnerBot`: one policy for every send). `edit` may be a
    message Telegram no longer shows us (`InaccessibleMessage`): it is edited by id, and if
    that fails the page comes as a new message. `reply_to` (a message id) makes the first
    message a reply, so in a group everyone sees whose question it answers.
    """
    reply = in_script(reply, locale)
    sent: list[Message] = []
    markup = keyboard(reply)
    quote = (ReplyParameters(reply_to, allow_sending_without_reply=True)
             if reply_to is not None else None)
    if reply.document is not None:
        doc = reply.document
        sent.append(await bot.send_document(
            chat_id, InputFile(doc.content, filename=doc.filename),
            caption=(doc.caption or "")[:CAPTION_LIMIT] or None, parse_mode=ParseMode.HTML,
            # (a document goes alone: its buttons ride on it, "Cancel reminder" under the file
            # sent with the reminder's confirmation)
            reply_markup=markup, reply_parameters=quote))
        return sent
    if reply.venue is not None:
        v = reply.venue
        sent.append(await bot.send_venue(
            chat_id, latitude=v.lat, longitude=v.lon, title=v.title[:128],
            address=v.address[:256], reply_parameters=quote))
        if not _said_by_pin(reply.text, v.title, v.address):
            # a pin sent beside an answer ("주소가 어디예요? 위치도 보내 주세요", or any combined
            # reply that picked one up): the answer follows the pin, never dropped for a bare pin
            for i, chunk in enumerate(chunks := split_html(reply.text)):
                sent.append(await bot.send_message(
                    chat_id, chunk, parse_mode=ParseMode.HTML, reply_markup=markup if i == len(chunks) - 1 else None,
                    disable_web_page_preview=True))
        return sent
    chunks = split_html(reply.text)
    if edit is not None and reply.mode == "edit" and len(chunks) == 1:
        try:
            result = await bot.edit_message_text(
                chunks[0], chat_id=edit.chat.id, message_id=edit.message_id,
                parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True)
            return [result] if isinstance(result, Message) else []
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return []
            log.info("could not edit message %s (%s); sending a new one", edit.message_id, exc)
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        sent.append(await bot.send_message(
            chat_id, chunk, parse_mode=ParseMode.HTML, reply_markup=markup if last else None,
            disable_web_page_preview=True, reply_parameters=quote if i == 0 else None))
    return sent


def _said_by_pin(text: str, title: str, address: str) -> bool:
    """Whether a pin's reply text says nothing the pin does not (its title or address, or nothing)."""
    plain = html.unescape(_TAG.sub("", text or "")).strip()
    return not plain or plain in (title.strip(), address.strip()) or plain == f"{title}\n{address}".strip()


def to_console(reply: Reply, locale: Locale | None = None) -> str:
    """Plain-text rendering for the terminal: tags dropped, buttons listed with numbers."""
    reply = in_script(reply, locale)
    text = html.unescape(_TAG.sub("", reply.text))
    lines = [text]
    if reply.venue:
        lines.append(f"[map] {reply.venue.title}: {reply.venue.lat:.5f}, {reply.venue.lon:.5f}"
                     f" — {reply.venue.address}")
    if reply.document:
        lines.append(f"[file] {reply.document.filename} ({len(reply.document.content)} bytes)")
    return "\n".join(lines)

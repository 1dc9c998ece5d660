"""Turn a transport-independent `Reply` into Telegram calls (and into console text)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import ExtBot
from tenacity import (
    AsyncRetrying,
    before_sleep_log,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from intents.reply import Reply

log = logging.getLogger(__name__)

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH  # 4096
CAPTION_LIMIT = MessageLimit.CAPTION_LENGTH  # 1024
_TAG = re.compile(r"<[^>]+>")
T = TypeVar("T")
SEND_ATTEMPTS = 4


def _transient(exc: BaseException) -> bool:
    """A 5xx answer or a connection that failed before the request went out: the reply was not
    delivered, so sending again loses nothing and duplicates nothing. A time-out is excluded:
    Telegram may have delivered the message before it (a second copy is worse than waiting
    for the partner to ask again; the error handler apologises)."""
    return isinstance(exc, NetworkError) and not isinstance(exc, (TimedOut, BadRequest))


async def with_retries(call: Callable[[], Awaitable[T]]) -> T:
    """One Bot API call, retried with backoff (0.5 s, 1 s, 2 s) on transient failures.
    429s are the rate limiter's (AIORateLimiter honours retry_after)."""
    async for attempt in AsyncRetrying(
            retry=retry_if_exception(_transient), stop=stop_after_attempt(SEND_ATTEMPTS),
            wait=wait_exponential(multiplier=0.5, max=4), reraise=True,
            before_sleep=before_sleep_log(log, logging.WARNING)):
        with attempt:
            return await call()
    raise AssertionError("unreachable: tenacity reraises the last error")


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


async def send_reply(bot: ExtBot, chat_id: int, reply: Reply,
                     edit: Message | None = None) -> list[Message]:
    """Send (or, for paging buttons, edit in place) one reply with its attachments."""
    sent: list[Message] = []
    markup = keyboard(reply)
    if reply.document is not None:
        doc = reply.document
        sent.append(await with_retries(lambda: bot.send_document(
            chat_id, InputFile(doc.content, filename=doc.filename),
            caption=(doc.caption or "")[:CAPTION_LIMIT] or None, parse_mode=ParseMode.HTML)))
        return sent
    if reply.venue is not None:
        v = reply.venue
        sent.append(await with_retries(lambda: bot.send_venue(
            chat_id, latitude=v.lat, longitude=v.lon, title=v.title[:128],
            address=v.address[:256])))
        return sent
    chunks = split_html(reply.text)
    if edit is not None and reply.mode == "edit" and len(chunks) == 1:
        try:
            result = await with_retries(lambda: edit.edit_text(
                chunks[0], parse_mode=ParseMode.HTML, reply_markup=markup,
                disable_web_page_preview=True))
            return [result] if isinstance(result, Message) else []
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return []
            log.info("could not edit message %s (%s); sending a new one", edit.message_id, exc)
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        sent.append(await with_retries(lambda chunk=chunk, last=last: bot.send_message(
            chat_id, chunk, parse_mode=ParseMode.HTML, reply_markup=markup if last else None,
            disable_web_page_preview=True)))
    return sent


def to_console(reply: Reply) -> str:
    """Plain-text rendering for the terminal: tags dropped, buttons listed with numbers."""
    text = html.unescape(_TAG.sub("", reply.text))
    lines = [text]
    if reply.venue:
        lines.append(f"[map] {reply.venue.title}: {reply.venue.lat:.5f}, {reply.venue.lon:.5f}"
                     f" — {reply.venue.address}")
    if reply.document:
        lines.append(f"[file] {reply.document.filename} ({len(reply.document.content)} bytes)")
    return "\n".join(lines)

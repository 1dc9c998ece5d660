"""Handles for simulated people and groups: what a test makes a user do, and what they got.

Example::

    ana = stub.add_user(first_name="Ana", language_code="es")
    ana.send_command("start")
    reply = ana.wait_for_messages()[-1]
    ana.press(reply, text="Catálogo")  # or data="catalog"
"""

from __future__ import annotations

import struct
import zlib
from typing import TYPE_CHECKING, Any

from .entities import utf16_len

if TYPE_CHECKING:
    from .state import BotApiState, UserRecord


def tiny_png(width: int = 1, height: int = 1) -> bytes:
    """A valid grey PNG of the given size (for photo uploads and injected photos)."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


VOICE_BYTES = b"OggS\x00\x02" + b"\x00" * 58  # an Ogg page header is enough for a test


def _message_id(message: dict[str, Any] | int) -> int:
    return message if isinstance(message, int) else int(message["message_id"])


class SimUser:
    """A Telegram user talking to the bot in their private chat (chat id == user id)."""

    def __init__(self, stub: BotApiState, user_id: int) -> None:
        self.stub = stub
        self.id = user_id

    def __repr__(self) -> str:
        return f"SimUser({self.id})"

    @property
    def chat_id(self) -> int:
        return self.id

    @property
    def record(self) -> UserRecord:
        return self.stub.user_record(self.id)

    @property
    def api(self) -> dict[str, Any]:
        """The User object as the Bot API shows it (``from``)."""
        return self.record.api()

    # what the user does

    def send_text(
        self, text: str, *, reply_to: dict[str, Any] | int | None = None
    ) -> dict[str, Any]:
        """Write ``text`` to the bot; return the Message (updates carry the same object)."""
        reply_id = None if reply_to is None else _message_id(reply_to)
        return self.stub.inject_message(self.id, self.id, {"text": text}, reply_to=reply_id)

    def send_command(self, command: str, args: str = "") -> dict[str, Any]:
        """Send ``/command args`` (the leading slash is optional)."""
        text = "/" + command.lstrip("/") + (f" {args}" if args else "")
        return self.send_text(text)

    def press(
        self, message: dict[str, Any] | int, data: str | None = None, *, text: str | None = None
    ) -> dict[str, Any]:
        """Press the inline button with callback ``data`` (or label ``text``) on a bot message
        (a Message dict from any chat, or a message id in this private chat)."""
        chat_id = message["chat"]["id"] if isinstance(message, dict) else self.id
        return self.stub.inject_callback(
            self.id, chat_id, _message_id(message), data=data, text=text
        )

    def edit(self, message: dict[str, Any] | int, text: str) -> dict[str, Any]:
        """Edit one of this user's own text messages (the bot gets ``edited_message``)."""
        chat_id = message["chat"]["id"] if isinstance(message, dict) else self.id
        return self.stub.inject_edit(chat_id, _message_id(message), text)

    def send_sticker(self, emoji: str = "👍") -> dict[str, Any]:
        stored = self.stub.store_file(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "stickers")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(stored.data),
        }
        return self.stub.inject_message(self.id, self.id, {"sticker": sticker})

    def send_photo(
        self, data: bytes | None = None, *, caption: str | None = None
    ) -> dict[str, Any]:
        data = data if data is not None else tiny_png(4, 3)
        stored = self.stub.store_file(data, "photos", mime_type="image/png")
        size = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 4,
            "height": 3,
            "file_size": len(data),
        }
        content: dict[str, Any] = {"photo": [size]}
        if caption:
            content["caption"] = caption
        return self.stub.inject_message(self.id, self.id, content)

    def send_voice(self, data: bytes = VOICE_BYTES, *, duration: int = 1) -> dict[str, Any]:
        stored = self.stub.store_file(data, "voice", mime_type="audio/ogg")
        voice = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": duration,
            "mime_type": "audio/ogg",
            "file_size": len(data),
        }
        return self.stub.inject_message(self.id, self.id, {"voice": voice})

    def send_location(self, latitude: float, longitude: float) -> dict[str, Any]:
        location = {"latitude": latitude, "longitude": longitude}
        return self.stub.inject_message(self.id, self.id, {"location": location})

    def block(self, *, notify: bool = True) -> None:
        """Block the bot: its sends answer 403 "bot was blocked by the user"."""
        self.stub.block(self.id, notify=notify)

    def unblock(self, *, notify: bool = True) -> None:
        self.stub.unblock(self.id, notify=notify)

    # what the user got

    def messages(self, *, include_deleted: bool = False) -> list[dict[str, Any]]:
        """Messages the bot sent to this user, current versions, oldest first."""
        return self.stub.sent_messages(self.id, include_deleted=include_deleted)

    def last_message(self) -> dict[str, Any] | None:
        return self.stub.last_message(self.id)

    def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        return self.stub.wait_for_messages(self.id, count, timeout)

    async def wait_for_messages_async(
        self, count: int = 1, timeout: float = 5.0
    ) -> list[dict[str, Any]]:
        return await self.stub.wait_for_messages_async(self.id, count, timeout)

    def visible_commands(self) -> list[dict[str, str]]:
        """The command menu this user sees, in their language."""
        return self.stub.visible_commands(self.id)


class SimGroup:
    """A group chat the bot is in; members are SimUsers (``add_user(started=False)`` is fine)."""

    def __init__(self, stub: BotApiState, chat_id: int) -> None:
        self.stub = stub
        self.id = chat_id

    def __repr__(self) -> str:
        return f"SimGroup({self.id})"

    @property
    def chat_id(self) -> int:
        return self.id

    def send_text(
        self,
        user: SimUser,
        text: str,
        *,
        reply_to: dict[str, Any] | int | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """``user`` posts ``text`` (in forum topic ``thread_id``); it reaches the bot only if
        privacy mode lets it through."""
        reply_id = None if reply_to is None else _message_id(reply_to)
        return self.stub.inject_message(
            self.id, user.id, {"text": text}, reply_to=reply_id, thread_id=thread_id
        )

    def send_photo(
        self,
        user: SimUser,
        data: bytes | None = None,
        *,
        caption: str | None = None,
        reply_to: dict[str, Any] | int | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """``user`` posts a photo (a PNG) in the group, optionally as a reply or in a topic."""
        data = data if data is not None else tiny_png(4, 3)
        stored = self.stub.store_file(data, "photos", mime_type="image/png")
        size = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": 4,
            "height": 3,
            "file_size": len(data),
        }
        content: dict[str, Any] = {"photo": [size]}
        if caption:
            content["caption"] = caption
        reply_id = None if reply_to is None else _message_id(reply_to)
        return self.stub.inject_message(
            self.id, user.id, content, reply_to=reply_id, thread_id=thread_id
        )

    def add_member(self, user: SimUser, status: str = "member") -> SimUser:
        """Make ``user`` a member ("administrator", "creator"...; "left" removes them)."""
        self.stub.set_member(self.id, user.id, status)
        return user

    def create_topic(self, user: SimUser, name: str) -> int:
        """``user`` opens a forum topic; return its ``message_thread_id``."""
        return self.stub.create_topic(self.id, name, user.id)

    def delete_topic(self, thread_id: int) -> None:
        """An admin deletes a forum topic and its messages."""
        self.stub.delete_topic(self.id, thread_id)

    def topics(self) -> dict[int, str]:
        """Forum topics: thread id -> name."""
        with self.stub.lock:
            return dict(self.stub._chat(self.id).topics)

    def send_command(
        self, user: SimUser, command: str, args: str = "", *, thread_id: int | None = None
    ) -> dict[str, Any]:
        """``/command@bot args``, the form group clients send (in forum topic ``thread_id``)."""
        text = f"/{command.lstrip('/')}@{self.stub.bot_user.username}" + (
            f" {args}" if args else ""
        )
        return self.send_text(user, text, thread_id=thread_id)

    def mention_bot(self, user: SimUser, text: str) -> dict[str, Any]:
        """``@bot text`` with its mention entity."""
        handle = f"@{self.stub.bot_user.username}"
        message = {
            "text": f"{handle} {text}",
            "entities": [{"type": "mention", "offset": 0, "length": utf16_len(handle)}],
        }
        return self.stub.inject_message(self.id, user.id, message)

    def kick_bot(self, *, notify: bool = True) -> None:
        """Remove the bot: its sends answer 403 "bot was kicked from the group chat"."""
        from .errors import KICKED

        self.stub.set_forbidden(self.id, KICKED, notify=notify)

    def messages(self, *, include_deleted: bool = False) -> list[dict[str, Any]]:
        return self.stub.sent_messages(self.id, include_deleted=include_deleted)

    def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        return self.stub.wait_for_messages(self.id, count, timeout)

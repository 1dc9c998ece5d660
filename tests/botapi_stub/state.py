"""The simulated Telegram behind the stub: chats, users, messages, updates, files.

``BotApiState`` holds everything and is the test-facing API (populate users, inject what users
do, read what the bot sent, wait, count). It is thread-safe: the HTTP server runs in its own
thread and event loop, while tests call these methods from theirs. Method handlers
(``methods.py``) run under ``self.lock`` and use the "internal" helpers at the end of the class.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors
from .entities import bot_command_entities
from .faults import FaultInjector
from .flood import COUNTED_METHODS, FloodControl, FloodLimits
from .journal import Journal, JournalEntry

if TYPE_CHECKING:
    from .users import SimGroup, SimUser

T = TypeVar("T")

RECHECK = 0.2
"""Seconds between checks of a wait's condition while the bot makes no call (the condition may
read what the stub does not see, such as the bot's database)."""

DEFAULT_TOKEN = "123456789:AAStubTokenForTestsOnly0123456789ab"
# Update types Telegram only sends when allowed_updates names them explicitly.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
FIRST_USER_ID = 1_000_001
FIRST_GROUP_ID = -4_000_000_001
MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")
TOPIC_COLOR = 7322096  # one of the six colours Telegram allows for topic icons


@dataclass
class UserRecord:
    """A Telegram account as the Bot API shows it in ``from``."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    def api(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code"):
            if getattr(self, key):
                user[key] = getattr(self, key)
        return user


@dataclass
class StoredMessage:
    """A message in a chat; ``versions`` keeps what it looked like before each edit."""

    data: dict[str, Any]
    from_bot: bool
    deleted: bool = False
    versions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ChatRecord:
    """A chat; ``forbidden`` holds the 403 description while the bot may not write there."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    forbidden: str | None = None
    next_message_id: int = 1
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)
    # Groups: a forum supergroup has topics (thread id = id of its forum_topic_created message);
    # `members` maps user id -> status (creator, administrator, member, restricted, left, kicked);
    # the bot's own status decides privacy mode (administrators see every message).
    is_forum: bool = False
    topics: dict[int, str] = field(default_factory=dict)
    members: dict[int, str] = field(default_factory=dict)
    bot_status: str = "member"

    def api(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            if getattr(self, key):
                chat[key] = getattr(self, key)
        if self.is_forum:
            chat["is_forum"] = True
        return chat

    @property
    def chat_instance(self) -> str:
        """Stable per chat, like Telegram's opaque ``chat_instance`` string."""
        return str(-4_375_138_713_098_183_932 + self.id)


@dataclass
class StoredFile:
    """A file the stub can serve at ``/file/bot<token>/<file_path>``."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None

    def api(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


@dataclass
class CallbackRecord:
    query: dict[str, Any]
    answer: dict[str, Any] | None = None


@dataclass(frozen=True)
class StubStats:
    """Counters for load and delivery tests.

    ``delivered``: successful message-creating calls per chat. ``duplicates``: per chat, how many
    delivered messages repeated the content of an earlier one (same text/caption/file/place).
    """

    calls: int
    by_method: dict[str, int]
    by_status: dict[int, int]
    too_many_requests: int
    delivered: dict[int, int]
    duplicates: dict[int, int]


def _without_file_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_file_ids(v) for k, v in value.items() if k != "file_id"}
    if isinstance(value, list):
        return [_without_file_ids(v) for v in value]
    return value


class BotApiState:
    """All state of the simulated Telegram, plus the API tests use to drive and inspect it."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "stub_test_bot",
        bot_first_name: str = "Stub Bot",
        known_chats_only: bool = True,
        can_read_all_group_messages: bool = False,
        flood: FloodLimits | None = None,
        seed: int = 0,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """``known_chats_only=False`` creates any chat id on first use (handy for benchmarks);
        ``flood`` turns flood control on; ``clock`` gives message dates (epoch seconds)."""
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user = UserRecord(self.bot_id, bot_first_name, username=bot_username, is_bot=True)
        self.bot_info: dict[str, Any] = {
            **self.bot_user.api(),
            "can_join_groups": True,
            "can_read_all_group_messages": can_read_all_group_messages,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.lock = threading.RLock()
        self.clock = clock
        self.known_chats_only = known_chats_only
        self.journal = Journal()
        self.flood = FloodControl(flood, monotonic)
        self.faults = FaultInjector(seed)
        self.webhook_url = ""
        self.webhook_error: str | None = None
        self.allowed_updates: list[str] | None = None  # None/[]: all but _OPT_IN_UPDATES
        self.poll_generation = 0
        self.commands_by_scope: dict[tuple[tuple[Any, ...], str], list[dict[str, str]]] = {}
        self.profile: dict[tuple[str, str], Any] = {}
        self._users: dict[int, UserRecord] = {}
        self._chats: dict[int, ChatRecord] = {}
        self._updates: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._files: dict[str, StoredFile] = {}
        self._callbacks: dict[str, CallbackRecord] = {}
        self._too_many = 0
        self._delivered: Counter[int] = Counter()
        self._duplicates: Counter[int] = Counter()
        self._contents_seen: set[tuple[int, str]] = set()
        self._seq = 0
        self._next_user_id = FIRST_USER_ID
        self._next_group_id = FIRST_GROUP_ID

    # ------------------------------------------------------------------ population

    def add_user(
        self,
        user_id: int | None = None,
        *,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        started: bool = True,
    ) -> SimUser:
        """Create a user and their private chat with the bot.

        ``started=False``: the user never opened the bot, so sending to them gives 403
        "bot can't initiate conversation with a user" until they write to it.
        """
        from .users import SimUser

        with self.lock:
            uid = user_id if user_id is not None else self._new_user_id()
            self._users[uid] = UserRecord(uid, first_name, last_name, username, language_code)
            self._chats[uid] = ChatRecord(
                uid,
                "private",
                username=username,
                first_name=first_name,
                last_name=last_name,
                forbidden=None if started else errors.CANT_INITIATE,
            )
        return SimUser(self, uid)

    def add_users(self, count: int, *, language_code: str = "en") -> list[SimUser]:
        """Create ``count`` started users named "User <n>" (for broadcast tests)."""
        return [
            self.add_user(first_name=f"User {n}", language_code=language_code) for n in range(count)
        ]

    def add_group(
        self,
        title: str = "Test group",
        *,
        chat_id: int | None = None,
        chat_type: str = "group",
        username: str | None = None,
        is_forum: bool = False,
        bot_status: str = "member",
    ) -> SimGroup:
        """Create a group (or ``chat_type="supergroup"``/``"channel"``) the bot is a member of.

        ``is_forum=True`` makes a forum supergroup (topics); ``bot_status="administrator"``
        makes the bot an admin with every right, so it sees all messages and can create topics.
        """
        from .users import SimGroup

        if is_forum and chat_type != "supergroup":
            raise ValueError("only supergroups can be forums")
        with self.lock:
            if chat_id is None:
                chat_id = self._next_group_id
                self._next_group_id -= 1
            # In a forum, message 1 is the "General" topic (thread id 1), so topics start at 2.
            self._chats[chat_id] = ChatRecord(chat_id, chat_type, title=title, username=username,
                                              is_forum=is_forum, bot_status=bot_status,
                                              next_message_id=2 if is_forum else 1)
        return SimGroup(self, chat_id)

    def set_member(self, chat_id: int, user_id: int, status: str = "member") -> None:
        """Make a user a member of a group with ``status`` ("left" or "kicked" removes them)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        with self.lock:
            if user_id not in self._users:
                raise LookupError(f"no simulated user {user_id}")
            self._chat(chat_id).members[user_id] = status

    def create_topic(self, chat_id: int, name: str, creator_id: int) -> int:
        """A forum topic (as createForumTopic or a member would make it); return its thread id."""
        with self.lock:
            chat = self._chat(chat_id)
            if not chat.is_forum:
                raise errors.bad_request(errors.NOT_A_FORUM)
            sender = self.bot_user if creator_id == self.bot_id else self._users[creator_id]
            content = {"forum_topic_created": {"name": name, "icon_color": TOPIC_COLOR},
                       "is_topic_message": True}
            message = self._new_message(chat, sender.api(), content,
                                        from_bot=creator_id == self.bot_id)
            thread = message["message_id"]
            chat.messages[thread].data["message_thread_id"] = thread
            chat.topics[thread] = name
            return thread

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Delete a forum topic with all its messages (as deleteForumTopic or an admin would)."""
        with self.lock:
            chat = self._chat(chat_id)
            if thread_id not in chat.topics:
                raise errors.bad_request(errors.THREAD_NOT_FOUND)
            del chat.topics[thread_id]
            for stored in chat.messages.values():
                if stored.data.get("message_thread_id") == thread_id:
                    stored.deleted = True

    def user(self, user_id: int) -> SimUser:
        from .users import SimUser

        with self.lock:
            if user_id not in self._users:
                raise LookupError(f"no simulated user {user_id}")
        return SimUser(self, user_id)

    def user_record(self, user_id: int) -> UserRecord:
        with self.lock:
            return copy.copy(self._users[user_id])

    def set_forbidden(
        self, chat_id: int, description: str | None = errors.BLOCKED, *, notify: bool = True
    ) -> None:
        """Make sends to ``chat_id`` answer 403 ``description`` (None lifts it).

        With ``notify`` the bot also gets the ``my_chat_member`` update Telegram sends when a
        user blocks the bot (status "kicked") or unblocks it ("member").
        """
        with self.lock:
            chat = self._chat(chat_id)
            was_forbidden = chat.forbidden is not None
            chat.forbidden = description
            if notify and was_forbidden != (description is not None):
                old, new = ("kicked", "member") if was_forbidden else ("member", "kicked")
                self._push_update("my_chat_member", self._member_change(chat, old, new))

    def block(self, chat_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot: sends answer 403 "bot was blocked by the user"."""
        self.set_forbidden(chat_id, errors.BLOCKED, notify=notify)

    def unblock(self, chat_id: int, *, notify: bool = True) -> None:
        self.set_forbidden(chat_id, None, notify=notify)

    def reject_webhooks(
        self, reason: str | None = "Failed to resolve host: Name or service not known"
    ) -> None:
        """Make setWebhook fail with "bad webhook: <reason>" (None: accept again)."""
        with self.lock:
            self.webhook_error = reason

    # ------------------------------------------------------------------ reading

    def sent_messages(
        self, chat_id: int | None = None, *, include_deleted: bool = False
    ) -> list[dict[str, Any]]:
        """Messages the bot sent (current version after edits), oldest first; all chats if
        ``chat_id`` is None (ordered by chat, then message id)."""
        with self.lock:
            if chat_id is None:
                chats = list(self._chats.values())
            else:
                chats = [self._chats[chat_id]] if chat_id in self._chats else []
            return [
                copy.deepcopy(m.data)
                for chat in chats
                for m in chat.messages.values()
                if m.from_bot and (include_deleted or not m.deleted)
            ]

    def last_message(self, chat_id: int) -> dict[str, Any] | None:
        """The bot's latest (non-deleted) message in ``chat_id``, or None."""
        sent = self.sent_messages(chat_id)
        return sent[-1] if sent else None

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """Any message (bot's or user's) as it is now, None if unknown or deleted."""
        with self.lock:
            stored = self._chats.get(chat_id, ChatRecord(0, "")).messages.get(message_id)
            return None if stored is None or stored.deleted else copy.deepcopy(stored.data)

    def message_versions(self, chat_id: int, message_id: int) -> list[dict[str, Any]]:
        """Every version of a message, oldest first, the current one last."""
        with self.lock:
            stored = self._chat(chat_id).messages[message_id]
            return copy.deepcopy([*stored.versions, stored.data])

    def calls(self, method: str | None = None) -> list[JournalEntry]:
        """Journal entries, optionally for one method (case-insensitive)."""
        return self.journal.entries(method)

    def chat_actions(self, chat_id: int) -> list[str]:
        """Actions sent with sendChatAction to ``chat_id`` ("typing", ...), in order."""
        with self.lock:
            return list(self._chat(chat_id).actions)

    def callback_answer(self, query_id: str) -> dict[str, Any] | None:
        """The answerCallbackQuery params for a pressed button, None while unanswered."""
        with self.lock:
            record = self._callbacks.get(query_id)
            return copy.deepcopy(record.answer) if record else None

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot (via getUpdates offset)."""
        with self.lock:
            return copy.deepcopy(self._updates)

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """Commands set for exactly this scope and language (like getMyCommands)."""
        from .methods import scope_key

        with self.lock:
            key = (scope_key(self, scope), language_code)
            return copy.deepcopy(self.commands_by_scope.get(key, []))

    def visible_commands(
        self, chat_id: int, language_code: str | None = None
    ) -> list[dict[str, str]]:
        """The command menu a user sees in ``chat_id``, resolved through scopes and language
        in Telegram's documented order (chat, all private/group chats, default; each with the
        language first, then without). ``language_code`` defaults to the user's own."""
        with self.lock:
            chat = self._chat(chat_id)
            if language_code is None:
                user = self._users.get(chat_id)
                language_code = (user.language_code or "") if user else ""
            broad = "all_private_chats" if chat.type == "private" else "all_group_chats"
            scopes = [("chat", chat.id), (broad,), ("default",)]
            for scope in scopes:
                for lang in dict.fromkeys((language_code[:2], "")):
                    found = self.commands_by_scope.get((scope, lang))
                    if found:
                        return copy.deepcopy(found)
            return []

    def file_bytes(self, file_id: str) -> bytes:
        with self.lock:
            return self._files[file_id].data

    def stats(self) -> StubStats:
        """A snapshot of the counters (calls, statuses, 429s served, deliveries, duplicates)."""
        entries = self.journal.entries()
        with self.lock:
            return StubStats(
                calls=len(entries),
                by_method=dict(Counter(e.method for e in entries)),
                by_status=dict(Counter(e.status for e in entries if e.status is not None)),
                too_many_requests=self._too_many,
                delivered=dict(self._delivered),
                duplicates=dict(self._duplicates),
            )

    def reset_journal(self) -> None:
        """Forget recorded calls and counters (not chats, messages or updates)."""
        self.journal.clear()
        with self.lock:
            self._too_many = 0
            self._delivered.clear()
            self._duplicates.clear()
            self._contents_seen.clear()

    # ------------------------------------------------------------------ waiting

    def wait_for(
        self,
        predicate: Callable[[list[JournalEntry]], T],
        timeout: float = 5.0,
        interval: float = 0.01,
    ) -> T:
        """Poll the journal until ``predicate(entries)`` is truthy; return that value.

        Blocking: from an async test whose loop runs the bot, use ``wait_for_async``.
        """
        return self._poll_sync(lambda: predicate(self.journal.entries()), timeout, interval)

    async def wait_for_async(
        self,
        predicate: Callable[[list[JournalEntry]], T],
        timeout: float = 5.0,
        interval: float = 0.01,
    ) -> T:
        """``wait_for`` that yields to the running event loop while waiting."""
        return await self._poll_async(lambda: predicate(self.journal.entries()), timeout, interval)

    def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[dict[str, Any]]:
        """Wait until the bot has sent at least ``count`` messages to ``chat_id``; return all."""
        return self._poll_sync(self._enough_messages(chat_id, count), timeout, 0.01)

    async def wait_for_messages_async(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[dict[str, Any]]:
        return await self._poll_async(self._enough_messages(chat_id, count), timeout, 0.01)

    def _enough_messages(self, chat_id: int, count: int) -> Callable[[], list[dict[str, Any]]]:
        def check() -> list[dict[str, Any]]:
            sent = self.sent_messages(chat_id)
            return sent if len(sent) >= count else []

        return check

    def _poll_sync(self, check: Callable[[], T], timeout: float, interval: float) -> T:
        """`check()` again each time the bot makes or finishes a call (`Journal.wait_change`),
        and at least every RECHECK seconds for what the stub does not see (the bot's
        database): copying the chats' messages every `interval` cost a waiting test more CPU
        than the bot it waited for."""
        deadline = time.monotonic() + timeout
        while True:
            seen = self.journal.version
            value = check()
            if value:
                return value
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(self._timeout_message(timeout))
            self.journal.wait_change(seen, min(left, max(interval, RECHECK)))

    async def _poll_async(self, check: Callable[[], T], timeout: float, interval: float) -> T:
        """`_poll_sync` for a test whose loop runs the bot: sleeps `interval` to let it run,
        and checks again only once the journal changed or RECHECK seconds passed."""
        deadline = time.monotonic() + timeout
        seen, checked = None, 0.0
        while True:
            now = time.monotonic()
            if self.journal.version != seen or now - checked >= RECHECK:
                seen, checked = self.journal.version, now
                value = check()
                if value:
                    return value
            if now >= deadline:
                raise TimeoutError(self._timeout_message(timeout))
            await asyncio.sleep(interval)

    def _timeout_message(self, timeout: float) -> str:
        recent = [
            f"{e.method} -> {e.status} {e.description or ''}".strip()
            for e in self.journal.entries()[-8:]
        ]
        return f"condition not met within {timeout}s; last calls: {recent}"

    # ------------------------------------------------------------------ injection

    def inject_message(
        self,
        chat_id: int,
        user_id: int,
        content: dict[str, Any],
        *,
        reply_to: int | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """A user posts ``content`` (e.g. ``{"text": ...}``) in ``chat_id``; return the Message.

        Commands get their ``bot_command`` entities. In a private chat, writing to the bot
        (re)starts it, lifting any 403. In groups the bot's privacy mode applies: unless
        ``can_read_all_group_messages`` or the bot is an administrator, only commands, mentions
        of the bot and replies to it become updates. ``thread_id`` posts in a forum topic: like
        Telegram, the message carries ``message_thread_id`` and ``is_topic_message`` and, when it
        replies to nothing else, replies to the topic's ``forum_topic_created`` message.
        """
        with self.lock:
            chat, user = self._chat(chat_id), self._users[user_id]
            content = dict(content)
            if "text" in content and "entities" not in content:
                found = bot_command_entities(content["text"])
                if found:
                    content["entities"] = found
            if thread_id is not None:
                if thread_id not in chat.topics:
                    raise LookupError(f"no topic {thread_id} in chat {chat.id}")
                content.update(message_thread_id=thread_id, is_topic_message=True)
                if reply_to is None:
                    reply_to = thread_id
            if reply_to is not None:
                content["reply_to_message"] = self._reply_copy(chat, reply_to)
            if chat.type == "private":
                chat.forbidden = None
            message = self._new_message(chat, user.api(), content, from_bot=False)
            if self._bot_sees(chat, message):
                self._push_update("message", message)
            return copy.deepcopy(message)

    def inject_edit(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """A user edits their text message; the bot gets an ``edited_message`` update."""
        with self.lock:
            stored = self._chat(chat_id).messages[message_id]
            if stored.from_bot:
                raise ValueError("users can only edit their own messages")
            edited = {k: v for k, v in stored.data.items() if k != "entities"}
            edited.update(text=text, edit_date=int(self.clock()))
            found = bot_command_entities(text)
            if found:
                edited["entities"] = found
            stored.versions.append(stored.data)
            stored.data = edited
            self._push_update("edited_message", edited)
            return copy.deepcopy(edited)

    def inject_callback(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        *,
        data: str | None = None,
        text: str | None = None,
    ) -> dict[str, Any]:
        """A user presses an inline button (chosen by ``data`` or by its ``text``) on a message
        the bot sent; return the CallbackQuery. Raises LookupError if there is no such button."""
        with self.lock:
            chat, user = self._chat(chat_id), self._users[user_id]
            stored = chat.messages.get(message_id)
            if stored is None or stored.deleted or not stored.from_bot:
                raise LookupError(f"no bot message {message_id} in chat {chat_id}")
            button = _find_button(stored.data, data, text)
            self._seq += 1
            query = {
                "id": str(6_000_000_000_000_000_000 + self._seq),
                "from": user.api(),
                "message": copy.deepcopy(stored.data),
                "chat_instance": chat.chat_instance,
                "data": button["callback_data"],
            }
            self._callbacks[query["id"]] = CallbackRecord(query)
            self._push_update("callback_query", query)
            return copy.deepcopy(query)

    def inject_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue any other update type verbatim (e.g. ``"my_chat_member"``); return it."""
        with self.lock:
            return copy.deepcopy(self._push_update(kind, payload))

    def store_file(
        self, data: bytes, kind: str, *, file_name: str | None = None, mime_type: str | None = None
    ) -> StoredFile:
        """Keep bytes as a Telegram file (for injected photos/voices and bot uploads)."""
        with self.lock:
            self._seq += 1
            digest = hashlib.sha1(data).hexdigest()
            extension = {"photos": "jpg", "voice": "oga", "stickers": "webp"}.get(kind, "")
            if kind == "documents" and file_name and "." in file_name:
                extension = file_name.rsplit(".", 1)[1]
            stored = StoredFile(
                file_id=f"{kind[:3].upper()}AgADstub{self._seq:06d}{digest[:12]}",
                file_unique_id=f"AgAD{digest[:12]}",
                data=data,
                file_path=f"{kind}/file_{self._seq}" + (f".{extension}" if extension else ""),
                file_name=file_name,
                mime_type=mime_type,
            )
            self._files[stored.file_id] = stored
            return stored

    # ------------------------------------------------------------------ internal helpers

    def _on_update(self) -> None:
        """Hook: called (under the lock) after an update is queued; the server wakes pollers."""

    def _new_user_id(self) -> int:
        while self._next_user_id in self._users:
            self._next_user_id += 1
        self._next_user_id += 1
        return self._next_user_id - 1

    def _chat(self, chat_id: int) -> ChatRecord:
        try:
            return self._chats[chat_id]
        except KeyError:
            raise LookupError(f"no simulated chat {chat_id}") from None

    def _push_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self._next_update_id, kind: copy.deepcopy(payload)}
        self._next_update_id += 1
        self._updates.append(update)
        self._on_update()
        return update

    def _new_message(
        self, chat: ChatRecord, sender: dict[str, Any], content: dict[str, Any], *, from_bot: bool
    ) -> dict[str, Any]:
        message = {
            "message_id": chat.next_message_id,
            "from": sender,
            "chat": chat.api(),
            "date": int(self.clock()),
            **content,
        }
        chat.next_message_id += 1
        chat.messages[message["message_id"]] = StoredMessage(message, from_bot)
        return message

    def _reply_copy(self, chat: ChatRecord, message_id: int) -> dict[str, Any]:
        stored = chat.messages.get(message_id)
        if stored is None or stored.deleted:
            raise LookupError(f"no message {message_id} in chat {chat.id}")
        return {k: v for k, v in copy.deepcopy(stored.data).items() if k != "reply_to_message"}

    def _bot_sees(self, chat: ChatRecord, message: dict[str, Any]) -> bool:
        if chat.type == "private" or self.bot_info["can_read_all_group_messages"]:
            return True
        if chat.bot_status in ("administrator", "creator"):
            return True  # privacy mode does not apply to administrators
        if any(e["type"] == "bot_command" for e in message.get("entities", [])):
            return True
        if f"@{self.bot_user.username}".lower() in message.get("text", "").lower():
            return True
        replied = message.get("reply_to_message", {})
        return bool(replied.get("from", {}).get("id") == self.bot_id)

    def _member_change(self, chat: ChatRecord, old: str, new: str) -> dict[str, Any]:
        def member(status: str) -> dict[str, Any]:
            info: dict[str, Any] = {"user": self.bot_user.api(), "status": status}
            if status == "kicked":
                info["until_date"] = 0
            return info

        user = self._users.get(chat.id)
        return {
            "chat": chat.api(),
            "from": user.api() if user else self.bot_user.api(),
            "date": int(self.clock()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }

    # used by methods.py (always under self.lock)

    def resolve_chat(self, chat_id: Any) -> ChatRecord:
        """The chat for a ``chat_id`` parameter (id or @username), else 400 chat not found."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for candidate in self._chats.values():
                name = (candidate.username or "").lower()
                if candidate.type != "private" and name == chat_id[1:].lower():
                    return candidate
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        chat = self._chats.get(chat_id)
        if chat is None and not self.known_chats_only and chat_id != 0:
            chat = self._auto_create(chat_id)
        if chat is None:
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        return chat

    def _auto_create(self, chat_id: int) -> ChatRecord:
        if chat_id > 0:
            self.add_user(chat_id, first_name=f"User {chat_id}")
        else:
            self.add_group(f"Group {chat_id}", chat_id=chat_id)
        return self._chats[chat_id]

    def check_writable(self, chat: ChatRecord) -> None:
        if chat.forbidden:
            raise errors.ApiError(403, chat.forbidden)

    def admit(self, method: str, chat: ChatRecord) -> None:
        """Flood control for message-creating methods: raise 429 when over the limit."""
        if method in COUNTED_METHODS:
            retry_after = self.flood.admit(chat.id, chat.type)
            if retry_after is not None:
                raise errors.too_many_requests(retry_after)

    def bot_message(self, chat: ChatRecord, content: dict[str, Any]) -> dict[str, Any]:
        """Store a message from the bot and count the delivery; return the Message."""
        message = self._new_message(chat, self.bot_user.api(), content, from_bot=True)
        self._delivered[chat.id] += 1
        fingerprint = json.dumps(_without_file_ids(content), sort_keys=True)
        if (chat.id, fingerprint) in self._contents_seen:
            self._duplicates[chat.id] += 1
        self._contents_seen.add((chat.id, fingerprint))
        return copy.deepcopy(message)

    def stored_message(self, chat: ChatRecord, message_id: int | None) -> StoredMessage | None:
        stored = chat.messages.get(message_id) if message_id is not None else None
        return None if stored is None or stored.deleted else stored

    def find_file(self, file_id: str) -> StoredFile | None:
        return self._files.get(file_id)

    def file_by_path(self, path: str) -> StoredFile | None:
        with self.lock:
            return next((f for f in self._files.values() if f.file_path == path), None)

    def callback(self, query_id: str) -> CallbackRecord | None:
        return self._callbacks.get(query_id)

    def count_too_many(self) -> None:
        with self.lock:
            self._too_many += 1

    def take_updates(self, offset: int | None, limit: int) -> list[dict[str, Any]]:
        """Confirm updates below ``offset`` (negative: keep only the last -offset), drop the
        types ``allowed_updates`` excludes, return up to ``limit`` of the rest."""
        if offset is not None and offset < 0:
            self._updates = self._updates[offset:]
        elif offset is not None:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        self._updates = [u for u in self._updates if self._allowed(u)]
        return copy.deepcopy(self._updates[:limit])

    def _allowed(self, update: dict[str, Any]) -> bool:
        kind = next(k for k in update if k != "update_id")
        if not self.allowed_updates:
            return kind not in _OPT_IN_UPDATES
        return kind in self.allowed_updates

    def clear_updates(self) -> None:
        self._updates.clear()


def _find_button(message: dict[str, Any], data: str | None, text: str | None) -> dict[str, Any]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    for button in (b for row in rows for b in row):
        if "callback_data" not in button:
            continue
        if (data is not None and button["callback_data"] == data) or (
            text is not None and button.get("text") == text
        ):
            return dict(button)
    wanted = f"data={data!r}" if data is not None else f"text={text!r}"
    raise LookupError(f"message {message['message_id']} has no callback button with {wanted}")

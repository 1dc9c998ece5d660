"""What the bot remembers of one chat's conversation, so "the second one", "and the price?" and
"in English please" mean something.

One row per chat in the SQLite table `memory` (chat_id pk, updated ISO 8601 UTC, data JSON). A
memory older than `ttl` (setting `BOT_MEMORY_MINUTES`, default 30) is treated as empty: after a
quiet half hour "the second one" no longer points at an old list. Memory is keyed by chat id only,
so it never crosses chats. `save` writes only when something changed: a message that leaves the
memory as it was costs no write.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta

from core.store import Store, StoreUnavailable, iso

TABLE = "memory"
CACHED_CHATS = 10_000


@dataclass(frozen=True)
class Memory:
    """The last answer of a chat.

    `items`: the records the last list showed, in its order, as "kind:id" (what ordinals pick
    from). `focus`: the record the conversation is about ("work:work_grandma_2_0"). `subject`: the
    topic ("events", "catalog"...). `answer`: the last answer key, from which the answer can be
    re-created in another language. `pending`: the undo of the action the last answer took (a
    reminder's Cancel button data), which "never mind, cancel it" presses.
    """

    items: tuple[str, ...] = ()
    focus: str | None = None
    subject: str | None = None
    answer: str | None = None
    pending: tuple[str, ...] = ()
    lang: str | None = None
    asked: str | None = None  # the message that produced `answer` (re-read when a key is not enough)
    # the fact last asked of an item of the list ("第二个多少集": episodes), kept across a turn
    # about something else, so "好，那第五个呢" after a price question asks the fifth's episodes
    item_fact: str | None = None
    # the IANA zone of the last city the partner named ("soy de Montevideo", "what time in Lagos?"):
    # later times in this conversation are shown in it too ("¿a qué hora es para mí?")
    zone: str | None = None
    # that city as the partner wrote it, when the zone is named after another ("Rosario" in
    # Buenos Aires' zone): times, buttons and reminders name it, not the zone's own city
    city: str | None = None
    # the record whose contact is now in focus ("the third one" then "who handles it?"): a fact
    # only that record has ("how many episodes?") still asks it, not its contact
    owner: str | None = None
    # the callback data of the last list's "Next ▶" / "➕ More" button: what a typed "more",
    # "siguiente página", "下一页", "더 보여줘" presses (the list's next page, in its numbering)
    more: str | None = None
    # the record talked about before the conversation moved on to another ("a mystery drama with a
    # Uruguayan lead", then the Republican-era sets): what "back to that drama you mentioned",
    # "volviendo a la serie de antes" or "is that where the series films?" point at
    earlier: str | None = None
    clarified: bool = False  # the last answer asked "which one?" of `items` (a fact still to be told)
    # the team of the news topics the last message subscribed to or left ("" for the general
    # contact), None unless the last answer was that: "now let me talk to a person" right after
    # "subscribe me to Korea news" reaches that team, not the one of the answer before it
    subscribed: str | None = None
    # the last answer left news topics rather than joined them: "the same for Korea" leaves that one too
    unsubscribed: bool = False
    # the list shown before the last one when an answer about something else put a list of
    # another kind in its place (the sets under the virtual-production FAQ after the sci-fi
    # titles): "¿la cuarta en qué idiomas está?" asks a fact only that list's items have
    before: tuple[str, ...] = ()
    # `items` were shown as a list (a "list:" answer), not as the buttons under a prose answer (the
    # sets a FAQ offers): a later prose answer offering records of the same kind leaves them in
    # place, since "el cuarto" still counts down the list the partner read
    listed: bool = False
    # the last answer asked which city the partner is in, to give them the times there: "我在广州",
    # "Lima", "서울이요" next is that answer (the list or event in its time), not a zone to set
    which_city: bool = False
    # the language this conversation was first answered in, and the record a message answered in
    # another one was about (a colleague writing in theirs: "I'm his partner from Leeds — what's
    # that series about?"): what "the one my colleague asked about" points at, turns later
    home: str | None = None
    colleague: str | None = None
    # the records in focus before the one now, the latest first (a few): what "back to that
    # matchmaking thing" points at when the one just before (`earlier`) was of another kind
    talked: tuple[str, ...] = ()
    # the last answer showed records (a list, or the ones a prose answer offers): "the first one"
    # next counts down what was just read, not a list the conversation moved on from
    shown: bool = False
    # the subject of a request for a person nobody will answer in this chat (no staff chat: the
    # partner was given the team's address): "when will they reply?" then keeps to that story
    unstaffed: str | None = None
    # the key of the very last answer, whatever its kind (`answer` keeps the last one worth
    # re-sending): what a bare "yes" next agrees to
    last: str | None = None
    # the conversation's first question answered: its words, answer key and focus, then the
    # records it showed (what "back to my first question", "volviendo a lo primero", "回到最开始
    # 的问题", "처음 질문으로 돌아가서" go back to; fixJ17)
    first: tuple[str, ...] = ()
    # the message whose answer "which one do you mean?" still owes ("who's the contact for that
    # one?"): the name given next is answered that question, not shown its card (fixK18)
    unanswered: str | None = None
    # the answer keys this conversation gave about records, FAQs and gaps, oldest first (a few): what
    # "so to recap", "hazme un resumen", "总结一下", "정리해 주세요" sum up (fixO18)
    said: tuple[str, ...] = ()
    # the key of the list `items` came from ("list:works?genre=comedy"), kept while the partner
    # walks that list ("the second one", "and the fourth?"): "which of those are in Korean?" then
    # narrows that list by its own filters plus the new one (fixT19)
    listing: str | None = None

    @property
    def empty(self) -> bool:
        return self == Memory()

    def to_json(self) -> str:
        # every field is a string, None or a tuple of strings: `asdict`'s recursive copy (one
        # deepcopy per item: ~5 ms for a list of 1,000 events at 100x the knowledge) makes the
        # same JSON as the fields themselves
        return json.dumps({name: getattr(self, name) for name in _FIELDS}, ensure_ascii=False,
                          sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Memory:
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(items=tuple(str(i) for i in data.get("items") or ()),
                   focus=data.get("focus"), subject=data.get("subject"),
                   answer=data.get("answer"), pending=tuple(data.get("pending") or ()),
                   lang=data.get("lang"), asked=data.get("asked"), item_fact=data.get("item_fact"),
                   zone=data.get("zone"), city=data.get("city"), owner=data.get("owner"), more=data.get("more"),
                   earlier=data.get("earlier"), clarified=bool(data.get("clarified")),
                   subscribed=data.get("subscribed"), unsubscribed=bool(data.get("unsubscribed")),
                   before=tuple(str(i) for i in data.get("before") or ()), listed=bool(data.get("listed")),
                   which_city=bool(data.get("which_city")), home=data.get("home"),
                   colleague=data.get("colleague"), talked=tuple(str(i) for i in data.get("talked") or ()),
                   shown=bool(data.get("shown")), unstaffed=data.get("unstaffed"),
                   last=data.get("last"), first=tuple(str(i) for i in data.get("first") or ()),
                   unanswered=data.get("unanswered"),
                   said=tuple(str(i) for i in data.get("said") or ()), listing=data.get("listing"))

    def pick(self, position: int) -> str | None:
        """The item at a 1-based position of the last list (-1: the last one, -2 the one before
        it: "倒数第二个", "뒤에서 두 번째"), else None."""
        if not self.items:
            return None
        index = len(self.items) + position if position < 0 else position - 1
        return self.items[index] if 0 <= index < len(self.items) else None

    def after(self, **changes: object) -> Memory:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass
class MemoryStore:
    """Loads and saves chats' memories in the store's database."""

    store: Store
    ttl: timedelta = timedelta(minutes=30)
    _loaded: dict[int, tuple[Memory, datetime | None]] = field(default_factory=dict, repr=False)
    # The Brain answers chats on several worker threads at once: one chat's `_remember` dropping
    # the oldest chat must not meet another's read of it (KeyError) or walk (RuntimeError).
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.store.ensure_schema(TABLE, lambda db: db[TABLE].create(
            {"chat_id": int, "updated": str, "data": str}, pk="chat_id", if_not_exists=True))

    def load(self, chat_id: int, now: datetime) -> Memory:
        """The chat's memory, or an empty one if there is none, it is older than `ttl`, or the
        store cannot be read now (the partner is answered without it). A chat seen since the
        start is answered from the cache: its saves may still wait in the store's queue."""
        with self._lock:
            known = self._loaded.get(chat_id)
        if known is not None:
            memory, updated = known
            return memory if updated is not None and now - updated <= self.ttl else Memory()
        try:
            rows = self.store.read(lambda db: list(db.query(
                f"SELECT updated, data FROM {TABLE} WHERE chat_id = ?", [chat_id])))
        except StoreUnavailable:
            return Memory()
        memory = Memory()
        if rows:
            try:
                updated = datetime.fromisoformat(rows[0]["updated"])
            except (TypeError, ValueError):
                updated = None
            if updated is not None and now - updated <= self.ttl:
                memory = Memory.from_json(rows[0]["data"])
        self._remember(chat_id, memory, updated if rows else None)
        return memory

    def _remember(self, chat_id: int, memory: Memory, updated: datetime | None) -> None:
        """What the database holds for a chat, for `save`; the oldest chats are dropped first so
        a bot with many partners keeps a bounded cache (a dropped chat costs one extra write)."""
        with self._lock:
            self._loaded.pop(chat_id, None)
            self._loaded[chat_id] = (memory, updated)
            while len(self._loaded) > CACHED_CHATS:
                self._loaded.pop(next(iter(self._loaded)))

    def save(self, chat_id: int, memory: Memory, now: datetime) -> bool:
        """Store the memory if it differs from what `load` returned; True if it wrote."""
        known = self._loaded.get(chat_id)
        if known is not None and known[0] == memory:
            return False
        # Plain SQL: sqlite-utils' upsert reads the schema first (four statements, not one).
        values = [chat_id, iso(now), memory.to_json()]
        self.store.write(lambda db: db.execute(
            f"INSERT INTO {TABLE} (chat_id, updated, data) VALUES (?, ?, ?) ON CONFLICT"
            "(chat_id) DO UPDATE SET updated = excluded.updated, data = excluded.data", values),
            wait=self.store.defer_wait)
        self._remember(chat_id, memory, now)
        return True

    def forget(self, chat_id: int) -> None:
        self.store.write(lambda db: db.execute(f"DELETE FROM {TABLE} WHERE chat_id = ?",
                                               [chat_id]))
        self._loaded.pop(chat_id, None)


_FIELDS = tuple(f.name for f in fields(Memory))

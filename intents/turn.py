"""What a handler knows about one message or button press: the understood request and its context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from core.i18n import Lang
from core.store import Profile, Store

if TYPE_CHECKING:
    from core.kb.loader import KnowledgeBase
    from intents.entities import Entity


@dataclass(frozen=True)
class Turn:
    """One request. `kb` is a single knowledge snapshot, held for the whole request."""

    kb: KnowledgeBase
    lang: Lang
    chat_id: int
    store: Store
    now: datetime
    home_tz: ZoneInfo
    profile: Profile | None = None
    text: str = ""
    intent: str | None = None
    confidence: float | None = None
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    staff_lang: Lang = "en"  # what the staff chat reads (BOT_STAFF_LANG): notes for staff
    # The message as the partner wrote it (`text` is read as standard words: "我哋" → "我们");
    # staff notes quote this, never the normalised reading.
    said: str = ""
    # The language the message is written in, when it tells: a partner who asked for English
    # and goes on writing in Korean is answered in English (`lang`) but read in Korean.
    written: Lang | None = None
    # The zone of a city the partner named earlier in this conversation (see `Memory.zone`).
    said_zone: str | None = None
    # That city as the partner wrote it ("Rosario", "Quito"), when the zone is named after another
    # city (Buenos Aires, Guayaquil): see `Memory.city`.
    said_city: str | None = None
    # The zone that city was said with (`Memory.zone` when the turn was made): a part answered for
    # another city (`replace(turn, said_zone=...)`, "I'm in Berlin, so Berlin time") keeps
    # `said_city`, which must not then name Berlin's clock "Shanghai" (`city_of`).
    city_zone: str | None = None
    # The record the conversation is on ("event:casting_day"), from its memory: "sign us up" right
    # after an event's card is for that event (a transport's own flows, `Brain.turn`); "I'm in
    # Bogotá" then restates that event's time in the zone it sets (`preferences.set_timezone`).
    focus: str | None = None
    # The key of the answer before this one ("event:latin_film_night#date"), from its memory: what
    # was just said is not said again ("the 2025 edition was only proposed" once, not on the venue
    # and "my time" follow-ups). None when the answer is re-sent (another language) or unknown.
    last_answer: str | None = None

    def city_of(self, zone: str | None) -> str | None:
        """The city the partner said earlier, as written ("Rosario"), when `zone` is the zone it
        was said with; None for any other zone, whose own city names it."""
        return self.said_city if zone is not None and zone == self.said_zone \
            and self.city_zone in (None, zone) else None

    @property
    def reading(self) -> Lang:
        """The language to read the message in (search the knowledge's texts of)."""
        return self.written or self.lang

    @property
    def quoted(self) -> str:
        """What a note for staff quotes: the partner's own words."""
        return self.said or self.text

    @property
    def user_tz(self) -> ZoneInfo:
        """The partner's zone if they set one, else the studio's."""
        if self.profile and self.profile.timezone:
            try:
                return ZoneInfo(self.profile.timezone)
            except (KeyError, ValueError):
                pass
        return self.home_tz

    def ids(self, kind: str) -> list[str]:
        """Ids of entities of one kind, best first, without repeats."""
        seen: list[str] = []
        for ent in self.entities:
            if ent.kind == kind and ent.id not in seen:
                seen.append(ent.id)
        return seen

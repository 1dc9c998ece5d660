"""Inline-button callback data: versioned, short, and never trusted.

Telegram returns whatever string a button carried, and anyone can forge one, so data is
`v1|action|arg|arg` with a known action, a fixed number of arguments and safe characters,
at most 64 bytes. `decode` returns None for anything else; callers answer politely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
MAX_BYTES = 64
_ARG = re.compile(r"^[a-z0-9_.:+-]{0,40}$")

# action -> (min args, max args). One table, so a new button kind is one line here.
ACTIONS: dict[str, tuple[int, int]] = {
    "menu": (0, 1),  # topic menu, optional topic id
    "loc": (1, 1),  # location detail: location id
    "map": (1, 1),  # send venue: location id
    "locs": (2, 2),  # a list of sets from an item on: first position (0-based), the list (locations.list_code)
    "inc": (0, 1),  # incentives, optional incentive id
    "cat": (2, 3),  # catalog list: genre id or "all", page number, filters ("lko.ssp": catalog.ListRef)
    "work": (1, 2),  # catalog work detail: work id, the list it was opened from ("wuxia.1": catalog.ListRef)
    "int": (1, 1),  # "I'm interested" in a work
    "ev": (1, 1),  # event detail
    "evs": (1, 1),  # events list: "up" upcoming or "past"
    "ics": (1, 1),  # add event to calendar
    "rem": (1, 1),  # remind me of an event
    "sub": (1, 1),  # toggle a subscription topic
    "subs": (0, 0),  # show the subscription menu
    "stop": (0, 1),  # unsubscribe from all (or one topic) from a broadcast
    "lang": (1, 1),  # set language
    "tz": (1, 1),  # set time zone: index into COMMON_ZONES, or a zone as "america:bogota"
    "ask": (0, 1),  # ask a person: optional subject
    "prog": (1, 1),  # program detail
    "prt": (1, 1),  # partner detail
    "adm": (1, 2),  # staff announcement composer steps
    "hoc": (1, 1),  # staff claims a handoff: handoff id (staff chat, staff only)
    "hox": (1, 1),  # staff closes a handoff: handoff id (staff chat, staff only)
    "hbk": (0, 0),  # the partner goes back to the assistant (closes their open handoff)
    "inq": (1, 2),  # "Work with us" form: start[|kind], <step>|<value>, back, edit, e|<step>, send, cancel
    "fgt": (1, 1),  # /forget confirmation: yes | no
    "faq": (1, 1),  # a FAQ's answer: FAQ id (a question of a run-on message offered, not answered)
}


class CallbackDataError(ValueError):
    """Raised when building a button whose data Telegram would reject."""


@dataclass(frozen=True)
class Callback:
    action: str
    args: tuple[str, ...]

    def arg(self, i: int, default: str = "") -> str:
        return self.args[i] if i < len(self.args) else default


def encode(action: str, *args: object) -> str:
    if action not in ACTIONS:
        raise CallbackDataError(f"unknown action {action!r}")
    lo, hi = ACTIONS[action]
    parts = [str(a) for a in args]
    if not lo <= len(parts) <= hi or not all(_ARG.match(p) for p in parts):
        raise CallbackDataError(f"bad arguments for {action!r}: {parts!r}")
    data = "|".join([VERSION, action, *parts])
    if len(data.encode()) > MAX_BYTES:
        raise CallbackDataError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def decode(data: str | None) -> Callback | None:
    """Parse button data; None if it is stale (other version), forged or malformed."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    parts = data.split("|")
    if len(parts) < 2 or parts[0] != VERSION or parts[1] not in ACTIONS:
        return None
    action, args = parts[1], tuple(parts[2:])
    lo, hi = ACTIONS[action]
    if not lo <= len(args) <= hi or not all(_ARG.match(a) for a in args):
        return None
    return Callback(action, args)

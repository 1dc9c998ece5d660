"""Checks on staff announcements that must fail at validation time, never at send time.

Staff write announcement text as Telegram HTML. Telegram rejects a whole message for one
unclosed `<b>` or a bare `&`, which would turn a broadcast to thousands of partners into
thousands of 400 errors. `check_announcement` finds those problems (and unusable schedules,
over-long texts) when the knowledge file is validated, so `kb validate` can
report them with the file's line numbers and the running bot keeps the last good version.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from core.i18n import LANGS
from core.kb.schema import Announcement
from jobs.schedule import ScheduleError, check_recurrence

MAX_TEXT = 4096
MAX_CAPTION = 1024

# Tag -> attributes Telegram accepts on it (https://core.telegram.org/bots/api#html-style).
ALLOWED_TAGS: dict[str, set[str]] = {
    "b": set(), "strong": set(), "i": set(), "em": set(), "u": set(), "ins": set(),
    "s": set(), "strike": set(), "del": set(), "tg-spoiler": set(), "span": {"class"},
    "a": {"href"}, "tg-emoji": {"emoji-id"}, "code": {"class"}, "pre": set(),
    "blockquote": {"expandable"},
}
_BAD_AMP = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")
_BAD_LT = re.compile(r"<(?!/?[a-zA-Z][a-zA-Z-]*(?:\s[^<>]*)?/?>)")
_TAG = re.compile(r"<[^<>]*>")


class _TagChecker(HTMLParser):
    """Collects problems with tags: unknown, bad attributes, unclosed or crossed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}> is not allowed in Telegram messages "
                                 f"(use b, i, u, s, a, code, pre, blockquote)")
            return
        for name, value in attrs:
            if name not in ALLOWED_TAGS[tag]:
                self.problems.append(f"<{tag}> cannot have the attribute {name!r}")
            elif tag == "span" and value != "tg-spoiler":
                self.problems.append('<span> only works as <span class="tg-spoiler">')
            elif tag == "a" and not (value or "").startswith(("http://", "https://", "tg://")):
                self.problems.append(f"link {value!r} must start with https://, http:// or tg://")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.problems.append(f"<{tag}/> is not allowed; Telegram has no self-closing tags "
                             "(for a line break just start a new line)")

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            return  # already reported at the start tag (or a stray end tag below)
        if not self.stack:
            self.problems.append(f"</{tag}> closes a tag that was never opened")
        elif self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1]}> (tags must nest)")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()


def html_problems(text: str) -> list[str]:
    """Problems that would make Telegram reject `text` as HTML; empty if it is fine."""
    problems: list[str] = []
    if m := _BAD_AMP.search(text):
        problems.append(f"bare '&' near {text[max(0, m.start() - 10):m.start() + 10]!r}: "
                        "write &amp;")
    if m := _BAD_LT.search(text):
        problems.append(f"bare '<' near {text[max(0, m.start() - 10):m.start() + 10]!r}: "
                        "write &lt;")
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    problems += checker.problems
    if checker.stack:
        problems.append("not closed: " + ", ".join(f"<{t}>" for t in checker.stack))
    return problems


def visible_length(text: str) -> int:
    """Length as Telegram counts it: after removing tags and entities, in UTF-16 code units."""
    plain = unescape(_TAG.sub("", text))
    return len(plain.encode("utf-16-le")) // 2


def check_announcement(ann: Announcement) -> list[str]:
    """Every problem with one announcement, one readable line each (empty: it can be sent).

    Complements `core.kb.validate`, which checks cross-references, cron/RRULE syntax and that
    photos exist: this adds Telegram's HTML rules, length limits and the hourly maximum.
    Each line starts with the field path (e.g. `text.es: ...`) so the caller can point at it.
    """
    problems: list[str] = []
    limit = MAX_CAPTION if ann.photo else MAX_TEXT
    for lang in LANGS:
        text = getattr(ann.text, lang)
        if not text:
            continue
        for problem in html_problems(text):
            problems.append(f"text.{lang}: {problem}")
        if (n := visible_length(text)) > limit:
            what = "a photo caption" if ann.photo else "a message"
            problems.append(f"text.{lang}: {n} characters, over Telegram's {limit} for {what}")
    for i, button in enumerate(ann.buttons):
        if button.kind == "url":
            for lang in LANGS:
                label = getattr(button.label, lang)
                if label and len(label) > 64:
                    problems.append(f"buttons[{i}].label.{lang}: longer than 64 characters")
    if ann.recurrence is not None:
        try:
            check_recurrence(ann.recurrence)
        except ScheduleError as exc:
            problems.append(f"recurrence: {exc}")
    return problems

"""Checks on staff announcements that must fail at validation time, never at send time.

One validator: this is the command-line preview's view (`python -m bot announce preview`) of
`core.kb.validate.announcement_issues`, the checks `kb validate`, hot reload and /reload run
(Telegram's HTML rules from `core.telegram_html`, length limits, the scheduler's own rules).
"""

from __future__ import annotations

from core.kb.schema import Announcement
from core.kb.validate import announcement_issues


def check_announcement(ann: Announcement) -> list[str]:
    """Every problem with one announcement, one line each starting with the field path
    (e.g. `text.es: ...`); empty when it can be sent."""
    return [str(issue) for issue in announcement_issues(ann)]

"""The topic menu and the "Ask a person" row that most answers end with."""

from __future__ import annotations

from core.i18n import Lang, t
from intents.callbacks import encode
from intents.reply import Button, Reply


def topic_menu(lang: Lang) -> list[list[Button]]:
    def b(key: str, action: str, *args: str) -> Button:
        return Button(label=t(key, lang), data=encode(action, *args))

    return [
        [b("menu_locations", "menu", "locations"), b("menu_incentives", "inc")],
        [b("menu_catalog", "cat", "all", "1"), b("menu_events", "evs", "up")],
        [b("menu_programs", "menu", "programs"), b("menu_partners", "menu", "partners")],
        [b("menu_subscribe", "subs"), b("ask_person", "ask")],
        [b("menu_inquiry", "inq", "start")],
    ]


def ask_person_row(lang: Lang, subject: str = "") -> list[Button]:
    args = (subject,) if subject else ()
    return [Button(label=t("ask_person", lang), data=encode("ask", *args)),
            Button(label=t("back_menu", lang), data=encode("menu"))]


def gone(lang: Lang) -> Reply:
    """A button (or a pick) for a record staff have since removed from the knowledge: that it is
    no longer available, and the topics to go on from (it was one line with no way on)."""
    return Reply(text=t("not_found", lang), lang=lang, buttons=topic_menu(lang))

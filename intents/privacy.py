"""Data rights, transport-free: /mydata shows what is stored about the partner (and attaches
it as JSON); /forget asks, then deletes every row naming the partner (`Store.forget`).

Registered with `Brain.extend(commands=..., buttons=...)`, so the console chat and Telegram
answer the same; Telegram additionally drops the flow state it holds in memory.
"""

from __future__ import annotations

import json

from core.i18n import t
from core.store import StoreUnavailable
from intents.callbacks import Callback, encode
from intents.menu import topic_menu
from intents.reply import Button, Document, Reply, esc
from intents.turn import Turn

# Tables shown by name in the summary (`mydata_table_<name>`), in this order; the form state
# python-telegram-bot keeps in three tables is one "forms in progress". A table added later
# without a name here is counted under "other records (table)".
NAMED = {"subscriptions": "subscriptions", "reminders": "reminders", "inquiries": "inquiries",
         "questions": "questions", "interests": "interests", "memory": "memory",
         "handoffs": "handoffs", "relay": "relay", "deliveries": "deliveries", "audit": "audit",
         "ptb_conversations": "flows", "ptb_user_data": "flows", "ptb_chat_data": "flows"}
HIDDEN = ("profiles",)  # shown as the profile line
RECENT_QUESTIONS = 20  # the JSON carries the latest questions, not years of them


def mydata(turn: Turn) -> Reply:
    """Summary of what is stored, plus everything as `my-data.json`."""
    lang = turn.lang
    try:
        found = turn.store.about(turn.chat_id)
    except StoreUnavailable:  # staff are told of the outage; the partner may ask again
        return Reply(text=t("error", lang), lang=lang, outcome="action", answer="mydata")
    if not found:
        return Reply(text=t("mydata_none", lang), lang=lang, outcome="action", answer="mydata")
    if "questions" in found:
        found["questions"] = found["questions"][-RECENT_QUESTIONS:]
    lines = [t("mydata_head", lang), ""]
    profile = turn.profile
    if profile is not None and "profiles" in found:
        lines.append(t("mydata_profile", lang, name=esc(profile.first_name or "—"),
                       language=esc(profile.language or profile.language_code or "—"),
                       tz=esc(profile.timezone or "—"), country=esc(profile.country or "—")))
    counts: dict[str, int] = {}
    for table, name in NAMED.items():
        if table in found:
            counts[name] = counts.get(name, 0) + len(found[table])
    for name, n in counts.items():
        lines.append(t("mydata_count", lang, what=t(f"mydata_table_{name}", lang), n=n))
    for table, rows in found.items():
        if table not in NAMED and table not in HIDDEN:
            lines.append(t("mydata_count", lang, what=t("mydata_table_other", lang, table=esc(table)),
                           n=len(rows)))
    body = json.dumps(found, ensure_ascii=False, indent=2, default=str).encode()
    return Reply(text="\n".join(lines), lang=lang, outcome="action", answer="mydata",
                 document=Document(filename="my-data.json", content=body,
                                   mime_type="application/json", caption=t("mydata_file", lang)))


def forget(turn: Turn) -> Reply:
    """Ask before deleting: the buttons carry `fgt|yes` / `fgt|no`."""
    lang = turn.lang
    return Reply(text=t("forget_confirm", lang), lang=lang, outcome="action", answer="forget",
                 buttons=[[Button(label=t("forget_yes", lang), data=encode("fgt", "yes")),
                           Button(label=t("forget_no", lang), data=encode("fgt", "no"))]])


def on_button(turn: Turn, cb: Callback) -> Reply:
    """`fgt|yes` deletes everything naming the partner; `fgt|no` keeps it."""
    lang = turn.lang
    if cb.arg(0) != "yes":
        return Reply(text=t("forget_kept", lang), lang=lang, mode="edit", outcome="action",
                     buttons=topic_menu(lang))
    turn.store.forget(turn.chat_id)
    return Reply(text=t("forget_done", lang), lang=lang, mode="edit", outcome="action",
                 answer="forget")

"""Everything Datasette shows staff, generated in one place: titles and descriptions of the
databases, tables and columns, the canned queries, the dashboard, the map and who may see it.

`metadata(...)` returns the dict Datasette takes as `metadata=`. With `user` set, every level
(instance, SQL, each database, table, query and the dashboards) is allowed to that actor only;
the password hash is not in it, only the name of the environment variable that holds it, so
`/-/metadata` never shows it.
"""

from __future__ import annotations

from typing import Any, get_origin

from pydantic import BaseModel

from bot.dashboard import charts
from bot.dashboard.queries import CANNED
from core.i18n import LANG_NAMES
from core.kb.index import KIND_SOURCES
from core.kb.schema import FILE_MODELS, LocalizedList, LocalizedText
from core.kb.validate import models_in

BOT_DB = "bot"
KNOWLEDGE_DB = "knowledge"
PASSWORD_HASH_ENV = "HISDA_DASHBOARD_PASSWORD_HASH"
"""Set by `bot.dashboard.app` in its own process from BOT_DASHBOARD_PASSWORD; never in files."""

PARTNER = "🔒 Partner: "
"""Prefix of every column that identifies a partner (removed from every table by /forget)."""

CHAT_ID = PARTNER + "Telegram chat id of the partner (a private chat is the partner's user id)."

# table -> (title, description, {column: description})
BOT_TABLES: dict[str, tuple[str, str, dict[str, str]]] = {
    "profiles": ("Partners", "One row per partner chat: what the bot remembers of them.", {
        "chat_id": CHAT_ID,
        "user_id": PARTNER + "Telegram user id.",
        "first_name": PARTNER + "first name as shown in Telegram.",
        "language": "Language chosen with /language (en, es, zh, ko); empty if never chosen.",
        "language_code": "Language of the partner's Telegram app (e.g. es-MX).",
        "chat_lang": "Language of the partner's last clearly written message.",
        "zh_script": "Chinese script the partner reads: hant (Traditional) or hans (Simplified); empty for other languages.",
        "zh_script_chosen": "1 = the partner asked for that script (button or in words): it holds whatever script they write in.",
        "timezone": "Partner's time zone (set with /timezone), used for event times.",
        "country": "Partner's country (ISO code such as MX, KR), when known.",
        "first_seen": "First message to the bot (UTC).",
        "last_seen": "Latest message to the bot (UTC).",
        "active": "1 = reachable; 0 = blocked the bot or the chat is gone (no broadcasts).",
        "inactive_reason": "Why the partner is no longer reachable.",
    }),
    "interests": ("'I'm interested' taps", "Works of the catalog partners tapped 'I'm interested' on.", {
        "chat_id": CHAT_ID,
        "work_id": "Catalog work (id in knowledge/catalog.yaml).",
        "created": "When they tapped (UTC).",
        "notified": "1 = staff were told in the staff chat.",
    }),
    "questions": ("Question log", ("One row per text message a partner sent, with how the bot "
                                   "understood and answered it."), {
        "chat_id": CHAT_ID,
        "asked": "When the partner wrote (UTC).",
        "lang": "Language the message was written in (en, es, zh, ko).",
        "text": PARTNER + "the message exactly as written (may contain names, phone numbers).",
        "intent": "What the bot understood the partner wanted.",
        "answer": "What the bot answered: faq:<id>, location:<id>, list:works?genre=..., "
                  "gap:<contact> (not published, routed to that contact), fallback...",
        "outcome": "answered, gap (honest 'not published'), fallback (not understood), "
                   "smalltalk or action (settings, subscriptions).",
        "confidence": "How sure the language model was, 0 to 1.",
        "reply": "First 500 characters of the bot's reply.",
    }),
    "handoffs": ("Hand-offs", "Partners who asked to talk to a person, and how staff followed up.", {
        "chat_id": CHAT_ID,
        "user_id": PARTNER + "Telegram user id.",
        "opened": "When the partner asked for a person (UTC).",
        "status": "open (nobody yet), claimed (a staff member took it) or closed.",
        "subject": "What it is about: locations, catalog, events, incentives or empty.",
        "question": PARTNER + "what the partner wrote.",
        "staff_chat_id": "Staff chat where the hand-off was posted.",
        "staff_message_id": "Message in the staff chat.",
        "staff_thread_id": "Topic (thread) in the staff chat.",
        "claimed_by": "Staff member who claimed it.",
        "first_staff_reply": "When staff first replied to the partner (UTC).",
        "closed": "When it was closed (UTC).",
    }),
    "relay": ("Hand-off messages", "Messages relayed between a partner and staff during a hand-off.", {
        "handoff_id": "Hand-off this message belongs to.",
        "chat_id": CHAT_ID,
        "at": "When (UTC).",
        "direction": "partner (partner to staff) or staff (staff to partner).",
        "staff_name": "Staff member who wrote (staff messages).",
        "text": PARTNER + "the message text.",
        "staff_message_id": "Message id in the staff chat.",
        "partner_message_id": "Message id in the partner's chat.",
    }),
    "inquiries": ("Leads and inquiries", "Requests partners filled in with the bot.", {
        "chat_id": CHAT_ID,
        "created": "When the partner sent it (UTC).",
        "kind": "film, coproduce, license, distribute, event_signup, join_alliance or talent.",
        "company": PARTNER + "company name as given.",
        "country": "Country (ISO code such as MX, KR).",
        "people": "Number of people (crew size, event attendees).",
        "event_id": "Event signed up for (id in knowledge/events.yaml).",
        "details": "Other answers, as JSON.",
        "contact": PARTNER + "e-mail, phone or handle the partner gave.",
        "status": "new (not yet taken up), claimed (a staff member took it) or closed (its staff thread was closed).",
        "staff_message_id": "Message in the staff chat announcing the lead.",
    }),
    "_migrations": ("Schema migrations", ("Which schema steps (core/migrations.py) this "
                                          "database has had."), {
        "migration_set": "Part of the bot the step belongs to (e.g. subscriptions, ledger).",
        "name": "The step's name.",
        "applied": "When it ran (UTC).",
    }),
    "audit": ("Staff actions", "Commands staff ran in Telegram and what they did.", {
        "at": "When (UTC).",
        "user_id": "Telegram user id of the staff member.",
        "action": "Command.",
        "args": "Its arguments.",
        "result": "What happened.",
    }),
    "memory": ("Conversation memory", ("What the bot keeps in mind about each "
                                      "conversation (last subject, pending questions)."), {
        "chat_id": CHAT_ID,
        "updated": "Last change (UTC).",
        "data": PARTNER + "the conversation state, as JSON.",
    }),
    "subscriptions": ("Subscriptions", "Announcement topics each partner opted into.", {
        "chat_id": CHAT_ID,
        "topic": "Topic (id in knowledge/topics.yaml).",
        "created": "When they subscribed (UTC).",
    }),
    "reminders": ("Event reminders", "Events partners asked to be reminded of.", {
        "chat_id": CHAT_ID,
        "event_id": "Event (id in knowledge/events.yaml).",
        "created": "When they asked (UTC).",
    }),
    "broadcasts": ("Broadcast runs", ("One row per announcement or reminder run "
                                     "(each time of a recurring announcement is its own row)."), {
        "kind": "announcement or reminder.",
        "ref": "Announcement id (knowledge/announcements.yaml or composed with /announce), "
               "or event id for reminders.",
        "occurrence": "Which time of the announcement ('once' for one-shots).",
        "origin": "file (announcements.yaml), admin (/announce) or reminder.",
        "due": "When it was due (UTC).",
        "status": "pending, running, done, missed, cancelled, expired or superseded.",
        "payload": "The text and audience as sent, as JSON.",
        "created": "When it was scheduled (UTC).",
        "started": "When sending started (UTC).",
        "finished": "When sending finished (UTC).",
        "requested_by": "Staff chat that asked for it (/announce).",
        "note": "Why it was missed, cancelled or expired.",
        "progress_chat_id": "Chat where the bot shows the sending progress.",
        "progress_message_id": "Progress message in that chat.",
        "reported": "1 = the summary was sent to the staff chat.",
    }),
    "deliveries": ("Deliveries", "One row per broadcast and partner: whether it arrived.", {
        "broadcast_id": "Broadcast run.",
        "chat_id": CHAT_ID,
        "status": "queued, sending, retry, sent, failed, blocked, skipped or missed.",
        "attempts": "How many times the bot tried.",
        "last_error": "Telegram's last error, if any.",
        "message_id": "Telegram message id once delivered.",
        "lang": "Language the partner received it in.",
        "updated": "Last change (UTC).",
    }),
}

KNOWLEDGE_TABLES: dict[str, str] = {
    "locations": "Filming locations and standing sets (map on this page)",
    "incentives": "Production incentives",
    "works": "Cooperation catalog of short dramas",
    "events": "Events",
    "programs": "Programs",
    "partners": "Partner companies of the alliance",
    "contacts": "Staff contacts partners are routed to",
    "faq": "Frequently asked questions",
    "topics": "Announcement topics partners can subscribe to",
    "announcements": "Scheduled announcements",
    "eras": "Vocabulary: eras",
    "genres": "Vocabulary: genres",
    "scene_types": "Vocabulary: scene types",
    "catalog_about": "About the catalog",
}

READ_ONLY_NOTE = ("Read-only view of knowledge/{file}, compiled when the dashboard started. "
                  "To change it, edit the file (the bot reloads it on save) and restart the "
                  "dashboard; edits cannot be made here.")


_LANGUAGE_NAMES: dict[str, str] = {lang: name for lang, name in LANG_NAMES.items()}


def _field_columns(model: type[BaseModel], prefix: str = "", label: str = "") -> dict[str, str]:
    """Column -> description of a compiled knowledge table, from the file schema, flattened
    as `KnowledgeBase.compile_to` does: a localized field is one column per language
    (`name_es`), a nested block one per field (`coordinates_lat`); lists stay JSON."""
    out: dict[str, str] = {}
    for name, info in model.model_fields.items():
        text = info.description or name.replace("_", " ").capitalize()
        subs = list(models_in(info.annotation))
        if model in (LocalizedText, LocalizedList):
            out[f"{prefix}{name}"] = f"{label} ({_LANGUAGE_NAMES.get(name, name)})"
        elif len(subs) == 1 and get_origin(info.annotation) is not list and \
                "list[" not in str(info.annotation):
            out.update(_field_columns(subs[0], f"{prefix}{name}_", f"{label}{text}"
                                      if not label else f"{label}, {text.lower()}"))
        else:
            out[f"{prefix}{name}"] = (f"{label}, {text.lower()}" if label else text) + (
                " (list, as JSON)" if "list" in str(info.annotation) else "")
    return out


def _record_model(file: str, section: str) -> type[BaseModel] | None:
    info = FILE_MODELS[file].model_fields.get(section)
    subs = list(models_in(info.annotation)) if info else []
    return subs[0] if len(subs) == 1 else None


def _knowledge_tables() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for file, section, table in KIND_SOURCES.values():
        model = _record_model(file, section)
        tables[table] = {"title": KNOWLEDGE_TABLES.get(table, table),
                         "description": READ_ONLY_NOTE.format(file=file),
                         "columns": _field_columns(model) if model else {}}
    tables["catalog_about"]["columns"]["id"] = "Always 'about': the catalog's single record."
    tables["locations"]["plugins"] = {"datasette-cluster-map": {
        "latitude_column": "coordinates_lat", "longitude_column": "coordinates_lon"}}
    tables["locations"]["facets"] = ["kind", "status"]
    tables["search"] = {"title": "Search index", "hidden": True,
                        "description": "Texts the bot searches, one row per field and language."}
    tables["search_fts"] = {"hidden": True}
    tables["kb_meta"] = {"title": "Compiled version",
                         "description": "Which version of the knowledge files this copy holds."}
    return tables


STANDING_SETS = """
SELECT id, name_en AS name, name_zh, era_en AS era, kind, status,
       coordinates_lat AS latitude, coordinates_lon AS longitude
FROM locations
ORDER BY kind = 'standing_set' DESC, name_en
"""


def metadata(user: str | None) -> dict[str, Any]:
    """Datasette metadata; `user` is the only actor allowed anywhere (None: open, demo only)."""
    allow = {"allow": {"id": user}} if user else {}
    bot_tables = {name: {"title": title, "description": desc, "columns": cols, **allow}
                  for name, (title, desc, cols) in BOT_TABLES.items()}
    bot_tables["sqlite_sequence"] = {"hidden": True}  # SQLite's own counter table
    bot_tables["questions"]["sort_desc"] = "asked"
    bot_tables["questions"]["facets"] = ["lang", "outcome"]
    bot_tables["inquiries"]["sort_desc"] = "created"
    bot_tables["inquiries"]["facets"] = ["kind", "country", "status"]
    bot_tables["handoffs"]["sort_desc"] = "opened"
    bot_tables["handoffs"]["facets"] = ["status", "subject"]
    queries = {name: {"title": q["title"], "description": q["description"], "sql": q["sql"],
                      "params": q["params"], "hide_sql": True, **allow}
               for name, q in CANNED.items()}
    knowledge_tables = {name: {**t, **allow} for name, t in _knowledge_tables().items()}
    plugins: dict[str, Any] = {"datasette-dashboards": charts.dashboard()}
    if user:
        plugins["datasette-auth-passwords"] = {
            f"{user}_password_hash": {"$env": PASSWORD_HASH_ENV},
            "actors": {user: {"id": user, "name": "HISDA staff"}},
        }
    return {
        "title": "HISDA partner bot: staff dashboard",
        "description_html": (
            "What partners ask the bot, what it could not answer, hand-offs, leads, "
            "subscribers and broadcasts. Start with the <a href=\"/-/dashboards/partners\">"
            "dashboard</a> or a saved query such as <a href=\"/bot/unanswered\">unanswered</a>. "
            "Every table and query exports as CSV or JSON. This is a read-only window: "
            "nothing here changes what the bot stores. Columns marked 🔒 identify a partner; "
            "/forget in Telegram removes a partner from everything shown here."),
        **allow,
        **({"allow_sql": {"id": user}} if user else {}),
        "databases": {
            BOT_DB: {
                "title": "Bot database (read-only)",
                "description": ("What the running bot stores: partners, their questions and "
                                "the answers, hand-offs, leads, subscriptions and broadcasts. "
                                "Opened read-only; the bot keeps running undisturbed."),
                **allow,
                **({"allow_sql": {"id": user}} if user else {}),
                "tables": bot_tables,
                "queries": queries,
            },
            KNOWLEDGE_DB: {
                "title": "Knowledge (read-only copy of the YAML files)",
                "description": ("The answers the bot gives, compiled from the files in "
                                "knowledge/. Edits go to those files, never here."),
                **allow,
                **({"allow_sql": {"id": user}} if user else {}),
                "tables": knowledge_tables,
                "queries": {"standing_sets": {
                    "title": "Map of the standing sets and studios",
                    "description": ("Every filming location with its coordinates, standing "
                                    "sets first; the map shows them clustered."),
                    "sql": STANDING_SETS, "hide_sql": True, **allow}},
            },
        },
        "plugins": plugins,
    }

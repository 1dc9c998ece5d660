"""The staff dashboard (datasette-dashboards, Vega-Lite): charts over `bot.db` with filters.

Each chart is an SQL query run by the browser through Datasette's JSON API (so it needs the
`execute-sql` permission, which only the logged-in staff actor has). `[[ ... :name ... ]]`
blocks are kept only when the filter `name` is set, so every chart works unfiltered too.
"""

from __future__ import annotations

from typing import Any

from bot.dashboard.queries import (
    LANGUAGE,
    SUBJECT,
    SUBJECT_KIND,
    SUBJECT_KINDS,
    UNANSWERED_OUTCOMES,
    normalised,
)
from core.i18n import LANGS
from jobs.ledger import BLOCKED, FAILED, SENT, SKIPPED, TODO_STATES

DASHBOARD = "partners"
"""Slug of the dashboard: `/-/dashboards/partners`."""

OUTCOME_COLORS = {"answered": "#2e7d32", "gap": "#f9a825", "fallback": "#c62828",
                  "smalltalk": "#90a4ae", "action": "#1565c0"}


def _when(column: str) -> str:
    """Date range filter on an ISO UTC column (`date_end` is inclusive)."""
    return (f"[[ AND {column} >= :date_start ]] "
            f"[[ AND {column} < date(:date_end, '+1 day') ]]")


def _lang(column: str) -> str:
    return f"[[ AND {column} = :lang ]]"


_PARTNER_LANG = (f"[[ AND chat_id IN (SELECT p.chat_id FROM profiles p "
                 f"WHERE {LANGUAGE} = :lang) ]]")
"""Language filter for tables without a language column: the partner's language."""


def _bar(x: dict[str, Any], y: dict[str, Any], color: dict[str, Any] | None = None,
         **extra: Any) -> dict[str, Any]:
    encoding: dict[str, Any] = {"x": x, "y": y}
    if color:
        encoding["color"] = color
    return {"mark": {"type": "bar", "tooltip": True}, "encoding": encoding, **extra}


_DAY = {"field": "day", "type": "ordinal", "title": "Day (UTC)", "axis": {"labelAngle": -45}}
_QUESTIONS = f"(SELECT * FROM questions WHERE 1 {_when('asked')} {_lang('lang')})"
"""The question log narrowed by the date range and language filters."""


def _metric(title: str, query: str, suffix: str = "") -> dict[str, Any]:
    """One big number: `query` returns a single row with column `n`."""
    return {"title": title, "db": "bot", "library": "metric", "query": query,
            "display": {"field": "n", "prefix": "", "suffix": suffix}}

CHARTS: dict[str, dict[str, Any]] = {
    "questions-total": _metric("Partner messages", f"SELECT count(*) AS n FROM {_QUESTIONS}"),
    "unanswered-share": _metric(
        "Not answered (gap or fallback)",
        f"SELECT round(100.0 * coalesce(sum(outcome IN "
        f"({', '.join(repr(o) for o in UNANSWERED_OUTCOMES)})), 0) "
        f"/ max(count(*), 1), 1) AS n FROM {_QUESTIONS}", suffix=" %"),
    "open-handoffs": _metric(
        "Hand-offs waiting (open or claimed)",
        f"SELECT count(*) AS n FROM handoffs WHERE status != 'closed' {_PARTNER_LANG}"),
    "new-leads": _metric(
        "Leads and inquiries",
        f"SELECT count(*) AS n FROM inquiries WHERE 1 {_when('created')} {_PARTNER_LANG}"),
    "questions-per-day": {
        "title": "Questions per day, by language", "db": "bot", "library": "vega-lite",
        "query": (f"SELECT substr(asked, 1, 10) AS day, lang AS language, count(*) AS questions "
                  f"FROM {_QUESTIONS} GROUP BY day, language ORDER BY day"),
        "display": _bar(_DAY, {"field": "questions", "type": "quantitative", "stack": True,
                               "title": "Questions"},
                        {"field": "language", "type": "nominal", "title": "Language",
                         "scale": {"domain": list(LANGS)}}),
    },
    "outcomes": {
        "title": "Answer outcome per day", "db": "bot", "library": "vega-lite",
        "query": (f"SELECT substr(asked, 1, 10) AS day, coalesce(outcome, 'unknown') AS outcome, "
                  f"count(*) AS questions FROM {_QUESTIONS} GROUP BY day, outcome ORDER BY day"),
        "display": _bar(_DAY, {"field": "questions", "type": "quantitative", "stack": "normalize",
                               "title": "Share of questions"},
                        {"field": "outcome", "type": "nominal", "title": "Outcome",
                         "scale": {"domain": list(OUTCOME_COLORS),
                                   "range": list(OUTCOME_COLORS.values())}}),
    },
    "top-subjects": {
        "title": "Top subjects", "db": "bot", "library": "vega-lite",
        "query": (f"SELECT {SUBJECT} AS subject, {SUBJECT_KIND} AS kind, count(*) AS questions "
                  f"FROM {_QUESTIONS} WHERE instr(answer, ':') > 0 AND {SUBJECT_KIND} IN "
                  f"({', '.join(repr(k) for k in SUBJECT_KINDS)}) "
                  f"GROUP BY subject ORDER BY questions DESC LIMIT 15"),
        "display": _bar({"field": "questions", "type": "quantitative", "title": "Questions"},
                        {"field": "subject", "type": "nominal", "sort": "-x", "title": None},
                        {"field": "kind", "type": "nominal", "title": "Kind"}),
    },
    "unanswered": {
        "title": "Unanswered, grouped by wording", "db": "bot", "library": "table",
        "query": (f"SELECT {normalised('text')} AS question, count(*) AS times, "
                  f"group_concat(DISTINCT lang) AS languages, max(asked) AS last_seen "
                  f"FROM {_QUESTIONS} WHERE outcome IN "
                  f"({', '.join(repr(o) for o in UNANSWERED_OUTCOMES)}) "
                  f"GROUP BY 1 ORDER BY times DESC, last_seen DESC LIMIT 20"),
        "display": {},
    },
    "handoff-response": {
        "title": "Minutes to first staff reply, latest hand-offs", "db": "bot",
        "library": "vega-lite",
        "query": ("SELECT '#' || id || ' ' || coalesce(nullif(subject, ''), 'general') || ' · ' "
                  "|| substr(opened, 6, 5) || ' ' || substr(opened, 12, 5) AS handoff, "
                  "coalesce(nullif(subject, ''), 'general') AS subject, opened, "
                  "round((julianday(first_staff_reply) - julianday(opened)) * 1440, 1) "
                  "AS minutes FROM handoffs WHERE first_staff_reply IS NOT NULL "
                  f"{_when('opened')} {_PARTNER_LANG} ORDER BY opened DESC LIMIT 30"),
        "display": _bar({"field": "minutes", "type": "quantitative",
                         "title": "Minutes to first reply"},
                        {"field": "handoff", "type": "nominal", "title": None,
                         "sort": {"field": "opened", "order": "descending"}},
                        {"field": "subject", "type": "nominal", "title": "Subject",
                         "legend": {"orient": "bottom"}},
                        height={"step": 26}),
    },
    "inquiries": {
        "title": "Leads by kind and country", "db": "bot", "library": "vega-lite",
        "query": ("SELECT kind, coalesce(nullif(country, ''), '?') AS country, count(*) AS leads "
                  f"FROM inquiries WHERE 1 {_when('created')} {_PARTNER_LANG} "
                  "GROUP BY kind, country"),
        "display": _bar({"field": "kind", "type": "nominal", "title": "Kind", "sort": "-y"},
                        {"field": "leads", "type": "quantitative", "stack": True,
                         "title": "Leads"},
                        {"field": "country", "type": "nominal", "title": "Country"}),
    },
    "subscribers": {
        "title": "Subscribers by topic and language", "db": "bot", "library": "vega-lite",
        "query": (f"SELECT s.topic, {LANGUAGE} AS language, count(*) AS subscribers "
                  "FROM subscriptions s JOIN profiles p ON p.chat_id = s.chat_id "
                  f"WHERE p.active = 1 {_lang(LANGUAGE)} GROUP BY s.topic, language"),
        "display": _bar({"field": "topic", "type": "nominal", "title": "Topic", "sort": "-y"},
                        {"field": "subscribers", "type": "quantitative", "stack": True,
                         "title": "Subscribers"},
                        {"field": "language", "type": "nominal", "title": "Language",
                         "scale": {"domain": list(LANGS)}}),
    },
    "deliveries": {
        "title": "Deliveries per broadcast", "db": "bot", "library": "vega-lite",
        "query": (
            "SELECT b.ref || ' · ' || substr(b.due, 1, 10) AS broadcast, "
            f"CASE WHEN d.status = '{SENT}' THEN 'delivered' "
            f"WHEN d.status IN ('{FAILED}', 'missed') THEN 'failed' "
            f"WHEN d.status = '{BLOCKED}' THEN 'blocked' "
            f"WHEN d.status = '{SKIPPED}' THEN 'skipped' "
            f"WHEN d.status IN ({', '.join(repr(s) for s in TODO_STATES)}) THEN 'remaining' "
            "ELSE d.status END AS delivery, count(*) AS partners "
            "FROM broadcasts b JOIN deliveries d ON d.broadcast_id = b.id "
            f"WHERE 1 {_when('b.due')} {_lang('d.lang')} "
            "GROUP BY b.id, delivery ORDER BY b.due DESC LIMIT 200"),
        "display": _bar({"field": "partners", "type": "quantitative", "stack": True,
                         "title": "Partners"},
                        {"field": "broadcast", "type": "nominal", "title": None},
                        {"field": "delivery", "type": "nominal", "title": "Delivery",
                         "scale": {"domain": ["delivered", "failed", "blocked", "skipped",
                                              "remaining"],
                                   "range": ["#2e7d32", "#c62828", "#6d4c41", "#90a4ae",
                                             "#1565c0"]},
                         "legend": {"orient": "bottom"}},
                        height={"step": 26}),
    },
}
"""chart slug -> datasette-dashboards chart (title, db, query, library, display)."""

LAYOUT = [
    ["questions-total", "unanswered-share", "open-handoffs", "new-leads"],
    ["questions-per-day", "questions-per-day", "outcomes", "outcomes"],
    ["top-subjects", "top-subjects", "unanswered", "unanswered"],
    ["handoff-response", "handoff-response", "inquiries", "inquiries"],
    ["subscribers", "subscribers", "deliveries", "deliveries"],
]

FILTERS: dict[str, dict[str, Any]] = {
    "date_start": {"name": "From (UTC day)", "type": "date"},
    "date_end": {"name": "To (UTC day, included)", "type": "date"},
    "lang": {"name": "Language", "type": "select", "options": list(LANGS)},
}


def dashboard() -> dict[str, Any]:
    """The `datasette-dashboards` plugin configuration: one dashboard, `partners`."""
    return {DASHBOARD: {
        "title": "What partners ask",
        "description": ("Questions, answers, hand-offs, leads, subscribers and broadcasts from "
                        "the bot's database (read-only). Dates are UTC days; pick a range "
                        "and a language to narrow every chart."),
        "settings": {"allow_fullscreen": True},
        "layout": LAYOUT,
        "filters": FILTERS,
        "charts": CHARTS,
    }}

"""The canned queries staff bookmark (`/bot/<name>`), as SQL over the tables of `bot.db`.

Names are a contract with staff (bookmarks, exported CSV links) and with the dashboard tests:
`unanswered`, `questions_by_day`, `top_subjects`, `handoffs`, `inquiries`,
`subscribers_by_topic`, `broadcasts`. Every date-time in `bot.db` is an ISO 8601 UTC string
with offset (`2026-11-30T08:15:00+00:00`), so a day is its first 10 characters (a UTC day) and
"the last N days" is a string comparison against `now` written the same way.
"""

from __future__ import annotations

from typing import Any

from core.questions import UNANSWERED as UNANSWERED_OUTCOMES
from jobs.ledger import BLOCKED, FAILED, SENT, SKIPPED, TODO_STATES

SUBJECT_KINDS = ("faq", "event", "location", "work", "partner", "program", "incentive",
                 "contact", "list", "catalog", "gap")
"""Answer-key prefixes that name what a question was about (smalltalk, preferences and
fallbacks are not subjects)."""


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def since(param: str, default_days: int, column: str) -> str:
    """`column` is within the last `:param` days (default when the field is left empty)."""
    return (f"{column} >= strftime('%Y-%m-%dT%H:%M:%S', 'now', '-' || "
            f"CAST(coalesce(nullif(:{param}, ''), {default_days}) AS INTEGER) || ' days')")


def normalised(column: str) -> str:
    """Lower-cased, trimmed text without the punctuation partners vary (¿?¡!.,，。？！"'),
    so "Do you have a Ming palace?" and "do you have a ming palace" group together."""
    expr = f"lower(trim({column}))"
    for mark in ("?", "¿", "!", "¡", ".", ",", "？", "！", "。", "，", '"', "'"):
        quoted = mark.replace("'", "''")
        expr = f"replace({expr}, '{quoted}', '')"
    return f"trim(replace({expr}, '  ', ' '))"


SUBJECT = "CASE WHEN instr(answer, '#') > 0 THEN substr(answer, 1, instr(answer, '#') - 1) ELSE answer END"
SUBJECT_KIND = "substr(answer, 1, instr(answer, ':') - 1)"

UNANSWERED = f"""
SELECT
  {normalised('text')} AS question,
  count(*) AS times_asked,
  count(DISTINCT chat_id) AS partners,
  group_concat(DISTINCT lang) AS languages,
  group_concat(DISTINCT outcome) AS outcomes,
  max(asked) AS last_seen,
  text AS example_wording,
  answer AS routed_to
FROM questions
WHERE outcome IN ({_sql_list(UNANSWERED_OUTCOMES)})
  AND {since('days', 7, 'asked')}
GROUP BY 1
ORDER BY times_asked DESC, last_seen DESC
"""

QUESTIONS_BY_DAY = f"""
SELECT
  substr(asked, 1, 10) AS day,
  lang AS language,
  count(*) AS questions,
  sum(outcome = 'answered') AS answered,
  sum(outcome = 'gap') AS honest_gap,
  sum(outcome = 'fallback') AS fallback,
  sum(outcome IS NULL OR outcome NOT IN ('answered', 'gap', 'fallback')) AS other
FROM questions
WHERE {since('days', 30, 'asked')}
GROUP BY day, language
ORDER BY day DESC, questions DESC
"""

TOP_SUBJECTS = f"""
SELECT
  {SUBJECT} AS subject,
  {SUBJECT_KIND} AS kind,
  count(*) AS questions,
  count(DISTINCT chat_id) AS partners,
  group_concat(DISTINCT lang) AS languages,
  max(asked) AS last_asked
FROM questions
WHERE instr(answer, ':') > 0
  AND {SUBJECT_KIND} IN ({_sql_list(SUBJECT_KINDS)})
  AND {since('days', 30, 'asked')}
GROUP BY subject
ORDER BY questions DESC, last_asked DESC
LIMIT 100
"""

HANDOFFS = """
SELECT
  h.id,
  h.status,
  h.opened,
  h.subject,
  h.chat_id AS partner_chat_id,
  p.first_name AS partner_name,
  h.question,
  h.claimed_by,
  h.first_staff_reply,
  round((julianday(h.first_staff_reply) - julianday(h.opened)) * 1440, 1)
    AS minutes_to_first_reply,
  CASE WHEN h.first_staff_reply IS NULL AND h.status != 'closed'
       THEN round((julianday('now') - julianday(h.opened)) * 1440) END AS minutes_waiting,
  h.closed,
  (SELECT count(*) FROM relay r WHERE r.handoff_id = h.id) AS messages
FROM handoffs h
LEFT JOIN profiles p ON p.chat_id = h.chat_id
WHERE (:status = '' OR h.status = :status)
ORDER BY h.status = 'closed', h.opened DESC
"""

INQUIRIES = """
SELECT
  i.id,
  i.created,
  i.kind,
  i.country,
  i.company,
  i.people,
  i.event_id,
  i.contact,
  i.status,
  i.details,
  i.chat_id AS partner_chat_id,
  p.first_name AS partner_name
FROM inquiries i
LEFT JOIN profiles p ON p.chat_id = i.chat_id
WHERE (:kind = '' OR i.kind = :kind)
  AND (:country = '' OR i.country = upper(:country))
ORDER BY i.created DESC, i.id DESC
"""

LANGUAGE = "coalesce(p.language, lower(substr(p.language_code, 1, 2)), 'unknown')"
"""A partner's language for counting: their /language choice, else Telegram's code."""

SUBSCRIBERS_BY_TOPIC = f"""
SELECT
  s.topic,
  {LANGUAGE} AS language,
  count(*) AS subscribers
FROM subscriptions s
JOIN profiles p ON p.chat_id = s.chat_id
WHERE p.active = 1
GROUP BY s.topic, language
ORDER BY s.topic, subscribers DESC
"""


def _count(states: tuple[str, ...]) -> str:
    return f"coalesce(sum(d.status IN ({_sql_list(states)})), 0)"


BROADCASTS = f"""
SELECT
  b.id,
  b.kind,
  b.ref AS announcement,
  b.occurrence,
  b.origin,
  b.status,
  b.due,
  b.started,
  b.finished,
  {_count((SENT,))} AS delivered,
  {_count((FAILED, "missed"))} AS failed,
  {_count((BLOCKED,))} AS blocked,
  {_count((SKIPPED,))} AS skipped,
  {_count(TODO_STATES)} AS remaining,
  count(d.chat_id) AS recipients,
  round((julianday(coalesce(b.finished, CASE WHEN b.started IS NOT NULL THEN 'now' END))
         - julianday(b.started)) * 86400) AS duration_seconds
FROM broadcasts b
LEFT JOIN deliveries d ON d.broadcast_id = b.id
GROUP BY b.id
ORDER BY b.due DESC, b.id DESC
"""


CANNED: dict[str, dict[str, Any]] = {
    "unanswered": {
        "title": "Unanswered questions",
        "description": (
            "What partners asked that the bot could not answer (an honest 'not published' "
            "routed to a contact, or no idea at all), grouped by wording, for the last N days "
            "(default 7). Columns: the question (lower-cased, punctuation removed), how often "
            "and by how many partners it was asked, in which languages, when last, one "
            "partner's exact wording and where the bot sent them. Add these answers to the "
            "knowledge files."),
        "sql": UNANSWERED,
        "params": ["days"],
        "tables": ("questions",),
    },
    "questions_by_day": {
        "title": "Questions per day",
        "description": (
            "Partner messages per UTC day and language for the last N days (default 30), "
            "split by outcome: answered, honest gap (not published, routed to a contact), "
            "fallback (not understood) and other (greetings, settings, buttons)."),
        "sql": QUESTIONS_BY_DAY,
        "params": ["days"],
        "tables": ("questions",),
    },
    "top_subjects": {
        "title": "Top subjects",
        "description": (
            "What partners ask about most in the last N days (default 30): the answer the bot "
            "gave, e.g. location:ming_qing_palace, faq:visa, list:works?genre=sci_fi, or "
            "gap:<contact> for facts not published. Kind is the part before the colon."),
        "sql": TOP_SUBJECTS,
        "params": ["days"],
        "tables": ("questions",),
    },
    "handoffs": {
        "title": "Hand-offs to staff",
        "description": (
            "Partners who asked for a person: open and claimed first, then closed, newest "
            "first, with the minutes until the first staff reply (or the minutes waiting so "
            "far) and the number of relayed messages. Leave status empty for all, or type "
            "open, claimed or closed."),
        "sql": HANDOFFS,
        "params": ["status"],
        "tables": ("handoffs", "relay", "profiles"),
    },
    "inquiries": {
        "title": "Leads and inquiries",
        "description": (
            "Requests partners filled in with the bot (film here, co-produce, license, "
            "distribute, event sign-up, join the alliance, talent), newest first. Filter by "
            "kind and by country (ISO code such as MX, KR); leave empty for all. The contact "
            "column is what the partner gave us to reach them."),
        "sql": INQUIRIES,
        "params": ["kind", "country"],
        "tables": ("inquiries", "profiles"),
    },
    "subscribers_by_topic": {
        "title": "Subscribers by topic",
        "description": (
            "Active partners subscribed to each announcement topic, by language (their "
            "/language choice, else their Telegram language). Partners who blocked the bot "
            "are not counted."),
        "sql": SUBSCRIBERS_BY_TOPIC,
        "params": [],
        "tables": ("subscriptions", "profiles"),
    },
    "broadcasts": {
        "title": "Broadcasts",
        "description": (
            "Every announcement and reminder run, newest first: delivered, failed (including "
            "too late to send), blocked (partner blocked the bot), skipped (left the audience), "
            "remaining (still to send), and how long the sending took in seconds."),
        "sql": BROADCASTS,
        "params": [],
        "tables": ("broadcasts", "deliveries"),
    },
}
"""name -> title, description, sql, params, and the bot.db tables the query reads."""

"""Subscriptions: which announcement topics each partner wants, as transport-independent replies.

Topics come from `knowledge/topics.yaml`, never from code. These functions are what the
/subscribe and /unsubscribe commands, the "subscribe"/"unsubscribe" free-text intents, the
toggle buttons and the "Stop" button on every broadcast all call; they return an
`intents.reply.Reply` for the transport to render.

Button data (see `intents.callbacks`): `sub|<topic>` toggles one topic, `sub|+` subscribes to
all, `sub|-` to none (all edit the menu in place); `subs` opens the menu; `stop` (from a
broadcast) unsubscribes from everything, `stop|<topic>` from one topic.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any, Protocol

from core.i18n import Lang, t
from core.i18n_format import format_list
from core import lazy_re as re
from core.store import Store
from core.text import fold, to_simplified
from intents.callbacks import encode
from intents.reply import Button, Reply, esc
from jobs.ledger import Ledger
from jobs.subscription_store import SubscriptionStore

ALL, NONE = "+", "-"

_ledgers: weakref.WeakKeyDictionary[Store, Ledger] = weakref.WeakKeyDictionary()
_subscriptions: weakref.WeakKeyDictionary[Store, SubscriptionStore] = weakref.WeakKeyDictionary()


class HasTopics(Protocol):
    """The part of a knowledge snapshot this module reads."""

    topics: Mapping[str, Any]


def ledger_of(store: Store) -> Ledger:
    """The one delivery Ledger of a store (tables are created on first use)."""
    ledger = _ledgers.get(store)
    if ledger is None:
        ledger = _ledgers[store] = Ledger(store.db, store.connection_lock)
    return ledger


def subscriptions_of(store: Store) -> SubscriptionStore:
    """The one SubscriptionStore of a store (tables are created on first use)."""
    subs = _subscriptions.get(store)
    if subs is None:
        subs = _subscriptions[store] = SubscriptionStore(store)
    return subs


def topic_name(kb: HasTopics, topic_id: str, lang: Lang) -> str:
    topic = kb.topics.get(topic_id)
    return topic.name.get(lang) if topic is not None else topic_id


def subscription_menu(store: Store, kb: HasTopics, chat_id: int, lang: Lang,
                      *, mode: str = "new", toast: str | None = None) -> Reply:
    """The topic toggles with the partner's current choices ticked."""
    subs = subscriptions_of(store)
    mine = subs.topics_of(chat_id) & set(kb.topics)
    names = [esc(topic_name(kb, tid, lang)) for tid in kb.topics if tid in mine]
    status = (t("subs_current", lang, topics=format_list(names, lang)) if names
              else t("subs_current_none", lang))
    rows = [[Button(label=("✅ " if tid in mine else "▫️ ") + topic.name.get(lang),
                    data=encode("sub", tid))] for tid, topic in kb.topics.items()]
    rows.append([Button(label=t("subs_all_button", lang), data=encode("sub", ALL)),
                 Button(label=t("subs_none_button", lang), data=encode("sub", NONE))])
    return Reply(text=f"{t('subs_title', lang)}\n\n{status}", lang=lang, buttons=rows,
                 mode=mode, toast=toast, intent="subscribe")  # type: ignore[arg-type]


def toggle_topic(store: Store, kb: HasTopics, chat_id: int, arg: str, lang: Lang) -> Reply:
    """Handle `sub|<arg>`: flip one topic (or all / none) and redraw the menu in place."""
    subs = subscriptions_of(store)
    store.touch(chat_id)  # a partner tapping buttons is reachable again, even if marked inactive
    if arg == ALL:
        for tid in kb.topics:
            subs.subscribe(chat_id, tid)
        toast = t("subs_all_toast", lang)
    elif arg == NONE:
        subs.unsubscribe(chat_id)
        toast = t("subs_none_toast", lang)
    elif arg in kb.topics:
        name = topic_name(kb, arg, lang)
        if arg in subs.topics_of(chat_id):
            subs.unsubscribe(chat_id, arg)
            toast = t("subs_off", lang, topic=name)
        else:
            subs.subscribe(chat_id, arg)
            toast = t("subs_on", lang, topic=name)
    else:
        toast = t("subs_unknown_topic", lang)
    return subscription_menu(store, kb, chat_id, lang, mode="edit", toast=toast)


def subscribe_all(store: Store, kb: HasTopics, chat_id: int, lang: Lang) -> Reply:
    """Subscribe to every topic (e.g. a partner who writes "subscribe me to everything")."""
    return toggle_topic(store, kb, chat_id, ALL, lang).model_copy(update={"mode": "new"})


def unsubscribe_all(store: Store, chat_id: int, lang: Lang = "en") -> Reply:
    """/unsubscribe, the "unsubscribe" intent and the Stop button: remove every topic."""
    removed = subscriptions_of(store).unsubscribe(chat_id)
    key = "unsub_done" if removed else "unsub_nothing"
    return Reply(text=t(key, lang), lang=lang, intent="unsubscribe",
                 buttons=[[Button(label=t("manage_button", lang), data=encode("subs"))]])


def stop(store: Store, kb: HasTopics, chat_id: int, lang: Lang, topic: str = "") -> Reply:
    """The Stop button under a broadcast: all topics, or the one named in the button."""
    if not topic:
        return unsubscribe_all(store, chat_id, lang)
    subscriptions_of(store).unsubscribe(chat_id, topic)
    return Reply(text=t("unsub_topic_done", lang, topic=esc(topic_name(kb, topic, lang))),
                 lang=lang, intent="unsubscribe",
                 buttons=[[Button(label=t("manage_button", lang), data=encode("subs"))]])


# -- adapters for intents.brain.Brain (free text and buttons, e.g. in the console chat) ------
def _named_topics(turn: Any) -> list[str]:
    return [tid for tid in turn.ids("topic") if tid in turn.kb.topics]


# The team a topic's news comes from, whom "now let me talk to a person" right after subscribing
# to it reaches (a subject of `intents.contact.SUBJECT_CONTACT` or a contact's id); a topic not
# listed (Korea news), or several teams' topics at once, reach the general contact ("").
TOPIC_DESK = {"events": "events", "catalog_releases": "catalog", "incentives": "incentives",
              "latam_spanish_news": "dalynn_studio"}


def topics_desk(topic_ids: list[str]) -> str:
    """The one team the topics named are about, else "" (the general contact)."""
    desks = {TOPIC_DESK.get(tid, "") for tid in topic_ids}
    return desks.pop() if len(desks) == 1 else ""


# Every topic asked for, none named ("subscribe me to everything", "all your announcements",
# "todos sus avisos", "全部/所有公告", "공지 전부 구독"): each topic switched on, as the 🔔 button does
EVERY_TOPIC = re.compile(r"\b(all|everything|every)\b|\b(todo|todos|todas)\b|全部|所有|一切|전부|모두|모든|전체")


def subscribe_intent(turn: Any) -> Reply:
    """The "subscribe" intent: switch on the topics the message names (topic names and aliases
    are entities, found by `intents.entities` like any other name), then show the menu."""
    named = _named_topics(turn)
    if not named and EVERY_TOPIC.search(fold(to_simplified(turn.text)[0])):
        named = list(turn.kb.topics)  # "sign me up for all your announcements": every topic there is
    if not named:
        return subscription_menu(turn.store, turn.kb, turn.chat_id, turn.lang)
    subs = subscriptions_of(turn.store)
    for tid in named:
        subs.subscribe(turn.chat_id, tid)
    menu = subscription_menu(turn.store, turn.kb, turn.chat_id, turn.lang)
    done = t("subs_on", turn.lang, topic=format_list(
        [esc(topic_name(turn.kb, tid, turn.lang)) for tid in named], turn.lang))
    # the answer key names the one topic switched on ("subscribe:incentives"): what its button does
    key = f"subscribe:{named[0]}" if len(named) == 1 else "subscribe"
    return menu.model_copy(update={"text": f"✅ {done}\n\n{menu.text}", "subject": topics_desk(named), "answer": key})


def unsubscribe_intent(turn: Any) -> Reply:
    """The "unsubscribe" intent: stop the topics the message names, else everything (the reply
    offers the menu to pick again)."""
    named = _named_topics(turn)
    if not named:
        return unsubscribe_all(turn.store, turn.chat_id, turn.lang)
    for tid in named:
        subscriptions_of(turn.store).unsubscribe(turn.chat_id, tid)
    names = format_list([esc(topic_name(turn.kb, tid, turn.lang)) for tid in named], turn.lang)
    return Reply(text=t("unsub_topic_done", turn.lang, topic=names), lang=turn.lang,
                 intent="unsubscribe", subject=topics_desk(named),
                 buttons=[[Button(label=t("manage_button", turn.lang), data=encode("subs"))]])


def on_button(turn: Any, cb: Any) -> Reply:
    """`sub`, `subs` and `stop` buttons (Brain.extend(buttons=...) signature)."""
    if cb.action == "sub":
        return toggle_topic(turn.store, turn.kb, turn.chat_id, cb.arg(0), turn.lang)
    if cb.action == "stop":
        return stop(turn.store, turn.kb, turn.chat_id, turn.lang, cb.arg(0))
    return subscription_menu(turn.store, turn.kb, turn.chat_id, turn.lang)

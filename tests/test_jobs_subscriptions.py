"""Subscriptions, reminders and the ledger on a real in-memory SQLite store, in four languages."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.i18n import LANGS, t
from core.i18n_format import (
    format_datetime,
    format_event_time,
    format_offset,
    format_relative,
    zone_city,
    zone_label,
)
from core.kb.loader import load_knowledge
from intents.callbacks import decode
from intents.entities import EntityIndex
from intents.turn import Turn
from jobs import reminders, subscriptions
from jobs.delivery import Recipient
from jobs.ledger import DONE, ONCE, PENDING, SENDING, SENT
from jobs.render import Payload, render_announcement, render_reminder
from jobs.subscriptions import ledger_of, subscriptions_of
from tests.jobs_support import T0, add_partner, announcement, event, kb, store

HOME = ZoneInfo("Asia/Shanghai")


@lru_cache(maxsize=1)
def shipped_kb():
    return load_knowledge(Path(__file__).resolve().parent.parent / "knowledge").require()


@pytest.mark.parametrize("lang", LANGS)
def test_menu_lists_knowledge_topics_with_ticks_and_toggles(lang: str) -> None:
    s, k = store(), kb()
    reply = subscriptions.subscription_menu(s, k, 7, lang)  # type: ignore[arg-type]
    labels = [b.label for row in reply.buttons for b in row]
    for topic in k.topics.values():
        assert f"▫️ {topic.name.get(lang)}" in labels  # type: ignore[arg-type]
    on = subscriptions.toggle_topic(s, k, 7, "korea_news", lang)  # type: ignore[arg-type]
    assert on.mode == "edit" and on.toast
    assert f"✅ {k.topics['korea_news'].name.get(lang)}" in [  # type: ignore[arg-type]
        b.label for row in on.buttons for b in row]
    assert subscriptions_of(s).topics_of(7) == {"korea_news"}
    off = subscriptions.toggle_topic(s, k, 7, "korea_news", lang)  # type: ignore[arg-type]
    assert subscriptions_of(s).topics_of(7) == set() and off.toast != on.toast


def test_all_none_and_unknown_topic_buttons() -> None:
    s, k = store(), kb()
    subscriptions.toggle_topic(s, k, 7, subscriptions.ALL, "en")
    assert subscriptions_of(s).topics_of(7) == set(k.topics)
    subscriptions.toggle_topic(s, k, 7, subscriptions.NONE, "en")
    assert subscriptions_of(s).topics_of(7) == set()
    reply = subscriptions.toggle_topic(s, k, 7, "gone_topic", "es")
    assert reply.toast == t("subs_unknown_topic", "es")
    assert subscriptions_of(s).topics_of(7) == set()


def test_every_menu_button_decodes_to_a_handled_action() -> None:
    reply = subscriptions.subscription_menu(store(), kb(), 7, "zh")
    for row in reply.buttons:
        for button in row:
            cb = decode(button.data)
            assert cb is not None and cb.action == "sub"


def test_unsubscribe_all_and_stop_one_topic() -> None:
    s, k = store(), kb()
    add_partner(s, 7, "ko", topics=("events", "korea_news"))
    reply = subscriptions.stop(s, k, 7, "ko", "korea_news")
    assert "한국 소식" in reply.text and subscriptions_of(s).topics_of(7) == {"events"}
    reply = subscriptions.unsubscribe_all(s, 7, "ko")
    assert reply.text == t("unsub_done", "ko") and subscriptions_of(s).topics_of(7) == set()
    again = subscriptions.unsubscribe_all(s, 7, "ko")
    assert again.text == t("unsub_nothing", "ko")
    assert decode(again.buttons[0][0].data).action == "subs"  # type: ignore[union-attr]


def test_audience_matches_topics_activity_language_and_country() -> None:
    s = store()
    add_partner(s, 1, "es", country="MX")
    add_partner(s, 2, "ko", topics=("korea_news",), country="KR")
    add_partner(s, 3, "zh", country="CN")
    add_partner(s, 4, "en", country="ES")
    s.mark_inactive(4, "403 Forbidden: bot was blocked by the user")
    ledger = subscriptions_of(s)
    assert set(ledger.subscribers(["events"])) == {1, 3}
    assert set(ledger.subscribers(["events", "korea_news"])) == {1, 2, 3}
    assert ledger.topic_counts() == {"events": 2, "korea_news": 1}
    from jobs.render import in_audience, recipient

    ann = announcement(topics=("events", "korea_news"), audience={"languages": ["es", "ko"],
                                                                   "countries": ["mx", "kr"]})
    matching = {cid for cid, row in ledger.subscribers(ann.audience.topics).items()
                if in_audience(recipient(row), ann.audience)}
    assert matching == {1, 2}


def test_ledger_keeps_sent_broadcasts_untouched_and_enqueue_is_idempotent() -> None:
    s = store()
    ledger = ledger_of(s)
    bc, created = ledger.upsert_pending("announcement", "a", ONCE, origin="file", due=T0,
                                        payload={"v": 1})
    assert created and bc.status == PENDING
    same, changed = ledger.upsert_pending("announcement", "a", ONCE, origin="file", due=T0,
                                          payload={"v": 1})
    assert same.id == bc.id and not changed
    moved, changed = ledger.upsert_pending("announcement", "a", ONCE, origin="file",
                                           due=T0 + timedelta(hours=1), payload={"v": 2})
    assert changed and moved.due == T0 + timedelta(hours=1) and moved.payload == {"v": 2}
    assert ledger.enqueue(bc.id, {1: "en", 2: "es"}) == 2
    assert ledger.enqueue(bc.id, {1: "en", 2: "es", 3: "zh"}) == 1
    ledger.mark_sending(bc.id, 1)
    ledger.mark_sent(bc.id, 1, 55)
    ledger.mark_sending(bc.id, 2)
    assert ledger.todo(bc.id) == [(2, SENDING), (3, "queued")]
    assert ledger.delivery(bc.id, 1)["status"] == SENT  # type: ignore[index]
    assert ledger.delivery(bc.id, 1)["message_id"] == 55  # type: ignore[index]
    ledger.set_status(bc.id, DONE)
    edited, changed = ledger.upsert_pending("announcement", "a", ONCE, origin="file", due=T0,
                                            payload={"v": 3})
    assert not changed and edited.status == DONE and edited.payload == {"v": 2}


@pytest.mark.parametrize("lang", LANGS)
def test_announcement_renders_in_partner_language_with_event_buttons_and_stop(lang: str) -> None:
    ann = announcement(topics=("events",), buttons=[
        {"kind": "remind_me", "event": "latin_film_night"},
        {"kind": "add_to_calendar", "event": "latin_film_night"},
        {"kind": "url", "label": {"en": "Website", "zh": "官网"},
         "url": "https://www.hengdianworld.com/"}])
    out = render_announcement(Payload.of(ann), Recipient(1, lang))  # type: ignore[arg-type]
    assert out.text == ann.text.get(lang)  # type: ignore[arg-type]
    actions = [decode(b.data).action for row in out.buttons for b in row if b.data]  # type: ignore[union-attr]
    assert actions == ["rem", "ics", "stop"]
    assert decode(out.buttons[-1][0].data).args == ("events",)  # type: ignore[union-attr]
    urls = [b.url for row in out.buttons for b in row if b.url]
    assert urls == ["https://www.hengdianworld.com/"]


def test_text_falls_back_to_english() -> None:
    ann = announcement(text={"en": "Only English"})
    assert render_announcement(Payload.of(ann), Recipient(1, "ko")).text == "Only English"


def test_dates_and_offsets_read_naturally() -> None:
    dt = T0.astimezone(HOME)
    assert format_datetime(dt, "en") == "Wednesday, 14 October 2026, 10:00"
    assert format_datetime(dt, "es") == "miércoles 14 de octubre de 2026, 10:00"
    assert format_datetime(dt, "zh") == "2026年10月14日（周三）10:00"
    assert format_datetime(dt, "ko") == "2026년 10월 14일 (수) 10:00"
    assert format_offset(1440, "es") == "el día anterior" and format_offset(60, "en") == "an hour before"
    assert format_relative(1440, "zh") == "明天" and format_relative(60, "ko") == "1시간 후"


def test_remind_me_sets_reminders_for_future_offsets_only() -> None:
    s, e = store(), event(starts=T0 + timedelta(hours=5))
    k = kb(events={e.id: e})
    add_partner(s, 9, "es", tz="America/Mexico_City")
    reply = reminders.set_reminder(s, k, 9, e.id, "es", T0, (1440, 60), HOME)
    assert "una hora antes" in reply.text and "el día anterior" not in reply.text
    assert "(hora de Pekín) — 1:00 en Ciudad de México" in reply.text
    assert subscriptions_of(s).has_reminder(9, e.id)
    cancel = decode(reply.buttons[0][0].data)
    assert cancel is not None and cancel.args == ("-latin_film_night",)


def test_remind_me_for_past_soon_and_unknown_events() -> None:
    s = store()
    add_partner(s, 9, "en")
    started = event(starts=T0 - timedelta(minutes=1))
    soon = event("soon_event", starts=T0 + timedelta(minutes=30))
    k = kb(events={started.id: started, soon.id: soon})
    assert "already started" in reminders.set_reminder(s, k, 9, started.id, "en", T0, (60,),
                                                       HOME).text
    assert "too soon" in reminders.set_reminder(s, k, 9, soon.id, "en", T0, (60,), HOME).text
    assert reminders.set_reminder(s, k, 9, "nope", "en", T0, (60,), HOME).text == \
        t("rem_unknown", "en")
    assert not subscriptions_of(s).reminder_events()


def test_reminder_sync_follows_the_event_when_staff_move_it() -> None:
    s, e = store(), event()
    k = kb(events={e.id: e})
    add_partner(s, 9, "en")
    ledger, subs = ledger_of(s), subscriptions_of(s)
    subs.add_reminder(9, e.id)
    first = reminders.sync_event(ledger, subs, k, e.id, T0, (1440, 60))
    assert sorted(b.due for b in first.schedule) == [e.starts - timedelta(hours=24),
                                                     e.starts - timedelta(hours=1)]
    moved = event(starts=e.starts + timedelta(days=1))
    k.events[e.id] = moved
    second = reminders.sync_event(ledger, subs, k, e.id, T0, (1440, 60))
    assert len(second.cancelled) == 2
    assert sorted(b.due for b in second.schedule) == [moved.starts - timedelta(hours=24),
                                                      moved.starts - timedelta(hours=1)]
    subs.remove_reminder(9, e.id)
    third = reminders.sync_event(ledger, subs, k, e.id, T0, (1440, 60))
    assert len(third.cancelled) == 2 and not third.schedule


@pytest.mark.parametrize("lang", LANGS)
def test_reminder_message_in_partner_language_and_zone_plus_beijing(lang: str) -> None:
    e = event(starts=T0 + timedelta(hours=24))
    out = render_reminder(e, Recipient(1, lang, timezone="Europe/Madrid"), T0, HOME)  # type: ignore[arg-type]
    assert e.name.get(lang) in out.text  # type: ignore[arg-type]
    madrid = ZoneInfo("Europe/Madrid")
    assert format_event_time(e.starts, e.ends, e.zone, madrid, lang) in out.text  # type: ignore[arg-type]
    assert format_datetime(e.starts.astimezone(e.zone), lang) in out.text  # type: ignore[arg-type]
    assert zone_city(madrid, lang) in out.text and zone_label(e.zone, lang) in out.text  # type: ignore[arg-type]
    assert t("tomorrow", lang) in out.text  # type: ignore[arg-type]


def test_reminder_in_beijing_zone_shows_the_time_once() -> None:
    e = event(starts=T0 + timedelta(hours=1))
    out = render_reminder(e, Recipient(1, "en"), T0, HOME)
    assert out.text.count("Beijing time") == 1 and out.text.count("14 October 2026") == 1
    assert "🗓 Wednesday, 14 October 2026, 11:00 (Beijing time)\n" in out.text
    assert "in 1 hour" in out.text


NAMING = [
    ("en", "subscribe me to Korea news please", {"korea_news"}),
    ("es", "quiero suscribirme a las noticias de Corea", {"korea_news"}),
    ("es", "avísenme de los eventos y de las novedades del catálogo", {"events", "catalog_releases"}),
    ("zh", "我想订阅片单上新", {"catalog_releases"}),
    ("ko", "행사 소식 구독할게요", {"events"}),
    ("en", "subscribe me", set()),
]


def topic_turn(s, lang: str, text: str) -> Turn:
    """A turn as the Brain builds it: the shipped knowledge and the entities found in `text`."""
    k = shipped_kb()
    return Turn(kb=k, lang=lang, chat_id=7, store=s, now=T0, home_tz=HOME, text=text,  # type: ignore[arg-type]
                entities=tuple(EntityIndex.build(k.terms()).find(text)))


@pytest.mark.parametrize(("lang", "text", "topics"), NAMING)
def test_free_text_naming_topics_switches_them_on(lang: str, text: str, topics: set[str]) -> None:
    s = store()
    add_partner(s, 7, lang, topics=())
    turn = topic_turn(s, lang, text)
    k = turn.kb
    reply = subscriptions.subscribe_intent(turn)
    assert subscriptions_of(s).topics_of(7) == topics
    for tid in topics:
        assert f"✅ {k.topics[tid].name.get(lang)}" in str(reply.buttons)
        assert k.topics[tid].name.get(lang) in reply.text.split("\n\n")[0]


def test_free_text_unsubscribe_names_one_topic_or_means_all() -> None:
    s = store()
    add_partner(s, 7, "en", topics=("events", "korea_news"))
    turn = topic_turn(s, "en", "stop sending me Korea news")
    assert "Korea news" in subscriptions.unsubscribe_intent(turn).text
    assert subscriptions_of(s).topics_of(7) == {"events"}
    subscriptions.unsubscribe_intent(topic_turn(s, "en", "unsubscribe"))
    assert subscriptions_of(s).topics_of(7) == set()

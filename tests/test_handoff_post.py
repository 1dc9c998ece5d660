"""What staff read on a handoff post, and what goes with a map pin: transport-free.

- the subject (the team a handoff is for) follows the last answer, not a record talked about
  before it (visas after Latin Film Night are no events question);
- the history is clipped between words (never "09:3"), keeps the newest turns, stays valid
  Telegram HTML and within 4096 characters however long or entity-heavy the turns are;
- a partner who reads Traditional Chinese is named so;
- a map pin is named: the venue's title, the one set it marks, else "a place on the map".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import LANG_NAMES, TRADITIONAL_NAME, t
from core.telegram_html import TEXT_LIMIT, html_errors, visible_length
from intents import handoff
from intents.contact import contact_for, hours_line
from intents.router import faq_subject
from tests.dialogue import fits, talk


# -- the subject -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,event,faq,ask", [
    ("en", "When is Latin Film Night?", "Do we need a visa to film in Hengdian?", "Can I talk to a person?"),
    ("es", "¿Cuándo es la Noche de Cine Latino?", "¿Necesitamos visa para filmar en Hengdian?",
     "¿Me pasas con una persona?"),
    ("zh", "拉丁电影之夜是什么时候？", "来横店拍摄需要办签证吗？", "能帮我转人工吗？"),
    ("ko", "라틴 영화의 밤은 언제예요?", "헝뎬에서 촬영하려면 비자가 필요한가요?", "담당자분과 통화하고 싶어요"),
])
def test_a_handoff_after_a_faq_is_for_the_faqs_team_not_the_event_before(
        services: Services, lang: str, event: str, faq: str, ask: str) -> None:
    reply = talk(services, lang, [(event, "event:latin_film_night*"), (faq, "faq:visa"),
                                  (ask, "handoff")], fits)
    turn = services.brain.turn(0, None)
    assert reply.handoff == faq_subject(turn, "visa") != "events"
    # ...the same team its own "ask a person" button reaches
    buttons = talk(services, lang, [(faq, "faq:visa")]).buttons
    assert [b.data for row in buttons for b in row if "|ask" in b.data] == [f"v1|ask|{reply.handoff}"]


@pytest.mark.parametrize("lang,partner,ask", [
    ("en", "Tell me about Dalynn Studio", "Can I talk to a person?"),
    ("es", "¿Qué es Dalynn Studio?", "¿Me pasas con una persona?"),
])
def test_a_handoff_after_a_partners_card_is_for_that_partners_team(
        services: Services, lang: str, partner: str, ask: str) -> None:
    reply = talk(services, lang, [("When is Latin Film Night?", "event:latin_film_night*"),
                                  (partner, "partner:dalynn_studio"), (ask, "handoff")], fits)
    assert reply.handoff == services.knowledge.current.partners["dalynn_studio"].contact


def test_a_handoff_right_after_an_event_is_still_for_events(services: Services) -> None:
    reply = talk(services, "en", [("When is Latin Film Night?", "event:latin_film_night*"),
                                  ("Can I talk to a person?", "handoff")], fits)
    assert reply.handoff in ("events", "dalynn_studio")  # the event's team, or its organiser


def test_the_subject_line_names_the_topic_and_the_team(services: Services) -> None:
    kb = services.knowledge.current
    assert handoff.subject_label(kb, "events", "en") == "📅 Events · International Business Department"
    assert handoff.subject_label(kb, "incentives", "es").startswith(t("menu_incentives", "es") + " · ")
    assert handoff.subject_label(kb, "hisda_secretariat", "en") == "HISDA Secretariat"
    assert handoff.subject_label(kb, "", "zh") == "横店影视城国际业务部"


# -- the history -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,limit,kept,never", [
    ("Can we start at 09:30 on Monday with the whole crew of forty people?", 20, "Can we start at…", "09:3"),
    ("Can we start at 09:30 on Monday?", 19, "Can we start at…", "09:"),
    ("Email ana.lopez@filmadora.mx or call", 20, "Email…", "ana."),
    ("我们想在横店拍摄三个星期，请问09:30之前可以进组吗？", 18, "我们想在横店拍摄三个星期，请问…", "09"),
    ("첫 줄입니다\n둘째 줄은 아주 길어서 여기에서 잘립니다", 20, "첫 줄입니다\n둘째 줄은 아주 길어서…", "잘립"),
])
def test_clip_cuts_between_words_and_says_so(text: str, limit: int, kept: str, never: str) -> None:
    clipped = handoff.clip(text, limit)
    assert clipped == kept and len(clipped) <= limit and never not in clipped


def test_clip_leaves_short_text_alone() -> None:
    assert handoff.clip(" Meet at 09:30 ", 300) == "Meet at 09:30"


def _history(turns: int, text: str, reply: str) -> list[dict]:
    return [{"text": f"{i}: {text}", "reply": f"{i}: {reply}"} for i in range(turns)]


@pytest.mark.parametrize("text,reply", [
    ("Rates for 3 <b>crews</b> & 40 extras at 09:30? " * 30, "R&D <i>costs</i> > budget & \"more\" " * 40),
    ("请问09:30之前可以进组吗？我们有四十个人。" * 40, "🎬 拍摄基地 & 横店 <影视城> " * 60),
])
def test_the_post_keeps_the_newest_turns_within_telegrams_limit_as_valid_html(text: str, reply: str) -> None:
    post = handoff.staff_post(7, "📅 Events", "Mike", None, "en", text * 3, _history(8, text, reply), "en")
    assert html_errors(post) == [] and visible_length(post) <= TEXT_LIMIT
    assert "7: " in post  # the newest turn is there; the oldest ones gave way
    assert "0: " not in post and "…" in post
    assert "09:3…" not in post and "&amp…" not in post


def test_a_traditional_chinese_reader_is_named_so_on_the_post(services: Services) -> None:
    chat = 81_001
    services.store.touch(chat, language_code="zh-TW")
    profile = services.store.profile(chat)
    post = handoff.staff_post(1, "", "王", profile, "zh", "可以幫我轉人工嗎？", [], "en")
    assert TRADITIONAL_NAME in post and LANG_NAMES["zh"] not in post.replace(TRADITIONAL_NAME, "")
    services.store.touch(chat + 1, language_code="zh-CN")
    post = handoff.staff_post(1, "", "王", services.store.profile(chat + 1), "zh", "转人工", [], "en")
    assert LANG_NAMES["zh"] in post and TRADITIONAL_NAME not in post


def test_asking_again_gets_one_line_not_the_notice_twice(services: Services) -> None:
    reply = talk(services, "es", [("¿Me pasas con una persona?", "handoff")])
    kb, now = services.knowledge.current, services.brain.clock()
    again = handoff.partner_reply(reply, kb, None, now, services.settings.tz, already_open=True)
    assert again.text == t("handoff_already", "es") and again.buttons == handoff.back_buttons("es")
    first = handoff.partner_reply(reply, kb, None, now, services.settings.tz, already_open=False)
    assert first.text.startswith(reply.text.split("🕘")[0]) and t("handoff_waiting", "es") in first.text


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_the_notice_says_the_team_hours_once(services: Services, lang: str) -> None:
    """The contact card's hours line gives way to the office-hours line after it (the same
    hours, with the partner's own time and whether the team is in now)."""
    reply = talk(services, lang, [({"en": "can someone call me?", "es": "¿me pasan con un asesor?",
                                    "zh": "转人工", "ko": "상담원 연결해 주세요"}[lang], "handoff")])
    kb, now = services.knowledge.current, services.brain.clock()
    contact = contact_for(kb, reply.handoff or "")
    assert contact is not None and contact.office_hours is not None
    assert hours_line(contact, lang) in reply.text  # the card as the bot made it
    shown = handoff.partner_reply(reply, kb, None, now, services.settings.tz, already_open=False)
    assert shown.text.count("🕘") == 1, shown.text
    assert hours_line(contact, lang) not in shown.text and contact.email in shown.text


# -- map pins ----------------------------------------------------------------------------------
def test_a_pin_is_named_by_its_title_its_set_or_as_a_place(services: Services) -> None:
    kb = services.knowledge.current
    loc = next(iter(kb.locations.values()))
    lat, lon = loc.coordinates.lat, loc.coordinates.lon
    assert handoff.place_at(kb, lat + 0.0005, lon) == loc  # ~55 m away: that set
    assert handoff.pin_line(kb, lat, lon, None, "ko") == f"📍 {loc.name.get('ko')}"
    assert handoff.pin_line(kb, lat, lon, "Hotel <Lobby>", "en") == "📍 Hotel &lt;Lobby&gt;"
    far = handoff.pin_line(kb, lat + 0.05, lon, None, "es")  # ~5 km away: no set of ours
    assert far == "📍 " + t("pin_unnamed", "es", at=f"{lat + 0.05:.5f}, {lon:.5f}")


def test_a_pin_between_two_sets_on_one_spot_names_neither(services: Services) -> None:
    kb = services.knowledge.current
    spots: dict[tuple[float, float], list[str]] = {}
    for loc in kb.locations.values():
        spots.setdefault((loc.coordinates.lat, loc.coordinates.lon), []).append(loc.id)
    shared = [spot for spot, ids in spots.items() if len(ids) > 1]
    if not shared:
        pytest.skip("no two sets share a spot in the shipped knowledge")
    assert handoff.place_at(kb, *shared[0]) is None

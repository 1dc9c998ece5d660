"""Kinds found by playing whole Telegram sessions against the real bot (break20):

- "more", "¿hay más?", "下一页", "더 보여줘" after a paged list: its next page (numbered on), not
  a fallback nor the events to come; after a list shown whole, that it is the whole list;
- positions past the seventh in a paged list ("the eighth", "el séptimo", "第十一个", "열두 번째");
- "행사 일정 알려줘" (the events' dates) after a team's office hours: the events, not the team's hours;
- "send it", "发送", "네 보내 주세요" typed under the inquiry form's summary: sent, as its button does;
- two messages of one partner in quick succession are answered in order, the second with the
  first one's answer in memory (updates of one private chat no longer run concurrently).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bot.context import Services
from bot.pace import PriorityPacer, RepliesFirst
from core.store import Store
from intents import inquiry
from intents.lexicon import ordinal
from intents.turn import Turn
from tests.dialogue import fits, new_chat, talk
from tests.shipped import shipped_kb


def say_all(services: Services, lang: str, lines: list[str]):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    replies = []
    for line in lines:
        replies.append(services.brain.reply_to_text(chat, line, services.store.profile(chat)))
    return replies


# -- "more" after a list -------------------------------------------------------------------------

CATALOG = {"en": "show me the catalog list", "es": "muéstrame la lista del catálogo",
           "zh": "把片单列表发我看看", "ko": "카탈로그 목록 보여줘"}


@pytest.mark.parametrize("lang,more", [
    ("en", "more"), ("en", "show me more"), ("en", "next page"), ("en", "ok, more please"),
    ("es", "más"), ("es", "¿hay más?"), ("es", "página siguiente"), ("es", "muéstrame más"),
    ("zh", "更多"), ("zh", "下一页"), ("zh", "还有吗？"), ("zh", "還有嗎"),
    ("ko", "더 보여줘"), ("ko", "다음 페이지"), ("ko", "더 있어요?"),
])
def test_more_after_a_paged_list_is_its_next_page(services: Services, lang: str, more: str) -> None:
    first, second, third = say_all(services, lang, [CATALOG[lang], more, more])
    assert first.answer == "list:works" and "\n1. " in first.text
    assert second.answer == "list:works" and "\n6. " in second.text and "\n1. " not in second.text
    assert second.mode == "new"  # typed: a new message, not the list above edited
    assert "\n11. " in third.text  # and on again


def test_a_pick_after_more_keeps_its_numbering_and_more_pages_on(services: Services) -> None:
    replies = say_all(services, "en", [CATALOG["en"], "more", "the seventh one", "more"])
    seventh = replies[1].items[6].partition(":")[2]
    assert replies[2].answer == f"work:{seventh}"
    assert "\n11. " in replies[3].text


@pytest.mark.parametrize("lang,more", [
    ("en", "more"), ("es", "¿hay más?"), ("zh", "还有吗"), ("ko", "더 보여줘"),
])
def test_more_after_a_whole_list_says_it_is_all(services: Services, lang: str, more: str) -> None:
    events, again = say_all(services, lang, [
        {"en": "what events are coming up?", "es": "¿qué eventos hay próximamente?",
         "zh": "最近有什么活动？", "ko": "예정된 행사 알려줘"}[lang], more])
    assert events.answer.startswith("list:events")
    assert again.answer == events.answer and again.outcome == "answered"
    assert str(len(events.items)) in again.text
    assert list(again.items) == list(events.items)  # "the third one" still picks from it


def test_more_with_no_list_is_not_taken_for_one(services: Services) -> None:
    [reply] = say_all(services, "en", ["more"])
    assert not reply.answer.startswith("list:")


# -- positions deep in a paged list ---------------------------------------------------------------

@pytest.mark.parametrize("said,position", [
    ("the eighth one", 8), ("the tenth", 10), ("el séptimo", 7), ("la décima", 10), ("el 8vo", 8),
    ("第十一个", 11), ("第二十四部", 24), ("第十个", 10), ("여덟 번째요", 8), ("열두 번째", 12),
    ("12번째 작품", 12),
])
def test_positions_past_the_seventh(said: str, position: int) -> None:
    assert ordinal(said) == position


def test_three_ones_is_still_no_position() -> None:
    assert ordinal("三个一") is None


@pytest.mark.parametrize("lang,pick", [("es", "el séptimo"), ("zh", "第十一个"), ("ko", "여덟 번째")])
def test_a_deep_position_picks_from_the_whole_paged_list(services: Services, lang: str, pick: str) -> None:
    listed, picked = say_all(services, lang, [CATALOG[lang], pick])
    position = ordinal(pick)
    assert position is not None
    assert picked.answer == listed.items[position - 1]


# -- the events named after a team's hours ---------------------------------------------------------

@pytest.mark.parametrize("lang,hours,events", [
    ("ko", "달린 스튜디오 운영 시간 알려줘", "행사 일정 알려줘"),
    ("ko", "국제사업부 업무 시간이 어떻게 되나요?", "행사 일정 좀 보여 주세요"),
    ("en", "what are Dalynn Studio's office hours?", "and the events, when are they?"),
    ("es", "¿cuál es el horario de Dalynn Studio?", "¿y el calendario de eventos?"),
    ("zh", "Dalynn Studio几点上班？", "活动日程发我一下"),
])
def test_the_events_dates_after_a_teams_hours(services: Services, lang: str, hours: str, events: str) -> None:
    talk(services, lang, [(hours, "contact:*#hours"), (events, "list:events*")], fits=fits)


# -- the inquiry summary confirmed in words ---------------------------------------------------------

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def form_turn(store: Store, lang: str) -> Turn:
    return Turn(kb=shipped_kb(), lang=lang, chat_id=42, store=store, now=NOW,  # type: ignore[arg-type]
                home_tz=ZoneInfo("Asia/Shanghai"), profile=store.profile(42))


def at_review(store: Store, lang: str):
    step = inquiry.begin(form_turn(store, lang), "event_signup", "sign us up for the casting day, 3 people")
    for answer in ("Estudios Sol", "México", "ana@example.com"):
        if step.form["step"] == "review":
            break
        step = inquiry.on_text(form_turn(store, lang), step.form, answer)
    assert step.form["step"] == "review", step.reply.text
    return step


@pytest.mark.parametrize("lang,said", [
    ("en", "send it"), ("en", "yes"), ("es", "sí, envíalo"), ("es", "enviar"),
    ("zh", "发送"), ("zh", "確認無誤"), ("ko", "네 보내 주세요"), ("ko", "전송"),
])
def test_the_summary_confirmed_in_words_is_sent(lang: str, said: str) -> None:
    store = Store.open(":memory:")
    store.touch(42, user_id=42, first_name="Ana")
    step = at_review(store, lang)
    sent = inquiry.on_text(form_turn(store, lang), step.form, said)
    assert sent.form is None and sent.sent is not None, sent.reply.text


@pytest.mark.parametrize("said", ["change the email", "what is the casting day?", "no wait"])
def test_other_words_under_the_summary_do_not_send(said: str) -> None:
    store = Store.open(":memory:")
    store.touch(42, user_id=42, first_name="Ana")
    step = at_review(store, "en")
    after = inquiry.on_text(form_turn(store, "en"), step.form, said)
    assert after.form is not None and after.sent is None


# -- one chat's updates in order ----------------------------------------------------------------------

def fake_update(chat_id: int, chat_type: str = "private"):
    from telegram import Update

    update = Update.__new__(Update)
    object.__setattr__(update, "_effective_chat", SimpleNamespace(id=chat_id, type=chat_type))
    return update


def _order_seen(updates: list[tuple[object, str, float]]) -> tuple[list[str], dict]:
    """Each (update, name, pause) handled by one `RepliesFirst` at once: the order in which the
    handlers started and ended ("a1 start", "a1 end", ...), and the chats it still keeps after."""
    async def run() -> tuple[list[str], dict]:
        processor = RepliesFirst(PriorityPacer())
        seen: list[str] = []

        async def handle(name: str, pause: float) -> None:
            seen.append(f"{name} start")
            await asyncio.sleep(pause)
            seen.append(f"{name} end")

        await asyncio.gather(*(processor.do_process_update(update, handle(name, pause))
                               for update, name, pause in updates))
        return seen, processor._chats
    return asyncio.run(run())


def test_one_private_chats_updates_run_in_order_other_chats_at_once() -> None:
    seen, kept = _order_seen([(fake_update(1), "a1", 0.05), (fake_update(1), "a2", 0.0), (fake_update(2), "b1", 0.0)])
    assert not kept  # nothing kept once done
    assert seen.index("a1 end") < seen.index("a2 start")  # the same chat: one after the other
    assert seen.index("b1 end") < seen.index("a1 end")  # another chat did not wait


def test_the_staff_groups_updates_still_run_at_once() -> None:
    seen, _ = _order_seen([(fake_update(-100, "supergroup"), "s1", 0.05), (fake_update(-100, "supergroup"), "s2", 0.0)])
    assert seen.index("s2 end") < seen.index("s1 end")


# -- through Telegram: a question in a photo's caption; two messages back to back ---------------------

WAIT = 60.0


@pytest.fixture(scope="module")
def telegram(module_stub, module_bot_process):
    staff = module_stub.add_group("HISDA staff", chat_type="supergroup")
    mia = staff.add_member(module_stub.add_user(first_name="Mia"))
    leo = staff.add_member(module_stub.add_user(first_name="Leo"), "administrator")
    bot = module_bot_process(BOT_STAFF_CHAT_ID=str(staff.id), BOT_ADMIN_IDS=str(leo.id))
    module_stub.staff, module_stub.mia, module_stub.bot = staff, mia, bot  # for the handoff test
    return module_stub


def plain(html_text: str) -> str:
    from tests.botapi_stub import parse_html

    return parse_html(html_text)[0]


@pytest.mark.e2e
@pytest.mark.parametrize("lang,caption", [
    ("es", "¿este vestuario se puede rentar allá?"),
    ("en", "can we rent costumes like this in Hengdian?"),
    ("zh", "这种服装在横店能租到吗？"),
    ("ko", "이런 의상 대여 가능한가요?"),
])
def test_a_question_in_a_photos_caption_is_answered(telegram, lang: str, caption: str) -> None:
    user = telegram.add_user(first_name="Ana", language_code=lang)
    user.send_photo(caption=caption)
    [reply] = user.wait_for_messages(1, timeout=WAIT)
    assert reply["text"].startswith(plain(t_("caption_answered", lang)))
    assert plain(t_("unsupported_media", lang)) not in reply["text"]
    assert len(reply["text"]) > len(plain(t_("caption_answered", lang))) + 20  # an answer follows


@pytest.mark.e2e
def test_a_caption_that_asks_nothing_still_gets_the_text_only_note(telegram) -> None:
    user = telegram.add_user(first_name="Ana", language_code="en")
    user.send_photo(caption="our storyboard")
    [reply] = user.wait_for_messages(1, timeout=WAIT)
    assert reply["text"] == plain(t_("unsupported_media", "en"))


@pytest.mark.e2e
@pytest.mark.parametrize("lang,ask,pick", [
    # (a Ming court drama is one set since "宫廷戏" reads as the palace scene: fixE3; Qing has two)
    ("zh", "有哪些适合拍清代宫廷戏的拍摄基地？", "第二个"),
    ("en", "which locations do you have for Qing dynasty palaces?", "the second one"),  # two: era and palace met (fixr32b)
])
def test_two_messages_back_to_back_are_answered_in_order_with_memory(telegram, lang: str, ask: str,
                                                                     pick: str) -> None:
    user = telegram.add_user(first_name="Wang", language_code=lang)
    user.send_text(ask)
    user.send_text(pick)  # before the answer to the first is there
    listed, picked = user.wait_for_messages(2, timeout=WAIT)[:2]
    item_buttons = [b["callback_data"] for row in listed["reply_markup"]["inline_keyboard"] for b in row
                    if b.get("callback_data", "").startswith("v1|loc|")]
    assert len(item_buttons) >= 2, listed["text"]
    second = item_buttons[1].split("|")[2]
    picked_data = [b.get("callback_data", "") for row in picked.get("reply_markup", {}).get("inline_keyboard", [])
                   for b in row]
    assert f"v1|map|{second}" in picked_data, picked["text"]


def t_(key: str, lang: str) -> str:
    from core.i18n import t

    return t(key, lang)  # type: ignore[arg-type]


# -- the form's script follows the request's -----------------------------------------------------------

def test_a_request_in_simplified_after_traditional_turns_the_script_back(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    services.brain.reply_to_text(chat, "請問橫店有什麼優惠政策？", services.store.profile(chat))
    assert services.store.profile(chat).zh_script == "hant"
    profile = services.brain.note_language(chat, "我想报名选角日，3个人", services.store.profile(chat))
    assert profile is not None and profile.zh_script == "hans"
    profile = services.brain.note_language(chat, "我們想報名選角日", profile)
    assert profile is not None and profile.zh_script == "hant"


# -- a quote asked with the verb starts the form -----------------------------------------------------------

@pytest.mark.parametrize("said", [
    "quiero cotizar 10 días en el palacio Qin para un microdrama de romance",
    "cotízame 10 días en el set del palacio Qin",
    "¿me cotizan 2 semanas de rodaje en el set de Qingming?",
    "我们想在秦王宫拍10天，帮我报个价",
    "在明清宫苑拍5天，给个报价吧",
    "我們想在秦王宮拍10天，幫我報個價",
])
def test_a_quote_asked_with_the_verb_starts_the_film_form(said: str) -> None:
    from intents.inquiry_words import wants_inquiry

    assert wants_inquiry(said) == "film"


@pytest.mark.parametrize("said", ["cotizan en dólares?", "¿cuánto cuesta el palacio Qin?", "报价单是什么格式"])
def test_quote_words_without_a_shoot_do_not(said: str) -> None:
    from intents.inquiry_words import wants_inquiry

    assert wants_inquiry(said) is None


# -- the genre a request names is not asked again ---------------------------------------------------------

@pytest.mark.parametrize("lang,said,genre", [
    ("es", "quiero cotizar 10 días en el palacio Qin para un microdrama de romance", "romance"),
    ("en", "we want a quote for 10 days at the Qin palace, it's a mystery series", "mystery"),
    ("zh", "我们想在秦王宫拍10天悬疑短剧，帮我报个价", "mystery"),
    ("ko", "진왕궁에서 로맨스 숏드라마 10일 촬영 견적 받고 싶어요", "romance"),
])
def test_the_genre_a_quote_request_names_is_not_asked_again(services: Services, lang: str, said: str,
                                                            genre: str) -> None:
    from intents.inquiry_words import wants_inquiry

    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    kind = wants_inquiry(said)
    assert kind == "film"
    step = inquiry.begin(services.brain.turn(chat, services.store.profile(chat), said), kind, said)
    assert step.form is not None and step.form["fields"].get("genre") == genre
    assert step.form["fields"].get("sets") == "qin_palace"


def test_two_genres_named_are_still_asked(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    said = "a quote for 10 days at the Qin palace, mystery or romance, not decided"
    step = inquiry.begin(services.brain.turn(chat, services.store.profile(chat), said), "film", said)
    assert step.form is not None and "genre" not in step.form["fields"]


# -- when a set opens: not published, said so -------------------------------------------------------------

@pytest.mark.parametrize("lang,card,opens", [
    ("en", "tell me about the Qin Palace", "what time does it open?"),
    ("en", "tell me about the Qin Palace", "is it open on weekends?"),
    ("es", "háblame del Palacio de Qin", "¿a qué hora abre?"),
    ("zh", "介绍一下秦王宫", "几点开门？"),
    ("zh", "介紹一下秦王宮", "開放時間是幾點？"),
    ("ko", "진왕궁 알려줘", "몇 시에 문 열어요?"),
])
def test_when_a_set_opens_is_an_honest_gap(services: Services, lang: str, card: str, opens: str) -> None:
    reply = talk(services, lang, [(card, "location:qin_palace*"), (opens, "gap:*")], fits=fits)
    assert services.brain.knowledge.current.locations["qin_palace"].name.get(lang) in reply.text


@pytest.mark.parametrize("lang,card,hours", [
    ("en", "tell me about the Qin Palace", "what are your office hours?"),
    ("zh", "介绍一下秦王宫", "你们几点上班？"),
])
def test_a_teams_office_hours_stay_the_teams(services: Services, lang: str, card: str, hours: str) -> None:
    talk(services, lang, [(card, "location:qin_palace*"), (hours, "contact:*#hours")], fits=fits)


@pytest.mark.e2e
def test_a_staff_reply_to_a_partners_edited_message_reaches_the_partner(telegram) -> None:
    user = telegram.add_user(first_name="Mike", language_code="en")
    staff = telegram.staff
    before = len(staff.messages())
    user.send_text("can someone from your team call me?")
    user.wait_for_messages(1, timeout=WAIT)
    staff.wait_for_messages(before + 1, timeout=WAIT)
    said = user.send_text("our budget is about 50k USD")
    staff.wait_for_messages(before + 2, timeout=WAIT)
    user.edit(said, "our budget is about 80k USD")
    [notice] = staff.wait_for_messages(before + 3, timeout=WAIT)[before + 2:]
    assert "80k" in notice["text"]
    # a person replies seconds later; on a loaded machine the relay row may still wait in the
    # store's write queue a moment after the notice is posted
    import sqlite3
    import time

    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        with sqlite3.connect(f"file:{telegram.bot.data_dir / 'bot.db'}?mode=ro", uri=True) as db:
            if db.execute("SELECT 1 FROM relay WHERE staff_message_id = ?", [notice["message_id"]]).fetchone():
                break
        time.sleep(0.2)
    seen = len(user.messages())
    staff.send_text(telegram.mia, "Thanks Mike, 80k works for a 10-day shoot.", reply_to=notice)
    [got] = user.wait_for_messages(seen + 1, timeout=WAIT)[seen:]
    assert "80k works" in got["text"]


@pytest.mark.parametrize("lang,said", [
    ("en", "are the international sets open yet or still being built?"),
    ("zh", "国际化场景已经建成开业了吗？"),
])
def test_whether_a_set_is_open_yet_is_whether_it_is_built(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "location:international_sets*")], fits=fits)

"""The one send path (`bot/send.py`) against the loopback Bot API with injected faults.

A real `PartnerBot` talks HTTP to the stub: 5xx and refused calls are retried, a time-out is
sent again (the stub counts the duplicate when the first copy did arrive), 400/403 are not
retried, a send that finally fails is counted and reported to staff once per kind, and an
update python-telegram-bot cannot parse is skipped with the offset advanced.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.send import PartnerBot, SendPolicy, StaffReporter, acknowledge, error_kind
from tests.botapi_stub import BotApiStub, Fault, errors, tiny_png
from tests.botapi_stub.server import client_request

FAST = SendPolicy(attempts=4, base=0.01, cap=0.05)


@pytest.fixture
async def bot(stub: BotApiStub) -> AsyncIterator[PartnerBot]:
    staff = stub.add_group("HISDA staff")
    kwargs = stub.bot_kwargs()
    client = PartnerBot(kwargs["token"], base_url=kwargs["base_url"],
                        base_file_url=kwargs["base_file_url"], policy=FAST,
                        staff_chat_id=staff.id,
                        request=client_request(read_timeout=0.5, connection_pool_size=8),
                        get_updates_request=kwargs["get_updates_request"])
    async with client:
        yield client


def test_error_kinds_check_the_narrow_classes_first() -> None:
    """PTB makes BadRequest and TimedOut NetworkErrors: a 400 must never look like a 5xx."""
    assert error_kind(BadRequest("query is too old")) == "bad_request"
    assert error_kind(TimedOut()) == "timed_out"
    assert error_kind(NetworkError("Bad Gateway")) == "network"
    assert error_kind(Forbidden("bot was blocked by the user")) == "forbidden"
    assert error_kind(RetryAfter(3)) == "retry_after"
    assert error_kind(ValueError("bug")) == "other"
    retryable = [e for e in (BadRequest("x"), Forbidden("x"), TimedOut(), NetworkError("x"),
                             RetryAfter(1), ValueError()) if SendPolicy.retryable(e)]
    assert [type(e) for e in retryable] == [TimedOut, NetworkError, RetryAfter]


def test_delays_grow_are_capped_and_honour_retry_after() -> None:
    policy = SendPolicy(attempts=5, base=0.5, cap=4.0)
    delays = [policy.delay(n) for n in range(1, 7)]
    assert 0.375 <= delays[0] <= 0.625 and 0.75 <= delays[1] <= 1.25
    assert max(delays) <= 5.0 and delays[-1] >= 3.0
    assert policy.delay(1, RetryAfter(7)) == 7.0


async def test_5xx_and_refusals_are_retried_until_sent(bot: PartnerBot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    stub.faults.script(Fault.bad_gateway(), method="sendMessage", chat_id=ana.id, times=2)
    stub.faults.script(Fault.internal_error(), method="sendPhoto", chat_id=ana.id, times=3)
    await bot.send_message(ana.id, "hola")
    await bot.send_photo(ana.id, tiny_png(2, 2))
    assert [m.get("text") for m in ana.messages()] == ["hola", None]
    assert bot.stats.retried == 5 and bot.stats.failed == 0


async def test_a_timeout_is_sent_again_and_the_duplicate_counted(bot: PartnerBot,
                                                                 stub: BotApiStub) -> None:
    ana, kim = stub.add_user(first_name="Ana"), stub.add_user(first_name="Kim")
    stub.faults.script(Fault.timeout(hang=3), method="sendMessage", chat_id=ana.id)
    stub.faults.script(Fault.timeout_after_delivery(hang=3), method="sendMessage", chat_id=kim.id)
    await bot.send_message(ana.id, "first")  # hung without delivering: one copy
    await bot.send_message(kim.id, "second")  # delivered, then hung: two copies
    assert [m["text"] for m in ana.messages()] == ["first"]
    assert [m["text"] for m in kim.messages()] == ["second", "second"]
    assert bot.stats.resent_after_timeout == 2
    assert stub.stats().duplicates.get(kim.id) == 1 and ana.id not in stub.stats().duplicates


async def test_400_and_403_are_answers_not_retried(bot: PartnerBot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    with pytest.raises(BadRequest):
        await bot.send_message(ana.id, "<b>broken", parse_mode="HTML")
    ana.block(notify=False)
    with pytest.raises(Forbidden):
        await bot.send_message(ana.id, "hi")
    assert bot.stats.retried == 0 and bot.stats.failed == 0
    assert len(stub.calls("sendMessage")) == 2


async def test_a_send_that_finally_fails_is_counted_and_reported_once(
        bot: PartnerBot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    staff_id = bot.staff.chat_id
    stub.faults.script(Fault.bad_gateway(), method="sendMessage", chat_id=ana.id, times=None)
    for _ in range(3):
        with pytest.raises(NetworkError):
            await bot.send_message(ana.id, "lost")
    await stub.wait_for_messages_async(staff_id, 1)
    assert bot.stats.failed == 3 and bot.stats.by_kind == {"network": 3}
    [report] = stub.sent_messages(staff_id)
    assert "could not be delivered" in report["text"] and str(ana.id) in report["text"]
    assert len(stub.calls("sendMessage")) == 3 * FAST.attempts + 1, "one report, not three"


async def test_staff_reports_are_rate_limited_per_kind(stub: BotApiStub) -> None:
    now = [0.0]
    staff = stub.add_group("staff")
    async with PartnerBot(**stub.bot_kwargs()) as client:
        reporter = StaffReporter(client, staff.id, every=300, clock=lambda: now[0])
        assert await reporter.report("a", "one <b>")
        assert not await reporter.report("a", "two")
        assert await reporter.report("b", "other kind")
        now[0] = 301
        assert await reporter.report("a", "three")
    texts = [m["text"] for m in staff.messages()]
    assert texts == ["one <b>", "other kind", "three\n(+1 more of this kind since the last report)"]


async def test_stale_callback_answer_never_raises(bot: PartnerBot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    sent = await bot.send_message(ana.id, "menu", reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton("go", callback_data="go")]]))
    ana.press(sent.message_id, "go")
    ana.press(sent.message_id, "go")
    updates = await bot.get_updates()
    first, second = (u.callback_query for u in updates)
    assert await acknowledge(first, "ok")
    stub.faults.script(Fault.error(400, errors.QUERY_TOO_OLD), method="answerCallbackQuery")
    assert not await acknowledge(second, "late")


async def test_an_unparseable_update_is_skipped_and_the_offset_advances(
        bot: PartnerBot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    ana.send_text("before")
    bad = stub.inject_update("message", {"message_id": 99, "date": 1, "chat": {
        "id": ana.id, "type": "private"}, "photo": {"file_id": "a newer shape"}})
    ana.send_text("after")
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [bad["update_id"] - 1, bad["update_id"],
                                              bad["update_id"] + 1]
    assert [u.message.text if u.message else None for u in updates] == ["before", None, "after"]
    assert bot.skipped_updates == [bad["update_id"]]
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()
    await stub.wait_for_messages_async(bot.staff.chat_id, 1)
    assert "Skipped update" in stub.sent_messages(bot.staff.chat_id)[0]["text"]
    parsed = bot.parse_update({"update_id": 7, "message": {"date": "soon"}})
    assert isinstance(parsed, Update) and parsed.update_id == 7 and parsed.message is None


async def test_error_handler_tells_400s_from_network_trouble_and_reports_once_per_kind(
        stub: BotApiStub) -> None:
    """PTB classes BadRequest under NetworkError; only real errors reach staff, once a kind."""
    from telegram.ext import Application

    from bot.handlers import errors as error_handler

    staff = stub.add_group("HISDA staff")
    kwargs = stub.bot_kwargs()
    app = Application.builder().bot(PartnerBot(
        kwargs["token"], base_url=kwargs["base_url"], base_file_url=kwargs["base_file_url"],
        request=kwargs["request"], get_updates_request=kwargs["get_updates_request"],
        staff_chat_id=staff.id)).build()
    error_handler.register(app)
    async with app:
        for error in (NetworkError("Bad Gateway"), TimedOut(), RetryAfter(5),
                      Forbidden("bot was blocked by the user"),
                      BadRequest("Query is too old and response timeout expired"),
                      BadRequest("Can't parse entities: unclosed tag"),
                      BadRequest("Can't parse entities: unclosed tag"),
                      ValueError("a bug"), ValueError("a bug")):
            await app.process_error(None, error)
    reports = [m["text"] for m in staff.messages()]
    assert len(reports) == 2, reports
    assert "BadRequest" in reports[0] and "unclosed tag" in reports[0]
    assert "ValueError" in reports[1] and "a bug" in reports[1]


@pytest.mark.parametrize("lang", ["es", "zh", "ko"])
async def test_staff_reports_are_in_the_staff_chats_language(stub: BotApiStub, lang: str) -> None:
    """BOT_STAFF_LANG: a lost send and the "+N more" line are written in the staff chat's
    language, from the catalogues, not in English."""
    from core.i18n import t

    staff = stub.add_group("HISDA staff")
    ana = stub.add_user(first_name="Ana")
    kwargs = stub.bot_kwargs()
    now = [0.0]
    async with PartnerBot(kwargs["token"], base_url=kwargs["base_url"],
                          base_file_url=kwargs["base_file_url"], policy=FAST,
                          staff_chat_id=staff.id, staff_lang=lang,  # type: ignore[arg-type]
                          request=client_request(read_timeout=0.5),
                          get_updates_request=kwargs["get_updates_request"]) as client:
        stub.faults.script(Fault.bad_gateway(), method="sendMessage", chat_id=ana.id, times=None)
        with pytest.raises(NetworkError):
            await client.send_message(ana.id, "lost")
        [report] = await stub.wait_for_messages_async(staff.id, 1)
        head = t("staff_lost_send", lang, endpoint="sendMessage", chat=ana.id, attempts=4,
                 error="X", lost=1).split("sendMessage")[0]
        assert report["text"].startswith(head) and str(ana.id) in report["text"]
        assert "could not be delivered" not in report["text"]
        reporter = StaffReporter(client, staff.id, every=300, clock=lambda: now[0], lang=lang)  # type: ignore[arg-type]
        assert client.staff.lang == lang
        assert await reporter.report("a", "one")
        assert not await reporter.report("a", "two")
        now[0] = 301
        assert await reporter.report("a", "three")
    assert staff.messages()[-1]["text"] == "three\n" + t("staff_report_more", lang, n=1)
    assert "more of this kind" not in staff.messages()[-1]["text"]

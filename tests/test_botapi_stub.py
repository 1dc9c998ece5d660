"""The Bot API stub, driven by the real python-telegram-bot over real HTTP.

Each test checks one Telegram behaviour the bot's own tests will rely on: the envelope and
error descriptions, message objects, validation, long polling, callbacks, flood control,
faults, and the process mode used by benchmarks.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import telegram
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from tests.botapi_stub import (
    DEFAULT_TOKEN,
    BotApiStub,
    EntityParseError,
    Fault,
    FloodLimits,
    parse_html,
    running_stub,
    stub_process,
    tiny_png,
)


@pytest.fixture
def stub() -> Iterator[BotApiStub]:
    with running_stub() as server:
        yield server
        assert server.internal_errors == []


@pytest.fixture
async def bot(stub: BotApiStub) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(**stub.bot_kwargs()) as client:
        yield client


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(text, callback_data=data)] for text, data in buttons]
    )


def seconds(value: int | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def http(url: str, body: bytes | None = None, content_type: str = "") -> tuple[int, dict[str, Any]]:
    """A plain HTTP call outside python-telegram-bot, to check other encodings."""
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": content_type} if body else {}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


# ---------------------------------------------------------------- identity and messages


async def test_get_me_describes_a_bot_and_is_journaled(bot: telegram.Bot, stub: BotApiStub) -> None:
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (stub.bot_id, True, "stub_test_bot")
    assert me.can_join_groups is True and me.supports_inline_queries is False
    entry = stub.calls("getMe")[-1]
    assert (entry.status, entry.ok, entry.result["username"]) == (200, True, "stub_test_bot")


async def test_send_message_returns_full_message_objects(
    bot: telegram.Bot, stub: BotApiStub
) -> None:
    ana = stub.add_user(first_name="Ana", language_code="es")
    group = stub.add_group("Partners")
    first = await bot.send_message(ana.id, "Hola")
    second = await bot.send_message(ana.id, "Menu", reply_markup=keyboard(("Catalog", "catalog")))
    in_group = await bot.send_message(group.id, "Hello group")

    assert second.message_id == first.message_id + 1 and in_group.message_id == 1
    assert first.chat.type == "private" and first.chat.first_name == "Ana"
    assert in_group.chat.type == "group" and in_group.chat.title == "Partners"
    assert first.from_user.id == bot.id and first.from_user.is_bot
    assert abs((first.date - dtm.datetime.now(dtm.UTC)).total_seconds()) < 5
    assert second.reply_markup.inline_keyboard[0][0].callback_data == "catalog"
    sent = stub.calls("sendMessage")[1]
    assert sent.params["chat_id"] == ana.id
    assert sent.params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Catalog", "callback_data": "catalog"}]]
    }
    assert [m["text"] for m in ana.messages()] == ["Hola", "Menu"]
    assert stub.stats().delivered == {ana.id: 2, group.id: 1}


async def test_text_limits_count_parsed_text(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    for empty in ("", "  \n ", "<b></b>"):
        with pytest.raises(BadRequest, match="Message text is empty"):
            await bot.send_message(ana.id, empty, parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ana.id, "x" * 4097)
    assert stub.calls("sendMessage")[-1].description == "Bad Request: message is too long"
    await bot.send_message(ana.id, "x" * 4096)
    fitting = await bot.send_message(ana.id, "<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")
    assert fitting.text == "&" * 4096
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(ana.id, "<i>" + "é" * 4097 + "</i>", parse_mode="HTML")


async def test_html_parse_mode_errors_and_entities(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    bad = {
        "Line<br>break": 'Unsupported start tag "br" at byte offset 4',
        "<b>bold": 'Can\'t find end tag corresponding to start tag "b"',
        "a < b": 'Unsupported start tag "" at byte offset 2',
        "<b>x</i>": 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
        "<span>x</span>": 'Tag "span" must have class "tg-spoiler" at byte offset 0',
    }
    for text, reason in bad.items():
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await bot.send_message(ana.id, text, parse_mode="HTML")
        assert (
            stub.calls("sendMessage")[-1].description
            == f"Bad Request: can't parse entities: {reason}"
        )
    message = await bot.send_message(
        ana.id,
        '🏟 <b>Hengdian</b> &lt;3 <a href="https://www.hengdianworld.com">site</a> <tg-spoiler>s</tg-spoiler>',
        parse_mode="HTML",
    )
    assert message.text == "🏟 Hengdian <3 site s"
    bold, link, spoiler = message.entities
    assert (bold.type, bold.offset, bold.length) == ("bold", 3, 8)  # the emoji is 2 UTF-16 units
    assert (link.type, link.url, link.offset) == ("text_link", "https://www.hengdianworld.com/", 15)
    assert spoiler.type == "spoiler"


async def test_inline_keyboard_and_caption_checks(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    for data in ("x" * 65, "é" * 33):  # 64 bytes is the limit, not 64 characters
        with pytest.raises(BadRequest, match="Button_data_invalid"):
            await bot.send_message(ana.id, "Pick", reply_markup=keyboard(("Go", data)))
    assert stub.calls("sendMessage")[-1].description == "Bad Request: BUTTON_DATA_INVALID"
    await bot.send_message(ana.id, "Pick", reply_markup=keyboard(("Go", "x" * 64)))
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_document(ana.id, b"data", filename="a.txt", caption="c" * 1025)
    assert stub.stats().delivered == {ana.id: 1}


# ---------------------------------------------------------------- files, places, commands


async def test_send_document_bytes_round_trip(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    payload = b"%PDF-1.4 catalog 2025"
    message = await bot.send_document(
        ana.id,
        payload,
        filename="catalog.pdf",
        caption="<b>Catalog</b> 2025",
        parse_mode="HTML",
        reply_markup=keyboard(("More", "more")),
    )
    assert message.document.file_name == "catalog.pdf"
    assert message.document.mime_type == "application/pdf"
    assert message.caption == "Catalog 2025" and message.caption_entities[0].type == "bold"
    entry = stub.calls("sendDocument")[-1]
    assert entry.content_type == "multipart/form-data"
    assert entry.files["document"].filename == "catalog.pdf"
    assert entry.files["document"].data == payload
    assert entry.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "more"

    downloaded = await (await bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == payload
    again = await bot.send_document(ana.id, message.document.file_id, caption="Catalog 2025")
    assert again.document.file_unique_id == message.document.file_unique_id
    assert stub.stats().duplicates == {}
    await bot.send_document(ana.id, message.document.file_id, caption="Catalog 2025")
    assert stub.stats().duplicates == {ana.id: 1}
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_document(ana.id, "no-such-file-id")


async def test_photo_location_venue_and_chat_action(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    photo = await bot.send_photo(ana.id, tiny_png(8, 6), caption="Studio")
    assert (photo.photo[-1].width, photo.photo[-1].height, photo.caption) == (8, 6, "Studio")
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(ana.id, b"not an image")
    location = await bot.send_location(ana.id, 29.15, 120.31)
    assert (location.location.latitude, location.location.longitude) == (29.15, 120.31)
    venue = await bot.send_venue(
        ana.id, 29.1567, 120.3152, "Hengdian World Studios", "Dongyang, Zhejiang, China"
    )
    assert venue.venue.title == "Hengdian World Studios"
    assert venue.venue.location.latitude == pytest.approx(29.1567)
    assert venue.location.longitude == pytest.approx(120.3152)
    assert await bot.send_chat_action(ana.id, "typing") is True
    with pytest.raises(BadRequest, match="Wrong parameter action"):
        await bot.send_chat_action(ana.id, "dancing")
    assert stub.chat_actions(ana.id) == ["typing"]


async def test_commands_per_scope_and_language(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user(language_code="es")
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Empezar")], language_code="es")
    await bot.set_my_commands(
        [BotCommand("start", "开始")], scope=BotCommandScopeAllPrivateChats(), language_code="zh"
    )
    await bot.set_my_commands([BotCommand("vip", "VIP")], scope=BotCommandScopeChat(ana.id))

    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="es")] == ["Empezar"]
    assert await bot.get_my_commands(language_code="ko") == ()
    assert ana.visible_commands() == [{"command": "vip", "description": "VIP"}]
    other = stub.add_user(language_code="zh-hans")
    assert other.visible_commands() == [{"command": "start", "description": "开始"}]
    await bot.delete_my_commands(language_code="es")
    assert await bot.get_my_commands(language_code="es") == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start!", "x")])


async def test_edit_and_delete_messages(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    sent = await bot.send_message(ana.id, "Choose", reply_markup=keyboard(("A", "a")))
    edited = await bot.edit_message_text("Chosen: A", chat_id=ana.id, message_id=sent.message_id)
    assert isinstance(edited, telegram.Message)
    assert edited.text == "Chosen: A" and edited.edit_date is not None
    assert edited.reply_markup is None  # omitting reply_markup removes the keyboard
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Chosen: A", chat_id=ana.id, message_id=sent.message_id)
    rekeyed = await bot.edit_message_reply_markup(
        ana.id, sent.message_id, reply_markup=keyboard(("B", "b"))
    )
    assert rekeyed.reply_markup.inline_keyboard[0][0].callback_data == "b"
    assert [v["text"] for v in stub.message_versions(ana.id, sent.message_id)] == [
        "Choose",
        "Chosen: A",
        "Chosen: A",
    ]
    user_message = ana.send_text("hi")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", chat_id=ana.id, message_id=user_message["message_id"])
    assert await bot.delete_message(ana.id, sent.message_id) is True
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(ana.id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=ana.id, message_id=sent.message_id)
    assert ana.messages() == [] and len(ana.messages(include_deleted=True)) == 1


# ---------------------------------------------------------------- updates


async def test_long_poll_returns_when_a_message_is_injected(
    bot: telegram.Bot, stub: BotApiStub
) -> None:
    ana = stub.add_user(first_name="Ana", language_code="es")
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=60))
    await asyncio.sleep(0.2)
    ana.send_text("Hola, ¿qué incentivos hay?")
    (update,) = await poll
    # Woken by the message, not by the poll's 60 s time-out (a milliseconds' wake-up; the bound
    # leaves a loaded machine room without letting a full-length poll pass).
    assert time.monotonic() - started < 30
    assert update.message.text == "Hola, ¿qué incentivos hay?"
    assert (update.message.from_user.first_name, update.message.from_user.language_code) == (
        "Ana",
        "es",
    )

    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
    assert stub.pending_updates() == []  # confirmed updates are dropped
    for n in range(3):
        ana.send_text(f"m{n}")
    assert [u.message.text for u in await bot.get_updates(limit=2)] == ["m0", "m1"]
    started = time.monotonic()
    assert await bot.get_updates(offset=-1, allowed_updates=["callback_query"], timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 30  # waited out its 1 s, then returned


async def test_injected_update_kinds_parse_in_ptb(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    member = stub.add_user(first_name="Kim", language_code="ko", started=False)
    group = stub.add_group("Co-production")
    first = ana.send_text("typo")
    ana.edit(first, "fixed")
    ana.send_sticker("🎬")
    ana.send_photo(caption="location scout")
    ana.send_voice(duration=3)
    group.send_text(member, "chatting among ourselves")  # privacy mode: not for the bot
    group.send_command(member, "start")
    assert stub.pending_updates()[4]["message"]["voice"]["duration"] == 3
    updates = await bot.get_updates()
    assert updates[0].message.text == "typo" and updates[1].edited_message.text == "fixed"
    assert updates[2].message.sticker.emoji == "🎬"
    assert (
        updates[3].message.photo[-1].width == 4 and updates[3].message.caption == "location scout"
    )
    assert updates[4].message.voice.mime_type == "audio/ogg"
    command = updates[5].message
    assert len(updates) == 6 and command.chat.type == "group"
    assert command.text == "/start@stub_test_bot" and command.entities[0].type == "bot_command"
    voice = await bot.get_file(updates[4].message.voice.file_id)
    assert bytes(await voice.download_as_bytearray()).startswith(b"OggS")


async def test_webhooks_and_second_poller_conflict(bot: telegram.Bot, stub: BotApiStub) -> None:
    with pytest.raises(BadRequest, match="Bad webhook: an https url must be provided"):
        await bot.set_webhook("http://127.0.0.1/hook")
    assert await bot.set_webhook("https://bot.example.org/hook") is True
    assert (await bot.get_webhook_info()).url == "https://bot.example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook() is True
    stub.reject_webhooks("Failed to resolve host: Name or service not known")
    with pytest.raises(BadRequest, match="Bad webhook: failed to resolve host"):
        await bot.set_webhook("https://bot.example.org/hook")

    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    async with telegram.Bot(**stub.bot_kwargs()) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first


async def test_callback_query_round_trip(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana")
    sent = await bot.send_message(
        ana.id, "Subscribe?", reply_markup=keyboard(("Yes", "sub:yes"), ("No", "sub:no"))
    )
    ana.press(sent.to_dict(), text="Yes")
    (update,) = await bot.get_updates()
    query = update.callback_query
    assert query.data == "sub:yes" and query.from_user.id == ana.id
    assert query.message.message_id == sent.message_id and query.chat_instance
    assert await bot.answer_callback_query(query.id, text="Subscribed") is True
    answered = stub.wait_for(lambda calls: [c for c in calls if c.method == "answerCallbackQuery"])
    assert answered[0].params["text"] == "Subscribed"
    assert stub.callback_answer(query.id) == {"text": "Subscribed"}
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)
    with pytest.raises(LookupError):
        ana.press(sent.message_id, "sub:maybe")


# ---------------------------------------------------------------- refusals and faults


async def test_flood_control_answers_retry_after(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana, ben, eva = stub.add_user(), stub.add_user(), stub.add_user()
    group = stub.add_group()
    stub.flood.enable(FloodLimits(private_burst=1))
    await bot.send_message(ana.id, "one")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ana.id, "two")
    assert seconds(caught.value.retry_after) == 1
    refused = stub.calls("sendMessage")[-1]
    assert refused.status == 429 and refused.response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    await asyncio.sleep(1.0)
    await bot.send_message(ana.id, "two, after waiting")

    for n in range(20):
        await bot.send_message(group.id, f"g{n}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(group.id, "g20")
    assert seconds(caught.value.retry_after) == 3  # 20 per minute

    stub.flood.enable(FloodLimits(global_per_second=2, global_burst=2))
    await bot.send_message(ben.id, "b")
    await bot.send_message(eva.id, "e")
    with pytest.raises(RetryAfter):
        await bot.send_message(ana.id, "third in the same second")
    stats = stub.stats()
    assert stats.too_many_requests == 3
    assert stats.delivered == {ana.id: 2, group.id: 20, ben.id: 1, eva.id: 1}


async def test_forbidden_and_missing_chats(bot: telegram.Bot, stub: BotApiStub) -> None:
    ana = stub.add_user()
    ana.block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ana.id, "news")
    (blocked,) = await bot.get_updates()
    assert blocked.my_chat_member.new_chat_member.status == "kicked"
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "hello?")
    newcomer = stub.add_user(started=False)
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(newcomer.id, "hi")
    newcomer.send_command("start")
    await bot.send_message(newcomer.id, "welcome")
    assert stub.stats().delivered == {newcomer.id: 1}


async def test_scripted_faults_bad_gateway_and_timeouts(
    bot: telegram.Bot, stub: BotApiStub
) -> None:
    ana = stub.add_user()
    stub.faults.script(Fault.bad_gateway(), method="sendMessage")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(ana.id, "first try")
    await bot.send_message(ana.id, "second try")

    stub.faults.script(Fault.timeout(hang=3), chat_id=ana.id)
    with pytest.raises(TimedOut):
        await bot.send_message(ana.id, "lost", read_timeout=0.3)
    assert stub.stats().delivered == {ana.id: 1}

    stub.faults.script(Fault.timeout_after_delivery(hang=3), method="sendMessage")
    with pytest.raises(TimedOut):
        await bot.send_message(ana.id, "delivered anyway", read_timeout=0.3)
    await bot.send_message(ana.id, "delivered anyway")  # a naive retry
    stats = stub.stats()
    assert stats.delivered == {ana.id: 3} and stats.duplicates == {ana.id: 1}
    assert stub.calls("sendMessage")[0].fault is not None


def test_fail_rate_is_seeded_and_partial(stub: BotApiStub) -> None:
    stub.faults.fail_rate(0.5, method="getMe")
    statuses = [http(f"{stub.url}/bot{stub.token}/getMe")[0] for _ in range(30)]
    assert set(statuses) == {200, 502} and 5 < statuses.count(502) < 25
    stub.faults.clear()
    assert http(f"{stub.url}/bot{stub.token}/getMe")[0] == 200


async def test_wrong_token_and_unknown_method(stub: BotApiStub, bot: telegram.Bot) -> None:
    wrong = telegram.Bot(
        "123456789:AAWrongTokenWrongTokenWrongToken123", base_url=stub.bot_base_url
    )
    with pytest.raises(InvalidToken):
        await wrong.get_me()
    assert stub.calls("getMe")[-1].response == {
        "ok": False,
        "error_code": 401,
        "description": "Unauthorized",
    }
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")
    assert http(f"{stub.url}/bot{stub.token}/sendTelepathy")[1]["description"] == "Not Found"
    assert stub.unknown_methods == ["sendTelepathy", "sendTelepathy"]


def test_json_urlencoded_and_query_bodies(stub: BotApiStub) -> None:
    ana = stub.add_user()
    base = f"{stub.url}/bot{stub.token}"
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    status, body = http(
        f"{base}/sendMessage",
        json.dumps({"chat_id": ana.id, "text": "json", "reply_markup": markup}).encode(),
        "application/json",
    )
    assert status == 200 and body["result"]["reply_markup"] == markup
    form = urllib.parse.urlencode(
        {"chat_id": str(ana.id), "text": "form", "reply_markup": json.dumps(markup)}
    )
    status, body = http(f"{base}/SENDMESSAGE", form.encode(), "application/x-www-form-urlencoded")
    assert status == 200 and body["result"]["message_id"] == 2
    status, body = http(
        f"{base}/sendMessage?" + urllib.parse.urlencode({"chat_id": ana.id, "text": "query"})
    )
    assert status == 200 and body["result"]["text"] == "query"
    assert [c.params["reply_markup"] for c in stub.calls("sendMessage")[:2]] == [markup, markup]

    text_only = json.dumps(
        {"chat_id": ana.id, "text": "x", "reply_markup": {"inline_keyboard": [[{"text": "Go"}]]}}
    )
    status, body = http(f"{base}/sendMessage", text_only.encode(), "application/json")
    assert (status, body["ok"], body["error_code"]) == (400, False, 400)
    assert body["description"].endswith("Text buttons are unallowed in the inline keyboard")
    broken = urllib.parse.urlencode({"chat_id": ana.id, "text": "x", "reply_markup": "{not json"})
    status, body = http(f"{base}/sendMessage", broken.encode(), "application/x-www-form-urlencoded")
    assert body["description"] == "Bad Request: can't parse reply keyboard markup JSON object"


# ---------------------------------------------------------------- applications and processes


async def test_application_polling_receives_and_replies(stub: BotApiStub) -> None:
    ana = stub.add_user(first_name="Ana", language_code="es")

    async def start(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        await update.message.reply_text(f"¡Hola {user.first_name}! ({user.language_code})")

    application = (
        ApplicationBuilder()
        .token(stub.token)
        .base_url(stub.bot_base_url)
        .base_file_url(stub.file_base_url)
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    async with application:
        await application.start()
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        ana.send_command("start")
        (reply,) = await ana.wait_for_messages_async(timeout=5)
        await application.updater.stop()
        await application.stop()
    assert reply["text"] == "¡Hola Ana! (es)"
    assert stub.calls("deleteWebhook") and stub.pending_updates() == []


def test_process_mode_with_control_endpoints() -> None:
    with stub_process("--users", "2", "--any-chat") as url:
        status, body = http(f"{url}/bot{DEFAULT_TOKEN}/getMe")
        assert status == 200 and body["result"]["is_bot"] is True
        user_id = http(f"{url}/_stub/users", json.dumps({"count": 1}).encode(), "application/json")[
            1
        ]["result"][0]
        http(
            f"{url}/_stub/inject",
            json.dumps({"user_id": user_id, "text": "hi"}).encode(),
            "application/json",
        )
        updates = http(f"{url}/bot{DEFAULT_TOKEN}/getUpdates")[1]["result"]
        assert updates[0]["message"]["text"] == "hi"
        assert http(f"{url}/bot{DEFAULT_TOKEN}/sendMessage?chat_id=777&text=auto")[0] == 200
        stats = http(f"{url}/_stub/stats")[1]["result"]
        assert stats["delivered"] == {"777": 1}


# ---------------------------------------------------------------- the HTML parser itself


@pytest.mark.parametrize(
    ("html", "error"),
    [  # cases and expected messages from tdlib's own parse_html tests
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
        ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba  =  ", 'Unclosed start tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
        ("🏟 🏟&lt;</", "Unexpected end tag at byte offset 13"),
        ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
        ('<tg-emoji emoji-id="x">y</tg-emoji>', "Invalid custom emoji identifier specified"),
        (
            "&#xDFDF;",
            "Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units",
        ),
    ],
)
def test_parse_html_rejects_like_tdlib(html: str, error: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(html)
    assert str(caught.value) == error


@pytest.mark.parametrize(
    ("html", "text", "entities"),
    [
        ("&lt;&gt;&amp;&quot;&laquo;&#12345678;", '<>&"&laquo;&#12345678;', []),
        (
            "🏟 🏟<i>🏟 &gt;<b aba   =   caba>&lt🏟</b></i>",
            "🏟 🏟🏟 ><🏟",
            [("italic", 5, 7), ("bold", 9, 3)],
        ),
        ("<a>telegram.org</a>", "telegram.org", [("text_link", 0, 12)]),
        ("<i    aba>a</i>", "a", [("italic", 0, 1)]),  # valueless attributes are ignored
        ("<a>telegram.org </a>", "telegram.org ", []),
        ('<pre><code class="language-python">x = 1</code></pre>', "x = 1", [("pre", 0, 5)]),
        ("<blockquote expandable>q</blockquote>", "q", [("expandable_blockquote", 0, 1)]),
        ("<code><i><b> </b></i></code>", " ", [("code", 0, 1), ("bold", 0, 1), ("italic", 0, 1)]),
    ],
)
def test_parse_html_text_and_entities(
    html: str, text: str, entities: list[tuple[str, int, int]]
) -> None:
    parsed_text, parsed = parse_html(html)
    assert parsed_text == text
    assert [(e["type"], e["offset"], e["length"]) for e in parsed] == entities


# ---------------------------------------------------------------- groups: members, topics, copies


async def test_get_chat_and_chat_members(bot: telegram.Bot, stub: BotApiStub) -> None:
    staff = stub.add_group("Staff", chat_type="supergroup")
    mia, stranger = stub.add_user(first_name="Mia"), stub.add_user(first_name="Eve")
    staff.add_member(mia, "administrator")
    info = await bot.get_chat(staff.id)
    assert (info.type, info.title, info.is_forum) == ("supergroup", "Staff", None)
    assert (await bot.get_chat_member(staff.id, mia.id)).status == "administrator"
    assert (await bot.get_chat_member(staff.id, stranger.id)).status == "left"
    assert (await bot.get_chat_member(staff.id, stub.bot_id)).status == "member"
    staff.add_member(mia, "kicked")
    assert (await bot.get_chat_member(staff.id, mia.id)).status == "kicked"
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(staff.id, 99)


async def test_forum_topics_and_privacy_mode(bot: telegram.Bot, stub: BotApiStub) -> None:
    plain = stub.add_group("Plain", chat_type="supergroup")
    with pytest.raises(BadRequest, match="(?i)not a forum"):
        await bot.create_forum_topic(plain.id, "Ana")
    shy = stub.add_group("Forum", chat_type="supergroup", is_forum=True)
    with pytest.raises(BadRequest, match="(?i)not enough rights"):
        await bot.create_forum_topic(shy.id, "Ana")
    forum = stub.add_group("Staff", chat_type="supergroup", is_forum=True,
                           bot_status="administrator")
    assert (await bot.get_chat(forum.id)).is_forum is True
    topic = await bot.create_forum_topic(forum.id, "Ana · 1001")
    assert topic.name == "Ana · 1001" and forum.topics() == {topic.message_thread_id: "Ana · 1001"}
    sent = await bot.send_message(forum.id, "hello", message_thread_id=topic.message_thread_id)
    assert sent.message_thread_id == topic.message_thread_id and sent.is_topic_message
    assert sent.reply_to_message.forum_topic_created.name == "Ana · 1001"
    with pytest.raises(BadRequest, match="thread not found"):
        await bot.send_message(forum.id, "hello", message_thread_id=9999)
    mia = stub.add_user(first_name="Mia")
    forum.add_member(mia)
    forum.send_text(mia, "plain chatter in the topic", thread_id=topic.message_thread_id)
    [update] = await bot.get_updates()  # the bot is an admin: privacy mode does not apply
    message = update.message
    assert message.is_topic_message and message.message_thread_id == topic.message_thread_id
    assert message.reply_to_message.message_id == topic.message_thread_id
    plain.add_member(mia)
    plain.send_text(mia, "not for the bot")
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


async def test_copy_message_keeps_content_and_replaces_caption(
    bot: telegram.Bot, stub: BotApiStub
) -> None:
    staff = stub.add_group("Staff", chat_type="supergroup")
    mia, ana = stub.add_user(first_name="Mia"), stub.add_user(first_name="Ana")
    photo = staff.send_photo(mia, caption="the set")
    text = staff.send_text(mia, "<not html>")
    copied = await bot.copy_message(ana.id, staff.id, photo["message_id"],
                                    caption="<b>Mia:</b> the set", parse_mode="HTML")
    [got] = ana.messages()
    assert got["message_id"] == copied.message_id
    assert got["photo"][0]["file_id"] == photo["photo"][0]["file_id"]
    assert got["caption"] == "Mia: the set" and got["caption_entities"][0]["type"] == "bold"
    await bot.copy_message(ana.id, staff.id, text["message_id"])
    assert ana.messages()[-1]["text"] == "<not html>"
    with pytest.raises(BadRequest, match="(?i)message to copy not found"):
        await bot.copy_message(ana.id, staff.id, 999)

"""A faithful Telegram Bot API stub for tests: real HTTP on 127.0.0.1, Telegram's answers.

The real python-telegram-bot talks to it unchanged::

    from tests.botapi_stub import running_stub

    with running_stub() as stub:                      # background thread, free port
        bot = telegram.Bot(**stub.bot_kwargs())       # token, base_url, base_file_url
        ana = stub.add_user(first_name="Ana", language_code="es")
        ana.send_command("start")                     # queued for getUpdates
        ...                                           # run the bot (BOT_API_URL = stub.url)
        [reply] = ana.wait_for_messages()             # what the bot sent her
        ana.press(reply, data="catalog")              # callback query on its button
        stub.calls("answerCallbackQuery")             # journal entries

What it does like Telegram: ``{"ok": ...}`` envelopes and real error descriptions (see
``errors``), JSON / urlencoded / multipart bodies, case-insensitive method names, long polling
with offset/limit/timeout/allowed_updates, full Message objects (per-chat message ids, dates in
seconds, ``from`` = the bot), HTML parse mode checked by a port of tdlib's parser (see
``entities``), text and caption limits on the parsed text, inline keyboard checks, files
(upload, getFile, download), per-scope/language commands, privacy mode in groups, flood
control (off by default, see ``flood``) and injected faults (see ``faults``).

What it does not: Markdown parse modes are accepted but not parsed; URLs are never fetched
(sending a file by URL answers "failed to get HTTP URL content"); webhooks are stored, never
called; no inline mode, payments, media groups or chat administration.

Main pieces:
    BotApiStub / running_stub()  server + all of BotApiState (state.py) in one object
    SimUser / SimGroup           what simulated people do (users.py)
    Fault, FloodLimits           failure and flood configuration
    JournalEntry, StubStats      what was called, counters (429s, deliveries, duplicates)
    stub_process()               the stub as a separate process (python -m tests.botapi_stub)
"""

from . import errors
from .entities import EntityParseError, parse_html
from .errors import ApiError
from .faults import Fault, FaultInjector
from .flood import FloodControl, FloodLimits
from .journal import JournalEntry, UploadedFile
from .server import BotApiStub, running_stub, stub_process
from .state import DEFAULT_TOKEN, BotApiState, StubStats
from .users import SimGroup, SimUser, tiny_png

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiState",
    "BotApiStub",
    "EntityParseError",
    "Fault",
    "FaultInjector",
    "FloodControl",
    "FloodLimits",
    "JournalEntry",
    "SimGroup",
    "SimUser",
    "StubStats",
    "UploadedFile",
    "errors",
    "parse_html",
    "running_stub",
    "stub_process",
    "tiny_png",
]

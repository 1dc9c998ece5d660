"""The command menu Telegram shows, per language (setMyCommands with language_code).

The commands and their order are declared with their features (`bot.features`); the
descriptions are the catalogue texts `cmd_<command>` (core/locale).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
from pathlib import Path

from telegram import BotCommand
from telegram.ext import Application

from bot.features import menu_commands
from core.i18n import LANGS, Lang, t

log = logging.getLogger(__name__)

COMMANDS: tuple[str, ...] = menu_commands()
MENU_RECORD = "command-menu.sha256"
"""In BOT_DATA_DIR: the digest of the menus last published (see `set_commands`)."""


def command_menu(lang: Lang) -> list[BotCommand]:
    return [BotCommand(name, t(f"cmd_{name}", lang)) for name in COMMANDS]


def menus() -> dict[str, list[BotCommand]]:
    """language_code ("" for the default, English) -> its menu."""
    return {code: command_menu(code or "en") for code in ("", *LANGS)}


def menus_digest(app: Application, published: dict[str, list[BotCommand]]) -> str:
    """sha256 of the menus and of the Bot API address they went to (that address holds the
    token, so another bot or server gets its own digest; only the digest is stored)."""
    menu = {code: [[c.command, c.description] for c in commands] for code, commands in published.items()}
    blob = json.dumps([app.bot.base_url, menu], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


async def set_commands(app: Application, record: Path | None = None) -> None:
    """English as the default menu, and one per language for partners whose Telegram uses it.

    The calls go out together (one round trip of start-up, not five). With `record`
    (BOT_DATA_DIR/`MENU_RECORD`), a start whose menus are exactly those this bot was last
    given skips them: Telegram keeps a bot's menus, so a restart after a new text or command
    publishes again, and a plain restart does not."""
    published = menus()
    digest = menus_digest(app, published)
    if record is not None and record.is_file() and record.read_text("utf-8").strip() == digest:
        log.info("command menus unchanged since they were last published: not sent again")
        return
    await asyncio.gather(*(app.bot.set_my_commands(commands, language_code=code or None)
                           for code, commands in published.items()))
    if record is not None:
        record.parent.mkdir(parents=True, exist_ok=True)
        partial = record.with_name(record.name + ".tmp")
        partial.write_text(digest + "\n", "utf-8")
        os.replace(partial, record)  # a crash leaves the old digest: the menus are sent again

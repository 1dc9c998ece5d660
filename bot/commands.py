"""The command menu Telegram shows, per language (setMyCommands with language_code).

The commands and their order are declared with their features (`bot.features`); the
descriptions are the catalogue texts `cmd_<command>` (core/locale).
"""

from __future__ import annotations

from telegram import BotCommand
from telegram.ext import Application

from bot.features import menu_commands
from core.i18n import LANGS, Lang, t

COMMANDS: tuple[str, ...] = menu_commands()


def command_menu(lang: Lang) -> list[BotCommand]:
    return [BotCommand(name, t(f"cmd_{name}", lang)) for name in COMMANDS]


async def set_commands(app: Application) -> None:
    """English as the default menu, and one per language for partners whose Telegram uses it."""
    for lang in (None, *LANGS):
        await app.bot.set_my_commands(command_menu(lang or "en"), language_code=lang)

"""The partner's language and time zone: shown, changed by button, command or free text."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from core.i18n import LANG_NAMES, LANGS, Lang, t
from core.i18n_format import zone_city
from intents.callbacks import Callback, encode
from intents.reply import Button, Reply, esc
from intents.timezones import COMMON_ZONES, resolve
from intents.turn import Turn

# How partners name a language in each of ours: "en español", "用中文", "한국어로".
LANGUAGE_WORDS: dict[Lang, re.Pattern[str]] = {
    "en": re.compile(r"english|ingl[eé]s|英文|英语|英語|영어", re.I),
    "es": re.compile(r"spanish|espa[nñ]ol|castellano|西班牙|스페인어", re.I),
    "zh": re.compile(r"chinese|chino|mandar[ií]n|中文|汉语|普通话|简体|중국어", re.I),
    "ko": re.compile(r"korean|coreano|한국어|한글|韩语|韩文|韓國語", re.I),
}


def language_menu(turn: Turn) -> Reply:
    buttons = [[Button(label=LANG_NAMES[code], data=encode("lang", code)) for code in LANGS]]
    return Reply(text=t("language_choose", turn.lang), lang=turn.lang, buttons=buttons)


def named_language(text: str) -> Lang | None:
    found = [code for code, pattern in LANGUAGE_WORDS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def set_language(turn: Turn, lang: Lang) -> Reply:
    turn.store.set_language(turn.chat_id, lang)
    return Reply(text=t("language_set", lang), lang=lang)


def language(turn: Turn) -> Reply:
    """Free text such as "reply in Spanish": set it if one language is named, else offer all."""
    lang = named_language(turn.text)
    return set_language(turn, lang) if lang else language_menu(turn)


def timezone_menu(turn: Turn) -> Reply:
    rows, row = [], []
    for i, zone in enumerate(COMMON_ZONES):
        row.append(Button(label=zone_city(ZoneInfo(zone), turn.lang), data=encode("tz", i)))
        if len(row) == 3:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return Reply(text=t("timezone_ask", turn.lang, tz=esc(turn.user_tz.key)), lang=turn.lang,
                 buttons=rows)


def set_timezone(turn: Turn, zone: str) -> Reply:
    turn.store.set_timezone(turn.chat_id, zone)
    local = datetime.now(ZoneInfo(zone)) if turn.now is None else turn.now.astimezone(ZoneInfo(zone))
    return Reply(text=t("timezone_set", turn.lang, tz=esc(zone), time=f"{local:%H:%M}"),
                 lang=turn.lang)


def timezone(turn: Turn, arg: str | None = None) -> Reply:
    """`/timezone Madrid` or "I'm in Bogotá": set it if recognised, else explain and offer a menu."""
    text = arg if arg is not None else turn.text
    if not text.strip():
        return timezone_menu(turn)
    zone = resolve(text)
    if zone:
        return set_timezone(turn, zone)
    if arg is not None:
        reply = timezone_menu(turn)
        reply.text = t("timezone_unknown", turn.lang, text=esc(arg[:60])) + "\n\n" + reply.text
        return reply
    return timezone_menu(turn)


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "lang":
        code = cb.arg(0)
        return set_language(turn, code) if code in LANGS else language_menu(turn)  # type: ignore[arg-type]
    index = int(cb.arg(0)) if cb.arg(0).isdigit() else -1
    if 0 <= index < len(COMMON_ZONES):
        return set_timezone(turn, COMMON_ZONES[index])
    return timezone_menu(turn)

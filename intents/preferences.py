"""The partner's language and time zone: shown, changed by button, command or free text."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core import lazy_re as re  # patterns compiled on first use: see core/lazy_re.py
from core.i18n import LANG_NAMES, LANGS, TRADITIONAL_NAME, Lang, t
from core.i18n_format import zone_city
from intents import events
from intents.callbacks import Callback, encode
from intents.reply import Button, Reply, esc
from intents.timezones import (
    COMMON_ZONES,
    city_said,
    in_script,
    mentioned_zone,
    resolve,
    zone_of_arg,
)
from intents.turn import Turn

# How partners name a language in each of ours: "en español", "用中文", "한국어로".
LANGUAGE_WORDS: dict[Lang, re.Pattern[str]] = {
    "en": re.compile(r"english|ingl[eé]s|英文|英语|英語|영어", re.IGNORECASE),
    "es": re.compile(r"spanish|espa[nñ]ol|castellano|西班牙|스페인어", re.IGNORECASE),
    "zh": re.compile(r"chinese|chino|mandar[ií]n|中文|汉语|普通话|简体|중국어", re.IGNORECASE),
    "ko": re.compile(r"korean|coreano|한국어|한글|韩语|韩文|韓國語", re.IGNORECASE),
}


# Which Chinese script a partner asks for: "繁體中文", "traditional Chinese", "简体".
# (Free text reaches us already converted to Simplified, so 繁體 arrives as 繁体.)
SCRIPT_WORDS: dict[str, re.Pattern[str]] = {
    "hant": re.compile(r"traditional|tradicional|繁体|繁體|正体|번체", re.IGNORECASE),
    "hans": re.compile(r"simplified|simplificado|简体|簡體|간체", re.IGNORECASE),
}
TRADITIONAL = "zh-hant"  # the /language button for Traditional Chinese


def language_menu(turn: Turn) -> Reply:
    buttons = [[Button(label=LANG_NAMES[code], data=encode("lang", code)) for code in LANGS],
               [Button(label=TRADITIONAL_NAME, data=encode("lang", TRADITIONAL))]]
    return Reply(text=t("language_choose", turn.lang), lang=turn.lang, buttons=buttons)


def chinese_script(text: str) -> str | None:
    """"hant" or "hans" when the text names one Chinese script, else None."""
    found = [script for script, pattern in SCRIPT_WORDS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


# Asking to be answered in a script ("請問之後可以用繁體字回覆我嗎", "请用繁体中文回复", "can you reply
# in traditional chinese?", "번체로 답해 주실 수 있나요?", "改回简体"): a verb of replying, writing or
# using beside the script's name; not a version of a work ("有繁体字幕吗", "subtítulos en chino
# tradicional") nor a question about the characters themselves.
SCRIPT_VERB = re.compile(r"回复|回覆|回答|答复|答覆|显示|顯示|改用|改回|改成|换成|換成|换回|換回|切换|切換|转成|轉成|转为|轉為"
                         r"|(用|使用|写|寫|打|发|發)(的)?(繁|简|簡|正)|可以|行吗|行嗎|好吗|好嗎|麻烦|麻煩|请|請"
                         r"|\b(reply|replies|answer|answers|respond|write|writing|use|using|switch|change|go back|back to|send)\b"
                         r"|\b(respond|contest|escrib|us[ae]r?|cambi|pas[ae]r?|volv|envi)\w*|답|써|쓰|바꿔|보내|응대", re.IGNORECASE)
SCRIPT_NOT_ASKED = re.compile(r"字幕|配音|版本|版的|片单|片單|剧|劇|作品|subtit|\bdub|version|doblad|자막|더빙|버전|작품"
                              r"|什么是|什麼是|区别|區別|差别|差別|difference|diferencia|차이", re.IGNORECASE)


def script_asked(text: str) -> str | None:
    """"hant" or "hans" when the message asks to be answered in that Chinese script, else None."""
    script = chinese_script(text or "")
    if script is None or len(text) > 80 or SCRIPT_NOT_ASKED.search(text) or not SCRIPT_VERB.search(text):
        return None
    return script


def set_script(turn: Turn, script: str) -> Reply:
    """The script asked for in words: Chinese from now on, in that script whatever script the
    partner goes on writing in (until they ask for the other one)."""
    turn.store.set_language(turn.chat_id, "zh")
    turn.store.set_zh_script(turn.chat_id, script, chosen=True)
    return Reply(text=t(f"script_set_{script}", "zh"), lang="zh", answer="pref:script", outcome="action")


def named_language(text: str) -> Lang | None:
    found = [code for code, pattern in LANGUAGE_WORDS.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def set_language(turn: Turn, lang: Lang, script: str | None = None) -> Reply:
    """Remember the choice; for Chinese also the script, if named ("/language 繁體中文")."""
    turn.store.set_language(turn.chat_id, lang)
    script = script or (chinese_script(turn.text) if lang == "zh" else None)
    if lang == "zh" and script:
        turn.store.set_zh_script(turn.chat_id, script, chosen=True)
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
    # The city, as `set_timezone` names it ("Pekín"), never tzdata's key ("Asia/Shanghai")
    return Reply(text=t("timezone_ask", turn.lang, tz=esc(zone_city(turn.user_tz, turn.lang))),
                 lang=turn.lang, buttons=rows)


def set_timezone(turn: Turn, zone: str, said: str | None = None) -> Reply:
    """Set the partner's zone and confirm it with the local time; when the conversation is on an
    event ("¿cuándo es el pitch day?" … "estoy en Bogotá", "我在香港"), that event's time in the
    new zone follows in one line, so the partner need not ask again."""
    turn.store.set_timezone(turn.chat_id, zone)
    local = datetime.now(ZoneInfo(zone)) if turn.now is None else turn.now.astimezone(ZoneInfo(zone))
    # The city as the partner writes it ("洛杉矶", "Bogotá", "부산" in Seoul's zone), not tzdata's
    # key: the local time beside it is what tells them it is right
    named = said or zone_city(ZoneInfo(zone), turn.lang)
    text = t("timezone_set", turn.lang, tz=esc(named), time=f"{local:%H:%M}")
    kind, _, rid = (turn.focus or "").partition(":")
    when = events.time_in_zone(turn, rid, ZoneInfo(zone), said) if kind == "event" else None
    return Reply(text=f"{text}\n\n{when}" if when else text, lang=turn.lang)



def timezone(turn: Turn, arg: str | None = None) -> Reply:
    """`/timezone Madrid` or "I'm in Bogotá": set it if recognised, else explain and offer a menu."""
    text = arg if arg is not None else turn.text
    if not text.strip():
        return timezone_menu(turn)
    # ("저 지금 LA에 있어요": the city inside the sentence, as the event answers read it; no menu)
    zone = resolve(text) or (mentioned_zone(text) if arg is None else None)
    if zone:
        return set_timezone(turn, zone, city_said(text, zone, turn.lang))
    if arg is not None:
        reply = timezone_menu(turn)
        reply.text = t("timezone_unknown", turn.lang, text=esc(arg[:60])) + "\n\n" + reply.text
        return reply
    return timezone_menu(turn)


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "lang":
        code = cb.arg(0)
        if code == TRADITIONAL:
            return set_language(turn, "zh", "hant")
        if code == "zh" and turn.profile is not None and turn.profile.zh_script_chosen:
            return set_language(turn, "zh", "hans")  # back from 繁體中文, chosen before
        return set_language(turn, code) if code in LANGS else language_menu(turn)  # type: ignore[arg-type]
    index = int(cb.arg(0)) if cb.arg(0).isdigit() else -1
    if 0 <= index < len(COMMON_ZONES):
        return set_timezone(turn, COMMON_ZONES[index])
    zone = zone_of_arg(cb.arg(0))  # "America/Bogota" offered under an event answer
    # (offered to a partner who said "Rosario": set as Rosario, not as the zone's Buenos Aires)
    said = in_script(turn.city_of(zone), turn.lang)
    return set_timezone(turn, zone, said) if zone else timezone_menu(turn)

"""The four languages the bot speaks: which one a partner gets, and the interface texts in it.

- `partner_locale(...)` is the ONE decision of a partner's language (and, for Chinese, script):
  replies to text, buttons, commands, errors and broadcasts all call it.
- `t(key, lang, **fields)` reads the gettext catalogues in `core/locale/<lang>/LC_MESSAGES/
  messages.po` (symbolic msgids; the English text is each entry's `#.` comment). They are
  compiled in memory with Babel the first time a text is needed, so a fresh clone needs no
  build step. `pybabel extract -F babel.cfg -k t` lists the keys the code uses (all must be in
  the catalogues: tests); `make pot` rewrites the translators' template from the English .po.
- Traditional Chinese is a script variant of `zh`, not a fifth catalogue: texts are written
  once in Simplified and converted with OpenCC (`s2twp` for Taiwan: characters and Taiwan's
  words; `s2hk` for Hong Kong) by `Locale.convert`, which the transports apply to the whole
  rendered reply.
"""

from __future__ import annotations

import base64
import functools
import gettext
import hashlib
import io
import json
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

Lang = Literal["en", "es", "zh", "ko"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "en"
# "tw" = Traditional as written in Taiwan (OpenCC s2twp: 联系 -> 聯絡, 菜单 -> 選單, 点击 -> 點選),
# "hk" = with Hong Kong's character forms (s2hk). None = Simplified.
Variant = Literal["tw", "hk"]
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "messages"

LANG_NAMES: dict[Lang, str] = {"en": "English", "es": "Español", "zh": "中文", "ko": "한국어"}
TRADITIONAL_NAME = "繁體中文"  # offered beside the four: Chinese shown in Traditional script


def reader_name(lang: str, traditional: bool = False) -> str:
    """The language a partner reads, named for staff ("Español", "繁體中文"), never its code."""
    return TRADITIONAL_NAME if lang == "zh" and traditional else LANG_NAMES.get(lang, lang)  # type: ignore[call-overload]


def normalize_lang(code: str | None) -> Lang | None:
    """Map a Telegram `language_code` such as `es-MX`, `zh-hans` or `ko-KR` to one of ours, or None."""
    if not code:
        return None
    base = code.strip().lower().replace("_", "-").split("-")[0]
    return base if base in LANGS else None  # type: ignore[return-value]


def pick_lang(*candidates: str | None) -> Lang:
    """First candidate we speak, else English. Low-level: for a partner use `partner_locale`."""
    for code in candidates:
        lang = normalize_lang(code)
        if lang:
            return lang
    return DEFAULT_LANG


def traditional_variant(code: str | None) -> Variant | None:
    """The Traditional variant a Telegram `language_code` asks for: `zh-TW`/`zh-Hant` -> "tw",
    `zh-HK`/`zh-MO` -> "hk"; anything else (`zh`, `zh-CN`, `zh-Hans`, `en`...) -> None."""
    parts = (code or "").strip().lower().replace("_", "-").split("-")
    if parts[0] != "zh":
        return None
    if "hk" in parts or "mo" in parts:
        return "hk"
    if "tw" in parts or "hant" in parts:
        return "tw"
    return None


@dataclass(frozen=True)
class Locale:
    """A reply language plus, for Chinese, the script to show it in."""

    lang: Lang
    variant: Variant | None = None

    @property
    def traditional(self) -> bool:
        return self.lang == "zh" and self.variant is not None

    def convert(self, text: str) -> str:
        """Text (HTML is fine: tags and entities are ASCII) in this locale's Chinese script."""
        return to_traditional(text, self.variant) if self.traditional and text else text


def _field(profile: Any, name: str) -> Any:
    if profile is None:
        return None
    if isinstance(profile, Mapping):
        return profile.get(name)
    return getattr(profile, name, None)


def partner_locale(profile: Any = None, *, written: str | None = None,
                   written_traditional: bool | None = None,
                   language_code: str | None = None, broadcast: bool = False,
                   asked: str | None = None) -> Locale:
    """The language (and Chinese script) to use with a partner. The one place this is decided.

    `profile` is a `core.store.Profile` or a profile row (mapping) with `language` (/language
    choice), `chat_lang` (language of their last clearly written message), `language_code`
    (Telegram's) and `zh_script` ("hant" | "hans" | None); None for a stranger.
    `written` is the language detected in the message being answered, if any, and
    `written_traditional` whether that message was in Traditional characters.
    `language_code` overrides the profile's (an update carries the fresh one).
    `asked` is a language this very message asks for ("send that in English").

    Order: the language this message asks for; then their choice (/language, or a language
    they asked for "from now on" in words: it holds until they ask otherwise, whatever language
    they go on writing in); then the language of this message (a plain "in English please"
    only sets the language they are taken to write in, `chat_lang`: their next clear sentence in
    another language is answered in that one); then, for replies, buttons and
    commands, the language they last wrote in (the answer a button sits under was in it),
    Telegram's code; broadcasts (`broadcast=True`) follow the same order without a message.
    English when nothing is known.
    Chinese is Traditional when this message is, else when they last wrote in Traditional,
    else when Telegram says zh-TW / zh-HK / zh-Hant.
    """
    code = language_code or _field(profile, "language_code")
    chosen, chatted = _field(profile, "language"), _field(profile, "chat_lang")
    lang = pick_lang(asked, chosen, None if broadcast else written, chatted, code)
    if lang != "zh":
        return Locale(lang)
    locale = _chinese_locale(profile, code, written, written_traditional)
    if locale.variant is not None:
        warm_traditional()  # this partner reads Traditional: have the converters ready
    return locale


def _chinese_locale(profile: Any, code: str | None, written: str | None,
                    written_traditional: bool | None) -> Locale:
    from_code = traditional_variant(code)
    script = _field(profile, "zh_script")
    if script in ("hant", "hans") and _field(profile, "zh_script_chosen"):
        # asked for ("之後請用繁體字回覆", "改回简体"): it holds whatever script they write in
        return Locale("zh", from_code or "tw") if script == "hant" else Locale("zh")
    if normalize_lang(written) == "zh" and written_traditional is not None:
        return Locale("zh", (from_code or "tw") if written_traditional else None)
    if script == "hant":
        return Locale("zh", from_code or "tw")
    if script == "hans":
        return Locale("zh")
    return Locale("zh", from_code)


# -- Chinese scripts ---------------------------------------------------------------------------
_OPENCC_LOCK = threading.Lock()
_BUILD_LOCK = threading.Lock()
_CONVERTERS: dict[str, Any] = {}
TRADITIONAL_CONFIGS = ("s2twp", "s2tw", "s2hk")
"""Built when first needed: s2tw's phrase dictionary alone takes ~42 MB and ~0.2 s, and most
deployments never answer in Traditional characters (reading them, t2s, is ~3 MB)."""


def _opencc(config: str):  # -> opencc.OpenCC; one converter per config, built once
    converter = _CONVERTERS.get(config)
    if converter is None:
        with _BUILD_LOCK:  # a background warm-up and a reply must not build it twice
            converter = _CONVERTERS.get(config)
            if converter is None:
                import opencc

                converter = _CONVERTERS[config] = opencc.OpenCC(config)
    return converter


def warm_traditional() -> None:
    """Build the Simplified -> Traditional converters in a background thread, once: called when
    a partner is answered in Traditional Chinese, so that partner's replies do not wait for the
    build, while a bot without such partners never holds the dictionaries."""
    if all(config in _CONVERTERS for config in TRADITIONAL_CONFIGS) or _WARMING.is_set():
        return
    _WARMING.set()

    def build() -> None:
        for config in TRADITIONAL_CONFIGS:
            _opencc(config)

    threading.Thread(target=build, name="opencc-warm-up", daemon=True).start()


_WARMING = threading.Event()


def opencc_convert(text: str, config: str) -> str:
    """Convert Chinese script with an OpenCC configuration ("t2s", "s2tw", "s2hk")."""
    with _OPENCC_LOCK:  # the converter is not documented as thread-safe
        return _opencc(config).convert(text)


# Taiwan and Hong Kong quote with corner brackets (「橫店影視節」, 『』 inside), the mainland with
# curly quotes; OpenCC converts characters only, so the quotes are swapped here.
TRADITIONAL_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


# Mainland phrases Taiwan words differently that OpenCC's s2twp does not know (Simplified in,
# Simplified out, then converted): "add to calendar" is 加入行事曆 on a Taiwanese phone.
TAIWAN_PHRASES = {"添加到日历": "加入行事历", "添加到您的日历": "加入您的行事历"}
# Words s2twp's phrase table (tuned for software) misreads in film-business text: 类型 (genre)
# is not 型別 (data type), 发布 (launch) not 釋出 (software release), 适用对象 (who qualifies)
# not 物件, 进程 (process of globalisation) not 程序, 连接 (connect people) not 連線, 区域 after
# 部分 not 分割槽, a country's letter code not 程式碼, a brand name not cut. These keep
# character conversion (s2tw); every other word gets Taiwan's.
TAIWAN_KEEP_CHARACTERS = ("类型", "发布", "对象", "参数", "进程", "区域", "连接", "权限",
                          "字母代码", "欧莱雅")
_TAIWAN_PHRASE = re.compile("|".join(map(re.escape, sorted(TAIWAN_PHRASES, key=len, reverse=True))))


@functools.cache
def _taiwan_keep() -> re.Pattern[str]:
    """The kept words in Simplified and in their Traditional characters (全部類型 stays 全部類型):
    a reply converted twice on its way out (a button's answer, then its sending) must not
    have s2twp turn the already-converted 類型 into 型別 the second time."""
    words = {w for word in TAIWAN_KEEP_CHARACTERS for w in (word, opencc_convert(word, "s2tw"))}
    return re.compile("(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")


def to_taiwan(text: str) -> str:
    """Simplified -> Traditional as written in Taiwan: s2twp's words (聯絡, 選單, 點選, 資訊,
    程式碼), our `TAIWAN_PHRASES`, and `TAIWAN_KEEP_CHARACTERS` converted character by character.
    Converting its own output again changes nothing."""
    text = _TAIWAN_PHRASE.sub(lambda m: TAIWAN_PHRASES[m.group()], text)
    pieces = _taiwan_keep().split(text)  # odd positions are the kept words
    return "".join(opencc_convert(piece, "s2tw" if i % 2 else "s2twp")
                   for i, piece in enumerate(pieces) if piece)


def to_traditional(text: str, variant: Variant | None = "tw") -> str:
    """Simplified -> Traditional: "tw" as Taiwan writes it (`to_taiwan`), "hk" in Hong Kong's
    character forms, with the corner-bracket quotes both write. (Reading Traditional input is
    `core.text.to_simplified`.)"""
    if variant is None:
        return text
    converted = opencc_convert(text, "s2hk") if variant == "hk" else to_taiwan(text)
    return converted.translate(TRADITIONAL_QUOTES)


# -- interface texts -------------------------------------------------------------------------
@dataclass(frozen=True)
class Catalogue:
    """One language's compiled messages and which of them have plural forms."""

    translations: gettext.GNUTranslations
    plurals: dict[str, str]  # msgid -> msgid_plural
    ids: frozenset[str]
    # Every entry's text(s) (`messages`) is not kept: the translations hold the texts the bot
    # shows, and a second copy of every language's texts only served the tests (issue 10).


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


CATALOGUE_CACHE = "catalogue.{lang}.json"
_catalogues: dict[str, Catalogue] = {}
_catalogues_lock = threading.Lock()


def catalogue(lang: Lang) -> Catalogue:
    """Read `messages.po`, compile it in memory (Babel) and load it with `gettext`, once per
    process (`warm_catalogues` may read it compiled from the bot's data folder instead)."""
    with _catalogues_lock:
        if lang not in _catalogues:
            _catalogues[lang] = _compiled(lang, None)
        return _catalogues[lang]


def _compiled(lang: Lang, cache_dir: Path | None) -> Catalogue:
    """The catalogue of `lang`, from `cache_dir` when its .po file and this module are the ones
    it was compiled from, else compiled (and, with `cache_dir`, kept there for the next start:
    Babel's .po parser took ~20 ms of CPU a language at every start)."""
    source = po_path(lang).read_bytes()
    key = hashlib.sha256(source + b"\0" + Path(__file__).read_bytes()).hexdigest()
    cached = cache_dir / CATALOGUE_CACHE.format(lang=lang) if cache_dir else None
    if cached is not None and cached.exists():
        try:  # plain JSON we wrote; anything odd means compiling again, never an error
            doc = json.loads(cached.read_text("utf-8"))
            if doc["key"] == key:
                return Catalogue(gettext.GNUTranslations(io.BytesIO(base64.b64decode(doc["mo"]))),
                                 dict(doc["plurals"]), frozenset(doc["ids"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass
    mo, cat, _forms = _compile(lang, source)
    if cached is not None:
        doc = {"key": key, "mo": base64.b64encode(mo).decode("ascii"), "plurals": cat.plurals,
               "ids": sorted(cat.ids)}
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_name(cached.name + ".tmp")
            tmp.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
            os.replace(tmp, cached)
        except OSError:  # a folder we cannot write is only a slower start
            pass
    return cat


def _compile(lang: Lang, source: bytes) -> tuple[bytes, Catalogue, dict[str, tuple[str, ...]]]:
    """The .po text compiled: its .mo bytes, the catalogue loaded from them and every entry's
    text(s) (msgid -> its text; plural entries: every form)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    po = read_po(io.BytesIO(source), locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, po, use_fuzzy=False)
    plurals = {m.id[0]: m.id[1] for m in po if m.id and isinstance(m.id, tuple)}
    # Only entries with a translation count: an empty msgstr falls back to English.
    ids = frozenset(m.id[0] if isinstance(m.id, tuple) else m.id for m in po
                    if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple)
                                                    else (m.string,)))
    forms = {(m.id[0] if isinstance(m.id, tuple) else m.id):
             (m.string if isinstance(m.string, tuple) else (m.string,)) for m in po if m.id}
    buf.seek(0)
    return buf.getvalue(), Catalogue(gettext.GNUTranslations(buf), plurals, ids), forms


TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"


def template_text() -> str:
    """The translators' template (`core/locale/messages.pot`) as it should read: every entry of
    the English catalogue — its symbolic msgid, plural id, its English text(s) as `#. en:`
    comments and any other note — with empty msgstr. Built from the English .po, the catalogue every new key is added to first, so the
    template cannot fall behind it (`make pot` writes it; tests compare the file with this)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    english = read_po(io.BytesIO(po_path("en").read_bytes()), locale="en", domain=DOMAIN)
    header = [line for line in english.header_comment.splitlines() if line.strip("# ")]
    pot = Catalog(domain=DOMAIN, project="hisda-partner-bot", version="VERSION",
                  copyright_holder=None, msgid_bugs_address="",
                  last_translator="HISDA staff", language_team="HISDA",
                  creation_date=english.creation_date, fuzzy=False,
                  header_comment="\n".join(line.replace("(en)", "(template)") for line in header)
                  + "\n#")
    for m in english:
        if not m.id:
            continue
        forms = m.string if isinstance(m.string, tuple) else (m.string,)
        # The English text itself, not a comment someone may have forgotten to update.
        shown = [f.replace("\n", "\\n") for f in forms]  # a comment is one logical line
        english_comments = [f"en: {shown[0]}"] + [f"en plural: {f}" for f in shown[1:]]
        notes = [c for c in m.auto_comments if not c.startswith("en")]
        pot.add(m.id, "" if not isinstance(m.id, tuple) else ("",) * len(forms),
                auto_comments=english_comments + notes, flags=m.flags - {"fuzzy"})
    buf = io.BytesIO()
    write_po(buf, pot, width=100, omit_header=False, sort_output=False)
    return buf.getvalue().decode("utf-8")


def write_template(path: Path = TEMPLATE) -> int:
    """Write `template_text()` to `path`; the number of entries written."""
    text = template_text()
    path.write_text(text, "utf-8")
    return text.count("\nmsgid ") - 1  # minus the header's empty msgid


def messages(lang: Lang) -> dict[str, tuple[str, ...]]:
    """Every entry of a catalogue: key -> its text(s) (one, or each plural form). Read from the
    .po when asked (the tests ask; the bot does not): not kept beside the catalogue."""
    return _compile(lang, po_path(lang).read_bytes())[2]


def warm_catalogues(cache_dir: Path | None = None) -> None:
    """Compile every catalogue (read compiled from `cache_dir` when unchanged, e.g. the bot's
    data folder) and build the OpenCC converter that reads Traditional Chinese, e.g. at
    start-up (writing it: `warm_traditional`)."""
    for lang in LANGS:
        with _catalogues_lock:
            if lang not in _catalogues:
                _catalogues[lang] = _compiled(lang, cache_dir)
    _opencc("t2s")


def has_text(key: str, lang: Lang = DEFAULT_LANG) -> bool:
    return key in catalogue(lang).ids


# The fields of interface texts that hold a count (formatted as the language writes numbers)
COUNT_FIELDS = frozenset({"n", "count", "sent", "failed", "blocked", "skipped", "remaining", "total", "done"})


# Spanish-only fields a catalogue text may use beside `{name}`, filled from the name's head noun
# (`core.spanish_articles.article_fields`): "{El}<b>{name}</b> {lo} organiza {who}."
ARTICLE_FIELDS = frozenset({"el", "El", "del", "al", "lo", "o"})
_ARTICLE_FIELD = re.compile(r"\{(?:el|El|del|al|lo|o)\}")
# "se realiza en {venue}": a venue that is a record's name headed by a noun takes its article
# ("en el Festival de Cine de Hengdian", "en los Sets internacionales…"); a proper name none
_EN_VENUE = re.compile(r"\ben \{venue\}")


def t(key: str, lang: Lang, **fields: object) -> str:
    """Interface text `key` in `lang` (English if that catalogue lacks it), `{fields}` filled in.

    Plural entries (e.g. "episodes") pick their form with `ngettext` from the field `n`, else
    `count`. Raises KeyError for a key no catalogue has (a typo should fail tests loudly).
    """
    for code in (lang, DEFAULT_LANG) if lang != DEFAULT_LANG else (lang,):
        cat = catalogue(code)
        if key not in cat.ids:
            continue
        if key in cat.plurals:
            count = fields.get("n", fields.get("count", 1))
            n = int(count)  # type: ignore[call-overload]
            text = cat.translations.ngettext(key, cat.plurals[key], n)
        else:
            text = cat.translations.gettext(key)
        if not fields:
            return text
        if code == "es" and _ARTICLE_FIELD.search(text):
            # "{El}<b>{name}</b> {lo} organiza…": the article the name (or set) takes
            from core.spanish_articles import article_fields
            fields = {**article_fields(str(fields.get("name", fields.get("set", "")))), **fields}
        if code == "es" and "venue" in fields and _EN_VENUE.search(text):
            from core.spanish_articles import article_fields
            venue = str(fields["venue"])
            fields = {**fields, "venue": article_fields(venue)["el"] + venue}
        # a decimal or a count filled in is written as the language writes numbers ("2,5",
        # "12.500" in Spanish; `core.i18n_format.format_number`); other whole numbers stay as
        # given, since ids are numbers too ("#1234" in a handoff post, a chat id)
        from core.i18n_format import format_number
        return text.format(**{name: format_number(value, lang) if isinstance(value, float) or (
            isinstance(value, int) and not isinstance(value, bool) and name in COUNT_FIELDS) else value
            for name, value in fields.items()})
    raise KeyError(key)


def plural_count(number: float, lang: Lang) -> int:
    """The `n` to give `t` for a decimal count: gettext's plural formulas take whole numbers,
    but CLDR (via Babel) gives 1.5 the plural form ("1.5 minutes") and 1 the singular; 1 when
    the count reads as singular in `lang`, else 2."""
    from babel import Locale as CldrLocale

    return 1 if CldrLocale.parse(lang).plural_form(number) == "one" else 2


def paren(text: str, lang: Lang) -> str:
    """A parenthetical note as each language writes it (" (x)", Chinese "（x）")."""
    return t("paren", lang, text=text)

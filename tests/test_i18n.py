"""One localisation layer: the catalogues, the one language decision, CLDR formatting, scripts."""

from __future__ import annotations

import string
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import get_args
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po
from babel.messages.extract import extract_from_dir
from icalendar import Calendar

from bot.commands import COMMANDS
from bot.features import staff_commands
from core.i18n import (
    ARTICLE_FIELDS,
    LANGS,
    Locale,
    catalogue,
    messages,
    partner_locale,
    t,
    traditional_variant,
)
from core.i18n_format import (
    format_date_range,
    format_event_time,
    format_list,
    format_offset,
    format_relative,
    zone_label,
)
from core.kb.schema import Event, Work
from core.store import Store, connect
from core.text import simplified_forms, to_simplified
from intents import privacy, programs
from intents.ics import event_ics
from intents.reply import Button, Document, Reply, in_script
from jobs.delivery import Recipient
from jobs.ledger import Origin
from jobs.render import Payload, recipient, render_announcement
from jobs.subscriptions import subscriptions_of

ROOT = Path(__file__).resolve().parent.parent
CODE = ("bot", "intents", "jobs", "core")
BEIJING, SEOUL = ZoneInfo("Asia/Shanghai"), ZoneInfo("Asia/Seoul")
STARTS = datetime(2027, 10, 16, 19, 30, tzinfo=BEIJING)
ENDS = datetime(2027, 10, 16, 22, 30, tzinfo=BEIJING)


def fields(text: str) -> set[str]:
    """The format fields a text fills, without the Spanish article fields `t` derives from
    `{name}` (core.i18n.ARTICLE_FIELDS)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name} - ARTICLE_FIELDS


# ------------------------------------------------------------------------------ catalogues


def test_every_key_is_translated_in_every_catalogue_with_the_same_placeholders() -> None:
    english = messages("en")
    for lang in LANGS:
        here = messages(lang)
        assert set(here) == set(english), (lang, set(here) ^ set(english))
        for key, forms in here.items():
            assert all(form.strip() for form in forms), (lang, key)
            wanted = fields(english[key][-1])
            for form in forms:
                # a singular form may say "an hour" instead of "{n} hours"
                assert fields(form) <= wanted and fields(form) | {"n", "count", "hours"} >= wanted, \
                    (lang, key, form)
            assert fields(forms[-1]) == wanted, (lang, key)
            if key in catalogue(lang).plurals:  # as many forms as the language has
                assert len(forms) == {"en": 2, "es": 2, "zh": 1, "ko": 1}[lang], (lang, key)


def test_plural_forms_follow_each_language() -> None:
    assert t("episodes", "en", n=1) == "1 episode" and t("episodes", "en", n=30) == "30 episodes"
    assert t("episodes", "es", n=1) == "1 episodio" and t("episodes", "es", n=2) == "2 episodios"
    assert t("episodes", "zh", n=1) == "共1集" and t("episodes", "ko", n=80) == "총 80부작"
    assert "(1 work)" in t("catalog_page", "en", about="", filter="", page=1, pages=1, count=1)


def test_extracted_messages_are_all_in_the_catalogues() -> None:
    """`pybabel extract -k t` over the code finds no text missing from the catalogues."""
    english = messages("en")
    found: dict[str, str] = {}
    for folder in CODE:
        for filename, lineno, msgid, _, _ in extract_from_dir(
                str(ROOT / folder), method_map=[("**.py", "python")], keywords={"t": None},
                comment_tags=()):
            found.setdefault(msgid, f"{folder}/{filename}:{lineno}")
    assert len(found) > 80
    missing = {msgid: where for msgid, where in found.items() if msgid not in english}
    assert not missing, missing


def test_the_translators_template_is_the_english_catalogue_emptied() -> None:
    """core/locale/messages.pot lists every key of the catalogues, with its English comment and
    no text: `make pot` rewrites it; a key added to the .po files without it fails here."""
    from core.i18n import TEMPLATE, template_text

    assert TEMPLATE.read_text("utf-8") == template_text(), "run `make pot`"
    pot = read_po(TEMPLATE.open("rb"))
    ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in pot if m.id}
    assert ids == set(messages("en"))
    assert all(not any(m.string if isinstance(m.string, tuple) else (m.string,)) for m in pot if m.id)
    assert all(any(c.startswith("en:") for c in m.auto_comments) for m in pot if m.id)


def test_keys_built_at_run_time_exist() -> None:
    """The few keys the extractor cannot see: built from a record's status or a command."""
    english = messages("en")
    families = {
        "cmd_": COMMANDS,
        "coproduction_": get_args(Work.model_fields["coproduction"].annotation),
        "status_": [s for s in get_args(Event.model_fields["status"].annotation)
                    if s != "scheduled"],
        "adm_source_": get_args(Origin),
        "staff_cmd_": sorted(staff_commands()),
        "audience_": [*sorted(programs._TRADES), "foreign"],  # whom a programme is asked for (intents.programs)
        "mydata_table_": sorted(set(privacy.NAMED.values())),  # /mydata's lines  # the staff /help (bot.features.staff_help)
    }
    for prefix, values in families.items():
        assert values, prefix
        for value in values:
            assert prefix + value in english, prefix + value


def test_missing_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        t("no_such_key", "es")


# ------------------------------------------------------------------------------ formatting

ISSUE_EXAMPLES = {
    "en": "Saturday, 16 October 2027, 19:30–22:30 (Beijing time)",
    "es": "sábado 16 de octubre de 2027, 19:30–22:30 (hora de Pekín)",
    "zh": "2027年10月16日（周六）19:30–22:30（北京时间）",
    "ko": "2027년 10월 16일 (토) 19:30~22:30 (베이징 시간)",
}


@pytest.mark.parametrize("lang", LANGS)
def test_event_time_reads_as_a_person_writes_it(lang: str) -> None:
    expected = ISSUE_EXAMPLES[lang]
    assert format_event_time(STARTS, ENDS, BEIJING, None, lang) == expected  # type: ignore[arg-type]
    # a partner in Beijing's offset sees it once
    assert format_event_time(STARTS, ENDS, BEIJING, ZoneInfo("Asia/Taipei"), lang) == \
        ISSUE_EXAMPLES[lang]  # type: ignore[arg-type]


def test_event_time_adds_the_partner_zone_when_it_differs() -> None:
    mexico = ZoneInfo("America/Mexico_City")
    assert format_event_time(STARTS, ENDS, BEIJING, mexico, "en") == \
        ISSUE_EXAMPLES["en"] + " — 5:30–8:30 in Mexico City"
    assert format_event_time(STARTS, ENDS, BEIJING, mexico, "es").endswith(
        "(hora de Pekín) — 5:30–8:30 en Ciudad de México")
    # another day there: the date is named too
    early = format_event_time(STARTS.replace(hour=6), ENDS.replace(hour=8), BEIJING,
                              ZoneInfo("America/Bogota"), "es")
    assert early.endswith("(hora de Pekín) — viernes 15 de octubre, 17:30–19:30 en Bogotá")


@pytest.mark.parametrize("lang,label", [("en", "Seoul time"), ("es", "hora de Seúl"),
                                        ("zh", "首尔时间"), ("ko", "서울 시간")])
def test_a_seoul_event_is_in_seoul_time_never_beijing_time(lang: str, label: str) -> None:
    starts = datetime(2027, 11, 5, 14, 0, tzinfo=SEOUL)
    text = format_event_time(starts, None, SEOUL, None, lang)  # type: ignore[arg-type]
    assert label in text and zone_label(BEIJING, lang) not in text  # type: ignore[arg-type]
    assert "14:00" in text


def test_multi_day_events_name_both_days_and_the_year_once() -> None:
    ends = datetime(2027, 10, 18, 22, 0, tzinfo=BEIJING)
    assert format_event_time(STARTS, ends, BEIJING, None, "en") == \
        "Saturday, 16 October 2027, 19:30 – Monday, 18 October, 22:00 (Beijing time)"
    assert format_event_time(STARTS, ends, BEIJING, None, "es") == \
        "sábado 16 de octubre de 2027, 19:30, hasta el lunes 18 de octubre, 22:00 (hora de Pekín)"
    assert format_event_time(STARTS, ends, BEIJING, None, "zh") == \
        "2027年10月16日（周六）19:30至10月18日（周一）22:00（北京时间）"
    assert format_event_time(STARTS, ends, BEIJING, None, "ko") == \
        "2027년 10월 16일 (토) 19:30 ~ 10월 18일 (월) 22:00 (베이징 시간)"
    new_year = datetime(2028, 1, 2, 10, 0, tzinfo=BEIJING)  # across years: both years named
    assert "2028年1月2日" in format_event_time(STARTS, new_year, BEIJING, None, "zh")
    assert format_date_range(STARTS.date(), ends.date(), "es") == "16–18 de octubre de 2027"


def test_lists_relative_times_and_offsets_come_from_cldr() -> None:
    assert format_list(["a", "b", "c"], "en") == "a, b and c"
    assert format_list(["a", "b", "c"], "es") == "a, b y c"
    assert format_list(["a", "b", "c"], "zh") == "a、b和c"
    assert format_list(["a", "b", "c"], "ko") == "a, b, c"
    assert format_relative(timedelta(minutes=30), "es") == "dentro de 30 minutos"
    assert format_relative(timedelta(days=3), "en") == "in 3 days"
    assert format_relative(timedelta(hours=24), "ko") == "내일"
    assert format_offset(120, "en") == "2 hours before"
    assert format_offset(60, "es") == "una hora antes"
    with pytest.raises(ValueError):
        format_event_time(STARTS.replace(tzinfo=None), None, BEIJING, None, "en")


# ------------------------------------------------------------------------------ one decision


def profile(**kw: object) -> dict[str, object]:
    return {"language": None, "chat_lang": None, "language_code": None, "zh_script": None, **kw}


def test_the_choice_holds_then_the_written_language_then_the_conversation() -> None:
    p = profile(language="es", chat_lang="ko", language_code="en-US")
    assert partner_locale(p, written="zh").lang == "es"  # asked for Spanish: it holds
    assert partner_locale(p, written="zh", asked="en").lang == "en"  # until they ask otherwise
    never_chose = profile(chat_lang="ko", language_code="en-US")
    assert partner_locale(never_chose, written="zh").lang == "zh"
    assert partner_locale(never_chose).lang == "ko"  # a button under a Korean answer
    assert partner_locale(profile(language="es", language_code="en")).lang == "es"
    assert partner_locale(profile(language_code="ko-KR")).lang == "ko"
    assert partner_locale(None).lang == "en"
    assert partner_locale(profile(language_code="ja")).lang == "en"


def test_broadcasts_follow_the_choice_else_the_language_they_write_in() -> None:
    chose = profile(language="es", chat_lang="ko", language_code="en")
    assert partner_locale(chose, broadcast=True).lang == "es"
    never_chose = profile(chat_lang="ko", language_code="en")
    assert partner_locale(never_chose, broadcast=True).lang == "ko"
    assert partner_locale(profile(language_code="es-MX"), broadcast=True).lang == "es"


def test_traditional_chinese_from_telegram_or_from_what_they_write() -> None:
    assert [traditional_variant(c) for c in ("zh-TW", "zh-hant", "zh-HK", "zh-MO", "zh-CN",
                                             "zh", "en")] == ["tw", "tw", "hk", "hk", None, None,
                                                              None]
    assert partner_locale(profile(language_code="zh-TW")) == Locale("zh", "tw")
    assert partner_locale(profile(language_code="zh-HK")) == Locale("zh", "hk")
    assert partner_locale(profile(language_code="zh-CN")) == Locale("zh")
    # what they write beats Telegram's setting, and is remembered
    assert partner_locale(profile(language_code="zh-TW"), written="zh",
                          written_traditional=False) == Locale("zh")
    assert partner_locale(profile(language_code="en"), written="zh",
                          written_traditional=True) == Locale("zh", "tw")
    assert partner_locale(profile(chat_lang="zh", zh_script="hant")) == Locale("zh", "tw")
    assert partner_locale(profile(chat_lang="zh", zh_script="hans",
                                  language_code="zh-TW")) == Locale("zh")
    assert not partner_locale(profile(chat_lang="ko", zh_script="hant")).traditional


def test_traditional_readers_get_corner_bracket_quotes() -> None:
    """Taiwan and Hong Kong quote with 「」 (『』 inside); “” is the mainland's. The knowledge
    files and catalogues are written once in Simplified, so the conversion swaps the quotes too."""
    said = "“三个一”战略：‘10国’"
    assert Locale("zh", "tw").convert(said) == "「三個一」戰略：『10國』"
    assert Locale("zh", "hk").convert(said).startswith("「三個一」")
    assert Locale("zh").convert(said) == said


def test_traditional_input_is_read_as_simplified() -> None:
    assert to_simplified("片單裡有喜劇嗎？") == ("片单里有喜剧吗？", True)
    assert to_simplified("片单里有喜剧吗？") == ("片单里有喜剧吗？", False)
    # characters both scripts write tell nothing: the remembered script stands
    assert to_simplified("第二部呢？") == ("第二部呢？", None)
    assert to_simplified("我想跟真人聊") == ("我想跟真人聊", None)  # 真: not 眞's Simplified only
    assert to_simplified("hello") == ("hello", None)


def test_simplified_only_characters_are_fresh_from_opencc() -> None:
    import opencc
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    s2tw, s2hk = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")
    block = [chr(c) for c in range(0x4E00, 0xA000)]
    converted = t2s.convert("\n".join(block)).split("\n")
    now = {s for t, s in zip(block, converted, strict=True)
           if s != t and len(s) == 1 and s2t.convert(s) != s
           and s2tw.convert(s) != s and s2hk.convert(s) != s}
    assert simplified_forms() == frozenset(now)


def test_characters_taiwan_or_hong_kong_write_do_not_turn_a_traditional_reader_simplified() -> None:
    """台 (台北, 平台), 吃, 床, 温, 群 are written in Taiwan or Hong Kong as well: "我在台北" from a
    Traditional reader tells nothing, and their replies stay Traditional."""
    hant = profile(chat_lang="zh", zh_script="hant", language_code="zh-TW")
    for said in ("我在台北", "吃的呢？", "我们在台北"):
        _, flag = to_simplified(said)
        expected = Locale("zh") if "们" in said else Locale("zh", "tw")
        assert partner_locale(hant, written="zh", written_traditional=flag) == expected, said


def test_a_traditional_reader_keeps_traditional_on_a_follow_up_both_scripts_share() -> None:
    hant = profile(chat_lang="zh", zh_script="hant", language_code="zh-TW")
    _, flag = to_simplified("地址呢？")
    assert partner_locale(hant, written="zh", written_traditional=flag) == Locale("zh", "tw")
    _, flag = to_simplified("我们想要地址")
    assert partner_locale(hant, written="zh", written_traditional=flag) == Locale("zh")
    assert to_simplified("any comedies?") == ("any comedies?", None)


def test_the_whole_reply_is_converted_in_one_place() -> None:
    reply = Reply(text="<b>片单</b>里有喜剧", lang="zh",
                  buttons=[[Button(label="📚 合作片单", data="v1|cat")]], toast="提醒已设置",
                  document=Document(filename="x.ics", content=b"", caption="添加到日历"))
    shown = in_script(reply, Locale("zh", "tw"))
    assert shown.text == "<b>片單</b>裡有喜劇"
    assert shown.buttons[0][0].label == "📚 合作片單" and shown.buttons[0][0].data == "v1|cat"
    assert shown.toast == "提醒已設定"  # Taiwan's word, not 設置
    assert shown.document.caption == "加入行事曆"  # type: ignore[union-attr]
    assert in_script(reply, Locale("zh")) is reply
    english = reply.model_copy(update={"lang": "en"})
    assert in_script(english, Locale("zh", "tw")) is english


# ------------------------------------------------------------------------------ .ics


def ics_status(**kw: object) -> str:
    data = {"id": "ev", "source": "public", "name": {"en": "E"}, "description": {"en": "D"},
            "starts": STARTS, **kw}
    cal = Calendar.from_ical(event_ics(Event.model_validate(data), "en",
                                       datetime(2027, 1, 1, tzinfo=UTC)))
    return str(next(iter(cal.walk("VEVENT")))["STATUS"])


def test_ics_is_confirmed_only_when_the_date_is() -> None:
    assert ics_status() == "CONFIRMED"
    assert ics_status(status="proposed") == "TENTATIVE"
    assert ics_status(source="sample") == "TENTATIVE"  # placeholder date to confirm
    assert ics_status(status="cancelled", source="sample") == "CANCELLED"


def test_recurrence_is_localized_and_legacy_strings_still_load() -> None:
    data = {"id": "ev", "source": "public", "name": {"en": "E"}, "description": {"en": "D"},
            "starts": STARTS}
    legacy = Event.model_validate({**data, "recurrence": "every October"})
    assert legacy.recurrence is not None and legacy.recurrence.get("es") == "every October"
    both = Event.model_validate({**data, "recurrence": {"en": "every October",
                                                        "es": "cada octubre"}})
    assert both.recurrence is not None and both.recurrence.get("es") == "cada octubre"


# ------------------------------------------------------------------------------ stored, and broadcasts


def test_old_databases_gain_the_script_column_and_broadcasts_follow_the_partner(
        tmp_path: Path) -> None:
    db = connect(tmp_path / "bot.db")
    db["profiles"].create({"chat_id": int, "user_id": int, "first_name": str, "language": str,
                           "language_code": str, "timezone": str, "country": str,
                           "first_seen": str, "last_seen": str, "active": int,
                           "inactive_reason": str}, pk="chat_id")
    db["profiles"].insert({"chat_id": 7, "language_code": "en-US", "active": 1})
    store = Store(db)
    assert {"chat_lang", "zh_script"} <= set(db["profiles"].columns_dict)
    ledger = subscriptions_of(store)
    ledger.subscribe(7, "events")

    def broadcast_recipient() -> Recipient:
        return recipient(ledger.subscribers(["events"])[7])

    assert broadcast_recipient().lang == "en"
    store.set_chat_lang(7, "zh")  # they write to us in Traditional Chinese...
    store.set_zh_script(7, "hant")
    assert (broadcast_recipient().lang, broadcast_recipient().variant) == ("zh", "tw")
    ann = Payload(id="a", text={"en": "New titles", "zh": "片单上新"},  # type: ignore[arg-type]
                  audience={"topics": ["events"]})  # type: ignore[arg-type]
    out = render_announcement(ann, broadcast_recipient())
    assert out.text == "片單上新" and out.buttons[-1][0].label == "🔕 退訂"
    store.set_language(7, "es")  # ...until they choose a language with /language
    store.set_chat_lang(7, "ko")
    assert broadcast_recipient().lang == "es"
    # replies and buttons follow the choice too, whatever they write, until they ask otherwise
    assert store.profile(7).locale.lang == "es"  # type: ignore[union-attr]


def test_every_store_fault_has_a_staff_text_in_every_language() -> None:
    """The database notice names the fault in the staff chat's language (BOT_STAFF_LANG)."""
    from bot.app import fault_name
    from core.store import FAULT_CODES

    for fault in set(FAULT_CODES.values()):
        assert fault_name(fault, "en") == fault
        for lang in ("es", "zh", "ko"):
            assert fault_name(fault, lang) not in ("", fault), (fault, lang)
    assert fault_name("something new", "es") == "something new"
    notice = t("staff_store_unavailable", "ko", path="var/bot.db", fault=fault_name("locked", "ko"),
               since="10:00:00", n=3)
    assert "잠김" in notice and "3건" in notice


@pytest.mark.parametrize("simplified, taiwan", [
    ("📅 添加到日历", "📅 加入行事曆"),  # a phrase OpenCC does not know: our table
    ("需要时请联系我们，或点击下方菜单", "需要時請聯絡我們，或點選下方選單"),  # s2twp's words
    ("复制这段代码", "複製這段程式碼"),
    ("科幻、喜剧等类型", "科幻、喜劇等類型"),  # genre, not a data type (型別)
    ("适用对象：部分区域的剧组", "適用對象：部分區域的劇組"),  # not 物件 / 分割槽
    ("计划的发布是全球化进程中的一步", "計劃的發佈是全球化進程中的一步"),  # not 釋出 / 程序
])
def test_taiwan_reads_its_own_words(simplified: str, taiwan: str) -> None:
    from core.i18n import to_traditional

    assert to_traditional(simplified, "tw") == taiwan



def test_catalogue_cache_is_the_compiled_catalogue_and_is_keyed_by_its_po(tmp_path) -> None:
    import json

    from core import i18n

    compiled = i18n._compiled("es", tmp_path)  # compiles the .po and keeps it
    cache = tmp_path / i18n.CATALOGUE_CACHE.format(lang="es")
    read = i18n._compiled("es", tmp_path)
    assert (read.plurals, read.ids) == (compiled.plurals, compiled.ids)
    assert read.translations._catalog == compiled.translations._catalog  # gettext's own table
    stale = json.loads(cache.read_text("utf-8"))
    stale["key"], stale["ids"] = "0" * 64, []
    cache.write_text(json.dumps(stale), "utf-8")
    assert i18n._compiled("es", tmp_path).ids == compiled.ids  # another key: compiled again


def test_catalogue_keeps_no_second_copy_of_the_texts() -> None:
    """Issue 10: the resident catalogue holds gettext's table, the plural ids and the translated
    ids only; `messages` (tests) reads every entry's text(s) from the .po when asked."""
    import dataclasses

    from core import i18n

    assert [f.name for f in dataclasses.fields(i18n.Catalogue)] == ["translations", "plurals", "ids"]
    es = i18n.messages("es")
    cat = i18n.catalogue("es")
    assert set(cat.ids) <= set(es)
    for key in sorted(cat.ids)[:200]:
        if key not in cat.plurals:
            assert (cat.translations.gettext(key),) == es[key]

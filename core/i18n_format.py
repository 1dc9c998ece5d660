"""Dates, times, ranges, lists and relative times as a reader of each language writes them.

Month and weekday names, list conjunctions and relative-time words come from CLDR through
Babel; the few joining patterns ("{date}, {time}", "hora de {city}") are catalogue texts.
Every function takes aware datetimes (naive ones raise ValueError) and one of our `Lang`s;
Traditional Chinese is produced later by converting the Simplified result (`Locale.convert`).

    >>> format_event_time(starts, ends, ZoneInfo("Asia/Shanghai"),
    ...                   ZoneInfo("America/Mexico_City"), "es")
    'sábado, 16 de octubre de 2027, 19:30–22:30 (hora de Pekín) — 05:30–08:30 en Ciudad de México'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale as BabelLocale
from babel.dates import format_date as _babel_date
from babel.dates import format_interval, format_skeleton, format_timedelta, get_timezone_location
from babel.lists import format_list as _babel_list

from core.i18n import Lang, t

# Which CLDR locale writes each of our languages: day-month English, Latin-American Spanish.
CLDR: dict[Lang, str] = {"en": "en_GB", "es": "es_419", "zh": "zh_Hans_CN", "ko": "ko_KR"}
# Full dates with the weekday, as CLDR patterns (names come from CLDR): "Saturday, 16 October
# 2027", "sábado 16 de octubre de 2027", "2027年10月16日（周六）", "2027년 10월 16일 (토)".
# Spanish without CLDR's comma after the weekday: the date sits inside sentences ("es el
# sábado 16 de octubre"), where a native writer puts none.
FULL_DATE: dict[Lang, str] = {"en": "EEEE, d MMMM y", "es": "EEEE d 'de' MMMM 'de' y",
                              "zh": "y年M月d日（E）", "ko": "y년 M월 d일 (E)"}
# Without the year, for the partner's own date when it differs from the event's. Spanish in
# full ("miércoles 10 de marzo"): CLDR's "mié 10 de mar" is no way a native writes it in a sentence.
SHORT_DATE: dict[Lang, str] = {"en": "EEE d MMM", "es": "EEEE d 'de' MMMM", "zh": "M月d日（E）",
                               "ko": "M월 d일 (E)"}
# The last day of a span within one year: the full date without the year, which the first day
# already names ("2027年10月14日（周四）09:00至10月18日（周一）22:00", not the year twice).
SAME_YEAR_END: dict[Lang, str] = {"en": "EEEE, d MMMM", "es": "EEEE d 'de' MMMM",
                                  "zh": "M月d日（E）", "ko": "M월 d일 (E)"}
# One zone for all of China: people say "Beijing time", whatever the IANA name.
CHINA_ZONES = {"Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "PRC",
               "Asia/Chungking"}


def cldr(lang: Lang) -> BabelLocale:
    return BabelLocale.parse(CLDR[lang])


def _aware(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime; pass an aware one")
    return dt


def format_date(day: date | datetime, lang: Lang, *, year: bool = True) -> str:
    """"Saturday, 16 October 2027" / "sábado 16 de octubre de 2027" / "2027年10月16日（周六）" /
    "2027년 10월 16일 (토)"; `year=False` for the short form ("Sat 16 Oct")."""
    pattern = FULL_DATE[lang] if year else SHORT_DATE[lang]
    return _babel_date(day.date() if isinstance(day, datetime) else day, pattern, locale=CLDR[lang])


def format_time(dt: datetime, lang: Lang) -> str:
    """24-hour "19:30", "9:00" in every language (how our partners' industry writes call times,
    and how the knowledge writes office hours: "de 9:00 a 17:30", "월~금 9:00~17:30")."""
    dt = _aware(dt)
    return f"{dt.hour}:{dt.minute:02d}"


def format_datetime(dt: datetime, lang: Lang) -> str:
    """Date and time in the datetime's own zone: "Saturday, 16 October 2027, 19:30"."""
    return t("date_time", lang, date=format_date(_aware(dt), lang), time=format_time(dt, lang))


def format_time_range(start: datetime, end: datetime, lang: Lang) -> str:
    """"19:30–22:30" (Korean "19:30~22:30"), both in `start`'s zone."""
    end = _aware(end).astimezone(_aware(start).tzinfo)
    return t("time_range", lang, start=format_time(start, lang), end=format_time(end, lang))


def format_date_range(start: date, end: date, lang: Lang) -> str:
    """"14–18 October 2027" / "2027年10月14日至18日" (CLDR interval format)."""
    return format_interval(start, end, "yMMMMd", locale=CLDR[lang])


# Cities whose CLDR name in a language is the former one (Korean "랑군", "사이공", "키예프"):
# the name people there write now
_MODERN_CITY: dict[str, dict[str, str]] = {
    "ko": {"Asia/Yangon": "양곤", "Asia/Ho_Chi_Minh": "호찌민", "Europe/Kyiv": "키이우"},
    "es": {"Asia/Yangon": "Rangún"},
}


def zone_city(tz: ZoneInfo, lang: Lang) -> str:
    """The place a zone is named after, in `lang`: "Pekín" for China, "Seúl", "首尔",
    "Ciudad de México"; a UTC offset such as "GMT-05:00" for Etc/ zones."""
    if tz.key in CHINA_ZONES:
        return t("zone_city_beijing", lang)
    if tz.key.startswith("Etc/") or tz.key in ("UTC", "GMT"):
        from babel.dates import get_timezone_gmt

        return get_timezone_gmt(datetime.now(tz), locale=CLDR[lang])
    if (modern := _MODERN_CITY.get(lang, {}).get(tz.key)) is not None:
        return modern
    city = get_timezone_location(tz, locale=CLDR[lang], return_city=True)
    # (CLDR files some cities under tzdata's former name: "仰光" under Asia/Rangoon, not Asia/Yangon)
    if not (cldr(lang).time_zones.get(tz.key) or {}).get("city"):
        from babel.core import get_global

        aliases = get_global("zone_aliases")
        canonical = aliases.get(tz.key, tz.key)
        if (modern := _MODERN_CITY.get(lang, {}).get(canonical)) is not None:
            return modern
        former = [old for old, now in aliases.items() if now == canonical]
        city = next((found for old in former if (found := (cldr(lang).time_zones.get(old) or {}).get("city"))), city)
    if "/" in city:  # CLDR knows "America/Buenos_Aires", not tzdata's "America/Argentina/..."
        parts = tz.key.split("/")
        short = f"{parts[0]}/{parts[-1]}"
        data = cldr(lang).time_zones.get(short) or {}
        city = data.get("city") or parts[-1].replace("_", " ")
    if lang in ("zh", "ko") and city.isascii():
        # Babel reads a renamed zone's exemplar city under its new key ("Asia/Yangon"), which CLDR
        # files under the old one ("Asia/Rangoon": 仰光, 양곤): a Chinese reply names 仰光, not "Yangon"
        from babel.core import get_global

        aliases = get_global("zone_aliases")
        keys = {tz.key, aliases.get(tz.key, tz.key)}
        keys |= {old for old, new in aliases.items() if new in keys}
        city = next((named for key in sorted(keys) if (named := (cldr(lang).time_zones.get(key) or {}).get("city"))),
                    city)
    return city


def zone_label(tz: ZoneInfo, lang: Lang) -> str:
    """"Beijing time" / "hora de Seúl" / "首尔时间" / "서울 시간"."""
    return t("zone_time", lang, city=zone_city(tz, lang))


def _span(starts: datetime, ends: datetime | None, lang: Lang, *, year: bool = True) -> str:
    """Date and times of one span in starts' zone (ends converted to it)."""
    if ends is None:
        return t("date_time", lang, date=format_date(starts, lang, year=year),
                 time=format_time(starts, lang))
    ends = ends.astimezone(starts.tzinfo)
    if ends.date() == starts.date():
        return t("date_time", lang, date=format_date(starts, lang, year=year),
                 time=format_time_range(starts, ends, lang))
    end_day = _babel_date(ends.date(), SAME_YEAR_END[lang], locale=CLDR[lang]) \
        if year and ends.year == starts.year else format_date(ends, lang, year=year)
    return t("range_multiday", lang,
             start=t("date_time", lang, date=format_date(starts, lang, year=year),
                     time=format_time(starts, lang)),
             end=t("date_time", lang, date=end_day, time=format_time(ends, lang)))


def format_event_time(starts: datetime, ends: datetime | None, event_tz: ZoneInfo,
                      user_tz: ZoneInfo | None, lang: Lang, asked: bool = False, city: str | None = None,
                      more: Sequence[tuple[ZoneInfo, str]] = ()) -> str:
    """When an event happens, in the event's own zone, then in the partner's when it differs.

    "Saturday, 16 October 2027, 19:30–22:30 (Beijing time) — 05:30–08:30 in Mexico City";
    the partner's part names the date too when it is another day there. `user_tz=None`
    (zone unknown) or the same offset as the event shows the event's zone only, unless the
    partner `asked` for that city's time ("台北时间几点？": the same hours, said for Taipei).
    `city` names the partner's place as they wrote it ("Quito", not the zone's Guayaquil);
    `more` are other places (zone, name) named with theirs ("we're in Accra and Honolulu"), whose
    hours follow ("— 12:00–13:00 in Accra; 2:00–3:00 in Honolulu").
    """
    local = _aware(starts).astimezone(event_tz)
    local_end = ends.astimezone(event_tz) if ends else None
    span, zone = _span(local, local_end, lang), zone_label(event_tz, lang)
    if user_tz is None or user_tz.key == event_tz.key or (
            not asked and local.utcoffset() == starts.astimezone(user_tz).utcoffset()):
        return t("in_zone", lang, when=span, zone=zone)
    if local.utcoffset() == starts.astimezone(user_tz).utcoffset() and (
            ends is None or local_end is None or local_end.utcoffset() == ends.astimezone(user_tz).utcoffset()):
        # "換成台北時間是幾點": the same clock there, said so (not the same hours written twice)
        return t("in_zone_same", lang, when=span, zone=zone, city=city or zone_city(user_tz, lang))
    when = _hours_there(local, starts, ends, user_tz, lang)
    others = [t("also_in_zone", lang, also=_hours_there(local, starts, ends, tz, lang), city=name)
              for tz, name in more if tz.key not in (event_tz.key, user_tz.key)]
    if others:
        return t("in_zones_more", lang, when=span, zone=zone, also=when, city=city or zone_city(user_tz, lang),
                 more=t("zones_separator", lang).join(others))
    return t("in_zones", lang, when=span, zone=zone, also=when, city=city or zone_city(user_tz, lang))


def _hours_there(local: datetime, starts: datetime, ends: datetime | None, user_tz: ZoneInfo, lang: Lang) -> str:
    """The hours of an event in `user_tz`, with the date when it is another day there than `local`."""
    mine = starts.astimezone(user_tz)
    mine_end = ends.astimezone(user_tz) if ends else None
    if mine.date() == local.date() and (mine_end is None or mine_end.date() == mine.date()):
        return format_time_range(mine, mine_end, lang) if mine_end else format_time(mine, lang)
    return _span(mine, mine_end, lang, year=False)




def format_list(items: Sequence[str], lang: Lang, style: str = "standard") -> str:
    """"a, b and c" / "a, b y c" / "a、b和c" / "a, b, c" (CLDR list patterns); "or" lists
    with `style="or"`.

    Two cases CLDR's "and" pattern does not serve a reader:
    - an item that holds the conjunction itself ("Riverside and bridges", "Murallas y puertas")
      would run into the next one ("…Riverside and bridges and Mansion"): the items are then
      joined with the list's middle pattern only ("Garden, City walls and gates, Battlefield");
    - Korean "및" is a form's word: a chat lists with commas ("한국어, 중국어, 영어") and joins
      two with 와/과 after a Hangul syllable ("한국어와 영어").
    """
    items = list(items)
    if not items:
        return ""
    if style == "standard" and len(items) > 1:
        patterns = cldr(lang).list_patterns["standard"]
        word = patterns["end"].replace("{0}", "").replace("{1}", "").strip(" ,、")
        if lang == "ko":
            first = _BOLD.sub("", items[0])  # ("<b>명청궁원</b>과": the particle follows the name, not its tag)
            if len(items) == 2 and HANGUL.match(first[-1:]):
                last = ord(first[-1]) - 0xAC00
                return f"{items[0]}{'과' if last % 28 else '와'} {items[1]}"
            return ", ".join(items)
        # (a name in bold is read as one: "<b>Palace of the Ming and Qing Dynasties</b> and <b>Yuanming
        # New Garden</b>", not "…Dynasties, Yuanming New Garden", which reads as a list cut short; play31)
        if word and any(holds_word(item, word, lang) for item in items if not _IN_BOLD.fullmatch(item)):
            middle = patterns["middle"]
            text = items[0]
            for item in items[1:]:
                text = middle.replace("{0}", text, 1).replace("{1}", item, 1)
            return text
    return _babel_list(items, style=style, locale=CLDR[lang])  # type: ignore[arg-type]


HANGUL = re.compile("[가-힣]")
_BOLD = re.compile(r"</?b>")
_IN_BOLD = re.compile(r"<b>[^<]*</b>")


def holds_word(item: str, word: str, lang: Lang) -> bool:
    """Whether a list item holds the list's conjunction ("and", "y", "和") as a word."""
    if lang == "zh":
        return word in item
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", item, re.IGNORECASE) is not None


# Which CLDR locale writes each language's numbers. Spanish as Spain and most of Latin America
# write them, "2,5" and "12.500" (CLDR's es_419, the dates' locale, writes "2.5" as Mexico does).
NUMBERS: dict[Lang, str] = {"en": "en_GB", "es": "es", "zh": "zh_Hans_CN", "ko": "ko_KR"}


def format_number(value: float, lang: Lang) -> str:
    """A number as the partner's language writes it (CLDR via Babel): 2.5 → "2.5" in English,
    Chinese and Korean, "2,5" in Spanish; 12500 → "12,500", in Spanish "12.500"; whole numbers
    without decimals."""
    from babel.numbers import format_decimal
    return format_decimal(value, format="#,##0.##", locale=NUMBERS[lang])


def language_name(code: str, lang: Lang) -> str:
    """A language's name as `lang` writes it (CLDR): ("es", "en") -> "Spanish", ("en", "es")
    -> "inglés", ("ko", "zh") -> "韩语". Unknown codes come back unchanged."""
    return cldr(lang).languages.get(code, code)


def format_relative(delta: timedelta | float, lang: Lang) -> str:
    """How far ahead something is: "tomorrow" (20–28 h), else "in 3 days", "in 1 hour",
    "in 30 minutes" (CLDR). A number is taken as minutes."""
    if not isinstance(delta, timedelta):
        delta = timedelta(minutes=delta)
    minutes = round(delta.total_seconds() / 60)
    if 1200 <= minutes <= 1680:
        return t("tomorrow", lang)
    delta = timedelta(minutes=max(minutes, 1))
    return format_timedelta(delta, add_direction=True, locale=CLDR[lang])


def format_offset(minutes: int, lang: Lang) -> str:
    """How long before an event a reminder comes: "the day before", "an hour before",
    "3 days before", "30 minutes before"."""
    if minutes == 1440:
        return t("before_one_day", lang)
    if minutes % 1440 == 0:
        return t("before_days", lang, n=minutes // 1440)
    if minutes % 60 == 0:
        return t("before_hours", lang, n=minutes // 60)
    return t("before_minutes", lang, n=minutes)


def format_duration(seconds: float, lang: Lang) -> str:
    """"42 s", "3 min 5 s" (staff reports)."""
    seconds = round(seconds)
    if seconds < 60:
        return t("duration_s", lang, n=seconds)
    return t("duration_m", lang, m=seconds // 60, s=seconds % 60)


def format_skeleton_date(day: date, skeleton: str, lang: Lang) -> str:
    """Any CLDR skeleton (e.g. "yMMM" -> "Oct 2027"), for callers with other needs."""
    return format_skeleton(skeleton, day, locale=CLDR[lang])


def warm_formatting() -> None:
    """Load the CLDR data every language needs (~50 ms the first time), e.g. at start-up."""
    start = datetime(2027, 10, 16, 11, 30, tzinfo=UTC)
    for lang in CLDR:
        format_event_time(start, start + timedelta(hours=3), ZoneInfo("Asia/Shanghai"),
                          ZoneInfo("America/Mexico_City"), lang)
        format_list(["a", "b"], lang)
        format_relative(timedelta(hours=2), lang)
        language_name("en", lang)

"""When will a person answer? A team's office hours, in Beijing time and the partner's own zone.

`response_time(hours, lang, user_tz, now)` gives the lines a partner reads after asking for a
person: "🕘 Our team works Mon–Fri 9:00–17:30 Beijing time — 19:00–03:30 in Mexico City." and
whether they are in the office now or when they open next. Transport-free.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import get_day_names, get_timezone_location

from core.i18n import Lang, t
from core.i18n_format import format_time_range, zone_city, zone_label
from core.kb.schema import OfficeHours

BEIJING = ZoneInfo("Asia/Shanghai")
_RANGE = {"zh": "至", "ko": "~"}


def _clock(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _hm(dt: datetime) -> str:
    return f"{dt:%H:%M}"


def day_name(weekday: int, lang: Lang, wide: bool = False) -> str:
    """Abbreviated weekday in the language (Monday = 0): Mon, lun, 周一, 월; `wide`: Monday,
    lunes, 星期一, 월요일."""
    return str(get_day_names("wide" if wide else "abbreviated", locale=lang)[weekday])


def _utc(tz: ZoneInfo) -> str | None:
    """"UTC-5" for a fixed-offset zone (Etc/GMT+5, UTC), None for a place."""
    if not (tz.key.startswith("Etc/") or tz.key == "UTC"):
        return None
    offset = datetime.now(tz).utcoffset() or timedelta()
    hours = int(offset.total_seconds() // 3600)
    return f"UTC{hours:+d}" if hours else "UTC"


def zone_name(tz: ZoneInfo, lang: Lang, home: ZoneInfo) -> str:
    """How to name a zone beside a time: "Beijing time", "in Mexico City", "UTC-5"."""
    if tz.key in ("Asia/Shanghai", home.key):
        return zone_label(tz, lang)
    return _utc(tz) or t("hours_in_place", lang,
                         place=get_timezone_location(tz, locale=lang, return_city=True))


def same_day(when: datetime, tz: ZoneInfo, now: datetime | None) -> bool:
    """Is `when` on today's date in `tz` ("today at 9:00" at 04:30 on that Friday in Beijing)?"""
    return now is not None and when.astimezone(tz).date() == now.astimezone(tz).date()


def at_time(when: datetime, tz: ZoneInfo, lang: Lang, home: ZoneInfo, also: ZoneInfo | None = None,
            now: datetime | None = None) -> str:
    """A weekday and time with its zone as a native writes them ("zone_at"): "Friday at 9:00
    (Beijing time)", "viernes a las 9:00 (hora de Pekín)", "北京时间周五上午9:00", "금요일 오전
    9시(베이징 시간)"; with `also`, the same moment on the partner's clock inside ("zone_at_both");
    with `now`, a time later today is "today at 9:00" ("zone_at_today")."""
    local = when.astimezone(tz)
    day, clock = day_name(local.weekday(), lang, wide=lang != "zh"), spoken_time(local, lang)
    zone = zone_name(tz, lang, home)
    today = same_day(when, tz, now)
    if also is None:
        return t("zone_at_today", lang, time=clock, zone=zone) if today else \
            t("zone_at", lang, day=day, time=clock, zone=zone)
    theirs = when.astimezone(also)
    other = t("zone_at_local", lang, day=day_name(theirs.weekday(), lang, wide=lang != "zh"),
              time=spoken_time(theirs, lang), zone=zone_name(also, lang, home))
    if today:
        return t("zone_at_today_both", lang, time=clock, zone=zone, also=other)
    return t("zone_at_both", lang, day=day, time=clock, zone=zone, also=other)


def spoken_time(local: datetime, lang: Lang) -> str:
    """A clock time as a sentence says it: "9:00", Spanish with its article ("las 9:00", "la
    1:00"), Chinese "上午9:00", Korean "오전 9시", "오후 5시 30분"."""
    hour, minute = local.hour, local.minute
    if lang == "es":
        return f"{'la' if hour == 1 else 'las'} {hour}:{minute:02d}"
    twelve = hour % 12 or 12
    if lang == "zh":
        return f"{'上午' if hour < 12 else '下午'}{twelve}:{minute:02d}"
    if lang == "ko":
        return f"{'오전' if hour < 12 else '오후'} {twelve}시" + (f" {minute}분" if minute else "")
    return f"{hour}:{minute:02d}"


def days_text(hours: OfficeHours, lang: Lang) -> str:
    days = hours.weekdays()
    first, last = day_name(days[0], lang), day_name(days[-1], lang)
    return first if len(days) == 1 else f"{first}{_RANGE.get(lang, '–')}{last}"


def next_opening(hours: OfficeHours, now: datetime) -> tuple[bool, datetime]:
    """(open now?, the next time they open — or now's opening when open), aware in their zone."""
    tz = ZoneInfo(hours.timezone)
    local = now.astimezone(tz)
    start, end = _clock(hours.start), _clock(hours.end)
    for offset in range(8):
        day = (local + timedelta(days=offset)).date()
        if day.weekday() not in hours.weekdays():
            continue
        opens, closes = datetime.combine(day, start, tz), datetime.combine(day, end, tz)
        if opens <= local < closes:
            return True, opens
        if local < opens:
            return False, opens
    raise AssertionError("office hours always have a working day within a week")


def local_hours(hours: OfficeHours, lang: Lang, user_tz: ZoneInfo, now: datetime) -> str | None:
    """The team's working days and hours as the clock reads them in `user_tz` ("Sun–Thu
    20:00–04:30" in Lima for Mon–Fri 9:00–17:30 in Beijing: the days move with the opening
    time), None when that zone keeps the team's own time."""
    tz = ZoneInfo(hours.timezone)
    if now.astimezone(user_tz).utcoffset() == now.astimezone(tz).utcoffset():
        return None
    today = now.astimezone(tz).date()
    opens = datetime.combine(today, _clock(hours.start), tz)
    closes = datetime.combine(today, _clock(hours.end), tz)
    shift = (opens.astimezone(user_tz).date() - today).days
    days = [(d + shift) % 7 for d in hours.weekdays()]
    first, last = day_name(days[0], lang), day_name(days[-1], lang)
    span = first if len(days) == 1 else f"{first}{_RANGE.get(lang, '–')}{last}"
    return f"{span} {format_time_range(opens.astimezone(user_tz), closes.astimezone(user_tz), lang)}"


def response_time(hours: OfficeHours, lang: Lang, user_tz: ZoneInfo | None, now: datetime,
                  home: ZoneInfo = BEIJING) -> str:
    """Two lines: the hours (with the partner's local equivalent) and in-office-now or not."""
    tz = ZoneInfo(hours.timezone)
    today = now.astimezone(tz).date()
    opens = datetime.combine(today, _clock(hours.start), tz)
    closes = datetime.combine(today, _clock(hours.end), tz)
    # The same patterns as an event's time, so both read alike in one reply: "Mon–Fri
    # 09:00–17:30 (Beijing time) — 19:00–03:30 in Mexico City", "周一至周五 09:00–17:30（北京时间，
    # 墨西哥城时间为19:00–03:30）".
    ours, zone = f"{days_text(hours, lang)} {format_time_range(opens, closes, lang)}", zone_label(tz, lang)
    theirs = t("in_zone", lang, when=ours, zone=zone)
    differs = user_tz is not None and (now.astimezone(user_tz).utcoffset()
                                       != now.astimezone(tz).utcoffset())
    if differs:
        assert user_tz is not None
        # (Mon–Fri 9:00 in Beijing opens on Sunday evening in Mexico City: the days move with the
        # opening time, so the local span names its own days — "dom–jue 19:00–3:30" — never the
        # team's weekdays beside the partner's clock)
        moved = opens.astimezone(user_tz).date() != today
        also = local_hours(hours, lang, user_tz, now) if moved else None
        theirs = t("in_zones", lang, when=ours, zone=zone, city=_utc(user_tz) or zone_city(user_tz, lang),
                   also=also or format_time_range(opens.astimezone(user_tz), closes.astimezone(user_tz), lang))
    lines = [t("hours_team", lang, hours=theirs)]
    is_open, when = next_opening(hours, now)
    if is_open:
        lines.append(t("hours_open_now", lang))
    else:
        at = at_time(when, tz, lang, home, also=user_tz if differs else None, now=now)
        lines.append(t("hours_closed_today", lang, when=at) if same_day(when, tz, now)
                     else t("hours_closed_now", lang, when=at))
    return "\n".join(lines)


def closed_line(hours: OfficeHours, lang: Lang, user_tz: ZoneInfo | None, now: datetime,
                home: ZoneInfo = BEIJING) -> str | None:
    """When the team is out of the office: the one line saying when to expect a reply (as
    `response_time` says it); None while they are in."""
    is_open, when = next_opening(hours, now)
    if is_open:
        return None
    tz = ZoneInfo(hours.timezone)
    differs = user_tz is not None and (now.astimezone(user_tz).utcoffset()
                                       != now.astimezone(tz).utcoffset())
    at = at_time(when, tz, lang, home, also=user_tz if differs else None, now=now)
    return t("hours_closed_today", lang, when=at) if same_day(when, tz, now) \
        else t("hours_closed_now", lang, when=at)

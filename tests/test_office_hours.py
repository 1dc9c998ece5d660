"""Office hours: the honest "when will a person answer" a partner reads, in their own zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from core.i18n import t
from core.i18n_format import zone_label
from core.kb.loader import load_knowledge
from core.kb.schema import OfficeHours
from intents.office_hours import next_opening, response_time
from tests.conftest import ROOT

WEEKDAYS = OfficeHours(days="mon-fri", start="09:00", end="17:30", timezone="Asia/Shanghai")
MEXICO = ZoneInfo("America/Mexico_City")
# Friday 27 Nov 2026, 12:00 UTC = Friday 20:00 in Beijing: closed until Monday 09:00.
FRIDAY_NIGHT = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
# Monday 30 Nov 2026, 03:00 UTC = Monday 11:00 in Beijing: open.
MONDAY_MORNING = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


def test_hours_in_beijing_and_in_the_partners_zone() -> None:
    text = response_time(WEEKDAYS, "en", MEXICO, FRIDAY_NIGHT)
    first, second = text.splitlines()
    assert first == "🕘 Our team works Mon–Fri 9:00–17:30 (Beijing time) — Sun–Thu 19:00–3:30 in Mexico City."
    assert second == t("hours_closed_now", "en",
                       when="Monday at 9:00 (Beijing time; Sunday at 19:00 in Mexico City)")


@pytest.mark.parametrize("lang,days,place", [("es", "lun–vie", "Ciudad de México"),
                                             ("zh", "周一至周五", "墨西哥城"), ("ko", "월~금", "멕시코")])
def test_each_language_names_days_and_places(lang, days, place) -> None:
    text = response_time(WEEKDAYS, lang, MEXICO, FRIDAY_NIGHT)
    assert days in text and place in text and zone_label(ZoneInfo("Asia/Shanghai"), lang) in text


def test_hours_read_as_each_language_writes_times_and_zones() -> None:
    """Chinese names the zone before the time ("北京时间周一上午9:00"), Korean the day and the
    hour as it says them ("월요일 오전 9시(베이징 시간)", "서울 시간
    10:00~18:30"), and the hours use the same patterns as an event's time in the same reply."""
    zh = response_time(WEEKDAYS, "zh", ZoneInfo("Asia/Seoul"), FRIDAY_NIGHT).splitlines()
    assert zh[0] == "🕘 工作人员的工作时间：周一至周五 9:00–17:30（北京时间，首尔时间为10:00–18:30）。"
    assert "北京时间周一上午9:00（首尔时间周一上午10:00）之后" in zh[1]
    ko = response_time(WEEKDAYS, "ko", ZoneInfo("Asia/Seoul"), FRIDAY_NIGHT).splitlines()
    assert ko[0] == "🕘 담당 팀 근무 시간: 월~금 9:00~17:30 (베이징 시간) — 서울 시간 10:00~18:30"
    assert "월요일 오전 9시(베이징 시간, 서울 시간 월요일 오전 10시) 이후" in ko[1]


def test_open_now_and_no_second_zone_for_partners_on_beijing_time() -> None:
    text = response_time(WEEKDAYS, "en", ZoneInfo("Asia/Shanghai"), MONDAY_MORNING)
    assert text.splitlines() == ["🕘 Our team works Mon–Fri 9:00–17:30 (Beijing time).",
                                 t("hours_open_now", "en")]
    assert "UTC-5" in response_time(WEEKDAYS, "en", ZoneInfo("Etc/GMT+5"), MONDAY_MORNING)


def test_next_opening_skips_the_weekend_and_handles_saturday_teams() -> None:
    assert next_opening(WEEKDAYS, FRIDAY_NIGHT) == (
        False, datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    saturdays = OfficeHours(days="mon-sat", start="09:00", end="18:00")
    is_open, when = next_opening(saturdays, FRIDAY_NIGHT)
    assert not is_open and when.weekday() == 5
    assert next_opening(WEEKDAYS, MONDAY_MORNING)[0] is True


def test_office_hours_are_validated() -> None:
    with pytest.raises(ValidationError, match="after start"):
        OfficeHours(days="mon-fri", start="18:00", end="09:00")
    with pytest.raises(ValidationError, match="unknown time zone"):
        OfficeHours(days="mon-fri", start="09:00", end="17:00", timezone="Mars/Olympus")
    with pytest.raises(ValidationError):
        OfficeHours(days="monday-friday", start="09:00", end="17:00")
    assert OfficeHours(days="fri-mon", start="09:00", end="17:00").weekdays() == [4, 5, 6, 0]


def test_every_shipped_contact_with_hours_has_office_hours() -> None:
    kb = load_knowledge(ROOT / "knowledge").require()
    for contact in kb.contacts.values():
        if contact.hours:
            assert contact.office_hours is not None, contact.id
            assert contact.office_hours.start in contact.hours.en.replace("9:00", "09:00")

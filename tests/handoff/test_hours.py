import datetime as dt

import pytest

from handoff.hours import BERLIN, ServiceHours

HOURS = ServiceHours.parse("mon-fri 09:00-17:00; sat 10:00-13:00", "2026-12-24,2026-12-25")


def berlin(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN)


def test_open_and_closed_in_berlin_time() -> None:
    assert HOURS.is_open(berlin(2026, 11, 23, 9, 0))  # Monday
    assert not HOURS.is_open(berlin(2026, 11, 23, 17, 0))
    assert HOURS.is_open(dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone.utc))  # Saturday 10:30 in Berlin
    assert not HOURS.is_open(berlin(2026, 11, 29, 11, 0))  # Sunday


def test_holidays_are_closed_and_skipped() -> None:
    assert not HOURS.is_open(berlin(2026, 12, 24, 10, 0))
    assert HOURS.next_opening(berlin(2026, 12, 23, 18, 0)) == berlin(2026, 12, 26, 10, 0)


def test_next_opening_across_a_weekend() -> None:
    assert HOURS.next_opening(berlin(2026, 11, 28, 14, 0)) == berlin(2026, 11, 30, 9, 0)


@pytest.mark.parametrize("hours", ["mon-sun 00:00-23:59", "mon-sun 00:00-24:00"])
def test_a_day_to_23_59_or_24_00_is_open_to_its_last_second(hours: str) -> None:
    around_the_clock = ServiceHours.parse(hours)
    assert around_the_clock.is_open(berlin(2026, 11, 24, 23, 59, 30))
    assert around_the_clock.is_open(berlin(2026, 11, 25, 0, 0))


@pytest.mark.parametrize("bad", ["monday 9-17", "mon-fri 9:00", "xyz 09:00-10:00", "mon 09:00-25:00"])
def test_unreadable_hours_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="cannot read service hours"):
        ServiceHours.parse(bad)

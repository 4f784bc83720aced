"""Service hours (Europe/Berlin) with holidays: when counsellors are reachable.

PFORTE_SERVICE_HOURS, e.g. "mon-fri 09:00-17:00; sat 10:00-13:00" ("mon-sun 00:00-24:00": around the clock);
PFORTE_HOLIDAYS, e.g. "2026-12-24,2026-12-25,2026-12-26,2027-01-01".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_PART = re.compile(
    r"^(?P<first>[a-z]{3})(?:-(?P<last>[a-z]{3}))?\s+(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class ServiceHours:
    windows: dict[int, list[tuple[dt.time, dt.time]]]  # weekday -> [(start, end)]
    holidays: frozenset[dt.date]

    @classmethod
    def parse(cls, hours: str, holidays: str = "") -> ServiceHours:
        windows: dict[int, list[tuple[dt.time, dt.time]]] = {}
        for part in filter(None, (p.strip().lower() for p in hours.split(";"))):
            match = _PART.match(part)
            unreadable = ValueError(f"cannot read service hours {part!r} (example: mon-fri 09:00-17:00)")
            if not match or match["first"] not in DAYS or (match["last"] and match["last"] not in DAYS):
                raise unreadable
            first = DAYS.index(match["first"])
            last = DAYS.index(match["last"] or match["first"])
            try:
                start = dt.time.fromisoformat(match["start"].zfill(5))
                # "24:00" and "23:59" both end with the day: an operator who writes 00:00-23:59
                # means around the clock, not closed in the day's last minute.
                end = (
                    dt.time.max
                    if match["end"] in ("24:00", "23:59")
                    else dt.time.fromisoformat(match["end"].zfill(5))
                )
            except ValueError:
                raise unreadable from None
            for day in range(first, last + 1):
                windows.setdefault(day, []).append((start, end))
        days = frozenset(dt.date.fromisoformat(d.strip()) for d in holidays.split(",") if d.strip())
        return cls(windows, days)

    def is_open(self, when: dt.datetime) -> bool:
        local = when.astimezone(BERLIN)
        if local.date() in self.holidays:
            return False
        return any(start <= local.time() < end for start, end in self.windows.get(local.weekday(), []))

    def next_opening(self, when: dt.datetime) -> dt.datetime | None:
        """The next moment the service opens (in Berlin time), within two weeks."""
        local = when.astimezone(BERLIN)
        for offset in range(15):
            day = local.date() + dt.timedelta(days=offset)
            if day in self.holidays:
                continue
            for start, _end in sorted(self.windows.get(day.weekday(), [])):
                opening = dt.datetime.combine(day, start, tzinfo=BERLIN)
                if opening > local:
                    return opening
        return None

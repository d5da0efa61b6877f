"""Working-day calendar: Kazakhstan's public holidays (the ``holidays`` package, which also
knows the government's moved days off and working Saturdays) plus the office's own extra
working or rest days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping, Protocol, Sequence

import holidays

__all__ = ["WorkingCalendar", "due_dates", "DueDates", "path_due_dates"]


@dataclass
class WorkingCalendar:
    """``overrides`` maps a date to True (an extra working day) or False (an extra rest day)."""

    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    _cache: dict[int, holidays.HolidayBase] = field(default_factory=dict, repr=False)

    def _holidays(self, year: int) -> holidays.HolidayBase:
        h = self._cache.get(year)
        if h is None:
            h = holidays.country_holidays("KZ", years=year)
            self._cache[year] = h
        return h

    def holiday_name(self, day: dt.date) -> str | None:
        return self._holidays(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.overrides:
            return bool(self.overrides[day])
        if self.holiday_name(day) is not None:
            return False
        return day.weekday() < 5

    def add_working_days(self, start: dt.date, days: int, *, count_start: bool = False) -> dt.date:
        """The date on which ``days`` working days have passed from ``start``.

        With ``count_start`` the start day itself is the first working day when it is one;
        otherwise (the standards' "the day of acceptance is not counted") counting begins the
        next day.  Zero days gives the start day.
        """
        if days <= 0:
            return start
        day = start
        remaining = days
        if count_start and self.is_working_day(day):
            remaining -= 1
            if remaining == 0:
                return day
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                remaining -= 1
        return day

    def previous_working_day(self, day: dt.date) -> dt.date:
        day -= dt.timedelta(days=1)
        while not self.is_working_day(day):
            day -= dt.timedelta(days=1)
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        n, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                n += 1
        return n


@dataclass(frozen=True)
class DueDates:
    due: dt.date            # the applicant gets the result by this day
    provider_due: dt.date   # the provider delivers it to the front office by this day (one day before)


def due_dates(calendar: WorkingCalendar, accepted: dt.date, working_days: int | None,
              acceptance_day_counts: bool) -> DueDates | None:
    """Result term of a package; None when the service's result is given at the counter."""
    if not working_days:
        return None
    due = calendar.add_working_days(accepted, working_days, count_start=acceptance_day_counts)
    provider_due = calendar.previous_working_day(due)
    if provider_due < accepted:
        provider_due = accepted
    return DueDates(due, provider_due)


class _Step(Protocol):
    @property
    def by(self) -> str: ...
    @property
    def in_term(self) -> bool: ...
    @property
    def day_count(self) -> int: ...


def path_due_dates(calendar: WorkingCalendar, accepted: dt.date,
                   steps: Sequence[_Step]) -> DueDates | None:
    """The result date computed from a service's path (issue 15 point 7): the days of the
    steps that make up the term, in working days of the office calendar, the day of
    acceptance not counted (seed 003 l.276) -- so "1 working day" (seed 003 l.221) is never
    the acceptance day.  The provider's date is the end of its last step when a courier
    step follows (S8: seed 004 l.297-299); otherwise one working day before the due date
    (Law No 88-V: the result reaches the State Corporation no later than a day before)."""
    in_term = [s for s in steps if s.in_term]
    if not in_term:
        return None
    total = sum(s.day_count for s in in_term)
    due = calendar.add_working_days(accepted, total)
    last = max((i for i, s in enumerate(steps) if s.in_term and s.by == "provider"), default=-1)
    after = sum(s.day_count for s in steps[last + 1:] if s.in_term) if last >= 0 else 0
    if last >= 0 and after > 0:
        provider_due = calendar.add_working_days(accepted, total - after)
    else:
        provider_due = max(accepted, calendar.previous_working_day(due))
    return DueDates(due, provider_due)

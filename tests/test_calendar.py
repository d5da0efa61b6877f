import datetime as dt

from kiosk.calendar import WorkingCalendar, due_dates

D = dt.date


def test_weekend_skipped():
    cal = WorkingCalendar()
    # Friday 20 Nov 2026 + 1 working day, acceptance day not counted -> Monday 23 Nov
    assert cal.add_working_days(D(2026, 11, 20), 1) == D(2026, 11, 23)


def test_nauryz_and_weekend():
    cal = WorkingCalendar()
    # Friday 20 March 2026; Nauryz 21-23 March and observed 24-25 March; weekend 21-22
    assert not cal.is_working_day(D(2026, 3, 23))
    assert not cal.is_working_day(D(2026, 3, 24))
    assert cal.add_working_days(D(2026, 3, 20), 1) == D(2026, 3, 26)
    assert cal.add_working_days(D(2026, 3, 20), 1, count_start=True) == D(2026, 3, 20)
    assert cal.add_working_days(D(2026, 3, 20), 2, count_start=True) == D(2026, 3, 26)


def test_independence_day_december():
    cal = WorkingCalendar()
    assert cal.holiday_name(D(2026, 12, 16)) is not None
    # Tuesday 15 Dec 2026 + 1 working day: 16 Dec is Independence Day -> Thursday 17 Dec
    assert cal.add_working_days(D(2026, 12, 15), 1) == D(2026, 12, 17)


def test_office_overrides():
    cal = WorkingCalendar({D(2026, 11, 21): True, D(2026, 11, 23): False})
    assert cal.add_working_days(D(2026, 11, 20), 1) == D(2026, 11, 21)
    assert cal.add_working_days(D(2026, 11, 20), 2) == D(2026, 11, 24)


def test_due_dates_fourteen_days_and_provider_day_before():
    cal = WorkingCalendar()
    dd = due_dates(cal, D(2026, 12, 10), 14, False)
    assert dd is not None
    # 11 Dec Fri(1), 14-15 (2,3), 16 Dec holiday, 17-18 (4,5), 21-25 (6-10), 28-31 (11-14)
    assert dd.due == D(2026, 12, 31)
    assert dd.provider_due == D(2026, 12, 30)
    assert due_dates(cal, D(2026, 12, 10), None, False) is None


def test_dates_are_shown_day_first():
    from kiosk.dates import shown_date
    assert shown_date("2026-11-21") == "21.11.2026"
    assert shown_date("2026-11-21 10:15:42") == "21.11.2026 10:15"
    assert shown_date("2026-11-21T10:15") == "21.11.2026 10:15"
    assert shown_date(None, "—") == "—" and shown_date("", "—") == "—"
    assert shown_date("someday") == "someday"

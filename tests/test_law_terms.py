"""Issue 15, points 7-8: terms computed from the catalogue's steps, not typed; the internal
deadlines of the courier path watched.  Each test names the seed line it follows."""

from __future__ import annotations

import datetime as dt

import pytest

from courier_helpers import accept
from kiosk.calendar import WorkingCalendar, path_due_dates
from kiosk.catalogue import load_catalogue
from kiosk.deadlines import hand_over, overdue, service_due_dates
from kiosk.dispatch import dispatch_day
from kiosk.errors import InputError
from kiosk.receipts import receipt_data
from db.packages import package_by_number
from kiosk.returns import mark_returned
from tests.office_helpers import store_office

CAL = WorkingCalendar()


def test_s8_accepted_friday_20_march_2026_is_due_14_april(ctx):
    """Seed 004 l.287-303: to the dispatch desk 30 min, courier to the provider 1 day,
    executor 12 working days, courier back 1 day; Nauryz 21-25.03 and weekends skipped,
    the acceptance day not counted."""
    r = accept(ctx, "externat", dt.datetime(2026, 3, 20, 10, 0), 1)
    assert r.due_date == dt.date(2026, 4, 14)
    assert r.provider_due_date == dt.date(2026, 4, 13)
    data = receipt_data(ctx, package_by_number(ctx.store, r.number))
    assert data.result_issue is not None and "14.04.2026" in data.result_issue.kk


def test_the_steps_are_in_the_catalogue_with_their_limits():
    """Seed 004 l.287 (30 min), l.289 (1 day), l.297 (12 working days), l.299 (1 day),
    l.303 (1 day)."""
    path = {st.id: st for st in load_catalogue().service("externat").path("state_corporation")}
    assert path["handover"].minutes == 30 and path["handover"].watched
    assert path["dispatch"].days == 1 and path["dispatch"].in_term
    assert path["review"].working_days == 12 and path["review"].by == "provider"
    assert path["return"].days == 1 and path["return"].in_term
    assert path["issue"].days == 1 and path["issue"].watched and not path["issue"].in_term


def test_s9_fifteen_working_days_at_the_provider(ctx):
    """Seed 004 l.411 (head: 1 working day) and l.417 (executor: no later than 14 working
    days): 15 working days at the provider's office."""
    s9 = load_catalogue().service("certificate_duplicate")
    d = path_due_dates(CAL, dt.date(2026, 11, 20), s9.path("provider"))
    assert d.due == CAL.add_working_days(dt.date(2026, 11, 20), 15) == dt.date(2026, 12, 11)


@pytest.mark.parametrize("sid,channel,line", [("preschool_admission", "portal", "003 l.221"),
                                              ("teacher_attestation_online", "portal", "003 l.329"),
                                              ("additional_education", "state_corporation",
                                               "003 l.276")])
def test_one_working_day_is_never_the_acceptance_day(sid, channel, line):
    """Seed 003 l.221, l.329: "within 1 working day"; l.276: the acceptance day not counted."""
    steps = load_catalogue().service(sid).path(channel)
    assert line in steps[-1].source
    friday = path_due_dates(CAL, dt.date(2026, 11, 20), steps)
    assert friday.due == dt.date(2026, 11, 23)          # the next working day, Monday
    monday = path_due_dates(CAL, dt.date(2026, 11, 23), steps)
    assert monday.due == dt.date(2026, 11, 24)


def test_s1_through_the_state_corporation_tracks_the_return(ctx, tmp_path):
    """Seed 001 l.13-15 and 000 l.13: no result term for S1 through the State Corporation;
    the office expects it back after its own term (a setting) and lists it when not back."""
    r = accept(ctx, "teacher_attestation", dt.datetime(2026, 11, 20, 10, 0), 1)
    assert r.due_date is None
    row = package_by_number(ctx.store, r.number)
    assert row["expected_back_date"] == "2026-11-24"     # 2 working days, the default setting
    assert [i.kind for i in overdue(ctx, dt.date(2026, 11, 24)) if i.kind != "step_late"] == []
    late = [i for i in overdue(ctx, dt.date(2026, 11, 25)) if i.number == r.number]
    assert [i.kind for i in late] == ["not_back"]
    store_office(ctx, return_days={"teacher_attestation": 5})
    r2 = accept(ctx, "teacher_attestation", dt.datetime(2026, 11, 20, 11, 0), 2)
    assert package_by_number(ctx.store, r2.number)["expected_back_date"] == "2026-11-27"


def test_late_handover_dispatch_and_issue_are_listed_with_their_step(ctx, tmp_path):
    """Seed 004 l.287 (handover within 30 min), l.289 (dispatch within 1 day), l.303 (issue
    within 1 day of the result's return)."""
    t0 = dt.datetime(2026, 11, 20, 10, 0)
    a = accept(ctx, "externat", t0, 1).number
    b = accept(ctx, "externat", t0, 2).number
    hand_over(ctx, [b], "clerk", t0 + dt.timedelta(minutes=20))
    items = overdue(ctx, t0.date(), now=t0 + dt.timedelta(minutes=45))
    assert [(i.kind, i.step, i.number) for i in items] == [("step_late", "handover", a)]
    assert items[0].due_date == "2026-11-20 10:30"
    with pytest.raises(InputError) as err:               # twice
        hand_over(ctx, [b], "clerk", t0 + dt.timedelta(minutes=25))
    assert err.value.code == "handover.not_waiting"
    # not dispatched the next working day (Mon 23.11): late on Tuesday
    tuesday = [(i.step, i.number) for i in overdue(ctx, dt.date(2026, 11, 24))]
    assert ("dispatch", a) in tuesday and ("dispatch", b) in tuesday
    dispatch_day(ctx, t0.date(), tmp_path / "out", "Д", dt.datetime(2026, 11, 20, 17))
    assert [i for i in overdue(ctx, dt.date(2026, 11, 24)) if i.kind == "step_late"] == []
    mark_returned(ctx, a, "kim", dt.datetime(2026, 12, 1, 10))
    assert [i for i in overdue(ctx, dt.date(2026, 12, 2)) if i.kind == "step_late"] == []
    late = [i for i in overdue(ctx, dt.date(2026, 12, 3)) if i.kind == "step_late"]
    assert [(i.step, i.number, i.due_date) for i in late] == [("issue", a, "2026-12-02")]


def test_service_due_dates_follow_the_office_kind(ctx):
    """Seed 004 l.406-417: at the provider's office S9 takes 15 working days; through the
    State Corporation the courier days come on top (l.441-453)."""
    at_con = service_due_dates(ctx, "certificate_duplicate", dt.date(2026, 11, 20))
    store_office(ctx, office_kind="provider")
    at_school = service_due_dates(ctx, "certificate_duplicate", dt.date(2026, 11, 20))
    assert at_school.due == dt.date(2026, 12, 11)
    assert CAL.working_days_between(at_school.due, at_con.due) == 2


def test_the_kiosk_sheet_shows_the_computed_term():
    """Seed 004 l.287-303 (S8: 1 + 12 + 1 working days through the State Corporation); seed
    001 l.13-15 (S1: no result term, none promised)."""
    from kiosk.kiosk_info import service_sheet
    cat = load_catalogue()
    assert service_sheet(cat.service("externat"), "state_corporation").term_working_days == 14
    assert service_sheet(cat.service("teacher_attestation"),
                         "state_corporation").term_working_days is None
    assert service_sheet(cat.service("certificate_duplicate"), "provider").term_working_days == 15

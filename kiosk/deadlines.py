"""Deadlines of accepted packages.  Each package's due date (the applicant's) and the
provider's date are set at acceptance from the steps of the service's path (issue 15 point
7: working days of the office calendar, the acceptance day not counted); here they are
watched.

``overdue(ctx, today)`` lists:
- ``overdue``: past the due date and not issued to the applicant;
- ``provider_late``: past the provider's date and the result still not back (accepted or
  dispatched), while the applicant's date has not passed yet;
- ``not_back``: a courier package without a result term in the seeds (S1 through the State
  Corporation) not back after the office's own expected term (a setting);
- ``step_late``: a courier package whose watched step is late -- handover to the dispatch
  desk (30 min), dispatch (1 day), issue after the return (1 day); seed 004 l.287, 289, 303."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db import deadlines as db_deadlines
from db import events
from db.batches import batches_with_progress
from db.packages import overdue_rows
from kiosk.calendar import DueDates, due_dates, path_due_dates
from kiosk.catalogue import Service, channel_of
from kiosk.context import Context
from kiosk.errors import InputError

__all__ = ["OverdueItem", "overdue", "service_due_dates", "day_batches", "package_dues",
           "hand_over", "HandoverDue", "handover_limit", "awaiting_handover"]


@dataclass(frozen=True)
class OverdueItem:
    kind: str                    # overdue | provider_late | not_back | step_late
    number: str
    status: str
    service_id: str
    applicant: str
    phone: str
    due_date: str                # the date that applies (for step_late: the step's deadline)
    provider_due_date: str | None
    days_late: int               # working days past the date that applies
    batch: str | None
    destination: str | None
    step: str | None = None      # step_late: handover | dispatch | issue (seed 004 l.287-303)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def package_dues(ctx: Context, service: Service, day: dt.date) -> DueDates | None:
    """The result date of a package of ``service`` accepted here on ``day``: computed from
    the steps of the service's path through this office's channel, in working days of the
    office calendar, the acceptance day not counted (issue 15 point 7; seed 004 l.287-303,
    seed 003 l.276); a catalogue version without steps falls back to its result term."""
    if service.steps:
        return path_due_dates(ctx.calendar, day, service.path(channel_of(ctx.office.office_kind)))
    return due_dates(ctx.calendar, day, service.term_working_days, service.acceptance_day_counts)


def service_due_dates(ctx: Context, service_id: str, accepted: dt.date) -> DueDates | None:
    """The due dates a package of this service accepted on that day gets."""
    svc = ctx.catalogue.service(service_id)
    if svc is None:
        raise KeyError(service_id)
    return package_dues(ctx, svc, accepted)


def _name(r: dict[str, Any]) -> str:
    return " ".join(x for x in (r["surname"], r["name"], r["patronymic"]) if x)


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# how far back the watched steps are looked for: a package still waiting after this long is
# long past its due date and in the list as overdue anyway
WATCH_DAYS = 60


def _late_steps(ctx: Context, now: dt.datetime) -> list[OverdueItem]:
    """Courier packages whose watched step is late (issue 15 point 8): handover to the
    dispatch desk within 30 minutes of acceptance (seed 004 l.287), dispatch by courier
    within 1 day (l.289), issue within 1 day of the result's return (l.303).  The limits
    come from the catalogue version the package was accepted under."""
    today = now.date()
    since = (today - dt.timedelta(days=WATCH_DAYS)).isoformat()
    items = []
    for r in db_deadlines.watched_packages(ctx.store, since):
        try:
            service = ctx.catalogue_version(r["catalogue_version"]).service(r["service_id"])
        except KeyError:
            continue
        if service is None:
            continue
        path = {st.id: st for st in service.path(channel_of(r["office_kind"] or
                                                            "state_corporation"))}
        accepted = _moment(r["accepted_at"])
        late: tuple[str, str, int] | None = None
        if r["status"] == "accepted":
            hand = path.get("handover")
            disp = path.get("dispatch")
            if hand is not None and hand.watched and hand.minutes and not r["handed_over_at"]:
                limit = accepted + dt.timedelta(minutes=hand.minutes)
                if now > limit:
                    late = ("handover", limit.isoformat(sep=" ", timespec="minutes"),
                            ctx.calendar.working_days_between(limit.date(), today))
            if disp is not None and disp.watched and disp.day_count:
                limit_day = ctx.calendar.add_working_days(accepted.date(), disp.day_count)
                if today > limit_day:
                    late = ("dispatch", limit_day.isoformat(),
                            ctx.calendar.working_days_between(limit_day, today))
        elif r["status"] == "result_ready" and r["result_ready_at"]:
            issue = path.get("issue")
            if issue is not None and issue.watched and issue.day_count:
                limit_day = ctx.calendar.add_working_days(_moment(r["result_ready_at"]).date(),
                                                          issue.day_count)
                if today > limit_day:
                    late = ("issue", limit_day.isoformat(),
                            ctx.calendar.working_days_between(limit_day, today))
        if late is None:
            continue
        step, when, days = late
        items.append(OverdueItem(
            kind="step_late", number=r["number"], status=r["status"],
            service_id=r["service_id"], applicant=_name(r), phone=r["phone"] or "",
            due_date=when, provider_due_date=r["provider_due_date"], days_late=max(0, days),
            batch=r["batch"], destination=r["destination"], step=step))
    return items


def overdue(ctx: Context, today: dt.date, now: dt.datetime | None = None) -> list[OverdueItem]:
    """Packages past their due date (not issued: courier ones and those decided here alike),
    courier packages the provider is late with, courier packages without a result term not
    back by their expected date (S1 through the State Corporation, an office setting), and
    courier packages with a late step of their path, naming the step (``now``: the moment
    the 30-minute handover is measured at; by default the end of ``today``)."""
    day = today.isoformat()
    items = []
    for r in overdue_rows(ctx.store, day):
        late_due = r["due_date"] < day
        kind = "overdue" if late_due else "provider_late"
        ref = dt.date.fromisoformat(r["due_date"] if late_due else r["provider_due_date"])
        items.append(OverdueItem(
            kind=kind, number=r["number"], status=r["status"], service_id=r["service_id"],
            applicant=_name(r), phone=r["phone"] or "", due_date=r["due_date"],
            provider_due_date=r["provider_due_date"],
            days_late=max(1, ctx.calendar.working_days_between(ref, today)),
            batch=r["batch"], destination=r["destination"]))
    for r in db_deadlines.not_back_packages(ctx.store, day):
        ref = dt.date.fromisoformat(r["expected_back_date"])
        items.append(OverdueItem(
            kind="not_back", number=r["number"], status=r["status"], service_id=r["service_id"],
            applicant=_name(r), phone=r["phone"] or "", due_date=r["expected_back_date"],
            provider_due_date=None,
            days_late=max(1, ctx.calendar.working_days_between(ref, today)),
            batch=r["batch"], destination=r["destination"]))
    moment = now if now is not None else dt.datetime.combine(today, dt.time(23, 59))
    listed = {i.number for i in items}
    items += [i for i in _late_steps(ctx, moment) if i.number not in listed]
    return items


def hand_over(ctx: Context, numbers: list[str], employee: str,
              now: dt.datetime | None = None) -> list[str]:
    """The clerk hands accepted courier packages to the dispatch desk (жинақтау жүйесі,
    seed 004 l.287: within 30 minutes); returns the numbers recorded, each with its event.
    A package already handed over, not accepted or not travelling by courier is refused."""
    at = (now or ctx.now()).replace(microsecond=0).isoformat(sep=" ")
    done = []
    with ctx.store.write():
        for raw in numbers:
            number = (raw or "").strip().upper()
            package_id = db_deadlines.mark_handed_over(ctx.store, number, at, employee)
            if not package_id:
                raise InputError("package_number", "handover.not_waiting", number=number)
            events.append_event(ctx.store, "handed_over", at, employee=employee,
                                package_id=package_id, data={"number": number})
            done.append(number)
    return done


@dataclass(frozen=True)
class HandoverDue:
    """A courier package still to hand to the dispatch desk and by when (seed 004 l.287)."""
    number: str
    accepted_at: str
    limit: dt.datetime | None    # None: its path names no time for the handover


def handover_limit(ctx: Context, package: dict[str, Any]) -> dt.datetime | None:
    """By when an accepted courier package goes to the dispatch desk: its acceptance plus
    the handover step's minutes in the catalogue version it was accepted under (30 min,
    seed 004 l.287); None when that path has no timed handover."""
    try:
        service = ctx.catalogue_version(package["catalogue_version"]).service(
            package["service_id"])
    except KeyError:
        return None
    if service is None or not package.get("accepted_at"):
        return None
    path = {st.id: st for st in service.path(channel_of(package.get("office_kind") or
                                                        "state_corporation"))}
    hand = path.get("handover")
    if hand is None or not hand.minutes:
        return None
    return _moment(package["accepted_at"]) + dt.timedelta(minutes=hand.minutes)


def awaiting_handover(ctx: Context, day: dt.date, station: str | None = None) -> list[HandoverDue]:
    """The day's accepted courier packages not handed to the dispatch desk yet (at one
    station, or all), the oldest first, each with the time it is due there by."""
    return [HandoverDue(r["number"], r["accepted_at"], handover_limit(ctx, r))
            for r in db_deadlines.awaiting_handover(ctx.store, day.isoformat(), station)]


def day_batches(ctx: Context, day: dt.date) -> list[dict[str, Any]]:
    """The batches of a day with how many of their packages are back and issued."""
    return batches_with_progress(ctx.store, day.isoformat())

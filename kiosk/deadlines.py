"""Deadlines of courier packages (those with a destination: results that come back by
courier and are issued here; a counter-only service's package has nothing to wait for).  Each package's due date (the applicant's) and the
provider's "one day before" date are set at acceptance by kiosk.calendar.due_dates (working
days, Kazakhstan's holidays, the office's overrides, "the day of acceptance is not counted"
where the service says so); here they are watched.

``overdue(ctx, today)`` lists:
- ``overdue``: past the due date and not issued to the applicant;
- ``provider_late``: past the provider's date and the result still not back (accepted or
  dispatched), while the applicant's date has not passed yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db.batches import batches_with_progress
from db.packages import overdue_rows
from kiosk.calendar import DueDates, due_dates
from kiosk.context import Context

__all__ = ["OverdueItem", "overdue", "service_due_dates", "day_batches"]


@dataclass(frozen=True)
class OverdueItem:
    kind: str                    # overdue | provider_late
    number: str
    status: str
    service_id: str
    applicant: str
    phone: str
    due_date: str
    provider_due_date: str | None
    days_late: int               # working days past the date that applies
    batch: str | None
    destination: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def service_due_dates(ctx: Context, service_id: str, accepted: dt.date) -> DueDates | None:
    """The due dates a package of this service accepted on that day gets."""
    svc = ctx.catalogue.service(service_id)
    if svc is None:
        raise KeyError(service_id)
    return due_dates(ctx.calendar, accepted, svc.term_working_days, svc.acceptance_day_counts)


def overdue(ctx: Context, today: dt.date) -> list[OverdueItem]:
    """Packages past their due date (not issued: courier ones and those decided here alike)
    and courier packages the provider is late with."""
    day = today.isoformat()
    rows = overdue_rows(ctx.store, day)
    items = []
    for r in rows:
        late_due = r["due_date"] < day
        kind = "overdue" if late_due else "provider_late"
        ref = dt.date.fromisoformat(r["due_date"] if late_due else r["provider_due_date"])
        items.append(OverdueItem(
            kind=kind, number=r["number"], status=r["status"], service_id=r["service_id"],
            applicant=" ".join(x for x in (r["surname"], r["name"], r["patronymic"]) if x),
            phone=r["phone"] or "", due_date=r["due_date"],
            provider_due_date=r["provider_due_date"],
            days_late=max(1, ctx.calendar.working_days_between(ref, today)),
            batch=r["batch"], destination=r["destination"]))
    return items


def day_batches(ctx: Context, day: dt.date) -> list[dict[str, Any]]:
    """The batches of a day with how many of their packages are back and issued."""
    return batches_with_progress(ctx.store, day.isoformat())

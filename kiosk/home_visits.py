"""Acceptance at home (DOMAIN.md S2: an applicant whose health limits movement): the kiosk
records a request (``kiosk.kiosk_info.record_home_request``); the office handles it here.

A request goes ``new`` -> ``scheduled`` (an employee agrees a visit date, and maybe a time and
a note, with the applicant; it may be moved while still open) -> ``done`` (the documents were
accepted at home; optionally the receipt number of that package) or ``cancelled`` (with the
reason, e.g. the applicant cannot be reached).  ``done`` and ``cancelled`` are final.  Every
step is one write transaction with its event in the audit trail, under the employee's login.

A new request should be scheduled within ``SCHEDULE_WORKING_DAYS`` working day of the day it
was made (the office calendar; that day itself not counted); after that it is late, and so is
a scheduled visit whose date has passed without being marked done."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from db import events, home_requests
from db.packages import package_by_number
from kiosk.catalogue import Text
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee, require

__all__ = ["HomeRequest", "SECTION", "STATUSES", "OPEN_STATUSES", "SCHEDULE_WORKING_DAYS",
           "LATE_NOT_SCHEDULED", "LATE_VISIT_PASSED", "list_home_requests", "home_request",
           "schedule_visit", "mark_done", "cancel_request"]

SECTION = "home"                       # the desk section (kiosk.staff.ROLE_SECTIONS) it needs
STATUSES = ("new", "scheduled", "done", "cancelled")
OPEN_STATUSES = ("new", "scheduled")
SCHEDULE_WORKING_DAYS = 1
LATE_NOT_SCHEDULED = "not_scheduled"   # new, and the day to schedule it by has passed
LATE_VISIT_PASSED = "visit_passed"     # scheduled, and the visit date has passed
TEXT_MAX = 300
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


@dataclass(frozen=True)
class HomeRequest:
    id: int
    created_at: str
    name: str
    phone: str
    address: str
    service_id: str | None
    service_name: Text | None      # the service's short name, when the applicant chose one
    note: str                      # the applicant's own words at the kiosk
    status: str
    schedule_by: dt.date           # schedule it by the end of this day, else it is late
    scheduled_for: str | None      # visit date YYYY-MM-DD
    scheduled_time: str | None     # HH:MM, when agreed
    visit_note: str | None
    scheduled_by: str | None
    scheduled_at: str | None
    handled_by: str | None         # who closed it (done or cancelled), and when
    handled_at: str | None
    outcome: str | None            # the reason of a cancellation
    package_number: str | None     # the package accepted at home

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def late(self, today: dt.date) -> str | None:
        """LATE_NOT_SCHEDULED, LATE_VISIT_PASSED, or None when nothing is late."""
        if self.status == "new" and today > self.schedule_by:
            return LATE_NOT_SCHEDULED
        if self.status == "scheduled" and self.scheduled_for and \
                self.scheduled_for < today.isoformat():
            return LATE_VISIT_PASSED
        return None

    def visit(self) -> str:
        """'2026-11-23 10:30', '2026-11-23' or ''."""
        return " ".join(x for x in (self.scheduled_for, self.scheduled_time) if x)

    def to_dict(self, today: dt.date, lang: str = "en") -> dict[str, Any]:
        return {"id": self.id, "created_at": self.created_at, "name": self.name,
                "phone": self.phone, "address": self.address, "service_id": self.service_id,
                "service": self.service_name.get(lang) if self.service_name else None,
                "note": self.note, "status": self.status,
                "schedule_by": self.schedule_by.isoformat(), "late": self.late(today),
                "scheduled_for": self.scheduled_for, "scheduled_time": self.scheduled_time,
                "visit_note": self.visit_note, "scheduled_by": self.scheduled_by,
                "scheduled_at": self.scheduled_at, "handled_by": self.handled_by,
                "handled_at": self.handled_at, "outcome": self.outcome,
                "package_number": self.package_number}


def _request(ctx: Context, row: dict[str, Any]) -> HomeRequest:
    service = ctx.catalogue.service(row["service_id"]) if row["service_id"] else None
    created = dt.date.fromisoformat(row["created_at"][:10])
    return HomeRequest(
        row["id"], row["created_at"], row["name"] or "", row["phone"], row["address"] or "",
        row["service_id"], service.short_name if service else None, row["note"] or "",
        row["status"], ctx.calendar.add_working_days(created, SCHEDULE_WORKING_DAYS),
        row["scheduled_for"], row["scheduled_time"], row["visit_note"], row["scheduled_by"],
        row["scheduled_at"], row["handled_by"], row["handled_at"], row["outcome"],
        row["package_number"])


def list_home_requests(ctx: Context, *, open_only: bool = False) -> list[HomeRequest]:
    """Open ones first: new (oldest first), then scheduled (soonest visit first); then the
    closed ones, most recently closed first."""
    rows = home_requests.requests_in_desk_order(ctx.store, open_only=open_only)
    return [_request(ctx, r) for r in rows]


def home_request(ctx: Context, request_id: int) -> HomeRequest | None:
    row = home_requests.request_by_id(ctx.store, request_id)
    return None if row is None else _request(ctx, row)


# -- checks ----------------------------------------------------------------------------------
def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def _text(field: str, value: Any, *, required_code: str | None = None) -> str:
    """One line of free text: spaces collapsed, no control characters, at most TEXT_MAX."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError(field, "field.type")
    text = unicodedata.normalize("NFC", " ".join(value.split()))
    if not text and required_code:
        raise InputError(field, required_code)
    if len(text) > TEXT_MAX:
        raise InputError(field, "name.too_long", max=TEXT_MAX)
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
        raise InputError(field, "text.control")
    return text


def _time(value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    m = _TIME.match(text)
    if not m:
        raise InputError("visit_time", "home.time")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _open_row(ctx: Context, request_id: int) -> dict[str, Any]:
    """The request's row inside a write, or InputError when it is unknown or already closed."""
    row = home_requests.request_by_id(ctx.store, request_id)
    if row is None:
        raise InputError("id", "home.unknown", id=request_id)
    if row["status"] == "done":
        raise InputError("id", "home.already_done", id=request_id, at=row["handled_at"],
                         by=row["handled_by"])
    if row["status"] == "cancelled":
        raise InputError("id", "home.already_cancelled", id=request_id, at=row["handled_at"],
                         by=row["handled_by"])
    return row


def _after(ctx: Context, request_id: int) -> HomeRequest:
    found = home_request(ctx, request_id)
    if found is None:  # cannot happen after a committed update; keeps the type honest
        raise InputError("id", "home.unknown", id=request_id)
    return found


# -- the steps -------------------------------------------------------------------------------
def schedule_visit(ctx: Context, by: Employee, request_id: int, *, day: dt.date,
                   time: str | None = None, note: str = "", now: dt.datetime) -> HomeRequest:
    """new -> scheduled, or a scheduled visit moved to another day.  The day is today or later
    and a working day of the office."""
    require(by, SECTION)
    if day < now.date():
        raise InputError("visit_date", "home.date_past", day=day.isoformat())
    if not ctx.calendar.is_working_day(day):
        raise InputError("visit_date", "home.date_rest_day", day=day.isoformat())
    at_time = _time(time)
    visit_note = _text("note", note) or None
    stamp = _stamp(now)
    with ctx.store.write():
        row = _open_row(ctx, request_id)
        home_requests.set_scheduled(ctx.store, request_id, day=day.isoformat(), time=at_time,
                                    note=visit_note, by=by.login, at=stamp)
        data: dict[str, Any] = {"id": request_id, "date": day.isoformat(), "time": at_time,
                                "note": visit_note}
        if row["status"] == "scheduled":
            data["was"] = " ".join(x for x in (row["scheduled_for"], row["scheduled_time"]) if x)
        events.append_event(ctx.store, "home_visit_rescheduled" if row["status"] == "scheduled"
                            else "home_visit_scheduled", stamp, employee=by.login, data=data)
    return _after(ctx, request_id)


def mark_done(ctx: Context, by: Employee, request_id: int, *, package_number: str = "",
              now: dt.datetime) -> HomeRequest:
    """scheduled -> done: the documents were accepted at the applicant's home.  A receipt
    number, when given, must be a package in the store; the event is linked to it, so the
    package's history shows it was accepted at home."""
    require(by, SECTION)
    number = (package_number or "").strip().upper() or None
    package_id = None
    if number is not None:
        package = package_by_number(ctx.store, number)
        if package is None:
            raise InputError("package_number", "package.not_found", number=number)
        package_id = int(package["id"])
    stamp = _stamp(now)
    with ctx.store.write():
        row = _open_row(ctx, request_id)
        if row["status"] != "scheduled":
            raise InputError("id", "home.not_scheduled", id=request_id)
        home_requests.set_done(ctx.store, request_id, by=by.login, at=stamp,
                               package_number=number)
        events.append_event(ctx.store, "home_visit_done", stamp, employee=by.login,
                            package_id=package_id,
                            data={"id": request_id, "package": number,
                                  "visit": row["scheduled_for"]})
    return _after(ctx, request_id)


def cancel_request(ctx: Context, by: Employee, request_id: int, *, reason: str,
                   now: dt.datetime) -> HomeRequest:
    """new or scheduled -> cancelled, with the reason."""
    require(by, SECTION)
    why = _text("reason", reason, required_code="home.reason_needed")
    stamp = _stamp(now)
    with ctx.store.write():
        row = _open_row(ctx, request_id)
        home_requests.set_cancelled(ctx.store, request_id, by=by.login, at=stamp, reason=why)
        events.append_event(ctx.store, "home_visit_cancelled", stamp, employee=by.login,
                            data={"id": request_id, "reason": why, "was": row["status"]})
    return _after(ctx, request_id)

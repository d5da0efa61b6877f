"""Complaints (шағым, DOMAIN.md §1).  What a registration needs (seed 000 l.33, l.237): the
complainant's name, postal address and phone, the date and time the complaint was received,
the incoming number, who took it, where and when the answer will be given, the stamp.  The
complaint records whom it is addressed to: the head of the provider (seed 000 l.32, seed 002
l.42), the head of the State Corporation for a complaint about its staff (seed 002 l.44), or
the authorised body for the assessment and control of the quality of state services (seed
000 l.35, seed 002 l.46).  The answer is due in 5 working days from registration (seed 000
l.34, seed 002 l.45), 15 for the quality-control body (seed 000 l.36, seed 002 l.47), in the
office calendar; an unanswered complaint past its date is overdue; a slip is printed for the
complainant."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db import complaints as db_complaints
from db import events
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee, require

__all__ = ["Complaint", "ANSWER_WORKING_DAYS", "ADDRESSEES", "add_complaint",
           "answer_complaint", "list_complaints", "overdue_complaints", "complaint",
           "complaint_slip_pdf", "default_addressee"]

# whom a complaint is addressed to -> working days to answer it
ADDRESSEES = {"provider_head": 5,            # seed 000 l.32-34, seed 002 l.42, l.45
              "state_corporation_head": 5,   # seed 002 l.44-45
              "quality_body": 15}            # seed 000 l.35-36, seed 002 l.46-47
ANSWER_WORKING_DAYS = ADDRESSEES["provider_head"]


@dataclass(frozen=True)
class Complaint:
    id: int
    incoming_number: str
    received_at: str               # "2026-11-20 10:15:00" (or a date alone for an old paper)
    taken_by: str
    applicant: str
    phone: str
    package_number: str
    text: str
    answer_due: str
    answered_at: str | None
    answer: str | None
    postal_address: str = ""
    addressed_to: str = "provider_head"
    answer_place: str = ""

    @property
    def answer_days(self) -> int:
        return ADDRESSEES.get(self.addressed_to, ANSWER_WORKING_DAYS)

    def overdue(self, today: dt.date) -> bool:
        return self.answered_at is None and self.answer_due < today.isoformat()


def _complaint(row: dict[str, Any]) -> Complaint:
    return Complaint(row["id"], row["incoming_number"], row["received_at"], row["taken_by"],
                     row["applicant"] or "", row["phone"] or "", row["package_number"] or "",
                     row["text"], row["answer_due"], row["answered_at"], row["answer"],
                     row.get("postal_address") or "",
                     row.get("addressed_to") or "provider_head", row.get("answer_place") or "")


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def default_addressee(ctx: Context) -> str:
    """At a State Corporation centre a complaint taken at the counter is about its staff
    and goes to its head (seed 002 l.44); elsewhere to the provider's head."""
    return "state_corporation_head" if ctx.office.office_kind == "state_corporation" \
        else "provider_head"


def add_complaint(ctx: Context, by: Employee, *, incoming_number: str,
                  received: dt.date | dt.datetime, applicant: str, text: str, phone: str = "",
                  package_number: str = "", postal_address: str = "",
                  addressed_to: str | None = None, answer_place: str = "",
                  now: dt.datetime) -> Complaint:
    """Register a complaint.  ``received`` is the moment it came in (a date alone for a
    paper registered later is kept as a date; today's date means now)."""
    require(by, "complaints")
    number = " ".join((incoming_number or "").split())
    if not number:
        raise InputError("incoming_number", "name.empty")
    body = (text or "").strip()
    if not body:
        raise InputError("text", "name.empty")
    if isinstance(received, dt.datetime):
        moment: dt.datetime | None = received.replace(microsecond=0)
        day = received.date()
    else:
        day = received
        moment = now.replace(microsecond=0) if received == now.date() else None
    if day > now.date() or (moment is not None and moment > now):
        raise InputError("received", "complaint.future")
    who = " ".join((applicant or "").split())
    if not who:
        raise InputError("applicant", "name.empty")
    to = addressed_to or default_addressee(ctx)
    if to not in ADDRESSEES:
        raise InputError("addressed_to", "settings.choice")
    place = " ".join((answer_place or "").split()) or \
        f"{ctx.office.name_kk}, {ctx.office.address_kk}"
    due = ctx.calendar.add_working_days(day, ADDRESSEES[to])
    with ctx.store.write():
        if db_complaints.number_taken(ctx.store, number):
            raise InputError("incoming_number", "complaint.number_taken", number=number)
        db_complaints.insert_complaint(ctx.store, {
            "incoming_number": number,
            "received_at": _stamp(moment) if moment is not None else day.isoformat(),
            "taken_by": by.login, "applicant": who, "phone": (phone or "").strip(),
            "postal_address": " ".join((postal_address or "").split()),
            "package_number": (package_number or "").strip().upper(), "text": body,
            "answer_due": due.isoformat(), "addressed_to": to, "answer_place": place})
        events.append_event(ctx.store, "complaint_registered", _stamp(now), employee=by.login,
                            data={"incoming_number": number, "answer_due": due.isoformat(),
                                  "addressed_to": to,
                                  "package": (package_number or "").strip().upper()})
    return complaint(ctx, number) or _missing(number)


def _missing(number: str) -> Complaint:
    raise InputError("incoming_number", "complaint.unknown", number=number)


def answer_complaint(ctx: Context, by: Employee, incoming_number: str, answer: str, *,
                     now: dt.datetime) -> Complaint:
    require(by, "complaints")
    if not answer.strip():
        raise InputError("text", "name.empty")
    with ctx.store.write():
        if db_complaints.record_answer(ctx.store, incoming_number, _stamp(now),
                                       answer.strip()) == 0:
            raise InputError("incoming_number", "complaint.unknown", number=incoming_number)
        events.append_event(ctx.store, "complaint_answered", _stamp(now), employee=by.login,
                            data={"incoming_number": incoming_number})
    return complaint(ctx, incoming_number) or _missing(incoming_number)


def complaint(ctx: Context, incoming_number: str) -> Complaint | None:
    row = db_complaints.complaint_by_number(ctx.store, incoming_number.strip())
    return None if row is None else _complaint(row)


def list_complaints(ctx: Context, *, open_only: bool = False) -> list[Complaint]:
    return [_complaint(r) for r in db_complaints.all_complaints(ctx.store, open_only=open_only)]


def overdue_complaints(ctx: Context, today: dt.date) -> list[Complaint]:
    return [_complaint(r) for r in db_complaints.overdue_complaints(ctx.store, today.isoformat())]


def complaint_slip_pdf(ctx: Context, incoming_number: str) -> bytes:
    from kiosk.documents.complaint_slip import SlipData, render_slip
    c = complaint(ctx, incoming_number)
    if c is None:
        raise InputError("incoming_number", "complaint.unknown", number=incoming_number)
    o = ctx.office
    taken_by = db_complaints.employee_full_name(ctx.store, c.taken_by) or c.taken_by
    return render_slip(SlipData(
        o.name_kk, o.name_ru, o.address_kk, o.address_ru, o.phone, c.incoming_number,
        c.received_at, c.applicant, c.postal_address, c.phone, c.package_number, taken_by,
        dt.date.fromisoformat(c.answer_due), c.answer_place, c.addressed_to, c.answer_days,
        c.text))

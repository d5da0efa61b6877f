"""Complaints (шағым, DOMAIN.md §1): registered with an incoming number and date and who took
it; the answer is due in 5 working days (the office calendar); a confirmation slip is printed
for the applicant; an unanswered complaint past its date is overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db import events
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee, require

__all__ = ["Complaint", "ANSWER_WORKING_DAYS", "add_complaint", "answer_complaint",
           "list_complaints", "overdue_complaints", "complaint", "complaint_slip_pdf"]

ANSWER_WORKING_DAYS = 5


@dataclass(frozen=True)
class Complaint:
    id: int
    incoming_number: str
    received_at: str
    taken_by: str
    applicant: str
    phone: str
    package_number: str
    text: str
    answer_due: str
    answered_at: str | None
    answer: str | None

    def overdue(self, today: dt.date) -> bool:
        return self.answered_at is None and self.answer_due < today.isoformat()


def _complaint(row: dict[str, Any]) -> Complaint:
    return Complaint(row["id"], row["incoming_number"], row["received_at"], row["taken_by"],
                     row["applicant"] or "", row["phone"] or "", row["package_number"] or "",
                     row["text"], row["answer_due"], row["answered_at"], row["answer"])


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def add_complaint(ctx: Context, by: Employee, *, incoming_number: str, received: dt.date,
                  applicant: str, text: str, phone: str = "", package_number: str = "",
                  now: dt.datetime) -> Complaint:
    require(by, "complaints")
    number = " ".join((incoming_number or "").split())
    if not number:
        raise InputError("incoming_number", "name.empty")
    body = (text or "").strip()
    if not body:
        raise InputError("text", "name.empty")
    if received > now.date():
        raise InputError("received", "complaint.future")
    who = " ".join((applicant or "").split())
    if not who:
        raise InputError("applicant", "name.empty")
    due = ctx.calendar.add_working_days(received, ANSWER_WORKING_DAYS)
    with ctx.store.write():
        if ctx.store.query_one("SELECT 1 AS x FROM complaints WHERE incoming_number = ?",
                               (number,)) is not None:
            raise InputError("incoming_number", "complaint.number_taken", number=number)
        ctx.store.db.conn.execute(
            "INSERT INTO complaints(incoming_number, received_at, taken_by, applicant, phone, "
            "package_number, text, answer_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (number, received.isoformat(), by.login, who, phone.strip(),
             package_number.strip().upper(), body, due.isoformat()))
        events.append_event(ctx.store, "complaint_registered", _stamp(now), employee=by.login,
                            data={"incoming_number": number, "answer_due": due.isoformat(),
                                  "package": package_number.strip().upper()})
    return complaint(ctx, number) or _missing(number)


def _missing(number: str) -> Complaint:
    raise InputError("incoming_number", "complaint.unknown", number=number)


def answer_complaint(ctx: Context, by: Employee, incoming_number: str, answer: str, *,
                     now: dt.datetime) -> Complaint:
    require(by, "complaints")
    if not answer.strip():
        raise InputError("text", "name.empty")
    with ctx.store.write():
        cur = ctx.store.db.conn.execute(
            "UPDATE complaints SET answered_at = ?, answer = ? WHERE incoming_number = ?",
            (_stamp(now), answer.strip(), incoming_number))
        if cur.rowcount == 0:
            raise InputError("incoming_number", "complaint.unknown", number=incoming_number)
        events.append_event(ctx.store, "complaint_answered", _stamp(now), employee=by.login,
                            data={"incoming_number": incoming_number})
    return complaint(ctx, incoming_number) or _missing(incoming_number)


def complaint(ctx: Context, incoming_number: str) -> Complaint | None:
    row = ctx.store.query_one("SELECT * FROM complaints WHERE incoming_number = ?",
                              (incoming_number.strip(),))
    return None if row is None else _complaint(row)


def list_complaints(ctx: Context, *, open_only: bool = False) -> list[Complaint]:
    sql = "SELECT * FROM complaints"
    if open_only:
        sql += " WHERE answered_at IS NULL"
    return [_complaint(r) for r in ctx.store.query(sql + " ORDER BY received_at DESC, id DESC")]


def overdue_complaints(ctx: Context, today: dt.date) -> list[Complaint]:
    return [_complaint(r) for r in ctx.store.query(
        "SELECT * FROM complaints WHERE answered_at IS NULL AND answer_due < ? "
        "ORDER BY answer_due", (today.isoformat(),))]


def complaint_slip_pdf(ctx: Context, incoming_number: str) -> bytes:
    from kiosk.documents.complaint_slip import SlipData, render_slip
    c = complaint(ctx, incoming_number)
    if c is None:
        raise InputError("incoming_number", "complaint.unknown", number=incoming_number)
    o = ctx.office
    staff = ctx.store.query_one("SELECT full_name FROM staff WHERE login = ?", (c.taken_by,))
    taken_by = staff["full_name"] if staff else c.taken_by
    return render_slip(SlipData(o.name_kk, o.name_ru, o.address_kk, o.address_ru, o.phone,
                                c.incoming_number, dt.date.fromisoformat(c.received_at),
                                c.applicant, c.package_number, taken_by,
                                dt.date.fromisoformat(c.answer_due), c.text))

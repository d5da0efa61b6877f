"""Tickets issued (numbered from 1 each day per category), looked up by id, barcode or
code, and moved on in one checked write."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Mapping

from db import tickets as tickets_db
from db.packages import next_seq
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.queue.ticket import Ticket, _from_row, _stamp, build_prefill, category_of, parse_barcode

__all__ = ["issue_ticket", "issue_prefilled_ticket", "ticket", "ticket_by_barcode",
           "tickets_of_day"]


def issue_ticket(ctx: Context, service_id: str | None, *, lang: str = "kk",
                 prefill: Mapping[str, Any] | None = None,
                 now: dt.datetime | None = None) -> Ticket:
    """A new ticket in the service's category, numbered from 1 each day per category."""
    service = ctx.catalogue.service(service_id) if service_id else None
    if service_id and service is None:
        raise InputError("service", "service.unknown", service=service_id)
    moment = (now or ctx.now()).replace(microsecond=0)
    day = moment.date()
    letter = category_of(service)
    with ctx.store.write():
        seq = next_seq(ctx.store, f"ticket/{day.isoformat()}/{letter}")
        ticket_id = tickets_db.insert_ticket(ctx.store, {
            "day": day.isoformat(), "category": letter, "seq": seq, "code": f"{letter}{seq:03d}",
            "service_id": service_id, "lang": lang, "issued_at": _stamp(moment),
            "status": "waiting", "recalls": 0,
            "prefill": json.dumps(dict(prefill), ensure_ascii=False) if prefill else None})
        tickets_db.notify_queue(ctx.store)
    found = ticket(ctx, ticket_id)
    assert found is not None
    return found


def ticket(ctx: Context, ticket_id: int) -> Ticket | None:
    row = tickets_db.ticket_row(ctx.store, ticket_id)
    return _from_row(row) if row else None


def _require(ctx: Context, ticket_id: int, *allowed: str) -> Ticket:
    t = ticket(ctx, ticket_id)
    if t is None:
        raise InputError("ticket", "queue.unknown_ticket", ticket=ticket_id)
    if t.status not in allowed:
        raise InputError("ticket", "queue.wrong_status", number=t.code, status=t.status)
    return t


def _updated(ctx: Context, ticket_id: int, allowed: tuple[str, ...], values: dict[str, Any],
             *, increment_recalls: bool = False, call: tuple[str, int | None, str] | None = None
             ) -> Ticket:
    """Move a ticket on, in one write transaction that first checks the ticket is in an
    ``allowed`` state (so two desks cannot both act on it), and read it back.  ``call``:
    (kind, window, at) of a line for the calls feed the display announces."""
    with ctx.store.write():
        _require(ctx, ticket_id, *allowed)
        tickets_db.update_ticket(ctx.store, ticket_id, values, increment_recalls)
        if call is not None:
            kind, window, at = call
            tickets_db.record_call(ctx.store, ticket_id=ticket_id, window=window, kind=kind, at=at)
        tickets_db.notify_queue(ctx.store)
    out = ticket(ctx, ticket_id)
    assert out is not None
    return out


def ticket_by_barcode(ctx: Context, text: str) -> Ticket | None:
    """The ticket a scanned barcode (T261120A012) or a typed code of today (A012) names."""
    parsed = parse_barcode(text)
    if parsed is None:
        code = text.strip().upper()
        if not re.fullmatch(r"[A-Z]\d{3,4}", code):
            return None
        parsed = (ctx.now().date(), code)
    day, code = parsed
    row = tickets_db.ticket_row_by_code(ctx.store, day.isoformat(), code)
    return _from_row(row) if row else None


def tickets_of_day(ctx: Context, day: dt.date, status: str | None = None) -> list[Ticket]:
    return [_from_row(r) for r in tickets_db.tickets_of_day(ctx.store, day.isoformat(), status)]


def issue_prefilled_ticket(ctx: Context, service_id: str, applicant: Mapping[str, str],
                           answers: Mapping[str, bool], consent: bool, *, lang: str = "kk",
                           now: dt.datetime | None = None) -> Ticket:
    """The kiosk's "get a ticket" after pre-filling: checks what was typed (InputError names
    the field), needs the consent when any detail was given, and issues the ticket."""
    service = ctx.catalogue.service(service_id)
    if service is None:
        raise InputError("service", "service.unknown", service=service_id)
    prefill = build_prefill(service, applicant, answers, consent)
    if not consent and (prefill["applicant"] or prefill["answers"]):
        raise InputError("consent", "consent.missing")
    return issue_ticket(ctx, service_id, lang=lang, prefill=prefill if consent else None, now=now)


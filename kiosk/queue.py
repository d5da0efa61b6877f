"""The live queue: tickets the kiosk issues, a desk's "call next", no-show, recall, serving and
closing the day.  Every ticket keeps when it was issued, called and served, so the waiting time
(issued -> called) and the service time (called -> receipt or refusal) of each applicant are
measured against the standard's limits (15-20 min each).

A ticket's code is a category letter and a number ("A012"); its barcode carries the day too
("T261120A012") so it never looks like a receipt number (ALM01-01-261120-0007).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Mapping

from db import events
from db.packages import next_seq
from kiosk.applicant import clean_address, clean_name, clean_phone
from kiosk.catalogue import Service
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.iin import validate_iin

__all__ = ["CATEGORY_LETTERS", "Ticket", "category_of", "barcode_text", "parse_barcode",
           "build_prefill", "issue_ticket", "call_next", "no_show", "recall", "serve",
           "close_day", "estimate_wait", "ticket_by_barcode", "ticket", "tickets_of_day",
           "waiting_minutes", "service_minutes", "people_ahead", "DEFAULT_SERVICE_MIN",
           "issue_prefilled_ticket", "take_at_desk"]

# the queue's categories: one letter per service category
CATEGORY_LETTERS: dict[str, str] = {"teachers": "A", "preschool": "B", "school": "C", "other": "D"}
DEFAULT_SERVICE_MIN = 10.0          # a guess for the first tickets of a day, before any data
_BARCODE_RE = re.compile(r"^T(\d{6})([A-Z])(\d{3,4})$")
_STAMP = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Ticket:
    id: int
    day: dt.date
    category: str                   # the letter
    seq: int
    code: str                       # "A012"
    service_id: str | None
    lang: str
    issued_at: dt.datetime
    status: str                     # waiting | called | no_show | served | closed
    called_at: dt.datetime | None = None
    served_at: dt.datetime | None = None
    desk: str | None = None
    recalls: int = 0
    package_id: int | None = None
    prefill: dict[str, Any] | None = None

    @property
    def barcode(self) -> str:
        return barcode_text(self.day, self.code)

    @property
    def waiting_min(self) -> float | None:
        return waiting_minutes(self.issued_at, self.called_at)

    @property
    def service_min(self) -> float | None:
        return waiting_minutes(self.called_at, self.served_at)


def _ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _from_row(row: Mapping[str, Any]) -> Ticket:
    issued = _ts(row["issued_at"])
    assert issued is not None
    return Ticket(
        id=row["id"], day=dt.date.fromisoformat(row["day"]), category=row["category"],
        seq=row["seq"], code=row["code"], service_id=row["service_id"], lang=row["lang"] or "kk",
        issued_at=issued, status=row["status"], called_at=_ts(row["called_at"]),
        served_at=_ts(row["served_at"]), desk=row["desk"], recalls=row["recalls"] or 0,
        package_id=row["package_id"],
        prefill=json.loads(row["prefill"]) if row["prefill"] else None)


def waiting_minutes(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60.0, 1)


def service_minutes(t: Ticket) -> float | None:
    return t.service_min


def category_of(service: Service | None) -> str:
    if service is None:
        return CATEGORY_LETTERS["other"]
    return CATEGORY_LETTERS.get(service.category, CATEGORY_LETTERS["other"])


def barcode_text(day: dt.date, code: str) -> str:
    """What the ticket's barcode carries: "T" + yymmdd + code, e.g. T261120A012."""
    return f"T{day:%y%m%d}{code}"


def parse_barcode(text: str) -> tuple[dt.date, str] | None:
    """(day, code) from a scanned ticket barcode, or None when it is not a ticket."""
    m = _BARCODE_RE.match(text.strip().upper())
    if not m:
        return None
    try:
        day = dt.datetime.strptime(m.group(1), "%y%m%d").date()
    except ValueError:
        return None
    return day, m.group(2) + m.group(3)


def build_prefill(service: Service, applicant: Mapping[str, str], answers: Mapping[str, bool],
                  consent: bool, representative: Mapping[str, str] | None = None
                  ) -> dict[str, Any]:
    """What the applicant typed at the kiosk, checked field by field (empty fields stay empty:
    the clerk completes them), in the accept-JSON shape the desk's intake form opens."""
    def person(data: Mapping[str, str], prefix: str) -> dict[str, str]:
        out: dict[str, str] = {}
        iin = (data.get("iin") or "").strip()
        if iin:
            try:
                out["iin"] = validate_iin(iin).iin
            except InputError as exc:
                exc.field = f"{prefix}.iin"
                raise
        for key in ("surname", "name", "patronymic"):
            value = data.get(key) or ""
            if value.strip():
                out[key] = clean_name(f"{prefix}.{key}", value)
        if (data.get("phone") or "").strip():
            out["phone"] = clean_phone(f"{prefix}.phone", data["phone"])
        if (data.get("address") or "").strip():
            out["address"] = clean_address(f"{prefix}.address", data["address"])
        return out

    known = {c.id for c in service.conditions}
    for key, value in answers.items():
        if key not in known:
            raise InputError("answers", "answer.unknown", answer=key)
        if not isinstance(value, bool):
            raise InputError(f"answers.{key}", "field.type")
    return {"service": service.id, "applicant": person(applicant, "applicant"),
            "representative": person(representative, "representative") if representative else None,
            "answers": dict(answers), "consent": bool(consent)}


def _stamp(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).strftime(_STAMP)


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
        code = f"{letter}{seq:03d}"
        cur = ctx.store.db.conn.execute(
            "INSERT INTO tickets (day, category, seq, code, service_id, lang, issued_at, status, "
            "prefill, recalls) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, 0)",
            (day.isoformat(), letter, seq, code, service_id, lang, _stamp(moment),
             json.dumps(dict(prefill), ensure_ascii=False) if prefill else None))
        ticket_id = int(cur.lastrowid or 0)
    found = ticket(ctx, ticket_id)
    assert found is not None
    return found


def ticket(ctx: Context, ticket_id: int) -> Ticket | None:
    row = ctx.store.query_one("SELECT * FROM tickets WHERE id = ?", (ticket_id,))
    return _from_row(row) if row else None


def _updated(ctx: Context, ticket_id: int, allowed: tuple[str, ...], sql: str,
             params: tuple[Any, ...]) -> Ticket:
    """Move a ticket on by one UPDATE, in one write transaction that first checks the ticket
    is in an ``allowed`` state (so two desks cannot both act on it), and read it back."""
    with ctx.store.write():
        _require(ctx, ticket_id, *allowed)
        ctx.store.db.conn.execute(sql, params)
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
    row = ctx.store.query_one("SELECT * FROM tickets WHERE day = ? AND code = ?",
                              (day.isoformat(), code))
    return _from_row(row) if row else None


def tickets_of_day(ctx: Context, day: dt.date, status: str | None = None) -> list[Ticket]:
    sql, params = "SELECT * FROM tickets WHERE day = ?", [day.isoformat()]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return [_from_row(r) for r in ctx.store.query(sql + " ORDER BY issued_at, id", params)]


def call_next(ctx: Context, desk: str, *, category: str | None = None,
              now: dt.datetime | None = None) -> Ticket | None:
    """The oldest waiting ticket of today goes to this desk (live queue order).  A desk may
    pick a category only where the office allows it (OfficeProfile.queue_any_category)."""
    if category is not None and not ctx.office.queue_any_category:
        raise InputError("category", "queue.category_not_allowed")
    moment = (now or ctx.now()).replace(microsecond=0)
    sql = "SELECT id FROM tickets WHERE day = ? AND status = 'waiting'"
    params: list[Any] = [moment.date().isoformat()]
    if category is not None:
        sql += " AND category = ?"
        params.append(category)
    with ctx.store.write():
        row = ctx.store.db.conn.execute(sql + " ORDER BY issued_at, id LIMIT 1", params).fetchone()
        if row is None:
            return None
        ctx.store.db.conn.execute(
            "UPDATE tickets SET status = 'called', called_at = ?, desk = ? WHERE id = ?",
            (_stamp(moment), desk, row[0]))
    return ticket(ctx, row[0])


def _require(ctx: Context, ticket_id: int, *allowed: str) -> Ticket:
    t = ticket(ctx, ticket_id)
    if t is None:
        raise InputError("ticket", "queue.unknown_ticket", ticket=ticket_id)
    if t.status not in allowed:
        raise InputError("ticket", "queue.wrong_status", number=t.code, status=t.status)
    return t


def no_show(ctx: Context, ticket_id: int, *, now: dt.datetime | None = None) -> Ticket:
    """The called applicant did not come to the desk."""
    return _updated(ctx, ticket_id, ("called",),
                    "UPDATE tickets SET status = 'no_show' WHERE id = ?", (ticket_id,))


def recall(ctx: Context, ticket_id: int, desk: str, *, now: dt.datetime | None = None) -> Ticket:
    """Call a ticket again (it is announced once more; a no-show who comes back is served).
    The waiting time stays measured to the first call."""
    moment = (now or ctx.now()).replace(microsecond=0)
    return _updated(ctx, ticket_id, ("called", "no_show"),
                    "UPDATE tickets SET status = 'called', desk = ?, recalls = recalls + 1, "
                    "called_at = COALESCE(called_at, ?) WHERE id = ?",
                    (desk, _stamp(moment), ticket_id))


def serve(ctx: Context, ticket_id: int, *, package_id: int | None = None,
          now: dt.datetime | None = None) -> Ticket:
    """The applicant was served without a package (a consultation); a receipt or a refusal
    marks the ticket itself (kiosk.intake.accept_package)."""
    moment = (now or ctx.now()).replace(microsecond=0)
    return _updated(ctx, ticket_id, ("called",),
                    "UPDATE tickets SET status = 'served', served_at = ?, package_id = ? "
                    "WHERE id = ?", (_stamp(moment), package_id, ticket_id))


def close_day(ctx: Context, day: dt.date, *, employee: str | None = None,
              now: dt.datetime | None = None) -> int:
    """At day end: every ticket of the day still waiting, called or absent is closed.
    Returns how many; the closing is an event in the audit trail."""
    moment = (now or ctx.now()).replace(microsecond=0)
    with ctx.store.write():
        cur = ctx.store.db.conn.execute(
            "UPDATE tickets SET status = 'closed' WHERE day <= ? "
            "AND status IN ('waiting', 'called', 'no_show')", (day.isoformat(),))
        count = cur.rowcount
        events.append_event(ctx.store, "queue_closed", moment.isoformat(sep=" "),
                            employee=employee, data={"day": day.isoformat(), "closed": count})
    return count


def people_ahead(ctx: Context, category: str, *, before_id: int | None = None,
                 now: dt.datetime | None = None) -> list[Ticket]:
    """Today's waiting tickets that will be called before a ticket of `category` (issued after
    them; all categories share one line unless desks may pick a category)."""
    moment = now or ctx.now()
    return [t for t in tickets_of_day(ctx, moment.date(), "waiting")
            if (before_id is None or t.id < before_id)
            and (not ctx.office.queue_any_category or t.category == category)]


def estimate_wait(ctx: Context, category: str, *, before_id: int | None = None,
                  now: dt.datetime | None = None) -> int:
    """Minutes a ticket in `category` will likely wait, from today's real times: the tickets
    ahead of it times today's mean service time (per desk at work), and never less than
    today's recent real waits while people are waiting.  0 when nobody is ahead."""
    moment = (now or ctx.now()).replace(microsecond=0)
    day = moment.date()
    today = tickets_of_day(ctx, day)
    ahead = people_ahead(ctx, category, before_id=before_id, now=moment)
    if not ahead:
        return 0
    services = [t.service_min for t in today if t.service_min is not None]
    mean_service = sum(services) / len(services) if services else DEFAULT_SERVICE_MIN
    desks = len({t.desk for t in today if t.desk and t.called_at
                 and (moment - t.called_at).total_seconds() <= 3600}) or 1
    by_service = len(ahead) * mean_service / desks
    waits = [t.waiting_min for t in sorted(today, key=lambda t: t.called_at or moment)
             if t.waiting_min is not None][-5:]
    recent = sum(waits) / len(waits) if waits else 0.0
    return int(round(max(by_service, recent)))


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


def take_at_desk(ctx: Context, ticket_id: int, desk: str, *,
                 now: dt.datetime | None = None) -> Ticket:
    """The applicant shows the ticket at a desk (it was scanned): a waiting ticket counts as
    called now; a called or absent one stays with its first call."""
    moment = (now or ctx.now()).replace(microsecond=0)
    return _updated(ctx, ticket_id, ("waiting", "called", "no_show"),
                    "UPDATE tickets SET status = 'called', desk = ?, "
                    "called_at = COALESCE(called_at, ?) WHERE id = ?",
                    (desk, _stamp(moment), ticket_id))

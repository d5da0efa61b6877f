"""After dispatch: the courier brings results back from the providers (``mark_returned``:
dispatched -> result_ready), and the applicant collects theirs (``issue_result``:
result_ready -> issued, with the employee and the time).  Any other step is refused with an
InputError that says, in the clerk's language, where the package really is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from db import events
from db.batches import batch_number
from db.packages import mark_issued, mark_result_ready, package_by_number
from kiosk.context import Context
from kiosk.errors import InputError

__all__ = ["Handover", "handover", "mark_returned", "issue_result"]


@dataclass(frozen=True)
class Handover:
    """A package as the returns and issue screens show it."""
    number: str
    status: str
    service_id: str
    service: str                 # short name in the asked language
    applicant: str
    iin: str
    phone: str
    representative: str
    due_date: str | None
    batch: str | None
    result_ready_at: str | None
    issued_at: str | None
    issued_by: str | None


def _clean(number: str) -> str:
    return (number or "").strip().upper()


def _package(ctx: Context, number: str) -> dict[str, Any]:
    package = package_by_number(ctx.store, _clean(number))
    if package is None:
        raise InputError("number", "package.not_found", number=_clean(number) or "—")
    return package


def _name(person: dict[str, Any] | None) -> str:
    if not person:
        return ""
    return " ".join(x for x in (person.get("surname"), person.get("name"),
                                person.get("patronymic")) if x)


def _handover(ctx: Context, p: dict[str, Any], lang: str) -> Handover:
    svc = ctx.catalogue.service(p["service_id"])
    batch = None
    if p.get("batch_id"):
        batch = batch_number(ctx.store, p["batch_id"])
    return Handover(
        number=p["number"], status=p["status"], service_id=p["service_id"],
        service=svc.short_name.get(lang) if svc else p["service_id"],
        applicant=_name(p), iin=p["iin"] or "", phone=p["phone"] or "",
        representative=_name(p.get("representative")), due_date=p.get("due_date"),
        batch=batch, result_ready_at=p.get("result_ready_at"), issued_at=p.get("issued_at"),
        issued_by=p.get("issued_by"))


def _check_issue(p: dict[str, Any]) -> None:
    if p["status"] == "issued":
        raise InputError("number", "issue.already", number=p["number"],
                         at=(p.get("issued_at") or "")[:16], by=p.get("issued_by") or "")
    if p["status"] != "result_ready":
        raise InputError("number", "issue.not_ready", number=p["number"], status=p["status"])


def handover(ctx: Context, number: str, lang: str = "kk", *, for_issue: bool = False) -> Handover:
    """The package behind a receipt number; with ``for_issue`` it must be ready to hand over
    (the issue screen shows the applicant and asks to confirm before :func:`issue_result`)."""
    p = _package(ctx, number)
    if for_issue:
        _check_issue(p)
    return _handover(ctx, p, lang)


def _when(now: dt.datetime | None, ctx: Context) -> str:
    return (now or ctx.now()).replace(microsecond=0).isoformat(sep=" ")


def mark_returned(ctx: Context, number: str, employee: str, now: dt.datetime | None = None,
                  lang: str = "kk") -> Handover:
    """The result is here to hand over: status result_ready.  A courier package's result
    comes back from the provider after dispatch; a package that does not travel (the office is
    the provider, or the result comes through the information systems) is ready once
    decided."""
    at = _when(now, ctx)
    with ctx.store.write():
        p = _package(ctx, number)
        if p["status"] in ("result_ready", "issued"):
            raise InputError("number", "return.already", number=p["number"],
                             at=(p.get("result_ready_at") or "")[:16])
        if p["status"] == "refused":
            raise InputError("number", "return.refused", number=p["number"])
        travels = p["destination"] is not None or p["batch_id"] is not None
        if p["status"] != ("dispatched" if travels else "accepted"):
            raise InputError("number", "return.not_dispatched", number=p["number"],
                             status=p["status"])
        mark_result_ready(ctx.store, p["id"], at, p["status"])
        events.append_event(ctx.store, "result_ready", at, employee=employee, package_id=p["id"],
                            data={"number": p["number"]})
        p.update(status="result_ready", result_ready_at=at)
    return _handover(ctx, p, lang)


def issue_result(ctx: Context, number: str, employee: str, now: dt.datetime | None = None,
                 lang: str = "kk") -> Handover:
    """Hand the result to the applicant: status issued, with who and when.  Only once, and
    only when the result is back (result_ready)."""
    at = _when(now, ctx)
    with ctx.store.write():
        p = _package(ctx, number)
        _check_issue(p)
        mark_issued(ctx.store, p["id"], at, employee)
        events.append_event(ctx.store, "issued", at, employee=employee, package_id=p["id"],
                            data={"number": p["number"]})
        p.update(status="issued", issued_at=at, issued_by=employee)
    return _handover(ctx, p, lang)

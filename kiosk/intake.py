"""Intake: one package from request to stored, numbered outcome.

``request_from_dict`` checks what a form or the accept JSON gives; ``accept_package`` evaluates
the checklist and stores the package, its number and its event in one transaction.  A complete
package is accepted, an incomplete one refused; both are numbered and stored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from db import events
from db.packages import (insert_package, next_seq, package_by_request, serve_ticket,
                         ticket_state)
from kiosk.applicant import Person, person_from_dict
from kiosk.catalogue import Catalogue, Service
from kiosk.deadlines import package_dues
from kiosk.checklist import ChecklistResult, evaluate
from kiosk.context import Context
from kiosk.errors import InputError

__all__ = ["ReceivedDocument", "AcceptRequest", "IntakeResult", "request_from_dict",
           "parse_request_json", "accept_package", "check_service", "receipt_number",
           "check_office", "package_dues", "CONSENT_METHODS"]


@dataclass(frozen=True)
class ReceivedDocument:
    id: str
    original: bool = False
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "original": self.original, "pages": self.pages}


@dataclass(frozen=True)
class AcceptRequest:
    service_id: str
    applicant: Person
    representative: Person | None
    answers: dict[str, bool]
    documents: tuple[ReceivedDocument, ...]
    consent: bool
    channel: str = "counter"
    ticket_id: int | None = None
    consent_method: str = "written"   # written | eds | sms (seed 003 l.143)
    request_id: str | None = None   # a retry with the same id returns the first result

    @property
    def received_ids(self) -> list[str]:
        return [d.id for d in self.documents]


@dataclass(frozen=True)
class IntakeResult:
    package_id: int
    number: str
    outcome: str                  # accepted | refused
    missing: tuple[str, ...]
    accepted_at: dt.datetime
    due_date: dt.date | None = None
    provider_due_date: dt.date | None = None
    checklist: ChecklistResult | None = field(default=None, compare=False)


_CHANNEL_RE = re.compile(r"\A[a-z_]{1,20}\Z")
CONSENT_METHODS = ("written", "eds", "sms")


def check_service(catalogue: Catalogue, service_id: Any) -> Service:
    """The service a package may be started for, or InputError saying why not."""
    if not isinstance(service_id, str) or not service_id.strip():
        raise InputError("service", "field.missing")
    service = catalogue.service(service_id.strip())
    if service is None:
        raise InputError("service", "service.unknown", service=service_id)
    if service.status != "active":
        raise InputError("service", "service.repealed")
    if service.information_only:
        raise InputError("service", "service.information_only")
    if not service.documents:
        raise InputError("service", "service.no_documents")
    return service


def _documents(service: Service, raw: Any) -> tuple[ReceivedDocument, ...]:
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise InputError("documents", "field.type")
    out: dict[str, ReceivedDocument] = {}
    for item in raw:
        # the application is handed in as an original unless the form says otherwise
        # (Appendix 2 of the standard: the applicant's own signed form)
        if isinstance(item, str):
            doc = ReceivedDocument(item, item == "application")
        elif isinstance(item, Mapping) and isinstance(item.get("id"), str):
            pages = item.get("pages")
            if pages is not None and (isinstance(pages, bool) or not isinstance(pages, int)
                                      or not 1 <= pages <= 999):
                raise InputError(f"documents.{item['id']}.pages", "pages.invalid")
            original = item.get("original", item["id"] == "application")
            if not isinstance(original, bool):
                raise InputError(f"documents.{item['id']}.original", "field.type")
            doc = ReceivedDocument(item["id"], original, pages)
        else:
            raise InputError("documents", "field.type")
        if service.document(doc.id) is None:
            raise InputError("documents", "document.unknown", document=doc.id)
        if doc.id in out:
            raise InputError("documents", "document.duplicate", document=doc.id)
        out[doc.id] = doc
    return tuple(out.values())


def _answers(service: Service, raw: Any) -> dict[str, bool]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise InputError("answers", "field.type")
    known = {c.id for c in service.conditions}
    answers: dict[str, bool] = {}
    for key, value in raw.items():
        if key not in known:
            raise InputError("answers", "answer.unknown", answer=key)
        if not isinstance(value, bool):
            raise InputError(f"answers.{key}", "field.type")
        answers[key] = value
    return answers


def request_from_dict(catalogue: Catalogue, data: Any) -> AcceptRequest:
    """Check an accept request (the accept JSON, or a form's fields); InputError names the field."""
    if not isinstance(data, Mapping):
        raise InputError("", "json.malformed", detail="the top level must be an object")
    service = check_service(catalogue, data.get("service"))
    applicant = person_from_dict(data.get("applicant"), "applicant")
    rep_raw = data.get("representative")
    representative = None
    if rep_raw is not None:
        representative = person_from_dict(rep_raw, "representative", representative=True)
    answers = _answers(service, data.get("answers"))
    documents = _documents(service, data.get("documents"))
    consent = data.get("consent")
    # consent to use data held in information systems: written, by EDS or by SMS (seed 003
    # l.143); `true` is the written consent on the application
    method = data.get("consent_method")
    if isinstance(consent, str) and consent in CONSENT_METHODS and method in (None, consent):
        method, consent = consent, True
    if consent is not True:
        raise InputError("consent", "consent.missing")
    if method is None:
        method = "written"
    if method not in CONSENT_METHODS:
        raise InputError("consent_method", "consent.method")
    ticket = data.get("ticket_id")
    if ticket is not None and (isinstance(ticket, bool) or not isinstance(ticket, int)
                               or not 1 <= ticket < 2 ** 63):
        raise InputError("ticket_id", "field.type")
    channel = data.get("channel") or "counter"
    if not isinstance(channel, str) or not _CHANNEL_RE.match(channel):
        raise InputError("channel", "field.type")
    request_id = data.get("request_id")
    if request_id is not None and (not isinstance(request_id, str)
                                   or not _REQUEST_ID_RE.match(request_id)):
        raise InputError("request_id", "request.id_invalid")
    return AcceptRequest(service.id, applicant, representative, answers, documents, True,
                         channel, ticket, str(method), request_id)


# what the accept JSON may carry at its top level; anything else is refused, named
REQUEST_KEYS = frozenset({"service", "applicant", "representative", "answers", "documents",
                          "consent", "consent_method", "ticket_id", "channel", "request_id"})
_REQUEST_ID_RE = re.compile(r"\A[A-Za-z0-9._:-]{1,100}\Z")
MAX_JSON_BYTES = 1_000_000


def _shown_key(key: str) -> str:
    """A key as a message may show it (no braces a template would read, at most 40 chars)."""
    return key.replace("{", "(").replace("}", ")")[:40]


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise InputError("", "json.duplicate_key", key=_shown_key(key))
        seen[key] = value
    return seen


def parse_request_json(catalogue: Catalogue, text: str | bytes) -> AcceptRequest:
    """The accept JSON (a UTF-8 BOM is fine): too large, too deeply nested, numbers of
    thousands of digits, a key given twice, unknown top-level keys: InputError naming them."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError("", "json.malformed", detail=str(exc)) from None
    text = text.lstrip("\ufeff")
    if len(text) > MAX_JSON_BYTES:
        raise InputError("", "json.too_large", max=MAX_JSON_BYTES)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise InputError("", "json.malformed", detail=str(exc)) from None
    except RecursionError:
        raise InputError("", "json.too_deep") from None
    except ValueError as exc:   # an integer of more than 4,300 digits
        raise InputError("", "json.malformed", detail=str(exc)[:80]) from None
    if isinstance(data, Mapping):
        unknown = sorted(set(data) - REQUEST_KEYS)
        if unknown:
            raise InputError("", "json.unknown_keys",
                             keys=", ".join(_shown_key(k) for k in unknown[:10])[:200])
    return request_from_dict(catalogue, data)


def receipt_number(office_code: str, station: str, day: dt.date, seq: int) -> str:
    return f"{office_code}-{station}-{day:%y%m%d}-{seq:04d}"


def check_office(ctx: Context, service: Service, moment: dt.datetime | None = None) -> None:
    """Whether this office may take a package of ``service`` (at ``moment``), or InputError
    saying why not: the service is not offered through this kind of office (S3 is
    portal-only, seed 003 l.213-217; S8 has no provider-office channel, seed 004 l.243-247),
    the office does not accept it (its setting, issue 15 point 5: S1 at a State Corporation
    branch only where the region's regulation says so, seed 001 l.13-15, seed 000 l.11), or
    it is outside the office's acceptance hours, a weekend or a holiday (seed 000 l.20-21)."""
    office = ctx.office
    if not service.offered_at(office.office_kind):
        raise InputError("service", "service.channel")
    if not office.accepts(service.id):
        raise InputError("service", "service.not_here")
    if moment is not None:
        if not ctx.calendar.is_working_day(moment.date()) or not office.accepting_at(moment):
            raise InputError("accepted_at", "office.closed", hours=office.acceptance_hours,
                             now=moment.strftime("%d.%m.%Y %H:%M"))


def _stored_result(p: dict[str, Any]) -> IntakeResult:
    def day(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None
    return IntakeResult(int(p["id"]), str(p["number"]), str(p["outcome"]),
                        tuple(p["missing"] or ()),
                        dt.datetime.fromisoformat(str(p["accepted_at"])),
                        day(p["due_date"]), day(p["provider_due_date"]))


def accept_package(ctx: Context, request: AcceptRequest, *, employee: str,
                   now: dt.datetime | None = None) -> IntakeResult:
    """Evaluate, number and store one package (and its event) in one transaction."""
    ctx.refresh()   # the office's services, hours and calendar as another PC may have set them
    service = check_service(ctx.catalogue, request.service_id)
    moment = (now or ctx.now()).replace(microsecond=0)
    day = moment.date()
    check_office(ctx, service, moment)
    office = ctx.office
    result = evaluate(service, request.answers, request.received_ids, office.office_kind)
    outcome = "accepted" if result.complete else "refused"
    dues = package_dues(ctx, service, day) if outcome == "accepted" else None
    expected_back = None
    if outcome == "accepted" and dues is None and service.courier \
            and office.office_kind == "state_corporation" and service.id in office.return_days:
        # no result term in the seeds (S1 through the State Corporation): the return is
        # tracked against the office's own setting (issue 15 point 7); a provider's own
        # office sends nothing by courier, so nothing comes back
        expected_back = ctx.calendar.add_working_days(day, office.return_days[service.id])
    station = ctx.station_code
    applicant = request.applicant
    row: dict[str, Any] = {
        "office_code": office.code, "station": station, "day": day.isoformat(),
        "service_id": service.id, "catalogue_version": ctx.catalogue.version,
        "outcome": outcome, "status": outcome,
        "surname": applicant.surname, "name": applicant.name, "patronymic": applicant.patronymic,
        "iin": applicant.iin, "phone": applicant.phone, "address": applicant.address,
        "representative": request.representative.to_dict() if request.representative else None,
        "answers": request.answers,
        "documents": [d.to_dict() for d in request.documents],
        "missing": result.missing_ids, "consent": 1, "channel": request.channel,
        "consent_method": request.consent_method, "office_kind": office.office_kind,
        "expected_back_date": expected_back.isoformat() if expected_back else None,
        "employee": employee, "accepted_at": moment.isoformat(sep=" "),
        "due_date": dues.due.isoformat() if dues else None,
        # the provider's date concerns a package that travels to the provider by courier
        "provider_due_date": dues.provider_due.isoformat()
        if dues and service.courier and office.office_kind == "state_corporation" else None,
        "destination": (office.destinations.get(service.id) or service.provider.kk)
        if service.courier and office.office_kind == "state_corporation"
        and outcome == "accepted" else None,
        "ticket_id": request.ticket_id, "format": office.paper,
    }
    if request.request_id is not None:
        row["request_id"] = request.request_id
    with ctx.store.write():
        if request.request_id is not None:
            first = package_by_request(ctx.store, request.request_id)
            if first is not None:       # a retry: the first result, nothing stored again
                if (first["service_id"], first["iin"]) != (service.id, applicant.iin):
                    raise InputError("request_id", "request.reused", request=request.request_id)
                return _stored_result(first)
        if request.ticket_id is not None:
            ticket = ticket_state(ctx.store, request.ticket_id)
            if ticket is None:
                raise InputError("ticket_id", "ticket.unknown", ticket=request.ticket_id)
            if ticket["served_at"] or ticket["status"] == "served":
                raise InputError("ticket_id", "ticket.served", ticket=request.ticket_id)
            if ticket["status"] != "called":
                raise InputError("ticket_id", "ticket.not_called", ticket=request.ticket_id)
        seq = next_seq(ctx.store, f"receipt/{office.code}/{station}/{day.isoformat()}")
        number = receipt_number(office.code, station, day, seq)
        row.update(seq=seq, number=number)
        package_id = insert_package(ctx.store, row)
        events.append_event(ctx.store, outcome, row["accepted_at"], employee=employee,
                            package_id=package_id,
                            data={"number": number, "service": service.id,
                                  "missing": result.missing_ids})
        if request.ticket_id is not None:
            serve_ticket(ctx.store, request.ticket_id, package_id, row["accepted_at"])
    return IntakeResult(package_id, number, outcome, tuple(result.missing_ids), moment,
                        dues.due if dues else None, dues.provider_due if dues else None, result)

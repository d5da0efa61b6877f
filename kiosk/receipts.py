"""From a stored package to its printed receipt (or refusal receipt), always under the
catalogue version the package was accepted with, so a reprint equals the first print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from db.events import append_event
from db.packages import package_by_number
from kiosk.applicant import format_phone
from kiosk.checklist import needed
from kiosk.context import Context
from kiosk.documents.model import Bilingual, ReceiptData, ReceiptLine
from kiosk.documents.receipt import render_receipt, render_receipt_to
from kiosk.staff import full_name_of

__all__ = ["receipt_data", "receipt_pdf", "save_receipt", "PackageNotFound", "receipt_path",
           "record_reprint"]


class PackageNotFound(LookupError):
    def __init__(self, number: str) -> None:
        super().__init__(f"no package with receipt number {number}")
        self.number = number


def _bi(text: Any) -> Bilingual:
    return Bilingual(text.kk, text.ru)


def _result_issue(ctx: Context, package: dict[str, Any]) -> Bilingual | None:
    due = package.get("due_date")
    if not due:
        return None
    d = dt.date.fromisoformat(due)
    o = ctx.office
    hours = f"{o.open_time}–{o.accept_until}"
    return Bilingual(f"{d:%d.%m.%Y}, {hours}, {o.address_kk}",
                     f"{d:%d.%m.%Y}, {hours}, {o.address_ru}")


def receipt_data(ctx: Context, package: dict[str, Any]) -> ReceiptData:
    catalogue = ctx.catalogue_version(package["catalogue_version"])
    service = catalogue.service(package["service_id"])
    if service is None:
        raise KeyError(package["service_id"])
    got = {d["id"]: d for d in package["documents"] or []}
    answers = package.get("answers") or {}
    lines = []
    # the documents as the office that accepted the package takes them (issue 15 point 1)
    documents = service.documents_at(package.get("office_kind") or ctx.office.office_kind)
    for i, doc in enumerate(documents, start=1):
        need, exempt = needed(doc, answers)
        info = got.get(doc.id)
        lines.append(ReceiptLine(
            index=i, name=_bi(doc.name), kind=doc.kind,
            # obtained by the employee from information systems: shown so on every paper
            received=info is not None or doc.from_information_system,
            from_information_system=doc.from_information_system,
            original=bool(info and info.get("original")),
            pages=info.get("pages") if info else None, exempt=exempt,
            note=_bi(doc.note) if doc.note else None, originals_shown=doc.originals_shown))
    missing = tuple(_bi(d.name) for d in service.documents if d.id in (package["missing"] or []))
    rep = package.get("representative")
    office = ctx.office
    return ReceiptData(
        number=package["number"], refused=package["outcome"] == "refused",
        accepted_at=package["accepted_at"][:16],
        office_name=office.name, office_address=office.address, office_phone=office.phone,
        # a registry code only where the seeds give one (seed 003 l.168-169: S3 and S4)
        service_name=_bi(service.name), service_code=service.registry_code or "",
        legal_basis=_bi(service.legal_basis),
        repealed_acts=_bi(service.repealed_acts) if service.repealed_acts else None,
        consent_method=package.get("consent_method") or ("written" if package.get("consent")
                                                         else None),
        applicant_name=" ".join(p for p in (package["surname"], package["name"],
                                            package["patronymic"]) if p),
        applicant_iin=package["iin"], applicant_phone=format_phone(package["phone"] or ""),
        applicant_address=package["address"] or "",
        representative_name=" ".join(p for p in (rep["surname"], rep["name"], rep["patronymic"])
                                     if p) if rep else None,
        representative_phone=format_phone(rep["phone"]) if rep else None,
        representative_poa=rep.get("poa") if rep else None,
        lines=tuple(lines), missing=missing,
        employee=full_name_of(ctx.store, package["employee"]),  # the account's full name
        result_issue=_result_issue(ctx, package), catalogue_version=package["catalogue_version"],
    )


def _package(ctx: Context, number: str) -> dict[str, Any]:
    package = package_by_number(ctx.store, number)
    if package is None:
        raise PackageNotFound(number)
    return package


def receipt_pdf(ctx: Context, number: str, fmt: str | None = None) -> bytes:
    package = _package(ctx, number)
    return render_receipt(receipt_data(ctx, package), fmt or package.get("format") or ctx.office.paper)


def receipt_path(ctx: Context, package: dict[str, Any]) -> Path:
    folder = ctx.receipts_dir / package["day"]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{package['number']}.pdf"


def save_receipt(ctx: Context, number: str, out: str | Path | None = None,
                 fmt: str | None = None) -> Path:
    """Render and write a package's receipt atomically; the default place is the data
    folder's receipts/DAY/NUMBER.pdf."""
    package = _package(ctx, number)
    target = Path(out) if out else receipt_path(ctx, package)
    render_receipt_to(target, receipt_data(ctx, package),
                      fmt or package.get("format") or ctx.office.paper)
    return target


def record_reprint(ctx: Context, number: str, employee: str | None, at: dt.datetime,
                   to: str = "printer") -> None:
    """Put a reprint in the package's trail (who, when, to a printer or a file): a second
    copy of a receipt in circulation is something the office must be able to account for."""
    package = _package(ctx, number)
    with ctx.store.write():
        append_event(ctx.store, "reprinted", at.isoformat(timespec="seconds"), employee=employee,
                     package_id=package["id"], data={"number": package["number"], "to": to})

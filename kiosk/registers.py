"""The daily register: the day's journal of every package, accepted and refused, one row a
package, in PDF, CSV and XLSX.  The command line and the manager screen both call
:func:`export_register`.

The PDF is the office's bilingual paper (Kazakh / Russian); the CSV and XLSX are tables the
manager opens in a spreadsheet, in the manager's language (headings, outcomes, statuses,
service and document names), written through :mod:`kiosk.sheets` (formulas neutralised, IINs
kept as 12 digits of text, dates as dates)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.packages import decode_package, packages_of_day
from kiosk.context import Context
from kiosk.labels import outcome_name, status_name
from kiosk.safe_write import write_atomic
from kiosk.sheets import Sheet, csv_bytes, xlsx_bytes
from kiosk.errors import InputError
from kiosk.iin import mask_iin
from kiosk.staff import MANAGERS, Employee, names_by_login, require

__all__ = ["RegisterRow", "register_rows", "register_sheet", "register_csv", "register_xlsx",
           "register_pdf", "export_register", "COLUMNS", "HEADINGS", "FORMATS"]

FORMATS = ("pdf", "csv", "xlsx")

# column headings, Kazakh / Russian (the register is an office document)
COLUMNS: dict[str, str] = {
    "no": "№",
    "number": "Қолхат нөмірі / Номер расписки",
    "time": "Уақыты / Время",
    "service": "Қызмет / Услуга",
    "applicant": "Көрсетілетін қызметті алушы / Заявитель",
    "iin": "ЖСН / ИИН",
    "outcome": "Нәтиже / Итог",
    "missing": "Жетіспейтін құжаттар / Недостающие документы",
    "due_date": "Нәтиже мерзімі / Срок",
    "destination": "Жіберілетін жер / Куда",
    "status": "Күйі / Статус",
    "employee": "Қызметкер / Сотрудник",
}

OUTCOMES = {"accepted": "қабылданды / принят", "refused": "бас тартылды / отказ"}

# the spreadsheet's column headings in the reader's language
HEADINGS: dict[str, tuple[str, ...]] = {
    "kk": ("№", "Қолхат нөмірі", "Қабылданған уақыты", "Қызмет", "Көрсетілетін қызметті алушы",
           "ЖСН", "Нәтиже", "Жетіспейтін құжаттар", "Нәтиже мерзімі", "Жіберілетін жер", "Күйі",
           "Қызметкер"),
    "ru": ("№", "Номер расписки", "Время приёма", "Услуга", "Заявитель", "ИИН", "Итог",
           "Недостающие документы", "Срок результата", "Куда направлен", "Статус", "Сотрудник"),
    "en": ("No.", "Receipt number", "Accepted at", "Service", "Applicant", "IIN", "Outcome",
           "Missing documents", "Result due", "Destination", "Status", "Employee"),
}
WIDTHS = (5, 24, 17, 40, 32, 15, 14, 44, 12, 30, 20, 22)


@dataclass(frozen=True)
class RegisterRow:
    no: int
    number: str
    time: str
    service: str
    applicant: str
    iin: str
    outcome: str
    missing: str
    due_date: str
    destination: str
    status: str
    employee: str
    # what the words above stand for, so tables can speak the reader's language
    outcome_code: str = ""
    status_code: str = ""
    accepted_at: str = ""          # ISO, as stored
    due_iso: str = ""              # ISO date or ""
    service_id: str = ""
    catalogue_version: str = ""
    missing_ids: tuple[str, ...] = ()


def register_rows(ctx: Context, day: dt.date, *, by: Employee | None = None,
                  full_iins: bool = False, now: dt.datetime | None = None) -> list[RegisterRow]:
    """Every package of the day in the order it was numbered.  ``by``: the signed-in employee
    (a role without registers is refused).  IINs are masked as on the courier register
    (900515****18, Law on personal data) unless a manager or administrator asks for full ones
    (``full_iins``), which is recorded in the audit trail.  The employee column shows each
    account's full name."""
    if by is not None:
        require(by, "registers")
    if full_iins:
        if by is None or by.role not in MANAGERS:
            raise InputError("full_iins", "register.full_iins")
        from kiosk.audit import record
        record(ctx.store, "register_full_iins", by, now or ctx.now(), {"day": day.isoformat()})
    people = names_by_login(ctx.store)
    rows = packages_of_day(ctx.store, day.isoformat())
    out = []
    for i, raw in enumerate(rows, start=1):
        p = decode_package(raw) or {}
        service = ctx.catalogue_version(p["catalogue_version"]).service(p["service_id"])
        names = []
        for mid in p.get("missing") or []:
            doc = service.document(mid) if service else None
            names.append(doc.name.ru if doc else mid)
        svc = f"{service.code} {service.short_name.ru}" if service else p["service_id"]
        due = dt.date.fromisoformat(p["due_date"]).strftime("%d.%m.%Y") if p.get("due_date") else ""
        out.append(RegisterRow(
            i, p["number"], str(p["accepted_at"])[11:16], svc,
            " ".join(x for x in (p["surname"], p["name"], p["patronymic"]) if x),
            p["iin"] if full_iins else mask_iin(p["iin"] or ""),
            OUTCOMES.get(p["outcome"], p["outcome"]), "; ".join(names), due,
            p.get("destination") or "", p["status"],
            people.get(p.get("employee") or "", p.get("employee") or ""),
            outcome_code=p["outcome"], status_code=p["status"],
            accepted_at=str(p["accepted_at"] or ""), due_iso=str(p.get("due_date") or ""),
            service_id=p["service_id"], catalogue_version=p["catalogue_version"],
            missing_ids=tuple(p.get("missing") or ())))
    return out


def _moment(text: str) -> dt.datetime | str:
    try:
        return dt.datetime.fromisoformat(text).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        return text


def register_sheet(ctx: Context, day: dt.date, rows: list[RegisterRow], lang: str = "kk") -> Sheet:
    """The register as a table in ``lang`` (kk, ru, en): what the CSV, the XLSX and the screen
    show.  Times and due dates are dates; the IIN is text."""
    lang = lang if lang in HEADINGS else "kk"
    body: list[tuple[object, ...]] = []
    for r in rows:
        service = ctx.catalogue_version(r.catalogue_version).service(r.service_id) \
            if r.catalogue_version else None
        if service is not None:
            svc = f"{service.code} {service.short_name.get(lang)}"
            names = []
            for mid in r.missing_ids:
                doc = service.document(mid)
                names.append(doc.name.get(lang) if doc else mid)
            missing = "; ".join(names)
        else:
            svc, missing = r.service, r.missing
        due: dt.date | str = ""
        if r.due_iso:
            try:
                due = dt.date.fromisoformat(r.due_iso[:10])
            except ValueError:
                due = r.due_iso
        body.append((r.no, r.number, _moment(r.accepted_at) if r.accepted_at else r.time, svc,
                     r.applicant, r.iin,
                     outcome_name(r.outcome_code, lang) if r.outcome_code else r.outcome,
                     missing, due, r.destination,
                     status_name(r.status_code, lang) if r.status_code else r.status,
                     r.employee))
    return Sheet(day.isoformat(), HEADINGS[lang], body, WIDTHS)  # type: ignore[arg-type]


def register_csv(sheet: Sheet) -> bytes:
    """UTF-8 with a BOM, ';' separated (kiosk.sheets)."""
    return csv_bytes(sheet)


def register_xlsx(sheet: Sheet, title: str) -> bytes:
    return xlsx_bytes([sheet], title=title)


def register_pdf(ctx: Context, day: dt.date, rows: list[RegisterRow] | None = None, *,
                 by: Employee | None = None) -> bytes:
    from kiosk.documents.daily_register import RegisterPage, bilingual_names, render_register
    o = ctx.office
    rows = register_rows(ctx, day, by=by) if rows is None else rows
    return render_register(RegisterPage(o.name_kk, o.name_ru, o.code, day, tuple(rows),
                                        bilingual_names(ctx.catalogue_version, tuple(rows)),
                                        anchor=day_anchor(ctx, day)))


def day_anchor(ctx: Context, day: dt.date) -> str:
    """The audit trail's position after the day's last event (short form), printed on the
    register so the trail cannot later be rewritten unnoticed (qabyldau audit verify)."""
    from db.events import anchor_of_event, last_event_before
    end = (day + dt.timedelta(days=1)).isoformat()
    return anchor_of_event(ctx.store, last_event_before(ctx.store, end)).short


def export_register(ctx: Context, day: dt.date, out_dir: str | Path,
                    formats: tuple[str, ...] = FORMATS, *,
                    by: Employee | None = None, lang: str = "kk",
                    full_iins: bool = False) -> list[Path]:
    """Write register-<office>-<day>.{pdf,csv,xlsx} into ``out_dir``; returns the paths.  The
    CSV and XLSX speak ``lang``; the PDF is the bilingual office paper."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = register_rows(ctx, day, by=by, full_iins=full_iins)
    office = ctx.office
    stem = f"register-{office.code}-{day.isoformat()}"
    sheet = register_sheet(ctx, day, rows, lang)
    written = []
    for fmt in formats:
        target = out / f"{stem}.{fmt}"
        if fmt == "csv":
            data = register_csv(sheet)
        elif fmt == "xlsx":
            name = office.name_ru if lang == "ru" else office.name_kk
            data = register_xlsx(sheet, f"{name}: {day:%d.%m.%Y}")
        elif fmt == "pdf":
            data = register_pdf(ctx, day, rows)
        else:
            raise ValueError(fmt)
        write_atomic(target, data)
        written.append(target)
    return written

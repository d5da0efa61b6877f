"""The daily register: the day's journal of every package, accepted and refused, one row a
package, in PDF, CSV and XLSX.  The command line and the manager screen both call
:func:`export_register`."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from db.packages import decode_package
from kiosk.context import Context
from kiosk.safe_write import write_atomic
from kiosk.staff import Employee, require

__all__ = ["RegisterRow", "register_rows", "register_csv", "register_xlsx", "register_pdf",
           "export_register",
           "COLUMNS", "FORMATS"]

FORMATS = ("pdf", "csv", "xlsx")

# column headings, Kazakh / Russian (the register is an office document)
COLUMNS: dict[str, str] = {
    "no": "№",
    "number": "Қолхат нөмірі / Номер расписки",
    "time": "Уақыты / Время",
    "service": "Қызмет / Услуга",
    "applicant": "Өтініш беруші / Заявитель",
    "iin": "ЖСН / ИИН",
    "outcome": "Нәтиже / Итог",
    "missing": "Жетіспейтін құжаттар / Недостающие документы",
    "due_date": "Нәтиже мерзімі / Срок",
    "destination": "Жіберілетін жер / Куда",
    "status": "Күйі / Статус",
    "employee": "Қызметкер / Сотрудник",
}

OUTCOMES = {"accepted": "қабылданды / принят", "refused": "бас тартылды / отказ"}


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


def register_rows(ctx: Context, day: dt.date, *, by: Employee | None = None) -> list[RegisterRow]:
    """Every package of the day in the order it was numbered.  ``by``: the signed-in employee
    (screens pass it and a role without registers is refused; the command line reads the data
    folder directly)."""
    if by is not None:
        require(by, "registers")
    rows = ctx.store.query("SELECT * FROM packages WHERE day = ? ORDER BY accepted_at, id",
                           (day.isoformat(),))
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
            " ".join(x for x in (p["surname"], p["name"], p["patronymic"]) if x), p["iin"],
            OUTCOMES.get(p["outcome"], p["outcome"]), "; ".join(names), due,
            p.get("destination") or "", p["status"], p.get("employee") or ""))
    return out


def register_csv(rows: list[RegisterRow]) -> bytes:
    """UTF-8 with a BOM (so spreadsheet programs read the Kazakh letters), ';' separated."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(COLUMNS.values())
    for r in rows:
        w.writerow(astuple(r))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def register_xlsx(rows: list[RegisterRow], title: str, day: dt.date) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = day.isoformat()
    ws.append(list(COLUMNS.values()))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(list(astuple(r)))
    widths = {"no": 5, "number": 22, "time": 8, "service": 34, "applicant": 30, "iin": 14,
              "outcome": 20, "missing": 40, "due_date": 12, "destination": 30, "status": 12,
              "employee": 14}
    for i, f in enumerate(fields(RegisterRow)):
        ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = widths[f.name]
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.properties.title = title
    wb.properties.creator = "Qabyldau"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def register_pdf(ctx: Context, day: dt.date, rows: list[RegisterRow] | None = None, *,
                 by: Employee | None = None) -> bytes:
    from kiosk.documents.daily_register import RegisterPage, render_register
    o = ctx.office
    rows = register_rows(ctx, day, by=by) if rows is None else rows
    return render_register(RegisterPage(o.name_kk, o.name_ru, o.code, day, tuple(rows),
                                        anchor=day_anchor(ctx, day)))


def day_anchor(ctx: Context, day: dt.date) -> str:
    """The audit trail's position after the day's last event (short form), printed on the
    register so the trail cannot later be rewritten unnoticed (qabyldau audit verify)."""
    from db.events import anchor_of_event, last_event_before
    end = (day + dt.timedelta(days=1)).isoformat()
    return anchor_of_event(ctx.store, last_event_before(ctx.store, end)).short


def export_register(ctx: Context, day: dt.date, out_dir: str | Path,
                    formats: tuple[str, ...] = FORMATS, *,
                    by: Employee | None = None) -> list[Path]:
    """Write register-<office>-<day>.{pdf,csv,xlsx} into ``out_dir``; returns the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows = register_rows(ctx, day, by=by)
    office = ctx.office
    stem = f"register-{office.code}-{day.isoformat()}"
    written = []
    for fmt in formats:
        target = out / f"{stem}.{fmt}"
        if fmt == "csv":
            data = register_csv(rows)
        elif fmt == "xlsx":
            data = register_xlsx(rows, f"{office.name_ru}: {day:%d.%m.%Y}", day)
        elif fmt == "pdf":
            data = register_pdf(ctx, day, rows)
        else:
            raise ValueError(fmt)
        write_atomic(target, data)
        written.append(target)
    return written

"""The daily register as a PDF: landscape A4, one row a package, the table header repeated on
every page, totals at the end (never alone on a page: the last row goes over with them), page
numbers.  Services and missing documents in both languages, Kazakh first (issue 15 point 17).
Invariant output: the same day gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any, Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from kiosk.documents.layout import PaperCanvas

from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts

__all__ = ["RegisterPage", "render_register", "bilingual_names"]

MM = 72.0 / 25.4


@dataclass(frozen=True)
class RegisterPage:
    office_kk: str
    office_ru: str
    office_code: str
    day: dt.date
    rows: tuple  # of kiosk.registers.RegisterRow
    # "version|service" -> "S1 kk / ru", "version|service|document" -> "kk / ru"
    names: dict[str, str] | None = None
    anchor: str = ""  # the audit trail's position at the day's end (count:hash), on every page


def bilingual_names(catalogue_of: Callable[[str], Any], rows: tuple) -> dict[str, str]:
    """The service and missing-document names of the rows in Kazakh and Russian, from the
    catalogue version each package was accepted under."""
    names: dict[str, str] = {}
    for r in rows:
        key = f"{r.catalogue_version}|{r.service_id}"
        if key in names:
            continue
        try:
            svc = catalogue_of(r.catalogue_version).service(r.service_id)
        except KeyError:
            svc = None
        if svc is None:
            continue
        names[key] = f"{svc.code} {svc.short_name.kk} / {svc.short_name.ru}"
        for d in svc.documents:
            names[f"{key}|{d.id}"] = f"{d.name.kk} / {d.name.ru}"
    return names


def _service(page: RegisterPage, row: Any) -> str:
    return (page.names or {}).get(f"{row.catalogue_version}|{row.service_id}", row.service)


def _missing(page: RegisterPage, row: Any) -> str:
    if not page.names or not row.missing_ids:
        return str(row.missing)
    key = f"{row.catalogue_version}|{row.service_id}"
    return "; ".join(page.names.get(f"{key}|{m}", m) for m in row.missing_ids)


# (field, heading, width in mm)
_COLS = (
    ("no", "№", 9), ("number", "Қолхат / Расписка", 38), ("time", "Уақыт\nВремя", 13),
    ("service", "Қызмет / Услуга", 52), ("applicant", "Көрсетілетін қызметті алушы / Заявитель", 43),
    ("iin", "ЖСН / ИИН", 24), ("outcome", "Нәтиже / Итог", 25),
    ("missing", "Жетіспейді / Недостаёт", 39), ("due_date", "Мерзім\nСрок", 18),
    ("employee", "Қызметкер\nСотрудник", 19),
)
SIZE = 7.0
LEAD = 8.6


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in str(text).split("\n"):
        line = ""
        for word in para.split(" "):
            cand = f"{line} {word}" if line else word
            if stringWidth(cand, font, size) <= width:
                line = cand
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word)
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines or [""]


def render_register(page: RegisterPage) -> bytes:
    register_fonts()
    w, h = landscape(A4)
    margin = 10 * MM
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=(w, h), invariant=1, pageCompression=1)
    c.setTitle(f"Тізілім / Реестр {page.office_code} {page.day:%d.%m.%Y}")
    c.setAuthor("Qabyldau")
    widths = [cw * MM for _, _, cw in _COLS]
    scale = (w - 2 * margin) / sum(widths)
    widths = [x * scale for x in widths]
    pad = 1.5
    pages = [0]

    def header(first: bool) -> float:
        y = h - margin
        if first:
            c.setFont(FONT_BOLD, 12)
            c.drawString(margin, y - 12, f"Күнделікті тізілім / Ежедневный реестр — {page.day:%d.%m.%Y}")
            c.setFont(FONT, 8.5)
            c.drawString(margin, y - 25, page.office_kk[:150])
            c.drawString(margin, y - 36, page.office_ru[:150])
            y -= 46
        heads = [_wrap(t, FONT_BOLD, SIZE, cw - 2 * pad) for (_, t, _), cw in zip(_COLS, widths)]
        rh = max(len(x) for x in heads) * LEAD + 2 * pad
        c.setFillColorRGB(0.91, 0.93, 0.96)
        c.rect(margin, y - rh, sum(widths), rh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        x = margin
        c.setFont(FONT_BOLD, SIZE)
        for lines, cw in zip(heads, widths):
            for k, ln in enumerate(lines):
                c.drawString(x + pad, y - pad - SIZE - k * LEAD, ln)
            x += cw
        _grid(y, rh)
        return y - rh

    def _grid(top: float, rh: float) -> None:
        c.setLineWidth(0.4)
        c.rect(margin, top - rh, sum(widths), rh, stroke=1, fill=0)
        x = margin
        for cw in widths[:-1]:
            x += cw
            c.line(x, top, x, top - rh)

    def footer() -> None:
        pages[0] += 1
        c.setFont(FONT, 7)
        if page.anchor:
            c.drawString(margin, margin / 2, f"Аудит: {page.anchor}")
        c.drawRightString(w - margin, margin / 2, f"{page.office_code} · {page.day.isoformat()} · "
                                                   f"бет / стр. {pages[0]}")

    def value(row: Any, f: str) -> str:
        if f == "service":
            return _service(page, row)
        if f == "missing":
            return _missing(page, row)
        return str(getattr(row, f))

    closing_h = 44.0      # totals and the signature line
    y = header(True)
    for i, row in enumerate(page.rows):
        cells = [_wrap(value(row, f), FONT, SIZE, cw - 2 * pad)
                 for (f, _, _), cw in zip(_COLS, widths)]
        rh = max(len(x) for x in cells) * LEAD + 2 * pad
        last = i == len(page.rows) - 1
        if y - rh - (closing_h if last else 0) < margin + 6:
            footer()
            c.showPage()
            y = header(False)
        refused = row.outcome.startswith("бас")
        if refused:
            c.setFillColorRGB(0.99, 0.94, 0.94)
            c.rect(margin, y - rh, sum(widths), rh, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT, SIZE)
        x = margin
        for lines, cw in zip(cells, widths):
            for k, ln in enumerate(lines):
                c.drawString(x + pad, y - pad - SIZE - k * LEAD, ln)
            x += cw
        _grid(y, rh)
        y -= rh
    accepted = sum(1 for r in page.rows if not r.outcome.startswith("бас"))
    totals = (f"Барлығы / Всего: {len(page.rows)}   ·   қабылданды / принято: {accepted}   ·   "
              f"бас тартылды / отказано: {len(page.rows) - accepted}")
    if y - closing_h < margin + 6:       # only without rows: the header and the totals
        footer()
        c.showPage()
        y = header(False)
    c.setFont(FONT_BOLD, 9)
    c.drawString(margin, y - 16, totals)
    c.setFont(FONT, 8)
    c.drawString(margin, y - 36, "Басшы / Руководитель: ______________________   (қолы / подпись)")
    footer()
    c.showPage()
    c.save()
    return buf.getvalue()



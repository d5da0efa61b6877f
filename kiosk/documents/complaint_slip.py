"""The complaint confirmation slip: the applicant's proof that the office registered the
complaint, with its incoming number, date, who took it and the answer date.  A4, Kazakh with
Russian under it; invariant PDF."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from kiosk.documents.layout import PaperCanvas

from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts

__all__ = ["SlipData", "render_slip"]

MM = 72.0 / 25.4


@dataclass(frozen=True)
class SlipData:
    office_kk: str
    office_ru: str
    address_kk: str
    address_ru: str
    phone: str
    incoming_number: str
    received: dt.date
    applicant: str
    package_number: str
    taken_by: str
    answer_due: dt.date
    text: str


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            cand = f"{line} {word}" if line else word
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def render_slip(d: SlipData) -> bytes:
    register_fonts()
    w, h = A4
    m = 20 * MM
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"Шағым / Жалоба {d.incoming_number}")
    c.setAuthor("Qabyldau")
    y = h - m
    c.setFont(FONT, 9)
    for line in (d.office_kk, d.office_ru, f"{d.address_kk} · {d.phone}"):
        for part in _wrap(line, FONT, 9, w - 2 * m):
            c.drawString(m, y, part)
            y -= 12
    y -= 18
    c.setFont(FONT_BOLD, 14)
    c.drawCentredString(w / 2, y, "Шағымның қабылданғаны туралы қолхат")
    y -= 17
    c.setFont(FONT, 11)
    c.drawCentredString(w / 2, y, "Расписка о приёме жалобы")
    y -= 30
    rows = (
        ("Кіріс нөмірі / Входящий номер", d.incoming_number),
        ("Келген күні / Дата поступления", f"{d.received:%d.%m.%Y}"),
        ("Өтініш беруші / Заявитель", d.applicant),
        ("Қолхат нөмірі / Номер расписки", d.package_number or "—"),
        ("Қабылдаған / Принял(а)", d.taken_by),
        ("Жауап беру мерзімі / Срок ответа", f"{d.answer_due:%d.%m.%Y}"),
    )
    for label, value in rows:
        c.setFont(FONT, 10)
        c.drawString(m, y, label)
        c.setFont(FONT_BOLD, 11)
        c.drawString(m + 80 * MM, y, value)
        y -= 20
    y -= 6
    c.setFont(FONT, 9)
    note_kk = ("Шағым тіркелген күнінен бастап бес жұмыс күні ішінде қаралады "
               "(«Мемлекеттік көрсетілетін қызметтер туралы» Заң).")
    note_ru = ("Жалоба рассматривается в течение пяти рабочих дней со дня регистрации "
               "(Закон «О государственных услугах»).")
    for part in _wrap(note_kk, FONT, 9, w - 2 * m) + _wrap(note_ru, FONT, 9, w - 2 * m):
        c.drawString(m, y, part)
        y -= 12
    y -= 12
    c.setFont(FONT_BOLD, 10)
    c.drawString(m, y, "Шағымның мазмұны / Содержание жалобы")
    y -= 14
    c.setFont(FONT, 9.5)
    for part in _wrap(d.text, FONT, 9.5, w - 2 * m)[:30]:
        c.drawString(m, y, part)
        y -= 12.5
    y -= 30
    c.setFont(FONT, 9)
    c.drawString(m, y, "Қабылдаған қызметкердің қолы / Подпись сотрудника: ____________________")
    c.showPage()
    c.save()
    return buf.getvalue()

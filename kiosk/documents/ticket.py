"""The queue ticket (кезек талоны): the category letter and number large, the service, the time,
the people ahead and the estimated wait, and a Code 128 barcode the desk scans to open the
applicant's pre-filled application.  An 80 mm roll by default (A4 for offices without a roll
printer).  The same data always gives the same bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from kiosk.documents.layout import PaperCanvas

from kiosk.documents.barcode_draw import draw_code128, total_modules
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts

__all__ = ["TicketData", "render_ticket", "wrap_text", "MM"]

MM = 72.0 / 25.4

LABELS: dict[str, dict[str, str]] = {
    "title": {"kk": "Кезек талоны", "ru": "Талон электронной очереди", "en": "Queue ticket"},
    "issued": {"kk": "Берілген уақыты", "ru": "Время выдачи", "en": "Issued"},
    "ahead": {"kk": "Алдыңызда", "ru": "Перед вами", "en": "People ahead"},
    "wait": {"kk": "Күту уақыты шамамен", "ru": "Ожидание примерно", "en": "Estimated wait"},
    "min": {"kk": "мин", "ru": "мин", "en": "min"},
    "prefill": {"kk": "Деректеріңіз алдын ала толтырылды: талонды операторға көрсетіңіз",
                "ru": "Ваши данные заполнены заранее: покажите талон оператору",
                "en": "Your details are filled in: show this ticket at the desk"},
    "watch": {"kk": "Нөміріңіз таблода шыққанда көрсетілген терезеге келіңіз",
              "ru": "Когда ваш номер появится на табло, подойдите к указанному окну",
              "en": "When your number is shown on the board, go to the desk it names"},
    "listen": {"kk": "Нөміріңіз шақырылғанда аталған терезеге келіңіз",
               "ru": "Когда назовут ваш номер, подойдите к названному окну",
               "en": "When your number is called, go to the window named"},
    "help": {"kk": "Анықтама", "ru": "Справки", "en": "Help lines"},
}


@dataclass(frozen=True)
class TicketData:
    code: str                  # "A012"
    barcode: str               # "T261120A012"
    issued_at: str             # "2026-11-20 10:15"
    lang: str                  # the applicant's language (labels); Kazakh is printed alongside
    office_name: str
    service_name: str
    ahead: int
    wait_min: int
    prefilled: bool = False
    board: bool = True         # the office has a hall display to watch (queue setting)
    help_lines: tuple[str, ...] = ("1414", "8-800-080-7777")


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            cand = f"{line} {word}".strip()
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _label(key: str, lang: str) -> str:
    table = LABELS[key]
    return table.get(lang) or table["kk"]


def render_ticket(data: TicketData, fmt: str = "80mm") -> bytes:
    register_fonts()
    if fmt == "a4":
        page_w, margin = A4[0], 20 * MM
        content_w = 90 * MM
    else:
        page_w, margin = 80 * MM, 5 * MM
        content_w = page_w - 2 * margin
    ops: list[tuple[str, float, str, str, float]] = []  # (kind, y-offset, text, font, size)
    y = 0.0

    def text(t: str, font: str, size: float, gap: float = 1.3) -> None:
        nonlocal y
        for line in wrap_text(t, font, size, content_w):
            y += size * gap
            ops.append(("text", y, line, font, size))

    text(data.office_name, FONT, 7.5)
    y += 3
    title = _label("title", data.lang)
    if data.lang != "kk":
        title = f"{_label('title', 'kk')} / {title}"
    text(title, FONT_BOLD, 9.5)
    y += 4
    text(data.code, FONT_BOLD, 40, gap=1.05)
    y += 6
    text(data.service_name, FONT, 9)
    y += 2
    text(f"{_label('issued', data.lang)}: {data.issued_at}", FONT, 8.5)
    text(f"{_label('ahead', data.lang)}: {data.ahead}", FONT, 8.5)
    text(f"{_label('wait', data.lang)}: {data.wait_min} {_label('min', data.lang)}", FONT_BOLD, 9)
    y += 4
    bar_h = 14 * MM
    bar_w = min(content_w, total_modules(data.barcode) * 0.38 * MM)
    y += bar_h
    ops.append(("bar", y, data.barcode, "", bar_w))
    text(data.barcode, FONT, 8)
    y += 3
    if data.prefilled:
        text(_label("prefill", data.lang), FONT_BOLD, 8)
    text(_label("watch" if data.board else "listen", data.lang), FONT, 8)
    y += 2
    text(f"{_label('help', data.lang)}: " + ", ".join(data.help_lines), FONT, 8)

    page_h = A4[1] if fmt == "a4" else y + 2 * margin
    top = page_h - margin
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=(page_w, page_h), invariant=1, pageCompression=1)
    c.setTitle(f"{data.code} {data.barcode}")
    for kind, off, t, font, size in ops:
        if kind == "bar":
            draw_code128(c, t, (page_w - size) / 2, top - off, size, bar_h)
        else:
            c.setFont(font, size)
            c.drawCentredString(page_w / 2, top - off, t)
    c.showPage()
    c.save()
    return buf.getvalue()

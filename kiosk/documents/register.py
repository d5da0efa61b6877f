"""The courier register (тізілімдеме): the list of packages one batch carries to one provider's
office, signed by the dispatcher, the courier and the receiving office.  Kazakh first with
Russian under it, on A4 portrait.

Drawn straight onto a reportlab canvas with fixed-height rows (no platypus): the page count is
known before drawing, a 5,000-row register renders in well under a second, and the same data
always gives the same bytes (an invariant PDF), so dispatching a day again reproduces it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Sequence, cast

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.layout import PaperCanvas

from kiosk.documents.barcode_draw import draw_code128
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts, reserve_common_glyphs
from kiosk.documents.model import Bilingual
from kiosk.documents.layout import binary_streams

__all__ = ["RegisterRow", "RegisterData", "render_register", "rows_per_page"]

MM = 72.0 / 25.4
PAGE_W, PAGE_H = A4
MARGIN_X = 12 * MM
MARGIN_TOP = 10 * MM
MARGIN_BOTTOM = 14 * MM
WIDTH = PAGE_W - 2 * MARGIN_X
ROW_H = 21.0                      # two lines: Kazakh/main at 8 pt, Russian/detail at 6.8 pt
HEAD_H = 24.0                     # the table's column header
FIRST_HEADER_H = 200.0            # page 1: title, office, destination, date, barcode
NEXT_HEADER_H = 22.0              # later pages: one line naming the register
CLOSING_H = 250.0                 # totals, signatures, discrepancy box
MAIN, DETAIL = 8.0, 6.8
GRAY = 0.35

# column: (left edge offset, width) in points; № | receipt | service | applicant | docs | due
_COLS_MM = (("line", 8), ("number", 40), ("service", 42), ("applicant", 56), ("docs", 16),
            ("due", 24))
COLS: dict[str, tuple[float, float]] = {}
_x = 0.0
for _name, _w in _COLS_MM:
    COLS[_name] = (_x, _w * MM)
    _x += _w * MM
assert abs(_x - WIDTH) < 0.5, _x

HEADINGS = {
    "line": Bilingual("№", "№"),
    "number": Bilingual("Қолхат нөмірі", "Номер расписки"),
    "service": Bilingual("Қызмет", "Услуга"),
    "applicant": Bilingual("Алушы, ЖСН", "Получатель, ИИН"),
    "docs": Bilingual("Құжат/бет", "Док./стр."),
    "due": Bilingual("Мерзімі", "Срок"),
}


@dataclass(frozen=True)
class RegisterRow:
    line: int
    number: str                   # receipt number
    service: Bilingual            # short name
    applicant: str                # surname, name, patronymic
    iin_masked: str
    documents: int
    pages: int
    due: str                      # dd.mm.yyyy or ""
    provider_due: str             # dd.mm.yyyy or ""
    accepted: str                 # dd.mm.yyyy HH:MM
    service_id: str = ""


@dataclass(frozen=True)
class RegisterData:
    number: str                   # batch number, also the barcode
    day: str                      # dd.mm.yyyy
    office: Bilingual
    office_code: str
    destination: str
    dispatcher: str
    created_at: str               # dd.mm.yyyy HH:MM
    rows: tuple[RegisterRow, ...]

    @property
    def documents(self) -> int:
        return sum(r.documents for r in self.rows)

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.rows)


_fit_cache: dict[tuple[str, str, float, float], str] = {}


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis when wider than ``width``."""
    key = (text, font, size, width)
    hit = _fit_cache.get(key)
    if hit is not None:
        return hit
    if len(_fit_cache) > 200_000:
        _fit_cache.clear()
    out = text
    if _sw(text, font, size) > width:
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _sw(text[:mid].rstrip() + "…", font, size) <= width:
                lo = mid
            else:
                hi = mid - 1
        out = text[:lo].rstrip() + "…"
    _fit_cache[key] = out
    return out


def rows_per_page(first: bool) -> int:
    header = FIRST_HEADER_H if first else NEXT_HEADER_H
    return int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - header - HEAD_H) // ROW_H)


def _paginate(n: int) -> list[tuple[int, int]]:
    """(start, end) row indexes of each page; the closing block gets a page of its own when it
    does not fit under the last rows."""
    pages: list[tuple[int, int]] = []
    start, first = 0, True
    while True:
        per = rows_per_page(first)
        end = min(n, start + per)
        pages.append((start, end))
        if end >= n:
            break
        start, first = end, False
    last_start, last_end = pages[-1]
    used = (FIRST_HEADER_H if len(pages) == 1 else NEXT_HEADER_H) + HEAD_H + \
        (last_end - last_start) * ROW_H
    if used + CLOSING_H > PAGE_H - MARGIN_TOP - MARGIN_BOTTOM:
        # the totals and signatures never stand alone on a page (issue 14 "Paper"): the last
        # rows go over with them
        carry = min(2, last_end - last_start) or 0
        pages[-1] = (last_start, last_end - carry)
        pages.append((last_end - carry, last_end))
    return pages


def _escape_byte(n: int) -> str:
    if n in (0x5C, 0x28, 0x29):          # \\ ( )
        return "\\" + chr(n)
    if 32 <= n < 127:
        return chr(n)
    return f"\\{n:03o}"


_ESC = [_escape_byte(n) for n in range(256)]
_widths: dict[str, tuple[dict[int, float], float]] = {}


def _sw(text: str, font: str, size: float) -> float:
    """stringWidth without reportlab's pure-Python per-call overhead (same numbers)."""
    w = _widths.get(font)
    if w is None:
        face = cast(Any, pdfmetrics.getFont(font)).face
        w = _widths[font] = (face.charWidths, face.defaultWidth)
    return sum(map(w[0].get, map(ord, text), repeat(w[1]))) * size / 1000.0


class _Encoder:
    """Text as PDF string operands for one document.  Text whose letters are all in the common
    subset reserved first (fonts.reserve_common_glyphs) is encoded with str.translate; anything
    else goes through reportlab's own splitString.  Results are remembered per document (dates,
    service names and surnames repeat down a register)."""

    def __init__(self, c: Canvas) -> None:
        self.doc = cast(Any, c)._doc
        self.tables: dict[str, tuple[dict[int, str], frozenset[str], str]] = {}
        self.done: dict[tuple[str, str, float], str] = {}

    def _table(self, font: str) -> tuple[dict[int, str], frozenset[str], str]:
        hit = self.tables.get(font)
        if hit is None:
            f: Any = pdfmetrics.getFont(font)  # the stubs lack the subset calls
            state = f.state[self.doc]
            table = {code: _ESC[n] for code, n in state.assignments.items() if n < 256}
            if 32 in table:
                table[0xA0] = table[32]
            hit = self.tables[font] = (table, frozenset(chr(c) for c in table),
                                       f.getSubsetInternalName(0, self.doc))
        return hit

    def encode(self, text: str, font: str, size: float) -> str:
        key = (text, font, size)
        hit = self.done.get(key)
        if hit is None:
            hit = self.done[key] = self._encode(text, font, size)
        return hit

    def _encode(self, text: str, font: str, size: float) -> str:
        table, known, name = self._table(font)
        if known.issuperset(text):
            return f"{name} {size:g} Tf ({text.translate(table)}) Tj"
        f: Any = pdfmetrics.getFont(font)
        parts = []
        for subset, data in f.splitString(text, self.doc):
            esc = "".join(_ESC[b] for b in data)
            parts.append(f"{f.getSubsetInternalName(subset, self.doc)} {size:g} Tf ({esc}) Tj")
        return " ".join(parts)


class _Text:
    """All the text of a page as raw PDF text operators in one BT..ET block: much cheaper
    than reportlab's text object, which measures and formats every call."""

    def __init__(self, c: Canvas, encoder: _Encoder) -> None:
        self.c = c
        self.enc = encoder
        self.code: list[str] = ["BT"]
        self.gray = 0.0

    def put(self, x: float, y: float, text: str, font: str = FONT, size: float = MAIN,
            gray: float = 0.0, align: str = "left") -> None:
        if not text:
            return
        if gray != self.gray:
            self.code.append(f"{gray:.2f} g")
            self.gray = gray
        if align != "left":
            w = _sw(text, font, size)
            x -= w if align == "right" else w / 2
        self.code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {self.enc.encode(text, font, size)}")

    def flush(self) -> None:
        if self.gray:
            self.code.append("0 g")
        self.code.append("ET")
        self.c.addLiteral("\n".join(self.code))


def _header_first(c: Canvas, tx: _Text, d: RegisterData, top: float) -> None:
    x = MARGIN_X
    y = top - 14
    tx.put(x, y, "ТІЗІЛІМДЕМЕ", FONT_BOLD, 15)
    tx.put(x, y - 14, "РЕЕСТР ПЕРЕДАВАЕМЫХ ДОКУМЕНТОВ", FONT_BOLD, 10, GRAY)
    tx.put(x, y - 27, "курьер арқылы жөнелтілетін құжаттар топтамалары", FONT, 7.5, GRAY)
    tx.put(x, y - 36, "пакеты документов, передаваемые курьером", FONT, 7.5, GRAY)
    # batch number and its barcode on the right
    bw, bh = 70 * MM, 13 * MM
    bx = PAGE_W - MARGIN_X - bw
    draw_code128(c, d.number, bx, top - bh - 2, bw, bh)
    tx.put(bx + bw / 2, top - bh - 12, d.number, FONT_BOLD, 10, align="center")
    # the facts, label (kk / ru) then value
    y = top - 72
    label_w = 44 * MM
    facts = (
        (Bilingual("Жөнелтуші", "Отправитель"), Bilingual(d.office.kk, d.office.ru)),
        (Bilingual("Алушы кеңсе", "Получатель"), Bilingual(d.destination, "")),
        (Bilingual("Тізілімдеме күні", "Дата реестра"),
         Bilingual(d.day, f"жасалды / составлен {d.created_at}")),
        (Bilingual("Тізілімдеме нөмірі", "Номер реестра"),
         Bilingual(d.number, f"{d.office_code} · {len(d.rows)}")),
        (Bilingual("Жөнелткен", "Отправил"), Bilingual(d.dispatcher, "")),
    )
    for label, value in facts:
        tx.put(x, y, label.kk, FONT, 7.5, GRAY)
        tx.put(x, y - 8, label.ru, FONT, 6.5, GRAY)
        size = 9 if _sw(value.kk, FONT_BOLD, 9) <= WIDTH - label_w else 7.5
        tx.put(x + label_w, y, _fit(value.kk, FONT_BOLD, size, WIDTH - label_w), FONT_BOLD, size)
        if value.ru:
            tx.put(x + label_w, y - 9.5, _fit(value.ru, FONT, 7.5, WIDTH - label_w), FONT, 7.5,
                   GRAY)
        y -= 26


def _header_next(tx: _Text, d: RegisterData, top: float) -> None:
    tx.put(MARGIN_X, top - 10, f"Тізілімдеме / Реестр № {d.number}", FONT_BOLD, 9)
    tx.put(PAGE_W - MARGIN_X, top - 10, f"{d.day} · {d.destination}"[:90], FONT, 7.5, GRAY,
           align="right")


def _table_head(c: Canvas, tx: _Text, top: float) -> None:
    c.setFillGray(0.92)
    c.rect(MARGIN_X, top - HEAD_H, WIDTH, HEAD_H, stroke=0, fill=1)
    c.setFillGray(0)
    for key, (off, w) in COLS.items():
        h = HEADINGS[key]
        size = 7.0 if _sw(h.kk, FONT_BOLD, 7.0) <= w - 4 else 6.2
        tx.put(MARGIN_X + off + 2, top - 10, _fit(h.kk, FONT_BOLD, size, w - 4), FONT_BOLD, size)
        tx.put(MARGIN_X + off + 2, top - 19, _fit(h.ru, FONT, 6.3, w - 4), FONT, 6.3, GRAY)


def _rows(c: Canvas, tx: _Text, rows: Sequence[RegisterRow], top: float) -> float:
    path = c.beginPath()
    y = top
    for r in rows:
        y1, y2 = y - 9, y - 17.5
        cells = (
            ("line", str(r.line), "", FONT),
            ("number", r.number, r.accepted, FONT_BOLD),
            ("service", r.service.kk, r.service.ru, FONT),
            ("applicant", r.applicant, r.iin_masked, FONT),
            ("docs", f"{r.documents} / {r.pages or '—'}", "", FONT),
            ("due", r.due or "—", f"→ {r.provider_due}" if r.provider_due else "", FONT),
        )
        for key, main, detail, font in cells:
            off, w = COLS[key]
            tx.put(MARGIN_X + off + 2, y1, _fit(main, font, MAIN, w - 4), font, MAIN)
            if detail:
                tx.put(MARGIN_X + off + 2, y2, _fit(detail, FONT, DETAIL, w - 4), FONT, DETAIL,
                       GRAY)
        y -= ROW_H
        path.moveTo(MARGIN_X, y)
        path.lineTo(MARGIN_X + WIDTH, y)
    c.setLineWidth(0.3)
    c.setStrokeGray(0.6)
    c.drawPath(path, stroke=1, fill=0)
    c.setStrokeGray(0)
    return y


def _closing(c: Canvas, tx: _Text, d: RegisterData, top: float) -> None:
    x = MARGIN_X
    y = top - 16
    # no plural after a numeral in Kazakh («3 құжат топтамасы»); no "0 бет" when the
    # pages were not counted
    kk_pages = f", {d.pages} бет" if d.pages else ", беттер саны көрсетілмеген"
    ru_pages = f", страниц {d.pages}" if d.pages else ", число страниц не указано"
    tx.put(x, y, f"Барлығы: {len(d.rows)} құжат топтамасы, {d.documents} құжат{kk_pages}",
           FONT_BOLD, 9)
    tx.put(x, y - 11, f"Итого: пакетов {len(d.rows)}, документов {d.documents}{ru_pages}",
           FONT, 8, GRAY)
    y -= 34
    col_w = (WIDTH - 8 * MM) / 3
    blocks = (
        (Bilingual("Жөнелтті (жинақтау жүйесі)", "Отправил (сектор накопления)"), d.dispatcher,
         False),
        (Bilingual("Курьер қабылдады", "Курьер принял"), "", True),
        (Bilingual("Алушы кеңсе қабылдады", "Принял офис получателя"), "", True),
    )
    c.setLineWidth(0.5)
    for i, (title, name, with_time) in enumerate(blocks):
        bx = x + i * (col_w + 4 * MM)
        tx.put(bx, y, _fit(title.kk, FONT_BOLD, 8, col_w), FONT_BOLD, 8)
        tx.put(bx, y - 9, _fit(title.ru, FONT, 7, col_w), FONT, 7, GRAY)
        lines = [("Аты-жөні / ФИО", name), ("Қолы / Подпись", "")]
        if with_time:
            lines.append(("Күні, уақыты / Дата, время", "«___» ________ 20___   ___:___"))
        ly = y - 30
        for caption, value in lines:
            if value:
                tx.put(bx, ly + 2, _fit(value, FONT, 8, col_w), FONT, 8)
            else:
                c.line(bx, ly, bx + col_w, ly)
            tx.put(bx, ly - 8, caption, FONT, 6.3, GRAY)
            ly -= 28
    y -= 30 + 3 * 28 + 10
    # the discrepancy box: filled in by hand when the courier or the office finds a difference
    box_h = 78.0
    c.rect(x, y - box_h, WIDTH, box_h, stroke=1, fill=0)
    tx.put(x + 4, y - 11, "Сәйкессіздіктер (жоқ, артық немесе бүлінген топтамалар, нөмірлері)",
           FONT_BOLD, 8)
    tx.put(x + 4, y - 20, "Расхождения (недостающие, лишние или повреждённые пакеты, их номера)",
           FONT, 7, GRAY)
    c.setLineWidth(0.3)
    c.setStrokeGray(0.6)
    for i in range(1, 4):
        ly = y - 20 - i * 14
        c.line(x + 4, ly, x + WIDTH - 4, ly)
    c.setStrokeGray(0)
    tx.put(x + 4, y - box_h + 5, "☐ Сәйкессіздік жоқ / Расхождений нет", FONT, 7.5)


def _footer(tx: _Text, d: RegisterData, page: int, pages: int) -> None:
    y = MARGIN_BOTTOM - 16
    tx.put(MARGIN_X, y, f"Qabyldau · {d.number}", FONT, 6.5, GRAY)
    tx.put(PAGE_W - MARGIN_X, y, f"бет / стр. {page} / {pages}", FONT, 6.5, GRAY, align="right")


def render_register(data: RegisterData) -> bytes:
    """The register of one batch as PDF bytes; the same data gives the same bytes."""
    register_fonts()
    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    reserve_common_glyphs(c)
    c.setTitle(f"Тізілімдеме / Реестр № {data.number}")
    c.setAuthor(data.office.kk)
    c.setSubject(data.destination)
    c.setCreator("Qabyldau")
    pages = _paginate(len(data.rows))
    encoder = _Encoder(c)
    for i, (start, end) in enumerate(pages, start=1):
        tx = _Text(c, encoder)
        top = PAGE_H - MARGIN_TOP
        if i == 1:
            _header_first(c, tx, data, top)
            top -= FIRST_HEADER_H
        else:
            _header_next(tx, data, top)
            top -= NEXT_HEADER_H
        if end > start or i == 1:
            _table_head(c, tx, top)
            top = _rows(c, tx, data.rows[start:end], top - HEAD_H)
        if i == len(pages):
            _closing(c, tx, data, top)
        _footer(tx, data, i, len(pages))
        tx.flush()
        c.showPage()
    with binary_streams():
        c.save()
    return buf.getvalue()

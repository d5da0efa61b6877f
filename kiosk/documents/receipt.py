"""The printed receipt: a receipt of acceptance (қолхат, Appendix 1 of the standard) or a
refusal receipt (бас тарту туралы қолхат, Appendix 3 form), Kazakh first with Russian
alongside, on A4 or on an 80 mm roll.

Drawn straight onto a reportlab canvas from a small layout of measured blocks (no platypus,
no images): fast, and the same data always gives the same bytes (an invariant PDF), so a
reprint equals the first print. A4 flows onto further pages (the documents table repeats its
header); a roll page is as long as its content."""

from __future__ import annotations

import io
import os
import re
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.barcode_draw import draw_code128, total_modules
from kiosk.documents.fonts import FONT, FONT_BOLD, register_fonts, reserve_common_glyphs
from kiosk.documents.model import FORMATS, Bilingual, ReceiptData, ReceiptLine

__all__ = ["render_receipt", "render_receipt_to"]

MM = 72.0 / 25.4
MAX_PAGE = 14400.0          # the longest page side PDF readers must accept (200 inches)

# The marks are text (DejaVu Sans has the glyphs): text extraction and screen readers see them.
MARK_YES = "☑"
MARK_NO = "☐"
MARK_NA = "—"

T_FROM_IS = Bilingual("ақпараттық жүйеден", "из информационной системы")
T_EXEMPT = Bilingual("талап етілмейді", "не требуется")
T_NOT_GIVEN = Bilingual("ұсынылмады", "не представлен")
T_ORIGINAL = Bilingual("түпнұсқа", "оригинал")
T_COPY = Bilingual("көшірме", "копия")


@dataclass(frozen=True)
class _Fmt:
    name: str
    page_w: float
    page_h: float | None          # None: a roll, as long as its content
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float                   # Kazakh text
    ru: float                     # Russian text under it
    small: float                  # labels, statuses, notes
    tiny: float                   # catalogue version, page footer, signature captions
    title: float
    mark: float
    columns: bool                 # A4: labels beside values, a documents table
    label_w: float
    label_gray: float
    module: float                 # preferred barcode module width
    bar_h: float
    leading: float = 1.25

    @property
    def width(self) -> float:
        return self.page_w - 2 * self.margin_x


_FORMATS = {
    "a4": _Fmt("a4", A4[0], A4[1], 15 * MM, 8 * MM, 15 * MM,
               body=10, ru=9, small=8, tiny=7, title=12.5, mark=11, columns=True,
               label_w=38 * MM, label_gray=0.3, module=0.3 * MM, bar_h=11 * MM,
               leading=1.2),
    "80mm": _Fmt("80mm", 80 * MM, None, 4 * MM, 4 * MM, 8 * MM,
                 body=8.5, ru=8, small=7.5, tiny=6.5, title=10.5, mark=9, columns=False,
                 label_w=0, label_gray=0.0, module=0.3 * MM, bar_h=13 * MM),
}
# When a receipt does not fit one A4 page at the regular sizes, the same layout a little
# denser is tried before flowing onto a second page.
_COMPACT = {
    "a4": _Fmt("a4", A4[0], A4[1], 15 * MM, 8 * MM, 15 * MM,
               body=9.5, ru=8.5, small=7.5, tiny=6.5, title=12, mark=10.5, columns=True,
               label_w=36 * MM, label_gray=0.3, module=0.3 * MM, bar_h=10 * MM,
               leading=1.15),
}
assert set(_FORMATS) == set(FORMATS)


# --------------------------------------------------------------------------------------------
# Measuring and wrapping text

Seg = tuple[str, str, float, float]           # text, font, size, gray (0 black .. 1 white)
Frag = tuple[float, str, str, float, float]   # x, text, font, size, gray
Line = tuple[float, float, tuple[Frag, ...]]  # height, baseline below the line's top, fragments

_widths: dict[tuple[str, str], float] = {}
_SPACES = re.compile(r"[ \t\r\n]+")   # not NBSP: "20.11.2026\u00a010:15" stays on one line
NBSP = "\u00a0"


def _sw(text: str, font: str, size: float) -> float:
    """stringWidth, remembered per word and font (a receipt measures the same words often)."""
    key = (text, font)
    w = _widths.get(key)
    if w is None:
        if len(_widths) > 100_000:
            _widths.clear()
        w = _widths[key] = stringWidth(text, font, 1000.0)
    return w * size / 1000.0


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than a line into pieces that fit."""
    pieces, cur = [], ""
    for ch in word:
        if cur and _sw(cur + ch, font, size) > width:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


_wrapped: dict[tuple[Any, ...], tuple[Line, ...]] = {}


def _wrap(segs: Sequence[Seg], width: float, *, align: str = "left", indent: float = 0.0,
          lf: float = 1.25) -> list[Line]:
    """Greedy word wrap of styled segments into lines at most `width` wide; lines after the
    first are indented by `indent`. Segment boundaries are word boundaries. Remembered:
    labels, document names and service names come back on every receipt."""
    key = (tuple(segs), width, align, indent, lf)
    hit = _wrapped.get(key)
    if hit is None:
        if len(_wrapped) > 20_000:
            _wrapped.clear()
        hit = _wrapped[key] = tuple(_wrap_new(segs, width, align, indent, lf))
    return list(hit)


def _wrap_new(segs: Sequence[Seg], width: float, align: str, indent: float,
              lf: float) -> list[Line]:
    tokens: list[tuple[str, str, float, float, float]] = []
    for text, font, size, gray in segs:
        for word in _SPACES.split(text):
            if not word:
                continue
            w = _sw(word, font, size)
            if w > width - indent:
                for piece in _break_word(word, font, size, width - indent):
                    tokens.append((piece, font, size, gray, _sw(piece, font, size)))
            else:
                tokens.append((word, font, size, gray, w))
    if not tokens:
        return []
    rows: list[list[tuple[str, str, float, float, float]]] = [[]]
    x = 0.0
    for tok in tokens:
        row = rows[-1]
        if row:
            prev = row[-1]
            need = x + _sw(" ", prev[1], prev[2]) + tok[4]
            if need > width - (indent if len(rows) > 1 else 0.0) + 0.01:
                rows.append([tok])
                x = tok[4]
                continue
            x = need
        else:
            x = tok[4]
        row.append(tok)
    lines: list[Line] = []
    for n, row in enumerate(rows):
        frags: list[list[Any]] = []
        for word, font, size, gray, w in row:
            if frags and frags[-1][1] == font and frags[-1][2] == size and frags[-1][3] == gray:
                frag = frags[-1]
                frag[0] += " " + word
                frag[4] += _sw(" ", font, size) + w
            else:
                if frags:  # the space between two styles goes with the fragment before it
                    prev = frags[-1]
                    prev[0] += " "
                    prev[4] += _sw(" ", prev[1], prev[2])
                frags.append([word, font, size, gray, w])
        line_w = sum(f[4] for f in frags)
        start = indent if n else 0.0
        if align == "center":
            start = (width - line_w) / 2
        elif align == "right":
            start = width - line_w
        top_size = max(f[2] for f in frags)
        h = top_size * lf
        base = (h - top_size) / 2 + 0.8 * top_size
        out: list[Frag] = []
        for text, font, size, gray, w in frags:
            out.append((start, text, font, size, gray))
            start += w
        lines.append((h, base, tuple(out)))
    return lines


# --------------------------------------------------------------------------------------------
# Blocks: measured pieces of a page, drawn top-down from (x, top)

class _Pen:
    """Draws a page: all its text goes into one PDF text object (font and colour set only when
    they change), lines and bars straight onto the canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.t: Any = None
        self.font: tuple[str, float] | None = None
        self.gray: float | None = None

    def begin_page(self) -> None:
        self.t = self.c.beginText()
        self.font = None
        self.gray = None

    def end_page(self) -> None:
        self.c.drawText(self.t)
        self.t = None

    def text(self, x: float, y: float, text: str, font: str, size: float, gray: float) -> None:
        t = self.t
        t.setTextOrigin(x, y)
        if self.font != (font, size):
            t.setFont(font, size)
            self.font = (font, size)
        if self.gray != gray:
            t.setFillGray(gray)
            self.gray = gray
        t._textOut(text)  # textOut would also measure the text to move a cursor we never use

    def hline(self, x0: float, x1: float, y: float, thickness: float, gray: float) -> None:
        c = self.c
        c.setStrokeGray(gray)
        c.setLineWidth(thickness)
        c.line(x0, y, x1, y)


class _Block:
    height: float = 0.0
    splittable = False
    cont_header: "_Block | None" = None   # drawn again at the top of a continuation page

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        raise NotImplementedError

    def split(self, avail: float) -> tuple["_Block | None", "_Block"]:
        return None, self


class _Text(_Block):
    """Wrapped lines. A long one (four lines or more) may break across pages, leaving at
    least two lines on each side; a `keep` one never breaks."""

    def __init__(self, lines: list[Line], pad_top: float = 0.0, pad_bottom: float = 0.0,
                 keep: bool = False) -> None:
        self.lines = lines
        self.pad_top = pad_top
        self.pad_bottom = pad_bottom
        self.height = pad_top + pad_bottom + sum(ln[0] for ln in lines)
        self.splittable = not keep and len(lines) >= 4

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        y = top - self.pad_top
        for h, base, frags in self.lines:
            for fx, text, font, size, gray in frags:
                pen.text(x + fx, y - base, text, font, size, gray)
            y -= h

    def split(self, avail: float) -> tuple["_Block | None", "_Block"]:
        used, n = self.pad_top, 0
        for h, _, _ in self.lines:
            if used + h > avail:
                break
            used += h
            n += 1
        n = min(n, len(self.lines) - 2)
        if n < 2:
            return None, self
        return _Text(self.lines[:n], self.pad_top), _Text(self.lines[n:], 0, self.pad_bottom)


class _Space(_Block):
    def __init__(self, height: float) -> None:
        self.height = height

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        pass


class _Rule(_Block):
    def __init__(self, width: float, thickness: float = 0.5, gray: float = 0.0,
                 before: float = 0.0, after: float = 0.0) -> None:
        self.width, self.thickness, self.gray = width, thickness, gray
        self.before, self.after = before, after
        self.height = before + thickness + after

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        y = top - self.before - self.thickness / 2
        pen.hline(x, x + self.width, y, self.thickness, self.gray)


class _Stack(_Block):
    """Blocks one under another, kept together on one page."""

    def __init__(self, blocks: Iterable[_Block]) -> None:
        self.blocks = list(blocks)
        self.height = sum(b.height for b in self.blocks)

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        for b in self.blocks:
            b.draw(pen, x, top)
            top -= b.height


class _Row(_Block):
    """Cells side by side ((x offset, block) each), as tall as the tallest, with padding above
    and below and an optional thin rule under it."""

    def __init__(self, cells: Sequence[tuple[float, _Block]], width: float, *,
                 pad: float = 0.0, rule: float = 0.0, rule_gray: float = 0.6) -> None:
        self.cells = list(cells)
        self.width, self.pad, self.rule, self.rule_gray = width, pad, rule, rule_gray
        self.height = max((b.height for _, b in self.cells), default=0.0) + 2 * pad + rule

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        for off, block in self.cells:
            block.draw(pen, x + off, top - self.pad)
        if self.rule:
            y = top - self.height + self.rule / 2
            pen.hline(x, x + self.width, y, self.rule, self.rule_gray)


class _Box(_Block):
    """A thin frame around blocks (the refusal's list of missing documents)."""

    def __init__(self, blocks: Sequence[_Block], width: float, pad: float,
                 thickness: float = 0.8) -> None:
        self.inner = _Stack(blocks)
        self.width, self.pad, self.thickness = width, pad, thickness
        self.height = self.inner.height + 2 * pad

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        c, t = pen.c, self.thickness
        c.setStrokeGray(0)
        c.setLineWidth(t)
        c.rect(x + t / 2, top - self.height + t / 2, self.width - t, self.height - t,
               stroke=1, fill=0)
        self.inner.draw(pen, x + self.pad, top - self.pad)


class _Barcode(_Block):
    """A Code 128 barcode of the receipt number with the number printed under it."""

    def __init__(self, number: str, width: float, bar_w: float, bar_h: float,
                 caption_size: float, align: str = "center") -> None:
        self.number, self.bar_w, self.bar_h = number, bar_w, bar_h
        self.caption = _Text(_wrap([(number, FONT, caption_size, 0.0)], bar_w, align="center"))
        self.gap = 1.0 * MM
        self.height = bar_h + self.gap + self.caption.height
        self.x_off = {"center": (width - bar_w) / 2, "right": width - bar_w}.get(align, 0.0)

    def draw(self, pen: _Pen, x: float, top: float) -> None:
        left = x + self.x_off
        draw_code128(pen.c, self.number, left, top - self.bar_h, self.bar_w, self.bar_h)
        self.caption.draw(pen, left, top - self.bar_h - self.gap)


# --------------------------------------------------------------------------------------------
# What a receipt says

def _date(text: str) -> str:
    """"2026-11-21 10:15" -> "21.11.2026 10:15"; anything else as given."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?",
                     text.strip())
    if not m:
        return text
    y, mo, d, hm = m.groups()
    return f"{d}.{mo}.{y}" + (f" {hm}" if hm else "")


class _Builder:
    def __init__(self, data: ReceiptData, f: _Fmt) -> None:
        self.d = data
        self.f = f
        self.w = f.width
        self.blocks: list[_Block] = []

    # helpers ---------------------------------------------------------------------------------

    def seg(self, text: str, size: float | None = None, bold: bool = False,
            gray: float = 0.0) -> Seg:
        return (text, FONT_BOLD if bold else FONT, size or self.f.body, gray)

    def lines(self, segs: Sequence[Seg] | str, width: float | None = None, *,
              size: float | None = None, bold: bool = False, align: str = "left",
              indent: float = 0.0, gray: float = 0.0) -> list[Line]:
        if isinstance(segs, str):
            segs = [self.seg(segs, size, bold, gray)]
        return _wrap(segs, self.w if width is None else width, align=align, indent=indent,
                     lf=self.f.leading)

    def para(self, segs: Sequence[Seg] | str, width: float | None = None, *,
             before: float = 0.0, after: float = 0.0, **kw: Any) -> _Text:
        return _Text(self.lines(segs, width, **kw), before, after)

    def bi(self, b: Bilingual, width: float | None = None, *, bold: bool = False,
           size: float | None = None, ru_size: float | None = None,
           align: str = "left") -> list[Line]:
        """Kazakh, and Russian under it."""
        out = self.lines(b.kk, width, size=size or self.f.body, bold=bold, align=align)
        if b.ru and b.ru != b.kk:
            out += self.lines(b.ru, width, size=ru_size or size or self.f.ru, bold=bold,
                              align=align)
        return out

    def label(self, label: Bilingual, width: float | None = None) -> list[Line]:
        text = label.kk if label.kk == label.ru else f"{label.kk} / {label.ru}"
        return self.lines(text, width, size=self.f.small, gray=self.f.label_gray)

    def add(self, *blocks: _Block) -> None:
        self.blocks.extend(blocks)

    @property
    def value_w(self) -> float:
        return self.w - self.f.label_w if self.f.columns else self.w

    def field(self, label: Bilingual, value: list[Line], pad: float | None = None) -> None:
        """A labelled value: the label beside it on A4, above it on a roll."""
        f = self.f
        if pad is None:
            pad = 0.7 * MM
        if f.columns:
            self.add(_Row([(0, _Text(self.label(label, f.label_w - 3 * MM), 1.0)),
                           (f.label_w, _Text(value))], self.w, pad=pad))
        else:
            self.add(_Text(self.label(label) + value, pad, pad))

    def short_fields(self, pairs: Sequence[tuple[Bilingual, str]]) -> None:
        """Short values (IIN, phone): side by side on A4, "label: value" lines on a roll."""
        f = self.f
        pairs = [(lab, val) for lab, val in pairs if val]
        if not pairs:
            return
        if not f.columns:
            for lab, val in pairs:
                text = lab.kk if lab.kk == lab.ru else f"{lab.kk} / {lab.ru}"
                self.add(self.para([self.seg(f"{text}:", f.small), self.seg(val, f.body)],
                                   before=0.4 * MM, after=0.4 * MM))
            return
        if len(pairs) == 1:
            lab, val = pairs[0]
            self.field(lab, self.lines(val, self.value_w))
            return
        half = (self.value_w - 4 * MM) / 2
        second = f.label_w + half + 4 * MM
        (l1, v1), (l2, v2) = pairs[:2]
        l2_lines = self.label(l2)
        l2_w = max(fr[0] + _sw(fr[1], fr[2], fr[3]) for ln in l2_lines for fr in ln[2]) + 3 * MM
        self.add(_Row([(0, _Text(self.label(l1, f.label_w - 3 * MM), 1.0)),
                       (f.label_w, self.para(v1, half)),
                       (second, _Text(l2_lines, 1.0)),
                       (second + l2_w, self.para(v2, self.w - second - l2_w))],
                      self.w, pad=0.7 * MM))
        if len(pairs) > 2:
            self.short_fields(pairs[2:])

    def barcode(self, width: float, align: str) -> _Barcode:
        f = self.f
        bar_w = min(width, total_modules(self.d.number) * f.module)
        return _Barcode(self.d.number, width, bar_w, f.bar_h, f.body, align)

    # sections -------------------------------------------------------------------------------

    def header(self) -> None:
        d, f = self.d, self.f
        align = "left" if f.columns else "center"
        office = self.lines(d.office_name.kk, size=f.ru, bold=True, align=align)
        office += self.lines(d.office_name.ru, size=f.ru, align=align)
        phone = f" · тел. {d.office_phone}" if d.office_phone else ""
        both = f"{d.office_address.kk} / {d.office_address.ru}{phone}"
        if f.columns and _sw(both, FONT, f.small) <= self.w:
            office += self.lines(both, size=f.small, align=align)
        else:
            office += self.lines(d.office_address.kk, size=f.small, align=align)
            office += self.lines(d.office_address.ru + phone, size=f.small, align=align)
        self.add(_Text(office), _Rule(self.w, 0.8 if f.columns else 0.6,
                                      before=1.2 * MM, after=2 * MM))

    def title(self) -> None:
        d, f = self.d, self.f
        n = d.number
        if f.columns:
            bc = self.barcode(min(self.w * 0.45, total_modules(n) * f.module), "right")
            width = self.w - bc.bar_w - 6 * MM
            align = "left"
        else:
            bc = None
            width = self.w
            align = "center"
        if d.refused:
            t = self.lines("Бас тарту туралы қолхат", width, size=f.title, bold=True,
                           align=align)
            t += self.lines("Расписка об отказе в приёме документов", width,
                            size=f.title - 2, bold=True, align=align)
            t += self.lines(f"№ {n}", width, size=f.title, bold=True, align=align)
        elif _sw(f"Расписка № {n}", FONT_BOLD, f.title) <= width:
            t = self.lines(f"Қолхат № {n}", width, size=f.title, bold=True, align=align)
            t += self.lines(f"Расписка № {n}", width, size=f.title, bold=True, align=align)
        else:
            t = self.lines("Қолхат / Расписка", width, size=f.title, bold=True, align=align)
            t += self.lines(f"№ {n}", width, size=f.title, bold=True, align=align)
        if not d.refused:
            t += self.lines("құжаттарды қабылдау туралы / о приёме документов", width,
                            size=f.ru, align=align)
        t += self.lines([self.seg("Қабылданған күні / Дата приёма:", f.small,
                                  gray=f.label_gray),
                         self.seg(_date(d.accepted_at).replace(" ", NBSP), f.body, bold=True)],
                        width, align=align)
        after = 2 * MM
        if bc is not None:
            self.add(_Row([(0, _Text(t)), (self.w - bc.bar_w, bc)], self.w), _Space(after))
        else:
            self.add(_Text(t, 0, after))

    def parties(self) -> None:
        d, f = self.d, self.f
        label = Bilingual("Көрсетілетін мемлекеттік қызмет", "Государственная услуга")
        code = f" · коды / код: {d.service_code}" if d.service_code else ""
        self.add(_Text(self.lines([self.seg(f"{label.kk} / {label.ru}{code}", f.small,
                                            gray=f.label_gray)])
                       + self.bi(d.service_name), 0, 0.8 * MM))
        self.add(_Text(self.lines([self.seg("Құқықтық негізі / Правовое основание:", f.tiny,
                                            bold=True), self.seg(d.legal_basis.kk, f.tiny)])
                       + self.lines(d.legal_basis.ru, size=f.tiny), 0, 0.5 * MM))
        self.add(_Rule(self.w, 0.3, 0.6, before=0.8 * MM, after=0.8 * MM))
        self.field(Bilingual("Т.А.Ә.", "Ф.И.О."),
                   self.lines(d.applicant_name, self.value_w, bold=True))
        self.short_fields([(Bilingual("ЖСН", "ИИН"), d.applicant_iin),
                           (Bilingual("Телефон", "Телефон"), d.applicant_phone)])
        if d.applicant_address:
            self.field(Bilingual("Мекенжайы", "Адрес"),
                       self.lines(d.applicant_address, self.value_w))
        if d.representative_name:
            self.field(Bilingual("Өкіл", "Представитель"),
                       self.lines(d.representative_name, self.value_w, bold=True))
            self.short_fields([(Bilingual("Өкілдің телефоны", "Телефон представителя"),
                                d.representative_phone or "")])
            if d.representative_poa:
                self.field(Bilingual("Сенімхат", "Доверенность"),
                           self.lines(d.representative_poa, self.value_w))

    def _from_whom(self) -> tuple[str, Bilingual]:
        d = self.d
        if d.representative_name:
            return d.representative_name, Bilingual("көрсетілетін қызметті алушының өкілі",
                                                    "представитель услугополучателя")
        return d.applicant_name, Bilingual("көрсетілетін қызметті алушы", "услугополучатель")

    def statement(self) -> None:
        d, f = self.d, self.f
        name, role = self._from_whom()
        before = 2 * MM
        if d.refused:
            self.add(self.para(
                "Көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызмет стандартының "
                "9-тармағына сәйкес құжаттар топтамасын толық ұсынбағандықтан, құжаттарды "
                "қабылдаудан бас тартылады.", size=f.body, before=before, after=0.5 * MM))
            self.add(self.para(
                "В связи с представлением услугополучателем неполного пакета документов "
                "согласно пункту 9 стандарта государственной услуги в приёме документов "
                "отказано.", size=f.ru))
            self.missing()
            self.add(self.para([self.seg(name, f.body, bold=True),
                                self.seg(f"({role.kk} / {role.ru}) ұсынған құжаттар / "
                                         "представленные документы:", f.body)],
                               before=3 * MM, after=1.2 * MM))
            return
        self.add(self.para([self.seg(name, f.body, bold=True),
                            self.seg(f"({role.kk}) көрсетілетін қызметті беруші мынадай "
                                     "құжаттарды алды (алынғандары белгіленген):", f.body)],
                           before=before, after=0.4 * MM))
        self.add(self.para([self.seg("От", f.ru), self.seg(name, f.ru, bold=True),
                            self.seg(f"({role.ru}) услугодатель получил следующие документы "
                                     "(полученные отмечены):", f.ru)], after=1.5 * MM))

    @staticmethod
    def _mark(ln: ReceiptLine) -> str:
        if ln.exempt and not ln.received:
            return MARK_NA
        return MARK_YES if ln.received else MARK_NO

    @staticmethod
    def _status(ln: ReceiptLine) -> list[Bilingual]:
        if ln.from_information_system:
            return [T_FROM_IS]
        if ln.exempt and not ln.received:
            return [T_EXEMPT]
        if not ln.received:
            return [T_NOT_GIVEN]
        return []

    @staticmethod
    def _paper(ln: ReceiptLine) -> Bilingual | None:
        if not ln.received or ln.from_information_system:
            return None
        return T_ORIGINAL if ln.original else T_COPY

    def _name_cell(self, ln: ReceiptLine, width: float, extra: str = "") -> list[Line]:
        f = self.f
        out = self.bi(ln.name, width, size=f.body, ru_size=f.ru)
        for st in self._status(ln):
            out += self.lines(f"{st.kk} / {st.ru}", width, size=f.small, bold=True)
        if extra:
            out += self.lines(extra, width, size=f.small)
        if ln.note:
            out += self.lines([self.seg("Ескерту / Примечание:", f.small, bold=True),
                               self.seg(ln.note.kk, f.small)], width)
            out += self.lines(ln.note.ru, width, size=f.small)
        return out

    def documents(self) -> None:
        d, f = self.d, self.f
        rows: list[_Block] = []
        if f.columns:
            widest = max((_sw(f"{ln.index}.", FONT, f.body) for ln in d.lines), default=0.0)
            c_no = max(6 * MM, widest + 1.8 * MM)
            c_mark, c_form, c_pages, gap = 6 * MM, 17 * MM, 10 * MM, 2.5 * MM
            x_name = c_no + c_mark + gap
            x_pages = self.w - c_pages
            x_form = x_pages - gap - c_form
            name_w = x_form - gap - x_name
            lab = {"size": f.tiny, "gray": f.label_gray}
            head = _Row([
                (0, self.para("№", c_no, **lab)),
                (x_name, _Text(self.lines("Құжаттың атауы", name_w, **lab)
                               + self.lines("Наименование документа", name_w, **lab))),
                (x_form, _Text(self.lines("Түпнұсқа / көшірме", c_form, **lab)
                               + self.lines("Оригинал / копия", c_form, **lab))),
                (x_pages, _Text(self.lines("Парақ", c_pages, **lab)
                                + self.lines("Листов", c_pages, **lab))),
            ], self.w, pad=0.8 * MM, rule=0.6, rule_gray=0.0)
            header = _Stack([_Rule(self.w, 0.6), head])
            for ln in d.lines:
                paper = self._paper(ln)
                cells: list[tuple[float, _Block]] = [
                    (0, self.para(f"{ln.index}.", c_no, size=f.body)),
                    (c_no, self.para(self._mark(ln), c_mark, size=f.mark)),
                    (x_name, _Text(self._name_cell(ln, name_w))),
                ]
                if paper:
                    cells.append((x_form, _Text(self.lines(paper.kk, c_form, size=f.small)
                                                + self.lines(paper.ru, c_form, size=f.small))))
                if ln.pages is not None:
                    cells.append((x_pages, self.para(str(ln.pages), c_pages, size=f.body)))
                row = _Row(cells, self.w, pad=0.6 * MM + 0.2 * MM * (f.body >= 10),
                           rule=0.3, rule_gray=0.55)
                row.cont_header = header
                rows.append(row)
            self.add(_Stack([header] + rows[:1]), *rows[1:])
        else:
            widest = max((_sw(f"{ln.index}.", FONT, f.body) for ln in d.lines), default=0.0)
            c_no, c_mark = max(4.5 * MM, widest + 1.2 * MM), 4.5 * MM
            x_name = c_no + c_mark
            name_w = self.w - x_name
            for ln in d.lines:
                paper = self._paper(ln)
                bits = []
                if paper:
                    bits.append(f"{paper.kk} / {paper.ru}")
                if ln.pages is not None:
                    bits.append(f"{ln.pages} парақ / листов")
                rows.append(_Row([
                    (0, self.para(f"{ln.index}.", c_no, size=f.body)),
                    (c_no, self.para(self._mark(ln), c_mark, size=f.mark)),
                    (x_name, _Text(self._name_cell(ln, name_w, " · ".join(bits)))),
                ], self.w, pad=0.8 * MM, rule=0.3, rule_gray=0.0))
            self.add(_Rule(self.w, 0.5), *rows)

    def count(self) -> None:
        d, f = self.d, self.f
        label = (Bilingual("Ұсынылған құжаттар саны", "Представлено документов") if d.refused
                 else Bilingual("Қабылданған құжаттар саны", "Принято документов"))
        self.add(self.para([self.seg(f"{label.kk} / {label.ru}:", f.body),
                            self.seg(str(d.received_count), f.body, bold=True)],
                           before=1.8 * MM, after=0.3 * MM))
        from_is = sum(1 for ln in d.lines if ln.from_information_system and ln.received)
        if from_is:
            self.add(self.para(
                f"Ақпараттық жүйелерден алынды / Получено из информационных систем: {from_is}",
                size=f.small))

    def missing(self) -> None:
        d, f = self.d, self.f
        pad = 2.5 * MM if f.columns else 1.8 * MM
        inner_w = self.w - 2 * pad
        blocks: list[_Block] = [
            self.para("Жоқ құжаттардың атауы / Наименование отсутствующих документов:",
                      inner_w, size=f.body, bold=True, after=1.0 * MM)]
        num_w = 6 * MM if f.columns else 4.5 * MM
        for i, b in enumerate(d.missing, start=1):
            blocks.append(_Row([(0, self.para(f"{i})", num_w, size=f.body, bold=True)),
                                (num_w, _Text(self.bi(b, inner_w - num_w)))],
                               inner_w, pad=0.6 * MM))
        if not d.missing:
            blocks.append(self.para("—", inner_w))
        blocks.append(self.para(
            [self.seg("Бас тарту негізі / Основание отказа:", f.small, bold=True),
             self.seg("құжаттар топтамасы толық емес (стандарттың 9-тармағы) / неполный пакет "
                      "документов (пункт 9 стандарта)", f.small)], inner_w, before=1.2 * MM))
        self.add(_Space(2.5 * MM), _Box(blocks, self.w, pad))

    def notes(self) -> None:
        d, f = self.d, self.f
        for note in d.notes:
            self.add(_Text(self.lines([self.seg("Ескерту / Примечание:", f.small, bold=True),
                                       self.seg(note.kk, f.small)])
                           + self.lines(note.ru, size=f.small), 1.2 * MM, 0))
        if d.refused:
            self.add(self.para("Осы қолхат әр тарапқа бір-бірден 2 данада жасалды. / Настоящая "
                               "расписка составлена в двух экземплярах, по одному для каждой "
                               "стороны.", size=f.small, before=2 * MM))

    def result(self) -> None:
        d, f = self.d, self.f
        if d.result_issue is None or d.refused:
            return
        label = Bilingual("Нәтижені беру күні, уақыты және орны",
                          "Дата, время и место выдачи результата")
        self.add(_Text(self.label(label) + self.bi(d.result_issue, bold=True), 1.5 * MM, 0,
                       keep=True))

    def _sign(self, width: float, who: Bilingual, name: str, caption: Bilingual,
              extra: str) -> _Stack:
        """Who signs, room to sign with "signature" at its right end, the line, the name
        under it, then a phone or a date."""
        f = self.f
        cap = self.para(f"{caption.kk} / {caption.ru}", width, size=f.tiny, align="right")
        parts: list[_Block] = [_Text(self.label(who, width)),
                               _Space(max(0.0, 6.5 * MM - cap.height)), cap,
                               _Rule(width, 0.5, before=0.3 * MM),
                               self.para(name or " ", width, size=f.body, bold=True,
                                         before=0.6 * MM)]
        parts.append(self.para(extra, width, size=f.small, before=0.3 * MM))
        return _Stack(parts)

    def signatures(self) -> None:
        d, f = self.d, self.f
        if d.refused:
            emp_who = Bilingual("Бас тартқан қызметкер", "Сотрудник, отказавший в приёме")
        else:
            emp_who = Bilingual("Құжатты қабылдаған жауапты адам",
                                "Ответственное лицо, принявшее документы")
        emp_extra = f"Телефон: {d.office_phone}" if d.office_phone else " "
        name, _ = self._from_whom()
        got_who = Bilingual("Қабылдадым: Т.А.Ә. / көрсетілетін қызметті алушының қолы",
                            "Получил(а): Ф.И.О. / подпись услугополучателя")
        got_caption = Bilingual("қолы", "подпись")
        got_extra = f"Күні / Дата: {_date(d.accepted_at).split(' ')[0]}"
        emp_caption = got_caption
        if f.columns:
            col = (self.w - 10 * MM) / 2
            self.add(_Space(2.5 * MM), _Row([
                (0, self._sign(col, emp_who, d.employee, emp_caption, emp_extra)),
                (col + 10 * MM, self._sign(col, got_who, name, got_caption, got_extra)),
            ], self.w))
        else:
            self.add(_Space(2.5 * MM),
                     self._sign(self.w, emp_who, d.employee, emp_caption, emp_extra),
                     _Space(2.5 * MM),
                     self._sign(self.w, got_who, name, got_caption, got_extra))

    def closing(self) -> None:
        d, f = self.d, self.f
        if f.columns:
            return  # A4: the help lines and the catalogue version are in every page's footer
        self.add(_Stack([
            _Rule(self.w, 0.3, 0.5, before=2.5 * MM, after=1.2 * MM),
            self.para(_help_segs(d, f.small)),
            self.para(f"Қызметтер каталогының нұсқасы / Версия каталога услуг: "
                      f"{d.catalogue_version}", size=f.tiny, before=0.8 * MM),
            _Space(3 * MM),
            self.barcode(self.w, "center"),
        ]))

    def build(self) -> list[_Block]:
        self.header()
        self.title()
        self.parties()
        self.statement()
        self.documents()
        self.count()
        self.notes()
        self.result()
        self.signatures()
        self.closing()
        return self.blocks


# --------------------------------------------------------------------------------------------
# Pages and the PDF

def _paginate(blocks: list[_Block], avail: float) -> list[list[_Block]]:
    pages: list[list[_Block]] = [[]]
    left = avail
    queue = list(reversed(blocks))
    while queue:
        b = queue.pop()
        if b.height <= left + 0.01:
            pages[-1].append(b)
            left -= b.height
            continue
        head, tail = b.split(left) if b.splittable else (None, b)
        if head is not None:
            pages[-1].append(head)
            queue.append(tail)
            left = 0.0
            continue
        if not pages[-1] or (len(pages[-1]) == 1 and pages[-1][0] is b.cont_header):
            pages[-1].append(b)          # taller than a whole page: let it run over
            left -= b.height
            continue
        pages.append([])
        left = avail
        if b.cont_header is not None:
            pages[-1].append(b.cont_header)
            left -= b.cont_header.height
        queue.append(b)
    return pages


def _help_segs(d: ReceiptData, size: float) -> list[Seg]:
    return [("Бірыңғай байланыс орталығы / Единый контакт-центр:", FONT, size, 0.0),
            (", ".join(d.help_lines), FONT_BOLD, size, 0.0),
            ("(қоңырау тегін / звонок бесплатный)", FONT, size, 0.0)]


def _footer(pen: _Pen, f: _Fmt, d: ReceiptData, page: int, pages: int) -> None:
    """A4 page foot: help lines, then the receipt number, catalogue version and page."""
    rule_y = f.margin_bottom - 2.2 * MM
    pen.hline(f.margin_x, f.page_w - f.margin_x, rule_y, 0.3, 0.5)
    y = rule_y - 1.2 * MM
    for h, base, frags in _wrap(_help_segs(d, 8.0), f.width):
        for fx, text, font, size, gray in frags:
            pen.text(f.margin_x + fx, y - base, text, font, size, gray)
        y -= h
    kind = "Бас тарту туралы қолхат / Расписка об отказе" if d.refused else \
        "Қолхат / Расписка"
    right = f"Бет / Стр. {page}/{pages}"
    room = f.width - _sw(right, FONT, 7.0) - 4 * MM
    for left in (f"{kind} № {d.number} · Қызметтер каталогының нұсқасы / Версия каталога "
                 f"услуг: {d.catalogue_version}",
                 f"№ {d.number} · Каталог нұсқасы / Версия каталога: {d.catalogue_version}",
                 f"№ {d.number} · {d.catalogue_version}"):
        if _sw(left, FONT, 7.0) <= room:
            break
    y -= 0.9 * 7.0 + 0.3 * MM
    pen.text(f.margin_x, y, left, FONT, 7.0, 0.25)
    pen.text(f.page_w - f.margin_x - _sw(right, FONT, 7.0), y, right, FONT, 7.0, 0.25)


_a85_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Page streams Flate-compressed without the ASCII85 layer reportlab adds by default
    (pure-Python ASCII85 costs more than all the drawing); the setting is read at save."""
    with _a85_lock:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = old


def _body_height(f: _Fmt) -> float:
    """The height the content may take on one page (a roll: as much as a PDF page allows)."""
    return (f.page_h or MAX_PAGE) - f.margin_top - f.margin_bottom


def _draw(data: ReceiptData, f: _Fmt) -> bytes:
    blocks = _Builder(data, f).build()
    if f.page_h is not None:
        dense = _COMPACT.get(f.name)
        if dense is not None and sum(b.height for b in blocks) > _body_height(f):
            dense_blocks = _Builder(data, dense).build()
            if sum(b.height for b in dense_blocks) <= _body_height(dense):
                f, blocks = dense, dense_blocks
        pages = _paginate(blocks, _body_height(f))
        sizes = [(f.page_w, f.page_h)] * len(pages)
    else:
        if sum(b.height for b in blocks) <= _body_height(f):
            pages = [blocks]
        else:
            pages = _paginate(blocks, _body_height(f))
        sizes = [(f.page_w, f.margin_top + sum(b.height for b in p) + f.margin_bottom)
                 for p in pages]

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=sizes[0], invariant=1, pageCompression=1)
    reserve_common_glyphs(c)
    kind = "Бас тарту туралы қолхат" if data.refused else "Қолхат"
    c.setTitle(f"{kind} № {data.number}")
    c.setAuthor(data.office_name.kk)
    c.setSubject(data.service_name.kk)
    c.setCreator("Qabyldau")
    pen = _Pen(c)
    for i, (on_page, size) in enumerate(zip(pages, sizes), start=1):
        c.setPageSize(size)
        pen.begin_page()
        top = size[1] - f.margin_top
        for b in on_page:
            b.draw(pen, f.margin_x, top)
            top -= b.height
        if f.page_h is not None:
            _footer(pen, f, data, i, len(pages))
        pen.end_page()
        c.showPage()
    with _binary_streams():
        c.save()
    return buf.getvalue()


def render_receipt(data: ReceiptData, fmt: str = "a4") -> bytes:
    """The receipt of acceptance (or, when data.refused, the refusal receipt) as PDF bytes;
    fmt is "a4" or "80mm" (ValueError otherwise). The same data gives the same bytes."""
    f = _FORMATS.get(fmt) if isinstance(fmt, str) else None
    if f is None:
        raise ValueError(f"unknown receipt format {fmt!r}; expected one of {', '.join(FORMATS)}")
    register_fonts()
    return _draw(data, f)


def render_receipt_to(path: str | os.PathLike[str], data: ReceiptData,
                      fmt: str = "a4") -> Path:
    """Render the receipt and write it atomically (a temporary file in the same folder, then
    os.replace): a reader never sees half a PDF. Returns the path written."""
    pdf = render_receipt(data, fmt)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target

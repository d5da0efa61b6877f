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
from pathlib import Path

from kiosk.documents.layout import PaperCanvas

from kiosk.documents.fonts import FONT, register_fonts
from kiosk.documents.layout import MAX_PAGE, MM, Pen, binary_streams, paginate, text_width, wrap
from kiosk.documents.model import FORMATS, ReceiptData
from kiosk.documents.paper import COMPACT, PAPER, ROLL_MAX, Fmt
from kiosk.documents.receipt_content import ReceiptBuilder, help_segs
from kiosk.safe_write import write_atomic

__all__ = ["render_receipt", "render_receipt_to"]


def _footer(pen: Pen, f: Fmt, d: ReceiptData, page: int, pages: int, copy: int = 0,
            copies: int = 1) -> None:
    """A4 page foot: help lines, then the receipt number, catalogue version and page."""
    rule_y = f.margin_bottom - 2.2 * MM
    pen.hline(f.margin_x, f.page_w - f.margin_x, rule_y, 0.3, 0.5)
    y = rule_y - 1.2 * MM
    for h, base, frags in wrap(help_segs(d, 8.0), f.width):
        for fx, text, font, size, gray in frags:
            pen.text(f.margin_x + fx, y - base, text, font, size, gray)
        y -= h
    kind = "Бас тарту туралы қолхат / Расписка об отказе" if d.refused else \
        "Қолхат / Расписка"
    right = f"Бет / Стр. {page}/{pages}"
    if copy:
        right = f"{copy}-дана / экз. {copy} из {copies} · " + right
    room = f.width - text_width(right, FONT, 7.0) - 4 * MM
    for left in (f"{kind} № {d.number} · Қызметтер каталогының нұсқасы / Версия каталога "
                 f"услуг: {d.catalogue_version}",
                 f"№ {d.number} · Каталог нұсқасы / Версия каталога: {d.catalogue_version}",
                 f"№ {d.number} · {d.catalogue_version}"):
        if text_width(left, FONT, 7.0) <= room:
            break
    y -= 0.9 * 7.0 + 0.3 * MM
    pen.text(f.margin_x, y, left, FONT, 7.0, 0.25)
    pen.text(f.page_w - f.margin_x - text_width(right, FONT, 7.0), y, right, FONT, 7.0, 0.25)


def _body_height(f: Fmt) -> float:
    """The height the content may take on one page (a roll: as much as a PDF page allows)."""
    return (f.page_h or MAX_PAGE) - f.margin_top - f.margin_bottom


def _draw(data: ReceiptData, f: Fmt) -> bytes:
    blocks = ReceiptBuilder(data, f).build()
    if f.page_h is not None:
        dense = COMPACT.get(f.name)
        if dense is not None and sum(b.height for b in blocks) > _body_height(f):
            dense_blocks = ReceiptBuilder(data, dense).build()
            if sum(b.height for b in dense_blocks) <= _body_height(dense):
                f, blocks = dense, dense_blocks
        pages = paginate(blocks, _body_height(f))
        assert f.page_h is not None  # a sheet: every page as high as the paper
        sizes: list[tuple[float, float]] = [(f.page_w, f.page_h)] * len(pages)
    else:
        if sum(b.height for b in blocks) + f.margin_top + f.margin_bottom > ROLL_MAX:
            dense = COMPACT.get(f.name)
            if dense is not None:
                f, blocks = dense, ReceiptBuilder(data, dense).build()
        if sum(b.height for b in blocks) <= _body_height(f):
            pages = [blocks]
        else:
            pages = paginate(blocks, _body_height(f))
        sizes = [(f.page_w, f.margin_top + sum(b.height for b in p) + f.margin_bottom)
                 for p in pages]

    buf = io.BytesIO()
    c = PaperCanvas(buf, pagesize=sizes[0], invariant=1, pageCompression=1)
    kind = "Бас тарту туралы қолхат" if data.refused else "Қолхат"
    c.setTitle(f"{kind} № {data.number}")
    c.setAuthor(data.office_name.kk)
    c.setSubject(data.service_name.kk)
    c.setCreator("Qabyldau")
    pen = Pen(c)
    # a refusal receipt is made in two copies, one for each side: on sheets, each copy is
    # its own complete page(s) (number, what is missing, both signatures)
    copies = 2 if data.refused and f.page_h is not None else 1
    for copy in range(1, copies + 1):
        for i, (on_page, size) in enumerate(zip(pages, sizes), start=1):
            c.setPageSize(size)
            pen.begin_page()
            top = size[1] - f.margin_top
            for b in on_page:
                b.draw(pen, f.margin_x, top)
                top -= b.height
            if f.page_h is not None:
                _footer(pen, f, data, i, len(pages), copy if copies > 1 else 0, copies)
            pen.end_page()
            c.showPage()
    with binary_streams():
        c.save()
    return buf.getvalue()


def render_receipt(data: ReceiptData, fmt: str = "a4") -> bytes:
    """The receipt of acceptance (or, when data.refused, the refusal receipt) as PDF bytes;
    fmt is "a4" or "80mm" (ValueError otherwise). The same data gives the same bytes."""
    f = PAPER.get(fmt) if isinstance(fmt, str) else None
    if f is None:
        raise ValueError(f"unknown receipt format {fmt!r}; expected one of {', '.join(FORMATS)}")
    register_fonts()
    return _draw(data, f)


def render_receipt_to(path: str | os.PathLike[str], data: ReceiptData,
                      fmt: str = "a4") -> Path:
    """Render the receipt and write it atomically (a reader never sees half a PDF)."""
    return write_atomic(path, render_receipt(data, fmt))

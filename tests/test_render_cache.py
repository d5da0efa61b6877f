"""Receipts read back exactly, including letters outside Kazakh and Russian Cyrillic, a reprint
equals the first print, and a plain document drawn with the same font afterwards is intact."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request  # noqa: E402


def _text(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_cached_splits_print_the_same_letters(ctx) -> None:
    from kiosk.documents.fonts import FONT, register_fonts
    from kiosk.intake import accept_package, request_from_dict
    from kiosk.receipts import receipt_pdf
    register_fonts()
    numbers = []
    for i, surname in enumerate(["Сейітқали", "Ǆurić", "Сейітқали"]):
        data = request(i, ctx.catalogue)
        data["applicant"]["surname"] = surname
        data["applicant"]["name"] = "Ǉubica" if surname == "Ǆurić" else "Әйгерім"
        numbers.append(accept_package(ctx, request_from_dict(ctx.catalogue, data),
                                      employee="desk").number)
    first = [receipt_pdf(ctx, n) for n in numbers]
    again = [receipt_pdf(ctx, n) for n in numbers]
    assert first == again                                   # invariant: a reprint is the same
    assert "Сейітқали Әйгерім" in _text(first[0]) and "Ǆurić Ǉubica" in _text(first[1])
    # a plain document with the same font, drawn after the cached ones, is not disturbed
    buf = io.BytesIO()
    c = Canvas(buf)
    c.setFont(FONT, 12)
    c.drawString(50, 700, "Ǆ Сейітқали Әйгерім")
    c.save()
    assert "Ǆ Сейітқали Әйгерім" in _text(buf.getvalue())

"""Receipt pages on screen and on paper.

``rasterise(pdf, dpi)`` runs in a worker (``ui.tasks.run_task``): it turns PDF bytes into plain
page images (bytes, no Qt objects).  On the GUI thread ``to_qimage`` makes a QImage of one, and
``paint_pages`` puts them on a QPrinter, one PDF page per printed page, the printer's page set
to the receipt's own size (A4 or the 80 mm roll).  No visible strings live here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

__all__ = ["PageImage", "rasterise", "to_qimage", "page_size_for", "prepare_printer",
           "paint_pages"]


@dataclass(frozen=True)
class PageImage:
    """One rendered page: RGB888 pixels and the page's size in PDF points."""
    width: int
    height: int
    stride: int
    data: bytes
    width_pt: float
    height_pt: float


def rasterise(pdf: bytes, dpi: int = 110) -> list[PageImage]:
    """Render every page of a PDF (worker thread: plain data only)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    pages: list[PageImage] = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            w_pt, h_pt = page.get_size()
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            pages.append(PageImage(pil.width, pil.height, pil.width * 3, data, w_pt, h_pt))
            page.close()
    finally:
        doc.close()
    return pages


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the bytes object may go away


def page_size_for(pages: list[PageImage], paper: str) -> QPageSize:
    """A4 for A4 receipts; the roll receipt's own size (80 mm wide) otherwise."""
    if paper == "a4" or not pages:
        return QPageSize(QPageSize.PageSizeId.A4)
    first = pages[0]
    return QPageSize(QSizeF(first.width_pt, first.height_pt), QPageSize.Unit.Point,
                     "Receipt 80 mm", QPageSize.SizeMatchPolicy.ExactMatch)


def prepare_printer(printer: QPrinter, pages: list[PageImage], paper: str) -> None:
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size_for(pages, paper), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))


def paint_pages(printer: QPrinter, pages: list[PageImage]) -> int:
    """Paint the page images onto the printer (GUI thread).  Returns the pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for i, page in enumerate(pages):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            image = to_qimage(page)
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), image)
    finally:
        painter.end()
    return len(pages)

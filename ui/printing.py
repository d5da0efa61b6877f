"""Receipt pages on screen and on paper.

``rasterise(pdf, dpi)`` runs in a worker (``ui.tasks.run_task``): it turns PDF bytes into plain
page images (bytes, no Qt objects).  On the GUI thread ``to_qimage`` makes a QImage of one, and
``paint_pages`` puts them on a QPrinter, one PDF page per printed page, the printer's page set
to the receipt's own size (A4 or the 80 mm roll).  No visible strings live here.

``print_file`` prints a saved PDF on this station's printer and reports what really happened
(``kiosk.printers.PrintResult``): through CUPS (``lp``, the job's id and state) where it is
installed, else through Qt's spooler path (Windows), checking the printer's state and the
painter's answer.  No printer: the result says so; nothing is ever printed to a file silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk import printers
from kiosk.printers import PrintResult
from ui.tasks import run_task

__all__ = ["PageImage", "rasterise", "to_qimage", "page_size_for", "prepare_printer",
           "paint_pages", "station_printer", "media_for", "print_file", "print_with_qt",
           "is_file_printer"]


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


# -- printing a saved PDF, truthfully ----------------------------------------------------------
def station_printer(ctx: Any) -> str | None:
    """The printer this PC prints on: the station file's, else the office setting's, else None
    (the system's default)."""
    try:
        from kiosk.station import load_station
        named = load_station().printer
    except Exception:  # an unreadable station file is reported where the station is loaded
        named = None
    if named:
        return named
    from kiosk.settings import printer_name
    return printer_name(ctx) or None


def media_for(pdf: bytes, paper: str) -> str:
    """CUPS's media option for the document: A4, or the roll receipt's own size."""
    if paper == "a4":
        return "A4"
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        w_pt, h_pt = doc[0].get_size()
    finally:
        doc.close()
    return f"Custom.{round(w_pt * 25.4 / 72)}x{round(h_pt * 25.4 / 72)}mm"


def is_file_printer(printer: QPrinter) -> bool:
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and bool(printer.outputFileName()))


def print_with_qt(path: Path, title: str, paper: str, wanted: str | None) -> PrintResult:
    """The spooler path (no CUPS, e.g. Windows): the printer's state first, then the pages; ok
    means the spooler took the job (that is all Windows tells a program without its API)."""
    infos = QPrinterInfo.availablePrinters()
    if not infos:
        return PrintResult("print.no_printer")
    names = [i.printerName() for i in infos]
    if wanted and wanted not in names:
        return PrintResult("print.unknown_printer", printer=wanted)
    info = next((i for i in infos if i.printerName() == wanted), None) if wanted else None
    if info is None:
        default = QPrinterInfo.defaultPrinter()
        info = default if not default.isNull() else infos[0]
    name = info.printerName()
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrintResult("print.stopped", printer=name)
    pdf = path.read_bytes()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return PrintResult("print.no_printer")       # never a silent print to a file
    pages = rasterise(pdf, min(printer.resolution(), 300))
    prepare_printer(printer, pages, paper)
    if paint_pages(printer, pages) != len(pages) or printer.printerState() in (
            QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrintResult("print.failed", printer=name, detail=name)
    return PrintResult("print.sent", ok=True, printer=name)


def print_file(path: Path, title: str, paper: str, wanted: str | None,
               on_done: Callable[[PrintResult], None], *, withdraw: bool = False) -> None:
    """Print a saved PDF; ``on_done`` gets the truthful result (CUPS: off the GUI thread, as
    it waits a few seconds for the job to complete).  ``withdraw``: cancel a job that did not
    print (the kiosk)."""
    if printers.cups_available():
        def work() -> PrintResult:
            media = media_for(path.read_bytes(), paper)
            return printers.print_pdf(path, title, printer=wanted, media=media,
                                      withdraw=withdraw)
        run_task(work, on_done,
                 lambda exc: on_done(PrintResult("print.failed", detail=str(exc))))
        return
    try:
        result = print_with_qt(path, title, paper, wanted)
    except Exception as exc:  # a driver's error: said, never a traceback
        result = PrintResult("print.failed", detail=str(exc))
    on_done(result)

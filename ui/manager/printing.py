"""Printing a PDF the core made (register, complaint slip) on the office's printer: the pages
are rendered with pdfium and drawn onto a QPrinter.  ``output_file`` prints to a PDF file
instead (tests, and "print to file")."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

DPI = 200


class NoPrinter(RuntimeError):
    pass


def print_pdf(pdf: bytes, printer_name: str = "", *, output_file: str | None = None,
              title: str = "Qabyldau") -> str:
    """Print every page; returns where it went ("Receipts (job Receipts-12)").  Raises
    NoPrinter, with the truthful reason in the user's language, when nothing was printed: no
    printer, a stopped or rejecting queue (CUPS), a job still waiting."""
    if not output_file:
        from kiosk import printers
        if printers.cups_available():
            return _print_on_cups(pdf, printer_name, title)
    import pypdfium2 as pdfium
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if output_file:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(output_file)
    else:
        names = [p.printerName() for p in QPrinterInfo.availablePrinters()]
        if printer_name and printer_name in names:
            printer.setPrinterName(printer_name)
        elif not names:
            from kiosk.printers import message
            from ui.i18n import LANG
            raise NoPrinter(message("print.no_printer", LANG.current))
    doc = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=DPI / 72).to_pil().convert("RGB")
            data = img.tobytes()
            qimg = QImage(data, img.width, img.height, 3 * img.width,
                          QImage.Format.Format_RGB888).copy()
            if i == 0:
                w, h = page.get_size()
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if w > h
                                           else QPageLayout.Orientation.Portrait)
                if not painter.begin(printer):
                    raise NoPrinter("the printer cannot start")
            else:
                printer.newPage()
            area = painter.viewport()
            size = qimg.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), qimg)
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
    return output_file or printer.printerName()



def _print_on_cups(pdf: bytes, printer_name: str, title: str) -> str:
    import tempfile
    from pathlib import Path

    from kiosk import printers
    from ui.i18n import LANG
    with tempfile.TemporaryDirectory(prefix="qabyldau-print-") as tmp:
        path = Path(tmp) / "document.pdf"
        path.write_bytes(pdf)
        result = printers.print_pdf(path, title, printer=printer_name or None, wait_s=4.0)
    if not result.ok:
        raise NoPrinter(result.text(LANG.current))
    return f"{result.printer} ({result.job})"

"""Printing a kiosk PDF (ticket, slip) on the default printer, when the kiosk has one: each
page rendered by pdfium at the printer's resolution and painted through QPrinter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


def has_printer() -> bool:
    return not QPrinterInfo.defaultPrinter().isNull()


def print_pdf(path: Path) -> bool:
    """Print on the default printer; False when there is none (the PDF stays on disk)."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return False
    import pypdfium2 as pdfium
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        pdf = pdfium.PdfDocument(str(path))
        for i in range(len(pdf)):
            if i:
                printer.newPage()
            page = pdf[i]
            scale = min(printer.resolution(), 300) / 72.0
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4
                           else QImage.Format.Format_RGB888).copy()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            w_in, h_in = page.get_width() / 72.0, page.get_height() / 72.0
            dpi = printer.resolution()
            painter.drawImage(QRectF(0, 0, min(w_in * dpi, target.width()), h_in * dpi), image)
    finally:
        painter.end()
    return True

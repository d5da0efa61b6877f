"""A PDF shown as page images (pypdfium2); the dispatch prints through ui.manager.printing.
Rendering runs in a worker (ui.tasks.run_task) and hands back plain bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui import tasks

PREVIEW_PAGES = 3


def render_pages(path: str | Path, scale: float, first: int = 0,
                 count: int | None = None) -> list[tuple[bytes, int, int, int]]:
    """RGB page images (data, width, height, stride): plain data, safe to build in a worker."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        last = len(pdf) if count is None else min(len(pdf), first + count)
        out = []
        for i in range(first, last):
            bitmap = pdf[i].render(scale=scale, rev_byteorder=True)
            out.append((bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride))
        return out
    finally:
        pdf.close()


def to_image(page: tuple[bytes, int, int, int]) -> QImage:
    data, w, h, stride = page
    return QImage(data, w, h, stride, QImage.Format.Format_RGB888).copy()


class PdfPreview(QScrollArea):
    """The first pages of a PDF, one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.box = QVBoxLayout(self.inner)
        self.box.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.inner)
        self.path: Path | None = None
        self.pages_shown = 0

    def clear(self) -> None:
        while self.box.count():
            item = self.box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.pages_shown = 0
        self.path = None

    def show_pdf(self, path: str | Path) -> None:
        self.clear()
        self.path = Path(path)
        tasks.run_task(lambda p=self.path: render_pages(p, 1.1, 0, PREVIEW_PAGES), self._show)

    def _show(self, pages: list[Any]) -> None:
        for page in pages:
            label = QLabel()
            pixmap = QPixmap.fromImage(to_image(page))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())   # a whole page, never cropped to the layout
            label.setObjectName("PdfPage")
            self.box.addWidget(label)
        self.pages_shown = len(pages)

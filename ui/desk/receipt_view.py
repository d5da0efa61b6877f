"""A package's receipt (or refusal receipt): rendered and saved off the GUI thread, previewed as
page images, printed on this station's printer (A4 or the 80 mm roll; "Printed" only when the
printer took the job, else what is wrong with it) or saved as a PDF.

Another paper of a package (S2's result: ui.desk.result_paper) is a subclass: its own words
(:meth:`ReceiptView.paper_texts`) and what it renders (:meth:`ReceiptView.load`)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from db.packages import package_by_number
from kiosk.documents.receipt import render_receipt_to
from kiosk.printers import PrintResult, paper_alert
from kiosk.receipts import receipt_data, receipt_path
from ui.i18n import LANG
from ui.printing import (PageImage, paint_pages, prepare_printer, print_file, rasterise,
                         station_printer, to_qimage)
from ui.tasks import run_task

PRINT_DPI = 300


def _render_job(path: Path, data: Any, fmt: str) -> tuple[Path, bytes, list[PageImage]]:
    """Worker: write the receipt PDF and rasterise it for the preview (plain data only)."""
    render_receipt_to(path, data, fmt)
    pdf = path.read_bytes()
    return path, pdf, rasterise(pdf, 110)


class ReceiptView(QWidget):
    """Preview with Print (Ctrl+P) and Save as PDF (Ctrl+S)."""

    ready = Signal()
    printed = Signal(int)
    saved = Signal(str)

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.number: str | None = None
        self.fmt = ctx.office.paper
        self.path: Path | None = None
        self.pdf: bytes | None = None
        self.pages: list[PageImage] = []
        self._pixmaps: list[QPixmap] = []
        self._printer: QPrinter | None = None
        self._state = ""
        self.result: PrintResult | None = None      # the last print's truthful outcome
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setObjectName("Preview")
        self.page_box = QWidget()
        self.page_box.setObjectName("PreviewPages")
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.page_box)
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.print_btn = QPushButton()
        self.print_btn.setObjectName("Primary")
        self.print_btn.clicked.connect(lambda: self.print_receipt())
        self.save_btn = QPushButton()
        self.save_btn.clicked.connect(lambda: self.save_pdf())
        buttons.addWidget(self.print_btn)
        buttons.addWidget(self.save_btn)
        buttons.addStretch(1)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._enable(False)

    def paper_texts(self) -> dict[str, str]:
        """The words that name the paper: preparing it, where it was saved, the print
        button's tip, the title of the save dialog."""
        return {"rendering": self.tr("Preparing the receipt…"),
                "ready": self.tr("Receipt saved: %1"),
                "print_tip": self.tr("Print the receipt (A4 or the 80 mm roll, as the "
                                     "office set)"),
                "save_title": self.tr("Save the receipt as PDF")}

    def retranslate_ui(self) -> None:
        self.print_btn.setText(self.tr("Print   Ctrl+P"))
        self.print_btn.setToolTip(self.paper_texts()["print_tip"])
        self.save_btn.setText(self.tr("Save as PDF   Ctrl+S"))
        # setText drops a button's shortcut (it looks for an & mnemonic): set them after it
        self.print_btn.setShortcut(QKeySequence("Ctrl+P"))
        self.save_btn.setShortcut(QKeySequence("Ctrl+S"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _enable(self, on: bool) -> None:
        self.print_btn.setEnabled(on)
        self.save_btn.setEnabled(on)

    def _show_state(self, extra: str = "") -> None:
        paper = self.paper_texts()
        texts = {"": "", "rendering": paper["rendering"], "ready": paper["ready"],
                 "printing": self.tr("Sending to the printer…"),
                 "printed": self.tr("Printed."),
                 "saved": self.tr("Saved as %1"),
                 "failed": self.tr("Something went wrong: %1")}
        if self._state == "result" and self.result is not None:
            self.status.setObjectName("Hint" if self.result.ok else "Error")
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
            alert = paper_alert(self._paper_state(), LANG.current)
            self.status.setText(" ".join(t for t in (self.result.text(LANG.current), alert) if t))
            self.status.setToolTip(self.result.text(LANG.current))
            return
        if self.status.objectName() != "Hint":
            self.status.setObjectName("Hint")
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        text = texts.get(self._state, "")
        full = extra or (str(self.path) if self.path else "")
        if "%1" in text:
            short = full.rsplit("/", 1)[-1] if self._state in ("ready", "saved") else full
            text = text.replace("%1", short)
        self.status.setText(text)
        self.status.setToolTip(full)

    def _set_state(self, state: str, extra: str = "") -> None:
        self._state = state
        self._show_state(extra)

    # -- loading -------------------------------------------------------------------------
    def show_package(self, number: str) -> bool:
        """Render (and save to the receipts folder) the package's receipt; preview when done."""
        package = package_by_number(self.ctx.store, number)
        if package is None:
            return False
        fmt = package.get("format") or self.ctx.office.paper
        data = receipt_data(self.ctx, package)   # store reads stay on the GUI thread
        path = receipt_path(self.ctx, package)
        self.load(number, fmt, lambda: _render_job(path, data, fmt))
        return True

    def load(self, number: str, fmt: str,
             job: Callable[[], tuple[Path, bytes, list[PageImage]]]) -> None:
        """Show a paper that ``job`` writes and rasterises in a worker (plain data only)."""
        self.number = number
        self.fmt = fmt
        self.pages, self.pdf = [], None
        self._clear_pages()
        self._enable(False)
        self._set_state("rendering")
        run_task(job, self._rendered, self._failed)

    def _clear_pages(self) -> None:
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _rendered(self, result: tuple[Path, bytes, list[PageImage]]) -> None:
        self.path, self.pdf, self.pages = result
        self._clear_pages()
        self._pixmaps = [QPixmap.fromImage(to_qimage(page)) for page in self.pages]
        for _ in self._pixmaps:
            label = QLabel()
            label.setObjectName("PreviewPage")
            self.page_layout.addWidget(label)
        self._fit()
        self._enable(True)
        self._set_state("ready")
        self.ready.emit()

    def _fit(self) -> None:
        """Pages as wide as the preview allows (never wider than rendered)."""
        width = max(200, self.scroll.viewport().width() - 32)
        for i, pixmap in enumerate(self._pixmaps):
            item = self.page_layout.itemAt(i)
            label = item.widget() if item else None
            if isinstance(label, QLabel):
                label.setPixmap(pixmap if pixmap.width() <= width else pixmap.scaledToWidth(
                    width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _failed(self, exc: Exception) -> None:
        self._enable(self.pdf is not None)
        self._set_state("failed", str(exc))

    # -- printing ------------------------------------------------------------------------
    def _paper_state(self) -> Any:
        from kiosk.printers import PrinterState
        r = self.result
        return PrinterState(r.printer if r else "", reasons=r.reasons if r else ())

    def print_receipt(self, printer: QPrinter | None = None) -> bool:
        """Print on this station's printer (Ctrl+P) and say truthfully what happened; or, given
        a PDF-file printer (tests), paint the pages into that file."""
        if self.pdf is None:
            return False
        if printer is None:
            if self.path is None:
                return False
            self._set_state("printing")
            self._enable(False)
            print_file(self.path, self.job_title(), self.fmt,
                       station_printer(self.ctx), self._print_done)
            return True
        prepare_printer(printer, self.pages, self.fmt)
        printer.setDocName(self.job_title())
        self._printer = printer
        pdf = self.pdf
        dpi = min(printer.resolution(), PRINT_DPI)
        self._set_state("printing")
        self._enable(False)
        run_task(lambda: rasterise(pdf, dpi), self._paint, self._failed)
        return True

    def _print_done(self, result: PrintResult) -> None:
        self.result = result
        self._enable(self.pdf is not None)
        self._set_state("result")
        self.printed.emit(len(self.pages) if result.ok else 0)

    def _paint(self, pages: list[PageImage]) -> None:
        printer, self._printer = self._printer, None
        self._enable(True)
        if printer is None:
            return
        n = paint_pages(printer, pages)
        self._set_state("printed" if n else "failed", "")
        self.printed.emit(n)

    def _saved(self, out: Path, _written: object = None) -> None:
        self._set_state("saved", str(out))
        self.saved.emit(str(out))

    def job_title(self) -> str:
        """The print job's name (what the printer's queue shows)."""
        return self.number or "receipt"

    def file_name(self) -> str:
        """The name the save dialog offers."""
        return f"{self.job_title()}.pdf"

    def save_pdf(self, target: str | None = None) -> bool:
        if self.pdf is None:
            return False
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, self.paper_texts()["save_title"],
                                                    self.file_name(), "PDF (*.pdf)")
            if not target:
                return False
        pdf, out = self.pdf, Path(target)
        run_task(lambda: out.write_bytes(pdf), partial(self._saved, out), self._failed)
        return True

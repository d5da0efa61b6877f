"""The desk's paper alarm: "paper low" / "out of paper" for this station's printer, where CUPS
reports it (printer-state-reasons media-low, media-empty, media-needed).  Checked off the GUI
thread every minute; hidden while the printer has paper."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel

from kiosk import printers
from kiosk.printers import PrinterState, paper_alert
from ui.i18n import LANG
from ui.printing import station_printer
from ui.tasks import run_task

__all__ = ["PrinterWatch"]


def _check(wanted: str | None) -> PrinterState | None:
    if not printers.cups_available():
        return None
    name, _problem = printers.choose_printer(wanted)
    return printers.printer_state(name) if name else None


class PrinterWatch(QLabel):
    INTERVAL_MS = 60_000

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("Error")
        self.setWordWrap(True)
        self.state: PrinterState | None = None
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        wanted = station_printer(self.ctx)
        run_task(lambda: _check(wanted), self._checked, lambda exc: None)

    def _checked(self, state: PrinterState | None) -> None:
        self.state = state
        self._show()

    def _show(self) -> None:
        text = paper_alert(self.state, LANG.current) if self.state else ""
        self.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

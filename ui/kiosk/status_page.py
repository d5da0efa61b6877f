""""Where is my application?" (issue 15 point 11; Law No 88-V, seed 003 l.117): scan the
receipt's barcode, or type its number and the last four digits of the IIN, and see the stage,
the due date and where to collect -- in the applicant's language, nothing else of the
package.  One core call per action: kiosk.stage.package_stage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout

from kiosk.context import Context
from kiosk.dates import shown_date
from kiosk.errors import InputError
from kiosk.stage import Stage, package_stage
from ui.i18n import LANG
from ui.kiosk.prefill import PersonForm
from ui.scanner import ScanCatcher


class StatusPage(PersonForm):
    back_requested = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__(("receipt", "iin"))
        self.ctx = ctx
        self.setObjectName("KioskStatus")
        self.edits["iin"].setMaxLength(4)
        self.edits["receipt"].setMaxLength(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        self.title = QLabel()
        self.title.setObjectName("Title")
        self.title.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("Subtitle")
        self.lead.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setObjectName("KioskLead")
        self.answer.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.answer)
        layout.addLayout(self.nav_row(self.look_up))
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        self.stage: Stage | None = None
        self.scanner = ScanCatcher(self, self._scan_window)
        self.scanner.scanned.connect(self.scanned)
        self.retranslate_ui()

    # -- actions ---------------------------------------------------------------------------
    def look_up(self) -> None:
        """Typed: the receipt number and the last four digits of the IIN."""
        self._show(lambda: package_stage(self.ctx, self.edits["receipt"].text(),
                                         iin_last4=self.edits["iin"].text(),
                                         lang=LANG.current))

    def scanned(self, code: str) -> None:
        """The receipt's barcode was read: the paper itself is the proof."""
        self.edits["receipt"].setText(code)
        self._show(lambda: package_stage(self.ctx, code, lang=LANG.current, scanned=True))

    def _show(self, call: Any) -> None:
        try:
            self.stage = call()
        except InputError as exc:
            self.stage = None
            self.answer.clear()
            self.show_error(exc)
            return
        self.error.clear()
        self._render()

    def _render(self) -> None:
        st = self.stage
        if st is None:
            self.answer.clear()
            return
        head = self.tr("Application No %1").replace("%1", st.number)
        lines = [f"<b>{head}</b>", st.text]
        if st.due_date:
            lines.append(self.tr("Result due: %1").replace("%1", shown_date(st.due_date)))
        if st.collect_at:
            lines.append(self.tr("Where to collect: %1").replace("%1", st.collect_at))
        self.answer.setText("<br>".join(lines))

    def clear(self) -> None:
        super().clear()
        self.stage = None
        self.answer.clear()

    # -- scanner -----------------------------------------------------------------------------
    def _scan_window(self) -> QWindow | None:
        return self.window().windowHandle() if self.isVisible() else None

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.scanner)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self.scanner)
        super().hideEvent(event)

    # -- language ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Where is my application?"))
        self.lead.setText(self.tr("Scan the barcode of your receipt, or type the receipt "
                                  "number and the last 4 digits of your IIN."))
        names = {"receipt": self.tr("Receipt number"), "iin": self.tr("Last 4 digits of the IIN")}
        for key, label in self.labels.items():
            label.setText(names[key])
            self.edits[key].setAccessibleName(names[key])
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.submit.setText(self.tr("Show the stage"))
        self.submit.setAccessibleName(self.submit.text())
        if self.stage is not None:     # the answer again, in the new language
            number = self.stage.number
            self._show(lambda: package_stage(self.ctx, number, lang=LANG.current, scanned=True))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

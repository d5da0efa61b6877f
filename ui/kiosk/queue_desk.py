"""The desk's queue section: call the next applicant (oldest first), no-show, recall, served
without a package, close the day; today's tickets with their waiting and service times.
A scanned ticket opens the applicant's pre-filled application in the intake section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kiosk import queue
from kiosk.errors import InputError
from kiosk.queue import CATEGORY_LETTERS, Ticket
from ui.i18n import LANG


class QueueSection(QWidget):
    key = "queue"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.current: Ticket | None = None
        self.setup_ui()
        self.retranslate_ui()
        self.refresh()

    @property
    def desk_code(self) -> str:
        return str(self.ctx.office.station)

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.now_serving = QLabel()
        self.now_serving.setObjectName("KioskLead")
        self.message = QLabel()
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.now_serving)
        row = QHBoxLayout()
        self.category = QComboBox()
        self.category.addItem("*", None)
        for letter in CATEGORY_LETTERS.values():
            self.category.addItem(letter, letter)
        self.category.setVisible(bool(self.ctx.office.queue_any_category))
        self.call = QPushButton()
        self.call.setObjectName("Primary")
        self.absent = QPushButton()
        self.again = QPushButton()
        self.open_app = QPushButton()
        self.served = QPushButton()
        self.close = QPushButton()
        self.close.setObjectName("Danger")
        self.call.clicked.connect(self.call_next)
        self.absent.clicked.connect(self.mark_no_show)
        self.again.clicked.connect(self.recall)
        self.open_app.clicked.connect(lambda: self.current and self.open_application(self.current))
        self.served.clicked.connect(self.mark_served)
        self.close.clicked.connect(self.close_day)
        row.addWidget(self.category)
        for b in (self.call, self.absent, self.again):
            b.setMinimumHeight(44)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        for b in (self.open_app, self.served):
            b.setMinimumHeight(44)
            row2.addWidget(b)
        row2.addStretch(1)
        row2.addWidget(self.close)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Queue")

    def activated(self) -> None:
        self.refresh()

    # -- actions --------------------------------------------------------------------------
    def _do(self, fn: Any) -> Ticket | None:
        self.message.clear()
        try:
            return fn()
        except InputError as exc:
            self.message.setText(exc.text(LANG.current))
            return None
        finally:
            self.refresh()

    def call_next(self) -> Ticket | None:
        cat = self.category.currentData() if self.category.isVisible() else None
        t = self._do(lambda: queue.call_next(self.ctx, self.desk_code, category=cat))
        if t is None and not self.message.text():
            self.message.setText(self.tr("Nobody is waiting."))
        if t is not None:
            self.current = t
        self._show_current()
        return t

    def mark_no_show(self) -> None:
        if self.current:
            self.current = self._do(lambda: queue.no_show(self.ctx, self.current.id)) or self.current
            self._show_current()

    def recall(self) -> None:
        if self.current:
            self.current = self._do(lambda: queue.recall(self.ctx, self.current.id,
                                                         self.desk_code)) or self.current
            self._show_current()

    def mark_served(self) -> None:
        if self.current:
            self._do(lambda: queue.serve(self.ctx, self.current.id))
            self.current = None
            self._show_current()

    def close_day(self) -> None:
        answer = QMessageBox.question(self, self.tr("Close the day"),
                                      self.tr("Close every ticket of today still waiting?"))
        if answer == QMessageBox.StandardButton.Yes:
            n = self._do(lambda: queue.close_day(self.ctx, self.ctx.now().date(),
                                                 employee=self.desk.employee.login))
            self.message.setText(self.tr("Tickets closed: %1").replace("%1", str(n or 0)))

    def open_ticket(self, code: str) -> bool:
        """A scanned ticket: the applicant is here; open their application."""
        found = queue.ticket_by_barcode(self.ctx, code)
        if found is None:
            self.desk.show_section(self.key)
            self.message.setText(self.tr("No ticket %1 today.").replace("%1", code))
            return True
        t = self._do(lambda: queue.take_at_desk(self.ctx, found.id, self.desk_code))
        if t is None:
            self.desk.show_section(self.key)
            return True
        self.current = t
        self._show_current()
        self.open_application(t)
        return True

    def open_application(self, t: Ticket) -> None:
        prefill = t.prefill or {"service": t.service_id, "applicant": {}, "representative": None,
                                "answers": {}, "consent": False}
        intake = self.desk.show_section("intake")
        if intake is not None and hasattr(intake, "start_from_prefill"):
            intake.start_from_prefill(prefill, t.id)
        else:
            self.desk.show_section(self.key)
            self.message.setText(self.tr("The intake section is not available at this desk."))

    def handle_scan(self, code: str) -> bool:
        if queue.parse_barcode(code) is None:
            return False
        return self.open_ticket(code)

    # -- view -----------------------------------------------------------------------------
    def _show_current(self) -> None:
        t = self.current
        if t is None:
            self.now_serving.setText(self.tr("No applicant called to this desk yet."))
        else:
            self.now_serving.setText(self.tr("Now at this desk: %1 (%2)")
                                     .replace("%1", t.code).replace("%2", self._status(t.status)))
        called = t is not None and t.status == "called"  # served, closed: nothing left to do
        for b in (self.absent, self.open_app, self.served):
            b.setEnabled(called)
        self.again.setEnabled(t is not None and t.status in ("called", "no_show"))

    def _status(self, status: str) -> str:
        return {"waiting": self.tr("waiting"), "called": self.tr("called"),
                "no_show": self.tr("did not come"), "served": self.tr("served"),
                "closed": self.tr("closed")}.get(status, status)

    def refresh(self) -> None:
        tickets = queue.tickets_of_day(self.ctx, self.ctx.now().date())
        if self.current is not None:  # the header follows the ticket (served at intake, closed)
            self.current = next((t for t in tickets if t.id == self.current.id), self.current)
        self.table.setRowCount(len(tickets))
        for r, t in enumerate(tickets):
            service = self.ctx.catalogue.service(t.service_id) if t.service_id else None
            cells = [t.code, service.code if service else "", t.issued_at.strftime("%H:%M"),
                     t.called_at.strftime("%H:%M") if t.called_at else "", t.desk or "",
                     "" if t.waiting_min is None else f"{t.waiting_min:g}",
                     "" if t.service_min is None else f"{t.service_min:g}", self._status(t.status)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        waiting = sum(1 for t in tickets if t.status == "waiting")
        self.heading.setText(self.tr("Queue: %1 waiting").replace("%1", str(waiting)))
        self._show_current()

    def retranslate_ui(self) -> None:
        self.call.setText(self.tr("Call next"))
        self.absent.setText(self.tr("Did not come"))
        self.again.setText(self.tr("Call again"))
        self.open_app.setText(self.tr("Open application"))
        self.served.setText(self.tr("Served without a package"))
        self.close.setText(self.tr("Close the day"))
        self.category.setAccessibleName(self.tr("Category"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Ticket"), self.tr("Service"), self.tr("Issued"), self.tr("Called"),
            self.tr("Desk"), self.tr("Waited, min"), self.tr("Service, min"), self.tr("Status")])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

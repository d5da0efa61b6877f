"""The desk's queue section: this desk's window (its station file) calls the next applicant
(oldest first, of the categories the window serves), no-show, recall, redirect to another line
or window, a break, served without a package, close the day; the live queue of every window
(today's tickets with their window, waiting and service times) follows the other desks by
itself through the same cheap change check as the hall display.  A scanned ticket opens the
applicant's pre-filled application in the intake section."""

from __future__ import annotations

from typing import Any

import uuid

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from db.store import StoreUnavailable
from kiosk import queue
from kiosk.errors import InputError
from kiosk.queue import CATEGORY_LETTERS, CATEGORY_NAMES, Ticket
from ui.connection import HeldWhileAway, store_watch
from ui.flow import FlowLayout, compact_combo
from ui.i18n import LANG

WATCH_MS = 500      # how often the section asks whether the queue changed (one cheap query)


class QueueSection(QWidget):
    key = "queue"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.current: Ticket | None = None
        self.window_no = queue.station_window(self.ctx)
        self._request_id: str | None = None   # kept until a call's answer arrives
        self._paused = False                  # this window is on a break (read in refresh)
        self._windows: set[int] = set(range(1, 9))
        self.setup_ui()
        self.retranslate_ui()
        self.refresh()
        self.queue_watch = queue.watch(self.ctx)
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self._follow)
        self.watch_timer.start(WATCH_MS)

    @property
    def desk_code(self) -> str:
        return str(self.ctx.office.station)

    def _follow(self) -> None:
        """Another desk called, a ticket was issued: show it (no table is read otherwise)."""
        if not self.watch.connected:
            return  # the server is away: the banner says so; the watch says when it is back
        try:
            if self.queue_watch.changed():
                self.refresh()
        except StoreUnavailable as exc:
            self.watch.report(exc)

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.heading.setWordWrap(True)
        self.now_serving = QLabel()
        self.now_serving.setObjectName("KioskLead")
        self.now_serving.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.now_serving)
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
        self.pause = QPushButton()
        self.pause.setCheckable(True)
        self.redirect_to = QComboBox()
        self.redirect = QPushButton()
        self.close = QPushButton()
        self.close.setObjectName("Danger")
        self.call.clicked.connect(self.call_next)
        self.absent.clicked.connect(self.mark_no_show)
        self.again.clicked.connect(self.recall)
        self.open_app.clicked.connect(lambda: self.current and self.open_application(self.current))
        self.served.clicked.connect(self.mark_served)
        self.pause.clicked.connect(self.toggle_pause)
        self.redirect.clicked.connect(self.send_elsewhere)
        self.close.clicked.connect(self.close_day)
        for b in (self.call, self.absent, self.again, self.open_app, self.served, self.pause):
            b.setMinimumHeight(44)
        compact_combo(self.redirect_to, 14)
        self.watch = store_watch(self.ctx)  # Call waits while the office server is away
        # the buttons flow onto a second line where the desk is narrow (long ru / kk labels)
        row = FlowLayout()
        row.addWidget(self.category)
        row.addWidget(HeldWhileAway(self.watch, self.call, self.absent, self.again))
        layout.addLayout(row)
        row2 = FlowLayout()
        row2.addWidget(HeldWhileAway(self.watch, self.open_app, self.served))
        row2.addWidget(HeldWhileAway(self.watch, self.redirect_to, self.redirect))
        row2.addWidget(HeldWhileAway(self.watch, self.pause, self.close))
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
        try:
            self.refresh()
        except StoreUnavailable as exc:
            self.watch.report(exc)

    # -- actions --------------------------------------------------------------------------
    def _do(self, fn: Any) -> Ticket | None:
        self.message.clear()
        try:
            return fn()
        except InputError as exc:
            self.message.setText(exc.text(LANG.current))
            return None
        except StoreUnavailable as exc:  # rolled back whole; the banner says so
            self.watch.report(exc)
            return None
        finally:
            if self.watch.connected:
                self.refresh()

    def call_next(self) -> Ticket | None:
        """One press is one request: when its answer is lost (the server went away), the next
        press repeats the same request id and gets the same ticket, never a second one."""
        cat = self.category.currentData() if self.category.isVisible() else None
        if self._request_id is None:
            self._request_id = f"{self.desk_code}-{self.window_no}-{uuid.uuid4().hex}"
        rid = self._request_id
        self.message.clear()
        try:
            t = queue.call_next(self.ctx, self.desk_code, window=self.window_no, category=cat,
                                request_id=rid)
        except InputError as exc:
            self._request_id = None
            self.message.setText(exc.text(LANG.current))
            t = None
        except StoreUnavailable as exc:  # the answer is lost: the same request next time
            self.watch.report(exc)
            self.message.setText(self.tr("The office server did not answer: press Call next "
                                         "again when it is back (the same call is repeated)."))
            return None
        else:
            self._request_id = None
        self.refresh()
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
                                                         self.desk_code, window=self.window_no)
                                    ) or self.current
            if self.current.status == "no_show" and not self.message.text():
                self.message.setText(self.tr("%1 did not come after %2 calls: marked absent.")
                                     .replace("%1", self.current.code)
                                     .replace("%2", str(self.current.recalls + 1)))
            self._show_current()

    def send_elsewhere(self) -> None:
        """Redirect the current ticket to the chosen line or window; it waits there in its
        place by issue time."""
        if not self.current:
            return
        kind, _, value = str(self.redirect_to.currentData()).partition(":")
        target = self.current
        done = self._do(lambda: queue.redirect(
            self.ctx, target.id, category=value if kind == "line" else None,
            window=int(value) if kind == "window" else None))
        if done is not None:
            self.message.setText(self.tr("%1 sent to %2.").replace("%1", done.code)
                                 .replace("%2", self.redirect_to.currentText()))
            self.current = None
            self._show_current()

    def toggle_pause(self) -> None:
        paused = self.pause.isChecked()
        self._do(lambda: queue.pause_window(self.ctx, self.window_no, paused,
                                            employee=self.desk.employee.login))
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
        t = self._do(lambda: queue.take_at_desk(self.ctx, found.id, self.desk_code,
                                                window=self.window_no))
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
        for b in (self.absent, self.again, self.open_app, self.served, self.redirect,
                  self.redirect_to):
            b.setEnabled(t is not None)
        paused = self._paused        # read with the queue in refresh(), not here
        self.pause.setChecked(paused)
        self.pause.setText(self.tr("Resume calling") if paused else self.tr("Break"))
        self.call.setEnabled(not paused)

    def _status(self, status: str) -> str:
        return {"waiting": self.tr("waiting"), "called": self.tr("called"),
                "no_show": self.tr("did not come"), "served": self.tr("served"),
                "closed": self.tr("closed")}.get(status, status)

    def refresh(self) -> None:
        tickets = queue.tickets_of_day(self.ctx, self.ctx.now().date())
        self.table.setRowCount(len(tickets))
        for r, t in enumerate(tickets):
            service = self.ctx.catalogue.service(t.service_id) if t.service_id else None
            window = t.window or t.redirect_window
            cells = [t.code, service.code if service else "", t.issued_at.strftime("%H:%M"),
                     t.called_at.strftime("%H:%M") if t.called_at else "",
                     "" if window is None else str(window),
                     "" if t.waiting_min is None else f"{t.waiting_min:g}",
                     "" if t.service_min is None else f"{t.service_min:g}", self._status(t.status)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        waiting = sum(1 for t in tickets if t.status == "waiting")
        mine = queue.waiting_for_window(self.ctx, self.window_no)
        self._paused = self.window_no in queue.paused_windows(self.ctx)
        windows = set(queue.queue_settings(self.ctx).windows) | set(range(1, 9))
        if windows != self._windows:
            self._windows = windows
            self._fill_targets()
        self.heading.setText(self.tr("Window %1 · Queue: %2 waiting, %3 for this window")
                             .replace("%1", str(self.window_no)).replace("%2", str(waiting))
                             .replace("%3", str(mine)))
        if self.current is not None:  # another desk may have moved it on
            self.current = queue.ticket(self.ctx, self.current.id)
            if self.current is not None and (self.current.status in ("served", "closed")
                                             or self.current.window != self.window_no):
                self.current = None
        self._show_current()

    def retranslate_ui(self) -> None:
        self.call.setText(self.tr("Call next"))
        self.absent.setText(self.tr("Did not come"))
        self.again.setText(self.tr("Call again"))
        self.open_app.setText(self.tr("Open application"))
        self.served.setText(self.tr("Served without a package"))
        self.close.setText(self.tr("Close the day"))
        self.redirect.setText(self.tr("Send to"))
        self.redirect_to.setAccessibleName(self.tr("Where to send the ticket"))
        self._fill_targets()
        self.category.setAccessibleName(self.tr("Category"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Ticket"), self.tr("Service"), self.tr("Issued"), self.tr("Called"),
            self.tr("Window"), self.tr("Waited, min"), self.tr("Service, min"), self.tr("Status")])
        self.activated()

    def _fill_targets(self) -> None:
        """Where a ticket can be sent: the category lines, and the other windows (those the
        office's settings name, and 1-8)."""
        chosen = self.redirect_to.currentData()
        self.redirect_to.clear()
        lang = LANG.current if LANG.current in ("kk", "ru", "en") else "en"
        for letter, names in CATEGORY_NAMES.items():
            self.redirect_to.addItem(self.tr("line %1 (%2)").replace("%1", letter)
                                     .replace("%2", names[lang]), f"line:{letter}")
        for number in sorted(self._windows - {self.window_no}):
            self.redirect_to.addItem(self.tr("window %1").replace("%1", str(number)),
                                     f"window:{number}")
        if chosen is not None and self.redirect_to.findData(chosen) >= 0:
            self.redirect_to.setCurrentIndex(self.redirect_to.findData(chosen))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

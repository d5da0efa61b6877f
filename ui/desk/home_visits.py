"""Home visits: the requests applicants leave at the kiosk for documents to be accepted at
home (kiosk.home_visits).  Open ones first, late ones marked; Schedule (a date, maybe a time
and a note), Done (maybe the receipt number) and Cancel (a reason) act on the selected row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDateEdit, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from kiosk.applicant import format_phone
from kiosk.context import Context
from kiosk.dates import shown_date
from kiosk.errors import InputError
from kiosk.home_visits import (LATE_NOT_SCHEDULED, HomeRequest, cancel_request,
                               list_home_requests, mark_done, schedule_visit)
from kiosk.staff import Employee
from ui.i18n import LANG
from ui.manager.base import to_date, to_qdate
from ui.section import DeskSection, restyle
from ui.wrapped_cells import WrapDelegate

LATE_BACKGROUND = QColor("#fdeeee")
CLOSED_FOREGROUND = QColor("#6b7280")
COLUMNS = 8
NAME_COL, ADDRESS_COL, SERVICE_COL, STATUS_COL = 2, 4, 5, 6
WRAP_WIDTH = 120   # name, service, status wrap beyond this; the address takes the rest


def day_month(iso: str) -> str:
    """'2026-11-23' -> '23.11'; '2026-11-23 10:30[:00]' -> '23.11 10:30' (the year and the
    seconds are in the details line under the table)."""
    if len(iso) < 10:
        return iso
    short = f"{iso[8:10]}.{iso[5:7]}"
    return f"{short} {iso[11:16]}" if len(iso) >= 16 else short


class HomeVisitsSection(DeskSection):
    key = "home"

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__(ctx, employee)
        self.items: list[HomeRequest] = []
        self.setObjectName("Section_home")
        self.setup_ui()
        self.retranslate_ui()
        self.refresh()

    def title(self) -> str:
        return self.tr("Home visits")

    # -- layout ----------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.heading.setWordWrap(True)
        self.open_only = QCheckBox()
        self.open_only.toggled.connect(lambda _: self.refresh())
        self.reload = QPushButton()
        self.reload.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_only)
        top.addSpacing(16)
        top.addWidget(self.reload)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("HomeVisitsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(WrapDelegate(self.table))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # wrapped cells take their height from the columns' final widths, once they settle
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ADDRESS_COL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setObjectName("Hint")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the selected request: its details, then one row per step
        self.card = QGroupBox()
        card = QVBoxLayout(self.card)
        card.addWidget(self.details)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMinimumWidth(140)
        self.time = QLineEdit()
        self.time.setMaxLength(5)
        self.time.setFixedWidth(80)
        self.note = QLineEdit()
        self.package = QLineEdit()
        self.reason = QLineEdit()
        (self.date_label, self.time_label, self.note_label, self.package_label,
         self.reason_label) = (QLabel() for _ in range(5))
        self.schedule_btn, self.done_btn, self.cancel_btn = (QPushButton() for _ in range(3))
        self.schedule_btn.setObjectName("Primary")
        self.done_btn.setObjectName("Primary")
        self.cancel_btn.setObjectName("Danger")
        self.schedule_btn.clicked.connect(self.schedule)
        self.done_btn.clicked.connect(self.done)
        self.cancel_btn.clicked.connect(self.cancel)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addSpacing(12)
        when.addWidget(self.time_label)
        when.addWidget(self.time)
        when.addStretch(1)
        self.date_label.setBuddy(self.date)
        self.time_label.setBuddy(self.time)
        grid.addWidget(self.date_label, 0, 0)
        grid.addLayout(when, 0, 1)
        for row, (label, field, button) in enumerate(
                ((self.note_label, self.note, self.schedule_btn),
                 (self.package_label, self.package, self.done_btn),
                 (self.reason_label, self.reason, self.cancel_btn)), start=1):
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
        card.addLayout(grid)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.card)
        layout.addWidget(self.message)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Acceptance at home"))
        self.open_only.setText(self.tr("Open only"))
        # the stylesheet's indicator border is not in the size hint: keep the last letter
        self.open_only.setMinimumWidth(self.open_only.fontMetrics().horizontalAdvance(
            self.open_only.text()) + 48)
        self.reload.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Created"), self.tr("Name"), self.tr("Phone"),
            self.tr("Address"), self.tr("Service"), self.tr("Status"), self.tr("Visit")])
        self.card.setTitle(self.tr("Selected request"))
        self.date_label.setText(self.tr("Date"))
        self.time_label.setText(self.tr("Time"))
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. call before coming"))
        self.schedule_btn.setText(self.tr("Schedule the visit"))
        self.package_label.setText(self.tr("Receipt No"))
        self.package.setPlaceholderText(self.tr("if a package was accepted"))
        self.done_btn.setText(self.tr("Documents accepted"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the applicant cannot be reached"))
        self.cancel_btn.setText(self.tr("Cancel the request"))
        self.message.clear()
        self._fill(self.selected_id())

    def activated(self) -> None:
        self.refresh()

    # -- the list --------------------------------------------------------------------------
    def _status_text(self, r: HomeRequest) -> str:
        names = {"new": self.tr("new"), "scheduled": self.tr("scheduled"),
                 "done": self.tr("done"), "cancelled": self.tr("cancelled")}
        text = names.get(r.status, r.status)
        late = r.late(self.ctx.now().date())
        if late == LATE_NOT_SCHEDULED:
            return self.tr("%1 · LATE").replace("%1", text)
        if late:
            return self.tr("%1 · visit date passed").replace("%1", text)
        return text

    def refresh(self) -> None:
        keep = self.selected_id()
        self.items = list_home_requests(self.ctx, open_only=self.open_only.isChecked())
        self._fill(keep)

    def _fill(self, keep: int | None = None) -> None:
        today = self.ctx.now().date()
        lang = LANG.current
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, r in enumerate(self.items):
            service = r.service_name.get(lang) if r.service_name else "—"
            values = (str(r.id), day_month(r.created_at[:10]), r.name or "—",
                      format_phone(r.phone), r.address, service, self._status_text(r),
                      day_month(r.visit()) or "—")
            late = r.late(today) is not None
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if late:
                    item.setBackground(LATE_BACKGROUND)
                elif not r.is_open:
                    item.setForeground(CLOSED_FOREGROUND)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        for col in (NAME_COL, SERVICE_COL, STATUS_COL):   # wrap, but never inside a word
            words = [w for row in range(self.table.rowCount())
                     for w in self.table.item(row, col).text().split()]
            longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
            self.table.setColumnWidth(col, min(self.table.columnWidth(col),
                                               max(WRAP_WIDTH, longest + 2 * WrapDelegate.PAD)))
        self.table.resizeRowsToContents()
        self.table.clearSelection()
        self.table.blockSignals(False)
        if keep is not None:
            self.select(keep)
        self._selection_changed()
        open_count = sum(1 for r in self.items if r.is_open)
        late_count = sum(1 for r in self.items if r.late(today))
        restyle(self.summary, "Warning" if late_count else "Subtitle")
        text = self.tr("Open requests: %1.").replace("%1", str(open_count))
        if late_count:
            text += " " + self.tr("Late: %1 — call the applicant and agree a visit date.") \
                .replace("%1", str(late_count))
        self.summary.setText(text)

    def selected_id(self) -> int | None:
        r = self.selected()
        return r.id if r else None

    def selected(self) -> HomeRequest | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def select(self, request_id: int) -> None:
        for row, r in enumerate(self.items):
            if r.id == request_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        r = self.selected()
        self.schedule_btn.setEnabled(r is not None and r.is_open)
        self.done_btn.setEnabled(r is not None and r.status == "scheduled")
        self.cancel_btn.setEnabled(r is not None and r.is_open)
        today = self.ctx.now().date()
        self.date.setMinimumDate(to_qdate(today))
        if r is not None and r.scheduled_for:
            self.date.setDate(to_qdate(dt.date.fromisoformat(r.scheduled_for)))
            self.time.setText(r.scheduled_time or "")
            self.note.setText(r.visit_note or "")
        else:
            self.date.setDate(to_qdate(today))
            self.time.clear()
            self.note.clear()
        self.details.setText(self._details(r) if r else self.tr("Select a request in the list."))

    def _details(self, r: HomeRequest) -> str:
        who = ", ".join(x for x in (r.name, format_phone(r.phone), r.address) if x)
        parts = [self.tr("Request No %1 of %2").replace("%1", str(r.id))
                 .replace("%2", shown_date(r.created_at)) + ": " + who]
        if r.service_name:
            parts.append(r.service_name.get(LANG.current))
        if r.status == "new":
            parts.append(self.tr("to be scheduled by %1").replace("%1", shown_date(r.schedule_by.isoformat())))
        if r.note:
            parts.append(self.tr("applicant's note: %1").replace("%1", r.note))
        if r.scheduled_by:
            parts.append(self.tr("visit agreed by %1 at %2").replace("%1", r.scheduled_by)
                         .replace("%2", shown_date(r.scheduled_at)))
        if r.visit_note:
            parts.append(self.tr("note: %1").replace("%1", r.visit_note))
        if r.handled_by:
            parts.append(self.tr("closed by %1 at %2").replace("%1", r.handled_by)
                         .replace("%2", shown_date(r.handled_at)))
        if r.outcome:
            parts.append(self.tr("reason: %1").replace("%1", r.outcome))
        if r.package_number:
            parts.append(self.tr("receipt %1").replace("%1", r.package_number))
        return "; ".join(parts)

    # -- actions: one core call each -------------------------------------------------------
    def status_line(self) -> QLabel:
        return self.message

    def _act(self, action: str) -> None:
        r = self.selected()
        if r is None:
            self.say(self.tr("Select a request in the list."), "Error")
            return
        try:
            if action == "schedule":
                done = schedule_visit(self.ctx, self.employee, r.id, day=to_date(self.date.date()),
                                      time=self.time.text(), note=self.note.text(),
                                      now=self.ctx.now())
                text = self.tr("Request No %1: visit on %2").replace(
                    "%2", shown_date(done.visit()))
            elif action == "done":
                done = mark_done(self.ctx, self.employee, r.id, package_number=self.package.text(),
                                 now=self.ctx.now())
                text = self.tr("Request No %1: documents accepted at home")
            else:
                done = cancel_request(self.ctx, self.employee, r.id, reason=self.reason.text(),
                                      now=self.ctx.now())
                text = self.tr("Request No %1: cancelled")
        except InputError as exc:
            self.fail(exc)
            return
        self.package.clear()
        self.reason.clear()
        self.refresh()
        self.say(text.replace("%1", str(done.id)))

    def schedule(self) -> None:
        self._act("schedule")

    def done(self) -> None:
        self._act("done")

    def cancel(self) -> None:
        self._act("cancel")

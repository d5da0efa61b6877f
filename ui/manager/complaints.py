"""Complaints: register one with what a registration needs (seed 000 l.33, l.237: incoming
number, date and time received, the complainant's name, postal address and phone, whom it is
addressed to -- seed 002 l.44 --, where the answer will be given), print its slip, see which
are overdue (answer date passed, no answer), record the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from kiosk.complaints import (ADDRESSEES, add_complaint, answer_complaint, complaint_slip_pdf,
                              default_addressee, list_complaints)
from kiosk.dates import shown_date
from kiosk.errors import InputError
from kiosk.settings import printer_name
from ui.flow import FlowLayout, compact_combo
from ui.manager.base import ManagerSection
from ui.manager.printing import NoPrinter, print_pdf


class ComplaintsSection(ManagerSection):
    key = "complaints"

    def title(self) -> str:
        return self.tr("Complaints")

    def setup_ui(self) -> None:
        self.overdue = QLabel()
        self.overdue.setObjectName("Warning")
        self.layout_.addWidget(self.overdue)
        row = QHBoxLayout()
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.number, self.applicant, self.postal, self.phone, self.package, self.place = (
            QLineEdit() for _ in range(6))
        self.received = QDateTimeEdit(QDateTime(self.ctx.now().replace(microsecond=0)))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.addressee = QComboBox()
        for key in ADDRESSEES:
            self.addressee.addItem("", key)
        self.addressee.setCurrentIndex(self.addressee.findData(default_addressee(self.ctx)))
        compact_combo(self.addressee, 22)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        self.labels = [QLabel() for _ in range(9)]
        for label, w in zip(self.labels, (self.number, self.received, self.applicant, self.postal,
                                          self.phone, self.package, self.addressee, self.place,
                                          self.text)):
            label.setBuddy(w)
            label.setWordWrap(True)    # long labels take two lines on a narrow desk
            form.addRow(label, w)
        self.add = QPushButton()
        self.add.setObjectName("Primary")
        self.add.clicked.connect(self.register_complaint)
        form.addRow(self.add)
        row.addWidget(self.form_box, 2, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.table, 1)
        answer_row = FlowLayout()
        self.answer = QLineEdit()
        self.answer_btn = QPushButton()
        self.answer_btn.clicked.connect(self.record_answer)
        self.slip_btn = QPushButton()
        self.slip_btn.clicked.connect(self.save_selected_slip)
        right.addWidget(self.answer)
        answer_row.addWidget(self.answer_btn)
        self.print_btn = QPushButton()
        self.print_btn.clicked.connect(lambda: self.print_selected_slip())
        slip_row = FlowLayout()
        slip_row.addWidget(self.slip_btn)
        slip_row.addWidget(self.print_btn)
        right.addLayout(answer_row)
        right.addLayout(slip_row)
        row.addLayout(right, 3)
        self.layout_.addLayout(row, 1)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.form_box.setTitle(self.tr("New complaint"))
        for label, text in zip(self.labels, (
                self.tr("Incoming number"), self.tr("Received (date and time)"),
                self.tr("Complainant (surname, name, patronymic)"), self.tr("Postal address"),
                self.tr("Phone"), self.tr("Receipt number"), self.tr("Addressed to"),
                self.tr("Where the answer is given"), self.tr("Complaint"))):
            label.setText(text)
        names = {"provider_head": self.tr("Head of the provider (5 working days)"),
                 "state_corporation_head": self.tr("Head of the State Corporation, about its "
                                                   "staff (5 working days)"),
                 "quality_body": self.tr("Quality-control body (15 working days)")}
        for i in range(self.addressee.count()):
            self.addressee.setItemText(i, names[self.addressee.itemData(i)])
        self.place.setPlaceholderText(self.tr("This office (default)"))
        self.add.setText(self.tr("Register and save the slip"))
        self.answer.setPlaceholderText(self.tr("Answer given to the applicant"))
        self.answer_btn.setText(self.tr("Record answer"))
        self.slip_btn.setText(self.tr("Slip again"))
        self.print_btn.setText(self.tr("Print slip"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Received"), self.tr("Answer due"), self.tr("Applicant"),
             self.tr("State")])
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.now().date()
        items = list_complaints(self.ctx)
        self.table.setRowCount(len(items))
        late = 0
        for i, c in enumerate(items):
            overdue = c.overdue(today)
            late += overdue
            state = self.tr("answered") if c.answered_at else (self.tr("OVERDUE") if overdue
                                                                else self.tr("open"))
            for j, v in enumerate((c.incoming_number, shown_date(c.received_at),
                                   shown_date(c.answer_due), c.applicant, state)):
                item = QTableWidgetItem(v)
                if overdue:
                    item.setBackground(QColor("#fdeeee"))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.overdue.setText(self.tr("Overdue complaints: %1").replace("%1", str(late))
                             if late else "")
        self.overdue.setVisible(bool(late))

    def _slip(self, number: str) -> Path:
        folder = self.ctx.folder / "complaints"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"complaint-{''.join(ch if ch.isalnum() else '_' for ch in number)}.pdf"
        path.write_bytes(complaint_slip_pdf(self.ctx, number))
        return path

    def register_complaint(self) -> None:
        try:
            c = add_complaint(self.ctx, self.employee, incoming_number=self.number.text(),
                              received=self.received.dateTime().toPython(),
                              applicant=self.applicant.text(), text=self.text.toPlainText(),
                              phone=self.phone.text(), package_number=self.package.text(),
                              postal_address=self.postal.text(),
                              addressed_to=self.addressee.currentData(),
                              answer_place=self.place.text(), now=self.ctx.now())
            path = self._slip(c.incoming_number)
        except InputError as exc:
            self.fail(exc)
            return
        for w in (self.number, self.applicant, self.postal, self.phone, self.package, self.place):
            w.clear()
        self.text.clear()
        self.say(self.tr("Registered %1, answer due %2; slip: %3")
                 .replace("%1", c.incoming_number).replace("%2", shown_date(c.answer_due))
                 .replace("%3", str(path)))
        self.refresh()

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def record_answer(self) -> None:
        number = self._selected()
        if number is None:
            return
        try:
            answer_complaint(self.ctx, self.employee, number, self.answer.text(), now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.answer.clear()
        self.say(self.tr("Answer recorded: %1").replace("%1", number))
        self.refresh()

    def save_selected_slip(self) -> None:
        number = self._selected()
        if number is not None:
            self.say(self.tr("Slip: %1").replace("%1", str(self._slip(number))))

    def print_selected_slip(self, output_file: str | None = None) -> None:
        number = self._selected()
        if number is None:
            return
        try:
            where = print_pdf(complaint_slip_pdf(self.ctx, number), printer_name(self.ctx),
                              output_file=output_file, title=number)
        except NoPrinter as exc:      # what is wrong with the printer, in the user's language
            self.say(str(exc) or self.tr("No printer is set up: save the PDF and print it "
                                         "elsewhere"), "Error")
            return
        self.say(self.tr("Sent to %1").replace("%1", where))

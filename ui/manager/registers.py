"""Registers: the day's journal on screen, and its PDF, CSV and XLSX written to a folder.  IINs
are masked (Law on personal data); a manager may ask for full ones with a checkbox, and the
core records each time in the audit trail (issue 13).  Leaving the section turns it off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem)

from kiosk.registers import (HEADINGS, RegisterRow, export_register, register_pdf, register_rows,
                             register_sheet)
from kiosk.errors import InputError
from kiosk.settings import printer_name
from ui.i18n import LANG
from ui.manager.base import ManagerSection, to_date, to_qdate
from ui.manager.printing import NoPrinter, print_pdf
from ui.tasks import run_store_task


class RegistersSection(ManagerSection):
    key = "registers"

    def title(self) -> str:
        return self.tr("Daily register")

    def setup_ui(self) -> None:
        row = QHBoxLayout()
        self.day_label = QLabel()
        self.day = QDateEdit(to_qdate(self.ctx.now().date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.dateChanged.connect(lambda _: self.refresh())
        self.folder_label = QLabel()
        self.folder = QLineEdit(str(self.ctx.folder / "registers"))
        self.export = QPushButton()
        self.export.setObjectName("Primary")
        self.export.clicked.connect(self.save_files)
        row.addWidget(self.day_label)
        row.addWidget(self.day)
        row.addSpacing(16)
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.export)
        self.print_btn = QPushButton()
        self.print_btn.clicked.connect(lambda: self.print_register())
        row.addWidget(self.print_btn)
        self.layout_.addLayout(row)
        self.full_iins = QCheckBox()
        self.full_iins.setObjectName("full_iins")
        self.full_iins.toggled.connect(lambda _: self.refresh())
        self.layout_.addWidget(self.full_iins)
        self.summary = QLabel()
        self.summary.setObjectName("Lead")
        self.layout_.addWidget(self.summary)
        self.table = QTableWidget(0, len(HEADINGS["kk"]))
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.day_label.setText(self.tr("Day:"))
        self.folder_label.setText(self.tr("Folder:"))
        self.export.setText(self.tr("Save PDF, CSV and XLSX"))
        self.print_btn.setText(self.tr("Print"))
        self.full_iins.setText(self.tr("Full IINs (each time is recorded in the audit trail)"))
        self.refresh()

    def activated(self) -> None:
        if self.full_iins.isChecked():
            self.full_iins.setChecked(False)  # masked again: refreshes
        else:
            self.refresh()

    def _rows(self, day: dt.date) -> list[RegisterRow]:
        """The day's rows; full IINs only while the box is ticked (recorded by the core)."""
        return register_rows(self.ctx, day, by=self.employee,
                             full_iins=self.full_iins.isChecked())

    def refresh(self) -> None:
        day = to_date(self.day.date())
        try:
            rows = self._rows(day)
        except InputError as exc:   # a role without full IINs: said, and masked again
            self.fail(exc)
            self.full_iins.setChecked(False)
            return
        sheet = register_sheet(self.ctx, day, rows, LANG.current)  # the manager's language
        self.table.setHorizontalHeaderLabels(list(sheet.headings))
        self.table.setRowCount(len(rows))
        for i, (r, cells) in enumerate(zip(rows, sheet.rows)):
            for j, value in enumerate(cells):
                item = QTableWidgetItem(_shown(value))
                if r.outcome_code == "refused":
                    item.setBackground(QColor("#fdeeee"))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        refused = sum(1 for r in rows if r.outcome_code == "refused")
        self.summary.setText(self.tr("Packages: %1, accepted: %2, refused: %3")
                             .replace("%1", str(len(rows))).replace("%2", str(len(rows) - refused))
                             .replace("%3", str(refused)))

    def save_files(self) -> None:
        day = to_date(self.day.date())
        folder = Path(self.folder.text().strip() or self.ctx.folder / "registers")
        self.export.setEnabled(False)

        def done(paths: list[Path]) -> None:
            self.export.setEnabled(True)
            self.say(self.tr("Saved: %1").replace("%1", ", ".join(str(p) for p in paths)))

        def failed(exc: Exception) -> None:
            self.export.setEnabled(True)
            self.fail(exc)

        lang = LANG.current
        full = self.full_iins.isChecked()
        run_store_task(self.ctx, lambda ctx: export_register(ctx, day, folder, by=self.employee,
                                                             lang=lang, full_iins=full),
                       done, failed)

    def print_register(self, output_file: str | None = None) -> None:
        day = to_date(self.day.date())
        pdf = register_pdf(self.ctx, day, self._rows(day) if self.full_iins.isChecked() else None,
                           by=self.employee)
        try:
            where = print_pdf(pdf, printer_name(self.ctx), output_file=output_file,
                              title=self.tr("Daily register"))
        except NoPrinter as exc:      # what is wrong with the printer, in the user's language
            self.say(str(exc) or self.tr("No printer is set up: save the PDF and print it "
                                         "elsewhere"), "Error")
            return
        self.say(self.tr("Sent to %1").replace("%1", where))


def _shown(value: object) -> str:
    """A register cell on screen: the time of a moment (the day is the register's), dates day
    first."""
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return "" if value is None else str(value)


__all__ = ["RegistersSection", "Qt"]

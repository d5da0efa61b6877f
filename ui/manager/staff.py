"""Staff accounts (administrator): add an employee with a role and PIN, disable or enable an
account, set a new PIN (which also unlocks it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from kiosk.errors import InputError
from kiosk.staff import ROLES, add_employee, list_staff, set_active, set_secret
from ui.desk.labels import role_text
from ui.flow import compact_combo
from ui.manager.base import ManagerSection


class StaffSection(ManagerSection):
    key = "staff"

    def title(self) -> str:
        return self.tr("Staff")

    def setup_ui(self) -> None:
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        left.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_btn, self.toggle_btn = QPushButton(), QPushButton()
        self.pin_btn.clicked.connect(self.change_pin)
        self.toggle_btn.clicked.connect(self.toggle)
        actions.addWidget(self.new_pin, 1)
        actions.addWidget(self.pin_btn)
        left.addLayout(actions)
        left.addWidget(self.toggle_btn, 0, Qt.AlignmentFlag.AlignLeft)   # its own line: room for the PIN
        row.addLayout(left, 3)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.login, self.full_name, self.pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = compact_combo(QComboBox(), 12)
        self.labels = [QLabel() for _ in range(4)]
        for label, w in zip(self.labels, (self.login, self.full_name, self.role, self.pin)):
            label.setBuddy(w)
            form.addRow(label, w)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("Primary")
        self.add_btn.clicked.connect(self.add)
        form.addRow(self.add_btn)
        row.addWidget(self.box, 2, Qt.AlignmentFlag.AlignTop)
        self.layout_.addLayout(row, 1)

    def _role_names(self) -> dict[str, str]:
        return {role: role_text(role) for role in ROLES}

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        names = self._role_names()
        current = self.role.currentData()
        self.role.clear()
        for r in ROLES:
            self.role.addItem(names[r], r)
        if current:
            self.role.setCurrentIndex(ROLES.index(current))
        self.box.setTitle(self.tr("New employee"))
        for label, text in zip(self.labels, (self.tr("Login"), self.tr("Full name"),
                                             self.tr("Role"), self.tr("PIN or password"))):
            label.setText(text)
        self.add_btn.setText(self.tr("Add"))
        self.new_pin.setPlaceholderText(self.tr("New PIN for the selected account"))
        self.pin_btn.setText(self.tr("Set PIN"))
        self.toggle_btn.setText(self.tr("Disable / enable"))
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Full name"),
                                              self.tr("Role"), self.tr("State")])
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        names = self._role_names()
        rows = list_staff(self.ctx.store)
        self.table.setRowCount(len(rows))
        now = self.ctx.now().isoformat(sep=" ")
        for i, r in enumerate(rows):
            state = self.tr("disabled") if not r["active"] else (
                self.tr("locked") if r["locked_until"] and r["locked_until"] > now else self.tr("active"))
            for j, v in enumerate((r["login"], r["full_name"], names.get(r["role"], r["role"]),
                                   state)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        self._rows = rows

    def _selected(self) -> dict | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add(self) -> None:
        try:
            who = add_employee(self.ctx.store, self.employee, self.login.text(),
                               self.full_name.text(), self.role.currentData(), self.pin.text(),
                               now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        for w in (self.login, self.full_name, self.pin):
            w.clear()
        self.say(self.tr("Added: %1").replace("%1", who.login))
        self.refresh()

    def change_pin(self) -> None:
        r = self._selected()
        if r is None:
            return
        try:
            set_secret(self.ctx.store, self.employee, r["login"], self.new_pin.text(), now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.new_pin.clear()
        self.say(self.tr("New PIN set for %1").replace("%1", r["login"]))
        self.refresh()

    def toggle(self) -> None:
        r = self._selected()
        if r is None:
            return
        try:
            set_active(self.ctx.store, self.employee, r["login"], not r["active"], now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.refresh()

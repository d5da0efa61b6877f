"""The audit trail: who did what and when, filtered by day and employee, and the hash-chain
check."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem)

from kiosk.audit import trail, verify
from kiosk.dates import shown_date
from kiosk.labels import event_name
from ui.i18n import LANG
from ui.manager.base import ManagerSection, to_date, to_qdate


class AuditSection(ManagerSection):
    key = "audit"

    def title(self) -> str:
        return self.tr("Audit trail")

    def setup_ui(self) -> None:
        row = QHBoxLayout()
        self.by_day = QCheckBox()
        self.by_day.setChecked(True)
        self.day = QDateEdit(to_qdate(self.ctx.now().date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.who = QLineEdit()
        self.who.setMaximumWidth(200)
        self.show_btn, self.verify_btn = QPushButton(), QPushButton()
        self.verify_btn.setObjectName("Primary")
        self.show_btn.clicked.connect(self.refresh)
        self.verify_btn.clicked.connect(self.check_chain)
        self.by_day.toggled.connect(lambda _: self.refresh())
        self.day.dateChanged.connect(lambda _: self.refresh())
        self.who.returnPressed.connect(self.refresh)
        for w in (self.by_day, self.day, self.who, self.show_btn):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.verify_btn)
        self.layout_.addLayout(row)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.layout_.addWidget(self.chain)
        self.table = QTableWidget(0, 6)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.layout_.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.by_day.setText(self.tr("Day:"))
        self.who.setPlaceholderText(self.tr("Employee login"))
        self.show_btn.setText(self.tr("Show"))
        self.verify_btn.setText(self.tr("Verify the chain"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("Action"),
                                              self.tr("Employee"), self.tr("Package"),
                                              self.tr("Details")])
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        day = to_date(self.day.date()).isoformat() if self.by_day.isChecked() else None
        rows = trail(self.ctx.store, self.employee, day=day,
                     employee=self.who.text().strip() or None)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            details = "; ".join(f"{k}: {_short(v)}" for k, v in r["data"].items())[:240]
            for j, v in enumerate((r["id"], shown_date(str(r["at"])),
                                   event_name(r["kind"], LANG.current),
                                   r["employee"] or "",
                                   r["package"] or "", details)):
                self.table.setItem(i, j, QTableWidgetItem(str(v)))
        for col in range(5):  # the details column takes the rest
            self.table.resizeColumnToContents(col)

    def check_chain(self) -> None:
        report = verify(self.ctx.store)
        if report.ok:
            self.chain.setObjectName("Ok")
            self.chain.setText(self.tr("The trail is intact: %1 events").replace("%1", str(report.count)))
        else:
            self.chain.setObjectName("Error")
            where = str(report.first_broken) if report.first_broken else self.tr("the end")
            self.chain.setText(self.tr("The trail is broken at event %1: %2")
                               .replace("%1", where).replace("%2", report.reason))
        self.chain.style().unpolish(self.chain)
        self.chain.style().polish(self.chain)


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"

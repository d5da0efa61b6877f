"""Today at this station: the day's packages with number, time, outcome, service and applicant;
search by receipt number, IIN or surname (db.packages.find_packages).  Enter opens a package."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from db.packages import find_packages
from ui.desk.labels import status_text
from ui.i18n import LANG


class TodaySection(QWidget):
    key = "today"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.rows: list[dict[str, Any]] = []
        self.setup_ui()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Today")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.summary = QLabel()
        self.summary.setObjectName("Subtitle")
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("today_search")
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("TodayTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.search.returnPressed.connect(self._open_first)
        self.table.cellActivated.connect(lambda r, _c: self.open_row(r))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Today at this station"))
        self.search.setPlaceholderText(self.tr("Search by receipt number, IIN or surname"))
        self.search.setAccessibleName(self.tr("Search packages"))
        self.table.setHorizontalHeaderLabels([self.tr("Receipt No"), self.tr("Time"),
                                              self.tr("Outcome"), self.tr("Service"),
                                              self.tr("Applicant")])
        self.empty.setText(self.tr("Enter or double-click opens a package."))
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def activated(self) -> None:
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        day = self.ctx.now().date().isoformat()
        self.rows = find_packages(self.ctx.store, self.search.text(), day=day,
                                  station=self.ctx.station_code, limit=500)
        lang = LANG.current
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            service = self.ctx.catalogue.service(p["service_id"])
            name = service.short_name.get(lang) if service else p["service_id"]
            applicant = " ".join(x for x in (p["surname"], p["name"]) if x)
            values = [p["number"], (p["accepted_at"] or "")[11:16], status_text(p["status"]),
                      name, applicant]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 2 and p["outcome"] == "refused":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        all_today = find_packages(self.ctx.store, None, day=day, station=self.ctx.station_code,
                                  limit=10000, columns="outcome")
        accepted = sum(1 for p in all_today if p["outcome"] == "accepted")
        self.summary.setText(self.tr("%1 packages: %2 accepted, %3 refused")
                             .replace("%1", str(len(all_today))).replace("%2", str(accepted))
                             .replace("%3", str(len(all_today) - accepted)))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            opener = self.desk.show_section("package")
            if opener is not None:
                opener.open_code(self.rows[row]["number"])

    def _open_first(self) -> None:
        row = self.table.currentRow()
        self.open_row(row if row >= 0 else 0)

"""Statistics for a day or a period: the office's numbers, charts by service, the queue's
waiting and service times against the legal limits, windows, employees, and refusal reasons;
saved as an XLSX workbook."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtWidgets import (QDateEdit, QFileDialog, QGridLayout, QLabel,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.stats import Stats, Timing, office_stats, stats_xlsx
from ui.i18n import LANG
from ui.flow import FlowLayout, in_a_row
from ui.manager.base import ManagerSection, to_date, to_qdate
from ui.manager.charts import BarChart


class StatisticsSection(ManagerSection):
    key = "statistics"

    def title(self) -> str:
        return self.tr("Statistics")

    def setup_ui(self) -> None:
        row = FlowLayout()
        today = self.ctx.now().date()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.start = QDateEdit(to_qdate(today.replace(day=1)))
        self.end = QDateEdit(to_qdate(today))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
        self.today_btn, self.month_btn, self.show_btn = QPushButton(), QPushButton(), QPushButton()
        self.show_btn.setObjectName("Primary")
        self.today_btn.clicked.connect(lambda: self._period(today, today))
        self.month_btn.clicked.connect(lambda: self._period(today.replace(day=1), today))
        self.show_btn.clicked.connect(self.refresh)
        self.xlsx_btn = QPushButton()
        self.xlsx_btn.clicked.connect(self.save_xlsx)
        # the period stays on one line; the buttons flow onto the next where the desk is narrow
        row.addWidget(in_a_row(self.from_label, self.start, self.to_label, self.end))
        for w in (self.show_btn, self.today_btn, self.month_btn, self.xlsx_btn):
            row.addWidget(w)
        self.layout_.addLayout(row)
        body = QWidget()
        col = QVBoxLayout(body)
        grid = QGridLayout()
        self.numbers: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for i, key in enumerate(("packages", "accepted", "refused", "overdue")):
            name, value = QLabel(), QLabel()
            value.setObjectName("Title")
            grid.addWidget(name, 0, i)
            grid.addWidget(value, 1, i)
            self.names[key], self.numbers[key] = name, value
        col.addLayout(grid)
        self.queue = QLabel()
        self.queue.setWordWrap(True)
        col.addWidget(self.queue)
        self.by_service = BarChart(stacked=True)
        self.limits = BarChart(stacked=False, percent=True, colors=("#0b5cad", "#c77c0e"))
        col.addWidget(self.by_service)
        col.addWidget(self.limits)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("Subtitle")
        col.addWidget(self.reasons_label)
        self.reasons = QTableWidget(0, 2)
        self.employees_label = QLabel()
        self.employees_label.setObjectName("Subtitle")
        self.employees = QTableWidget(0, 6)
        self.windows_label = QLabel()
        self.windows_label.setObjectName("Subtitle")
        self.windows = QTableWidget(0, 9)
        for t in (self.reasons, self.employees, self.windows):
            t.verticalHeader().setVisible(False)
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            t.horizontalHeader().setStretchLastSection(True)
            t.setMinimumHeight(160)
        col.addWidget(self.reasons)
        col.addWidget(self.windows_label)
        col.addWidget(self.windows)
        col.addWidget(self.employees_label)
        col.addWidget(self.employees)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout_.addWidget(scroll, 1)
        self.stats: Stats | None = None

    def _period(self, a: dt.date, b: dt.date) -> None:
        self.start.setDate(to_qdate(a))
        self.end.setDate(to_qdate(b))
        self.refresh()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.show_btn.setText(self.tr("Show"))
        self.today_btn.setText(self.tr("Today"))
        self.month_btn.setText(self.tr("This month"))
        self.names["packages"].setText(self.tr("Packages"))
        self.names["accepted"].setText(self.tr("Accepted"))
        self.names["refused"].setText(self.tr("Refused"))
        self.names["overdue"].setText(self.tr("Results overdue"))
        self.reasons_label.setText(self.tr("Refusals: documents missing"))
        self.employees_label.setText(self.tr("By employee"))
        self.windows_label.setText(self.tr("By window"))
        self.xlsx_btn.setText(self.tr("Save XLSX…"))
        self.windows.setHorizontalHeaderLabels(
            [self.tr("Window"), self.tr("Called"), self.tr("Served"),
             self.tr("Mean waiting, min"), self.tr("Waiting, 90th percentile"),
             self.tr("Waiting within limit"), self.tr("Mean service, min"),
             self.tr("Service, 90th percentile"), self.tr("Service within limit")])
        self.reasons.setHorizontalHeaderLabels([self.tr("Times"), self.tr("Document")])
        self.employees.setHorizontalHeaderLabels(
            [self.tr("Employee"), self.tr("Packages"), self.tr("Accepted"), self.tr("Refused"),
             self.tr("Mean waiting, min"), self.tr("Mean service, min")])
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def _timing(self, name: str, t: Timing) -> str:
        if not t.count:
            return self.tr("%1: no tickets").replace("%1", name)
        share = "—" if t.within_share is None else f"{t.within_share:.0%}"
        return (self.tr("%1: %2 tickets, mean %3 min, 90th percentile %4 min, within the limit %5")
                .replace("%1", name).replace("%2", str(t.count))
                .replace("%3", f"{t.mean_min:.1f}").replace("%4", f"{t.p90_min:.1f}")
                .replace("%5", share))

    def refresh(self) -> None:
        a, b = to_date(self.start.date()), to_date(self.end.date())
        if a > b:
            a, b = b, a
        lang = "ru" if LANG.current == "ru" else "kk"
        s = self.stats = office_stats(self.ctx, a, b, lang=lang, by=self.employee)
        o = s.office
        for key in self.numbers:
            self.numbers[key].setText(str(getattr(o, key)))
        self.queue.setText(self._timing(self.tr("Waiting"), o.waiting) + "\n"
                           + self._timing(self.tr("Service"), o.service))
        order = sorted(s.by_service, key=lambda k: _code_order(s.service_names.get(k, k)))
        self.by_service.set_data(
            self.tr("Packages by service"), [self.tr("Accepted"), self.tr("Refused")],
            [(s.service_names.get(k, k), (s.by_service[k].accepted, s.by_service[k].refused))
             for k in order if s.by_service[k].packages])
        self.limits.set_data(
            self.tr("Share within the legal limit"), [self.tr("Waiting"), self.tr("Service")],
            [(s.service_names.get(k, k), (s.by_service[k].waiting.within_share,
                                          s.by_service[k].service.within_share))
             for k in order if s.by_service[k].waiting.with_limit or s.by_service[k].service.with_limit])
        reasons = sorted(o.refusal_reasons.values(), key=lambda r: -r["count"])
        self.reasons.setRowCount(len(reasons))
        for i, r in enumerate(reasons):
            self.reasons.setItem(i, 0, QTableWidgetItem(str(r["count"])))
            self.reasons.setItem(i, 1, QTableWidgetItem(r["name"]))
        self.employees.setRowCount(len(s.by_employee))
        for i, (login, c) in enumerate(s.by_employee.items()):
            for j, v in enumerate((login, c.packages, c.accepted, c.refused,
                                   "—" if c.waiting.mean_min is None else f"{c.waiting.mean_min:.1f}",
                                   "—" if c.service.mean_min is None else f"{c.service.mean_min:.1f}")):
                self.employees.setItem(i, j, QTableWidgetItem(str(v)))
        self.employees.resizeColumnsToContents()
        self.windows.setRowCount(len(s.by_window))
        for i, w in enumerate(s.by_window.values()):
            cells = [str(w.window), str(w.called), str(w.served)]
            for t in (w.waiting, w.service):
                cells += ["—" if t.mean_min is None else f"{t.mean_min:.1f}",
                          "—" if t.p90_min is None else f"{t.p90_min:.1f}",
                          "—" if t.within_share is None else f"{t.within_share:.0%}"]
            for j, text in enumerate(cells):
                self.windows.setItem(i, j, QTableWidgetItem(text))
        self.windows.resizeColumnsToContents()

    def save_xlsx(self) -> None:
        """The statistics shown, as a workbook: by window, by service, by employee."""
        if self.stats is None:
            return
        name = f"statistics-{self.stats.start.isoformat()}-{self.stats.end.isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save statistics"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        lang = LANG.current if LANG.current in ("kk", "ru") else "en"
        try:
            saved = stats_xlsx(self.stats, path, lang)
        except OSError as exc:
            self.say(self.tr("Could not save %1: %2").replace("%1", path)
                     .replace("%2", exc.strerror or str(exc)), "Error")
            return
        self.say(self.tr("Saved %1").replace("%1", str(saved)))

def _code_order(name: str) -> tuple[int, str]:
    m = re.match(r"S(\d+)", name)
    return (int(m.group(1)) if m else 999, name)

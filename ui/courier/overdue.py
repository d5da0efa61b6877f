"""The "overdue" section: packages past their due date (or the provider's), and today's
batches with how many results are back and issued."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from kiosk.dates import shown_date
from kiosk.deadlines import day_batches, overdue
from ui.courier.base import CourierSection, restyle


def _table(columns: int) -> QTableWidget:
    """A read-only table whose columns fit their contents (numbers are never cut to "B-…")."""
    t = QTableWidget(0, columns)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class OverdueSection(CourierSection):
    key = "overdue"

    def prepare(self) -> None:
        """Read what is overdue today (on opening and on every refresh)."""
        today = self.ctx.now().date()
        self._items = overdue(self.ctx, today)
        self._batches = day_batches(self.ctx, today)

    def title(self) -> str:
        return self.tr("Overdue")

    def setup_ui(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reload = QPushButton()
        self.reload.clicked.connect(self.refresh)
        self.table = _table(7)
        self.batches_heading = QLabel()
        self.batches_heading.setObjectName("Subtitle")
        self.batches = _table(5)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.batches_heading)
        layout.addWidget(self.batches, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Overdue results"))
        self.reload.setText(self.tr("Refresh"))
        self.batches_heading.setText(self.tr("Today's batches"))
        self.table.setHorizontalHeaderLabels([
            self.tr("What"), self.tr("Receipt"), self.tr("Applicant"), self.tr("Phone"),
            self.tr("Date"), self.tr("Working days late"), self.tr("Batch")])
        self.batches.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("Packages"), self.tr("Back"), self.tr("Issued"),
            self.tr("Destination")])
        self._fill()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.prepare()
        self._fill()

    def _fill(self) -> None:
        kinds = {"overdue": self.tr("Overdue"), "provider_late": self.tr("Provider late"),
                 "not_back": self.tr("Not back from the provider")}
        steps = {"handover": self.tr("Late: handover to the dispatch desk (30 min)"),
                 "dispatch": self.tr("Late: dispatch by courier (1 day)"),
                 "issue": self.tr("Late: issue after the return (1 day)")}
        self.table.setRowCount(len(self._items))
        for r, i in enumerate(self._items):
            date = shown_date(i.provider_due_date if i.kind == "provider_late" else i.due_date)
            what = steps.get(i.step or "", "") if i.kind == "step_late" else kinds[i.kind]
            for c, text in enumerate((what, i.number, i.applicant, i.phone, date,
                                      str(i.days_late), i.batch or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.batches.setRowCount(len(self._batches))
        for r, b in enumerate(self._batches):
            for c, text in enumerate((b["number"], str(b["count"]), str(b["returned"] or 0),
                                      str(b["issued"] or 0), b["destination"])):
                self.batches.setItem(r, c, QTableWidgetItem(text))
        late = sum(1 for i in self._items if i.kind == "overdue")
        provider = sum(1 for i in self._items if i.kind in ("provider_late", "not_back"))
        restyle(self.summary, "Warning" if self._items else "Ok")
        self.summary.setText(
            self.tr("%1 past the applicant's due date, %2 past the provider's date, "
                    "%3 with a late step.")
            .replace("%1", str(late)).replace("%2", str(provider))
            .replace("%3", str(len(self._items) - late - provider))
            if self._items else self.tr("Nothing is overdue."))

"""Today at this station: the day's packages with number, time, outcome, service and applicant;
search by receipt number, IIN or surname (db.packages.find_packages).  Enter opens a package.

The courier packages go to the dispatch desk («жинақтау жүйесі») within 30 minutes of
acceptance (seed 004 l.287): a column says by when each is due there (late in red) or when it
went; the line above the table counts those still to hand over.  At the end of each half hour
the clerk ticks "Only those to hand over" (all of them get selected), leaves out any folder not
in the pile (Ctrl+click), and presses "Hand over the selected": one write for all of them."""

from __future__ import annotations

from typing import Any

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from db.packages import find_packages
from kiosk.deadlines import HandoverDue, awaiting_handover, hand_over
from ui.desk.labels import status_text
from ui.i18n import LANG
from ui.section import WRITE_FAILURES, restyle, write_failure_text

HANDOVER_COLUMN = 5
REFRESH_MS = 60_000     # "late" turns red without the clerk pressing anything


class TodaySection(QWidget):
    key = "today"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.rows: list[dict[str, Any]] = []
        self.waiting: dict[str, HandoverDue] = {}
        self._said: tuple[str, int, str] | None = None     # the last handover: key, count, time
        self.setup_ui()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Today")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("Subtitle")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("today_search")
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 1)
        # the dispatch desk: how many are still to hand over, the filter, the one-step handover
        hand = QHBoxLayout()
        self.handover_line = QLabel()
        self.handover_line.setObjectName("Hint")
        self.handover_line.setWordWrap(True)
        self.only_waiting = QCheckBox()
        self.only_waiting.setObjectName("only_to_hand_over")
        self.handover_btn = QPushButton()
        self.handover_btn.setObjectName("hand_over_selected")
        hand.addWidget(self.handover_line, 1)
        hand.addWidget(self.only_waiting)
        hand.addWidget(self.handover_btn)
        self.handover_msg = QLabel()
        self.handover_msg.setWordWrap(True)
        self.handover_msg.hide()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("TodayTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HANDOVER_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.empty.setObjectName("Hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addLayout(hand)
        layout.addWidget(self.handover_msg)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.search.textChanged.connect(lambda _: self.refresh())
        self.search.returnPressed.connect(self._open_first)
        self.table.cellActivated.connect(lambda r, _c: self.open_row(r))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_row(r))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.only_waiting.toggled.connect(self._filter_toggled)
        self.handover_btn.clicked.connect(self.hand_over_selected)
        self.clock = QTimer(self)
        self.clock.timeout.connect(lambda: self.isVisible() and self.refresh())
        self.clock.start(REFRESH_MS)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Today at this station"))
        self.search.setPlaceholderText(self.tr("Search by receipt number, IIN or surname"))
        self.search.setAccessibleName(self.tr("Search packages"))
        self.table.setHorizontalHeaderLabels([self.tr("Receipt No"), self.tr("Time"),
                                              self.tr("Outcome"), self.tr("Service"),
                                              self.tr("Applicant"),
                                              self.tr("Dispatch desk")])
        self.empty.setText(self.tr("Enter or double-click opens a package. Ctrl+click or "
                                   "Shift+click selects several."))
        self.only_waiting.setText(self.tr("Only those to hand over"))
        self.only_waiting.setToolTip(self.tr("Courier packages not yet handed to the dispatch "
                                             "desk; ticking selects them all"))
        self.handover_btn.setToolTip(self.tr("Record that the selected packages' folders went "
                                             "to the dispatch desk (within 30 minutes of "
                                             "acceptance)"))
        self._selection_changed()
        self._show_said()
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
        now = self.ctx.now()
        day = now.date().isoformat()
        keep = set(self.selected_numbers())
        self.waiting = {w.number: w for w in awaiting_handover(self.ctx, now.date(),
                                                                 self.ctx.station_code)}
        rows = find_packages(self.ctx.store, self.search.text(), day=day,
                             station=self.ctx.station_code, limit=500)
        if self.only_waiting.isChecked():
            rows = [p for p in rows if p["number"] in self.waiting]
        self.rows = rows
        lang = LANG.current
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for r, p in enumerate(self.rows):
            service = self.ctx.catalogue.service(p["service_id"])
            name = f"{service.code} {service.short_name.get(lang)}" if service else p["service_id"]
            full = service.name.get(lang) if service else p["service_id"]
            applicant = " ".join(x for x in (p["surname"], p["name"]) if x)
            handover, late = self._handover_text(p, now)
            values = [p["number"], (p["accepted_at"] or "")[11:16], status_text(p["status"]),
                      name, applicant, handover]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 3:              # a narrow column elides the name: the whole name on hover
                    item.setToolTip(full)
                if (c == 2 and p["outcome"] == "refused") or (c == HANDOVER_COLUMN and late):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        model, flags = self.table.selectionModel(), (QItemSelectionModel.SelectionFlag.Select
                                                     | QItemSelectionModel.SelectionFlag.Rows)
        for r, p in enumerate(self.rows):
            if p["number"] in keep:
                model.select(self.table.model().index(r, 0), flags)
        self.table.blockSignals(False)
        self._show_waiting(now)
        self._selection_changed()
        all_today = find_packages(self.ctx.store, None, day=day, station=self.ctx.station_code,
                                  limit=10000, columns="outcome")
        accepted = sum(1 for p in all_today if p["outcome"] == "accepted")
        self.summary.setText(self.tr("%1 packages: %2 accepted, %3 refused")
                             .replace("%1", str(len(all_today))).replace("%2", str(accepted))
                             .replace("%3", str(len(all_today) - accepted)))

    # -- the dispatch desk (seed 004 l.287) ---------------------------------------------------
    def _handover_text(self, p: dict[str, Any], now: dt.datetime) -> tuple[str, bool]:
        """What the Dispatch desk column says of a package, and whether it is late."""
        w = self.waiting.get(p["number"])
        if w is not None:
            if w.limit is None:
                return self.tr("to hand over"), False
            if now > w.limit:
                return self.tr("late: by %1").replace("%1", f"{w.limit:%H:%M}"), True
            return self.tr("by %1").replace("%1", f"{w.limit:%H:%M}"), False
        if p.get("handed_over_at"):
            return self.tr("handed over %1").replace("%1", p["handed_over_at"][11:16]), False
        return "", False

    def _show_waiting(self, now: dt.datetime) -> None:
        waiting = list(self.waiting.values())
        if not waiting:
            self.handover_line.setText(self.tr("Nothing to hand to the dispatch desk."))
            restyle(self.handover_line, "Hint")
            return
        late = [w for w in waiting if w.limit is not None and now > w.limit]
        limits = [w.limit for w in waiting if w.limit is not None]
        text = self.tr("To hand to the dispatch desk: %1").replace("%1", str(len(waiting)))
        if late:
            text += " — " + self.tr("%1 late").replace("%1", str(len(late)))
        elif limits:
            text += " — " + self.tr("the first by %1").replace("%1", f"{min(limits):%H:%M}")
        self.handover_line.setText(text)
        restyle(self.handover_line, "Warning" if late else "Hint")

    def selected_numbers(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r]["number"] for r in rows if 0 <= r < len(self.rows)]

    def _selected_waiting(self) -> list[str]:
        return [n for n in self.selected_numbers() if n in self.waiting]

    def _selection_changed(self) -> None:
        n = len(self._selected_waiting())
        self.handover_btn.setText(self.tr("Hand over the selected (%1)").replace("%1", str(n)))
        self.handover_btn.setEnabled(n > 0)

    def _filter_toggled(self, on: bool) -> None:
        self.refresh()
        if on:
            self.table.selectAll()
            self.table.setFocus()

    def hand_over_selected(self) -> list[str]:
        """One write for every selected package still to hand over (the others are left
        alone); nothing is stored when it fails."""
        numbers = self._selected_waiting()
        if not numbers:
            return []
        now = self.ctx.now()
        try:
            done = hand_over(self.ctx, numbers, self.desk.employee.login, now)
        except WRITE_FAILURES as exc:
            self._said = None
            restyle(self.handover_msg, "Error")
            self.handover_msg.setText(write_failure_text(self.ctx, exc))
            self.handover_msg.show()
            self.refresh()
            return []
        self._said = ("handed", len(done), f"{now:%H:%M}")
        restyle(self.handover_msg, "Ok")
        self.handover_msg.show()
        self._show_said()
        self.refresh()
        return done

    def _show_said(self) -> None:
        if self._said is None:
            return
        _key, count, at = self._said
        self.handover_msg.setText(self.tr("Packages handed to the dispatch desk at %2: %1.")
                                  .replace("%1", str(count)).replace("%2", at))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            opener = self.desk.show_section("package")
            if opener is not None:
                opener.open_code(self.rows[row]["number"])

    def _open_first(self) -> None:
        row = self.table.currentRow()
        self.open_row(row if row >= 0 else 0)

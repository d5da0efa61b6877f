"""One package by its receipt number (typed, or scanned from anywhere on the desk): status,
applicant, documents, the events of its trail, and its receipt to reprint.

What the clerk does with it from here:
- an accepted courier package goes to the dispatch desk («жинақтау жүйесі») within 30 minutes
  of acceptance (seed 004 l.287): "Handed to the dispatch desk" records it (kiosk.deadlines);
- an accepted S2 package gets its result recorded -- the queue notification with the queue
  number or the referral (seed 002 l.37-39; kiosk.preschool_result) -- and its paper printed
  beside the receipt; a recorded result's paper can be printed again.  Only employees with
  the "returns" right (kiosk.staff) see this.
A write refused because another station holds the store's lock says so, nothing stored.
Those actions live in ui.desk.package_actions; this module lays out and shows the package."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from db.events import events_for_package
from db.packages import package_by_number
from kiosk.dates import shown_date
from kiosk.iin import mask_iin
from ui.desk.labels import event_text, status_text
from ui.desk.package_actions import HandoverActions, ReprintActions, ResultActions
from ui.desk.receipt_view import ReceiptView
from ui.desk.result_paper import ResultForm, ResultPaperView
from ui.i18n import LANG
from ui.section import restyle
from ui.wrapped_cells import longest_word, wrap_cells



def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    t.setWordWrap(True)
    return t


class Papers(QTabWidget):
    """The receipt and the result beside the package: a share of the section's width whatever
    the preview asks (an Ignored size policy), but never narrower than the result form needs
    (its choices' labels do not wrap)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.setMinimumWidth(super().minimumSizeHint().width())
        return super().event(event)


class PackageSection(ReprintActions, HandoverActions, ResultActions, QWidget):
    key = "package"

    def __init__(self, desk: Any) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = desk.ctx
        self.package: dict[str, Any] | None = None
        self.events: list[dict[str, Any]] = []
        self._not_found = ""
        self._action: tuple[str, str] | None = None      # the last action said: key, number
        self._pending_reprints: list[tuple[str, dt.datetime, str]] = []  # number, when, to
        self.setup_ui()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Package")

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setObjectName("package_code")
        self.code.setClearButtonEnabled(True)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("Primary")
        row.addWidget(self.code, 1)
        row.addWidget(self.open_btn)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.heading.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("Error")
        self.message.hide()
        info = QWidget()
        grid = QGridLayout(info)
        grid.setContentsMargins(0, 0, 0, 0)
        self.info_labels: dict[str, QLabel] = {}
        self.info_values: dict[str, QLabel] = {}
        for i, key in enumerate(("status", "service", "applicant", "accepted", "due",
                                 "handover", "result")):
            label, value = QLabel(), QLabel()
            label.setObjectName("Hint")
            value.setWordWrap(True)
            value.setObjectName(f"info_{key}")
            grid.addWidget(label, i, 0)
            grid.addWidget(value, i, 1)
            self.info_labels[key], self.info_values[key] = label, value
        grid.setColumnStretch(1, 1)
        self.docs = _table(3)
        self.docs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "Received" as narrow as its longest word: «из информационных систем» wraps, the
        # documents' names keep the room (the column's width is set as the table is filled)
        self.docs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        wrap_cells(self.docs)
        self.docs.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.trail = _table(3)
        self.trail.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.trail.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.trail.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.docs_title, self.trail_title = QLabel(), QLabel()
        self.docs_title.setObjectName("Subtitle")
        self.trail_title.setObjectName("Subtitle")
        # what the clerk does next with this package
        actions = QHBoxLayout()
        self.handover_btn = QPushButton()
        self.handover_btn.setObjectName("handover")
        self.result_btn = QPushButton()
        self.result_btn.setObjectName("record_result")
        actions.addWidget(self.handover_btn)
        actions.addWidget(self.result_btn)
        actions.addStretch(1)
        self.action_msg = QLabel()
        self.action_msg.setWordWrap(True)
        self.action_msg.hide()
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(info)
        lbox.addLayout(actions)
        lbox.addWidget(self.action_msg)
        lbox.addWidget(self.docs_title)
        lbox.addWidget(self.docs, 2)
        lbox.addWidget(self.trail_title)
        lbox.addWidget(self.trail, 1)
        self.receipt = ReceiptView(self.ctx)
        # S2's result: the form while it is to record, then its paper
        self.result_form = ResultForm()
        self.result_paper = ResultPaperView(self.ctx)
        self.result_page = QStackedWidget()
        self.result_page.addWidget(self.result_form)
        self.result_page.addWidget(self.result_paper)
        self.papers = Papers()
        self.papers.setObjectName("PackagePapers")
        self.papers.setTabBarAutoHide(True)
        self.papers.addTab(self.receipt, "")
        self.split = QWidget()
        both = QHBoxLayout(self.split)
        both.setContentsMargins(0, 0, 0, 0)
        both.setSpacing(16)
        self.papers.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        both.addWidget(left, 3)         # the package's documents and trail take the room;
        both.addWidget(self.papers, 2)  # the receipt beside them is a preview to print from
        self.split.hide()
        layout.addLayout(row)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.split, 1)
        self.empty = QLabel()
        self.empty.setObjectName("Lead")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.receipt.printed.connect(lambda n: n and self._reprinted("printer"))
        self.receipt.saved.connect(lambda _path: self._reprinted("file"))
        self.handover_btn.clicked.connect(self.hand_over)
        self.result_btn.clicked.connect(self.start_result)
        self.result_form.save_requested.connect(self.save_result)
        self.result_form.cancelled.connect(self.cancel_result)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._record_pending_reprints)
        self.code.returnPressed.connect(lambda: self.open_code(self.code.text()))
        self.open_btn.clicked.connect(lambda: self.open_code(self.code.text()))

    def retranslate_ui(self) -> None:
        self.code.setPlaceholderText(self.tr("Receipt number, e.g. ALM01-01-261120-0001"))
        self.code.setAccessibleName(self.tr("Receipt number"))
        self.open_btn.setText(self.tr("Open   Enter"))
        self.empty.setText(self.tr("Scan a receipt's barcode anywhere on the desk, or type its "
                                   "number here."))
        names = {"status": self.tr("Status"), "service": self.tr("Service"),
                 "applicant": self.tr("Applicant"), "accepted": self.tr("Accepted at"),
                 "due": self.tr("Result due"), "handover": self.tr("Dispatch desk"),
                 "result": self.tr("Result")}
        for key, label in self.info_labels.items():
            label.setText(names[key])
        self.docs_title.setText(self.tr("Documents"))
        self.trail_title.setText(self.tr("Events"))
        self.docs.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Received"),
                                             self.tr("Pages")])
        self.trail.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("What")])
        self.handover_btn.setText(self.tr("Handed to the dispatch desk"))
        self.handover_btn.setToolTip(self.tr("Record that the package's folder went to the "
                                             "dispatch desk (within 30 minutes of acceptance)"))
        self.result_btn.setText(self.tr("Record the result…"))
        self.result_btn.setToolTip(self.tr("The queue notification with the queue number, or "
                                           "the referral to a preschool organisation"))
        self.papers.setTabText(0, self.tr("Receipt"))
        if self.papers.count() > 1:
            self.papers.setTabText(1, self.tr("Result"))
        self._show_action()
        if self._not_found:
            self._show_not_found(self._not_found)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def activated(self) -> None:
        self.code.setFocus()

    # -- opening -------------------------------------------------------------------------
    def open_code(self, code: str) -> bool:
        """Open the package with this receipt number (the desk's scanner route calls this)."""
        code = code.strip().upper()
        self.code.setText(code)
        package = package_by_number(self.ctx.store, code) if code else None
        if package is None:
            self._show_not_found(code)
            return False
        self._not_found = ""
        self.message.hide()
        self._say(None)
        self.package = package
        self.events = events_for_package(self.ctx.store, package["id"])
        self._show()
        self.papers.setCurrentIndex(0)
        self.receipt.show_package(package["number"])
        self._show_result_tab(fresh=True)
        return True

    def _reload(self) -> None:
        """The package as stored now (after one of this screen's writes)."""
        if self.package is None:
            return
        package = package_by_number(self.ctx.store, self.package["number"])
        if package is not None:
            self.package = package
            self.events = events_for_package(self.ctx.store, package["id"])
        self._show()

    # -- what the last action did ----------------------------------------------------------
    def _say(self, text: str | None, kind: str = "Ok") -> None:
        """One line under the actions: Ok, or Error for a write that did not happen."""
        if not text:
            self.action_msg.hide()
            return
        restyle(self.action_msg, kind)
        self.action_msg.setText(text)
        self.action_msg.show()

    def _show_action(self) -> None:
        """Retranslate the last action's line (an error text stays as it was said)."""
        if self._action is None or not self.action_msg.isVisible():
            return
        key, number = self._action
        texts = {"handed": self.tr("%1 handed to the dispatch desk."),
                 "recorded": self.tr("%1: the result is recorded; print it for the seal and "
                                     "the signature.")}
        if key in texts:
            self.action_msg.setText(texts[key].replace("%1", number))

    def _said(self, key: str) -> None:
        assert self.package is not None
        self._action = (key, self.package["number"])
        self._say("…", "Ok")
        self._show_action()

    def _show_not_found(self, code: str) -> None:
        self._not_found = code
        self.message.setText(self.tr("No package with receipt number %1").replace("%1", code))
        self.message.show()

    def _show(self) -> None:
        p = self.package
        self.split.setVisible(p is not None)
        self.empty.setVisible(p is None)
        if p is None:
            self.heading.setText(self.tr("Open a package"))
            return
        self.handover_btn.setVisible(self._awaits_handover())
        self.result_btn.setVisible(self._may_result() and p["status"] == "accepted")
        lang = LANG.current
        catalogue = self.ctx.catalogue_version(p["catalogue_version"])
        service = catalogue.service(p["service_id"])
        self.heading.setText(self.tr("Package %1").replace("%1", p["number"]))
        person = " ".join(x for x in (p["surname"], p["name"], p["patronymic"]) if x)
        v = self.info_values
        v["status"].setText(status_text(p["status"]))
        v["service"].setText(f"{service.code}. {service.name.get(lang)}" if service
                             else p["service_id"])
        iin = self.tr("IIN")                  # outside the f-string, where lupdate finds it
        v["applicant"].setText(f"{person}, {iin} {mask_iin(p['iin'])}")
        v["accepted"].setText(f"{shown_date(p['accepted_at'])} · {p['employee'] or ''}")
        v["due"].setText(shown_date(p["due_date"], "—"))
        self._show_handover(p)
        self._show_result(p)
        got = {d["id"]: d for d in p["documents"] or []}
        docs = service.documents if service else ()
        self.docs.setRowCount(len(docs))
        for r, d in enumerate(docs):
            info = got.get(d.id)
            if d.from_information_system:
                mark = self.tr("from information systems")
            elif info is None:
                mark = self.tr("missing") if d.id in (p["missing"] or []) else "—"
            else:
                mark = self.tr("original") if info.get("original") else self.tr("copy")
            pages = str(info.get("pages") or "") if info else ""
            for c, text in enumerate((f"{r + 1}. {d.name.get(lang)}", mark, pages)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.docs.setItem(r, c, item)
        self.docs.setColumnWidth(1, longest_word(self.docs, 1))
        self.docs.resizeRowsToContents()
        self.trail.setRowCount(len(self.events))
        for r, e in enumerate(self.events):
            for c, text in enumerate((shown_date(e["at"]), e["employee"] or "", event_text(e["kind"]))):
                self.trail.setItem(r, c, QTableWidgetItem(text))

    def _info_row(self, key: str, text: str | None) -> None:
        self.info_labels[key].setVisible(text is not None)
        self.info_values[key].setVisible(text is not None)
        self.info_values[key].setText(text or "")



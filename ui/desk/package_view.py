"""One package by its receipt number (typed, or scanned from anywhere on the desk): status,
applicant, documents, the events of its trail, and its receipt to reprint.

What the clerk does with it from here:
- an accepted courier package goes to the dispatch desk («жинақтау жүйесі») within 30 minutes
  of acceptance (seed 004 l.287): "Handed to the dispatch desk" records it (kiosk.deadlines);
- an accepted S2 package gets its result recorded -- the queue notification with the queue
  number or the referral (seed 002 l.37-39; kiosk.preschool_result) -- and its paper printed
  beside the receipt; a recorded result's paper can be printed again.  Only employees with
  the "returns" right (kiosk.staff) see this.
A write refused because another station holds the store's lock says so, nothing stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from db.events import events_for_package
from db.packages import package_by_number
from db.store import StoreBusy
from kiosk import clock
from kiosk.dates import shown_date
from kiosk.deadlines import hand_over, handover_limit
from kiosk.iin import mask_iin
from kiosk.preschool_result import SERVICE_ID as S2, preschool_result, record_preschool_result
from kiosk.receipts import record_reprint
from kiosk.staff import may
from ui.desk.labels import event_text, status_text
from ui.desk.receipt_view import ReceiptView
from ui.desk.result_paper import ResultForm, ResultPaperView
from ui.i18n import LANG
from ui.section import WRITE_FAILURES, restyle, write_failure_text

RESULT_RIGHT = "returns"          # who records and prints S2's result (as `qabyldau result`)
REPRINT_RETRY_MS = 3000           # a reprint not yet in the trail (the lock was held) tries again


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    t.setWordWrap(True)
    return t


class PackageSection(QWidget):
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
        self.docs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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
        self.papers = QTabWidget()
        self.papers.setObjectName("PackagePapers")
        self.papers.setTabBarAutoHide(True)
        self.papers.addTab(self.receipt, "")
        self.split = QWidget()
        both = QHBoxLayout(self.split)
        both.setContentsMargins(0, 0, 0, 0)
        both.setSpacing(16)
        self.papers.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        both.addWidget(left, 1)
        both.addWidget(self.papers, 1)
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

    # -- the receipt's reprint ---------------------------------------------------------------
    def _reprinted(self, to: str) -> None:
        """A copy printed or saved from here is a reprint: it goes into the package's trail.
        When another station holds the store's lock the copy is out already: the entry is
        written as soon as the lock is free, with the time of the copy."""
        if self.package is None:
            return
        self._pending_reprints.append((self.package["number"], clock.now(), to))
        self._record_pending_reprints()

    def _record_pending_reprints(self) -> None:
        while self._pending_reprints:
            number, at, to = self._pending_reprints[0]
            try:
                record_reprint(self.ctx, number, self.desk.employee.login, at, to)
            except StoreBusy as exc:
                self._say(self.tr("The copy is made; its line in the package's trail waits "
                                  "for the store: %1").replace(
                                      "%1", write_failure_text(self.ctx, exc)), "Warning")
                self._action = None
                self._retry.start(REPRINT_RETRY_MS)
                return
            except WRITE_FAILURES as exc:
                self._say(write_failure_text(self.ctx, exc), "Error")
                self._action = None
                self._pending_reprints.pop(0)
                continue
            self._pending_reprints.pop(0)
            if self.action_msg.objectName() == "Warning":
                self._say(None)
        self._reload()

    # -- handover to the dispatch desk (seed 004 l.287) ----------------------------------------
    def _awaits_handover(self) -> bool:
        p = self.package
        return bool(p and p["outcome"] == "accepted" and p["status"] == "accepted"
                    and p.get("destination") and not p.get("handed_over_at"))

    def hand_over(self) -> bool:
        if self.package is None or not self._awaits_handover():
            return False
        try:
            hand_over(self.ctx, [self.package["number"]], self.desk.employee.login,
                      self.ctx.now())
        except WRITE_FAILURES as exc:   # nothing stored: the button stays to press again
            self._action = None
            self._say(write_failure_text(self.ctx, exc), "Error")
            self._reload()
            return False
        self._reload()
        self._said("handed")
        return True

    # -- S2's result (seed 002 l.37-39) ----------------------------------------------------------
    def _may_result(self) -> bool:
        p = self.package
        return bool(p and p["service_id"] == S2 and p["outcome"] == "accepted"
                    and may(self.desk.employee, RESULT_RIGHT))

    def _show_result_tab(self, fresh: bool = False) -> None:
        """The Result tab: for an S2 package and an employee who may record it; the form while
        the package waits for its result, the paper once it is recorded."""
        p = self.package
        wanted = self._may_result() and p is not None and (
            p["status"] == "accepted" or bool(p.get("result_kind")))
        if wanted and self.papers.count() == 1:
            self.papers.addTab(self.result_page, self.tr("Result"))
        elif not wanted and self.papers.count() > 1:
            self.papers.removeTab(1)
        if not wanted or p is None:
            return
        if p.get("result_kind"):
            self.result_page.setCurrentWidget(self.result_paper)
            if fresh or self.result_paper.number != p["number"]:
                self.result_paper.show_result(p["number"])
        else:
            self.result_page.setCurrentWidget(self.result_form)
            if fresh:
                self.result_form.clear()

    def start_result(self) -> None:
        """Record the result…: the form in the Result tab, the child's name to type."""
        if self.package is None or not self._may_result() or self.package["status"] != "accepted":
            return
        self._show_result_tab()
        self.papers.setCurrentIndex(1)
        self.result_form.start()

    def cancel_result(self) -> None:
        self.result_form.clear()
        self.papers.setCurrentIndex(0)

    def save_result(self) -> bool:
        """Record it (the core checks it); refresh the package; show the paper to print."""
        if self.package is None or not self._may_result():
            return False
        form = self.result_form
        form.hide_errors()
        try:
            record_preschool_result(self.ctx, self.package["number"], form.kind(),
                                    employee=self.desk.employee.login, now=self.ctx.now(),
                                    **form.values())
        except WRITE_FAILURES as exc:   # bad input at its field; the lock or the server above
            form.show_error(getattr(exc, "field", ""), write_failure_text(self.ctx, exc))
            return False
        self._reload()
        self._show_result_tab(fresh=True)          # the paper, rendered once
        self.papers.setCurrentIndex(1)
        self._said("recorded")
        self.result_paper.print_btn.setFocus()
        return True

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
                self.docs.setItem(r, c, QTableWidgetItem(text))
        self.docs.resizeRowsToContents()
        self.trail.setRowCount(len(self.events))
        for r, e in enumerate(self.events):
            for c, text in enumerate((shown_date(e["at"]), e["employee"] or "", event_text(e["kind"]))):
                self.trail.setItem(r, c, QTableWidgetItem(text))

    def _info_row(self, key: str, text: str | None) -> None:
        self.info_labels[key].setVisible(text is not None)
        self.info_values[key].setVisible(text is not None)
        self.info_values[key].setText(text or "")

    def _show_handover(self, p: dict[str, Any]) -> None:
        """Courier packages: handed to the dispatch desk when and by whom, or by when."""
        if not p.get("destination") or p["outcome"] != "accepted":
            self._info_row("handover", None)
        elif p.get("handed_over_at"):
            self._info_row("handover", self.tr("handed over %1").replace(
                "%1", f"{shown_date(p['handed_over_at'])} · {p.get('handed_over_by') or ''}"))
        elif p["status"] != "accepted":
            self._info_row("handover", "—")
        else:
            limit = handover_limit(self.ctx, p)
            if limit is None:
                self._info_row("handover", self.tr("to hand over"))
            else:
                text = self.tr("to hand over by %1") if self.ctx.now() <= limit \
                    else self.tr("late: due there by %1")
                self._info_row("handover", text.replace("%1", shown_date(limit.isoformat(
                    sep=" ", timespec="minutes"))))

    def _show_result(self, p: dict[str, Any]) -> None:
        """S2: the recorded result in one line."""
        r = preschool_result(self.ctx, p["number"]) if p.get("result_kind") else None
        if r is None:
            self._info_row("result", None)
            return
        if r.kind == "referral":
            text = self.tr("referral to %1").replace("%1", r.organisation)
            if r.group:
                text += f", {r.group}"
        else:
            text = self.tr("queue notification, queue number %1").replace(
                "%1", str(r.queue_number))
        self._info_row("result", f"{text} — {r.child}")

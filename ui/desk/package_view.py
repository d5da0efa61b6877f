"""One package by its receipt number (typed, or scanned from anywhere on the desk): status,
applicant, documents, the events of its trail, and its receipt to reprint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from db.events import events_for_package
from db.packages import package_by_number
from kiosk import clock
from kiosk.dates import shown_date
from kiosk.iin import mask_iin
from kiosk.receipts import record_reprint
from ui.desk.labels import event_text, status_text
from ui.desk.receipt_view import ReceiptView
from ui.i18n import LANG


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
        for i, key in enumerate(("status", "service", "applicant", "accepted", "due")):
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
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(info)
        lbox.addWidget(self.docs_title)
        lbox.addWidget(self.docs, 2)
        lbox.addWidget(self.trail_title)
        lbox.addWidget(self.trail, 1)
        self.receipt = ReceiptView(self.ctx)
        self.split = QWidget()
        both = QHBoxLayout(self.split)
        both.setContentsMargins(0, 0, 0, 0)
        both.setSpacing(16)
        self.receipt.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        both.addWidget(left, 1)
        both.addWidget(self.receipt, 1)
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
                 "due": self.tr("Result due")}
        for key, label in self.info_labels.items():
            label.setText(names[key])
        self.docs_title.setText(self.tr("Documents"))
        self.trail_title.setText(self.tr("Events"))
        self.docs.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Received"),
                                             self.tr("Pages")])
        self.trail.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("What")])
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
        self.package = package
        self.events = events_for_package(self.ctx.store, package["id"])
        self._show()
        self.receipt.show_package(package["number"])
        return True

    def _reprinted(self, to: str) -> None:
        """A copy printed or saved from here is a reprint: it goes into the package's trail."""
        if self.package is None:
            return
        record_reprint(self.ctx, self.package["number"], self.desk.employee.login, clock.now(), to)
        self.events = events_for_package(self.ctx.store, self.package["id"])
        self._show()

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

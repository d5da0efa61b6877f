"""Catalogue versions: the stored versions, compare a file with the active one, import and
activate it, go back to an older version, and fill in a service's document list (S7) as a
new version."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from kiosk.catalogue import CatalogueError
from kiosk.catalogue_admin import (activate_version, diff_catalogues, fill_documents,
                                   read_catalogue, store_catalogue, versions)
from kiosk.dates import shown_date
from kiosk.errors import InputError
from ui.i18n import LANG
from ui.manager.base import ManagerSection

KINDS = {"required": ("required", False), "optional": ("optional", False),
         "system": ("required", True)}


def parse_document_lines(text: str) -> list[dict]:
    """``kind; Kazakh name; Russian name`` a line; kind: required, optional or system (taken
    by the employee from an information system)."""
    docs = []
    for i, line in enumerate(l for l in text.splitlines() if l.strip()):
        parts = [p.strip() for p in line.split(";")]
        if len(parts) != 3 or parts[0] not in KINDS or not parts[1] or not parts[2]:
            raise InputError(f"documents.{i + 1}", "field.type")
        kind, from_is = KINDS[parts[0]]
        docs.append({"id": f"doc{i + 1}", "kind": kind, "from_information_system": from_is,
                     "name": {"kk": parts[1], "ru": parts[2], "en": parts[2]}})
    return docs


class CatalogueSection(ManagerSection):
    key = "catalogue"

    def title(self) -> str:
        return self.tr("Catalogue")

    def setup_ui(self) -> None:
        self.active = QLabel()
        self.active.setObjectName("Lead")
        self.layout_.addWidget(self.active)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        left.addWidget(self.table, 1)
        self.activate_btn = QPushButton()
        self.activate_btn.clicked.connect(self.activate_selected)
        left.addWidget(self.activate_btn)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.compare_btn, self.import_btn = QPushButton(), QPushButton()
        self.import_btn.setObjectName("Primary")
        self.compare_btn.clicked.connect(lambda: self.load_file(False))
        self.import_btn.clicked.connect(lambda: self.load_file(True))
        left.addWidget(self.path)
        file_row.addStretch(1)
        file_row.addWidget(self.compare_btn)
        file_row.addWidget(self.import_btn)
        left.addLayout(file_row)
        self.diff = QListWidget()
        left.addWidget(self.diff, 1)
        row.addLayout(left, 3)
        self.docs_box = QGroupBox()
        docs = QVBoxLayout(self.docs_box)
        self.service = QComboBox()
        self.docs_hint = QLabel()
        self.docs_hint.setObjectName("Hint")
        self.docs_hint.setWordWrap(True)
        self.docs = QPlainTextEdit()
        self.version = QLineEdit()
        self.fill_btn = QPushButton()
        self.fill_btn.setObjectName("Primary")
        self.fill_btn.clicked.connect(self.fill)
        for w in (self.service, self.docs_hint, self.docs, self.version, self.fill_btn):
            docs.addWidget(w)
        row.addWidget(self.docs_box, 2)
        self.layout_.addLayout(row, 1)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.activate_btn.setText(self.tr("Make the selected version active"))
        self.path.setPlaceholderText(self.tr("Catalogue file (.json)"))
        self.compare_btn.setText(self.tr("Compare"))
        self.import_btn.setText(self.tr("Import and activate"))
        self.docs_box.setTitle(self.tr("Fill in a document list"))
        self.docs_hint.setText(self.tr("One document a line: kind; Kazakh name; Russian name. "
                                       "Kind: required, optional or system (the employee takes "
                                       "it from an information system)."))
        self.version.setPlaceholderText(self.tr("New version name"))
        self.fill_btn.setText(self.tr("Save as a new version and activate"))
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Imported"),
                                              self.tr("By"), self.tr("Active")])
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.active.setText(self.tr("Active version: %1").replace("%1", self.ctx.catalogue.version))
        rows = versions(self.ctx)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate((r["version"], shown_date(str(r["imported_at"])),
                                   r["imported_by"] or "—",
                                   "✓" if r["active"] else "")):
                self.table.setItem(i, j, QTableWidgetItem(str(v)))
        self.table.resizeColumnsToContents()
        current = self.service.currentData()
        self.service.clear()
        lang = LANG.current
        for s in self.ctx.catalogue.services:
            if s.status == "active" and not s.information_only:
                mark = "" if s.documents else " *"
                self.service.addItem(f"{s.code} {s.short_name.get(lang)}{mark}", s.id)
        empty = [i for i in range(self.service.count())
                 if self.service.itemText(i).endswith(" *")]
        index = self.service.findData(current) if current else (empty[0] if empty else 0)
        self.service.setCurrentIndex(max(0, index))

    def _show_diff(self, lines: list[str]) -> None:
        self.diff.clear()
        self.diff.addItems(lines or [self.tr("No changes")])

    def load_file(self, store: bool) -> None:
        try:
            new = read_catalogue(self.path.text().strip())
            if store:
                diff = store_catalogue(self.ctx, self.employee, new, activate=True, now=self.ctx.now())
                self.say(self.tr("Version %1 is active").replace("%1", new.version))
            else:
                diff = diff_catalogues(self.ctx.catalogue, new)
        except (InputError, CatalogueError) as exc:
            self.fail(exc)
            return
        self._show_diff([f"{diff.old_version} → {diff.new_version}", *diff.lines()])
        self.refresh()

    def activate_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        version = self.table.item(row, 0).text()
        try:
            activate_version(self.ctx, self.employee, version, now=self.ctx.now())
        except InputError as exc:
            self.fail(exc)
            return
        self.say(self.tr("Version %1 is active").replace("%1", version))
        self.refresh()

    def fill(self) -> None:
        try:
            docs = parse_document_lines(self.docs.toPlainText())
            diff = fill_documents(self.ctx, self.employee, self.service.currentData(), docs,
                                  self.version.text().strip() or
                                  f"{self.ctx.catalogue.version}+{self.service.currentData()}",
                                  now=self.ctx.now())
        except (InputError, CatalogueError) as exc:
            self.fail(exc)
            return
        self._show_diff([f"{diff.old_version} → {diff.new_version}", *diff.lines()])
        self.say(self.tr("Version %1 is active").replace("%1", diff.new_version))
        self.docs.clear()
        self.version.clear()
        self.refresh()

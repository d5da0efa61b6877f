"""Catalogue versions: the stored versions, compare a file with the active one, import and
activate it, go back to an older version, and fill in a service's document list (S7) as a
new version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from kiosk.catalogue import CatalogueError
from kiosk.catalogue_admin import (activate_version, diff_catalogues, fill_documents,
                                   read_catalogue, store_catalogue, versions)
from kiosk.dates import shown_date
from kiosk.errors import InputError
from ui.i18n import LANG
from ui.flow import FlowLayout, compact_combo
from ui.manager.base import ManagerSection
from ui.wrapped_cells import two_lines

# a document's kind as the form offers it -> (catalogue kind, taken from an information system)
KINDS = {"required": ("required", False), "optional": ("optional", False),
         "system": ("required", True)}
NAME_COLUMNS = {1: "name_kk", 2: "name_ru"}


def documents_from_rows(rows: list[tuple[str, str, str]]) -> list[dict]:
    """The form's rows (kind, Kazakh name, Russian name) as catalogue documents; an empty name
    is an InputError naming its row and column (``documents.2.name_ru``)."""
    docs = []
    for i, (kind, kk, ru) in enumerate(rows, start=1):
        kk, ru = " ".join(kk.split()), " ".join(ru.split())
        if not kk and not ru:
            continue  # an empty row the manager added and did not use
        if kind not in KINDS:
            raise InputError(f"documents.{i}.kind", "field.type")
        for field, name in (("name_kk", kk), ("name_ru", ru)):
            if not name:
                raise InputError(f"documents.{i}.{field}", "name.empty")
        catalogue_kind, from_is = KINDS[kind]
        docs.append({"id": f"doc{len(docs) + 1}", "kind": catalogue_kind,
                     "from_information_system": from_is,
                     "name": {"kk": kk, "ru": ru, "en": ru}})
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
        self.path = QLineEdit()  # the chosen file, shown; chosen with the picker
        self.path.setObjectName("catalogue_file")
        self.path.setReadOnly(True)
        self.choose_btn = QPushButton()
        self.choose_btn.setObjectName("choose_catalogue_file")
        self.choose_btn.clicked.connect(self.choose_file)
        self.compare_btn, self.import_btn = QPushButton(), QPushButton()
        self.import_btn.setObjectName("Primary")
        self.compare_btn.clicked.connect(lambda: self.load_file(False))
        self.import_btn.clicked.connect(lambda: self.load_file(True))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_btn)
        left.addLayout(file_row)
        act_row = FlowLayout()
        act_row.addWidget(self.compare_btn)
        act_row.addWidget(self.import_btn)
        left.addLayout(act_row)
        self.diff = QListWidget()
        left.addWidget(self.diff, 1)
        row.addLayout(left, 2)
        self.docs_box = QGroupBox()
        docs = QVBoxLayout(self.docs_box)
        self.service = QComboBox()
        self.service.setObjectName("fill_service")
        compact_combo(self.service, 18)
        # what the catalogue says the seeds lack and the office may add (S7, S8: item 9 of the
        # standard; issue 15 point 3), beside the service chosen
        self.service_note = QLabel()
        self.service_note.setObjectName("Warning")
        self.service_note.setWordWrap(True)
        self.service.currentIndexChanged.connect(lambda _: self._service_note())
        self.docs_hint = QLabel()
        self.docs_hint.setObjectName("Hint")
        self.docs_hint.setWordWrap(True)
        self.doc_table = QTableWidget(0, 3)
        self.doc_table.setObjectName("document_rows")
        self.doc_table.verticalHeader().setVisible(True)
        header = self.doc_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 190)
        header.setMinimumSectionSize(110)
        self.doc_table.verticalHeader().setDefaultSectionSize(42)
        self.doc_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows_bar = FlowLayout()
        self.add_doc_btn, self.remove_doc_btn = QPushButton(), QPushButton()
        self.add_doc_btn.setObjectName("add_document")
        self.remove_doc_btn.setObjectName("remove_document")
        self.add_doc_btn.clicked.connect(lambda: self.add_document_row())
        self.remove_doc_btn.clicked.connect(self.remove_document_row)
        rows_bar.addWidget(self.add_doc_btn)
        rows_bar.addWidget(self.remove_doc_btn)
        self.version_label = QLabel()
        self.version = QLineEdit()
        self.version.setObjectName("new_version")
        self.version_label.setBuddy(self.version)
        self.fill_btn = QPushButton()
        self.fill_btn.setObjectName("Primary")
        self.fill_btn.clicked.connect(self.fill)
        for w in (self.service, self.service_note, self.docs_hint, self.doc_table):
            docs.addWidget(w)
        docs.addLayout(rows_bar)
        version_row = QHBoxLayout()      # one line: the form fits a 720 px high screen
        version_row.addWidget(self.version_label)
        version_row.addWidget(self.version, 1)
        docs.addLayout(version_row)
        docs.addWidget(self.fill_btn)
        row.addWidget(self.docs_box, 3)
        self.layout_.addLayout(row, 1)
        self.add_document_row()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.activate_btn.setText(self.tr("Make the selected version active"))
        self.path.setPlaceholderText(self.tr("No catalogue file chosen"))
        self.path.setAccessibleName(self.tr("Catalogue file"))
        self.choose_btn.setText(self.tr("Choose file…"))
        self.compare_btn.setText(self.tr("Compare"))
        self.import_btn.setText(self.tr("Import and activate"))
        self.docs_box.setTitle(self.tr("Fill in a document list"))
        self.docs_hint.setText(self.tr("One row a document: what kind it is and its name in "
                                       "Kazakh and in Russian. «From an information system»: the "
                                       "employee takes it there, the applicant does not bring it."))
        self.doc_table.setHorizontalHeaderLabels([self.tr("Kind"),
                                                  two_lines(self.tr("Name in Kazakh")),
                                                  two_lines(self.tr("Name in Russian"))])
        for r in range(self.doc_table.rowCount()):
            self._kind_texts(self.doc_table.cellWidget(r, 0))
        self.add_doc_btn.setText(self.tr("Add a document"))
        self.remove_doc_btn.setText(self.tr("Remove the selected document"))
        self.version_label.setText(self.tr("New version name"))
        self.version.setPlaceholderText(self.ctx.catalogue.version + "+…")
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
        self._service_note()

    def _service_note(self) -> None:
        service = self.ctx.catalogue.service(self.service.currentData() or "")
        note = service.no_documents_note if service is not None else None
        self.service_note.setText(note.get(LANG.current) if note is not None else "")
        self.service_note.setVisible(note is not None)

    def _show_diff(self, lines: list[str]) -> None:
        self.diff.clear()
        self.diff.addItems(lines or [self.tr("No changes")])

    def choose_file(self) -> None:
        """The file picker: a catalogue file (.json), starting where the last one was."""
        start = str(Path(self.path.text()).parent) if self.path.text() else str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose a catalogue file"), start,
                             self.tr("Catalogue files (*.json)"))
        dialog.setObjectName("CatalogueFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same everywhere
        if dialog.exec() and dialog.selectedFiles():
            self.path.setText(dialog.selectedFiles()[0])
            self.load_file(False)  # show at once what the file would change

    def load_file(self, store: bool) -> None:
        if not self.path.text().strip():
            self.say(self.tr("Choose a catalogue file first"), "Error")
            return
        try:
            new = read_catalogue(self.path.text().strip())
            if store:
                diff = store_catalogue(self.ctx, self.employee, new, activate=True, now=self.ctx.now())
                self.say(self.tr("Version %1 is active").replace("%1", new.version))
            else:
                diff = diff_catalogues(self.ctx.catalogue, new)
                self.say(self.tr("Compared with the active version: %1 changes")
                         .replace("%1", str(len(diff.lines()))), "Hint")
        except (InputError, CatalogueError) as exc:
            self.fail(exc)
            return
        self._show_diff([f"{diff.old_version} → {diff.new_version}", *diff.lines()])
        self.refresh()

    # -- the document form ----------------------------------------------------------------
    def _kind_texts(self, box: QComboBox) -> None:
        names = {"required": self.tr("Required"), "optional": self.tr("Optional"),
                 "system": self.tr("From an information system")}
        for i in range(box.count()):
            box.setItemText(i, names[box.itemData(i)])

    def add_document_row(self, kind: str = "required", kk: str = "", ru: str = "") -> int:
        """A row of the form: the kind, and the name in Kazakh and in Russian as text fields
        (Tab goes from one to the next)."""
        r = self.doc_table.rowCount()
        self.doc_table.insertRow(r)
        box = QComboBox()
        for key in KINDS:
            box.addItem(key, key)
        self._kind_texts(box)
        box.setCurrentIndex(max(0, box.findData(kind)))
        self.doc_table.setCellWidget(r, 0, box)
        for col, text in ((1, kk), (2, ru)):
            edit = QLineEdit(text)
            edit.setObjectName(f"document_{r + 1}_{NAME_COLUMNS[col]}")
            edit.setFrame(False)
            self.doc_table.setCellWidget(r, col, edit)
        self.doc_table.setCurrentCell(r, 1)
        self.name_edit(r, 1).setFocus()
        return r

    def name_edit(self, row: int, col: int) -> QLineEdit:
        widget = self.doc_table.cellWidget(row, col)
        assert isinstance(widget, QLineEdit)
        return widget

    def remove_document_row(self) -> None:
        r = self.doc_table.currentRow()
        if r >= 0:
            self.doc_table.removeRow(r)
        if self.doc_table.rowCount() == 0:
            self.add_document_row()

    def document_rows(self) -> list[tuple[str, str, str]]:
        return [(self.doc_table.cellWidget(r, 0).currentData(), self.name_edit(r, 1).text(),
                 self.name_edit(r, 2).text()) for r in range(self.doc_table.rowCount())]

    def _clear_documents(self) -> None:
        self.doc_table.setRowCount(0)
        self.add_document_row()

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
            docs = documents_from_rows(self.document_rows())
            diff = fill_documents(self.ctx, self.employee, self.service.currentData(), docs,
                                  self.version.text().strip() or
                                  f"{self.ctx.catalogue.version}+{self.service.currentData()}",
                                  now=self.ctx.now())
        except (InputError, CatalogueError) as exc:
            self.fail(exc)
            field = getattr(exc, "field", "")
            parts = field.split(".")
            if len(parts) == 3 and parts[0] == "documents" and parts[1].isdigit():
                column = {v: k for k, v in NAME_COLUMNS.items()}.get(parts[2], 0)
                row = int(parts[1]) - 1
                if 0 <= row < self.doc_table.rowCount() and column:
                    self.doc_table.setCurrentCell(row, column)
                    self.name_edit(row, column).setFocus()
            return
        self._show_diff([f"{diff.old_version} → {diff.new_version}", *diff.lines()])
        self.say(self.tr("Version %1 is active").replace("%1", diff.new_version))
        self._clear_documents()
        self.version.clear()
        self.refresh()


__all__ = ["CatalogueSection", "documents_from_rows", "Qt"]

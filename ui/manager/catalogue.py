"""Catalogue versions: the stored versions, compare a file with the active one, import and
activate it, go back to an older version, and fill in or amend a service's document list
(S7; S8 beside its seeded application) as a new version: the form opens with the service's
documents, each row remembering its document (kiosk.catalogue_admin.merge_document_rows keeps
their ids and fields)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from kiosk.catalogue import CatalogueError, Text
from kiosk.catalogue_admin import (CONDITIONAL, FORM_KINDS, DocumentRow, activate_version,
                                   diff_catalogues, document_rows, fill_document_rows,
                                   read_catalogue, store_catalogue, versions)
from kiosk.dates import shown_date
from kiosk.errors import InputError
from ui.i18n import LANG
from ui.flow import FlowLayout, compact_combo
from ui.manager.base import ManagerSection
from ui.wrapped_cells import two_lines

NAME_COLUMNS = {1: "name_kk", 2: "name_ru"}


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
        self.service.currentIndexChanged.connect(lambda _: self._service_chosen())
        self._loaded: tuple[str, str] | None = None  # (service, catalogue version) in the form
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

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.activate_btn.setText(self.tr("Make the selected version active"))
        self.path.setPlaceholderText(self.tr("No catalogue file chosen"))
        self.path.setAccessibleName(self.tr("Catalogue file"))
        self.choose_btn.setText(self.tr("Choose file…"))
        self.compare_btn.setText(self.tr("Compare"))
        self.import_btn.setText(self.tr("Import and activate"))
        self.docs_box.setTitle(self.tr("Fill in a document list"))
        self.docs_hint.setText(self.tr("The service's documents in the active version, one row a "
                                       "document: its kind and its name in Kazakh and in Russian; "
                                       "the documents kept keep their other data. «From an "
                                       "information system»: the employee takes it there, the "
                                       "applicant does not bring it."))
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
        self.service.blockSignals(True)  # the list is filled again, not chosen by the manager
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
        self.service.blockSignals(False)
        self._service_chosen()

    def _service_chosen(self) -> None:
        """The service chosen (or the active version changed): its documents in the form.  A
        language switch keeps what the manager has typed."""
        self._service_note()
        service_id = self.service.currentData()
        key = (service_id or "", self.ctx.catalogue.version)
        if key != self._loaded:
            self._loaded = key
            self.load_documents()

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
    def _kind_names(self) -> dict[str, str]:
        return {"required": self.tr("Required"), "optional": self.tr("Optional"),
                "system": self.tr("From an information system"),
                "optional_system": self.tr("Optional, from an information system"),
                CONDITIONAL: self.tr("Conditional")}

    def _kind_texts(self, cell: QWidget) -> None:
        names = self._kind_names()
        if isinstance(cell, QComboBox):
            for i in range(cell.count()):
                cell.setItemText(i, names[cell.itemData(i)])
            return
        assert isinstance(cell, QLabel)  # a conditional document: its kind shown, not chosen
        cell.setText(names[CONDITIONAL])
        question = cell.property("condition_question")
        if question is not None:
            cell.setToolTip(self.tr("Conditional: %1").replace("%1", question.get(LANG.current)))

    def load_documents(self) -> None:
        """The chosen service's documents as rows, each remembering its document; one empty row
        for a service without documents (S7)."""
        self.doc_table.setRowCount(0)
        service = self.ctx.catalogue.service(self.service.currentData() or "")
        documents = service.documents if service is not None else ()
        for doc, row in zip(documents, document_rows(documents)):
            self.add_document_row(row, doc.condition.question if doc.condition else None,
                                  focus=False)
        if not documents:
            self.add_document_row(focus=False)

    def add_document_row(self, row: DocumentRow | None = None,
                         condition_question: Text | None = None,
                         focus: bool = True) -> int:
        """A row of the form: the kind, and the name in Kazakh and in Russian as text fields
        (Tab goes from one to the next).  A conditional document's kind is shown, not chosen."""
        row = row or DocumentRow("required", "", "")
        r = self.doc_table.rowCount()
        self.doc_table.insertRow(r)
        cell: QWidget
        if row.kind == CONDITIONAL:  # keeps its kind and condition; only its names are edited
            cell = QLabel()
            cell.setObjectName("conditional_kind")
            cell.setIndent(10)
            cell.setProperty("condition_question", condition_question)
        else:
            cell = QComboBox()
            for key in FORM_KINDS:
                cell.addItem(key, key)
            cell.setCurrentIndex(max(0, cell.findData(row.kind)))
        cell.setProperty("document_id", row.document_id)
        cell.setProperty("kind", row.kind)
        self._kind_texts(cell)
        self.doc_table.setCellWidget(r, 0, cell)
        for col, text in ((1, row.name_kk), (2, row.name_ru)):
            edit = QLineEdit(text)
            edit.setObjectName(f"document_{r + 1}_{NAME_COLUMNS[col]}")
            edit.setFrame(False)
            edit.setCursorPosition(0)
            edit.setToolTip(text)  # a long name in full
            edit.textChanged.connect(edit.setToolTip)
            self.doc_table.setCellWidget(r, col, edit)
        if focus:
            self.doc_table.setCurrentCell(r, 1)
            self.name_edit(r, 1).setFocus()
        return r

    def kind_box(self, row: int) -> QComboBox | None:
        """The row's kind to choose (None for a conditional document, whose kind is shown)."""
        widget = self.doc_table.cellWidget(row, 0)
        return widget if isinstance(widget, QComboBox) else None

    def row_kind(self, row: int) -> str:
        box = self.kind_box(row)
        return box.currentData() if box is not None else \
            str(self.doc_table.cellWidget(row, 0).property("kind"))

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

    def document_rows(self) -> list[DocumentRow]:
        return [DocumentRow(self.row_kind(r), self.name_edit(r, 1).text(),
                            self.name_edit(r, 2).text(),
                            self.doc_table.cellWidget(r, 0).property("document_id"))
                for r in range(self.doc_table.rowCount())]

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
            diff = fill_document_rows(self.ctx, self.employee, self.service.currentData(),
                                      self.document_rows(), self.version.text().strip() or
                                      f"{self.ctx.catalogue.version}+{self.service.currentData()}",
                                      now=self.ctx.now())
        except (InputError, CatalogueError) as exc:
            self.fail(exc)
            field = getattr(exc, "field", "")
            parts = field.split(".")
            if len(parts) == 3 and parts[0] == "documents" and parts[1].isdigit():
                column = {v: k for k, v in NAME_COLUMNS.items()}.get(parts[2], 0)
                row = int(parts[1]) - 1
                if 0 <= row < self.doc_table.rowCount():
                    self.doc_table.setCurrentCell(row, column)
                    self.doc_table.cellWidget(row, column).setFocus()
            return
        self._show_diff([f"{diff.old_version} → {diff.new_version}", *diff.lines()])
        self.say(self.tr("Version %1 is active").replace("%1", diff.new_version))
        self.version.clear()
        self.refresh()  # the new version's documents in the form


__all__ = ["CatalogueSection", "Qt"]

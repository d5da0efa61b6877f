"""The "dispatch" section: batch a day's courier packages, see the batches, preview and print
a register, check the folder against its manifest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from kiosk.dispatch import DispatchResult, dispatch_day, write_day
from kiosk.errors import InputError
from kiosk.manifest import verify_folder
from ui import tasks
from ui.courier.base import CourierSection
from ui.courier.preview import PdfPreview
from ui.i18n import LANG


class _Progress(QObject):
    """Carries (done, total) from the worker to the GUI thread."""
    step = Signal(int, int)


class DispatchSection(CourierSection):
    key = "dispatch"

    def prepare(self) -> None:
        self.result: DispatchResult | None = None
        self.busy = False
        self._progress = _Progress(self)
        self._progress.step.connect(self._on_step)

    def title(self) -> str:
        return self.tr("Dispatch")

    # -- layout --------------------------------------------------------------------------
    def setup_ui(self) -> None:
        layout = self.titled_layout()
        self.day_label = QLabel()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        today = self.ctx.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(self._day_changed)
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose_folder)
        self.run = QPushButton()
        self.run.setObjectName("Primary")
        self.run.clicked.connect(self.start_dispatch)
        self.verify = QPushButton()
        self.verify.clicked.connect(self.verify_now)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.batches = QListWidget()
        self.batches.currentRowChanged.connect(self._show_batch)
        self.preview = PdfPreview()
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_selected)

        row = QHBoxLayout()
        row.addWidget(self.day_label)
        row.addWidget(self.day)
        row.addSpacing(16)
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        actions = QHBoxLayout()
        actions.addWidget(self.run)
        actions.addWidget(self.verify)
        actions.addWidget(self.bar, 1)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.batches, 1)
        lv.addWidget(self.print_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 2)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._day_changed()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Dispatch to providers"))
        self.hint.setText(self.tr("Every accepted courier package of the day (and earlier ones "
                                  "still waiting) goes into one batch per provider. Dispatching "
                                  "the same day again adds only packages accepted since, and "
                                  "writes the same files again."))
        self.day_label.setText(self.tr("Day"))
        self.folder_label.setText(self.tr("Folder"))
        self.choose.setText(self.tr("Choose…"))
        self.run.setText(self.tr("Dispatch the day"))
        self.verify.setText(self.tr("Check folder"))
        self.print_button.setText(self.tr("Print register"))
        self._fill_list()

    # -- behaviour -----------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        q = self.day.date()
        return dt.date(q.year(), q.month(), q.day())

    def _day_changed(self) -> None:
        self.folder.setText(str(self.ctx.folder / "dispatch" / self.selected_day().isoformat()))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the registers"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def activated(self) -> None:
        """Show the day's batches already in the folder (nothing is dispatched by looking)."""
        if self.busy or self.result is not None:
            return
        day, folder = self.selected_day(), Path(self.folder.text())
        if (folder / "manifest.json").exists():
            tasks.run_store_task(self.ctx, lambda ctx: write_day(ctx, day, folder), self._done,
                                 self._failed)

    def start_dispatch(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.run.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.say(self.tr("Dispatching…"), "Hint")
        day, folder = self.selected_day(), Path(self.folder.text())
        who = self.employee  # the batch keeps the login; its register prints the full name
        emit = self._progress.step.emit
        now = self.ctx.now()
        tasks.run_store_task(self.ctx, lambda ctx: dispatch_day(ctx, day, folder, who, now,
                                                                progress=emit),
                             self._done, self._failed)

    def _on_step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: DispatchResult) -> None:
        self.busy = False
        self.run.setEnabled(True)
        self.bar.setVisible(False)
        self.result = result
        new = len(result.new_batches)
        if not result.batches:
            text = self.tr("No courier packages wait for dispatch on this day.")
        elif new:
            text = self.tr("%1 new batch(es), %2 packages in the day's batches. Files in %3") \
                .replace("%1", str(new)).replace("%2", str(result.packages)) \
                .replace("%3", str(result.folder))
        else:
            text = self.tr("Nothing new to dispatch: the day's batches were written again, "
                           "unchanged. Files in %1").replace("%1", str(result.folder))
        self.say(text, "Ok")
        self._fill_list()
        if self.batches.count():
            self.batches.setCurrentRow(0)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.run.setEnabled(True)
        self.bar.setVisible(False)
        text = exc.text(LANG.current) if isinstance(exc, InputError) else str(exc)
        self.say(self.tr("Dispatch failed: %1").replace("%1", text), "Error")

    def _fill_list(self) -> None:
        if not hasattr(self, "batches"):
            return
        row = self.batches.currentRow()
        self.batches.blockSignals(True)
        self.batches.clear()
        for b in self.result.batches if self.result else ():
            item = QListWidgetItem(self.tr("%1 · %2 packages\n%3").replace("%1", b.number)
                                   .replace("%2", str(b.count)).replace("%3", b.destination))
            item.setData(Qt.ItemDataRole.UserRole, b.register)
            self.batches.addItem(item)
        self.batches.blockSignals(False)
        if 0 <= row < self.batches.count():
            self.batches.setCurrentRow(row)

    def selected_register(self) -> Path | None:
        item = self.batches.currentItem()
        if item is None or self.result is None:
            return None
        return self.result.folder / item.data(Qt.ItemDataRole.UserRole)

    def _show_batch(self, row: int) -> None:
        path = self.selected_register()
        self.print_button.setEnabled(path is not None)
        if path is not None:
            self.preview.show_pdf(path)

    def print_selected(self, output_file: str | None = None) -> None:
        """Print the selected batch's register on this PC's printer and say truthfully what
        the printer did (a stopped queue or no printer is said, never "printed")."""
        from ui.manager.printing import NoPrinter, print_pdf
        from ui.printing import station_printer
        path = self.selected_register()
        if path is None:
            return
        try:
            where = print_pdf(path.read_bytes(), station_printer(self.ctx) or "",
                              output_file=output_file, title=path.stem)
        except NoPrinter as exc:
            self.say(str(exc) or self.tr("No printer is set up: save the PDF and print it "
                                         "elsewhere"), "Error")
            return
        except OSError as exc:          # the register file went away or cannot be read
            self.say(self.tr("Cannot read %1: %2").replace("%1", str(path))
                     .replace("%2", exc.strerror or str(exc)), "Error")
            return
        self.say(self.tr("Sent to %1").replace("%1", where), "Ok")

    def verify_now(self) -> None:
        report = verify_folder(self.folder.text())
        if report.ok:
            self.say(self.tr("The folder matches its manifest: %1 batches, %2 files.")
                     .replace("%1", str(report.batches)).replace("%2", str(report.files)), "Ok")
        else:
            self.say(self.tr("The folder differs from its manifest:") + "\n" +
                     "\n".join(report.lines(LANG.current)), "Error")

    def current_day_args(self) -> dict[str, Any]:  # for tests
        return {"day": self.selected_day(), "folder": self.folder.text()}

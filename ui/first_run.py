"""The first start on an empty data folder: set up this office (its profile and first
administrator, as ``qabyldau setup``) or open the training office (its own folder, as
``qabyldau demo``).  One core call per choice (kiosk.office_setup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.errors import InputError
from ui.i18n import LANG


class FirstRunDialog(QDialog):
    """``result_ctx`` holds the opened office after ``accept()``."""

    def __init__(self, folder: Path, training_folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRun")
        self.folder = folder
        self.training_folder = training_folder
        self.result_ctx: Context | None = None
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        self.lead = QLabel()
        self.lead.setWordWrap(True)
        outer.addWidget(self.lead)
        form = QFormLayout()
        self.code, self.name_kk, self.name_ru, self.address = (QLineEdit() for _ in range(4))
        self.admin, self.admin_name, self.pin, self.pin2 = (QLineEdit() for _ in range(4))
        for w in (self.pin, self.pin2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(8)]
        fields = (self.code, self.name_kk, self.name_ru, self.address, self.admin,
                  self.admin_name, self.pin, self.pin2)
        for name, label, field in zip(("Code", "NameKk", "NameRu", "Address", "Admin",
                                       "AdminName", "Pin", "Pin2"), self.labels, fields):
            field.setObjectName(name)
            label.setBuddy(field)
            form.addRow(label, field)
        outer.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        row = QHBoxLayout()
        self.training = QPushButton()
        self.training.setObjectName("OpenTraining")
        self.training.clicked.connect(self.open_training)
        self.create = QPushButton()
        self.create.setObjectName("Primary")
        self.create.clicked.connect(self.set_up)
        row.addWidget(self.training)
        row.addStretch(1)
        row.addWidget(self.create)
        outer.addLayout(row)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Qabyldau — first start"))
        self.lead.setText(self.tr(
            "There is no office store in {folder} yet. Set up this office (its details and "
            "its first administrator), or open the training office to try the program with "
            "demo data.").format(folder=self.folder))
        texts = (self.tr("Office code (in receipt numbers)"), self.tr("Name in Kazakh"),
                 self.tr("Name in Russian"), self.tr("Address"),
                 self.tr("Administrator's login"), self.tr("Administrator's full name"),
                 self.tr("PIN (at least 6 characters)"), self.tr("PIN again"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.training.setText(self.tr("Open the training office"))
        self.create.setText(self.tr("Set up this office"))

    def set_up(self) -> None:
        from kiosk.office_setup import OfficeDetails, make_office_store
        try:
            if self.pin.text() != self.pin2.text():
                raise InputError("secret", "staff.secret_mismatch")
            details = OfficeDetails(self.code.text(), self.name_kk.text(), self.name_ru.text(),
                                    self.address.text())
            self.result_ctx = make_office_store(self.folder, details, self.admin.text(),
                                                self.admin_name.text(), self.pin.text())
        except InputError as exc:
            self.error.setText(exc.text(LANG.current))
            return
        self.accept()

    def open_training(self) -> None:
        from kiosk.office_setup import open_training_office
        try:
            self.result_ctx = open_training_office(self.training_folder)
        except InputError as exc:
            self.error.setText(exc.text(LANG.current))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["FirstRunDialog"]

"""The applicant's part of the intake form: the person, an optional representative with a power
of attorney, and the recorded consent to use personal data (Law No 88-V) with how it was given:
written on the application, by EDS or by an SMS one-time code (seed 003 l.143).

The IIN is checked as it is typed (kiosk.iin.validate_iin): the message under the field says what
is wrong, or the birth date and sex read from the number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from kiosk.errors import InputError
from kiosk.iin import validate_iin
from kiosk.intake import CONSENT_METHODS
from ui.i18n import LANG
from ui.scanner import numeric_keys

PERSON_FIELDS = ("surname", "name", "patronymic", "iin", "phone", "address")


def _set_state(edit: QLineEdit, state: str | None) -> None:
    edit.setProperty("invalid", state == "invalid")
    edit.setProperty("valid", state == "valid")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class PersonBox(QGroupBox):
    """Surname, name, patronymic, IIN, phone, address (and the power of attorney for a
    representative), each with its message line underneath."""

    changed = Signal()

    def __init__(self, prefix: str, representative: bool = False) -> None:
        super().__init__()
        self.prefix = prefix
        self.representative = representative
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        fields = PERSON_FIELDS + (("poa",) if representative else ())
        for i, key in enumerate(fields):
            label = QLabel()
            edit = QLineEdit()
            edit.setObjectName(f"{prefix}_{key}")
            msg = QLabel()
            msg.setObjectName("Hint")
            msg.setWordWrap(True)
            msg.hide()
            label.setBuddy(edit)
            grid.addWidget(label, 2 * i, 0)
            grid.addWidget(edit, 2 * i, 1)
            grid.addWidget(msg, 2 * i + 1, 1)
            self.edits[key], self.labels[key], self.messages[key] = edit, label, msg
            edit.textEdited.connect(lambda _t, k=key: self._edited(k))
            edit.returnPressed.connect(self.focusNextChild)
        grid.setColumnStretch(1, 1)
        self.edits["iin"].setMaxLength(12)
        numeric_keys(self.edits["iin"])                 # the Kazakh layout's digit row: digits
        numeric_keys(self.edits["phone"], phone=True)
        self.edits["iin"].textChanged.connect(self._check_iin)

    # -- texts ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        names = {
            "surname": self.tr("Surname"), "name": self.tr("Name"),
            "patronymic": self.tr("Patronymic (if any)"), "iin": self.tr("IIN"),
            "phone": self.tr("Phone"), "address": self.tr("Address"),
            "poa": self.tr("Power of attorney (number, date)"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
            self.edits[key].setAccessibleName(names[key])
        self.edits["phone"].setPlaceholderText("+7 701 234 56 78")
        self.edits["iin"].setPlaceholderText(self.tr("12 digits"))
        self.setTitle(self.tr("Representative") if self.representative else self.tr("Applicant"))
        self._check_iin(self.edits["iin"].text())

    # -- IIN as typed --------------------------------------------------------------------
    def _check_iin(self, text: str) -> None:
        edit, msg = self.edits["iin"], self.messages["iin"]
        text = text.strip()
        if not text:
            _set_state(edit, None)
            msg.hide()
            return
        if len(text) < 12 and text.isdigit():
            _set_state(edit, None)
            self._message("iin", self.tr("%1 of 12 digits").replace("%1", str(len(text))), "Hint")
            return
        try:
            info = validate_iin(text)
        except InputError as exc:
            _set_state(edit, "invalid")
            self._message("iin", exc.text(LANG.current), "Error")
            return
        _set_state(edit, "valid")
        sex = self.tr("male") if info.sex == "male" else self.tr("female")
        self._message("iin", self.tr("Born %1, %2").replace("%1", f"{info.birth_date:%d.%m.%Y}")
                      .replace("%2", sex), "Ok")

    def _message(self, key: str, text: str, kind: str) -> None:
        msg = self.messages[key]
        msg.setObjectName(kind)
        msg.setText(text)
        msg.style().unpolish(msg)
        msg.style().polish(msg)
        msg.show()

    def _edited(self, key: str) -> None:
        if key != "iin":
            self.messages[key].hide()
            _set_state(self.edits[key], None)
        self.changed.emit()

    # -- data ----------------------------------------------------------------------------
    def show_error(self, key: str, text: str) -> bool:
        if key not in self.edits:
            return False
        _set_state(self.edits[key], "invalid")
        self._message(key, text, "Error")
        self.edits[key].setFocus()
        return True

    def data(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items()}

    def fill(self, data: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            value = data.get(key)
            edit.setText(str(value) if value else "")

    def clear(self) -> None:
        for key, edit in self.edits.items():
            edit.clear()
            _set_state(edit, None)
            self.messages[key].hide()


class ApplicantForm(QWidget):
    """Applicant, optional representative, consent."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.applicant = PersonBox("applicant")
        self.has_rep = QCheckBox()
        self.has_rep.setObjectName("has_representative")
        self.rep = PersonBox("representative", representative=True)
        self.rep.setVisible(False)
        self.has_rep.toggled.connect(self.rep.setVisible)
        self.consent = QCheckBox()
        self.consent.setObjectName("consent")
        # how the consent was given (seed 003 l.143); written on the application by default
        self.consent_how_label = QLabel()
        self.consent_how = QComboBox()
        self.consent_how.setObjectName("consent_method")
        for method in CONSENT_METHODS:
            self.consent_how.addItem("", method)
        self.consent_how.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.consent_how.setMinimumContentsLength(14)   # never wider than the form's column
        self.consent_how_label.setBuddy(self.consent_how)
        self.consent_how.currentIndexChanged.connect(lambda _: self.changed.emit())
        consent_row = QHBoxLayout()
        consent_row.setContentsMargins(28, 0, 0, 0)     # under the box's text, not its square
        consent_row.addWidget(self.consent_how_label)
        consent_row.addWidget(self.consent_how, 1)
        self.consent_text = QLabel()
        self.consent_text.setObjectName("Hint")
        self.consent_text.setWordWrap(True)
        self.consent_msg = QLabel()
        self.consent_msg.setObjectName("Error")
        self.consent_msg.setWordWrap(True)
        self.consent_msg.hide()
        self.consent.toggled.connect(lambda _: (self.consent_msg.hide(), self.changed.emit()))
        layout.addWidget(self.applicant)
        layout.addWidget(self.has_rep)
        layout.addWidget(self.rep)
        layout.addWidget(self.consent)
        layout.addLayout(consent_row)
        layout.addWidget(self.consent_text)
        layout.addWidget(self.consent_msg)
        layout.addStretch(1)
        self.applicant.changed.connect(self.changed)
        self.rep.changed.connect(self.changed)

    def retranslate_ui(self) -> None:
        self.applicant.retranslate_ui()
        self.rep.retranslate_ui()
        self.has_rep.setText(self.tr("Handed in by a representative"))
        self.consent.setText(self.tr("Consent given — required"))
        self.consent_text.setText(self.tr("The applicant consents to the use of personal data "
                                          "held in information systems (Law No 88-V)"))
        self.consent.setToolTip(self.tr("Ask the applicant and tick: the consent is recorded "
                                        "with the package"))
        self.consent_how_label.setText(self.tr("How it was given"))
        names = {"written": self.tr("in writing, on the application"),
                 "eds": self.tr("by EDS"),
                 "sms": self.tr("by SMS one-time code")}
        for i in range(self.consent_how.count()):
            self.consent_how.setItemText(i, names[self.consent_how.itemData(i)])
        self.consent_how.setAccessibleName(self.tr("How the consent was given"))
        self.consent_how.setToolTip(self.tr("The receipt states how the consent was given: "
                                            "written on the application, signed with an EDS, "
                                            "or confirmed by a one-time SMS code"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------
    def request_part(self) -> dict[str, Any]:
        """The applicant's part of an accept request (the accept JSON's shape)."""
        return {"applicant": self.applicant.data(),
                "representative": self.rep.data() if self.has_rep.isChecked() else None,
                "consent": self.consent.isChecked(),
                "consent_method": self.consent_method()}

    def consent_method(self) -> str:
        return str(self.consent_how.currentData())

    def set_consent_method(self, method: Any) -> None:
        i = self.consent_how.findData(method if method in CONSENT_METHODS else "written")
        self.consent_how.setCurrentIndex(max(i, 0))

    def show_error(self, field: str, text: str) -> bool:
        """Show a core InputError at its field ("applicant.iin", "consent", ...)."""
        head, _, key = field.partition(".")
        if head == "applicant":
            return self.applicant.show_error(key, text)
        if head == "representative":
            self.has_rep.setChecked(True)
            return self.rep.show_error(key, text)
        if head in ("consent", "consent_method"):
            self.consent_msg.setText(text)
            self.consent_msg.show()
            self.consent.setFocus()
            return True
        return False

    def fill(self, prefill: dict[str, Any]) -> None:
        self.clear()
        self.applicant.fill(prefill.get("applicant") or {})
        rep = prefill.get("representative")
        self.has_rep.setChecked(bool(rep))
        if rep:
            self.rep.fill(rep)
        consent = prefill.get("consent")
        self.consent.setChecked(consent is True or consent in CONSENT_METHODS)
        self.set_consent_method(prefill.get("consent_method") or
                                (consent if consent in CONSENT_METHODS else None))

    def clear(self) -> None:
        self.applicant.clear()
        self.rep.clear()
        self.has_rep.setChecked(False)
        self.consent.setChecked(False)
        self.set_consent_method("written")
        self.consent_msg.hide()

    def first_field(self) -> QWidget:
        return self.applicant.edits["surname"]

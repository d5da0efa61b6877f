"""Pre-filling at the kiosk: the applicant's details (the IIN checked as typed), the service's
conditional questions and the consent; and the request for acceptance at home."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QGridLayout, QScrollArea, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from kiosk.catalogue import Condition, Service
from kiosk.errors import InputError
from kiosk.iin import validate_iin
from ui.i18n import LANG
from ui.kiosk.keyboard import OnScreenKeyboard
from ui.kiosk.wrap_button import WrapButton
from ui.scanner import numeric_keys

FIELDS = ("iin", "surname", "name", "patronymic", "phone", "address")
NUMERIC = {"iin", "phone"}


def _mark(edit: QLineEdit, state: str | None) -> None:
    edit.setProperty("invalid", state == "invalid")
    edit.setProperty("valid", state == "valid")
    edit.style().unpolish(edit)
    edit.style().polish(edit)


class _Line(QLabel):
    """A message line that takes no room while it says nothing (the form keeps its question
    and consent in view at 1280x1024 with large text)."""

    def __init__(self) -> None:
        super().__init__()
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class _FocusWatch(QObject):
    """Attaches the keyboard to the field the applicant touches (digits for IIN and phone)."""

    def __init__(self, page: "PersonForm") -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, QLineEdit):
            self.page.focus_field(obj)
        return False


class PersonForm(QWidget):
    """Labelled fields in a grid, an error line, and the on-screen keyboard."""

    def __init__(self, fields: tuple[str, ...]) -> None:
        super().__init__()
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        watch = _FocusWatch(self)
        for i, key in enumerate(fields):
            label = QLabel()
            label.setObjectName("KioskLabel")
            edit = QLineEdit()
            edit.setObjectName("KioskField")
            edit.setMinimumHeight(64)
            edit.installEventFilter(watch)
            label.setBuddy(edit)
            if key in NUMERIC:                          # the Kazakh layout's digit row: digits
                numeric_keys(edit, phone=key == "phone")
            self.labels[key], self.edits[key] = label, edit
            self.grid.addWidget(label, i // 2, (i % 2) * 2)
            self.grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        self.keyboard = OnScreenKeyboard()
        self.error = _Line()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)

    def nav_row(self, on_submit: Callable[[], None]) -> QHBoxLayout:
        """Back (the page's back_requested) and its primary action, large enough for a finger."""
        row = QHBoxLayout()
        self.back = QPushButton()
        self.submit = QPushButton()
        self.submit.setObjectName("Primary")
        for b in (self.back, self.submit):
            b.setMinimumHeight(64)
            row.addWidget(b)
        self.back.clicked.connect(self.back_requested)  # type: ignore[attr-defined]
        self.submit.clicked.connect(on_submit)
        return row

    def focus_field(self, edit: QLineEdit) -> None:
        key = next((k for k, e in self.edits.items() if e is edit), "")
        if key in NUMERIC:
            layout: str | None = "digits"
        elif self.keyboard.layout_name == "digits":   # back to letters of the screen's language
            layout = LANG.current if LANG.current in ("kk", "ru") else "en"
        else:
            layout = None                             # keep the alphabet the applicant chose
        self.keyboard.attach(edit, layout)

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.edits.items()}

    def show_error(self, exc: InputError) -> None:
        self.error.setText(exc.text(LANG.current))
        leaf = exc.field.rsplit(".", 1)[-1]
        if leaf in self.edits:
            _mark(self.edits[leaf], "invalid")
            self.edits[leaf].setFocus()

    def clear(self) -> None:
        for e in self.edits.values():
            e.clear()
            _mark(e, None)
        self.error.clear()
        self.keyboard.attach(None, "kk")


class PrefillPage(PersonForm):
    """Everything typed here is wiped on "start over" and on the idle timeout."""

    submitted = Signal(dict, dict, bool)      # applicant fields, answers, consent
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__(FIELDS)
        self.service: Service | None = None
        self.answers: dict[str, bool] = {}
        self.question_rows: list[tuple[Condition, QLabel, QPushButton, QPushButton]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 4, 32, 4)   # compact: at 1280x1024 with large text the
        outer.setSpacing(4)                       # question and the consent stay in view
        form = QWidget()
        layout = QVBoxLayout(form)          # the form scrolls; buttons and keyboard stay put
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        outer.addWidget(scroll, 1)
        self.title = QLabel()
        self.title.setObjectName("KioskLead")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.lead = QLabel()
        self.lead.setObjectName("Hint")
        self.lead.setWordWrap(True)
        layout.addWidget(self.lead)
        layout.addLayout(self.grid)
        self.iin_state = _Line()
        self.iin_state.setObjectName("Hint")
        layout.addWidget(self.iin_state)
        self.questions = QVBoxLayout()
        layout.addLayout(self.questions)
        self.consent = WrapButton()
        self.consent.setCheckable(True)
        self.consent.setObjectName("KioskConsent")
        self.consent.setMinimumHeight(64)
        self.consent.toggled.connect(lambda _: self._consent_text())
        layout.addWidget(self.consent)
        layout.addStretch(1)
        outer.addWidget(self.error)
        outer.addLayout(self.nav_row(self._submit))
        outer.addWidget(self.keyboard)
        self.edits["iin"].setMaxLength(12)
        self.edits["iin"].textChanged.connect(self.check_iin)
        self.retranslate_ui()

    def start(self, service: Service) -> None:
        self.clear()
        self.service = service
        while self.questions.count():
            item = self.questions.takeAt(0)
            if item.layout():
                while item.layout().count():
                    w = item.layout().takeAt(0).widget()
                    if w:
                        w.hide()
                        w.deleteLater()
        self.question_rows = []
        for cond in service.conditions:
            row = QHBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            label.setObjectName("KioskLabel")
            yes, no = QPushButton(), QPushButton()
            group = QButtonGroup(self)
            for b, value in ((yes, True), (no, False)):
                b.setCheckable(True)
                b.setMinimumSize(120, 64)
                b.setObjectName("KioskChoice")
                b.clicked.connect(lambda _=False, c=cond.id, v=value: self.answers.__setitem__(c, v))
                group.addButton(b)
            row.addWidget(label, 1)
            row.addWidget(yes)
            row.addWidget(no)
            self.questions.addLayout(row)
            self.question_rows.append((cond, label, yes, no))
        self.retranslate_ui()
        self.edits["iin"].setFocus()
        self.focus_field(self.edits["iin"])

    def answer(self, condition_id: str, value: bool) -> None:
        for cond, _, yes, no in self.question_rows:
            if cond.id == condition_id:
                (yes if value else no).click()

    def check_iin(self, text: str) -> None:
        """As typed: digits only; at 12 digits the check digit and the birth date."""
        edit = self.edits["iin"]
        self.error.clear()
        if not text:
            _mark(edit, None)
            self.iin_state.clear()
            return
        if len(text) < 12 and text.isdigit():
            _mark(edit, None)
            self.iin_state.setText(self.tr("%1 of 12 digits").replace("%1", str(len(text))))
            return
        try:
            validate_iin(text)
        except InputError as exc:
            _mark(edit, "invalid")
            self.iin_state.setText(exc.text(LANG.current))
            self.iin_state.setObjectName("Error")
        else:
            _mark(edit, "valid")
            self.iin_state.setText(self.tr("IIN is correct"))
            self.iin_state.setObjectName("Ok")
            return
        finally:
            self.iin_state.style().unpolish(self.iin_state)
            self.iin_state.style().polish(self.iin_state)

    def _submit(self) -> None:
        self.error.clear()
        self.submitted.emit(self.values(), dict(self.answers), self.consent.isChecked())

    def clear(self) -> None:
        super().clear()
        self.answers = {}
        self.consent.setChecked(False)
        self.iin_state.clear()
        for _, _, yes, no in self.question_rows:
            for b in (yes, no):
                b.group().setExclusive(False)
                b.setChecked(False)
                b.group().setExclusive(True)

    def retranslate_ui(self) -> None:
        lang = LANG.current
        self.title.setText(self.tr("Your details") + (
            f": {self.service.short_name.get(lang)}" if self.service else ""))
        self.lead.setText(self.tr("Fill in what you can: the staff will check your papers and "
                                  "complete the rest. Touch a field to type."))
        names = {"iin": self.tr("IIN (12 digits)"), "surname": self.tr("Surname"),
                 "name": self.tr("Name"), "patronymic": self.tr("Patronymic (if any)"),
                 "phone": self.tr("Phone"), "address": self.tr("Address")}
        for key, label in self.labels.items():
            label.setText(names[key])
            self.edits[key].setAccessibleName(names[key])
        self.edits["phone"].setPlaceholderText("+7 7__ ___ __ __")
        for cond, label, yes, no in self.question_rows:
            label.setText(cond.question.get(lang))
            yes.setText(self.tr("Yes"))
            no.setText(self.tr("No"))
            yes.setAccessibleName(self.tr("Yes: %1").replace("%1", cond.question.get(lang)))
            no.setAccessibleName(self.tr("No: %1").replace("%1", cond.question.get(lang)))
        self._consent_text()
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.submit.setText(self.tr("Get a ticket"))
        self.submit.setAccessibleName(self.tr("Get a ticket"))
        if self.edits["iin"].text():
            self.check_iin(self.edits["iin"].text())

    def _consent_text(self) -> None:
        text = self.tr("I agree that the office uses my personal data from state "
                       "information systems for this service")
        self.consent.setText(("☑  " if self.consent.isChecked() else "☐  ") + text)
        self.consent.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class HomeVisitPage(PersonForm):
    """A request for documents to be accepted at home (persistent health disorder)."""

    submitted = Signal(dict)
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__(("name", "phone", "address"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        self.title = QLabel()
        self.title.setObjectName("Title")
        self.title.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("Subtitle")
        self.lead.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addLayout(self.grid)
        self.consent = WrapButton()   # the Law on personal data: no request without it
        self.consent.setCheckable(True)
        self.consent.setObjectName("HomeConsent")
        self.consent.setMinimumHeight(64)
        layout.addWidget(self.consent)
        layout.addWidget(self.error)
        self.done = QLabel()
        self.done.setObjectName("Ok")
        self.done.setWordWrap(True)
        layout.addWidget(self.done)
        layout.addLayout(self.nav_row(
            lambda: self.submitted.emit({**self.values(), "consent": self.consent.isChecked()})))
        layout.addStretch(1)
        layout.addWidget(self.keyboard)
        self.retranslate_ui()

    def clear(self) -> None:
        super().clear()
        self.done.clear()
        self.consent.setChecked(False)

    def show_done(self, request_id: int) -> None:
        for e in self.edits.values():
            e.clear()
        self.consent.setChecked(False)
        self.done.setText(self.tr("Your request No %1 is recorded. An employee will call you "
                                  "to agree a time.").replace("%1", str(request_id)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Documents accepted at your home"))
        self.lead.setText(self.tr("For applicants whose health limits their movement. Leave a "
                                  "phone number; an employee calls back and comes to accept "
                                  "the documents. You can also call 1414 or 8-800-080-7777."))
        names: dict[str, Any] = {"name": self.tr("Name"), "phone": self.tr("Phone"),
                                 "address": self.tr("Address")}
        for key, label in self.labels.items():
            label.setText(names[key])
            self.edits[key].setAccessibleName(names[key])
        self.back.setText(self.tr("◀ Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.submit.setText(self.tr("Send the request"))
        self.submit.setAccessibleName(self.submit.text())
        self.consent.setText(self.tr("I agree that the office keeps my name, phone and address "
                                     "to arrange the visit (Law on personal data)"))
        self.consent.setAccessibleName(self.consent.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

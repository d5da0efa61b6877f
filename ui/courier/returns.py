"""The "returns" section (results back from the providers: scan or type receipt numbers) and
the "issue" section (hand a ready result to the applicant after a confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.returns import Handover, handover, issue_result, mark_returned
from kiosk.staff import Employee
from ui.i18n import LANG


def _restyle(label: QLabel, name: str) -> None:
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


class ReturnsSection(QWidget):
    key = "returns"

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
        self.setup_ui()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Returns")

    def setup_ui(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.number = QLineEdit()
        self.number.returnPressed.connect(self.mark_typed)
        self.mark = QPushButton()
        self.mark.setObjectName("Primary")
        self.mark.clicked.connect(self.mark_typed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.log = QListWidget()
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.mark)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.log, 1)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Results back from the providers"))
        self.hint.setText(self.tr("Scan each result's receipt barcode as the courier hands the "
                                  "results over, or type the number and press Enter."))
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.mark.setText(self.tr("Mark as returned"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def handle_scan(self, code: str) -> bool:
        self.mark_number(code)
        return True

    def mark_typed(self) -> None:
        if self.number.text().strip():
            self.mark_number(self.number.text())
            self.number.clear()

    def mark_number(self, number: str) -> bool:
        try:
            h = mark_returned(self.ctx, number, self.employee.login, self.ctx.now(),
                              lang=LANG.current)
        except InputError as exc:
            text = exc.text(LANG.current)
            _restyle(self.status, "Error")
            self.status.setText(text)
            self.log.insertItem(0, QListWidgetItem("✗ " + text))
            return False
        text = self.tr("%1: result ready for %2").replace("%1", h.number).replace("%2", h.applicant)
        _restyle(self.status, "Ok")
        self.status.setText(text)
        self.log.insertItem(0, QListWidgetItem("✓ " + text))
        return True


class IssueSection(QWidget):
    key = "issue"

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
        self.current: Handover | None = None
        self.setup_ui()
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Issue")

    def setup_ui(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        self.hint.setWordWrap(True)
        self.number = QLineEdit()
        self.number.returnPressed.connect(self.find_typed)
        self.find = QPushButton()
        self.find.clicked.connect(self.find_typed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.card = QFrame()
        self.card.setObjectName("Card")
        form = QFormLayout(self.card)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("number", "applicant", "iin", "phone", "representative", "service", "due"):
            cap, val = QLabel(), QLabel()
            val.setWordWrap(True)
            self.captions[key], self.values[key] = cap, val
            form.addRow(cap, val)
        self.question = QLabel()
        self.question.setObjectName("Lead")
        self.question.setWordWrap(True)
        self.confirm = QPushButton()
        self.confirm.setObjectName("Primary")
        self.confirm.clicked.connect(self.confirm_issue)
        self.cancel = QPushButton()
        self.cancel.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        cv = QVBoxLayout()
        cv.addWidget(self.question)
        cv.addLayout(buttons)
        form.addRow(cv)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.find)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.card.setVisible(False)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Issue a result to the applicant"))
        self.hint.setText(self.tr("Scan the applicant's receipt or type its number. Check the "
                                  "identity document against the name shown, then confirm."))
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.find.setText(self.tr("Find"))
        captions = {"number": self.tr("Receipt"), "applicant": self.tr("Applicant"),
                    "iin": self.tr("IIN"), "phone": self.tr("Phone"),
                    "representative": self.tr("Representative"), "service": self.tr("Service"),
                    "due": self.tr("Due date")}
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.question.setText(self.tr("Hand the result over to this person?"))
        self.confirm.setText(self.tr("Hand over"))
        self.cancel.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def handle_scan(self, code: str) -> bool:
        self.open_number(code)
        return True

    def find_typed(self) -> None:
        if self.number.text().strip():
            self.open_number(self.number.text())

    def reset(self) -> None:
        self.current = None
        self.card.setVisible(False)
        self.number.clear()

    def open_number(self, number: str) -> bool:
        self.reset()
        try:
            h = handover(self.ctx, number, LANG.current, for_issue=True)
        except InputError as exc:
            _restyle(self.status, "Error")
            self.status.setText(exc.text(LANG.current))
            return False
        self.current = h
        shown = {"number": h.number, "applicant": h.applicant, "iin": h.iin, "phone": h.phone,
                 "representative": h.representative or "—", "service": h.service,
                 "due": h.due_date or "—"}
        for key, text in shown.items():
            self.values[key].setText(text)
        self.status.setText("")
        self.card.setVisible(True)
        self.confirm.setFocus()
        return True

    def confirm_issue(self) -> bool:
        if self.current is None:
            return False
        number = self.current.number
        try:
            h = issue_result(self.ctx, number, self.employee.login, self.ctx.now(),
                             lang=LANG.current)
        except InputError as exc:
            _restyle(self.status, "Error")
            self.status.setText(exc.text(LANG.current))
            self.reset()
            return False
        self.reset()
        _restyle(self.status, "Ok")
        self.status.setText(self.tr("%1 handed over to %2.").replace("%1", h.number)
                            .replace("%2", h.applicant))
        return True

"""What the courier sections share: the data and the signed-in employee, a heading with its
hint, a status line coloured by what it says, a receipt-number field with its button, and
retranslation when the language changes."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.context import Context
from kiosk.staff import Employee


def restyle(label: QLabel, name: str) -> None:
    """Give a label the style named by the stylesheet (Ok, Error, Warning, Hint)."""
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


class CourierSection(QWidget):
    key = ""

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
        self.prepare()
        self.setup_ui()
        self.retranslate_ui()

    def prepare(self) -> None:
        """State a section needs before its widgets exist."""

    def setup_ui(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def titled_layout(self, hint: bool = True) -> QVBoxLayout:
        """The section's layout, opened by its heading (and the hint under it); also makes
        the status line, which each section places where it reads best."""
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        layout.addWidget(self.heading)
        if hint:
            self.hint = QLabel()
            self.hint.setObjectName("Hint")
            self.hint.setWordWrap(True)
            layout.addWidget(self.hint)
        self.status = QLabel()
        self.status.setWordWrap(True)
        return layout

    def number_row(self, on_enter: Callable[[], None], primary: bool) -> QHBoxLayout:
        """A receipt-number field (a scanner types into it too) and its button: Enter or
        a click both run ``on_enter``."""
        self.number = QLineEdit()
        self.number.returnPressed.connect(on_enter)
        self.number_button = QPushButton()
        if primary:
            self.number_button.setObjectName("Primary")
        self.number_button.clicked.connect(on_enter)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.number_button)
        return row

    def say(self, text: str, kind: str) -> None:
        """Show ``text`` in the status line styled as ``kind`` (Ok, Error, Hint)."""
        restyle(self.status, kind)
        self.status.setText(text)

"""What the courier sections share beyond every staff section (ui.section): a heading with
its hint, the status line under them, and a receipt-number field with its button."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from kiosk.context import Context
from kiosk.staff import Employee
from ui.section import DeskSection, restyle

__all__ = ["CourierSection", "restyle"]


class CourierSection(DeskSection):
    key = ""

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__(ctx, employee)
        self.prepare()
        self.setup_ui()
        self.retranslate_ui()

    def prepare(self) -> None:
        """State a section needs before its widgets exist."""

    def setup_ui(self) -> None:
        raise NotImplementedError

    def status_line(self) -> QLabel:
        return self.status

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

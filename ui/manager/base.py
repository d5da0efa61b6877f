"""What every manager section shares: the context, the signed-in employee, a title line, a
message line, and the language switch."""

from __future__ import annotations

import datetime as dt
from typing import Callable


from PySide6.QtCore import QDate
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from kiosk.context import Context
from kiosk.staff import Employee
from ui.section import DeskSection


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ManagerSection(DeskSection):
    key = ""

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__(ctx, employee)
        self.setObjectName(f"Section_{self.key}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        self.layout_.addWidget(self.heading)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.setup_ui()
        self.layout_.addWidget(self.message)
        self.retranslate_ui()

    # -- to override ---------------------------------------------------------------------
    def title(self) -> str:
        return self.key

    def setup_ui(self) -> None:
        pass

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())

    def activated(self) -> None:
        pass

    def status_line(self) -> QLabel:
        return self.message


class SettingsBox(QGroupBox):
    """A group of the Settings section: the office, who is signed in, and the section's
    message line (``say(text, style)``)."""

    def __init__(self, ctx: Context, employee: Employee,
                 say: Callable[[str, str], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
        self.say = say

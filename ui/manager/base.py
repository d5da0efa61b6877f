"""What every manager section shares: the context, the signed-in employee, a title line, a
message line, and the language switch."""

from __future__ import annotations

import datetime as dt


from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee
from ui.i18n import LANG


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ManagerSection(QWidget):
    key = ""

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
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

    # -- shared ----------------------------------------------------------------------------
    def say(self, text: str, kind: str = "Ok") -> None:
        self.message.setObjectName(kind)
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def fail(self, exc: Exception) -> None:
        self.say(exc.text(LANG.current) if isinstance(exc, InputError) else str(exc), "Error")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


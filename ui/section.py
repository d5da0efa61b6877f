"""What every staff section of the desk shares: the office's data, the signed-in employee, a
line that says how the last action went (in the user's language, styled Ok / Error / Warning /
Hint), and retranslation when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from db.store import StoreUnavailable
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee
from ui.i18n import LANG


def restyle(label: QLabel, name: str) -> None:
    """Give a label the style the stylesheet names (Ok, Error, Warning, Hint)."""
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


class DeskSection(QWidget):
    key = ""

    def __init__(self, ctx: Context, employee: Employee) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee

    def status_line(self) -> QLabel:
        """The label :meth:`say` writes to."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def say(self, text: str, kind: str = "Ok") -> None:
        line = self.status_line()
        restyle(line, kind)
        line.setText(text)

    def fail(self, exc: Exception) -> None:
        """Say what went wrong: an input error in the user's language, anything else as is;
        an office server that does not answer raises the desk's banner too."""
        if isinstance(exc, StoreUnavailable):
            from ui.connection import store_watch
            store_watch(self.ctx).report(exc)
        self.say(exc.text(LANG.current) if isinstance(exc, InputError) else str(exc), "Error")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

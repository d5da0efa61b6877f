"""What every staff section of the desk shares: the office's data, the signed-in employee, a
line that says how the last action went (in the user's language, styled Ok / Error / Warning /
Hint), and retranslation when the language changes.

``write_failure_text`` is what any desk screen says when one of its writes did not happen:
bad input, another station holding the store's write lock, the office server away."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from db.store import StoreBusy, StoreUnavailable
from kiosk.context import Context
from kiosk.errors import InputError, message
from kiosk.staff import Employee
from ui.i18n import LANG


def restyle(label: QLabel, name: str) -> None:
    """Give a label the style the stylesheet names (Ok, Error, Warning, Hint)."""
    label.setObjectName(name)
    label.style().unpolish(label)
    label.style().polish(label)


# what a desk write may fail with, short of a bug: each has words in the user's language
WRITE_FAILURES = (InputError, StoreBusy, StoreUnavailable)


def write_failure_text(ctx: Context, exc: Exception) -> str:
    """The words for a desk write that did not happen, in the user's language: the core's
    InputError; another station holding the store's write lock past this desk's wait (nothing
    stored: press again); the office server away (the desk's banner says so too)."""
    lang = LANG.current
    if isinstance(exc, InputError):
        return exc.text(lang)
    if isinstance(exc, StoreBusy):
        return message("store.busy", lang, seconds=f"{ctx.store.lock_wait:g}")
    if isinstance(exc, StoreUnavailable):
        from ui.connection import store_watch
        store_watch(ctx).report(exc)
        return message("store.unavailable", lang, address=exc.address, reason=exc.reason)
    return str(exc)


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
        self.say(write_failure_text(self.ctx, exc), "Error")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

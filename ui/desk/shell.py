"""The desk's frame: a list of sections on the left (only those the employee's role may see),
the current section on the right, and a desk-wide barcode-scanner route.

A section is a QWidget with a class attribute ``key`` (see kiosk.staff.ROLE_SECTIONS), a
``title()`` returning its translated name, and optionally:
- ``handle_scan(code: str) -> bool``: a scanned code while this section is shown; return True
  when it took the code (returns, issue), False to let the desk open the package;
- ``activated()``: called each time the section is shown (refresh lists).

Sections are registered in ``ui/desk/sections.py`` (SECTION_FACTORIES: (key, factory) pairs).
"""

from __future__ import annotations

import time
from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.staff import Employee
from ui.desk.labels import role_text
from ui.i18n import LANG, LANGUAGES

SectionEntry = tuple[str, Callable[["DeskWindow"], QWidget]]


class ScanCatcher(QObject):
    """Tells a barcode scanner from a person: a scanner 'types' a whole code in a burst (under
    ~40 ms a key) and presses Enter.  A burst of 6+ printable keys ending in Enter is a scan; it
    is taken from whatever widget had focus and handed to ``scanned``."""

    scanned = Signal(str)
    MAX_GAP_S = 0.04
    MIN_LEN = 6

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._buf: list[str] = []
        self._last = 0.0
        self._targets: list[tuple[QObject, str]] = []  # (widget, text before the burst)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        fast = now - self._last <= self.MAX_GAP_S
        self._last = now
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = "".join(self._buf)
            self._buf = []
            if fast and len(code) >= self.MIN_LEN:
                self._undo_typing()
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if text and text.isprintable():
            if not fast:
                self._buf = []
                self._targets = []
            if not self._buf:
                self._remember(obj)
            self._buf.append(text)
        return False

    def _remember(self, obj: QObject) -> None:
        text = obj.property("text") if hasattr(obj, "text") else None
        self._targets = [(obj, text)] if isinstance(text, str) else []

    def _undo_typing(self) -> None:
        """The scanner's keys also went into the focused field: put its text back."""
        for obj, text in self._targets:
            if hasattr(obj, "setText"):
                obj.setText(text)
        self._targets = []

    def feed(self, code: str) -> None:
        """What a scan does (tests, and a manual 'scan' entry)."""
        self.scanned.emit(code)


class DeskWindow(QWidget):
    """The desk for one signed-in employee."""

    sign_out_requested = Signal()

    def __init__(self, ctx: Context, employee: Employee,
                 factories: list[SectionEntry] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.employee = employee
        self.setObjectName("Desk")
        self.sections: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("DeskNav")
        self.nav.setFixedWidth(290)
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.who = QLabel()
        self.who.setObjectName("Hint")
        self.who.setWordWrap(True)
        self.sign_out = QPushButton()
        self.sign_out.clicked.connect(self.request_sign_out)
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        self.lang = QComboBox()
        self.lang.setObjectName("DeskLanguage")
        for code, name in LANGUAGES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(list(LANGUAGES).index(LANG.current))
        self.lang.currentIndexChanged.connect(lambda _: LANG.switch(self.lang.currentData()))
        left.addWidget(self.lang)
        left.addWidget(self.who)
        left.addWidget(self.sign_out)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.pages, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.scanner = ScanCatcher(self)
        self.scanner.scanned.connect(self.on_scan)
        self._shortcuts: list[QShortcut] = []
        if factories is None:
            from ui.desk.sections import SECTION_FACTORIES
            factories = SECTION_FACTORIES
        for key, factory in factories:
            if key in self.employee.sections:  # build only what this role may see
                self.add_section(factory(self))
        self.retranslate_ui()

    # -- sections ------------------------------------------------------------------------
    def add_section(self, widget: QWidget) -> None:
        key = getattr(widget, "key", None)
        if not key or key not in self.employee.sections:
            widget.deleteLater()
            return
        self.sections[key] = widget
        self.pages.addWidget(widget)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        n = self.nav.count()
        if n <= 9:  # Ctrl+1..9 jump to a section
            sc = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            sc.activated.connect(lambda k=key: self.show_section(k))
            self._shortcuts.append(sc)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def section(self, key: str) -> Any:
        return self.sections.get(key)

    def show_section(self, key: str) -> Any:
        widget = self.sections.get(key)
        if widget is None:
            return None
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return widget

    def current_section(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.sections[key]
        self.pages.setCurrentWidget(widget)
        if hasattr(widget, "activated"):
            widget.activated()

    # -- scanning ------------------------------------------------------------------------
    def on_scan(self, code: str) -> None:
        code = code.strip().upper()
        queue = self.sections.get("queue")
        if queue is not None and hasattr(queue, "handle_scan") and queue.handle_scan(code):
            return  # a queue ticket: the queue opens the applicant's pre-filled application
        current = self.current_section()
        if current is not None and hasattr(current, "handle_scan") and current.handle_scan(code):
            return
        opener = self.sections.get("package")
        if opener is not None and hasattr(opener, "open_code"):
            self.show_section("package")
            opener.open_code(code)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.scanner)  # scans from any widget

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self.scanner)
        super().hideEvent(event)

    # -- leaving ---------------------------------------------------------------------------
    def unsaved_sections(self) -> list[QWidget]:
        return [w for w in self.sections.values()
                if hasattr(w, "has_unsaved_form") and w.has_unsaved_form()]

    def confirm_leave(self) -> bool:
        """True when nothing typed would be lost, or the employee says to discard it."""
        unsaved = self.unsaved_sections()
        if not unsaved:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved form"),
                          self.tr("The form being filled in is not saved: no receipt has been "
                                  "made for it. Discard it?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("UnsavedForm")
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard the form"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep working"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Discard:
            return True
        widget = unsaved[0]  # back to the form
        self.show_section(getattr(widget, "key", ""))
        return False

    def request_sign_out(self) -> None:
        if self.confirm_leave():
            self.sign_out_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.isWindow() and not self.confirm_leave():
            event.ignore()
            return
        super().closeEvent(event)

    # -- language ------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            widget = self.sections[item.data(Qt.ItemDataRole.UserRole)]
            title = widget.title() if hasattr(widget, "title") else widget.key
            item.setText(f"{title}   Ctrl+{row + 1}" if row < 9 else title)
        self.who.setText(self.tr("Signed in: %1 (%2)").replace("%1", self.employee.full_name)
                         .replace("%2", role_text(self.employee.role)))
        self.sign_out.setText(self.tr("Sign out"))
        self.lang.setAccessibleName(self.tr("Language"))
        self.lang.setToolTip(self.tr("Language"))
        if self.lang.currentData() != LANG.current:
            self.lang.blockSignals(True)
            self.lang.setCurrentIndex(list(LANGUAGES).index(LANG.current))
            self.lang.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

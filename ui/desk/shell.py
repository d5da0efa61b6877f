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

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from db.store import StoreUnavailable
from kiosk.context import Context
from kiosk.staff import Employee
from ui.connection import ServerBanner, store_watch
from ui.desk.labels import role_text
from ui.i18n import LANG, LANGUAGES
from ui.scanner import LatinShortcuts, ScanCatcher

SectionEntry = tuple[str, Callable[["DeskWindow"], QWidget]]


class SectionPage(QScrollArea):
    """One section in the desk's pages: as wide as the section needs, and as tall as the page
    while the section fits in it (its tables take the room).  On a short screen (1280x720,
    1366x768) a section that needs more height than the page scrolls instead of being
    squeezed."""

    def __init__(self, section: QWidget) -> None:
        super().__init__()
        self.setObjectName("SectionPage")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)      # sized here: the least height, not the preferred
        self.setWidget(section)
        self._refit = QTimer(self)           # goes with the page: never fires on a deleted one
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.fit)
        section.installEventFilter(self)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def needed_height(self, width: int) -> int:
        """The section's minimum height, and what its wrapped lines add at this width (Qt
        gives only the preferred height for a width: its growth over the preferred height)."""
        section = self.widget()
        least = max(section.minimumSizeHint().height(), section.minimumHeight())
        layout = section.layout()
        if layout is not None and layout.hasHeightForWidth():
            least += max(0, layout.totalHeightForWidth(width) - layout.totalSizeHint().height())
        return least

    def fit(self) -> None:
        section = self.widget()
        if section is None:
            return
        width = self.viewport().width()
        section.resize(width, max(self.viewport().height(), self.needed_height(width)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        section = self.widget()
        width = max(section.minimumSizeHint().width(), section.minimumWidth())
        return QSize(width + self._bar(), min(200, section.minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.widget().sizeHint() + QSize(self._bar(), 0)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._refit.start(0)      # new text, a row that wraps: the height again
        return super().eventFilter(watched, event)


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
        self._pages: dict[str, SectionPage] = {}     # each section in its scroll page
        self.nav = QListWidget()
        self.nav.setObjectName("DeskNav")
        self.nav.setFixedWidth(260)      # long names wrap: the sections need the room at 1280 px
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
        from ui.printer_status import PrinterWatch
        self.printer_watch = PrinterWatch(ctx)        # paper low / out, where CUPS reports it
        left.addWidget(self.printer_watch)
        left.addWidget(self.sign_out)
        # the top bar: this PC's station and window; under it, the server-away banner
        self.watch = store_watch(ctx)
        self.station_label = QLabel()
        self.station_label.setObjectName("DeskStation")
        self.banner = ServerBanner(self.watch)
        top = QHBoxLayout()
        top.addWidget(self.station_label)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self.scanner = ScanCatcher(self, self._scan_window)
        self.scanner.scanned.connect(self.on_scan)
        self.latin_shortcuts = LatinShortcuts(self, self._scan_window, lambda: self)
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
        self._pages[key] = SectionPage(widget)
        self.pages.addWidget(self._pages[key])
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
        page = self.pages.currentWidget()
        return page.widget() if isinstance(page, SectionPage) else page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        widget = self.sections[key]
        self.pages.setCurrentWidget(self._pages[key])
        if hasattr(widget, "activated"):
            try:
                self.ctx.refresh()   # what another PC changed: services, hours, catalogue
                widget.activated()
            except StoreUnavailable as exc:  # the list stays as it was; the banner says why
                self.watch.report(exc)

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

    def _scan_window(self) -> QWindow | None:
        """The window whose keys the scanner route watches: the desk's, while it is shown."""
        return self.window().windowHandle() if self.isVisible() else None

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.scanner)  # scans from any widget
        QApplication.instance().installEventFilter(self.latin_shortcuts)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self.scanner)
        QApplication.instance().removeEventFilter(self.latin_shortcuts)
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
        window = self.ctx.station.window
        station = self.tr("Station %1").replace("%1", self.ctx.station_code)
        if window is not None:
            station += "  ·  " + self.tr("Window %1").replace("%1", str(window))
        self.station_label.setText(station)
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

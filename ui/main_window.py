"""The application window: a stack of screens, and the first screen that leads to them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from kiosk.context import Context
from ui.i18n import LANG, LANGUAGES


class StartScreen(QWidget):
    """Who is at the screen: staff (the desk) or an applicant (the kiosk)."""

    staff_requested = Signal()
    kiosk_requested = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("StartScreen")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(18)
        self.office = QLabel()
        self.office.setObjectName("Title")
        self.office.setWordWrap(True)
        self.address = QLabel()
        self.address.setObjectName("Subtitle")
        self.welcome = QLabel()
        self.welcome.setObjectName("Lead")
        self.welcome.setWordWrap(True)
        layout.addWidget(self.office)
        layout.addWidget(self.address)
        layout.addSpacing(24)
        layout.addWidget(self.welcome)
        buttons = QHBoxLayout()
        self.staff = QPushButton()
        self.staff.setObjectName("Primary")
        self.staff.setMinimumHeight(72)
        self.staff.clicked.connect(self.staff_requested)
        self.kiosk = QPushButton()
        self.kiosk.setMinimumHeight(72)
        self.kiosk.clicked.connect(self.kiosk_requested)
        buttons.addWidget(self.staff)
        buttons.addWidget(self.kiosk)
        layout.addLayout(buttons)
        layout.addStretch(1)
        lang_row = QHBoxLayout()
        self.lang_label = QLabel()
        self.lang = QComboBox()
        for code, title in LANGUAGES.items():
            self.lang.addItem(title, code)
        self.lang.setCurrentIndex(list(LANGUAGES).index(LANG.current))
        self.lang.currentIndexChanged.connect(lambda _: LANG.switch(self.lang.currentData()))
        lang_row.addStretch(1)
        lang_row.addWidget(self.lang_label)
        lang_row.addWidget(self.lang)
        layout.addLayout(lang_row)

    def retranslate_ui(self) -> None:
        o = self.ctx.office
        ru = LANG.current == "ru"
        self.office.setText(o.name_ru if ru else o.name_kk)
        self.address.setText(o.address_ru if ru else o.address_kk)
        self.welcome.setText(self.tr("Document intake for public services. Choose where to go."))
        self.staff.setText(self.tr("Staff desk"))
        self.staff.setAccessibleName(self.tr("Staff desk"))
        self.kiosk.setText(self.tr("Applicant kiosk"))
        self.kiosk.setAccessibleName(self.tr("Applicant kiosk"))
        self.lang_label.setText(self.tr("Language:"))
        self.lang.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.training_band: QWidget | None = None
        if ctx.training:  # every screen of a training office carries the mark
            from ui.training import TrainingBand
            central = QWidget()
            column = QVBoxLayout(central)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            self.training_band = TrainingBand()
            column.addWidget(self.training_band)
            column.addWidget(self.stack, 1)
            self.setCentralWidget(central)
        else:
            self.setCentralWidget(self.stack)
        self.start = StartScreen(ctx)
        self.start.staff_requested.connect(self.open_staff)
        self.start.kiosk_requested.connect(lambda: self.open_kiosk(full_screen=False))
        self.stack.addWidget(self.start)
        self.desk: QWidget | None = None
        self.sign_in: QWidget | None = None
        self.kiosk: QWidget | None = None
        self.resize(self._first_size())
        self.retranslate_ui()

    def _first_size(self) -> QSize:
        """1280x800, or the screen's free area when it is smaller (a 1366x768 counter PC: the
        taskbar takes the rest), so nothing of the desk starts below the screen's edge."""
        size = QSize(1280, 800)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry().size()
            # the frame and title bar the window system adds
            size = size.boundedTo(QSize(free.width() - 16, free.height() - 40))
        return size

    def open_staff(self) -> QWidget:
        """Staff entry: the sign-in screen, then the desk for the signed-in employee."""
        from ui.manager.sign_in import SignInScreen
        if self.sign_in is None:
            self.sign_in = SignInScreen(self.ctx)
            self.sign_in.signed_in.connect(self.open_desk)
            self.sign_in.cancelled.connect(lambda: self.stack.setCurrentWidget(self.start))
        self.show_screen(self.sign_in)
        return self.sign_in

    def open_desk(self, employee: object) -> QWidget:
        from ui.desk.shell import DeskWindow
        if self.desk is not None:
            self.stack.removeWidget(self.desk)
            self.desk.deleteLater()
        self.desk = DeskWindow(self.ctx, employee)  # type: ignore[arg-type]
        self.desk.sign_out_requested.connect(self.close_desk)
        self.show_screen(self.desk)
        return self.desk

    def close_desk(self) -> None:
        """Signed out: the sign-in screen, its login field ready for the next employee."""
        if self.desk is not None:
            self.stack.removeWidget(self.desk)
            self.desk.deleteLater()
            self.desk = None
        screen = self.open_staff()
        screen.ready_for_next()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # the desk asks before a form being filled in is lost
        if self.desk is not None and self.stack.currentWidget() is self.desk and \
                not self.desk.confirm_leave():  # type: ignore[attr-defined]
            event.ignore()
            return
        super().closeEvent(event)

    def open_kiosk(self, full_screen: bool = False) -> QWidget:
        """The applicant kiosk; leaving it (and full screen) needs the staff PIN."""
        from ui.kiosk.window import KioskWindow
        if self.kiosk is None:
            self.kiosk = KioskWindow(self.ctx)
            self.kiosk.staff_unlocked.connect(self.close_kiosk)  # type: ignore[attr-defined]
        self.show_screen(self.kiosk)
        if full_screen:
            self.kiosk.enter_full_screen()  # type: ignore[attr-defined]
        else:
            self.show()
        return self.kiosk

    def close_kiosk(self) -> None:
        if self.kiosk is not None:
            self.kiosk.leave_full_screen()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.start)

    def show_screen(self, widget: QWidget) -> None:
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Qabyldau — document intake"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["MainWindow", "StartScreen", "Qt"]

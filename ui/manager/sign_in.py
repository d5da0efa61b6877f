"""The staff sign-in: login and PIN (or password).  Five wrong tries lock the account; while
the office is the demo office the screen lists the demo accounts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.office import DEMO_OFFICE
from kiosk.staff import DEMO_ACCOUNTS, Employee, ensure_demo_staff, sign_in
from ui.desk.labels import role_text
from ui.i18n import LANG
from ui.scanner import numeric_keys


class SignInScreen(QWidget):
    signed_in = Signal(object)     # kiosk.staff.Employee
    cancelled = Signal()

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("SignInScreen")
        ensure_demo_staff(ctx.store, now=ctx.now())  # first run: the demo accounts
        self.setup_ui()
        self.retranslate_ui()

    @property
    def demo(self) -> bool:
        return self.ctx.office.code == DEMO_OFFICE.code

    def setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        self.heading = QLabel()
        self.heading.setObjectName("Title")
        outer.addWidget(self.heading)
        self.office = QLabel()
        self.office.setObjectName("Subtitle")
        self.office.setWordWrap(True)
        outer.addWidget(self.office)
        outer.addSpacing(16)
        card = QFrame()
        card.setObjectName("Card")
        card.setMaximumWidth(520)
        form = QFormLayout(card)
        form.setContentsMargins(24, 24, 24, 24)
        form.setSpacing(12)
        self.login = QLineEdit()
        self.login.setObjectName("Login")
        self.pin = QLineEdit()
        self.pin.setObjectName("Pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        numeric_keys(self.pin, secret=True)
        self.login_label, self.pin_label = QLabel(), QLabel()
        self.login_label.setBuddy(self.login)
        self.pin_label.setBuddy(self.pin)
        form.addRow(self.login_label, self.login)
        form.addRow(self.pin_label, self.pin)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.cancelled)
        self.go = QPushButton()
        self.go.setObjectName("Primary")
        self.go.setDefault(True)
        self.go.clicked.connect(self.submit)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        form.addRow(buttons)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignLeft)
        self.pin.returnPressed.connect(self.submit)
        self.login.returnPressed.connect(self.pin.setFocus)
        outer.addSpacing(16)
        self.demo_box = QLabel()
        self.demo_box.setObjectName("Hint")
        self.demo_box.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.demo_box)
        outer.addStretch(1)
        self.login.setFocus()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Staff sign-in"))
        o = self.ctx.office
        self.office.setText(o.name_ru if LANG.current == "ru" else o.name_kk)
        self.login_label.setText(self.tr("&Login"))
        self.pin_label.setText(self.tr("&PIN or password"))
        self.go.setText(self.tr("Sign in"))
        self.back.setText(self.tr("Back"))
        self.login.setAccessibleName(self.tr("Login"))
        self.pin.setAccessibleName(self.tr("PIN or password"))
        if self.demo:
            lines = [self.tr("Demo office accounts (login / PIN):")]
            lines += [f"  {login} / {pin}   —   {role_text(role)}"
                      for login, _, role, pin in DEMO_ACCOUNTS]
            self.demo_box.setText("\n".join(lines))
        self.demo_box.setVisible(self.demo)

    def submit(self) -> Employee | None:
        try:
            who = sign_in(self.ctx.store, self.login.text(), self.pin.text(), now=self.ctx.now())
        except InputError as exc:
            self.error.setText(exc.text(LANG.current))
            self.pin.clear()
            self.pin.setFocus()
            return None
        self.error.clear()
        self.pin.clear()
        self.login.clear()
        self.signed_in.emit(who)
        return who

    def ready_for_next(self) -> None:
        """After a sign-out: empty fields, no old message, the cursor in the login field."""
        self.login.clear()
        self.pin.clear()
        self.error.clear()
        self.login.setFocus()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.pin.hasFocus():
            self.login.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

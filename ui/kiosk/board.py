"""The kiosk's first screen: the language choice, large, and the office's information board
(name, hours, services, help lines, how to complain, and a notice when acceptance is closed)."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from kiosk.context import Context
from kiosk.kiosk_info import information_board
from ui.i18n import LANG, LANGUAGES
from ui.kiosk.wrap_button import WrapButton



def escape(text: str) -> str:
    return _escape(text, quote=False)

class WelcomePage(QWidget):
    """Language buttons (Қазақша first: the default) and the information board."""

    language_chosen = Signal(str)
    home_visit_requested = Signal()
    status_requested = Signal()       # "Where is my application?" (seed 003 l.117)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("KioskWelcome")
        self.setup_ui()
        self.retranslate_ui()

    def setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(32)
        # left: the information board
        board = QFrame()
        board.setObjectName("Card")
        col = QVBoxLayout(board)
        col.setContentsMargins(24, 20, 24, 20)
        self.office = QLabel()
        self.office.setObjectName("Title")
        self.office.setWordWrap(True)
        self.address = QLabel()
        self.address.setObjectName("Subtitle")
        self.address.setWordWrap(True)
        self.closed = QLabel()
        self.closed.setObjectName("KioskClosed")
        self.closed.setWordWrap(True)
        self.info = QLabel()
        self.info.setObjectName("KioskBoard")
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.info)
        col.addWidget(self.office)
        col.addWidget(self.address)
        col.addWidget(self.closed)
        col.addWidget(scroll, 1)
        layout.addWidget(board, 3)
        # right: the language choice
        right = QVBoxLayout()
        right.setSpacing(20)
        self.choose = QLabel()
        self.choose.setObjectName("KioskLead")
        self.choose.setWordWrap(True)
        right.addStretch(1)
        right.addWidget(self.choose)
        self.lang_buttons: dict[str, QPushButton] = {}
        for code, title in LANGUAGES.items():
            b = QPushButton(title)                     # each language names itself
            b.setObjectName("KioskLanguage")
            b.setMinimumHeight(110)
            b.setAccessibleName(title)
            b.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.lang_buttons[code] = b
            right.addWidget(b)
        right.addSpacing(24)
        self.home_visit = WrapButton()
        self.home_visit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.home_visit.setObjectName("KioskSecondary")
        self.home_visit.setMinimumHeight(72)
        self.home_visit.clicked.connect(self.home_visit_requested)
        right.addWidget(self.home_visit)
        self.where = WrapButton()
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setObjectName("KioskSecondary")
        self.where.setMinimumHeight(72)
        self.where.clicked.connect(self.status_requested)
        right.addWidget(self.where)
        right.addStretch(1)
        layout.addLayout(right, 2)

    def refresh(self) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = LANG.current
        b = information_board(self.ctx)
        self.office.setText(b.office(lang))
        self.address.setText(b.address(lang) + "   ☎ " + b.phone)
        self.closed.setVisible(not b.accepting)
        self.closed.setText(self.tr(
            "Documents are not being accepted right now. Acceptance: %1–%2, lunch break %3–%4, "
            "Monday to Friday. You can still read about the services and print what to bring.")
            .replace("%1", b.accept_from).replace("%2", b.accept_until)
            .replace("%3", b.lunch_start).replace("%4", b.lunch_end))
        hours = (self.tr("Open %1–%2, Monday to Friday, except public holidays.")
                 .replace("%1", b.open_time).replace("%2", b.close_time))
        accept = (self.tr("Documents are accepted and results issued %1–%2; lunch break %3–%4.")
                  .replace("%1", b.accept_from).replace("%2", b.accept_until)
                  .replace("%3", b.lunch_start).replace("%4", b.lunch_end))
        order = self.tr("Service is in live queue order: take a ticket here. No pre-registration, "
                        "no expedited service. All services are free.")
        services = "".join(f"<li>{escape(s.code)}. {escape(s.short_name.get(lang))}</li>"
                           for s in b.services)
        help_ = (self.tr("Help lines: %1 and %2 (free calls).")
                 .replace("%1", b.help_lines[0]).replace("%2", b.help_lines[1]))
        complain = (self.tr(
            "How to complain: in writing to the head of the service provider; the registration "
            "stamp with an incoming number confirms it was accepted. The answer comes within %1 "
            "working days. A complaint to the authorised quality-control body: within %2 working "
            "days; then the court.")
            .replace("%1", str(b.complaint_days)).replace("%2", str(b.quality_body_days)))
        h_hours, h_services = self.tr("Hours"), self.tr("Services")
        self.info.setText(
            f"<p><b>{escape(h_hours)}</b><br>{escape(hours)}<br>{escape(accept)}</p>"
            f"<p>{escape(order)}</p>"
            f"<p><b>{escape(h_services)}</b></p><ul>{services}</ul>"
            f"<p><b>{escape(help_)}</b></p><p>{escape(complain)}</p>")
        self.info.setAccessibleName(self.tr("Information board"))
        self.choose.setText(self.tr("Choose your language"))
        self.home_visit.setText(self.tr("Documents accepted at home (limited mobility)"))
        self.home_visit.setAccessibleName(self.home_visit.text())
        self.where.setText(self.tr("Where is my application?"))
        self.where.setAccessibleName(self.where.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""The applicant kiosk's frame: a top bar (start over, language, large text, high contrast,
staff), the screens and the way between them, the home-visit request, the accessibility modes
and the reset that wipes everything typed.

The rest of the window is in the modules named for it: the staff PIN, the refused close and
the full screen in ``ui.kiosk.lockdown``; the idle countdown in ``ui.kiosk.idle``; the slip
and the ticket printed in ``ui.kiosk.papers``; the finger-drag scrolling in ``ui.kiosk.touch``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from db.store import StoreUnavailable
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.kiosk_info import record_home_request
from kiosk.printers import PrintResult
from kiosk.queue import Ticket
from ui.connection import ServerBanner, store_watch
from ui.i18n import LANG, LANGUAGES
from ui.kiosk.board import WelcomePage
from ui.kiosk.idle import Activity, IdleMixin
from ui.kiosk.lockdown import CloseGuard, LockdownMixin
from ui.kiosk.papers import PapersMixin
from ui.kiosk.prefill import HomeVisitPage, PrefillPage
from ui.kiosk.services import ServicePage, ServicesPage
from ui.kiosk.status_page import StatusPage
from ui.kiosk.ticket_page import PinPage, TicketPage
from ui.kiosk.touch import enable_touch_scrolling


class KioskWindow(LockdownMixin, IdleMixin, PapersMixin, QWidget):
    staff_unlocked = Signal()        # the right PIN: leave the kiosk for the staff screens

    def __init__(self, ctx: Context, *, idle_timeout_s: float | None = None,
                 countdown_s: int = 10) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("Kiosk")
        self.countdown_s = countdown_s
        self.remaining = countdown_s
        self.last_ticket: Ticket | None = None
        self.last_ticket_pdf: Path | None = None
        self.last_slip_pdf: Path | None = None
        self.last_print: PrintResult | None = None   # the last ticket's or slip's print outcome
        self.setup_ui()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(int((idle_timeout_s or ctx.office.idle_timeout_s or 90) * 1000))
        self.idle.timeout.connect(self.on_idle)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.countdown_tick)
        self.activity = Activity(self)
        self.close_guard = CloseGuard(self)
        self.closing = False            # the PIN page was asked for by a close of the window
        self.exit_allowed = False       # the right PIN was given for that close
        self.full_screen = False
        enable_touch_scrolling(self)
        self.retranslate_ui()
        self.idle.start()

    # -- layout ------------------------------------------------------------------------------
    def setup_ui(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        bar = QFrame()
        bar.setObjectName("KioskBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.home = QPushButton()
        self.home.clicked.connect(self.reset)
        row.addWidget(self.home)
        row.addStretch(1)
        self.langs: dict[str, QPushButton] = {}
        for code, title in LANGUAGES.items():
            b = QPushButton(title)
            b.setAccessibleName(title)
            b.clicked.connect(lambda _=False, c=code: self.switch_language(c))
            self.langs[code] = b
            row.addWidget(b)
        row.addSpacing(16)
        self.large = QPushButton()
        self.large.setCheckable(True)
        self.large.toggled.connect(lambda on: self.set_mode("large", on))
        self.contrast = QPushButton()
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(lambda on: self.set_mode("contrast", on))
        self.staff = QPushButton()
        self.staff.clicked.connect(lambda: self.ask_pin(closing=False))
        for b in (self.home, *self.langs.values(), self.large, self.contrast, self.staff):
            b.setMinimumHeight(64)
            b.setMinimumWidth(64)
            b.setObjectName(b.objectName() or "KioskBarButton")
        row.addWidget(self.large)
        row.addWidget(self.contrast)
        row.addWidget(self.staff)
        root.addWidget(bar)
        # the office server away: said at once, in the applicant's language
        self.watch = store_watch(self.ctx)
        self.banner = ServerBanner(self.watch, applicant=True)
        root.addWidget(self.banner)
        # the idle countdown, above the screen it will wipe
        self.countdown = QFrame()
        self.countdown.setObjectName("KioskCountdown")
        crow = QHBoxLayout(self.countdown)
        self.countdown_text = QLabel()
        self.countdown_text.setObjectName("KioskLead")
        self.countdown_text.setWordWrap(True)
        self.still_here = QPushButton()
        self.still_here.setObjectName("Primary")
        self.still_here.setMinimumHeight(80)
        self.still_here.clicked.connect(self.touched)
        crow.addWidget(self.countdown_text, 1)
        crow.addWidget(self.still_here)
        self.countdown.hide()
        root.addWidget(self.countdown)
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        self.welcome = WelcomePage(self.ctx)
        self.services = ServicesPage(self.ctx)
        self.service = ServicePage(self.ctx)
        self.prefill = PrefillPage()
        self.ticket = TicketPage()
        self.home_visit = HomeVisitPage()
        self.pin = PinPage()
        self.status = StatusPage(self.ctx)
        for page in (self.welcome, self.services, self.service, self.prefill, self.ticket,
                     self.home_visit, self.pin, self.status):
            self.stack.addWidget(page)
        self.welcome.language_chosen.connect(self.choose_language)
        self.welcome.home_visit_requested.connect(lambda: self.show_page(self.home_visit))
        self.welcome.status_requested.connect(lambda: self.show_page(self.status))
        self.status.back_requested.connect(self.reset)
        self.services.service_chosen.connect(self.open_service)
        self.service.back_requested.connect(lambda: self.show_page(self.services))
        self.service.print_slip.connect(self.print_slip)
        self.service.prefill_requested.connect(self.start_prefill)
        self.service.ticket_requested.connect(self.issue_plain_ticket)
        self.prefill.back_requested.connect(lambda: self.show_page(self.service))
        self.prefill.submitted.connect(self.issue_prefilled)
        self.ticket.done.connect(self.reset)
        self.home_visit.back_requested.connect(self.reset)
        self.home_visit.submitted.connect(self.request_home_visit)
        self.pin.cancelled.connect(self.reset)
        self.pin.cancelled.connect(lambda: setattr(self, "closing", False))
        self.pin.entered.connect(self.check_pin)

    # -- navigation ----------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.touched()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def switch_language(self, lang: str) -> None:
        LANG.switch(lang)

    def choose_language(self, lang: str) -> None:
        LANG.switch(lang)
        self.show_page(self.services)

    def open_service(self, service_id: str) -> None:
        service = self.ctx.catalogue.service(service_id)
        if service is not None:
            self.service.show_service(service)
            self.show_page(self.service)

    def start_prefill(self, service_id: str) -> None:
        service = self.ctx.catalogue.service(service_id)
        if service is not None:
            self.prefill.start(service)
            self.show_page(self.prefill)

    # -- actions (one core call each) -----------------------------------------------------------
    def request_home_visit(self, values: dict[str, str]) -> None:
        try:
            rid = record_home_request(self.ctx, name=values.get("name", ""),
                                      phone=values.get("phone", ""),
                                      address=values.get("address", ""),
                                      consent=values.get("consent") is True)
        except InputError as exc:
            self.home_visit.show_error(exc)
            return
        except StoreUnavailable as exc:  # what was typed stays on the page
            self.watch.report(exc)
            return
        self.home_visit.error.clear()
        self.home_visit.show_done(rid)

    def reset(self) -> None:
        """Back to the first screen with everything typed wiped (the next person's kiosk)."""
        self.tick.stop()
        self.countdown.hide()
        for page in (self.services, self.service, self.prefill, self.home_visit, self.pin,
                     self.status):
            page.clear()
        self.large.setChecked(False)
        self.contrast.setChecked(False)
        self.stack.setCurrentWidget(self.welcome)
        if LANG.current != (self.ctx.office.language or "kk"):
            LANG.switch(self.ctx.office.language or "kk")
        self.welcome.refresh()
        self.idle.start()

    # -- accessibility ----------------------------------------------------------------------
    def set_mode(self, name: str, on: bool) -> None:
        self.setProperty(name, "on" if on else "off")
        for w in [self, *self.findChildren(QWidget)]:
            w.style().unpolish(w)
            w.style().polish(w)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QApplication.instance().installEventFilter(self.activity)
        self.window().installEventFilter(self.close_guard)
        self.exit_allowed = False

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self.activity)
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.home.setText(self.tr("⟲ Start over"))
        self.home.setAccessibleName(self.tr("Start over"))
        self.large.setText(self.tr("A+ Large text"))
        self.large.setAccessibleName(self.tr("Large text"))
        self.contrast.setText(self.tr("◐ High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.staff.setText(self.tr("Staff"))
        self.staff.setAccessibleName(self.tr("Staff only: enter the PIN"))
        self.still_here.setText(self.tr("I am still here"))
        self.still_here.setAccessibleName(self.tr("I am still here"))
        if self.tick.isActive() if hasattr(self, "tick") else False:
            self._show_countdown()
        for code, b in self.langs.items():
            b.setProperty("active", code == LANG.current)
            b.style().unpolish(b)
            b.style().polish(b)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["KioskWindow"]

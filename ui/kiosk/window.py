"""The applicant kiosk's frame: a top bar (start over, language, large text, high contrast,
staff), the screens, the idle countdown that wipes everything typed, and the staff PIN.

Nobody leaves it without a staff PIN: full screen over the whole screen (the window is set to
the screen's geometry first, so it covers the screen with or without a window manager, and
follows the screen if its size changes), and any close of its window (Alt+F4, the window
manager's close, a close event) is refused and asks for the PIN; the right PIN closes it.
Every list and page scrolls with a finger drag (QScroller: touch, and the mouse events some
touchscreens send)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractScrollArea, QApplication, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QScroller, QScrollerProperties, QStackedWidget,
                               QVBoxLayout, QWidget)

from db.store import StoreUnavailable
from kiosk import queue
from kiosk.context import Context
from kiosk.documents.slip import render_slip
from kiosk.documents.ticket import render_ticket
from kiosk.errors import InputError
from kiosk.kiosk_info import record_home_request, service_sheet
from kiosk.printers import PrintResult
from kiosk.queue import Ticket
from kiosk.staff import unlock_kiosk
from kiosk.ticket_print import ticket_data
from ui.connection import ServerBanner, store_watch
from ui.i18n import LANG, LANGUAGES
from ui.kiosk import printing
from ui.kiosk.board import WelcomePage
from ui.kiosk.prefill import HomeVisitPage, PrefillPage
from ui.kiosk.services import ServicePage, ServicesPage
from ui.kiosk.status_page import StatusPage
from ui.kiosk.ticket_page import PinPage, TicketPage
from ui.tasks import run_task

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
            QEvent.Type.Wheel}


class _Activity(QObject):
    def __init__(self, window: "KioskWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.window.touched()
        return False


class _CloseGuard(QObject):
    """On the kiosk's top-level window: a close while the kiosk is shown asks for the PIN."""

    def __init__(self, kiosk: "KioskWindow") -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and self.kiosk.guards_close():
            event.ignore()
            self.kiosk.ask_pin(closing=True)
            return True
        return False


def enable_touch_scrolling(root: QWidget) -> None:
    """A finger drag scrolls every scrollable view under ``root`` (touch gestures, and the
    left-button drag of touchscreens that send mouse events); a tap still clicks."""
    for area in root.findChildren(QAbstractScrollArea):
        viewport = area.viewport()
        if viewport.property("touchScroll"):
            continue
        viewport.setProperty("touchScroll", True)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        scroller = QScroller.scroller(viewport)
        props = scroller.scrollerProperties()
        props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(props)


class KioskWindow(QWidget):
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
        self.activity = _Activity(self)
        self.close_guard = _CloseGuard(self)
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
    def print_slip(self, service_id: str) -> None:
        service = self.ctx.catalogue.service(service_id)
        if service is None:
            return
        sheet, lang = service_sheet(service, self.ctx.office.office_kind), LANG.current
        office = self.ctx.office.name_kk if lang == "kk" else self.ctx.office.name_ru
        stamp = self.ctx.now().strftime("%d.%m.%Y %H:%M")  # day first, as everywhere
        out = self.ctx.folder / "slips" / f"{service.id}-{lang}.pdf"

        def work() -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render_slip(sheet, lang, office, stamp))
            return out
        run_task(work, self._slip_ready, self._print_failed)

    def _slip_ready(self, path: Path) -> None:
        self.last_slip_pdf = path
        self.service.status.setText(self.tr("Printing the list…"))
        printing.print_pdf(self.ctx, path, path.stem, self._slip_printed)

    def _slip_printed(self, result: PrintResult) -> None:
        self.last_print = result
        self.service.status.setText(self.tr("The list is printed: take it from the printer.")
                                    if result.ok else
                                    self.tr("The printer is not working, so the list was not "
                                            "printed. Please ask the staff, or read the list on "
                                            "this screen."))

    def _print_failed(self, exc: Exception) -> None:
        self.service.status.setText(self.tr("The printer is not working, so the list was not "
                                            "printed. Please ask the staff, or read the list on "
                                            "this screen."))

    def issue_plain_ticket(self, service_id: str) -> None:
        try:
            t = queue.issue_ticket(self.ctx, service_id, lang=LANG.current)
        except StoreUnavailable as exc:  # no ticket issued; the banner says so
            self.watch.report(exc)
            return
        self._issued(t)

    def issue_prefilled(self, applicant: dict[str, str], answers: dict[str, bool],
                        consent: bool) -> None:
        service = self.prefill.service
        if service is None:
            return
        try:
            t = queue.issue_prefilled_ticket(self.ctx, service.id, applicant, answers, consent,
                                             lang=LANG.current)
        except InputError as exc:
            self.prefill.show_error(exc)
            return
        except StoreUnavailable as exc:  # what was typed stays on the page
            self.watch.report(exc)
            return
        self._issued(t)

    def _issued(self, t: Ticket) -> None:
        self.last_ticket = t
        data = ticket_data(self.ctx, t)       # read on the GUI thread; rendered on a worker
        out = self.ctx.folder / "tickets" / t.day.isoformat() / f"{t.code}.pdf"
        self.ticket.show_ticket(data)
        self.show_page(self.ticket)

        def work() -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render_ticket(data, "80mm"))
            return out
        run_task(work, self._ticket_ready, self._ticket_failed)

    def _ticket_ready(self, path: Path) -> None:
        self.last_ticket_pdf = path
        code = self.last_ticket.code if self.last_ticket else path.stem
        printing.print_pdf(self.ctx, path, code, self._ticket_printed)

    def _ticket_printed(self, result: PrintResult) -> None:
        self.last_print = result
        self.ticket.set_printed(result.ok)

    def _ticket_failed(self, exc: Exception) -> None:
        self.ticket.set_printed(False)

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

    def check_pin(self, pin: str) -> None:
        """A staff member's PIN (any active account) lets staff out of the kiosk."""
        try:
            unlock_kiosk(self.ctx.store, pin, now=self.ctx.now())
        except InputError as exc:
            self.pin.wrong(exc.text(LANG.current) if exc.code == "staff.locked" else None)
            return
        closing, self.closing = self.closing, False
        self.reset()
        if closing:
            self.exit_allowed = True
            self.leave_full_screen()
            self.window().close()
            return
        self.staff_unlocked.emit()

    # -- nobody leaves without the PIN -------------------------------------------------------
    def ask_pin(self, *, closing: bool) -> None:
        self.closing = closing
        self.pin.set_purpose("close" if closing else "staff")
        self.show_page(self.pin)

    def guards_close(self) -> bool:
        """A close of the window is refused while the kiosk runs locked (full screen, as
        ``--kiosk`` starts it) and is what the window shows.  The kiosk opened in a window
        from the start screen (staff trying it) closes as any window."""
        return self.full_screen and not self.exit_allowed and self.isVisible()

    def enter_full_screen(self) -> None:
        """Over the whole screen, with or without a window manager: the screen's geometry
        first (nothing else sizes a window when no window manager handles "full screen")."""
        win = self.window()
        screen = win.screen() or QGuiApplication.primaryScreen()
        self.full_screen = True
        self.exit_allowed = False
        win.setGeometry(screen.geometry())
        win.showFullScreen()
        win.activateWindow()
        screen.geometryChanged.connect(self._screen_changed)

    def _screen_changed(self, rect: Any) -> None:
        if self.full_screen:
            self.window().setGeometry(rect)

    def leave_full_screen(self) -> None:
        if not self.full_screen:
            return
        self.full_screen = False
        win = self.window()
        screen = win.screen() or QGuiApplication.primaryScreen()
        try:
            screen.geometryChanged.disconnect(self._screen_changed)
        except (RuntimeError, TypeError):
            pass
        win.showNormal()

    # -- idle, privacy ----------------------------------------------------------------------
    def touched(self) -> None:
        if self.tick.isActive():
            self.tick.stop()
            self.countdown.hide()
        self.idle.start()

    def on_idle(self) -> None:
        """No touch for the idle time: a countdown, unless the first screen is already shown."""
        if self.current_page() is self.welcome and not self.countdown.isVisible():
            self.welcome.refresh()            # the board's "closed" notice follows the clock
            self.idle.start()
            return
        self.remaining = self.countdown_s
        self._show_countdown()
        self.countdown.show()
        self.tick.start()

    def countdown_tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.reset()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self.countdown_text.setText(self.tr("Are you still there? In %1 s the kiosk starts over "
                                            "and everything you typed is wiped.")
                                    .replace("%1", str(self.remaining)))

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

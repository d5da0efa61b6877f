"""Nobody leaves the kiosk without a staff PIN: full screen over the whole screen (the window
is set to the screen's geometry first, so it covers the screen with or without a window
manager, and follows the screen if its size changes), and any close of its window (Alt+F4, the
window manager's close, a close event) is refused and asks for the PIN; the right PIN closes it.

``LockdownMixin`` is part of ``ui.kiosk.window.KioskWindow``: it uses the window's ``ctx``,
``pin`` page, ``closing``/``exit_allowed``/``full_screen`` flags, ``staff_unlocked`` signal,
``show_page`` and ``reset``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication

from kiosk.errors import InputError
from kiosk.staff import unlock_kiosk
from ui.i18n import LANG

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

__all__ = ["CloseGuard", "LockdownMixin"]


class CloseGuard(QObject):
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


class LockdownMixin:
    """The staff PIN, the refused close and the full screen of ``KioskWindow``."""

    def check_pin(self: "KioskWindow", pin: str) -> None:
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

    def ask_pin(self: "KioskWindow", *, closing: bool) -> None:
        self.closing = closing
        self.pin.set_purpose("close" if closing else "staff")
        self.show_page(self.pin)

    def guards_close(self: "KioskWindow") -> bool:
        """A close of the window is refused while the kiosk runs locked (full screen, as
        ``--kiosk`` starts it) and is what the window shows.  The kiosk opened in a window
        from the start screen (staff trying it) closes as any window."""
        return self.full_screen and not self.exit_allowed and self.isVisible()

    def enter_full_screen(self: "KioskWindow") -> None:
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

    def _screen_changed(self: "KioskWindow", rect: Any) -> None:
        if self.full_screen:
            self.window().setGeometry(rect)

    def leave_full_screen(self: "KioskWindow") -> None:
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

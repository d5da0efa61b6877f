"""The kiosk's idle countdown: no touch for the idle time shows "Are you still there?" with a
countdown, and at its end the kiosk starts over with everything typed wiped (privacy: the next
person does not see it).

``IdleMixin`` is part of ``ui.kiosk.window.KioskWindow``: it uses the window's ``idle`` and
``tick`` timers, ``countdown`` frame and ``countdown_text``, ``remaining``/``countdown_s``,
``welcome`` page, ``current_page`` and ``reset``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

if TYPE_CHECKING:
    from ui.kiosk.window import KioskWindow

__all__ = ["ACTIVITY", "Activity", "IdleMixin"]

ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
            QEvent.Type.Wheel}


class Activity(QObject):
    """On the application while the kiosk is shown: any touch, click, key or wheel restarts
    the idle time."""

    def __init__(self, window: "KioskWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY:
            self.window.touched()
        return False


class IdleMixin:
    """The idle time and its countdown of ``KioskWindow``."""

    def touched(self: "KioskWindow") -> None:
        if self.tick.isActive():
            self.tick.stop()
            self.countdown.hide()
        self.idle.start()

    def on_idle(self: "KioskWindow") -> None:
        """No touch for the idle time: a countdown, unless the first screen is already shown."""
        if self.current_page() is self.welcome and not self.countdown.isVisible():
            self.welcome.refresh()            # the board's "closed" notice follows the clock
            self.idle.start()
            return
        self.remaining = self.countdown_s
        self._show_countdown()
        self.countdown.show()
        self.tick.start()

    def countdown_tick(self: "KioskWindow") -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.reset()
        else:
            self._show_countdown()

    def _show_countdown(self: "KioskWindow") -> None:
        # the context is the window's class: what Qt looks up at run time (not this mixin's)
        self.countdown_text.setText(QCoreApplication.translate(
            "KioskWindow", "Are you still there? In %1 s the kiosk starts over "
            "and everything you typed is wiped.").replace("%1", str(self.remaining)))

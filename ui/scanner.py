"""Barcode scanners and the digit row, whatever the keyboard layout.

``ScanCatcher`` watches the key presses that reach one top-level window (the window's own
copy of each key, before Qt hands it to the focused field), so every scanned key is seen once.
Printable keys are held back for a moment: a burst of 6+ keys under ``MAX_GAP_S`` apart that
ends in Enter is a scan, decoded by physical key (``ui.keymap``) and handed to ``scanned``;
the focused field never sees it.  Anything else (a person typing) is replayed to the window
as it came, ``HOLD_MS`` later at most.

``numeric_keys(edit)`` makes a PIN, IIN or phone field take the digit row as digits under the
Kazakh layout ("қ" -> "0").
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.keymap import SCAN_ALPHABET, digit_text, key_char

__all__ = ["ScanCatcher", "LatinShortcuts", "numeric_keys", "copy_key_event"]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock)
_COMMAND_MODS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)


def copy_key_event(ev: QKeyEvent, *, key: int | None = None, text: str | None = None) -> QKeyEvent:
    return QKeyEvent(ev.type(), ev.key() if key is None else key, ev.modifiers(),
                     ev.nativeScanCode(), ev.nativeVirtualKey(), ev.nativeModifiers(),
                     ev.text() if text is None else text, ev.isAutoRepeat(), ev.count())


class ScanCatcher(QObject):
    """Tells a barcode scanner from a person at one window (see the module's docstring)."""

    scanned = Signal(str)
    MAX_GAP_S = 0.05
    MIN_LEN = 6
    HOLD_MS = 60

    def __init__(self, parent: QObject, window: Callable[[], QWindow | None]) -> None:
        super().__init__(parent)
        self._window = window             # the window whose keys are watched (None: none now)
        self._held: list[tuple[QObject, QKeyEvent, float]] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.HOLD_MS)
        self._timer.timeout.connect(self.flush)

    # -- the filter ----------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not obj.isWindowType():
            return False        # the field's copy of a key the window already saw
        window = self._window()
        if window is None or obj is not window and obj != window:
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            if self._held:
                self._held.append((obj, copy_key_event(event), time.monotonic()))
                return True
            return False
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False        # a scanner's Shift around capitals: not part of the code
        if event.isAutoRepeat() or event.modifiers() & _COMMAND_MODS:
            self.flush()
            return False
        now = time.monotonic()
        if key in _ENTER:
            code = self._scan_code(now)
            if code is not None:
                self._drop()
                self.scanned.emit(code)
                return True
            self.flush()
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable():
            presses = self._presses()
            if presses and now - presses[-1][2] > self.MAX_GAP_S:
                self.flush()
            self._held.append((obj, copy_key_event(event), now))
            self._timer.start()
            return True
        self.flush()
        return False

    def _presses(self) -> list[tuple[QObject, QKeyEvent, float]]:
        return [h for h in self._held if h[1].type() == QEvent.Type.KeyPress]

    def _scan_code(self, enter_at: float) -> str | None:
        """The decoded code when the held keys and this Enter are a scanner's burst."""
        presses = self._presses()
        if len(presses) < self.MIN_LEN:
            return None
        times = [t for _, _, t in presses] + [enter_at]
        if any(b - a > self.MAX_GAP_S for a, b in zip(times, times[1:])):
            return None
        platform = QGuiApplication.platformName()
        chars = [key_char(ev.text(), ev.nativeScanCode(), platform) for _, ev, _ in presses]
        if any(c is None or c not in SCAN_ALPHABET for c in chars):
            return None
        return "".join(c for c in chars if c)

    def _drop(self) -> None:
        self._timer.stop()
        self._held = []

    def flush(self) -> None:
        """A person's keys: deliver the held ones to their window, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for obj, ev, _ in held:
                QApplication.sendEvent(obj, ev)
        finally:
            self._replaying = False

    def feed(self, code: str) -> None:
        """What a scan does (a manual 'scan' entry)."""
        self.scanned.emit(code)


class _NumericKeys(QObject):
    """Digit-row keys typed under the Kazakh layout become the digits on those keys."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & _COMMAND_MODS:
            return False
        kind = obj.property("numericKeys")
        if kind == "secret" and not obj.text().isdigit() and obj.text():
            return False        # a password with letters: its letters stay letters
        digit = digit_text(event.text(), plus=kind == "phone")
        if digit is None:
            return False
        key = Qt.Key.Key_Plus if digit == "+" else Qt.Key(Qt.Key.Key_0.value + int(digit))
        QApplication.sendEvent(obj, QKeyEvent(
            QEvent.Type.KeyPress, key, event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier,
            event.nativeScanCode(), event.nativeVirtualKey(), event.nativeModifiers(), digit,
            event.isAutoRepeat(), event.count()))
        return True


_NUMERIC = _NumericKeys()


def numeric_keys(edit: QLineEdit, *, phone: bool = False, secret: bool = False) -> QLineEdit:
    """An IIN (or, with ``phone``, a phone) field: the Kazakh layout's digit row types digits.
    ``secret``: a PIN-or-password field, where that holds while what is typed is all digits
    (a PIN), so a password's Kazakh letters after a letter stay letters."""
    edit.setProperty("numericKeys", "phone" if phone else "secret" if secret else "digits")
    edit.installEventFilter(_NUMERIC)
    return edit


class LatinShortcuts(QObject):
    """Ctrl+P under a Kazakh or Russian layout with no Latin layout loaded: Qt finds no Latin
    key to match the shortcut, so the press arrives at the window unmatched.  The physical
    key's Latin letter (native scan code) gives the shortcut the desk meant; the matching
    visible button or shortcut of that window is triggered."""

    def __init__(self, parent: QObject, window: Callable[[], QWindow | None],
                 root: Callable[[], QObject | None]) -> None:
        super().__init__(parent)
        self._window = window
        self._root = root

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not obj.isWindowType():
            return False
        window = self._window()
        if window is None or (obj is not window and obj != window):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers() & _COMMAND_MODS
        if not mods:
            return False
        latin = key_char("", event.nativeScanCode(), QGuiApplication.platformName())
        if latin is None or latin == "-" or event.key() == ord(latin):
            return False            # the layout types the key's own letter: Qt matched it
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QAbstractButton
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        wanted = QKeySequence(QKeyCombination(Qt.KeyboardModifier(mods | shift), Qt.Key(ord(latin))))
        root = self._root()
        if root is None:
            return False
        for button in root.findChildren(QAbstractButton):
            if button.shortcut() == wanted and button.isVisible() and button.isEnabled():
                button.animateClick()
                return True
        for shortcut in root.findChildren(QShortcut):
            parent = shortcut.parent()
            if (shortcut.key() == wanted and shortcut.isEnabled()
                    and getattr(parent, "isVisible", lambda: True)()):
                shortcut.activated.emit()
                return True
        return False

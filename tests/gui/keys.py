"""Real key events on a top-level window, as a keyboard or a keyboard-wedge scanner sends them
under the Latin (us), Kazakh (kz) and Russian (ru) layouts.

Each key press goes to the window's QWindow (the path a key takes from the windowing system:
the window first, then Qt hands it to the focused field), with the text the layout types and,
when ``native`` is set, the physical key's X11 keycode as ``nativeScanCode``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.keymap import XKB_KEYCODES

KEYCODE = {c: k for k, c in XKB_KEYCODES.items() if k < 79}   # the main block, not the keypad
RETURN_KEYCODE = 36

_KZ_DIGITS = dict(zip("1234567890-", ['"', "ә", "і", "ң", "ғ", ",", ".", "ү", "ұ", "қ", "ө"]))
_CYRILLIC = dict(zip("QWERTYUIOPASDFGHJKLZXCVBNM", "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"))


def layout_text(char: str, layout: str) -> str:
    """What one key of the scan alphabet types under a layout (capitals with Shift)."""
    if char.isalpha():
        return char if layout == "us" else _CYRILLIC[char]
    if layout == "kz":
        return _KZ_DIGITS[char]
    return char


def qt_key(text: str) -> int:
    if text == "-":
        return Qt.Key.Key_Minus.value
    return ord(text.upper())


def press(window: QWidget, text: str, *, key: int | None = None, scan_code: int = 0,
          shift: bool = False) -> None:
    """One key pressed and released on the window."""
    handle = window.window().windowHandle()
    assert handle is not None, "the window is not shown"
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    k = qt_key(text) if key is None else key
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(handle, QKeyEvent(kind, k, mods, scan_code, 0, 0, text))


def type_code(window: QWidget, code: str, layout: str = "us", *, native: bool = True,
              enter: bool = True) -> str:
    """A scanner's burst: every key of ``code`` as the layout types it, then Enter.  Returns
    the text the layout produced (what a field would have shown)."""
    shown = []
    for char in code:
        text = layout_text(char, layout)
        shown.append(text)
        press(window, text, scan_code=KEYCODE[char] if native else 0, shift=char.isalpha())
    if enter:
        press(window, "\r", key=Qt.Key.Key_Return.value, scan_code=RETURN_KEYCODE if native else 0)
    return "".join(shown)

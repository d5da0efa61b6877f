"""Which physical key was pressed, whatever the keyboard layout (no Qt here).

A keyboard-wedge barcode scanner sends *physical keys*: the key that types "0" on a US
keyboard.  Under the Kazakh layout that key types "қ" (the digit row is "  ә і ң ғ , . ү ұ қ
ө һ" with no digits on the base level) and under the Russian one the letter keys type Cyrillic,
so a receipt number ``ALM01-01-261202-0061`` arrives as ``ФДЬқ"ө…`` or ``ФДЬ01-01-…``.

``key_char`` tells the physical key's Latin character (for the scan alphabet ``A-Z 0-9 -``)
from the native scan code when the platform gives one, and otherwise from the text the layout
produced.  ``digit_text`` turns digit-row text typed under the Kazakh layout into digits for
numeric fields (PIN, IIN, phone).
"""

from __future__ import annotations

__all__ = ["SCAN_ALPHABET", "key_char", "from_scan_code", "from_text", "decode_text",
           "digit_text", "XKB_KEYCODES", "WINDOWS_SCAN_CODES"]

SCAN_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _row(first: int, chars: str) -> dict[int, str]:
    return {first + i: c for i, c in enumerate(chars)}


# X11 / Wayland (xkb keycode = evdev code + 8): what Qt reports as nativeScanCode on xcb,
# wayland, eglfs and linuxfb.
XKB_KEYCODES: dict[int, str] = {
    **_row(10, "1234567890-"), **_row(24, "QWERTYUIOP"), **_row(38, "ASDFGHJKL"),
    **_row(52, "ZXCVBNM"),
    # the numeric keypad (some scanners are set to send it)
    90: "0", 87: "1", 88: "2", 89: "3", 83: "4", 84: "5", 85: "6", 79: "7", 80: "8", 81: "9",
    82: "-",
}

# Windows (PS/2 set 1 scan codes): what Qt reports as nativeScanCode on the windows platform.
WINDOWS_SCAN_CODES: dict[int, str] = {
    **_row(0x02, "1234567890-"), **_row(0x10, "QWERTYUIOP"), **_row(0x1E, "ASDFGHJKL"),
    **_row(0x2C, "ZXCVBNM"),
    0x52: "0", 0x4F: "1", 0x50: "2", 0x51: "3", 0x4B: "4", 0x4C: "5", 0x4D: "6", 0x47: "7",
    0x48: "8", 0x49: "9", 0x4A: "-",
}

# The Kazakh layout (RST KazSSR 903-90; the same keys on Windows' "Kazakh" and xkb's "kz"):
# the digit row's base level, and the shifted level some scanners send with Caps Lock.
_KAZAKH_DIGIT_ROW = {'"': "1", "!": "1", "ә": "2", "і": "3", "ң": "4", "ғ": "5", ",": "6",
                     ";": "6", ".": "7", ":": "7", "ү": "8", "ұ": "9", "қ": "0", "ө": "-"}

# The Russian ЙЦУКЕН letters (the Kazakh layout shares them) on the Latin QWERTY keys.
_CYRILLIC_KEYS = dict(zip("йцукенгшщзфывапролдячсмить", "QWERTYUIOPASDFGHJKLZXCVBNM"))


def from_scan_code(code: int, platform: str) -> str | None:
    """The physical key's Latin character from Qt's nativeScanCode, or None."""
    if not code:
        return None
    table = WINDOWS_SCAN_CODES if platform == "windows" else XKB_KEYCODES
    return table.get(code)


def from_text(text: str) -> str | None:
    """The physical key's Latin character from the text a Latin, Kazakh or Russian layout typed
    (None for text that is not a key of the scan alphabet under any of them)."""
    if len(text) != 1:
        return None
    up = text.upper()
    if up in SCAN_ALPHABET:
        return up
    low = text.lower()
    return _KAZAKH_DIGIT_ROW.get(low) or _CYRILLIC_KEYS.get(low)


def key_char(text: str, scan_code: int = 0, platform: str = "xcb") -> str | None:
    """The scan-alphabet character of one key press: the native scan code when the platform
    reports one we know, else the layout's text mapped back to its key."""
    return from_scan_code(scan_code, platform) or from_text(text)


def decode_text(text: str) -> str:
    """A whole code typed under any of the three layouts, back in the scan alphabet (characters
    outside it are kept, upper-cased)."""
    return "".join(from_text(c) or c.upper() for c in text)


_DIGITS_KZ = {k: v for k, v in _KAZAKH_DIGIT_ROW.items() if v.isdigit()}


def digit_text(text: str, *, plus: bool = False) -> str | None:
    """For a numeric field: the digit a digit-row key means under the Kazakh layout ("қ" -> "0"),
    or None when the text is not one of those keys.  ``plus``: a phone field, where "Һ" (the
    Kazakh layout's Shift+= key) is the "+" of +7."""
    if len(text) != 1:
        return None
    if plus and text in ("Һ", "һ"):
        return "+"
    return _DIGITS_KZ.get(text.lower())

"""The fonts printed documents use: DejaVu Sans (regular, bold), shipped in resources/fonts,
so every Kazakh letter (ә ғ қ ң ө ұ ү һ і) prints the same on every machine."""

from __future__ import annotations

import threading
from typing import Any
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["FONT", "FONT_BOLD", "FONTS_DIR", "COMMON_GLYPHS", "register_fonts",
           "reserve_common_glyphs"]

FONT = "Qabyldau"
FONT_BOLD = "Qabyldau-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# The letters of almost every document: ASCII, Russian and Kazakh Cyrillic, the marks and
# punctuation of the forms.  A long document (a register) reserves them first, so it can encode
# its many short texts by table instead of through reportlab's per-call path.
COMMON_GLYPHS = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
    + "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    + "«»№—–·•…‘’“”☑☐✓×°"
)

_lock = threading.Lock()
_done = False


def register_fonts() -> tuple[str, str]:
    """Register "Qabyldau" and "Qabyldau-Bold" with reportlab once; later calls cost a flag
    check. Returns (regular, bold) font names. Raises FileNotFoundError if a font is missing."""
    global _done
    if _done:
        return FONT, FONT_BOLD
    with _lock:
        if not _done:
            registered = set(pdfmetrics.getRegisteredFontNames())
            for name, file in _FILES.items():
                if name in registered:
                    continue
                path = FONTS_DIR / file
                if not path.is_file():
                    raise FileNotFoundError(f"font file missing: {path}")
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
            # so <b> in platypus paragraphs picks the bold face
            addMapping(FONT, 0, 0, FONT)
            addMapping(FONT, 1, 0, FONT_BOLD)
            addMapping(FONT, 0, 1, FONT)
            addMapping(FONT, 1, 1, FONT_BOLD)
            _done = True
    return FONT, FONT_BOLD


def reserve_common_glyphs(canvas: object) -> None:
    """Give a new canvas's fonts the common glyphs first, in a fixed order, so their codes in
    the embedded subset are known before anything is drawn."""
    register_fonts()
    doc = canvas._doc  # type: ignore[attr-defined]
    for name in (FONT, FONT_BOLD):
        font: Any = pdfmetrics.getFont(name)  # the stubs lack splitString
        font.splitString(COMMON_GLYPHS, doc)

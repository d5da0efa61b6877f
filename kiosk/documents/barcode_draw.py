"""Code 128 barcodes drawn as vector bars on a reportlab canvas (no raster images): sharp at
any printer resolution and cheap to draw. python-barcode computes the modules."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import barcode
from barcode.errors import BarcodeError
from reportlab.platypus import Flowable

__all__ = ["QUIET_ZONE", "code128_modules", "draw_code128", "Code128Flowable"]

QUIET_ZONE = 10  # modules of white space each side


@lru_cache(maxsize=256)
def code128_modules(text: str) -> str:
    """The Code 128 symbol for exactly `text` as '1' (bar) / '0' (space) modules, start to
    stop pattern, without quiet zones. Raises ValueError for an empty text or a character
    Code 128 cannot carry."""
    if not text:
        raise ValueError("empty barcode text")
    try:
        # a fresh object every time: python-barcode's Code128 keeps charset state while building
        symbol = barcode.get_barcode_class("code128")(text)
        modules = "".join(symbol.build())
    except BarcodeError as exc:
        raise ValueError(f"cannot encode {text!r} as Code 128: {exc}") from None
    return modules


def _runs(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each bar, adjacent '1' modules merged into one bar."""
    runs = []
    i, n = 0, len(modules)
    while i < n:
        if modules[i] == "1":
            j = i
            while j < n and modules[j] == "1":
                j += 1
            runs.append((i, j - i))
            i = j
        else:
            i += 1
    return runs


def total_modules(text: str) -> int:
    """Modules across the whole barcode, quiet zones included."""
    return len(code128_modules(text)) + 2 * QUIET_ZONE


def draw_code128(canvas: Any, text: str, x: float, y: float, width: float,
                 height: float) -> float:
    """Draw a Code 128 barcode of exactly `text` with its lower-left corner at (x, y), filling
    `width` (quiet zones of QUIET_ZONE modules each side included) and `height` points.
    Returns the module width used."""
    modules = code128_modules(text)
    module = width / (len(modules) + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for start, length in _runs(modules):
        path.rect(left + start * module, y, length * module, height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return module


class Code128Flowable(Flowable):
    """The same barcode as a platypus flowable (width and height in points)."""

    def __init__(self, text: str, width: float, height: float) -> None:
        super().__init__()
        code128_modules(text)  # fail early on a bad text
        self.text = text
        self.width = width
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        draw_code128(self.canv, self.text, 0, 0, self.width, self.height)

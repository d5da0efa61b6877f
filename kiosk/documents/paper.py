"""Paper formats of printed receipts: page size, margins and type sizes for A4 and the
80 mm roll (and a denser A4 tried before a receipt flows onto a second page)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from kiosk.documents.layout import MM
from kiosk.documents.model import FORMATS

__all__ = ["Fmt", "PAPER", "COMPACT", "ROLL_MAX"]


@dataclass(frozen=True)
class Fmt:
    name: str
    page_w: float
    page_h: float | None          # None: a roll, as long as its content
    margin_x: float
    margin_top: float
    margin_bottom: float
    body: float                   # Kazakh text
    ru: float                     # Russian text under it
    small: float                  # labels, statuses, notes
    tiny: float                   # catalogue version, page footer, signature captions
    title: float
    mark: float
    columns: bool                 # A4: labels beside values, a documents table
    label_w: float
    label_gray: float
    module: float                 # preferred barcode module width
    bar_h: float
    leading: float = 1.25

    @property
    def width(self) -> float:
        return self.page_w - 2 * self.margin_x


PAPER = {
    "a4": Fmt("a4", A4[0], A4[1], 15 * MM, 8 * MM, 15 * MM,
               body=10, ru=9, small=8, tiny=7, title=12.5, mark=11, columns=True,
               label_w=38 * MM, label_gray=0.3, module=0.3 * MM, bar_h=11 * MM,
               leading=1.2),
    "80mm": Fmt("80mm", 80 * MM, None, 4 * MM, 4 * MM, 8 * MM,
                 body=8.5, ru=8, small=7.5, tiny=6.5, title=10.5, mark=9, columns=False,
                 label_w=0, label_gray=0.0, module=0.3 * MM, bar_h=13 * MM),
}
# When a receipt does not fit one A4 page at the regular sizes, the same layout a little
# denser is tried before flowing onto a second page.
COMPACT = {
    "a4": Fmt("a4", A4[0], A4[1], 15 * MM, 8 * MM, 15 * MM,
               body=9.5, ru=8.5, small=7.5, tiny=6.5, title=12, mark=10.5, columns=True,
               label_w=36 * MM, label_gray=0.3, module=0.3 * MM, bar_h=10 * MM,
               leading=1.15),
}
# A roll receipt longer than ROLL_MAX is set denser (issue 14: a typical S1 receipt at most
# 350 mm of paper, a refusal at most 400 mm).
COMPACT["80mm"] = Fmt("80mm", 80 * MM, None, 3 * MM, 3 * MM, 6 * MM,
                      body=8, ru=7.5, small=7, tiny=6, title=10, mark=8.5, columns=False,
                      label_w=0, label_gray=0.0, module=0.28 * MM, bar_h=11 * MM,
                      leading=1.18)
ROLL_MAX = 350 * MM
assert set(PAPER) == set(FORMATS)

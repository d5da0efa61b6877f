"""A small page layout for printed documents, drawn straight onto a reportlab canvas:
measured blocks (wrapped text, rules, rows, boxes, barcodes) stacked top-down and split over
pages.  No platypus and no images: fast, and the same input gives the same bytes."""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence, cast

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.documents.barcode_draw import draw_code128
from kiosk.documents.fonts import FONT

__all__ = ["MM", "MAX_PAGE", "Seg", "Line", "text_width", "wrap", "wrap_words", "Pen", "Block", "TextBlock",
           "Space", "Rule", "Stack", "Row", "Box", "BarcodeBlock", "paginate", "binary_streams",
           "PaperCanvas", "set_training_mark", "TRAINING_MARK"]

MM = 72.0 / 25.4
MAX_PAGE = 14400.0          # the longest page side PDF readers must accept (200 inches)

# --------------------------------------------------------------------------------------------
# Measuring and wrapping text

Seg = tuple[str, str, float, float]           # text, font, size, gray (0 black .. 1 white)
Frag = tuple[float, str, str, float, float]   # x, text, font, size, gray
Line = tuple[float, float, tuple[Frag, ...]]  # height, baseline below the line's top, fragments

_widths: dict[tuple[str, str], float] = {}
_SPACES = re.compile(r"[ \t\r\n]+")   # not NBSP: "20.11.2026\u00a010:15" stays on one line
NBSP = "\u00a0"


def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered per word and font (a receipt measures the same words often)."""
    key = (text, font)
    w = _widths.get(key)
    if w is None:
        if len(_widths) > 100_000:
            _widths.clear()
        w = _widths[key] = stringWidth(text, font, 1000.0)
    return w * size / 1000.0


def break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than a line into pieces that fit."""
    pieces, cur = [], ""
    for ch in word:
        if cur and text_width(cur + ch, font, size) > width:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


_wrapped: dict[tuple[Any, ...], tuple[Line, ...]] = {}


def wrap(segs: Sequence[Seg], width: float, *, align: str = "left", indent: float = 0.0,
          lf: float = 1.25) -> list[Line]:
    """Greedy word wrap of styled segments into lines at most `width` wide; lines after the
    first are indented by `indent`. Segment boundaries are word boundaries. Remembered:
    labels, document names and service names come back on every receipt."""
    key = (tuple(segs), width, align, indent, lf)
    hit = _wrapped.get(key)
    if hit is None:
        if len(_wrapped) > 20_000:
            _wrapped.clear()
        hit = _wrapped[key] = tuple(_wrap_new(segs, width, align, indent, lf))
    return list(hit)


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Plain text broken into lines of at most ``width`` (a word longer than that stands
    alone); each newline starts a paragraph.  For the simple papers drawn line by line."""
    out: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            cand = f"{line} {word}" if line else word
            if text_width(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def _wrap_new(segs: Sequence[Seg], width: float, align: str, indent: float,
              lf: float) -> list[Line]:
    tokens: list[tuple[str, str, float, float, float]] = []
    for text, font, size, gray in segs:
        for word in _SPACES.split(text):
            if not word:
                continue
            w = text_width(word, font, size)
            if w > width - indent:
                for piece in break_word(word, font, size, width - indent):
                    tokens.append((piece, font, size, gray, text_width(piece, font, size)))
            else:
                tokens.append((word, font, size, gray, w))
    if not tokens:
        return []
    rows: list[list[tuple[str, str, float, float, float]]] = [[]]
    x = 0.0
    for tok in tokens:
        row = rows[-1]
        if row:
            prev = row[-1]
            need = x + text_width(" ", prev[1], prev[2]) + tok[4]
            if need > width - (indent if len(rows) > 1 else 0.0) + 0.01:
                rows.append([tok])
                x = tok[4]
                continue
            x = need
        else:
            x = tok[4]
        row.append(tok)
    lines: list[Line] = []
    for n, row in enumerate(rows):
        frags: list[list[Any]] = []
        for word, font, size, gray, w in row:
            if frags and frags[-1][1] == font and frags[-1][2] == size and frags[-1][3] == gray:
                frag = frags[-1]
                frag[0] += " " + word
                frag[4] += text_width(" ", font, size) + w
            else:
                if frags:  # the space between two styles goes with the fragment before it
                    before = frags[-1]
                    before[0] += " "
                    before[4] += text_width(" ", before[1], before[2])
                frags.append([word, font, size, gray, w])
        line_w = sum(f[4] for f in frags)
        start = indent if n else 0.0
        if align == "center":
            start = (width - line_w) / 2
        elif align == "right":
            start = width - line_w
        top_size = max(f[2] for f in frags)
        h = top_size * lf
        base = (h - top_size) / 2 + 0.8 * top_size
        out: list[Frag] = []
        for text, font, size, gray, w in frags:
            out.append((start, text, font, size, gray))
            start += w
        lines.append((h, base, tuple(out)))
    return lines


# --------------------------------------------------------------------------------------------
# Blocks: measured pieces of a page, drawn top-down from (x, top)

class Pen:
    """Draws a page: all its text goes into one PDF text object (font and colour set only when
    they change), lines and bars straight onto the canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.t: Any = None
        self.font: tuple[str, float] | None = None
        self.gray: float | None = None

    def begin_page(self) -> None:
        self.t = self.c.beginText()
        self.font = None
        self.gray = None

    def end_page(self) -> None:
        self.c.drawText(self.t)
        self.t = None

    def text(self, x: float, y: float, text: str, font: str, size: float, gray: float) -> None:
        t = self.t
        t.setTextOrigin(x, y)
        if self.font != (font, size):
            t.setFont(font, size)
            self.font = (font, size)
        if self.gray != gray:
            t.setFillGray(gray)
            self.gray = gray
        t.textOut(text)

    def hline(self, x0: float, x1: float, y: float, thickness: float, gray: float) -> None:
        c = self.c
        c.setStrokeGray(gray)
        c.setLineWidth(thickness)
        c.line(x0, y, x1, y)


class Block:
    height: float = 0.0
    splittable = False
    cont_header: "Block | None" = None   # drawn again at the top of a continuation page

    def draw(self, pen: Pen, x: float, top: float) -> None:
        raise NotImplementedError

    def split(self, avail: float) -> tuple["Block | None", "Block"]:
        return None, self


class TextBlock(Block):
    """Wrapped lines. A long one (four lines or more) may break across pages, leaving at
    least two lines on each side; a `keep` one never breaks."""

    def __init__(self, lines: list[Line], pad_top: float = 0.0, pad_bottom: float = 0.0,
                 keep: bool = False) -> None:
        self.lines = lines
        self.pad_top = pad_top
        self.pad_bottom = pad_bottom
        self.height = pad_top + pad_bottom + sum(ln[0] for ln in lines)
        self.splittable = not keep and len(lines) >= 4

    def draw(self, pen: Pen, x: float, top: float) -> None:
        y = top - self.pad_top
        for h, base, frags in self.lines:
            for fx, text, font, size, gray in frags:
                pen.text(x + fx, y - base, text, font, size, gray)
            y -= h

    def split(self, avail: float) -> tuple["Block | None", "Block"]:
        used, n = self.pad_top, 0
        for h, _, _ in self.lines:
            if used + h > avail:
                break
            used += h
            n += 1
        n = min(n, len(self.lines) - 2)
        if n < 2:
            return None, self
        return TextBlock(self.lines[:n], self.pad_top), TextBlock(self.lines[n:], 0, self.pad_bottom)


class Space(Block):
    def __init__(self, height: float) -> None:
        self.height = height

    def draw(self, pen: Pen, x: float, top: float) -> None:
        pass


class Rule(Block):
    def __init__(self, width: float, thickness: float = 0.5, gray: float = 0.0,
                 before: float = 0.0, after: float = 0.0) -> None:
        self.width, self.thickness, self.gray = width, thickness, gray
        self.before, self.after = before, after
        self.height = before + thickness + after

    def draw(self, pen: Pen, x: float, top: float) -> None:
        y = top - self.before - self.thickness / 2
        pen.hline(x, x + self.width, y, self.thickness, self.gray)


class Stack(Block):
    """Blocks one under another, kept together on one page."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self.blocks = list(blocks)
        self.height = sum(b.height for b in self.blocks)

    def draw(self, pen: Pen, x: float, top: float) -> None:
        for b in self.blocks:
            b.draw(pen, x, top)
            top -= b.height


class Row(Block):
    """Cells side by side ((x offset, block) each), as tall as the tallest, with padding above
    and below and an optional thin rule under it."""

    def __init__(self, cells: Sequence[tuple[float, Block]], width: float, *,
                 pad: float = 0.0, rule: float = 0.0, rule_gray: float = 0.6) -> None:
        self.cells = list(cells)
        self.width, self.pad, self.rule, self.rule_gray = width, pad, rule, rule_gray
        self.height = max((b.height for _, b in self.cells), default=0.0) + 2 * pad + rule

    def draw(self, pen: Pen, x: float, top: float) -> None:
        for off, block in self.cells:
            block.draw(pen, x + off, top - self.pad)
        if self.rule:
            y = top - self.height + self.rule / 2
            pen.hline(x, x + self.width, y, self.rule, self.rule_gray)


class Box(Block):
    """A thin frame around blocks (the refusal's list of missing documents)."""

    def __init__(self, blocks: Sequence[Block], width: float, pad: float,
                 thickness: float = 0.8) -> None:
        self.inner = Stack(blocks)
        self.width, self.pad, self.thickness = width, pad, thickness
        self.height = self.inner.height + 2 * pad

    def draw(self, pen: Pen, x: float, top: float) -> None:
        c, t = pen.c, self.thickness
        c.setStrokeGray(0)
        c.setLineWidth(t)
        c.rect(x + t / 2, top - self.height + t / 2, self.width - t, self.height - t,
               stroke=1, fill=0)
        self.inner.draw(pen, x + self.pad, top - self.pad)


class BarcodeBlock(Block):
    """A Code 128 barcode of the receipt number with the number printed under it."""

    def __init__(self, number: str, width: float, bar_w: float, bar_h: float,
                 caption_size: float, align: str = "center") -> None:
        self.number, self.bar_w, self.bar_h = number, bar_w, bar_h
        self.caption = TextBlock(wrap([(number, FONT, caption_size, 0.0)], bar_w, align="center"))
        self.gap = 1.0 * MM
        self.height = bar_h + self.gap + self.caption.height
        self.x_off = {"center": (width - bar_w) / 2, "right": width - bar_w}.get(align, 0.0)

    def draw(self, pen: Pen, x: float, top: float) -> None:
        left = x + self.x_off
        draw_code128(pen.c, self.number, left, top - self.bar_h, self.bar_w, self.bar_h)
        self.caption.draw(pen, left, top - self.bar_h - self.gap)


def paginate(blocks: list[Block], avail: float) -> list[list[Block]]:
    pages: list[list[Block]] = [[]]
    left = avail
    queue = list(reversed(blocks))
    while queue:
        b = queue.pop()
        if b.height <= left + 0.01:
            pages[-1].append(b)
            left -= b.height
            continue
        head, tail = b.split(left) if b.splittable else (None, b)
        if head is not None:
            pages[-1].append(head)
            queue.append(tail)
            left = 0.0
            continue
        if not pages[-1] or (len(pages[-1]) == 1 and pages[-1][0] is b.cont_header):
            pages[-1].append(b)          # taller than a whole page: let it run over
            left -= b.height
            continue
        pages.append([])
        left = avail
        if b.cont_header is not None:
            pages[-1].append(b.cont_header)
            left -= b.cont_header.height
        queue.append(b)
    return pages


_a85_lock = threading.Lock()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Page streams Flate-compressed without the ASCII85 layer reportlab adds by default
    (pure-Python ASCII85 costs more than all the drawing); the setting is read at save."""
    with _a85_lock:
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = old


# --------------------------------------------------------------------------------------------
# The training office's mark on every page

TRAINING_MARK = "ОҚУ / УЧЕБНЫЙ"
_training = {"on": False}


def set_training_mark(on: bool) -> None:
    """Every paper this process renders from now on carries the training mark (set when a
    training store is opened, cleared when an office store is: kiosk.context)."""
    _training["on"] = bool(on)


class PaperCanvas(Canvas):
    """The canvas every paper is drawn on (receipts, refusals, tickets, slips, registers).
    On a training office each page gets "ОҚУ / УЧЕБНЫЙ" across it and in its top margin,
    drawn under the page's content (light, so text and barcodes stay readable), so a training
    paper can never pass for a real one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.training_mark = _training["on"]

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        if self.training_mark:
            code: list[Any] = cast(Any, self)._code  # the page's stream (reportlab's own)
            start = len(code)
            self._draw_training_mark()
            mark = code[start:]
            del code[start:]
            code[0:0] = mark          # first in the page's stream: under the content
        super().showPage()

    def _draw_training_mark(self) -> None:
        w, h = cast(Any, self)._pagesize
        self.saveState()
        self.setFillGray(0.8)
        size = max(8.0, min(64.0, 0.8 * (w * w + h * h) ** 0.5
                            / max(1.0, text_width(TRAINING_MARK, FONT, 1.0))))
        size = min(size, 0.9 * w / max(1.0, text_width(TRAINING_MARK, FONT, 1.0)) * 1.4)
        self.translate(w / 2, h / 2)
        self.rotate(90 if h > 3 * w else 35)
        self.setFont(FONT, size)
        self.drawCentredString(0, -size / 3, TRAINING_MARK)
        self.restoreState()
        self.saveState()
        self.setFillGray(0.35)
        top = min(9.0, 0.8 * w / max(1.0, text_width(TRAINING_MARK, FONT, 1.0)))
        self.setFont(FONT, top)
        self.drawCentredString(w / 2, h - top - 2, TRAINING_MARK)
        self.restoreState()

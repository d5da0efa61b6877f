"""Measured, bilingual layout blocks for one paper format: segments, wrapped lines,
paragraphs, Kazakh-over-Russian text and labelled fields (beside their labels on A4, under
them on the 80 mm roll).  A document's builder extends :class:`BlockBuilder` with its
sections; kiosk.documents.layout measures and draws the blocks."""

from __future__ import annotations

from typing import Any, Sequence

from kiosk.documents.fonts import FONT, FONT_BOLD
from kiosk.documents.layout import MM, Block, Line, Row, Seg, TextBlock, text_width, wrap
from kiosk.documents.model import Bilingual
from kiosk.documents.paper import Fmt

__all__ = ["BlockBuilder"]


class BlockBuilder:
    def __init__(self, f: Fmt) -> None:
        self.f = f
        self.w = f.width
        self.blocks: list[Block] = []

    def seg(self, text: str, size: float | None = None, bold: bool = False,
            gray: float = 0.0) -> Seg:
        return (text, FONT_BOLD if bold else FONT, size or self.f.body, gray)

    def lines(self, segs: Sequence[Seg] | str, width: float | None = None, *,
              size: float | None = None, bold: bool = False, align: str = "left",
              indent: float = 0.0, gray: float = 0.0) -> list[Line]:
        if isinstance(segs, str):
            segs = [self.seg(segs, size, bold, gray)]
        return wrap(segs, self.w if width is None else width, align=align, indent=indent,
                     lf=self.f.leading)

    def para(self, segs: Sequence[Seg] | str, width: float | None = None, *,
             before: float = 0.0, after: float = 0.0, **kw: Any) -> TextBlock:
        return TextBlock(self.lines(segs, width, **kw), before, after)

    def bi(self, b: Bilingual, width: float | None = None, *, bold: bool = False,
           size: float | None = None, ru_size: float | None = None,
           align: str = "left") -> list[Line]:
        """Kazakh, and Russian under it."""
        out = self.lines(b.kk, width, size=size or self.f.body, bold=bold, align=align)
        if b.ru and b.ru != b.kk:
            out += self.lines(b.ru, width, size=ru_size or size or self.f.ru, bold=bold,
                              align=align)
        return out

    def label(self, label: Bilingual, width: float | None = None) -> list[Line]:
        text = label.kk if label.kk == label.ru else f"{label.kk} / {label.ru}"
        return self.lines(text, width, size=self.f.small, gray=self.f.label_gray)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    @property
    def value_w(self) -> float:
        return self.w - self.f.label_w if self.f.columns else self.w

    def field(self, label: Bilingual, value: list[Line], pad: float | None = None) -> None:
        """A labelled value: the label beside it on A4, above it on a roll."""
        f = self.f
        if pad is None:
            pad = 0.7 * MM
        if f.columns:
            self.add(Row([(0, TextBlock(self.label(label, f.label_w - 3 * MM), 1.0)),
                           (f.label_w, TextBlock(value))], self.w, pad=pad))
        else:
            self.add(TextBlock(self.label(label) + value, pad, pad))

    def short_fields(self, pairs: Sequence[tuple[Bilingual, str]]) -> None:
        """Short values (IIN, phone): side by side on A4, "label: value" lines on a roll."""
        f = self.f
        pairs = [(lab, val) for lab, val in pairs if val]
        if not pairs:
            return
        if not f.columns:
            for lab, val in pairs:
                text = lab.kk if lab.kk == lab.ru else f"{lab.kk} / {lab.ru}"
                self.add(self.para([self.seg(f"{text}:", f.small), self.seg(val, f.body)],
                                   before=0.4 * MM, after=0.4 * MM))
            return
        if len(pairs) == 1:
            lab, val = pairs[0]
            self.field(lab, self.lines(val, self.value_w))
            return
        half = (self.value_w - 4 * MM) / 2
        second = f.label_w + half + 4 * MM
        (l1, v1), (l2, v2) = pairs[:2]
        l2_lines = self.label(l2)
        l2_w = max(fr[0] + text_width(fr[1], fr[2], fr[3]) for ln in l2_lines for fr in ln[2]) + 3 * MM
        self.add(Row([(0, TextBlock(self.label(l1, f.label_w - 3 * MM), 1.0)),
                       (f.label_w, self.para(v1, half)),
                       (second, TextBlock(l2_lines, 1.0)),
                       (second + l2_w, self.para(v2, self.w - second - l2_w))],
                      self.w, pad=0.7 * MM))
        if len(pairs) > 2:
            self.short_fields(pairs[2:])

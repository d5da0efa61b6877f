"""The fonts printed documents use: DejaVu Sans (regular, bold), shipped in resources/fonts,
so every Kazakh letter (ә ғ қ ң ө ұ ү һ і) prints the same on every machine."""

from __future__ import annotations

import threading
import zlib
from pathlib import Path
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont

__all__ = ["FONT", "FONT_BOLD", "FONTS_DIR", "register_fonts", "reserve_common_glyphs"]

FONT = "Qabyldau"
FONT_BOLD = "Qabyldau-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

# The letters of almost every receipt: ASCII, Russian and Kazakh Cyrillic, the marks and
# punctuation of the forms. Reserving them first in every document gives every document the
# same font subset, so the subset (the costly part of embedding a font) is built once per
# process and reused (see _cache_subsets).
COMMON_GLYPHS = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"
    + "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
    + "«»№—–·•…‘’“”☑☐✓×°"
)
_SUBSET_CACHE_SIZE = 64
_COMMON_CODES = frozenset(map(ord, COMMON_GLYPHS)) | {0xA0}   # reportlab prints NBSP as space
_SPLIT_CACHE_SIZE = 4096

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
                _cache_subsets(font)
                _cache_splits(font)
                pdfmetrics.registerFont(font)
            # so <b> in platypus paragraphs picks the bold face
            addMapping(FONT, 0, 0, FONT)
            addMapping(FONT, 1, 0, FONT_BOLD)
            addMapping(FONT, 0, 1, FONT)
            addMapping(FONT, 1, 1, FONT_BOLD)
            _done = True
    return FONT, FONT_BOLD


def _cache_splits(font: TTFont) -> None:
    """Remember how texts made only of COMMON_GLYPHS split into subset codes.  In a document
    that reserved the common glyphs first (reserve_common_glyphs), those codes are the same in
    every document, so the per-letter loop of reportlab's splitString (a third of a receipt's
    drawing time) runs once per text and process.  Any other text or document takes the
    ordinary path; the output is byte-for-byte the same."""
    split = font.splitString
    cache: dict[str, Any] = {}

    def split_string(text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        state = font.state.get(doc)
        if state is None:
            result = split(text, doc, encoding)
            if text is COMMON_GLYPHS:      # reserve_common_glyphs: the first text of this doc
                font.state[doc].qabyldau_common_first = True
            return result
        seeded = getattr(state, "qabyldau_common_first", False)
        if seeded:
            hit = cache.get(text)
            if hit is not None:
                return hit
        result = split(text, doc, encoding)
        if seeded and isinstance(text, str) and _COMMON_CODES.issuperset(map(ord, text)):
            if len(cache) >= _SPLIT_CACHE_SIZE:
                cache.clear()
            cache[text] = tuple(result)
        return result

    font.splitString = split_string  # type: ignore[method-assign]


def _cache_subsets(font: TTFont) -> None:
    """Remember the embedded subsets this font builds, raw and Flate-compressed, keyed by the
    exact glyph list: a reprint, or any document whose letters are all in COMMON_GLYPHS,
    reuses them instead of cutting and compressing the font again. (A copy of reportlab's
    TTFontFace.addSubsetObjects that takes the stream from the cache; same output.)"""
    face = font.face
    build = face.makeSubset
    cache: dict[tuple[int, ...], tuple[bytes, bytes]] = {}

    def packed(subset: list[int]) -> tuple[bytes, bytes]:
        key = tuple(subset)
        hit = cache.get(key)
        if hit is None:
            raw = build(subset)
            if len(cache) >= _SUBSET_CACHE_SIZE:
                cache.clear()
            hit = cache[key] = (raw, zlib.compress(raw))
        return hit

    def make_subset(subset: list[int]) -> bytes:
        return packed(subset)[0]

    def add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        raw, flate = packed(subset)
        stream = pdfdoc.PDFStream()
        if doc.compression:
            stream.content = flate
            stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        else:
            stream.content = raw
        stream.dictionary["Length1"] = len(raw)
        ref = doc.Reference(stream, f"fontFile:{face.filename}({fontname})")
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": flags,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.makeSubset = make_subset
    face.addSubsetObjects = add_subset_objects


def reserve_common_glyphs(canvas: object) -> None:
    """Give a new canvas the common subset of both fonts before anything is drawn, so its
    embedded fonts equal every other document's (and come from the cache)."""
    register_fonts()
    doc = canvas._doc  # type: ignore[attr-defined]
    for name in (FONT, FONT_BOLD):
        pdfmetrics.getFont(name).splitString(COMMON_GLYPHS, doc)

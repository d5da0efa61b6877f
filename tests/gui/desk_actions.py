"""Shared by the GUI tests of the package actions (S2's result, the dispatch desk, a held lock):
packages accepted on the fixed day, typing as a clerk does, a pretend CUPS, another station
holding the store's write lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sqlite3
from typing import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from kiosk import printers
from tests.fake_cups import FakeCups, Queue
from tests.gui.keys import type_code

DAY = dt.date(2026, 11, 20)          # the tests' fixed clock: Friday 20.11.2026 10:15


def at(hh_mm: str) -> dt.datetime:
    h, m = hh_mm.split(":")
    return dt.datetime.combine(DAY, dt.time(int(h), int(m)))


def type_text(qtbot, edit, text: str) -> None:
    """Type as a person would; QTest types ASCII only, so other letters are put in at once."""
    edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def click(qtbot, widget, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} is not clickable"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, modifier)


def click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     QPoint(rect.center()))


def open_package(desk, number: str):
    """A scan of the receipt's barcode: the desk opens the package."""
    type_code(desk, number)
    section = desk.current_section()
    assert section.key == "package" and section.package["number"] == number
    return section


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def cups(monkeypatch):
    fake = FakeCups(Receipts=Queue())
    monkeypatch.setattr(printers, "_run", fake)
    monkeypatch.setattr(printers, "cups_available", lambda: True)
    monkeypatch.setattr(printers.time, "sleep", lambda s: None)
    return fake


@contextlib.contextmanager
def another_station_writing(ctx, wait: float = 0.3) -> Iterator[None]:
    """Another station holds the store's write lock; this desk waits ``wait`` s for it."""
    ctx.store.set_lock_wait(wait)
    other = sqlite3.connect(ctx.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()

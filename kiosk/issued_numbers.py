"""The highest number ever issued in each counter's scope, as far as a data folder shows (the
store's counters and packages, the receipts on disk), and raising a store's counters to them,
so a restored store never issues a receipt number twice."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from pathlib import Path

from db.packages import raise_counter
from db.sqlite_files import issued_in_file
from db.store import Store

__all__ = ["issued_numbers", "raise_counters", "raise_scope"]

_RECEIPT = re.compile(r"^(?P<office>.+)-(?P<station>[^-]+)-(?P<d>\d{6})-(?P<seq>\d{1,9})$")


def _receipt_scope(number: str) -> tuple[str, int] | None:
    m = _RECEIPT.match(number)
    if not m:
        return None
    d = m.group("d")
    try:
        day = dt.date(2000 + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return None
    return f"receipt/{m.group('office')}/{m.group('station')}/{day.isoformat()}", int(m.group("seq"))


def raise_scope(top: dict[str, int], scope: str, value: int) -> None:
    if value > top.get(scope, 0):
        top[scope] = value


def issued_numbers(folder: Path, store_file: Path | None = None) -> dict[str, int]:
    """The highest number ever issued in each counter's scope, as far as this folder shows:
    the store's counters and packages (when it can be read) and the receipts on disk."""
    top: dict[str, int] = {}
    if store_file is not None and store_file.exists():
        with contextlib.suppress(sqlite3.Error):
            counters, numbers = issued_in_file(store_file)
            for scope, last in counters:
                raise_scope(top, scope, last)
            for number in numbers:
                found = _receipt_scope(number)
                if found:
                    raise_scope(top, *found)
    receipts = Path(folder) / "receipts"
    if receipts.is_dir():
        for pdf in receipts.glob("*/*.pdf"):
            found = _receipt_scope(pdf.stem)
            if found:
                raise_scope(top, *found)
    return top


def raise_counters(store: Store, top: dict[str, int]) -> int:
    """Inside a write: every counter at least as high as ``top``; how many were raised."""
    raised = 0
    for scope, last in sorted(top.items()):
        if raise_counter(store, scope, last):
            raised += 1
    return raised

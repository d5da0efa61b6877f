"""Printing a kiosk PDF (ticket, slip) on this station's printer, truthfully: the callback gets
``kiosk.printers.PrintResult`` (ok only when the printer took the job; CUPS: completed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from kiosk.printers import PrintResult
from ui.printing import print_file, station_printer

__all__ = ["print_pdf"]


def print_pdf(ctx: Any, path: Path, title: str, on_done: Callable[[PrintResult], None],
              paper: str = "80mm") -> None:
    """Print a ticket or a slip (80 mm roll unless ``paper`` says a4); the job's title is the
    ticket's number or the slip's service.  A job that did not print is withdrawn: the
    applicant was told to remember the number, and a ticket coming out later would reach the
    next person."""
    print_file(path, title, paper, station_printer(ctx), on_done, withdraw=True)

"""The one clock of the application.  ``QABYLDAU_NOW`` (ISO date-time) fixes it, for tests,
demonstrations and replaying a day; otherwise it is the machine's local time."""

from __future__ import annotations

import datetime as dt
import os

__all__ = ["now", "today"]


def now() -> dt.datetime:
    fixed = os.environ.get("QABYLDAU_NOW")
    if fixed:
        return dt.datetime.fromisoformat(fixed).replace(microsecond=0)
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()

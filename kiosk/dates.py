"""Dates as people in Kazakhstan read them: the store keeps ISO text ("2026-11-21",
"2026-11-21 10:15:00"); receipts and screens show "21.11.2026" and "21.11.2026 10:15"."""

from __future__ import annotations

import re

__all__ = ["shown_date"]

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?")


def shown_date(text: str | None, empty: str = "") -> str:
    """"2026-11-21 10:15:00" -> "21.11.2026 10:15", "2026-11-21" -> "21.11.2026"; nothing
    -> ``empty``; anything else as given."""
    if not text:
        return empty
    m = _ISO.fullmatch(text.strip())
    if not m:
        return text
    y, mo, d, hm = m.groups()
    return f"{d}.{mo}.{y}" + (f" {hm}" if hm else "")

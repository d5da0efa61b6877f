"""The office's own calendar days: extra working days and extra rest days that override the
national calendar."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["calendar_overrides", "set_override", "clear_override"]


def calendar_overrides(store: Store) -> list[dict[str, Any]]:
    """day (ISO), working (0/1), note; in date order."""
    return store.query("SELECT day, working, note FROM calendar_overrides ORDER BY day")


def set_override(store: Store, day: str, working: bool, note: str) -> None:
    """Inside a write transaction."""
    store.execute(
        "INSERT INTO calendar_overrides(day, working, note) VALUES (?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET working = excluded.working, note = excluded.note",
        (day, int(working), note))


def clear_override(store: Store, day: str) -> None:
    """Inside a write transaction: the day follows the national calendar again."""
    store.execute("DELETE FROM calendar_overrides WHERE day = ?", (day,))

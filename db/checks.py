"""What ``qabyldau check`` and ``audit verify`` ask the store beyond its own integrity check:
receipt numbers used twice, counters behind the packages they numbered, counts."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["duplicate_numbers", "counters_behind", "package_count", "last_event_id"]


def duplicate_numbers(store: Store) -> list[dict[str, Any]]:
    """number, n: receipt numbers carried by more than one package."""
    return store.query("SELECT number, COUNT(*) AS n FROM packages GROUP BY number "
                       "HAVING COUNT(*) > 1 ORDER BY number")


def counters_behind(store: Store) -> list[dict[str, Any]]:
    """scope, last, top: receipt counters whose last number is below a stored package's."""
    return store.query(
        "SELECT c.scope, c.last, MAX(p.seq) AS top FROM counters c JOIN packages p "
        "ON c.scope = 'receipt/' || p.office_code || '/' || p.station || '/' || p.day "
        "GROUP BY c.scope, c.last HAVING MAX(p.seq) > c.last ORDER BY c.scope")


def package_count(store: Store) -> int:
    row = store.query_one("SELECT COUNT(*) AS n FROM packages")
    return int(row["n"]) if row else 0


def last_event_id(store: Store) -> int:
    """The id of the last event of the trail (0 when there is none)."""
    row = store.query_one("SELECT MAX(id) AS id FROM events")
    return int(row["id"] or 0) if row else 0

"""What the statistics read: the packages of a period (the same rows as the daily register)
and, through db.tickets.served_tickets, the queue's called tickets."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["packages_between"]


def packages_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    return store.query(
        "SELECT id, service_id, catalogue_version, outcome, status, missing, employee, due_date "
        "FROM packages WHERE day BETWEEN ? AND ? ORDER BY id", (start, end))

"""The audit trail as a list: events, newest first, filtered by day, employee and kind, with
the receipt number of each event's package."""

from __future__ import annotations

import json
from typing import Any

from db.store import Store

__all__ = ["events_filtered"]


def events_filtered(store: Store, *, day: str | None = None, employee: str | None = None,
                    kind: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """Newest first; ``day`` is YYYY-MM-DD; ``data`` comes back decoded."""
    where: list[str] = []
    params: list[Any] = []
    if day:
        where.append("substr(e.at, 1, 10) = ?")
        params.append(day)
    if employee:
        where.append("e.employee = ?")
        params.append(employee)
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    sql = "SELECT e.id, e.at, e.kind, e.employee, p.number AS package, e.data, e.hash " \
          "FROM events e LEFT JOIN packages p ON p.id = e.package_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.id DESC LIMIT ?"
    params.append(limit)
    rows = store.query(sql, params)
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows

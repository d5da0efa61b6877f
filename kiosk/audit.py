"""The audit trail as the manager reads it: the events, filtered, and the chain check."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from db.events import ChainReport, append_event, verify_chain
from db.store import Store
from kiosk.staff import Employee, require

__all__ = ["trail", "verify", "record", "ChainReport"]


def trail(store: Store, viewer: Employee, *, day: str | None = None,
          employee: str | None = None, kind: str | None = None,
          limit: int = 500) -> list[dict[str, Any]]:
    """Newest first; ``day`` is YYYY-MM-DD."""
    require(viewer, "audit")
    where, params = [], []  # type: list[str], list[Any]
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


def verify(store: Store) -> ChainReport:
    """Anyone may check the chain (the command line does, without signing in)."""
    return verify_chain(store)


def record(store: Store, kind: str, employee: Employee, now: dt.datetime,
           data: dict[str, Any] | None = None) -> None:
    """One office event in its own transaction (e.g. a register printed)."""
    with store.write():
        append_event(store, kind, now.replace(microsecond=0).isoformat(sep=" "),
                     employee=employee.login, data=data)

"""A result the office draws up itself, recorded on its package (kiosk.preschool_result)."""

from __future__ import annotations

from db.store import Store

__all__ = ["record_result"]


def record_result(store: Store, package_id: int, kind: str, data: str, at: str,
                  employee: str) -> int:
    """Record the result and make the package ready to issue (inside a write); returns how
    many packages changed (0: it was no longer waiting)."""
    cur = store.execute(
        "UPDATE packages SET result_kind = ?, result_data = ?, result_recorded_at = ?, "
        "result_recorded_by = ?, status = 'result_ready', result_ready_at = ? "
        "WHERE id = ? AND status = 'accepted'",
        (kind, data, at, employee, at, package_id))
    return int(cur.rowcount or 0)

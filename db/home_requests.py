"""Requests for acceptance at home, left at the kiosk and handled at the desk:
new -> scheduled -> done or cancelled."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["insert_request", "requests_by_status", "requests_in_desk_order", "request_by_id",
           "set_scheduled", "set_done", "set_cancelled"]

# open ones first: new (oldest first), then scheduled (soonest visit first); then the closed
# ones, most recently closed first
_DESK_ORDER = ("CASE status WHEN 'new' THEN 0 WHEN 'scheduled' THEN 1 ELSE 2 END, "
               "CASE WHEN status = 'new' THEN created_at END, "
               "CASE WHEN status = 'scheduled' THEN scheduled_for || ' ' || "
               "COALESCE(scheduled_time, '') END, "
               "handled_at DESC NULLS LAST, id")


def insert_request(store: Store, *, created_at: str, name: str, phone: str, address: str,
                   service_id: str | None, note: str, consent_at: str | None = None) -> int:
    """A new request (inside a write transaction); returns its id."""
    return store.insert("home_requests", {
        "created_at": created_at, "name": name, "phone": phone, "address": address,
        "service_id": service_id, "note": note, "status": "new", "consent_at": consent_at})


def requests_by_status(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    """Every request (or those of one status) in the order they came."""
    if status:
        return store.query("SELECT * FROM home_requests WHERE status = ? ORDER BY id", (status,))
    return store.query("SELECT * FROM home_requests ORDER BY id")


def requests_in_desk_order(store: Store, *, open_only: bool = False) -> list[dict[str, Any]]:
    where = " WHERE status IN ('new', 'scheduled')" if open_only else ""
    return store.query(f"SELECT * FROM home_requests{where} ORDER BY {_DESK_ORDER}")


def request_by_id(store: Store, request_id: int) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM home_requests WHERE id = ?", (request_id,))


def set_scheduled(store: Store, request_id: int, *, day: str, time: str | None,
                  note: str | None, by: str, at: str) -> None:
    store.execute(
        "UPDATE home_requests SET status = 'scheduled', scheduled_for = ?, "
        "scheduled_time = ?, visit_note = ?, scheduled_by = ?, scheduled_at = ? WHERE id = ?",
        (day, time, note, by, at, request_id))


def set_done(store: Store, request_id: int, *, by: str, at: str,
             package_number: str | None) -> None:
    store.execute(
        "UPDATE home_requests SET status = 'done', handled_by = ?, handled_at = ?, "
        "package_number = ? WHERE id = ?", (by, at, package_number, request_id))


def set_cancelled(store: Store, request_id: int, *, by: str, at: str, reason: str) -> None:
    store.execute(
        "UPDATE home_requests SET status = 'cancelled', handled_by = ?, handled_at = ?, "
        "outcome = ? WHERE id = ?", (by, at, reason, request_id))

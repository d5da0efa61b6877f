"""The queries behind kiosk.deadlines (issue 15 points 7-8): packages whose courier-path steps
are watched, packages not back by their expected date, the handover to the dispatch desk.
(Packages past their due dates and a day's batches: db.packages, db.batches.)"""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["watched_packages", "not_back_packages", "mark_handed_over", "awaiting_handover"]


def not_back_packages(store: Store, day: str) -> list[dict[str, Any]]:
    """Courier packages without a result term whose expected return date has passed."""
    return store.query(
        "SELECT p.number, p.status, p.service_id, p.surname, p.name, p.patronymic, p.phone, "
        "p.expected_back_date, p.destination, b.number AS batch "
        "FROM packages p LEFT JOIN batches b ON b.id = p.batch_id "
        "WHERE p.outcome = 'accepted' AND p.due_date IS NULL "
        "AND p.expected_back_date IS NOT NULL AND p.expected_back_date < ? "
        "AND p.status IN ('accepted', 'dispatched') ORDER BY p.expected_back_date, p.number",
        (day,))


def watched_packages(store: Store, since: str) -> list[dict[str, Any]]:
    """Courier packages (accepted on ``since`` or later) still on the courier path: not
    dispatched, or back and not issued -- the ones whose steps are watched."""
    return store.query(
        "SELECT p.number, p.status, p.service_id, p.catalogue_version, p.office_kind, "
        "p.surname, p.name, p.patronymic, p.phone, p.due_date, p.provider_due_date, "
        "p.accepted_at, p.handed_over_at, p.dispatched_at, p.result_ready_at, p.destination, "
        "b.number AS batch "
        "FROM packages p LEFT JOIN batches b ON b.id = p.batch_id "
        "WHERE p.outcome = 'accepted' AND p.destination IS NOT NULL AND p.day >= ? "
        "AND p.status IN ('accepted', 'result_ready') ORDER BY p.accepted_at, p.number",
        (since,))


def awaiting_handover(store: Store, day: str, station: str | None = None) -> list[dict[str, Any]]:
    """A day's accepted courier packages (at one station, or all) not yet handed to the
    dispatch desk, the oldest first."""
    sql = ("SELECT number, service_id, catalogue_version, office_kind, accepted_at "
           "FROM packages WHERE day = ? AND outcome = 'accepted' AND status = 'accepted' "
           "AND destination IS NOT NULL AND handed_over_at IS NULL")
    params: list[Any] = [day]
    if station:
        sql += " AND station = ?"
        params.append(station)
    return store.query(sql + " ORDER BY accepted_at, number", params)


def mark_handed_over(store: Store, number: str, at: str, employee: str) -> int:
    """Record the handover of an accepted courier package to the dispatch desk (inside a
    write); returns the package id, 0 when the package is not waiting for it."""
    row = store.query_one("SELECT id, status, destination, handed_over_at FROM packages "
                          "WHERE number = ?", (number,))
    if row is None or row["status"] != "accepted" or row["destination"] is None \
            or row["handed_over_at"] is not None:
        return 0
    store.execute("UPDATE packages SET handed_over_at = ?, handed_over_by = ? WHERE id = ?",
                  (at, employee, row["id"]))
    return int(row["id"])

"""The queries behind kiosk.stage: a package's stage, and the day's stage changes (events of
the packages' path) for the monitoring information system."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["STAGE_EVENTS", "stage_row", "stage_changes"]

# the events that change a package's stage
STAGE_EVENTS = ("accepted", "refused", "handed_over", "dispatched", "result_ready", "issued")


def stage_row(store: Store, number: str) -> dict[str, Any] | None:
    return store.query_one(
        "SELECT p.id, p.number, p.iin, p.service_id, p.catalogue_version, p.outcome, p.status, "
        "p.accepted_at, p.handed_over_at, p.dispatched_at, p.result_ready_at, p.issued_at, "
        "p.due_date, p.expected_back_date, p.destination, p.result_kind "
        "FROM packages p WHERE p.number = ?", (number,))


def stage_changes(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Stage events with ``start <= at < end`` (ISO text), oldest first, with their package."""
    marks = ", ".join("?" for _ in STAGE_EVENTS)
    return store.query(
        f"SELECT e.id AS event_id, e.at, e.kind, p.number, p.office_code, p.service_id, "
        f"p.catalogue_version, p.due_date, p.destination "
        f"FROM events e JOIN packages p ON p.id = e.package_id "
        f"WHERE e.at >= ? AND e.at < ? AND e.kind IN ({marks}) ORDER BY e.at, e.id",
        (start, end, *STAGE_EVENTS))

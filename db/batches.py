"""Courier batches in the store: which packages wait for dispatch, the batches of a day, the
packages of a batch, and the status steps after dispatch (returned, issued)."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from db.store import Store

__all__ = ["pending_packages", "insert_batch", "assign_batch", "batches_of_day", "batch_by_number",
           "batch_packages", "batch_number", "batches_with_progress", "REGISTER_COLUMNS"]

# what a register row needs from a package
REGISTER_COLUMNS = ("id, number, day, service_id, catalogue_version, surname, name, patronymic, "
                    "iin, documents, accepted_at, due_date, provider_due_date, destination, "
                    "batch_id")


def pending_packages(store: Store, day: str, courier_services: Iterable[str]) -> list[dict[str, Any]]:
    """Accepted packages of a courier service, of ``day`` or earlier, in no batch yet, in
    receipt-number order.  A package is a courier package when it has a destination (set at
    acceptance for courier services) or its service is a courier service now."""
    ids = sorted(set(courier_services))
    marks = ", ".join("?" for _ in ids) or "NULL"
    return store.query(
        "SELECT id, number, service_id, destination FROM packages "
        "WHERE status = 'accepted' AND outcome = 'accepted' AND batch_id IS NULL AND day <= ? "
        f"AND (destination IS NOT NULL OR service_id IN ({marks})) ORDER BY number",
        [day, *ids])


def insert_batch(store: Store, row: dict[str, Any]) -> int:
    """Inside a write transaction."""
    return store.insert("batches", row)


def assign_batch(store: Store, batch_id: int, destination: str, package_ids: Sequence[int],
                 at: str) -> int:
    """Put packages into a batch (inside the write that created it); only packages still in no
    batch and still 'accepted' move, so a package is never in two batches.  Returns how many."""
    cur = store.executemany(
        "UPDATE packages SET batch_id = ?, status = 'dispatched', dispatched_at = ?, "
        "destination = ? WHERE id = ? AND batch_id IS NULL AND status = 'accepted'",
        [(batch_id, at, destination, pid) for pid in package_ids])
    return int(cur.rowcount)


def batches_of_day(store: Store, day: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM batches WHERE day = ? ORDER BY number", (day,))


def batch_by_number(store: Store, number: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM batches WHERE number = ?", (number.strip().upper(),))


def batch_packages(store: Store, batch_id: int) -> list[dict[str, Any]]:
    return store.query(f"SELECT {REGISTER_COLUMNS} FROM packages WHERE batch_id = ? "
                       "ORDER BY number", (batch_id,))


def batch_number(store: Store, batch_id: int) -> str | None:
    row = store.query_one("SELECT number FROM batches WHERE id = ?", (batch_id,))
    return None if row is None else str(row["number"])


def batches_with_progress(store: Store, day: str) -> list[dict[str, Any]]:
    """The batches of a day with how many of their packages are back (returned) and issued."""
    return store.query(
        "SELECT b.number, b.destination, b.count, b.created_at, b.employee, "
        "SUM(CASE WHEN p.status = 'result_ready' THEN 1 ELSE 0 END) AS returned, "
        "SUM(CASE WHEN p.status = 'issued' THEN 1 ELSE 0 END) AS issued "
        "FROM batches b LEFT JOIN packages p ON p.batch_id = b.id WHERE b.day = ? "
        "GROUP BY b.id, b.number, b.destination, b.count, b.created_at, b.employee "
        "ORDER BY b.number", (day,))

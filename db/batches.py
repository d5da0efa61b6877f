"""Courier batches in the store: which packages wait for dispatch, the batches of a day, the
packages of a batch, and the status steps after dispatch (returned, issued)."""

from __future__ import annotations

import json
from typing import Any, Iterable, Sequence

from db import events
from db.store import Store

__all__ = ["append_events", "pending_packages", "insert_batch", "assign_batch", "batches_of_day", "batch_by_number",
           "batch_packages", "REGISTER_COLUMNS"]

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
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cur = store.db.conn.execute(f"INSERT INTO batches({cols}) VALUES ({marks})", tuple(row.values()))
    return int(cur.lastrowid or 0)


def assign_batch(store: Store, batch_id: int, destination: str, package_ids: Sequence[int],
                 at: str) -> int:
    """Put packages into a batch (inside the write that created it); only packages still in no
    batch and still 'accepted' move, so a package is never in two batches.  Returns how many."""
    cur = store.db.conn.executemany(
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


def append_events(store: Store, rows: Sequence[tuple[str, str, str | None, int | None,
                                                     dict[str, Any]]]) -> None:
    """Append many events at once (kind, at, employee, package_id, data), chained exactly as
    db.events.append_event chains one (db.events.verify_chain checks them the same way), with
    the trail's head read and written once: a 5,000-package dispatch writes 5,000 events."""
    if not store.db.conn.in_transaction:
        raise RuntimeError("append_events must run inside a write transaction")
    head = store.get_setting("audit_head", {"count": 0, "hash": events.GENESIS})
    prev = head["hash"]
    values = []
    for kind, at, employee, package_id, data in rows:
        payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
        digest = events._digest(prev, at, kind, employee, package_id, payload)
        values.append((at, kind, employee, package_id, payload, prev, digest))
        prev = digest
    store.db.conn.executemany(
        "INSERT INTO events(at, kind, employee, package_id, data, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", values)
    store.put_setting("audit_head", {"count": head["count"] + len(values), "hash": prev})

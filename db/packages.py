"""Packages in the store: numbering, the insert, lookups and status changes."""

from __future__ import annotations

import json
from typing import Any, Iterable

from db.store import Store

__all__ = ["next_seq", "insert_package", "package_by_number", "package_by_id", "find_packages",
           "decode_package", "packages_of_day", "mark_result_ready", "mark_issued",
           "overdue_rows", "ticket_known", "serve_ticket", "ticket_state", "package_by_request", "JSON_COLUMNS", "STATUSES"]

JSON_COLUMNS = ("representative", "answers", "documents", "missing")
STATUSES = ("accepted", "refused", "dispatched", "result_ready", "issued")
_MAX_KEY = "\U0010ffff"
_EMPTY_JSON: dict[str, Any] = {"[]": list, "{}": dict}


def next_seq(store: Store, scope: str) -> int:
    """The next number in a sequence; inside the write that stores what it numbers, so a
    number is used once and, once committed, never again (even after a crash)."""
    if not store.in_transaction:
        raise RuntimeError("next_seq must run inside a write transaction")
    row = store.execute("INSERT INTO counters(scope, last) VALUES (?, 1) "
                       "ON CONFLICT(scope) DO UPDATE SET last = counters.last + 1 RETURNING last",
                       (scope,)).fetchone()
    return int(row[0])


def insert_package(store: Store, row: dict[str, Any]) -> int:
    """Insert one package row (inside a write transaction); JSON columns are encoded here."""
    values = dict(row)
    for col in JSON_COLUMNS:
        if col in values and not isinstance(values[col], str) and values[col] is not None:
            values[col] = json.dumps(values[col], ensure_ascii=False)
    values["surname_key"] = str(values.get("surname", "")).casefold()
    return store.insert("packages", values)


def decode_package(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    for col in JSON_COLUMNS:
        value = row.get(col)
        if isinstance(value, str):
            empty = _EMPTY_JSON.get(value)  # most packages: no answers, nothing missing
            row[col] = empty() if empty is not None else json.loads(value)
    return row


def package_by_number(store: Store, number: str) -> dict[str, Any] | None:
    return decode_package(store.query_one("SELECT * FROM packages WHERE number = ?",
                                          (number.strip(),)))


def package_by_id(store: Store, package_id: int) -> dict[str, Any] | None:
    return decode_package(store.query_one("SELECT * FROM packages WHERE id = ?", (package_id,)))


def find_packages(store: Store, query: str | None = None, *, day: str | None = None,
                  status: str | None = None, station: str | None = None,
                  statuses: Iterable[str] | None = None, limit: int = 200,
                  columns: str = "*") -> list[dict[str, Any]]:
    """By receipt number, IIN or surname prefix (any case), with optional day and status."""
    where: list[str] = []
    params: list[Any] = []
    order = "accepted_at DESC, id DESC"
    q = (query or "").strip()
    if q:
        if q.isdigit() and len(q) == 12:
            where.append("iin = ?")
            params.append(q)
        elif any(ch.isdigit() for ch in q):
            where.append("number = ?")
            params.append(q.upper())
        else:
            key = q.casefold()
            where.append("surname_key >= ? AND surname_key < ?")
            params += [key, key + _MAX_KEY]
            # the order of idx_packages_surname_recent: read in index order, stop at LIMIT
            order = "surname_key, accepted_at DESC, id DESC"
    if day:
        where.append("day = ?")
        params.append(day)
    if status:
        where.append("status = ?")
        params.append(status)
    if statuses:
        sts = list(statuses)
        where.append(f"status IN ({', '.join('?' for _ in sts)})")
        params += sts
    if station:
        where.append("station = ?")
        params.append(station)
    sql = f"SELECT {columns} FROM packages"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(limit)
    return [decode_package(r) or {} for r in store.query(sql, params)]


def packages_of_day(store: Store, day: str) -> list[dict[str, Any]]:
    """Every package of a day (accepted and refused) in the order it was numbered, raw rows."""
    return store.query("SELECT * FROM packages WHERE day = ? ORDER BY accepted_at, id", (day,))


def mark_result_ready(store: Store, package_id: int, at: str, was: str) -> int:
    """Inside a write: the result is back; only from status ``was``.  Returns rows changed."""
    cur = store.execute("UPDATE packages SET status = 'result_ready', result_ready_at = ? "
                        "WHERE id = ? AND status = ?", (at, package_id, was))
    return int(cur.rowcount)


def mark_issued(store: Store, package_id: int, at: str, employee: str) -> int:
    """Inside a write: the result handed over; only from result_ready.  Returns rows changed."""
    cur = store.execute("UPDATE packages SET status = 'issued', issued_at = ?, issued_by = ? "
                        "WHERE id = ? AND status = 'result_ready'", (at, employee, package_id))
    return int(cur.rowcount)


def overdue_rows(store: Store, day: str) -> list[dict[str, Any]]:
    """Accepted packages past their due date on ``day`` and not issued, or past the provider's
    date and not back; with their batch number."""
    return store.query(
        "SELECT p.number, p.status, p.service_id, p.surname, p.name, p.patronymic, p.phone, "
        "p.due_date, p.provider_due_date, p.destination, b.number AS batch "
        "FROM packages p LEFT JOIN batches b ON b.id = p.batch_id "
        "WHERE p.outcome = 'accepted' AND p.due_date IS NOT NULL AND ("
        " (p.due_date < ? AND p.status IN ('accepted', 'dispatched', 'result_ready')) OR"
        " (p.provider_due_date < ? AND p.status IN ('accepted', 'dispatched'))) "
        "ORDER BY p.due_date, p.number", (day, day))


def ticket_known(store: Store, ticket_id: int) -> bool:
    """Whether a queue ticket of this id exists (a package may name the ticket it served)."""
    return store.query_one("SELECT id FROM tickets WHERE id = ?", (ticket_id,)) is not None


def ticket_state(store: Store, ticket_id: int) -> dict[str, Any] | None:
    """A queue ticket's status and when it was served (None: no such ticket)."""
    return store.query_one("SELECT status, served_at FROM tickets WHERE id = ?", (ticket_id,))


def package_by_request(store: Store, request_id: str) -> dict[str, Any] | None:
    """The package an accept request with this id stored (a retry finds the first)."""
    return decode_package(store.query_one("SELECT * FROM packages WHERE request_id = ?",
                                          (request_id,)))


def serve_ticket(store: Store, ticket_id: int, package_id: int, at: str) -> None:
    """Inside the write that stored the package: its ticket is served by it (once)."""
    # the kiosk's pre-filled personal data is deleted once its ticket is served (h13a)
    store.execute("UPDATE tickets SET served_at = ?, status = 'served', package_id = ?, "
                  "prefill = NULL WHERE id = ? AND served_at IS NULL",
                  (at, package_id, ticket_id))


def count_packages(store: Store) -> int:
    row = store.query_one("SELECT COUNT(*) AS n FROM packages")
    return int(row["n"]) if row else 0


def raise_counter(store: Store, scope: str, last: int) -> bool:
    """Inside a write: the counter of ``scope`` at least ``last``; True when it was raised."""
    row = store.query_one("SELECT last FROM counters WHERE scope = ?", (scope,))
    if row is not None and int(row["last"] or 0) >= last:
        return False
    store.execute("INSERT INTO counters(scope, last) VALUES (?, ?) ON CONFLICT(scope) "
                  "DO UPDATE SET last = excluded.last", (scope, last))
    return True

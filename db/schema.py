"""Schema and forward migrations.  ``PRAGMA user_version`` holds the schema version; each
step runs in one transaction, and the file is backed up before an existing store migrates."""

from __future__ import annotations

from typing import Callable

import sqlite_utils

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]


def _v1(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["catalogue_versions"].create(
        {"version": str, "sha256": str, "content": str, "imported_at": str, "active": int,
         "imported_by": str}, pk="version")
    db["counters"].create({"scope": str, "last": int}, pk="scope")
    db["staff"].create(
        {"id": int, "login": str, "full_name": str, "role": str, "secret_hash": str,
         "failed_tries": int, "locked_until": str, "active": int, "created_at": str},
        pk="id", not_null={"login", "full_name", "role"}, defaults={"failed_tries": 0, "active": 1})
    db["staff"].create_index(["login"], unique=True)
    db["batches"].create(
        {"id": int, "number": str, "day": str, "destination": str, "created_at": str,
         "employee": str, "count": int}, pk="id", not_null={"number", "day", "destination"})
    db["batches"].create_index(["number"], unique=True)
    db["batches"].create_index(["day", "destination"])
    db["tickets"].create(
        {"id": int, "day": str, "category": str, "seq": int, "code": str, "service_id": str,
         "lang": str, "issued_at": str, "called_at": str, "desk": str, "served_at": str,
         "status": str, "prefill": str, "package_id": int, "recalls": int},
        pk="id", not_null={"day", "category", "seq", "code", "issued_at", "status"},
        defaults={"status": "waiting", "recalls": 0})
    db["tickets"].create_index(["day", "category", "seq"], unique=True)
    db["tickets"].create_index(["code", "day"])
    db["packages"].create(
        {"id": int, "number": str, "office_code": str, "station": str, "day": str, "seq": int,
         "service_id": str, "catalogue_version": str, "outcome": str, "status": str,
         "surname": str, "surname_key": str, "name": str, "patronymic": str, "iin": str,
         "phone": str, "address": str, "representative": str, "answers": str,
         "documents": str, "missing": str, "consent": int, "channel": str, "employee": str,
         "accepted_at": str, "due_date": str, "provider_due_date": str, "destination": str,
         "batch_id": int, "dispatched_at": str, "result_ready_at": str, "issued_at": str,
         "issued_by": str, "ticket_id": int, "format": str},
        pk="id",
        not_null={"number", "office_code", "station", "day", "seq", "service_id",
                  "catalogue_version", "outcome", "status", "surname", "iin", "accepted_at"},
        foreign_keys=[("batch_id", "batches", "id"), ("ticket_id", "tickets", "id")])
    db["packages"].create_index(["number"], unique=True)
    db["packages"].create_index(["office_code", "station", "day", "seq"], unique=True)
    db["packages"].create_index(["iin"])
    db["packages"].create_index(["surname_key"])
    db["packages"].create_index(["day", "status"])
    db["packages"].create_index(["batch_id"])
    db["events"].create(
        {"id": int, "at": str, "kind": str, "employee": str, "package_id": int, "data": str,
         "prev_hash": str, "hash": str},
        pk="id", not_null={"at", "kind", "prev_hash", "hash"},
        foreign_keys=[("package_id", "packages", "id")])
    db["events"].create_index(["package_id"])
    db["calendar_overrides"].create({"day": str, "working": int, "note": str}, pk="day")
    db["complaints"].create(
        {"id": int, "incoming_number": str, "received_at": str, "taken_by": str,
         "applicant": str, "phone": str, "package_number": str, "text": str,
         "answer_due": str, "answered_at": str, "answer": str},
        pk="id", not_null={"incoming_number", "received_at", "taken_by", "text", "answer_due"})
    db["complaints"].create_index(["incoming_number"], unique=True)
    db["home_requests"].create(
        {"id": int, "created_at": str, "name": str, "phone": str, "address": str,
         "service_id": str, "note": str, "status": str},
        pk="id", not_null={"created_at", "phone"})


def _v2_reliability(db: sqlite_utils.Database) -> None:
    """A surname search walks one index in the order it shows (surname, newest first) and
    stops at its LIMIT, instead of sorting every match (tens of thousands at a million
    packages).  The new index starts with surname_key, so the old one is redundant."""
    db.conn.execute("CREATE INDEX idx_packages_surname_recent "
                    "ON packages(surname_key, accepted_at DESC, id DESC)")
    db.conn.execute("DROP INDEX IF EXISTS idx_packages_surname_key")


def _v3_home_visits(db: sqlite_utils.Database) -> None:
    """A request for acceptance at home goes new -> scheduled -> done or cancelled at the desk:
    the visit's date (and time, note) with who set it and when; who closed the request and
    when, its outcome (the reason of a cancellation) and the receipt number of the package
    accepted at home.  Open requests are listed by status, so status leads an index."""
    for column in ("scheduled_for", "scheduled_time", "visit_note", "scheduled_by",
                   "scheduled_at", "handled_by", "handled_at", "outcome", "package_number"):
        db.conn.execute(f"ALTER TABLE home_requests ADD COLUMN {column} TEXT")
    db.conn.execute("CREATE INDEX idx_home_requests_status ON home_requests(status, created_at)")


def _v4_audit_rows(db: sqlite_utils.Database) -> None:
    """Each event carries the canonical hashes of the audited rows it created or changed
    (JSON text: [[table, key, hash], ...]), part of the event's own hash (db/events.py)."""
    for ddl in ("ALTER TABLE events ADD COLUMN row_hashes TEXT",):
        db.conn.execute(ddl)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2_reliability,
                                                              _v3_home_visits, _v4_audit_rows]
SCHEMA_VERSION = len(MIGRATIONS)

"""The event trail: append-only, each event chained to the one before by a SHA-256 hash.
The head (count and last hash) is kept in settings, so removing the last rows shows too."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Sequence

from db.store import Store

__all__ = ["append_event", "append_events", "events_for_package", "verify_chain", "ChainReport", "GENESIS"]

GENESIS = "0" * 64


def _digest(prev: str, at: str, kind: str, employee: str | None, package_id: int | None,
            data: str) -> str:
    body = json.dumps([prev, at, kind, employee or "", package_id, data], ensure_ascii=False,
                      separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append_event(store: Store, kind: str, at: str, *, employee: str | None = None,
                 package_id: int | None = None, data: dict[str, Any] | None = None) -> int:
    """Append one event; call inside :meth:`Store.write` so the chain cannot fork."""
    if not store.in_transaction:
        raise RuntimeError("append_event must run inside a write transaction")
    head = store.get_setting("audit_head", {"count": 0, "hash": GENESIS})
    payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
    digest = _digest(head["hash"], at, kind, employee, package_id, payload)
    event_id = store.insert("events", {
        "at": at, "kind": kind, "employee": employee, "package_id": package_id,
        "data": payload, "prev_hash": head["hash"], "hash": digest})
    store.put_setting("audit_head", {"count": head["count"] + 1, "hash": digest})
    return event_id


def append_events(store: Store, rows: Sequence[tuple[str, str, str | None, int | None,
                                                     dict[str, Any]]]) -> None:
    """Append many events at once (kind, at, employee, package_id, data), chained exactly as
    append_event chains one, with the trail's head read and written once (a 5,000-package
    dispatch writes 5,000 events)."""
    if not store.in_transaction:
        raise RuntimeError("append_events must run inside a write transaction")
    head = store.get_setting("audit_head", {"count": 0, "hash": GENESIS})
    prev = head["hash"]
    values = []
    for kind, at, employee, package_id, data in rows:
        payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
        digest = _digest(prev, at, kind, employee, package_id, payload)
        values.append((at, kind, employee, package_id, payload, prev, digest))
        prev = digest
    store.executemany(
        "INSERT INTO events(at, kind, employee, package_id, data, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", values)
    store.put_setting("audit_head", {"count": head["count"] + len(values), "hash": prev})


def events_for_package(store: Store, package_id: int) -> list[dict[str, Any]]:
    rows = store.query("SELECT id, at, kind, employee, data FROM events WHERE package_id = ? "
                       "ORDER BY id", (package_id,))
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    first_broken: int | None = None   # event id where the chain first fails
    reason: str = ""


def verify_chain(store: Store) -> ChainReport:
    prev = GENESIS
    count = 0
    cur = store.execute(
        "SELECT id, at, kind, employee, package_id, data, prev_hash, hash FROM events ORDER BY id")
    for eid, at, kind, employee, package_id, data, prev_hash, digest in cur:
        count += 1
        if prev_hash != prev:
            return ChainReport(False, count, eid, "the event before it was changed or removed")
        if _digest(prev, at, kind, employee, package_id, data) != digest:
            return ChainReport(False, count, eid, "this event was edited")
        prev = digest
    head = store.get_setting("audit_head", {"count": 0, "hash": GENESIS})
    if head["count"] != count or head["hash"] != prev:
        return ChainReport(False, count, None,
                           f"the trail ends early: {head['count']} events were written, {count} remain")
    return ChainReport(True, count)

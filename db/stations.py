"""Live station claims: which PC (host and process) runs each station code now.

One row per station code.  A claim is taken or refreshed by one statement (an upsert whose
update only happens when the row is this host's own or its heartbeat is older than the
stale limit), so two PCs claiming the same code at the same moment cannot both win, on
either engine."""

from __future__ import annotations

from typing import Any

from db.store import Store

__all__ = ["take_claim", "claim_of", "drop_claim", "hold_station_lock", "free_station_lock"]

# pg_try_advisory_lock(STATION_LOCKS, code): the two-key space of advisory locks, apart from
# the store's one-key write lock ('QBST')
STATION_LOCKS = 0x51425354


def _lock_key(code: str) -> int:
    return int(code, 36)   # 1-4 characters 0-9 A-Z: below 36**4, one int4


def hold_station_lock(store: Store, code: str) -> bool:
    """On an office server: a session-level advisory lock on the station code, held by this
    program's connection while it lives, so a PC that crashes frees its code at once (its
    session ends).  False when another session holds it.  The embedded store has none (True)."""
    if not store.is_server:
        return True
    key = _lock_key(code)
    row = store.query_one(   # taken once per session (the lock would count every heartbeat)
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
        "AND pid = pg_backend_pid() AND granted AND objsubid = 2 AND classid::bigint = ? "
        "AND objid::bigint = ?) THEN true ELSE pg_try_advisory_lock(?, ?) END AS ok",
        (STATION_LOCKS, key, STATION_LOCKS, key))
    return bool(row and row["ok"])


def free_station_lock(store: Store, code: str) -> None:
    if store.is_server:
        store.query("SELECT pg_advisory_unlock(?, ?) AS ok", (STATION_LOCKS, _lock_key(code)))


def take_claim(store: Store, *, code: str, host: str, pid: int, runs: str,
               window: int | None, now: str, stale_before: str) -> bool:
    """Claim ``code`` for ``host`` (inside a write); False when another host holds it with a
    heartbeat at or after ``stale_before`` (ISO text, compared as text; pass ``now`` or later
    to take over a claim whose PC is known to be gone)."""
    cur = store.execute(
        "INSERT INTO station_claims(code, host, pid, runs, window_no, started_at, heartbeat_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET host = excluded.host, pid = excluded.pid, "
        "runs = excluded.runs, window_no = excluded.window_no, "
        "started_at = CASE WHEN station_claims.host = excluded.host "
        "THEN station_claims.started_at ELSE excluded.started_at END, "
        "heartbeat_at = excluded.heartbeat_at "
        "WHERE station_claims.host = excluded.host OR station_claims.heartbeat_at < ?",
        (code, host, pid, runs, window, now, now, stale_before))
    return bool(cur.rowcount)


def claim_of(store: Store, code: str) -> dict[str, Any] | None:
    return store.query_one("SELECT code, host, pid, runs, window_no, started_at, heartbeat_at "
                           "FROM station_claims WHERE code = ?", (code,))


def drop_claim(store: Store, *, code: str, host: str, pid: int) -> None:
    """Inside a write: the claim goes when its own process ends (another process of the same
    PC that refreshed it since keeps it)."""
    store.execute("DELETE FROM station_claims WHERE code = ? AND host = ? AND pid = ?",
                  (code, host, pid))

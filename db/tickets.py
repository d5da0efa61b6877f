"""Queue tickets in the store: the insert, lookups, the one "call next" query that gives a
ticket exactly once, the calls feed the hall display reads, window pauses, and the cheap
change check the display polls.

Portable SQL (SQLite and PostgreSQL).  The only engine-specific pieces are named here:
:func:`lock_clause` (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; nothing on SQLite, where the
caller already holds the database's write lock taken by ``BEGIN IMMEDIATE``),
:func:`change_token` (``PRAGMA data_version`` on SQLite) and :func:`notify_queue`
(``pg_notify`` on PostgreSQL, which the display hears through ``LISTEN``)."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from db.store import Store

__all__ = ["engine", "lock_clause", "insert_ticket", "ticket_row", "ticket_row_by_code",
           "tickets_of_day", "call_oldest", "record_call", "call_by_request",
           "calls_after", "last_calls", "last_call_id", "update_ticket", "close_tickets", "waiting_counts",
           "paused_windows", "set_window_paused", "change_token", "notify_queue",
           "NOTIFY_CHANNEL", "served_tickets", "ticket_rows_between", "QueueWatch"]

NOTIFY_CHANNEL = "qabyldau_queue"


def engine(store: Store) -> str:
    """``sqlite`` or ``postgresql``: the store's engine (``Store.dialect``)."""
    name = getattr(store, "dialect", None) or getattr(store, "kind", "sqlite")
    return "postgresql" if name == "postgresql" else "sqlite"


def lock_clause(store: Store) -> str:
    """What ends the "call next" SELECT so that two windows never get the same row: on
    PostgreSQL the row is locked and a row another window is calling is skipped; on SQLite
    the whole call already runs inside the write lock (``BEGIN IMMEDIATE``)."""
    return " FOR UPDATE SKIP LOCKED" if engine(store) == "postgresql" else ""


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def insert_ticket(store: Store, row: dict[str, Any]) -> int:
    """Inside a write transaction."""
    return store.insert("tickets", row)


def ticket_row(store: Store, ticket_id: int) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM tickets WHERE id = ?", (ticket_id,))


def ticket_row_by_code(store: Store, day: str, code: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM tickets WHERE day = ? AND code = ?", (day, code))


def tickets_of_day(store: Store, day: str, status: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM tickets WHERE day = ?", [day]
    if status:
        sql += " AND status = ?"
        params.append(status)
    return store.query(sql + " ORDER BY issued_at, id", params)


def ticket_rows_between(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM tickets WHERE day BETWEEN ? AND ? ORDER BY issued_at, id",
                       (start, end))


def _callable(store: Store, day: str, window: int, categories: Iterable[str] | None
              ) -> tuple[str, list[Any]]:
    """The SELECT of the oldest waiting ticket of ``day`` this window may call: sent to this
    window, or of one of its ``categories`` (None: any) and sent to no window; locked
    (see :func:`lock_clause`)."""
    cats = sorted(set(categories)) if categories is not None else None
    sql = "SELECT id FROM tickets WHERE day = ? AND status = 'waiting' AND (redirect_window = ?"
    params: list[Any] = [day, window]
    if cats is None:
        sql += " OR redirect_window IS NULL)"
    elif cats:
        sql += (" OR (redirect_window IS NULL AND COALESCE(queue_line, category) "
                f"IN ({_marks(cats)})))")
        params += cats
    else:
        sql += ")"
    return sql + " ORDER BY issued_at, id LIMIT 1" + lock_clause(store), params


def call_oldest(store: Store, day: str, window: int, categories: Iterable[str] | None, *,
                at: str, desk: str) -> dict[str, Any] | None:
    """Call the oldest waiting ticket this window may call, in one statement: the locked
    SELECT inside the UPDATE, the called ticket back through RETURNING (None: no one waits).
    Inside a write transaction."""
    sql, params = _callable(store, day, window, categories)
    rows = store.query(
        "UPDATE tickets SET status = 'called', called_at = ?, desk = ?, window_no = ?, "
        f"redirect_window = NULL WHERE id = ({sql}) AND status = 'waiting' RETURNING *",
        [at, desk, window, *params])
    return rows[0] if rows else None


def record_call(store: Store, *, ticket_id: int, window: int | None, kind: str, at: str,
                request_id: str | None = None) -> int:
    """One line of the calls feed (``call`` or ``recall``): the display announces each."""
    return store.insert("queue_calls", {"request_id": request_id, "ticket_id": ticket_id,
                                        "window_no": window, "kind": kind, "at": at})


def call_by_request(store: Store, request_id: str) -> dict[str, Any] | None:
    return store.query_one("SELECT * FROM queue_calls WHERE request_id = ?", (request_id,))


def calls_after(store: Store, after_id: int, limit: int = 50) -> list[dict[str, Any]]:
    """Calls and recalls newer than ``after_id``, oldest first, with the ticket's code."""
    return store.query(
        "SELECT c.id, c.ticket_id, c.window_no, c.kind, c.at, t.code, t.category, t.day "
        "FROM queue_calls c JOIN tickets t ON t.id = c.ticket_id "
        "WHERE c.id > ? ORDER BY c.id LIMIT ?", (after_id, limit))


def last_calls(store: Store, day: str, limit: int) -> list[dict[str, Any]]:
    """The newest calls of a day, newest first."""
    return store.query(
        "SELECT c.id, c.ticket_id, c.window_no, c.kind, c.at, t.code, t.category, t.status "
        "FROM queue_calls c JOIN tickets t ON t.id = c.ticket_id "
        "WHERE t.day = ? ORDER BY c.id DESC LIMIT ?", (day, limit))


def last_call_id(store: Store) -> int:
    row = store.query_one("SELECT MAX(id) AS last FROM queue_calls")
    return int(row["last"] or 0) if row else 0


def update_ticket(store: Store, ticket_id: int, values: dict[str, Any],
                  increment_recalls: bool = False) -> None:
    """Set columns of one ticket (inside a write transaction)."""
    sets = [f"{col} = ?" for col in values]
    if increment_recalls:
        sets.append("recalls = recalls + 1")
    store.execute(f"UPDATE tickets SET {', '.join(sets)} WHERE id = ?",
                  (*values.values(), ticket_id))


def close_tickets(store: Store, day: str) -> int:
    cur = store.execute("UPDATE tickets SET status = 'closed' WHERE day <= ? "
                        "AND status IN ('waiting', 'called', 'no_show')", (day,))
    return int(cur.rowcount)


def waiting_counts(store: Store, day: str) -> dict[str, int]:
    """Waiting tickets per category line (a redirected ticket counts in the line it joined)."""
    rows = store.query("SELECT COALESCE(queue_line, category) AS line, COUNT(*) AS n "
                       "FROM tickets WHERE day = ? AND status = 'waiting' "
                       "GROUP BY COALESCE(queue_line, category)", (day,))
    return {r["line"]: int(r["n"]) for r in rows}


def paused_windows(store: Store) -> set[int]:
    return {int(r["window_no"]) for r in
            store.query("SELECT window_no FROM queue_windows WHERE paused = 1")}


def set_window_paused(store: Store, window: int, paused: bool, *, at: str,
                      by: str | None) -> None:
    """Inside a write transaction."""
    store.execute("INSERT INTO queue_windows (window_no, paused, changed_at, changed_by) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (window_no) DO UPDATE SET "
                  "paused = excluded.paused, changed_at = excluded.changed_at, "
                  "changed_by = excluded.changed_by", (window, int(paused), at, by))


def served_tickets(store: Store, start: str, end: str) -> list[dict[str, Any]]:
    """Tickets of the days that were called, with what statistics need."""
    return store.query(
        "SELECT t.id, t.service_id, t.issued_at, t.called_at, t.served_at, t.status, "
        "t.window_no, t.desk, p.employee FROM tickets t "
        "LEFT JOIN packages p ON p.id = t.package_id "
        "WHERE t.day BETWEEN ? AND ? AND t.called_at IS NOT NULL ORDER BY t.id",
        (start, end))


def change_token(store: Store) -> int | None:
    """A number that changes whenever another connection commits (SQLite's
    ``PRAGMA data_version``, one cheap call, no table read); None on PostgreSQL, where the
    display listens on :data:`NOTIFY_CHANNEL` instead."""
    if engine(store) != "sqlite":
        return None
    row = store.query_one("PRAGMA data_version")
    return int(next(iter(row.values()))) if row else None


def notify_queue(store: Store) -> None:
    """Inside the write that changed the queue: on PostgreSQL every listening display hears of
    it when the transaction commits (NOTIFY is transactional); SQLite displays poll
    :func:`change_token`."""
    if engine(store) == "postgresql":
        store.execute("SELECT pg_notify(?, '')", (NOTIFY_CHANNEL,))


class QueueWatch:
    """Tells a display cheaply whether the queue may have changed since it last asked.

    SQLite: ``PRAGMA data_version`` of the display's own connection (it moves whenever
    another connection commits); one call, no table read, so polling it every 150 ms costs
    nothing.  PostgreSQL: a second, autocommit connection ``LISTEN``s on
    :data:`NOTIFY_CHANNEL`; every queue change sends ``pg_notify`` in its transaction
    (:func:`notify_queue`), and :meth:`changed` drains the notifications without waiting."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._listener: Any = None
        self._token: int | None = None
        self._server = engine(store) == "postgresql"
        if self._server:
            self._listen()
        else:
            self._token = change_token(store)

    def _listen(self) -> None:
        import psycopg
        conninfo = getattr(self.store, "conninfo", None)
        if not conninfo:
            raise RuntimeError("the PostgreSQL store does not say how to connect to it")
        # a display whose server vanished learns of it within a minute (keepalives)
        self._listener = psycopg.connect(conninfo, autocommit=True, connect_timeout=10,
                                         application_name="qabyldau-display", keepalives=1,
                                         keepalives_idle=15, keepalives_interval=5,
                                         keepalives_count=4)
        self._listener.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def changed(self) -> bool:
        if not self._server:
            token = change_token(self.store)
            if token != self._token:
                self._token = token
                return True
            return False
        import psycopg
        if self._listener is None:  # the server was away: listen again once it answers
            try:
                self._listen()
            except psycopg.Error:
                self._listener = None
                return False
            return True             # whatever happened meanwhile: read the queue once
        got = False
        try:
            for _ in self._listener.notifies(timeout=0.0):
                got = True
        except psycopg.Error:       # the server went away
            self.close()
            return False
        return got

    def fileno(self) -> int | None:
        """The listening connection's socket (PostgreSQL): readable when a notification
        arrives, so a display can wake at once instead of waiting for its next poll."""
        if self._listener is None:
            return None
        try:
            return int(self._listener.fileno())
        except Exception:  # a closed connection has no socket
            return None

    def close(self) -> None:
        if self._listener is not None:
            try:
                self._listener.close()
            except Exception:  # closing a dead connection: nothing left to release
                pass
            self._listener = None

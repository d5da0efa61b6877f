"""Schema and forward migrations, the same list on both engines.

Each migration is a function ``_vN_<what>(ddl)`` that runs portable statements one by one
through ``ddl.execute(sql)``: ``CREATE TABLE t (id INTEGER PRIMARY KEY, c TEXT, n INTEGER)``,
``ALTER TABLE t ADD COLUMN c TEXT``, ``CREATE INDEX …``, and plain ``?``-marked statements
for data.  :mod:`db.dialect` turns them into PostgreSQL's words (identity columns, BIGINT,
text compared by code point) on an office server.  The store runs each step in one write
transaction and records the version (``PRAGMA user_version`` in the embedded store, table
``qabyldau_schema`` on the server); an embedded store is copied aside before it migrates."""

from __future__ import annotations

from typing import Any, Callable, Protocol

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Ddl"]


class Ddl(Protocol):
    """What a migration step is given: ``execute(sql, params=())`` runs one statement."""

    def execute(self, sql: str, params: Any = ()) -> Any: ...

    @property
    def conn(self) -> "Ddl": ...


def _v1(ddl: Ddl) -> None:
    for sql in (
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
        "CREATE TABLE catalogue_versions (version TEXT PRIMARY KEY, sha256 TEXT, content TEXT, "
        "imported_at TEXT, active INTEGER, imported_by TEXT)",
        "CREATE TABLE counters (scope TEXT PRIMARY KEY, last INTEGER)",
        "CREATE TABLE staff (id INTEGER PRIMARY KEY, login TEXT NOT NULL, "
        "full_name TEXT NOT NULL, role TEXT NOT NULL, secret_hash TEXT, "
        "failed_tries INTEGER DEFAULT 0, locked_until TEXT, active INTEGER DEFAULT 1, "
        "created_at TEXT)",
        "CREATE UNIQUE INDEX idx_staff_login ON staff (login)",
        "CREATE TABLE batches (id INTEGER PRIMARY KEY, number TEXT NOT NULL, day TEXT NOT NULL, "
        "destination TEXT NOT NULL, created_at TEXT, employee TEXT, count INTEGER)",
        "CREATE UNIQUE INDEX idx_batches_number ON batches (number)",
        "CREATE INDEX idx_batches_day_destination ON batches (day, destination)",
        "CREATE TABLE tickets (id INTEGER PRIMARY KEY, day TEXT NOT NULL, "
        "category TEXT NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL, service_id TEXT, "
        "lang TEXT, issued_at TEXT NOT NULL, called_at TEXT, desk TEXT, served_at TEXT, "
        "status TEXT NOT NULL DEFAULT 'waiting', prefill TEXT, package_id INTEGER, "
        "recalls INTEGER DEFAULT 0)",
        "CREATE UNIQUE INDEX idx_tickets_day_category_seq ON tickets (day, category, seq)",
        "CREATE INDEX idx_tickets_code_day ON tickets (code, day)",
        "CREATE TABLE packages (id INTEGER PRIMARY KEY, number TEXT NOT NULL, "
        "office_code TEXT NOT NULL, station TEXT NOT NULL, day TEXT NOT NULL, "
        "seq INTEGER NOT NULL, service_id TEXT NOT NULL, catalogue_version TEXT NOT NULL, "
        "outcome TEXT NOT NULL, status TEXT NOT NULL, surname TEXT NOT NULL, "
        "surname_key TEXT, name TEXT, patronymic TEXT, iin TEXT NOT NULL, phone TEXT, "
        "address TEXT, representative TEXT, answers TEXT, documents TEXT, missing TEXT, "
        "consent INTEGER, channel TEXT, employee TEXT, accepted_at TEXT NOT NULL, "
        "due_date TEXT, provider_due_date TEXT, destination TEXT, "
        "batch_id INTEGER REFERENCES batches(id), dispatched_at TEXT, result_ready_at TEXT, "
        "issued_at TEXT, issued_by TEXT, ticket_id INTEGER REFERENCES tickets(id), "
        "format TEXT)",
        "CREATE UNIQUE INDEX idx_packages_number ON packages (number)",
        "CREATE UNIQUE INDEX idx_packages_office_code_station_day_seq "
        "ON packages (office_code, station, day, seq)",
        "CREATE INDEX idx_packages_iin ON packages (iin)",
        "CREATE INDEX idx_packages_surname_key ON packages (surname_key)",
        "CREATE INDEX idx_packages_day_status ON packages (day, status)",
        "CREATE INDEX idx_packages_batch_id ON packages (batch_id)",
        "CREATE TABLE events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
        "employee TEXT, package_id INTEGER REFERENCES packages(id), data TEXT, "
        "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
        "CREATE INDEX idx_events_package_id ON events (package_id)",
        "CREATE TABLE calendar_overrides (day TEXT PRIMARY KEY, working INTEGER, note TEXT)",
        "CREATE TABLE complaints (id INTEGER PRIMARY KEY, incoming_number TEXT NOT NULL, "
        "received_at TEXT NOT NULL, taken_by TEXT NOT NULL, applicant TEXT, phone TEXT, "
        "package_number TEXT, text TEXT NOT NULL, answer_due TEXT NOT NULL, "
        "answered_at TEXT, answer TEXT)",
        "CREATE UNIQUE INDEX idx_complaints_incoming_number ON complaints (incoming_number)",
        "CREATE TABLE home_requests (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, "
        "name TEXT, phone TEXT NOT NULL, address TEXT, service_id TEXT, note TEXT, "
        "status TEXT)",
    ):
        ddl.execute(sql)


def _v2_reliability(ddl: Ddl) -> None:
    """A surname search walks one index in the order it shows (surname, newest first) and
    stops at its LIMIT, instead of sorting every match (tens of thousands at a million
    packages).  The new index starts with surname_key, so the old one is redundant."""
    ddl.execute("CREATE INDEX idx_packages_surname_recent "
                "ON packages(surname_key, accepted_at DESC, id DESC)")
    ddl.execute("DROP INDEX IF EXISTS idx_packages_surname_key")


def _v3_home_visits(ddl: Ddl) -> None:
    """A request for acceptance at home goes new -> scheduled -> done or cancelled at the desk:
    the visit's date (and time, note) with who set it and when; who closed the request and
    when, its outcome (the reason of a cancellation) and the receipt number of the package
    accepted at home.  Open requests are listed by status, so status leads an index."""
    for column in ("scheduled_for", "scheduled_time", "visit_note", "scheduled_by",
                   "scheduled_at", "handled_by", "handled_at", "outcome", "package_number"):
        ddl.execute(f"ALTER TABLE home_requests ADD COLUMN {column} TEXT")
    ddl.execute("CREATE INDEX idx_home_requests_status ON home_requests(status, created_at)")


def _v4_queue_windows(ddl: Ddl) -> None:
    """One queue for every window of the office: the window a ticket was called to, the
    window or category line it was sent to (redirect; its code keeps its own letter), the feed of calls and recalls the hall display
    announces (a call's request id answers a repeated call with the same ticket), and the
    windows on a break."""
    for statement in (
            "ALTER TABLE tickets ADD COLUMN window_no INTEGER",
            "ALTER TABLE tickets ADD COLUMN redirect_window INTEGER",
            "ALTER TABLE tickets ADD COLUMN queue_line TEXT",
            "CREATE INDEX idx_tickets_waiting ON tickets(day, status, issued_at)",
            "CREATE TABLE queue_calls (id INTEGER PRIMARY KEY, request_id TEXT, "
            "ticket_id INTEGER NOT NULL, window_no INTEGER, kind TEXT NOT NULL, at TEXT NOT NULL)",
            "CREATE UNIQUE INDEX idx_queue_calls_request ON queue_calls(request_id)",
            "CREATE INDEX idx_queue_calls_ticket ON queue_calls(ticket_id)",
            "CREATE TABLE queue_windows (window_no INTEGER NOT NULL, paused INTEGER NOT NULL, "
            "changed_at TEXT, changed_by TEXT)",
            "CREATE UNIQUE INDEX idx_queue_windows_no ON queue_windows(window_no)"):
        ddl.execute(statement)


def _v5_station_claims(ddl: Ddl) -> None:
    """Which PC runs each station code now: a claim row per code with the host and process
    that hold it and a heartbeat, so a second PC started with the same code is told so (a dead
    PC's claim goes stale).  Live state only: ``store copy`` does not carry it."""
    ddl.execute("CREATE TABLE station_claims (code TEXT PRIMARY KEY, host TEXT NOT NULL, "
                "pid INTEGER NOT NULL, runs TEXT, window_no INTEGER, "
                "started_at TEXT NOT NULL, heartbeat_at TEXT NOT NULL)")


def _v6_law(ddl: Ddl) -> None:
    """Issue 15 (the law exactly).  A package records what kind of office accepted it (its
    document rules and terms depend on it), how the applicant consented to the use of data
    from information systems (written, EDS or SMS, seed 003 l.143), when a result without a
    term is expected back (S1 through the State Corporation), and its result when the office
    draws it up (S2: queue notification with the queue number or referral, seed 002 l.37).
    The handover to the dispatch desk is recorded (its 30 minutes are watched, seed 004
    l.287).  A complaint records the complainant's postal address, to whom it is addressed and where
    the answer will be given (seed 000 l.33, seed 002 l.44)."""
    for column in ("office_kind", "consent_method", "expected_back_date", "result_kind",
                   "result_data", "result_recorded_at", "result_recorded_by", "handed_over_at",
                   "handed_over_by"):
        ddl.execute(f"ALTER TABLE packages ADD COLUMN {column} TEXT")
    for column in ("postal_address", "addressed_to", "answer_place"):
        ddl.execute(f"ALTER TABLE complaints ADD COLUMN {column} TEXT")


def _v7_audit_rows(ddl: Ddl) -> None:
    """Each event carries the canonical hashes of the audited rows it created or changed
    (JSON text: [[table, key, hash], ...]), part of the event's own hash (db/events.py)."""
    ddl.execute("ALTER TABLE events ADD COLUMN row_hashes TEXT")


def _v8_request_ids(ddl: Ddl) -> None:
    """The accept request's own id (``request_id``): a retry after a lost answer finds the
    package the first try stored instead of storing it twice."""
    ddl.execute("ALTER TABLE packages ADD COLUMN request_id TEXT")
    ddl.execute("CREATE UNIQUE INDEX idx_packages_request ON packages(request_id)")


def _v9_privacy(ddl: Ddl) -> None:
    """Personal data (issue 13): when the applicant consented to a home-visit request keeping
    their name, phone and address (a request without it is refused)."""
    ddl.execute("ALTER TABLE home_requests ADD COLUMN consent_at TEXT")


MIGRATIONS: list[Callable[[Ddl], None]] = [_v1, _v2_reliability, _v3_home_visits,
                                           _v4_queue_windows, _v5_station_claims, _v6_law,
                                           _v7_audit_rows, _v8_request_ids, _v9_privacy]
SCHEMA_VERSION = len(MIGRATIONS)

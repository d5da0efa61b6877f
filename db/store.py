"""The office's store, on either engine: the embedded SQLite file of a one-PC office (WAL,
foreign keys, busy timeout, ``BEGIN IMMEDIATE``) or the office server's PostgreSQL database
shared by every counter, kiosk and display.  The core only uses the calls of :class:`Store`;
what differs between the engines is settled in :mod:`db.dialect`.

``open_store(target)`` (or ``Store(target)``) takes a path or a ``postgresql://`` URI."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, Callable, Iterator

from db.dialect import EngineError, PostgresEngine, SqliteEngine, is_server_uri, lock_wait_s
from db.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["Store", "open_store", "is_server_uri", "StoreError", "StoreTooNew", "StoreDamaged",
           "StoreUnavailable", "StoreBusy"]

BUSY_TIMEOUT_S = 30.0


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why."""


class StoreTooNew(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class StoreBusy(StoreError):
    """Another station kept the write lock longer than this store waits (60 s for a
    command, 5 s at the desk): nothing was stored; try again."""


class StoreUnavailable(StoreError):
    """The office server cannot be reached (now): the message names HOST:PORT, never a
    password.  Nothing of the interrupted write was stored; the caller may try again."""

    def __init__(self, message: str, address: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.address = address    # HOST:PORT
        self.reason = reason      # libpq's words, e.g. "Connection refused"


def _store_error(err: EngineError) -> StoreError:
    if err.kind == "unavailable":
        return StoreUnavailable(str(err), err.address, err.reason)
    if err.kind == "busy":
        return StoreBusy(str(err))
    return (StoreDamaged if err.kind == "damaged" else StoreError)(str(err))


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except EngineError as err:
        raise _store_error(err) from None


class _MigrationStep:
    """What a migration step runs its statements through (``execute``; ``conn`` for steps
    written as ``db.conn.execute``)."""

    def __init__(self, store: "Store") -> None:
        self._store = store

    def execute(self, sql: str, params: Any = ()) -> Any:
        first = sql.split(None, 1)[0].upper() if sql.strip() else ""
        if first in ("CREATE", "ALTER", "DROP") and not params:
            self._store.engine.ddl(sql)
            return None
        return self._store.engine.execute(sql, params)

    @property
    def conn(self) -> "_MigrationStep":
        return self


class Store:
    """One connection to the office's store.  Writes go through :meth:`write`."""

    def __init__(self, target: str | Path, *, migrate: bool = True) -> None:
        self.engine: SqliteEngine | PostgresEngine
        with _mapped():
            if is_server_uri(target):
                self.engine = PostgresEngine(str(target))
            else:
                self.engine = SqliteEngine(Path(target))
        self.kind = self.engine.kind
        self.dialect = self.kind              # "sqlite" or "postgresql"
        # the server's libpq URI (never with a password: refused above), for a second
        # connection such as the hall display's LISTEN; None for the embedded store
        self.conninfo: str | None = str(target) if self.kind == "postgresql" else None
        self.path: Path | None = self.engine.path
        self.where = self.engine.where        # for messages: the file, or HOST:PORT/dbname
        self.version = self.engine.opened_version
        if self.version > SCHEMA_VERSION:
            self.close()
            raise StoreTooNew(
                f"{self.where} was written by a newer Qabyldau (schema {self.version}, "
                f"this program knows {SCHEMA_VERSION}): update the program")
        if migrate and self.version < SCHEMA_VERSION:
            try:
                self._migrate()
            except BaseException:
                self.close()
                raise

    @property
    def db(self) -> Any:
        """The sqlite-utils database of an embedded store (tests and SQLite tools only)."""
        if isinstance(self.engine, SqliteEngine):
            return self.engine.db
        raise StoreError("an office server store has no SQLite connection")

    @property
    def is_server(self) -> bool:
        return self.kind == "postgresql"

    @property
    def target(self) -> str | Path:
        """What this store was opened on: the server's URI or the embedded store's file."""
        if self.conninfo is not None:
            return self.conninfo
        assert self.path is not None
        return self.path

    def pinger(self) -> Callable[[], None]:
        """A check that the store answers, for any thread: on the server one round trip on a
        short-lived connection of its own (never this store's, which belongs to the thread
        that opened it), StoreUnavailable while the server is away; the embedded store has no
        server, so its check does nothing."""
        uri = self.conninfo
        if uri is None:
            return _nothing

        def ping() -> None:
            from db.server_ping import ping_server
            with _mapped():
                ping_server(uri)
        return ping

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.engine.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        if self.version > 0 and self.path is not None:
            backup = self.path.with_name(f"{self.path.name}.before-v{SCHEMA_VERSION}.bak")
            self.backup_to(backup)
        step_runner = _MigrationStep(self)
        with _mapped(), self.engine.migration_lock():
            self._migrate_steps(step_runner)

    def _migrate_steps(self, step_runner: _MigrationStep) -> None:
        while self.version < SCHEMA_VERSION:
            with self.write():   # the write lock: two PCs starting at once take turns
                with _mapped():
                    current = self.engine.current_version()
                if current != self.version:  # another process migrated meanwhile
                    if current > SCHEMA_VERSION:
                        raise StoreTooNew(
                            f"{self.where} was written by a newer Qabyldau (schema {current}, "
                            f"this program knows {SCHEMA_VERSION}): update the program")
                    self.version = current
                    continue
                with _mapped():
                    MIGRATIONS[self.version](step_runner)
                    self.engine.set_version(self.version + 1)
            self.version += 1

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator["Store"]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``; on the server the
        store's write lock) so two writers queue instead of failing half-way; rolled back
        whole on any error, and on the server also when the connection is lost."""
        engine = self.engine
        if engine.in_transaction:
            raise StoreError("nested write transaction")
        with _mapped():
            engine.begin_write()
        try:
            yield self
        except BaseException:
            engine.rollback()
            raise
        else:
            try:
                with _mapped():
                    engine.commit()
            except BaseException:
                engine.rollback()
                raise

    def execute(self, sql: str, params: Any = ()) -> Any:
        """One statement (inside :meth:`write` for a change); portable SQL with ``?`` marks.
        Returns the cursor: ``rowcount``, ``fetchone()``, ``fetchall()`` (with RETURNING)."""
        try:
            return self.engine.execute(sql, params)
        except EngineError as err:
            raise _store_error(err) from None

    def executemany(self, sql: str, rows: Any) -> Any:
        """One statement for many parameter rows (inside :meth:`write`); ``rowcount`` is the
        total of rows changed."""
        try:
            return self.engine.executemany(sql, rows)
        except EngineError as err:
            raise _store_error(err) from None

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row (inside :meth:`write`) and return its ``id``."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        row = self.execute(f"INSERT INTO {table}({cols}) VALUES ({marks}) RETURNING id",
                           tuple(values.values())).fetchone()
        return int(row[0])

    def set_lock_wait(self, seconds: float) -> None:
        """How long this store's writes wait for another station's (the desk: 5 s)."""
        if isinstance(self.engine, SqliteEngine):
            self.engine.lock_wait_s = seconds

    @property
    def lock_wait(self) -> float:
        """How many seconds a write waits for another station's before :class:`StoreBusy`
        (what a message about the held lock says)."""
        wait = getattr(self.engine, "lock_wait_s", None)
        return float(wait) if wait is not None else lock_wait_s()

    @property
    def in_transaction(self) -> bool:
        return self.engine.in_transaction

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        try:
            return self.engine.query(sql, params)
        except EngineError as err:
            raise _store_error(err) from None

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    # -- settings ------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row["value"])

    def put_setting(self, key: str, value: Any) -> None:
        """Inside a write transaction."""
        self.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False, sort_keys=True)))

    # -- checks and copies ---------------------------------------------------------------
    def backup_to(self, target: str | Path) -> Path:
        """SQLite's online backup into ``target`` (written next to it, then renamed): a
        self-contained rollback-journal file (it opens from read-only media, no -wal beside
        it), kept only when it passes SQLite's integrity check.  An office server is backed
        up with pg_dump (README, "An office with several PCs")."""
        if not isinstance(self.engine, SqliteEngine):
            raise StoreError(f"the store at {self.where} is an office server: back it up "
                             "with pg_dump (see the README)")
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        try:
            self.engine.backup_to(tmp)
            _self_contained_checked(tmp, self.where)
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    def integrity_problems(self) -> list[str]:
        with _mapped():
            problems = self.engine.integrity_problems()
        if self.version != SCHEMA_VERSION:
            problems.append(f"schema version {self.version}, expected {SCHEMA_VERSION}")
        return problems


def _nothing() -> None:
    return None


def _self_contained_checked(copy: Path, where: str) -> None:
    """Turn a fresh copy into a rollback-journal file, check its integrity, flush it to disk;
    StoreDamaged when the pages copied along are damaged (the store itself is)."""
    import os
    import sqlite3
    try:
        conn = sqlite3.connect(str(copy), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        raise                        # a full disk, a lock: not the store's fault
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]            # malformed pages were copied along
    if rows != ["ok"]:
        raise StoreDamaged(f"{where} fails SQLite's integrity check ({rows[0]}): no backup "
                           "of it was kept")
    with open(copy, "rb") as fh:
        os.fsync(fh.fileno())


def open_store(target: str | Path, *, migrate: bool = True) -> Store:
    """The store at ``target``: a file path (the embedded store) or a ``postgresql://`` URI
    (the office server; the password only through PGPASSWORD, ~/.pgpass or a service file)."""
    return Store(target, migrate=migrate)

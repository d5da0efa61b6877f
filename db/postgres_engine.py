"""The office server's engine: one connection to its PostgreSQL database, opened again when
it dies, with the whole store's write lock taken as a transaction-level advisory lock."""

from __future__ import annotations

import contextlib
import os
import re
from typing import Any, Callable, Iterator

from db.engine_base import EngineError, busy_message, lock_wait_s
from db.postgres_sql import plain_params as _plain
from db.postgres_sql import postgres_ddl, to_pyformat

__all__ = ["PostgresEngine", "server_address", "libpq_reason", "WRITE_LOCK_KEY",
           "MIGRATION_LOCK_KEY", "VERSION_TABLE"]

# pg_advisory_xact_lock key of the write lock: 'QABY' as a number (advisory locks are per
# database, so two offices in one cluster never wait for each other)
WRITE_LOCK_KEY = 0x51414259
# the migration lock ('QABM'): held by the PC that migrates, from before its first step's
# transaction to after its last, so a PC starting meanwhile begins its transactions only after
# the schema is complete and reads it fresh
MIGRATION_LOCK_KEY = 0x5141424D
VERSION_TABLE = "qabyldau_schema"


def server_address(uri: str) -> str:
    """HOST:PORT of a libpq URI (the defaults libpq would use), never the password."""
    import psycopg.conninfo
    try:
        info = psycopg.conninfo.conninfo_to_dict(uri)
    except psycopg.ProgrammingError:
        return "(an unreadable store URL)"
    host = str(info.get("host") or os.environ.get("PGHOST") or "localhost")
    port = str(info.get("port") or os.environ.get("PGPORT") or "5432")
    return f"{host}:{port}"


_PREFIX = re.compile(r'^(?:connection failed:\s*)?(?:connection to server (?:at|on) .*?failed:\s*)?'
                     r'(?:FATAL:\s*)?', re.IGNORECASE)


def libpq_reason(exc: BaseException) -> str:
    """The first useful line of a libpq error, shortened (libpq never puts the password in)."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    text = _PREFIX.sub("", lines[0]) if lines else type(exc).__name__
    if not text and len(lines) > 1:
        text = lines[1]
    return text.rstrip(".") or type(exc).__name__


class PostgresEngine:
    """One connection to the office's PostgreSQL database (autocommit between writes, so a
    desk reading never holds a snapshot open).  A connection found dead is opened again before
    the next read or write; one lost in the middle of a write rolls back on the server and is
    reported as ``unavailable``."""

    kind = "postgresql"
    path = None

    def __init__(self, uri: str) -> None:
        import psycopg
        import psycopg.conninfo
        self._psycopg = psycopg
        try:
            info = psycopg.conninfo.conninfo_to_dict(uri)
        except psycopg.ProgrammingError as exc:
            raise EngineError("other",
                              f"the store URL cannot be read ({libpq_reason(exc)})") from None
        if info.get("password"):
            raise EngineError("other", "the store URL carries a password: keep it in "
                                       "PGPASSWORD, ~/.pgpass or a service file instead")
        info.setdefault("connect_timeout", 10)
        info.setdefault("application_name", "qabyldau")
        # a PC that vanishes mid-write (cable, power) is noticed within a minute, so its
        # transaction and the write lock are released
        info.setdefault("keepalives", 1)
        info.setdefault("keepalives_idle", 15)
        info.setdefault("keepalives_interval", 5)
        info.setdefault("keepalives_count", 4)
        self._info = info
        self.address = server_address(uri)
        self.where = f"{self.address}/{info.get('dbname') or os.environ.get('PGDATABASE') or ''}"
        self._conn: Any = None
        self._tx = False
        self._connect()
        self.opened_version = self._open_version()

    # connection ------------------------------------------------------------------------------
    def _unavailable(self, exc: BaseException | None) -> EngineError:
        reason = libpq_reason(exc) if exc is not None else "the connection was lost"
        return EngineError("unavailable",
                           f"cannot reach the office server at {self.address} ({reason})",
                           address=self.address, reason=reason)

    def _connect(self) -> None:
        psycopg = self._psycopg
        from psycopg.adapt import Loader

        class _NumericLoader(Loader):
            """SUM() of integer columns is numeric on PostgreSQL: read whole numbers as int,
            others as float (never Decimal), as SQLite returns them."""

            def load(self, data: Any) -> Any:
                text = bytes(data).decode()
                try:
                    return int(text)
                except ValueError:
                    return float(text)
        try:
            conn = psycopg.connect(autocommit=True, **self._info)
        except psycopg.Error as exc:
            raise self._unavailable(exc) from None
        conn.adapters.register_loader("numeric", _NumericLoader)
        try:
            conn.execute(f"SET lock_timeout = '{int(lock_wait_s() * 1000)}ms'")
            conn.execute("SET idle_in_transaction_session_timeout = '120s'")
        except psycopg.Error as exc:
            with contextlib.suppress(Exception):
                conn.close()
            raise self._unavailable(exc) from None
        self._conn = conn
        self._tx = False

    def _alive(self) -> Any:
        if self._conn is None or self._conn.closed:
            if self._tx:  # lost inside a write: the server rolled it back
                self._tx = False
                raise self._unavailable(None)
            self._connect()
        return self._conn

    def _lost(self, exc: BaseException) -> bool:
        psycopg = self._psycopg
        if isinstance(exc, psycopg.InterfaceError):
            return True
        if self._conn is None or self._conn.closed or self._conn.broken:
            return True
        state = getattr(exc, "sqlstate", None) or ""
        return state.startswith("08") or state in ("57P01", "57P02", "57P03")

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        psycopg = self._psycopg
        try:
            yield
        except psycopg.Error as exc:
            if self._lost(exc):
                self._tx = False
                with contextlib.suppress(Exception):
                    self._conn.close()
                raise self._unavailable(exc) from None
            if getattr(exc, "sqlstate", None) == "55P03":
                raise EngineError("busy", busy_message(lock_wait_s())) from None
            raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self._conn is not None:
                self._conn.close()

    # statements ------------------------------------------------------------------------------
    def _run(self, fn: Callable[[Any], Any], *, retry: bool) -> Any:
        """Run ``fn(conn)``; a read outside a write on a connection that died while idle (the
        server restarted) is tried once more on a new connection."""
        conn = self._alive()
        try:
            with self._guard():
                return fn(conn)
        except EngineError as err:
            if err.kind != "unavailable" or not retry or self._tx:
                raise
        conn = self._alive()
        with self._guard():
            return fn(conn)

    def execute(self, sql: str, params: Any = ()) -> Any:
        if not params:
            return self._run(lambda c: c.execute(sql), retry=not self._tx and _is_read(sql))
        q = to_pyformat(sql)
        p = _plain(params)
        return self._run(lambda c: c.execute(q, p), retry=not self._tx and _is_read(sql))

    def executemany(self, sql: str, rows: Any) -> Any:
        q = to_pyformat(sql)
        data = [_plain(r) for r in rows]

        def go(c: Any) -> Any:
            cur = c.cursor()
            cur.executemany(q, data)
            return cur
        return self._run(go, retry=False)

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        from psycopg.rows import dict_row
        q = to_pyformat(sql) if params else sql
        p = _plain(params) if params else None

        def go(c: Any) -> list[dict[str, Any]]:
            cur = c.cursor(row_factory=dict_row)
            cur.execute(q, p)
            return list(cur.fetchall()) if cur.description else []
        rows: list[dict[str, Any]] = self._run(go, retry=not self._tx and _is_read(sql))
        return rows

    def ddl(self, sql: str) -> None:
        pg = postgres_ddl(sql)
        self._run(lambda c: c.execute(pg), retry=False)

    # transactions ----------------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self._tx

    def begin_write(self) -> None:
        def go(c: Any) -> None:
            c.execute("BEGIN")
            try:
                c.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            except BaseException:
                with contextlib.suppress(Exception):
                    c.execute("ROLLBACK")
                raise
        self._run(go, retry=True)
        self._tx = True

    def commit(self) -> None:
        try:
            self._run(lambda c: c.execute("COMMIT"), retry=False)
        finally:
            self._tx = False

    def rollback(self) -> None:
        was = self._tx
        self._tx = False
        if was and self._conn is not None and not self._conn.closed:
            with contextlib.suppress(Exception):
                self._conn.execute("ROLLBACK")

    # schema ----------------------------------------------------------------------------------
    def _open_version(self) -> int:
        """The schema version, or 0 for an empty database; another program's tables refuse."""
        row = self.query(
            "SELECT to_regclass(?) IS NOT NULL AS ours, (SELECT COUNT(*) FROM "
            "information_schema.tables WHERE table_schema = current_schema()) AS tables",
            (VERSION_TABLE,))[0]
        if not row["ours"]:
            if row["tables"]:
                raise EngineError("damaged", f"the database at {self.where} holds tables of "
                                             "another program, not a Qabyldau store")
            return 0
        return self.current_version()

    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        """A session advisory lock around the whole migration (each step also runs under the
        write lock, ``pg_advisory_xact_lock``)."""
        self._run(lambda c: c.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,)),
                  retry=True)
        try:
            yield
        finally:
            if self._conn is not None and not self._conn.closed:
                with contextlib.suppress(Exception):
                    self._conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))

    def current_version(self) -> int:
        if not self.query("SELECT to_regclass(?) IS NOT NULL AS ours", (VERSION_TABLE,))[0]["ours"]:
            return 0
        row = self.query(f"SELECT MAX(version) AS v FROM {VERSION_TABLE}")
        return int(row[0]["v"] or 0)

    def set_version(self, version: int) -> None:
        self.ddl(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
        self.execute(f"DELETE FROM {VERSION_TABLE}")
        self.execute(f"INSERT INTO {VERSION_TABLE}(version) VALUES (?)", (int(version),))

    def integrity_problems(self) -> list[str]:
        rows = self.query(
            "SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)")
        return [f"integrity: index {r['name']} is not valid" for r in rows]


_READ = re.compile(r"^\s*(SELECT|WITH)\b", re.IGNORECASE)


def _is_read(sql: str) -> bool:
    return bool(_READ.match(sql))

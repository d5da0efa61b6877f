"""Opening the store: WAL, foreign keys, busy timeout, schema version and migrations, and
the single write path (``BEGIN IMMEDIATE`` … ``COMMIT``)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from db.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["Store", "StoreError", "StoreTooNew", "StoreDamaged", "StoreUnavailable"]

BUSY_TIMEOUT_S = 30.0


class StoreError(RuntimeError):
    """The store cannot do what was asked; the message says why."""


class StoreTooNew(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class StoreUnavailable(StoreError):
    """The office server cannot be reached (now): the message names HOST:PORT, never a
    password.  Nothing of the interrupted write was stored; the caller may try again."""


class Store:
    """One connection to the office's SQLite file.  Writes go through :meth:`write`."""

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = sqlite_utils.Database(conn)
            # one statement, one snapshot: a store being created by another process is seen
            # either empty at version 0 or complete at version 1
            self.version, tables = conn.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table')").fetchone()
            foreign = self.version == 0 and tables > 0
            if not foreign:
                if self.db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._retry(self.db.enable_wal)
                conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreDamaged(f"{self.path} is not a readable Qabyldau store ({exc})") from None
        if foreign:  # tables but no schema version: another program's database
            self.close()
            raise StoreDamaged(f"{self.path} is an SQLite file of another program, "
                               "not a Qabyldau store")
        if self.version > SCHEMA_VERSION:
            self.close()
            raise StoreTooNew(
                f"{self.path} was written by a newer Qabyldau (schema {self.version}, "
                f"this program knows {SCHEMA_VERSION}): update the program")
        if migrate and self.version < SCHEMA_VERSION:
            self._migrate()

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _retry(fn: Any, attempts: int = 50) -> Any:
        for i in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                    raise
                time.sleep(0.05)
        return None

    def _migrate(self) -> None:
        if self.version > 0:
            backup = self.path.with_name(f"{self.path.name}.before-v{SCHEMA_VERSION}.bak")
            self.backup_to(backup)
        while self.version < SCHEMA_VERSION:
            step = MIGRATIONS[self.version]
            with self.write():
                current = self.db.conn.execute("PRAGMA user_version").fetchone()[0]
                if current != self.version:  # another process migrated meanwhile
                    self.version = current
                    continue
                step(self.db)
                self.db.conn.execute(f"PRAGMA user_version = {self.version + 1}")
            self.version += 1

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so two writers queue
        instead of failing half-way; rolled back whole on any error."""
        conn = self.db.conn
        if conn.in_transaction:
            raise StoreError("nested write transaction")
        self._retry(lambda: conn.execute("BEGIN IMMEDIATE"))
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def execute(self, sql: str, params: Any = ()) -> Any:
        """One statement (inside :meth:`write` for a change); portable SQL with ``?`` marks.
        Returns the cursor: ``rowcount``, ``fetchone()``, ``fetchall()`` (with RETURNING)."""
        return self.db.conn.execute(sql, params)

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row (inside :meth:`write`) and return its ``id``."""
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        row = self.db.conn.execute(
            f"INSERT INTO {table}({cols}) VALUES ({marks}) RETURNING id",
            tuple(values.values())).fetchone()
        return int(row[0])

    @property
    def in_transaction(self) -> bool:
        return bool(self.db.conn.in_transaction)

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.db.conn.execute(sql, params)
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    # -- settings ------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def put_setting(self, key: str, value: Any) -> None:
        """Inside a write transaction."""
        self.db.conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False, sort_keys=True)))

    # -- checks and copies ---------------------------------------------------------------
    def backup_to(self, target: str | Path) -> Path:
        """SQLite's online backup into ``target`` (written next to it, then renamed): a
        self-contained rollback-journal file (it opens from read-only media, no -wal beside
        it), kept only when it passes SQLite's integrity check."""
        target = Path(target)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                self.db.conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                rows = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
            except sqlite3.OperationalError:
                raise                        # a full disk, a lock: not the store's fault
            except sqlite3.DatabaseError as exc:
                rows = [str(exc)]            # malformed pages were copied along
            finally:
                dest.close()
            if rows != ["ok"]:
                raise StoreDamaged(f"{self.path} fails SQLite's integrity check ({rows[0]}): "
                                   "no backup of it was kept")
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    def integrity_problems(self) -> list[str]:
        problems: list[str] = []
        rows = self.db.conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems += [f"integrity: {r[0]}" for r in rows]
        for r in self.db.conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: table {r[0]} row {r[1]} points to missing {r[2]}")
        if self.version != SCHEMA_VERSION:
            problems.append(f"schema version {self.version}, expected {SCHEMA_VERSION}")
        return problems

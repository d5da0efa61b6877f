"""The embedded store's engine: one SQLite file (WAL, foreign keys, busy timeout,
``BEGIN IMMEDIATE`` waiting at most the lock wait)."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import sqlite_utils

from db.engine_base import BUSY_TIMEOUT_S, EngineError, busy_message, lock_wait_s

__all__ = ["SqliteEngine"]


class SqliteEngine:
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = sqlite_utils.Database(conn)
            self.conn = conn
            # one statement, one snapshot: a store being created by another process is seen
            # either empty at version 0 or complete at version 1
            version, tables = conn.execute(
                "SELECT (SELECT user_version FROM pragma_user_version), "
                "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table')").fetchone()
            foreign = version == 0 and tables > 0
            if not foreign:
                if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self._retry(self.db.enable_wal)
                conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise EngineError("damaged", f"{path} is not a readable Qabyldau store ({exc})") \
                from None
        if foreign:  # tables but no schema version: another program's database
            self.close()
            raise EngineError("damaged", f"{path} is an SQLite file of another program, "
                                         "not a Qabyldau store")
        self.opened_version = int(version)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    @staticmethod
    def _retry(fn: Callable[[], Any], attempts: int = 50) -> Any:
        for i in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                    raise
                time.sleep(0.05)
        return None

    # statements
    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def ddl(self, sql: str) -> None:
        self.conn.execute(sql)

    # transactions
    @property
    def in_transaction(self) -> bool:
        return bool(self.conn.in_transaction)

    lock_wait_s: float | None = None   # None: lock_wait_s() of the environment

    def begin_write(self) -> None:
        """BEGIN IMMEDIATE, waiting at most the lock wait for another writer; then
        EngineError("busy")."""
        wait = self.lock_wait_s if self.lock_wait_s is not None else lock_wait_s()
        deadline = time.monotonic() + wait
        try:
            while True:
                left = deadline - time.monotonic()
                self.conn.execute(f"PRAGMA busy_timeout = {max(1, int(min(left, 1.0) * 1000))}")
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise EngineError("busy", busy_message(wait)) from None
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    # schema
    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        """Nothing more than each step's BEGIN IMMEDIATE is needed in one file."""
        yield

    def current_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_version(self, version: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(version)}")

    def integrity_problems(self) -> list[str]:
        problems: list[str] = []
        rows = self.conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems += [f"integrity: {r[0]}" for r in rows]
        for r in self.conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: table {r[0]} row {r[1]} points to missing {r[2]}")
        return problems

    def backup_to(self, target: Path) -> None:
        dest = sqlite3.connect(str(target))
        try:
            self.conn.backup(dest)
        finally:
            dest.close()

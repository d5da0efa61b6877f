"""An embedded store as a file: what a backup or restore needs to know of an SQLite file that
is not (yet) the open store — its integrity, schema version and tables, the numbers it has
issued — and the copies that prove nobody else has the store open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.schema import MIGRATIONS
from db.store import Store, StoreError

__all__ = ["tables_of_version", "file_facts", "issued_in_file", "copy_when_alone",
           "checkpoint", "StoreInUse"]


class StoreInUse(StoreError):
    """Another program has the store open (a desk, a kiosk)."""


class _MemoryDdl:
    """Runs the migrations' portable statements on an in-memory SQLite database."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")

    def execute(self, sql: str, params: object = ()) -> object:
        return self.db.execute(sql, params)  # type: ignore[arg-type]

    @property
    def conn(self) -> "_MemoryDdl":
        return self


def tables_of_version(version: int) -> set[str]:
    """The tables a store of schema ``version`` has (built in memory by the migrations)."""
    ddl = _MemoryDdl()
    try:
        for step in MIGRATIONS[:version]:
            step(ddl)
        return {r[0] for r in ddl.db.execute("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        ddl.db.close()


def file_facts(path: Path) -> tuple[list[str], int, set[str]]:
    """(integrity check rows, schema version, tables) of an SQLite file, opened read-only;
    sqlite3.DatabaseError when it is no readable SQLite file."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return rows, int(version), tables


def issued_in_file(path: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """The counters (scope, last) and the receipt numbers of a store file, read-only;
    sqlite3.Error when it cannot be read."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counters = [(str(s), int(last or 0)) for s, last in
                    conn.execute("SELECT scope, last FROM counters")]
        numbers = [str(n) for n, in conn.execute("SELECT number FROM packages")]
    finally:
        conn.close()
    return counters, numbers


def copy_when_alone(current: Path, target: Path) -> None:
    """A consistent, self-contained copy of ``current`` into ``target``, only while no other
    program has it open (StoreInUse); sqlite3 errors of a damaged file go to the caller."""
    conn = sqlite3.connect(str(current), timeout=1, isolation_level=None)
    try:
        # every open connection holds a shared lock on a WAL store, even an idle desk:
        # an exclusive lock proves nobody has it open, and keeps them out meanwhile
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise StoreInUse("another Qabyldau program is using the data: close the desk "
                             "and the kiosk, then restore again")
        conn.execute("PRAGMA quick_check").fetchall()
        dest = sqlite3.connect(str(target))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        conn.close()


def checkpoint(store: Store) -> None:
    """Move the write-ahead log into the store file (before the file is moved into place)."""
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")

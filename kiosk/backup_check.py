"""Checking a store file before it is trusted: copied in privately with SQLite's backup, then
SQLite's integrity check, a Qabyldau store with every table of its schema version (not newer
than this program), an intact event trail whose audited rows match their events."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from db.events import verify_chain
from db.packages import count_packages
from db.schema import SCHEMA_VERSION
from db.sqlite_files import file_facts, tables_of_version
from db.store import Store, StoreDamaged, StoreError, StoreTooNew

__all__ = ["check_backup", "check_copy", "copy_in", "unlink_db", "staging_file"]

_HEADER = b"SQLite format 3\x00"


def check_copy(path: Path, source: Path) -> tuple[int, int, int]:
    """Check a private copy; (schema version, packages, events) or a StoreError saying why."""
    try:
        rows, version, tables = file_facts(path)
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"{source} is not a readable SQLite file ({exc})") from None
    if rows != ["ok"]:
        raise StoreDamaged(f"{source} is damaged (SQLite integrity check: {rows[0]})")
    if version < 1 or not {"packages", "events", "settings", "counters"} <= tables:
        raise StoreDamaged(f"{source} is an SQLite file but not a Qabyldau store")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(f"{source} was written by a newer Qabyldau (schema {version}, this "
                          f"program knows {SCHEMA_VERSION}): update the program first")
    missing = sorted(tables_of_version(version) - tables)
    if missing:
        raise StoreDamaged(f"{source} lacks table(s) {', '.join(missing)} of a schema "
                           f"v{version} store: it cannot replace the store")
    try:
        with Store(path, migrate=False) as store:
            chain = verify_chain(store)
            packages = count_packages(store)
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"{source} cannot be read as a Qabyldau store ({exc})") from None
    if not chain.ok:
        where = f" at event {chain.first_broken}" if chain.first_broken else ""
        raise StoreDamaged(f"{source}: the event trail is broken{where}: {chain.reason}")
    return version, packages, chain.count


def copy_in(source: Path, target: Path) -> None:
    """Copy a store file with SQLite's backup (takes its -wal into account); garbage fails."""
    with open(source, "rb") as fh:
        head = fh.read(len(_HEADER))
    if head != _HEADER:
        raise StoreDamaged(f"{source} is not an SQLite file" + (" (it is empty)" if not head else ""))
    target.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dest = sqlite3.connect(str(target))
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    except sqlite3.DatabaseError as exc:
        target.unlink(missing_ok=True)
        raise StoreDamaged(f"{source} is not a readable SQLite file ({exc})") from None


def unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def staging_file(folder: Path, what: str) -> Path:
    return Path(folder) / f".{what}-{os.getpid()}-{time.monotonic_ns() % 10**9}.sqlite3"


def check_backup(source: str | Path, work_dir: Path) -> tuple[int, int, int]:
    """Check a backup file without touching the store: (schema version, packages, events)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    tmp = staging_file(work_dir, "check")
    try:
        copy_in(source, tmp)
        return check_copy(tmp, source)
    finally:
        unlink_db(tmp)

"""Where the office's backups live (``backups/`` in the data folder), the names of their
files, which one is the latest, and whether this PC's store is a server's instead (backed up
with pg_dump, not here)."""

from __future__ import annotations

import re
from pathlib import Path

from db.store import StoreError

__all__ = ["BACKUP_DIR", "KEEP_DAYS_DEFAULT", "STALE_S", "PG_BACKUP_HINT", "backups_dir",
           "latest_backup", "is_server_store"]

BACKUP_DIR = "backups"
KEEP_DAYS_DEFAULT = 14
_DAILY = re.compile(r"^qabyldau-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_PARTIAL = re.compile(r"(\.part$|^qabyldau-\d{4}-\d{2}-\d{2}\.sqlite3\.\d+$)")
_STAGING = re.compile(r"^\.(restore|check)-\d+(-\d+)?\.sqlite3(-wal|-shm|-journal)?$")
STALE_S = 3600
PG_BACKUP_HINT = ("the office store is on a PostgreSQL server: back it up with pg_dump "
                  "(pg_dump -Fc -f qabyldau.dump \"$QABYLDAU_STORE\") and restore it with "
                  "pg_restore (pg_restore --clean -d \"$QABYLDAU_STORE\" qabyldau.dump), as the "
                  "README's \"An office with several PCs\" says; this command copies the "
                  "embedded SQLite store only")


def is_server_store(folder: str | Path | None = None, explicit: str | None = None) -> bool:
    """True when this PC's store is the office's PostgreSQL server (``--store``,
    $QABYLDAU_STORE or the station file), not the data folder's file."""
    from kiosk.context import store_target
    from kiosk.paths import data_dir
    try:
        return isinstance(store_target(Path(folder) if folder else data_dir(None), explicit), str)
    except StoreError:
        return False


def backups_dir(folder: Path) -> Path:
    p = Path(folder) / BACKUP_DIR
    p.mkdir(parents=True, exist_ok=True)
    return p

def latest_backup(folder: str | Path) -> Path | None:
    """The newest daily backup; else the newest kept copy of a replaced store."""
    d = Path(folder) / BACKUP_DIR
    if not d.is_dir():
        return None
    daily = sorted((p for p in d.iterdir() if _DAILY.match(p.name)), key=lambda p: p.name)
    if daily:
        return daily[-1]
    kept = sorted(d.glob("before-restore-*.sqlite3"), key=lambda p: p.name)
    return kept[-1] if kept else None

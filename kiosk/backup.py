"""Copies of the office's store: a backup on demand (SQLite's online backup, safe while the
desk works), an automatic daily backup kept for a set number of days, and a restore that
checks the file before it replaces anything and keeps the current store aside.

A backup is a self-contained rollback-journal SQLite file that passed SQLite's integrity check
before it was kept (``Store.backup_to``); it opens from read-only media.

A restore file is checked on a private copy: SQLite integrity check, a Qabyldau store with
every table of its schema version (not newer than this program), an intact event trail whose
audited rows match their events.  Then the current store is copied aside under a name never
used before (``backups/before-restore-<time>-<n>.sqlite3``), every counter of the restored
store is raised to the highest number ever issued (the replaced store's counters and packages,
the receipts on disk), so no receipt number is ever issued twice; a ``restored`` event names
who restored what; and the copy is moved into place with one atomic rename.

Daily backups are kept by count: the newest ``backup_keep_days`` days' files, whatever the
clock says (a clock two years ahead makes one more file and deletes nothing of the newest).

The work is spread over small modules, every name of which is here too:
``kiosk.backup_files`` (the folder, names, the latest copy), ``kiosk.backup_check`` (checking
a file), ``kiosk.issued_numbers`` (numbers ever issued), ``kiosk.restore`` (the restore) and
``kiosk.damaged_store`` (the message when the store cannot be opened).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

from db.store import Store, StoreDamaged, StoreError
from kiosk.backup_check import check_backup
from kiosk.backup_files import (_DAILY, _PARTIAL, _STAGING, BACKUP_DIR, KEEP_DAYS_DEFAULT,
                                PG_BACKUP_HINT, STALE_S, backups_dir, is_server_store,
                                latest_backup)
from kiosk.damaged_store import damaged_message
from kiosk.issued_numbers import issued_numbers
from kiosk.paths import store_path
from kiosk.restore import RestoreResult, restore_store

__all__ = ["BACKUP_DIR", "KEEP_DAYS_DEFAULT", "RestoreResult", "backup_store", "check_backup",
           "restore_store", "daily_backup", "latest_backup", "damaged_message", "backups_dir",
           "refuse_fresh_numbering", "clean_stale", "issued_numbers", "PG_BACKUP_HINT",
           "is_server_store", "STALE_S"]


def backup_store(store: Store, target: str | Path) -> Path:
    """A consistent, integrity-checked copy of the open store (other programs may keep
    writing meanwhile).  A folder as ``target``: a dated file inside it."""
    from kiosk.errors import InputError
    from kiosk.safe_write import is_own_file
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / f"qabyldau-backup-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    target = target.resolve()
    if store.path is not None and (is_own_file(store.path.parent, target)
                                   or target == store.path.resolve()):
        raise InputError("out", "out.store_file", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    return store.backup_to(target)


# -- what must never happen: a fresh numbering over an office's history ----------------------
def refuse_fresh_numbering(folder: str | Path, store_file: Path | None = None) -> None:
    """A store file missing or empty while the folder holds receipts or backups: the store
    was lost, and a new one would number receipts from 0001 again.  StoreDamaged (exit 3)
    naming the latest backup and the restore command."""
    folder = Path(folder)
    current = store_file if store_file is not None else store_path(folder)
    try:
        if current.exists() and current.stat().st_size > 0:
            return
    except OSError:
        return
    receipts = folder / "receipts"
    has_receipts = receipts.is_dir() and any(receipts.glob("*/*.pdf"))
    has_backups = latest_backup(folder) is not None
    if not (has_receipts or has_backups):
        return
    state = "is empty" if current.exists() else "is missing"
    latest = latest_backup(folder)
    how = (f"restore the latest backup, {latest}: qabyldau restore \"{latest}\" --data-dir "
           f"\"{folder}\" --login ADMIN" if latest else
           f"no backup is in {folder / BACKUP_DIR}: restore one from your backup media with "
           f"qabyldau restore FILE --data-dir \"{folder}\" --login ADMIN")
    raise StoreDamaged(f"{current} {state}, but this folder holds the office's "
                       f"{'receipts' if has_receipts else 'backups'}: a new store would issue "
                       f"receipt numbers again from 0001, so none is made. To go on, {how}")


def clean_stale(folder: str | Path, *, older_than_s: float = STALE_S) -> int:
    """Remove copies a power cut or a crash left half-made (``*.part`` in backups/, staging
    files of a restore or a check) once they are older than ``older_than_s``."""
    folder = Path(folder)
    cutoff = time.time() - older_than_s
    removed = 0
    places = [(folder / BACKUP_DIR, _PARTIAL), (folder, _STAGING)]
    for where, pattern in places:
        if not where.is_dir():
            continue
        for p in where.iterdir():
            try:
                if pattern.search(p.name) and p.is_file() and p.stat().st_mtime < cutoff:
                    p.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


# -- the automatic daily backup --------------------------------------------------------------
def daily_backup(store: Store, folder: str | Path, today: dt.date,
                 keep_days: int | None = None) -> Path | None:
    """Once a day (the first time the office opens, and again by the desk's timer when it
    stays open past midnight): backups/qabyldau-YYYY-MM-DD.sqlite3.  The newest ``keep_days``
    daily copies are kept, older ones removed: by count, so no clock can delete them.
    Returns the new file, or None when today's copy exists.  A failure (disk full) never stops
    the office from opening."""
    folder = Path(folder)
    part: Path | None = None
    try:
        keep = keep_days if keep_days is not None else store.get_setting("backup_keep_days",
                                                                         KEEP_DAYS_DEFAULT)
        keep = max(1, int(keep))
        target_dir = backups_dir(folder)
        target = target_dir / f"qabyldau-{today.isoformat()}.sqlite3"
        made = None
        if not target.exists():
            part = target_dir / f"{target.name}.{os.getpid()}"
            store.backup_to(part)
            os.replace(part, target)
            made = target
        daily = sorted((p for p in target_dir.iterdir() if _DAILY.match(p.name)),
                       key=lambda p: p.name, reverse=True)
        for old in daily[keep:]:
            if old != made:
                old.unlink(missing_ok=True)
        clean_stale(folder)
        return made
    except (OSError, sqlite3.Error, ValueError, TypeError, StoreError):
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        return None

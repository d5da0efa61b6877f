"""Restoring a backup: the file is checked on a private copy, the current store is copied
aside under a name never used before (``backups/before-restore-<time>-<n>.sqlite3``), every
counter of the restored store is raised to the highest number ever issued, a ``restored``
event names who restored what, and the copy is moved into place with one atomic rename."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.events import append_event
from db.sqlite_files import checkpoint, copy_when_alone
from db.store import Store, StoreError
from kiosk.backup_check import check_copy, copy_in, staging_file, unlink_db
from kiosk.backup_files import PG_BACKUP_HINT, backups_dir, is_server_store
from kiosk.issued_numbers import issued_numbers, raise_counters, raise_scope
from kiosk.paths import store_path

if TYPE_CHECKING:
    from kiosk.staff import Employee

__all__ = ["RestoreResult", "restore_store"]


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None      # the store that was replaced, or None if there was none
    packages: int
    events: int
    schema_version: int
    counters_raised: int = 0     # counters set above the backup's, so no number comes twice


def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _new_aside_name(folder: Path, now: dt.datetime) -> Path:
    """A name in backups/ that was never used: created exclusively, so two restores in the
    same second (or two programs) each keep their own copy."""
    target_dir = backups_dir(folder)
    for n in range(1, 100_000):
        candidate = target_dir / f"before-restore-{_stamp(now)}-{n}.sqlite3"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise StoreError(f"{target_dir}: no free name for the copy of the replaced store")


def _set_aside(current: Path, folder: Path, now: dt.datetime) -> Path:
    """Keep the current store: a consistent copy if it can be read, else the raw files.
    Refuses while another program has the store open."""
    aside = _new_aside_name(folder, now)
    try:
        copy_when_alone(current, aside)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            aside.unlink(missing_ok=True)
            raise StoreError("another Qabyldau program is using the data: close the desk "
                             "and the kiosk, then restore again") from None
        _copy_raw(current, aside)
    except sqlite3.DatabaseError:
        _copy_raw(current, aside)       # damaged: keep it exactly as it is
    except BaseException:
        aside.unlink(missing_ok=True)
        raise
    return aside


def _copy_raw(current: Path, aside: Path) -> None:
    for suffix in ("", "-wal"):
        src = Path(f"{current}{suffix}")
        if src.exists():
            shutil.copy2(src, f"{aside}{suffix}")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _require_admin(by: "Employee | None") -> None:
    from kiosk.errors import InputError
    if by is None or by.role != "administrator":
        raise InputError("login", "staff.forbidden", login=by.login if by else "-",
                         section="restore")


def restore_store(folder: str | Path, source: str | Path, now: dt.datetime | None = None, *,
                  by: "Employee | None" = None) -> RestoreResult:
    """Replace the store in ``folder`` with a checked copy of ``source`` (an administrator's
    act, recorded as a ``restored`` event in the restored store's trail)."""
    _require_admin(by)
    assert by is not None
    if is_server_store(folder):
        raise StoreError(PG_BACKUP_HINT)
    folder = Path(folder)
    source = Path(source).expanduser().resolve()
    current = store_path(folder)
    if source == current.resolve():
        raise StoreError("this file is the store itself: choose a backup file")
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    staged = staging_file(folder, "restore")
    try:
        copy_in(source, staged)
        version, packages, events = check_copy(staged, source)
        top = issued_numbers(folder, current)
        aside = _set_aside(current, folder, moment) if current.exists() else None
        if aside is not None:
            for scope, last in issued_numbers(folder, aside).items():
                raise_scope(top, scope, last)
        with Store(staged) as restored:       # migrates an older backup to this program's schema
            with restored.write():
                raised = raise_counters(restored, top)
                append_event(restored, "restored", moment.isoformat(sep=" "), employee=by.login,
                             data={"from": str(source), "sha256": _sha256(source),
                                   "packages": packages, "events": events,
                                   "schema_version": version, "counters_raised": raised,
                                   "kept_aside": str(aside) if aside else None})
            checkpoint(restored)
        for suffix in ("-wal", "-shm"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
        os.replace(staged, current)
        for suffix in ("-wal", "-shm"):  # the old store's journal must never meet the new file
            Path(f"{current}{suffix}").unlink(missing_ok=True)
    finally:
        unlink_db(staged)
        for old in folder.glob(f"{staged.name}.before-v*.bak"):
            old.unlink(missing_ok=True)
    return RestoreResult(source, aside, packages, events + 1, version, raised)

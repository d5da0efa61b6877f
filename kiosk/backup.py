"""Copies of the office's store: a backup on demand (SQLite's online backup, safe while the
desk works), an automatic daily backup kept for a set number of days, and a restore that
checks the file before it replaces anything and keeps the current store aside.

A restore file is checked on a private copy: SQLite integrity check, a Qabyldau store (its
tables, a schema version this program knows, not newer), and an intact event trail.  Only then
is the current store copied aside (``backups/before-restore-…``) and the checked copy moved
into place with one atomic rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from db.events import verify_chain
from db.schema import SCHEMA_VERSION
from db.store import Store, StoreDamaged, StoreError, StoreTooNew
from kiosk.paths import store_path

__all__ = ["BACKUP_DIR", "KEEP_DAYS_DEFAULT", "RestoreResult", "backup_store", "check_backup",
           "restore_store", "daily_backup", "latest_backup", "damaged_message", "backups_dir"]

BACKUP_DIR = "backups"
KEEP_DAYS_DEFAULT = 14
_DAILY = re.compile(r"^qabyldau-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_PARTIAL = re.compile(r"^qabyldau-\d{4}-\d{2}-\d{2}\.sqlite3\.\d+(\.part)?$")
_HEADER = b"SQLite format 3\x00"
_QABYLDAU_TABLES = {"packages", "events", "settings", "counters"}


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None      # the store that was replaced, or None if there was none
    packages: int
    events: int
    schema_version: int


def backups_dir(folder: Path) -> Path:
    p = Path(folder) / BACKUP_DIR
    p.mkdir(parents=True, exist_ok=True)
    return p


def backup_store(store: Store, target: str | Path) -> Path:
    """A consistent copy of the open store (other programs may keep writing meanwhile)."""
    target = Path(target).expanduser().resolve()
    if store.path is not None and target == store.path.resolve():
        raise StoreError("a backup cannot overwrite the store itself: choose another file")
    target.parent.mkdir(parents=True, exist_ok=True)
    return store.backup_to(target)


# -- checking a file -------------------------------------------------------------------------
def _check_copy(path: Path, source: Path) -> tuple[int, int, int]:
    """Check a private copy; (schema version, packages, events) or a StoreError saying why."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                raise StoreDamaged(f"{source} is damaged (SQLite integrity check: {rows[0]})")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"{source} is not a readable SQLite file ({exc})") from None
    if not _QABYLDAU_TABLES <= tables or version < 1:
        raise StoreDamaged(f"{source} is an SQLite file but not a Qabyldau store")
    if version > SCHEMA_VERSION:
        raise StoreTooNew(f"{source} was written by a newer Qabyldau (schema {version}, this "
                          f"program knows {SCHEMA_VERSION}): update the program first")
    try:
        with Store(path, migrate=False) as store:
            chain = verify_chain(store)
            packages = store.query_one("SELECT COUNT(*) AS n FROM packages")
    except sqlite3.DatabaseError as exc:
        raise StoreDamaged(f"{source} cannot be read as a Qabyldau store ({exc})") from None
    if not chain.ok:
        where = f" at event {chain.first_broken}" if chain.first_broken else ""
        raise StoreDamaged(f"{source}: the event trail is broken{where}: {chain.reason}")
    return version, int(packages["n"] if packages else 0), chain.count


def _copy_in(source: Path, target: Path) -> None:
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


def check_backup(source: str | Path, work_dir: Path) -> tuple[int, int, int]:
    """Check a backup file without touching the store: (schema version, packages, events)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    tmp = Path(work_dir) / f".check-{os.getpid()}.sqlite3"
    try:
        _copy_in(source, tmp)
        return _check_copy(tmp, source)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


# -- restoring -------------------------------------------------------------------------------
def _stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _set_aside(current: Path, folder: Path, now: dt.datetime) -> Path:
    """Keep the current store: a consistent copy if it can be read, else the raw files.
    Refuses while another program has the store open."""
    aside = backups_dir(folder) / f"before-restore-{_stamp(now)}.sqlite3"
    try:
        conn = sqlite3.connect(str(current), timeout=1, isolation_level=None)
        try:
            # every open connection holds a shared lock on a WAL store, even an idle desk:
            # an exclusive lock proves nobody has it open, and keeps them out meanwhile
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise StoreError("another Qabyldau program is using the data: close the desk "
                                 "and the kiosk, then restore again")
            conn.execute("PRAGMA quick_check").fetchall()
            dest = sqlite3.connect(str(aside))
            try:
                conn.backup(dest)
            finally:
                dest.close()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError("another Qabyldau program is using the data: close the desk "
                             "and the kiosk, then restore again") from None
        _copy_raw(current, aside)
    except sqlite3.DatabaseError:
        _copy_raw(current, aside)       # damaged: keep it exactly as it is
    return aside


def _copy_raw(current: Path, aside: Path) -> None:
    for suffix in ("", "-wal"):
        src = Path(f"{current}{suffix}")
        if src.exists():
            shutil.copy2(src, f"{aside}{suffix}")


def restore_store(folder: str | Path, source: str | Path,
                  now: dt.datetime | None = None) -> RestoreResult:
    """Replace the store in ``folder`` with a checked copy of ``source``."""
    folder = Path(folder)
    source = Path(source).expanduser().resolve()
    current = store_path(folder)
    if source == current.resolve():
        raise StoreError("this file is the store itself: choose a backup file")
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    moment = now or dt.datetime.now()
    staged = folder / f".restore-{os.getpid()}.sqlite3"
    try:
        _copy_in(source, staged)
        version, packages, events = _check_copy(staged, source)
        aside = _set_aside(current, folder, moment) if current.exists() else None
        os.replace(staged, current)
        for suffix in ("-wal", "-shm"):  # the old store's journal must never meet the new file
            Path(f"{current}{suffix}").unlink(missing_ok=True)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)
    return RestoreResult(source, aside, packages, events, version)


# -- the automatic daily backup --------------------------------------------------------------
def daily_backup(store: Store, folder: str | Path, today: dt.date,
                 keep_days: int | None = None) -> Path | None:
    """Once a day, the first time the office opens: backups/qabyldau-YYYY-MM-DD.sqlite3; older
    daily copies beyond ``keep_days`` are removed.  Returns the new file, or None when today's
    copy exists.  A failure (disk full) never stops the office from opening."""
    folder = Path(folder)
    keep = keep_days if keep_days is not None else store.get_setting("backup_keep_days",
                                                                     KEEP_DAYS_DEFAULT)
    part: Path | None = None
    try:
        target_dir = backups_dir(folder)
        target = target_dir / f"qabyldau-{today.isoformat()}.sqlite3"
        made = None
        if not target.exists():
            part = target_dir / f"{target.name}.{os.getpid()}"
            store.backup_to(part)
            os.replace(part, target)
            made = target
        stale = time.time() - 3600
        for old in target_dir.iterdir():
            m = _DAILY.match(old.name)
            if m and (today - dt.date.fromisoformat(m.group(1))).days >= max(1, int(keep)):
                old.unlink(missing_ok=True)
            elif _PARTIAL.match(old.name) and old.stat().st_mtime < stale:
                old.unlink(missing_ok=True)  # a copy cut short by a power cut
        return made
    except (OSError, sqlite3.Error, ValueError):
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        return None


def latest_backup(folder: str | Path) -> Path | None:
    d = Path(folder) / BACKUP_DIR
    if not d.is_dir():
        return None
    daily = sorted((p for p in d.iterdir() if _DAILY.match(p.name)), key=lambda p: p.name)
    return daily[-1] if daily else None


# -- what a person reads when the store cannot be opened -------------------------------------
_DAMAGED = {
    "title": {"kk": "Деректерді ашу мүмкін емес", "ru": "Не удаётся открыть данные",
              "en": "The office data cannot be opened"},
    "body": {"kk": "Qabyldau өз деректерін аша алмады:\n{error}",
             "ru": "Qabyldau не может открыть свои данные:\n{error}",
             "en": "Qabyldau cannot open its data:\n{error}"},
    "latest": {"kk": "Соңғы автоматты резервтік көшірме: {path}\nОны қалпына келтіру үшін "
                     "барлық Qabyldau терезелерін жауып, орындаңыз:\n{command}",
               "ru": "Последняя автоматическая резервная копия: {path}\nЧтобы восстановить её, "
                     "закройте все окна Qabyldau и выполните:\n{command}",
               "en": "Latest automatic backup: {path}\nTo restore it, close every Qabyldau "
                     "window and run:\n{command}"},
    "none": {"kk": "Автоматты резервтік көшірме табылмады ({folder}). Әкімшіге хабарласыңыз.",
             "ru": "Автоматическая резервная копия не найдена ({folder}). Обратитесь к администратору.",
             "en": "No automatic backup was found in {folder}. Call your administrator."},
    "newer": {"kk": "Бағдарламаны жаңартыңыз: деректер оның жаңа нұсқасымен жазылған.",
              "ru": "Обновите программу: данные записаны её более новой версией.",
              "en": "Update the program: the data was written by a newer version."},
}


def damaged_message(folder: str | Path, error: StoreError, lang: str = "en") -> tuple[str, str]:
    """(title, text) for a store that cannot be opened, naming the latest automatic backup
    and the command that restores it."""
    lang = lang if lang in ("kk", "ru", "en") else "en"
    folder = Path(folder)
    parts = [_DAMAGED["body"][lang].format(error=error)]
    if isinstance(error, StoreTooNew):
        parts.append(_DAMAGED["newer"][lang])
    else:
        latest = latest_backup(folder)
        if latest is None:
            parts.append(_DAMAGED["none"][lang].format(folder=folder / BACKUP_DIR))
        else:
            command = f'qabyldau restore "{latest}" --data-dir "{folder}"'
            parts.append(_DAMAGED["latest"][lang].format(path=latest, command=command))
    return _DAMAGED["title"][lang], "\n\n".join(parts)

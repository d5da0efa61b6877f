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
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.events import append_event, verify_chain
from db.packages import count_packages, raise_counter
from db.schema import SCHEMA_VERSION
from db.sqlite_files import (checkpoint, copy_when_alone, file_facts, issued_in_file,
                             tables_of_version)
from db.store import Store, StoreDamaged, StoreError, StoreTooNew
from kiosk.paths import store_path

if TYPE_CHECKING:
    from kiosk.staff import Employee

__all__ = ["BACKUP_DIR", "KEEP_DAYS_DEFAULT", "RestoreResult", "backup_store", "check_backup",
           "restore_store", "daily_backup", "latest_backup", "damaged_message", "backups_dir",
           "refuse_fresh_numbering", "clean_stale", "issued_numbers", "PG_BACKUP_HINT",
           "is_server_store"]

BACKUP_DIR = "backups"
KEEP_DAYS_DEFAULT = 14
_DAILY = re.compile(r"^qabyldau-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_PARTIAL = re.compile(r"(\.part$|^qabyldau-\d{4}-\d{2}-\d{2}\.sqlite3\.\d+$)")
_STAGING = re.compile(r"^\.(restore|check)-\d+(-\d+)?\.sqlite3(-wal|-shm|-journal)?$")
_HEADER = b"SQLite format 3\x00"
_RECEIPT = re.compile(r"^(?P<office>.+)-(?P<station>[^-]+)-(?P<d>\d{6})-(?P<seq>\d{1,9})$")
STALE_S = 3600
PG_BACKUP_HINT = ("the office store is on a PostgreSQL server: back it up with pg_dump "
                  "(pg_dump -Fc -f qabyldau.dump \"$QABYLDAU_STORE\") and restore it with "
                  "pg_restore (pg_restore --clean -d \"$QABYLDAU_STORE\" qabyldau.dump), as the "
                  "README's \"An office with several PCs\" says; this command copies the "
                  "embedded SQLite store only")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None      # the store that was replaced, or None if there was none
    packages: int
    events: int
    schema_version: int
    counters_raised: int = 0     # counters set above the backup's, so no number comes twice


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


# -- checking a file -------------------------------------------------------------------------
def _check_copy(path: Path, source: Path) -> tuple[int, int, int]:
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


def _unlink_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _staging(folder: Path, what: str) -> Path:
    return Path(folder) / f".{what}-{os.getpid()}-{time.monotonic_ns() % 10**9}.sqlite3"


def check_backup(source: str | Path, work_dir: Path) -> tuple[int, int, int]:
    """Check a backup file without touching the store: (schema version, packages, events)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    tmp = _staging(work_dir, "check")
    try:
        _copy_in(source, tmp)
        return _check_copy(tmp, source)
    finally:
        _unlink_db(tmp)


# -- numbers ever issued -----------------------------------------------------------------------
def _receipt_scope(number: str) -> tuple[str, int] | None:
    m = _RECEIPT.match(number)
    if not m:
        return None
    d = m.group("d")
    try:
        day = dt.date(2000 + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return None
    return f"receipt/{m.group('office')}/{m.group('station')}/{day.isoformat()}", int(m.group("seq"))


def _raise(top: dict[str, int], scope: str, value: int) -> None:
    if value > top.get(scope, 0):
        top[scope] = value


def issued_numbers(folder: Path, store_file: Path | None = None) -> dict[str, int]:
    """The highest number ever issued in each counter's scope, as far as this folder shows:
    the store's counters and packages (when it can be read) and the receipts on disk."""
    top: dict[str, int] = {}
    if store_file is not None and store_file.exists():
        with contextlib.suppress(sqlite3.Error):
            counters, numbers = issued_in_file(store_file)
            for scope, last in counters:
                _raise(top, scope, last)
            for number in numbers:
                found = _receipt_scope(number)
                if found:
                    _raise(top, *found)
    receipts = Path(folder) / "receipts"
    if receipts.is_dir():
        for pdf in receipts.glob("*/*.pdf"):
            found = _receipt_scope(pdf.stem)
            if found:
                _raise(top, *found)
    return top


def _raise_counters(store: Store, top: dict[str, int]) -> int:
    """Inside a write: every counter at least as high as ``top``; how many were raised."""
    raised = 0
    for scope, last in sorted(top.items()):
        if raise_counter(store, scope, last):
            raised += 1
    return raised


# -- restoring -------------------------------------------------------------------------------
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
    staged = _staging(folder, "restore")
    try:
        _copy_in(source, staged)
        version, packages, events = _check_copy(staged, source)
        top = issued_numbers(folder, current)
        aside = _set_aside(current, folder, moment) if current.exists() else None
        if aside is not None:
            for scope, last in issued_numbers(folder, aside).items():
                _raise(top, scope, last)
        with Store(staged) as restored:       # migrates an older backup to this program's schema
            with restored.write():
                raised = _raise_counters(restored, top)
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
        _unlink_db(staged)
        for old in folder.glob(f"{staged.name}.before-v*.bak"):
            old.unlink(missing_ok=True)
    return RestoreResult(source, aside, packages, events + 1, version, raised)


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
            command = f'qabyldau restore "{latest}" --data-dir "{folder}" --login ADMIN'
            parts.append(_DAMAGED["latest"][lang].format(path=latest, command=command))
    return _DAMAGED["title"][lang], "\n\n".join(parts)

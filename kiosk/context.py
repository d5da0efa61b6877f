"""The open office: its store, active catalogue, profile and calendar, in one object that the
command line and the GUI both hold.  Opening needs a store made before (``qabyldau setup`` for
an office, ``qabyldau demo`` for a training office, see kiosk.office_setup): a folder without
one is :class:`StoreMissing`.  The first opening records the bundled catalogue as the first
version.  ``QABYLDAU_NOW`` is honoured on a training store only."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from db import catalogue_store
from db.calendar_days import calendar_overrides
from db.events import append_event, ensure_sealed
from db.store import Store, StoreDamaged, StoreError, is_server_uri
from kiosk import clock
from kiosk.backup import daily_backup, refuse_fresh_numbering
from kiosk.calendar import WorkingCalendar
from kiosk.catalogue import Catalogue, load_catalogue, parse_catalogue
from kiosk.documents.layout import set_training_mark
from kiosk.office import DEMO_OFFICE, OfficeProfile, office_from_dict
from kiosk.paths import data_dir, store_path
from kiosk.station import Station, load_station
from kiosk.store_kind import (FIXED_CLOCK_ENV, TRAINING, FixedClockRefused, StoreMissing,
                              fixed_clock_requested, store_kind)

__all__ = ["Context", "open_context", "store_target", "StoreMissing", "private_folder",
           "private_files"]


def private_folder(root: Path) -> Path:
    """The data folder readable by its owner only (POSIX 0700); files made in it are the
    owner's only too (umask 077 for this process)."""
    if os.name == "posix":
        os.umask(0o077)
        try:
            os.chmod(root, 0o700)
        except OSError:
            pass
    return root


def private_files(path: Path) -> None:
    """The store file and its WAL and shared-memory files: the owner's only (0600), also
    when an older version of the program made them readable to every local user."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(f"{path}{suffix}", 0o600)
        except OSError:
            pass


@dataclass
class Context:
    folder: Path
    store: Store
    catalogue: Catalogue
    office: OfficeProfile
    calendar: WorkingCalendar
    station: Station = field(default_factory=Station)
    kind: str = TRAINING
    _versions: dict[str, Catalogue] = field(default_factory=dict)

    @property
    def training(self) -> bool:
        """A training office: the mark "ОҚУ / УЧЕБНЫЙ" on every screen and paper."""
        return self.kind == TRAINING

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Context":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def catalogue_version(self, version: str) -> Catalogue:
        """The catalogue a package was accepted under (for reprints), cached."""
        if version == self.catalogue.version:
            return self.catalogue
        if version not in self._versions:
            content = catalogue_store.version_content(self.store, version)
            if content is None:
                raise KeyError(version)
            self._versions[version] = parse_catalogue(content, f"catalogue version {version}")
        return self._versions[version]

    @property
    def receipts_dir(self) -> Path:
        p = self.folder / "receipts"
        p.mkdir(parents=True, exist_ok=True)
        return p

    def reload(self) -> None:
        self.office = _load_office(self.store)
        self.calendar = _load_calendar(self.store)
        self.catalogue = _load_active_catalogue(self.store)

    @contextlib.contextmanager
    def for_worker(self) -> Iterator["Context"]:
        """This office on a connection of its own, for work on a background thread (a store's
        connection belongs to the thread that uses it; the GUI thread keeps using its own
        meanwhile).  The profile, calendar and catalogues are shared; the connection is closed
        at the end."""
        store = Store(self.store.target, migrate=False)
        try:
            yield dataclasses.replace(self, store=store, _versions=dict(self._versions))
        finally:
            store.close()

    def refresh(self) -> None:
        """Take what another PC of the office changed (the office profile, its services and
        hours, the calendar's extra days, the active catalogue) since this one read them: two
        small reads, and the catalogue is parsed again only when its version changed.  The
        intake calls it before every acceptance, the desk when a section is opened."""
        self.office = _load_office(self.store)
        self.calendar = _load_calendar(self.store)
        if catalogue_store.active_version(self.store) != self.catalogue.version:
            self.catalogue = _load_active_catalogue(self.store)

    def now(self) -> dt.datetime:
        return clock.now()

    @property
    def station_code(self) -> str:
        """This PC's station code: the station file's (or QABYLDAU_STATION), else the office
        profile's.  It is the second part of every receipt number accepted here."""
        return self.station.code or self.office.station


def _load_office(store: Store) -> OfficeProfile:
    data = store.get_setting("office")
    if data is None:
        with store.write():
            if store.get_setting("office") is None:
                store.put_setting("office", DEMO_OFFICE.to_dict())
                append_event(store, "office_created", clock.now().replace(microsecond=0)
                             .isoformat(sep=" "), data={"code": DEMO_OFFICE.code},
                             rows=[("settings", "office")])
        data = store.get_setting("office")
    return office_from_dict(data)


def _load_calendar(store: Store) -> WorkingCalendar:
    rows = calendar_overrides(store)
    return WorkingCalendar({dt.date.fromisoformat(r["day"]): bool(r["working"]) for r in rows})


def _load_active_catalogue(store: Store) -> Catalogue:
    active = catalogue_store.active_content(store)
    if active is None:
        bundled = load_catalogue()
        catalogue_store.import_version(store, bundled, activate=True, at=clock.now().isoformat())
        return bundled
    return parse_catalogue(active[1], f"catalogue version {active[0]}")


def store_target(root: Path, explicit: str | None = None) -> str | Path:
    """Where the office's store is: ``--store`` (``explicit``), else ``$QABYLDAU_STORE``, else
    ``store =`` in this PC's station file, else the embedded store in the data folder.  A
    ``postgresql://`` URI names the office server; anything else is the path of an embedded
    store file."""
    from kiosk.station import StationError
    candidates = [explicit, os.environ.get("QABYLDAU_STORE")]
    for value in candidates:
        if value and value.strip():
            return _target(value.strip())
    try:
        station_store = load_station().store
    except StationError as exc:
        raise StoreError(str(exc)) from None
    if station_store and station_store.strip():
        return _target(station_store.strip())
    return store_path(root)


def _target(value: str) -> str | Path:
    if is_server_uri(value):
        return value
    if "://" in value:
        scheme = value.split("://", 1)[0]
        raise StoreError(f"a store URL must start with postgresql:// (not {scheme}://)")
    return Path(value).expanduser()


def open_context(folder: str | Path | None = None, *, store: str | None = None,
                 ignore_fixed_clock: bool = False) -> Context:
    """The office at data folder ``folder`` (receipts and registers are written there) on the
    store :func:`store_target` finds (``store``: the ``--store`` of the command line).

    A folder (or server database) without a store raises StoreMissing: nothing is created
    (``qabyldau setup`` or ``qabyldau demo`` make one).  QABYLDAU_NOW on an office store
    raises FixedClockRefused, or with ``ignore_fixed_clock`` (the GUI) is dropped so the
    computer's clock rules."""
    root = private_folder(data_dir(folder))
    station = load_station()
    target = store_target(root, store)
    if isinstance(target, Path):  # a lost store is restored, never silently started afresh
        refuse_fresh_numbering(root, target)
        if not target.exists():
            raise StoreMissing(root)
    opened = Store(target)
    if isinstance(target, Path):
        private_files(target)
    try:
        kind = store_kind(opened)
        if not kind:
            raise StoreMissing(root)
        if kind != TRAINING and fixed_clock_requested():
            if not ignore_fixed_clock:
                raise FixedClockRefused()
            os.environ.pop(FIXED_CLOCK_ENV, None)
        ctx = Context(root, opened, _load_active_catalogue(opened), _load_office(opened),
                      _load_calendar(opened), station, kind)
        set_training_mark(kind == TRAINING)  # every paper of a training office is marked
    except sqlite3.DatabaseError as exc:  # a file that opened but cannot be read
        opened.close()
        raise StoreDamaged(f"{opened.where} is damaged ({exc})") from None
    except BaseException:
        opened.close()
        raise
    try:
        ensure_sealed(opened, clock.now().replace(microsecond=0).isoformat(sep=" "))
    except BaseException:
        opened.close()
        raise
    if not opened.is_server:  # a server office is backed up with pg_dump (README)
        daily_backup(opened, root, clock.today())  # once a day, the first time the office opens
    from kiosk.privacy import anonymise_old_packages
    anonymise_old_packages(ctx, now=clock.now())  # only when the setting is on (off: default)
    return ctx

"""The open office: its store, active catalogue, profile and calendar, in one object that the
command line and the GUI both hold.  Opening needs a store made before (``qabyldau setup`` for
an office, ``qabyldau demo`` for a training office, see kiosk.office_setup): a folder without
one is :class:`StoreMissing`.  The first opening records the bundled catalogue as the first
version.  ``QABYLDAU_NOW`` is honoured on a training store only."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db import catalogue_store
from db.store import Store, StoreDamaged
from kiosk import clock
from kiosk.backup import daily_backup
from kiosk.calendar import WorkingCalendar
from kiosk.catalogue import Catalogue, load_catalogue, parse_catalogue
from kiosk.documents.layout import set_training_mark
from kiosk.office import DEMO_OFFICE, OfficeProfile, office_from_dict
from kiosk.paths import data_dir, store_path
from kiosk.store_kind import (FIXED_CLOCK_ENV, TRAINING, FixedClockRefused, StoreMissing,
                              fixed_clock_requested, store_kind)

__all__ = ["Context", "open_context", "StoreMissing", "private_folder"]


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


@dataclass
class Context:
    folder: Path
    store: Store
    catalogue: Catalogue
    office: OfficeProfile
    calendar: WorkingCalendar
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

    def now(self) -> dt.datetime:
        return clock.now()


def _load_office(store: Store) -> OfficeProfile:
    data = store.get_setting("office")
    if data is None:
        with store.write():
            if store.get_setting("office") is None:
                store.put_setting("office", DEMO_OFFICE.to_dict())
        data = store.get_setting("office")
    return office_from_dict(data)


def _load_calendar(store: Store) -> WorkingCalendar:
    rows = store.query("SELECT day, working FROM calendar_overrides")
    return WorkingCalendar({dt.date.fromisoformat(r["day"]): bool(r["working"]) for r in rows})


def _load_active_catalogue(store: Store) -> Catalogue:
    active = catalogue_store.active_content(store)
    if active is None:
        bundled = load_catalogue()
        catalogue_store.import_version(store, bundled, activate=True, at=clock.now().isoformat())
        return bundled
    return parse_catalogue(active[1], f"catalogue version {active[0]}")


def open_context(folder: str | Path | None = None, *, ignore_fixed_clock: bool = False) -> Context:
    """The office in ``folder``.  A folder without a store raises StoreMissing (nothing is
    created).  QABYLDAU_NOW on an office store raises FixedClockRefused, or with
    ``ignore_fixed_clock`` (the GUI) is dropped so the computer's clock rules."""
    root = private_folder(data_dir(folder))
    path = store_path(root)
    if not path.exists():
        raise StoreMissing(root)
    store = Store(path)
    try:
        kind = store_kind(store)
        if not kind:
            raise StoreMissing(root)
        if kind != TRAINING and fixed_clock_requested():
            if not ignore_fixed_clock:
                raise FixedClockRefused()
            os.environ.pop(FIXED_CLOCK_ENV, None)
        ctx = Context(root, store, _load_active_catalogue(store), _load_office(store),
                      _load_calendar(store), kind)
        set_training_mark(kind == TRAINING)  # every paper of a training office is marked
    except sqlite3.DatabaseError as exc:  # a file that opened but cannot be read
        store.close()
        raise StoreDamaged(f"{store.path} is damaged ({exc})") from None
    except BaseException:
        store.close()
        raise
    daily_backup(store, root, clock.today())  # once a day, the first time the office opens
    return ctx

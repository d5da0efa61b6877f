"""The open office: its store, active catalogue, profile and calendar, in one object that the
command line and the GUI both hold.  Opening it creates the store and the demo office on first
run and records the bundled catalogue as the first version."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db import catalogue_store
from db.events import append_event, ensure_sealed
from db.store import Store, StoreDamaged
from kiosk import clock
from kiosk.backup import daily_backup, refuse_fresh_numbering
from kiosk.calendar import WorkingCalendar
from kiosk.catalogue import Catalogue, load_catalogue, parse_catalogue
from kiosk.office import DEMO_OFFICE, OfficeProfile, office_from_dict
from kiosk.paths import data_dir, store_path

__all__ = ["Context", "open_context"]


@dataclass
class Context:
    folder: Path
    store: Store
    catalogue: Catalogue
    office: OfficeProfile
    calendar: WorkingCalendar
    _versions: dict[str, Catalogue] = field(default_factory=dict)

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
                append_event(store, "office_created", clock.now().replace(microsecond=0)
                             .isoformat(sep=" "), data={"code": DEMO_OFFICE.code},
                             rows=[("settings", "office")])
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


def open_context(folder: str | Path | None = None) -> Context:
    root = data_dir(folder)
    refuse_fresh_numbering(root)  # a lost store is restored, never silently started afresh
    store = Store(store_path(root))
    try:
        ctx = Context(root, store, _load_active_catalogue(store), _load_office(store),
                      _load_calendar(store))
    except sqlite3.DatabaseError as exc:  # a file that opened but cannot be read
        store.close()
        raise StoreDamaged(f"{store.path} is damaged ({exc})") from None
    except BaseException:
        store.close()
        raise
    ensure_sealed(store, clock.now().replace(microsecond=0).isoformat(sep=" "))
    daily_backup(store, root, clock.today())  # once a day, the first time the office opens
    return ctx

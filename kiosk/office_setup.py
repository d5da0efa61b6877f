"""Making a store: the office's (``qabyldau setup``, the GUI's set-up) and the training one
(``qabyldau demo``, the GUI's "training office", ``run.sh``).  Either is made only in a folder
without a store, in one write transaction with its first accounts, so a set-up that fails
half-way leaves a folder the next set-up may use."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from db import events
from db.office_store import KIND_KEY
from db.store import Store
from kiosk import clock
from kiosk.context import Context, StoreMissing, open_context, private_folder, store_target
from kiosk.errors import InputError
from kiosk.office import DEMO_OFFICE, OfficeProfile
from kiosk.paths import data_dir, training_dir
from kiosk.staff import add_first_administrator, seed_demo_staff
from kiosk.store_kind import (OFFICE, TRAINING, FixedClockRefused, NotTraining,
                              fixed_clock_requested, set_kind, store_kind)

__all__ = ["make_training_store", "make_office_store", "OfficeDetails", "has_store"]

_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


class OfficeDetails:
    """What ``setup`` asks for; checked field by field (InputError names the field)."""

    def __init__(self, code: str, name_kk: str, name_ru: str, address: str,
                 address_ru: str | None = None, phone: str = "") -> None:
        self.code = (code or "").strip().upper()
        if not _CODE.match(self.code):
            raise InputError("office_code", "settings.code")
        self.name_kk = _text("name_kk", name_kk)
        self.name_ru = _text("name_ru", name_ru)
        self.address_kk = _text("address", address)
        self.address_ru = _text("address", address_ru) if address_ru else self.address_kk
        self.phone = " ".join((phone or "").split())[:40]

    def profile(self) -> OfficeProfile:
        return OfficeProfile(code=self.code, station="01", name_kk=self.name_kk,
                             name_ru=self.name_ru, address_kk=self.address_kk,
                             address_ru=self.address_ru, phone=self.phone)


def _text(field: str, value: str) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise InputError(field, "name.empty")
    if len(text) > 300:
        raise InputError(field, "name.too_long", max=300)
    return text


def has_store(folder: str | os.PathLike[str] | None = None, store: str | None = None) -> bool:
    """True when the folder (or the office server it points to) holds a store of either
    kind."""
    target = store_target(data_dir(folder), store)
    if isinstance(target, Path) and not target.exists():
        return False
    with Store(target, migrate=False) as opened:
        if opened.version == 0:
            return False
        return bool(store_kind(opened))


def _new_store(root: Path, target: str | None = None) -> Store:
    private_folder(root)
    store = Store(store_target(root, target))
    if store_kind(store):
        kind = store_kind(store)
        store.close()
        raise InputError("", "store.exists", folder=str(root), kind=kind)
    return store


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def make_training_store(folder: str | os.PathLike[str] | None = None, *,
                        store_url: str | None = None) -> Context:
    """A training office in an empty folder (or empty server database, ``store_url``): the
    demo office's profile and the demo accounts (clerk/1111, dispatcher/2222, manager/3333,
    admin/4444).  Returns it opened."""
    root = data_dir(folder)
    store = _new_store(root, store_url)
    try:
        now = clock.now()
        with store.write():
            if store_kind(store):
                raise InputError("", "store.exists", folder=str(root), kind=store_kind(store))
            set_kind(store, TRAINING)
            store.put_setting("office", DEMO_OFFICE.to_dict())
            seed_demo_staff(store, now)
            events.append_event(store, "store_created", _stamp(now), employee="system",
                                data={"kind": TRAINING, "office": DEMO_OFFICE.code},
                                rows=[("settings", KIND_KEY), ("settings", "office")])
    finally:
        store.close()
    return open_context(root, store=store_url)


def make_office_store(folder: str | os.PathLike[str] | None, details: OfficeDetails,
                      admin_login: str, admin_name: str, admin_pin: str) -> Context:
    """An office's store: its profile and its first administrator (PIN of at least 6
    characters); no demo accounts.  The computer's clock, never QABYLDAU_NOW."""
    if fixed_clock_requested():
        raise FixedClockRefused()
    from kiosk.staff import OFFICE_MIN_SECRET
    if not isinstance(admin_pin, str) or len(admin_pin) < OFFICE_MIN_SECRET \
            or len(admin_pin) > 64 or not admin_pin.isprintable() \
            or admin_pin != admin_pin.strip():
        raise InputError("secret", "staff.secret_short", min=OFFICE_MIN_SECRET)
    root = data_dir(folder)
    store = _new_store(root)
    try:
        now = clock.now()
        with store.write():
            if store_kind(store):
                raise InputError("", "store.exists", folder=str(root), kind=store_kind(store))
            set_kind(store, OFFICE)
            store.put_setting("office", details.profile().to_dict())
            add_first_administrator(store, admin_login, admin_name or admin_login, admin_pin,
                                    now=now)
            events.append_event(store, "store_created", _stamp(now), employee="setup",
                                data={"kind": OFFICE, "office": details.code},
                                rows=[("settings", KIND_KEY), ("settings", "office")])
    finally:
        store.close()
    return open_context(root)


def open_training_office(folder: str | os.PathLike[str] | None = None, *,
                         store_url: str | None = None) -> Context:
    """The training office in its own folder (kiosk.paths.training_dir), made on first use;
    an office store found there is refused (NotTraining)."""
    root = training_dir() if folder is None else data_dir(folder)
    ctx = open_context(root, store=store_url) if has_store(root, store_url) \
        else make_training_store(root, store_url=store_url)
    if not ctx.training:
        ctx.close()
        raise NotTraining()
    return ctx


__all__ += ["StoreMissing", "open_training_office"]

"""Training store and office store.

An **office store** is made by ``qabyldau setup`` (or the GUI's set-up) with the office's
profile and its first administrator; it holds real work, so the clock is the computer's
(``QABYLDAU_NOW`` is refused), PINs have at least 6 characters and no demo data may enter it.
A **training store** is made by ``qabyldau demo`` (or the GUI's "training office") in an
empty folder with the demo accounts; every screen and paper of it carries
:data:`TRAINING_MARK`, so a training receipt can never pass for a real one.

A store written before the two kinds existed and holding anything is an office store: it
may hold real work."""

from __future__ import annotations

import os

from db.office_store import KIND_KEY, holds_anything
from db.store import Store
from kiosk.errors import InputError

__all__ = ["TRAINING", "OFFICE", "TRAINING_MARK", "store_kind", "is_training", "set_kind",
           "FIXED_CLOCK_ENV", "fixed_clock_requested", "StoreMissing", "FixedClockRefused",
           "NotTraining"]

TRAINING = "training"
OFFICE = "office"
TRAINING_MARK = "ОҚУ / УЧЕБНЫЙ"
FIXED_CLOCK_ENV = "QABYLDAU_NOW"


def store_kind(store: Store) -> str:
    """``training``, ``office``, or ``""`` for a store that holds nothing yet (a set-up that
    did not finish, or a file just created)."""
    kind = store.get_setting(KIND_KEY)
    if kind in (TRAINING, OFFICE):
        return str(kind)
    return OFFICE if holds_anything(store) else ""


def is_training(store: Store) -> bool:
    return store_kind(store) == TRAINING


def set_kind(store: Store, kind: str) -> None:
    """Inside a write transaction (the one that makes the store's accounts)."""
    if kind not in (TRAINING, OFFICE):
        raise ValueError(kind)
    store.put_setting(KIND_KEY, kind)


def fixed_clock_requested() -> bool:
    return bool(os.environ.get(FIXED_CLOCK_ENV))


class StoreMissing(InputError):
    """The folder holds no store: the message names both ways to make one."""

    def __init__(self, folder: object) -> None:
        self.folder = str(folder)
        super().__init__("", "store.missing", folder=self.folder)

    def text(self, lang: str = "en") -> str:  # the whole folder, however long
        from kiosk.errors import MESSAGES
        table = MESSAGES["store.missing"]
        return (table.get(lang) or table["en"]).format(folder=self.folder)


class FixedClockRefused(InputError):
    """QABYLDAU_NOW set for an office store."""

    def __init__(self) -> None:
        super().__init__("", "store.fixed_clock")


class NotTraining(InputError):
    """Demo data asked of an office store."""

    def __init__(self) -> None:
        super().__init__("", "store.not_training")

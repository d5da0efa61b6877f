"""What kind of store a file is (training or office), in portable SQL."""

from __future__ import annotations

from db.store import Store

__all__ = ["KIND_KEY", "holds_anything", "has_packages_on"]

KIND_KEY = "store_kind"


def holds_anything(store: Store) -> bool:
    """True when the store holds anything (an account, a package, a ticket, an event, a
    request, a setting…): a store made before training and office stores existed, to be
    treated as an office's."""
    for table in ("staff", "packages", "tickets", "events", "home_requests", "complaints",
                  "settings", "batches", "counters", "catalogue_versions"):
        if store.query_one(f"SELECT 1 AS x FROM {table} LIMIT 1") is not None:
            return True
    return False


def has_packages_on(store: Store, day: str) -> bool:
    return store.query_one("SELECT 1 AS x FROM packages WHERE day = ? LIMIT 1", (day,)) is not None

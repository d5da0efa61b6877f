"""Catalogue versions kept in the store, so a package reprints under the rules it was
accepted with."""

from __future__ import annotations

from typing import Protocol

from db.events import append_event
from db.store import Store

__all__ = ["import_version", "activate", "active_content", "version_content", "versions",
           "stored_sha256", "insert_version", "set_active"]


class _CatalogueLike(Protocol):
    @property
    def version(self) -> str: ...

    @property
    def sha256(self) -> str: ...

    def to_json(self) -> str: ...


def import_version(store: Store, catalogue: _CatalogueLike, *, activate: bool, at: str,
                   employee: str | None = None) -> None:
    with store.write():
        existing = store.query_one("SELECT sha256 FROM catalogue_versions WHERE version = ?",
                                   (catalogue.version,))
        if existing is not None and existing["sha256"] != catalogue.sha256:
            raise ValueError(f"catalogue version {catalogue.version} is already stored with "
                             "other content: give the new file a new version")
        if existing is None:
            insert_version(store, catalogue, at=at, employee=employee)
        if activate:
            set_active(store, catalogue.version)
        if existing is None or activate:
            append_event(store, "catalogue_imported", at, employee=employee,
                         data={"version": catalogue.version, "sha256": catalogue.sha256,
                               "active": activate}, rows=[("catalogue_versions", "*")])


def stored_sha256(store: Store, version: str) -> str | None:
    """The content hash a version is stored with (None: not stored)."""
    row = store.query_one("SELECT sha256 FROM catalogue_versions WHERE version = ?", (version,))
    return None if row is None else str(row["sha256"])


def insert_version(store: Store, catalogue: _CatalogueLike, *, at: str,
                   employee: str | None) -> None:
    """Inside a write: keep a catalogue version, not active yet."""
    store.execute(
        "INSERT INTO catalogue_versions(version, sha256, content, imported_at, active, "
        "imported_by) VALUES (?, ?, ?, ?, 0, ?)",
        (catalogue.version, catalogue.sha256, catalogue.to_json(), at, employee))


def set_active(store: Store, version: str) -> None:
    """Inside a write: this version becomes the only active one."""
    store.execute("UPDATE catalogue_versions SET active = CASE WHEN version = ? THEN 1 ELSE 0 "
                  "END", (version,))


def activate(store: Store, version: str, *, at: str, employee: str | None = None) -> None:
    with store.write():
        if store.query_one("SELECT 1 AS x FROM catalogue_versions WHERE version = ?", (version,)) is None:
            raise KeyError(version)
        set_active(store, version)
        append_event(store, "catalogue_activated", at, employee=employee,
                     data={"version": version}, rows=[("catalogue_versions", "*")])


def active_content(store: Store) -> tuple[str, str] | None:
    row = store.query_one("SELECT version, content FROM catalogue_versions WHERE active = 1")
    return None if row is None else (row["version"], row["content"])


def active_version(store: Store) -> str | None:
    """The active version's name only (cheap: for seeing whether another PC changed it)."""
    row = store.query_one("SELECT version FROM catalogue_versions WHERE active = 1")
    return None if row is None else str(row["version"])


def version_content(store: Store, version: str) -> str | None:
    row = store.query_one("SELECT content FROM catalogue_versions WHERE version = ?", (version,))
    return None if row is None else str(row["content"])


def versions(store: Store) -> list[dict[str, object]]:
    return store.query("SELECT version, sha256, imported_at, active, imported_by "
                       "FROM catalogue_versions ORDER BY imported_at")

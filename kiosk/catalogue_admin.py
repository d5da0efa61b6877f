"""Catalogue versions: read a catalogue file, see what changed against the active version,
store and activate it; fill in a service's document list (S7) as a new version.  Packages
keep the version they were accepted under (packages.catalogue_version), so they reprint the
same after a new version is active."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import catalogue_store, events
from db.catalogue_store import insert_version, set_active, stored_sha256
from kiosk.catalogue import Catalogue, load_catalogue, parse_catalogue
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee, require

__all__ = ["CatalogueDiff", "diff_catalogues", "read_catalogue", "store_catalogue",
           "activate_version", "fill_documents", "versions"]


@dataclass
class CatalogueDiff:
    old_version: str
    new_version: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # service id -> what changed: field names, "documents +id", "documents -id", "documents ~id"
    changed: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        out = [f"+ {s}" for s in self.added] + [f"- {s}" for s in self.removed]
        out += [f"~ {s}: {', '.join(what)}" for s, what in self.changed.items()]
        return out


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    d = CatalogueDiff(old.version, new.version)
    old_ids = {s.id for s in old.services}
    new_ids = {s.id for s in new.services}
    d.added = sorted(new_ids - old_ids)
    d.removed = sorted(old_ids - new_ids)
    for s in new.services:
        o = old.service(s.id)
        if o is None:
            continue
        a, b = o.to_dict(), s.to_dict()
        what = [k for k in b if k != "documents" and a.get(k) != b.get(k)]
        od = {x["id"]: x for x in a["documents"]}
        nd = {x["id"]: x for x in b["documents"]}
        what += [f"documents +{i}" for i in nd if i not in od]
        what += [f"documents -{i}" for i in od if i not in nd]
        what += [f"documents ~{i}" for i in nd if i in od and od[i] != nd[i]]
        if what:
            d.changed[s.id] = what
    return d


def read_catalogue(path: str | Path) -> Catalogue:
    """Parse and check a catalogue file (CatalogueError names file, service, field)."""
    return load_catalogue(path)


def _stamp(now: dt.datetime) -> str:
    return now.replace(microsecond=0).isoformat(sep=" ")


def store_catalogue(ctx: Context, by: Employee, catalogue: Catalogue, *, activate: bool,
                    now: dt.datetime) -> CatalogueDiff:
    """Keep ``catalogue`` as a version (and make it the active one); returns the diff against
    the version that was active."""
    require(by, "catalogue")
    diff = diff_catalogues(ctx.catalogue, catalogue)
    with ctx.store.write():
        stored = stored_sha256(ctx.store, catalogue.version)
        if stored is not None and stored != catalogue.sha256:
            raise InputError("version", "catalogue.version_taken", version=catalogue.version)
        if stored is None:
            insert_version(ctx.store, catalogue, at=_stamp(now), employee=by.login)
            events.append_event(ctx.store, "catalogue_imported", _stamp(now), employee=by.login,
                                data={"version": catalogue.version, "sha256": catalogue.sha256,
                                      "changes": diff.lines()},
                                rows=[("catalogue_versions", catalogue.version)])
        if activate:
            _activate(ctx, by, catalogue.version, now)
    ctx.reload()
    return diff


def _activate(ctx: Context, by: Employee, version: str, now: dt.datetime) -> None:
    set_active(ctx.store, version)
    events.append_event(ctx.store, "catalogue_activated", _stamp(now), employee=by.login,
                        data={"version": version}, rows=[("catalogue_versions", "*")])


def activate_version(ctx: Context, by: Employee, version: str, *, now: dt.datetime) -> None:
    require(by, "catalogue")
    with ctx.store.write():
        if catalogue_store.version_content(ctx.store, version) is None:
            raise InputError("version", "catalogue.unknown_version", version=version)
        _activate(ctx, by, version, now)
    ctx.reload()


def fill_documents(ctx: Context, by: Employee, service_id: str, documents: list[dict[str, Any]],
                   new_version: str, *, now: dt.datetime, activate: bool = True) -> CatalogueDiff:
    """A new catalogue version equal to the active one but with ``service_id``'s document
    list replaced (each document as in the catalogue file: id, kind, name {kk, ru, en}, ...)."""
    require(by, "catalogue")
    if not documents:
        raise InputError("documents", "catalogue.no_documents")
    data = json.loads(ctx.catalogue.to_json())
    found = False
    for s in data["services"]:
        if s["id"] == service_id:
            s["documents"] = documents
            found = True
    if not found:
        raise InputError("service", "service.unknown", service=service_id)
    data["version"] = new_version
    text = json.dumps(data, ensure_ascii=False, indent=2)
    catalogue = parse_catalogue(text, f"catalogue version {new_version}")
    return store_catalogue(ctx, by, catalogue, activate=activate, now=now)


def versions(ctx: Context) -> list[dict[str, Any]]:
    return catalogue_store.versions(ctx.store)

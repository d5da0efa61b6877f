"""Catalogue versions: read a catalogue file, see what changed against the active version,
store and activate it; fill in or amend a service's document list (S7, S8: item 9 of the
standard is not in the seeds) as a new version.  Packages keep the version they were accepted
under (packages.catalogue_version), so they reprint the same after a new version is active.

The manager's document form is a list of :class:`DocumentRow`: the service's current
documents as rows (:func:`document_rows`), edited, removed or added to; :func:`merge_document_rows`
turns them back into catalogue documents keeping the id and every other field of the documents
kept (S8's seeded ``application``, seed 004 l.259, stays ``application``) and giving new rows
fresh ids (``office_doc_1``, ...)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Sequence

from db import catalogue_store, events
from db.catalogue_store import insert_version, set_active, stored_sha256
from kiosk.catalogue import Catalogue, Document, load_catalogue, parse_catalogue
from kiosk.context import Context
from kiosk.errors import InputError
from kiosk.staff import Employee, require

__all__ = ["CatalogueDiff", "diff_catalogues", "read_catalogue", "store_catalogue",
           "activate_version", "fill_documents", "versions", "DocumentRow", "FORM_KINDS",
           "CONDITIONAL", "form_kind", "document_rows", "merge_document_rows",
           "fill_document_rows", "NEW_DOCUMENT_PREFIX"]

# a document's kind as the form offers it -> (catalogue kind, taken from an information system)
FORM_KINDS: dict[str, tuple[str, bool]] = {
    "required": ("required", False), "optional": ("optional", False),
    "system": ("required", True), "optional_system": ("optional", True)}
# a conditional document (with its condition question) is shown as such and is not chosen in
# the form: it keeps its kind and condition; only its names may be edited
CONDITIONAL = "conditional"
NEW_DOCUMENT_PREFIX = "office_doc_"


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
            before = {d.get("id") for d in s.get("documents") or []}
            if any(d.get("id") not in before for d in documents):
                # the office has added what the seeds leave out (item 9 of S7's and S8's
                # standards): the note that it may do so has served its purpose
                s.pop("no_documents_note", None)
            s["documents"] = documents
            found = True
    if not found:
        raise InputError("service", "service.unknown", service=service_id)
    data["version"] = new_version
    text = json.dumps(data, ensure_ascii=False, indent=2)
    catalogue = parse_catalogue(text, f"catalogue version {new_version}")
    return store_catalogue(ctx, by, catalogue, activate=activate, now=now)


@dataclass(frozen=True)
class DocumentRow:
    """One row of the manager's document form: the kind (a key of :data:`FORM_KINDS`, or
    :data:`CONDITIONAL` for a conditional document), the Kazakh and Russian names, and the id
    of the document the row was loaded from (``None``: a row the manager added)."""
    kind: str
    name_kk: str
    name_ru: str
    document_id: str | None = None


def form_kind(doc: Document) -> str:
    """How the form shows a document's kind."""
    if doc.kind == CONDITIONAL:
        return CONDITIONAL
    for key, (kind, from_is) in FORM_KINDS.items():
        if (kind, from_is) == (doc.kind, doc.from_information_system):
            return key
    raise ValueError(f"no form kind for {doc.kind}")  # the catalogue has only these kinds


def document_rows(documents: Sequence[Document]) -> list[DocumentRow]:
    """A service's documents as the form's rows, each remembering its document."""
    return [DocumentRow(form_kind(d), d.name.kk, d.name.ru, d.id) for d in documents]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _new_ids(existing: Sequence[Document]) -> Iterator[str]:
    """Fresh ids ``office_doc_N``, numbered on from the highest one the service has."""
    taken = {d.id for d in existing}
    n = max((int(i[len(NEW_DOCUMENT_PREFIX):]) for i in taken
             if i.startswith(NEW_DOCUMENT_PREFIX) and i[len(NEW_DOCUMENT_PREFIX):].isdigit()),
            default=0)
    while True:
        n += 1
        if f"{NEW_DOCUMENT_PREFIX}{n}" not in taken:
            yield f"{NEW_DOCUMENT_PREFIX}{n}"


def merge_document_rows(existing: Sequence[Document],
                        rows: Sequence[DocumentRow]) -> list[dict[str, Any]]:
    """The form's rows as the service's new document list (catalogue-file dicts), in the rows'
    order.  A row loaded from a document keeps that document's id and every field the form
    does not show (condition, note, source, the office-kind rules ``at``, the English name
    while the Russian one is unchanged); its names and kind are the row's.  A new row gets a
    fresh id (``office_doc_1``, ...) that no document of the service has.  Documents with no
    row are dropped.  An empty new row is skipped (added and not used); a row with one name
    empty, a loaded row emptied, an unknown kind, or a conditional kind on a document that has
    no condition is an InputError naming the row (``documents.2.name_ru``, 1-based)."""
    by_id = {d.id: d for d in existing}
    ids = _new_ids(existing)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for i, row in enumerate(rows, start=1):
        kk, ru = _one_line(row.name_kk), _one_line(row.name_ru)
        old = by_id.get(row.document_id) if row.document_id is not None else None
        if row.document_id is not None:
            if old is None:
                raise InputError(f"documents.{i}", "document.unknown", document=row.document_id)
            if row.document_id in seen:
                raise InputError(f"documents.{i}", "document.duplicate",
                                 document=row.document_id)
            seen.add(row.document_id)
        elif not kk and not ru:
            continue  # an empty row the manager added and did not use
        for name_field, name in (("name_kk", kk), ("name_ru", ru)):
            if not name:
                raise InputError(f"documents.{i}.{name_field}", "name.empty")
        if row.kind == CONDITIONAL:
            if old is None or old.kind != CONDITIONAL:
                raise InputError(f"documents.{i}.kind", "field.type")
        elif row.kind not in FORM_KINDS:
            raise InputError(f"documents.{i}.kind", "field.type")
        if old is None:
            kind, from_is = FORM_KINDS[row.kind]
            out.append({"id": next(ids), "kind": kind, "from_information_system": from_is,
                        "name": {"kk": kk, "ru": ru, "en": ru}})
            continue
        doc = old.to_dict()
        en = old.name.en if ru == old.name.ru else ru
        doc["name"] = {"kk": kk, "ru": ru, "en": en}
        if row.kind != form_kind(old):  # the manager chose another kind
            doc["kind"], doc["from_information_system"] = FORM_KINDS[row.kind]
            doc.pop("condition", None)  # only a conditional document has a condition
        out.append(doc)
    return out


def fill_document_rows(ctx: Context, by: Employee, service_id: str, rows: Sequence[DocumentRow],
                       new_version: str, *, now: dt.datetime,
                       activate: bool = True) -> CatalogueDiff:
    """The manager's form saved: ``service_id``'s documents in the active catalogue merged
    with the form's rows (:func:`merge_document_rows`), kept as a new version."""
    require(by, "catalogue")
    service = ctx.catalogue.service(service_id)
    if service is None:
        raise InputError("service", "service.unknown", service=service_id)
    return fill_documents(ctx, by, service_id, merge_document_rows(service.documents, rows),
                          new_version, now=now, activate=activate)


def versions(ctx: Context) -> list[dict[str, Any]]:
    return catalogue_store.versions(ctx.store)

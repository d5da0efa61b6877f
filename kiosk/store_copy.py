"""Moving an office from its embedded store to the office server: ``qabyldau store copy --to URL``.

Every table of the embedded store (packages, events with their hash chain, staff, settings,
catalogue versions, tickets, complaints, home visits, batches, counters, calendar days, and any
table added later) is copied into an EMPTY PostgreSQL database whose schema the program has
just created at the same version, in one transaction: identity sequences are moved past the
copied ids, and before the commit the row counts of every table and the whole event chain are
checked there.  A database that is not empty is refused and left untouched.  Files (receipts,
registers) stay where they are, in the data folder."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import copying
from db.events import verify_chain
from db.store import Store, StoreDamaged, is_server_uri, open_store
from kiosk.errors import InputError

__all__ = ["CopyReport", "copy_store"]


@dataclass
class CopyReport:
    target: str
    version: int
    rows: dict[str, int] = field(default_factory=dict)   # table -> rows copied (and counted)
    events: int = 0

    @property
    def packages(self) -> int:
        return self.rows.get("packages", 0)


def copy_store(source: Store, target_url: str) -> CopyReport:
    """Copy ``source`` (an embedded store) into the empty database at ``target_url``.
    InputError (nothing changed there) for a URL that is not PostgreSQL, a source that is not
    embedded, a database that is not empty or not ours; StoreUnavailable when it cannot be
    reached."""
    if not is_server_uri(target_url):
        raise InputError("to", "copy.not_server")
    if source.is_server:
        raise InputError("store", "copy.source_not_embedded", source=source.where)
    try:
        target = open_store(target_url)   # creates the schema in an empty database
    except StoreDamaged as exc:           # another program's tables
        where = str(exc).split(" holds ")[0].removeprefix("the database at ")
        raise InputError("to", "copy.foreign", target=where) from None
    try:
        return _copy(source, target, target_url)
    finally:
        target.close()


def _copy(source: Store, target: Store, url: str) -> CopyReport:
    shown = target.where
    if target.version != source.version:
        raise InputError("to", "copy.schema", target=shown, target_version=target.version,
                         version=source.version)
    tables = [t for t in copying.source_tables(source) if t not in copying.LIVE_TABLES]
    there = set(copying.target_tables(target))
    for table in tables:
        if table not in there:
            raise InputError("to", "copy.missing_table", target=shown, table=table)
    report = CopyReport(shown, target.version)
    with target.write():
        # empty means: no office data in any table of ours (the schema version row aside)
        for table in sorted(there & (set(tables) | copying.LIVE_TABLES)):
            if copying.first_rows(target, table):
                raise InputError("to", "copy.not_empty", target=shown, table=table,
                                 n=copying.row_count(target, table))
        for table in tables:
            src_cols = copying.columns_of(source, table)
            dst_cols = set(copying.columns_of(target, table))
            lost = [c for c in src_cols if c not in dst_cols]
            if lost:
                raise InputError("to", "copy.missing_table", target=shown,
                                 table=f"{table}.{lost[0]}")
            copying.copy_table(source, target, table, src_cols)
            copying.move_identity_past(target, table)
        # checked before the commit: any difference rolls the whole copy back
        for table in tables:
            want, got = copying.row_count(source, table), copying.row_count(target, table)
            if want != got:
                raise InputError("to", "copy.mismatch",
                                 detail=f"{table}: {want} rows here, {got} there")
            report.rows[table] = got
        chain = verify_chain(target)
        if not chain.ok:
            raise InputError("to", "copy.mismatch",
                             detail=f"event trail at {chain.first_broken}: {chain.reason}")
        report.events = chain.count
    return report

"""The event trail: append-only, each event chained to the one before by a SHA-256 hash.
The head (count and last hash) is kept in settings, so removing the last rows shows too.

Every event that creates or changes a row of an audited table (packages, staff, settings,
catalogue versions) carries that row's **row hash**: a canonical SHA-256 of its stored columns
(NULL columns left out, so a migration adding a column changes no hash).  The row hashes are
part of the event's own hash, so :func:`verify_chain` can tell, for every audited row, whether
it still is what its last event says (a row changed behind the trail's back), whether it has an
event at all (a row inserted behind its back) and whether every row an event names still exists.

An event names the rows it touched with ``rows=[(table, key), ...]``; an event with a
``package_id`` records that package's row by itself.  ``(table, "*")`` records every row of a
table (catalogue activation changes the ``active`` flag of all versions).

**Anchors** are positions of the chain (the number of events and the hash of the last of
them) written outside the store: on daily registers, in dispatch manifests, in anchor files.
A chain rebuilt after an event was deleted or edited no longer holds an exported anchor.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Sequence

from db.schema import MIGRATIONS
from db.store import Store

__all__ = ["append_event", "append_events", "events_for_package", "verify_chain", "ChainReport",
           "GENESIS", "AUDITED", "VOLATILE_SETTINGS", "row_hash", "chain_head", "Anchor",
           "anchor_of_event", "last_event_before", "last_event_like", "ensure_sealed",
           "SEAL_KIND", "short_anchor"]

GENESIS = "0" * 64
SEAL_KIND = "audit_sealed"

# audited table -> its key column
AUDITED: dict[str, str] = {"packages": "id", "staff": "login", "settings": "key",
                           "catalogue_versions": "version"}
# columns that change on every sign-in try (their own events record them), never hashed
_UNHASHED: dict[str, frozenset[str]] = {"staff": frozenset({"failed_tries", "locked_until"})}
# settings that are the trail's own bookkeeping or a try counter: not office data
VOLATILE_SETTINGS: set[str] = {"audit_head", "audit_sealed", "kiosk_unlock"}

RowRef = tuple[str, Any]


def _norm(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def row_hash(table: str, row: Mapping[str, Any]) -> str:
    """The canonical hash of a stored row: its non-NULL columns, by name, as stored."""
    skip = _UNHASHED.get(table, frozenset())
    items = sorted((k, _norm(v)) for k, v in row.items() if v is not None and k not in skip)
    body = json.dumps([table, items], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _key_value(table: str, key: Any) -> Any:
    return int(key) if AUDITED[table] == "id" else str(key)


def _rows_now(store: Store, table: str, keys: Sequence[Any]) -> dict[str, str]:
    """{key as text: row hash} of the rows that exist now (read inside the write)."""
    col = AUDITED[table]
    out: dict[str, str] = {}
    if "*" in keys:
        for r in store.query(f"SELECT * FROM {table}"):
            if table == "settings" and r["key"] in VOLATILE_SETTINGS:
                continue
            out[str(r[col])] = row_hash(table, r)
        return out
    values = [_key_value(table, k) for k in keys]
    for i in range(0, len(values), 500):
        chunk = values[i:i + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in store.query(f"SELECT * FROM {table} WHERE {col} IN ({marks})", chunk):
            out[str(r[col])] = row_hash(table, r)
    return out


def _row_entries(store: Store, refs: Iterable[RowRef]) -> dict[tuple[str, str], str | None]:
    by_table: dict[str, list[Any]] = {}
    for table, key in refs:
        if table not in AUDITED:
            raise ValueError(f"{table} is not an audited table")
        by_table.setdefault(table, []).append(key)
    out: dict[tuple[str, str], str | None] = {}
    for table, keys in by_table.items():
        now = _rows_now(store, table, keys)
        for key in keys:
            if key == "*":
                continue
            out[(table, str(key))] = now.get(str(key))   # None: the row is gone
        for key, digest in now.items():
            out[(table, key)] = digest
    return out


def _rows_text(entries: Mapping[tuple[str, str], str | None]) -> str | None:
    if not entries:
        return None
    return json.dumps([[t, k, h] for (t, k), h in sorted(entries.items())],
                      ensure_ascii=False, separators=(",", ":"))


def _digest(prev: str, at: str, kind: str, employee: str | None, package_id: int | None,
            data: str, rows: str | None = None) -> str:
    fields: list[Any] = [prev, at, kind, employee or "", package_id, data]
    if rows is not None:  # events written before row hashes existed keep their hash
        fields.append(rows)
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _head(store: Store) -> dict[str, Any]:
    head = store.get_setting("audit_head", {"count": 0, "hash": GENESIS})
    return {"count": int(head["count"]), "hash": str(head["hash"])}


def append_event(store: Store, kind: str, at: str, *, employee: str | None = None,
                 package_id: int | None = None, data: dict[str, Any] | None = None,
                 rows: Sequence[RowRef] = ()) -> int:
    """Append one event; call inside :meth:`Store.write` (after the change it records) so
    the chain cannot fork.  ``rows``: the audited rows this event created or changed."""
    if not store.in_transaction:
        raise RuntimeError("append_event must run inside a write transaction")
    head = _head(store)
    payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
    refs = list(rows) + ([("packages", package_id)] if package_id is not None else [])
    rows_text = _rows_text(_row_entries(store, refs))
    digest = _digest(head["hash"], at, kind, employee, package_id, payload, rows_text)
    event_id = store.insert("events", {"at": at, "kind": kind, "employee": employee,
                                       "package_id": package_id, "data": payload,
                                       "prev_hash": head["hash"], "hash": digest,
                                       "row_hashes": rows_text})
    store.put_setting("audit_head", {"count": head["count"] + 1, "hash": digest})
    return event_id


def append_events(store: Store, rows: Sequence[tuple[str, str, str | None, int | None,
                                                     dict[str, Any]]]) -> None:
    """Append many events at once (kind, at, employee, package_id, data), chained exactly as
    append_event chains one, with the trail's head read and written once (a 5,000-package
    dispatch writes 5,000 events); each package's row hash is read in bulk."""
    if not store.in_transaction:
        raise RuntimeError("append_events must run inside a write transaction")
    head = _head(store)
    ids = [pid for _, _, _, pid, _ in rows if pid is not None]
    hashes = _rows_now(store, "packages", ids) if ids else {}
    prev = head["hash"]
    values = []
    for kind, at, employee, package_id, data in rows:
        payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
        rows_text = None
        if package_id is not None:
            rows_text = _rows_text({("packages", str(package_id)): hashes.get(str(package_id))})
        digest = _digest(prev, at, kind, employee, package_id, payload, rows_text)
        values.append((at, kind, employee, package_id, payload, prev, digest, rows_text))
        prev = digest
    store.executemany("INSERT INTO events(at, kind, employee, package_id, data, prev_hash, "
                      "hash, row_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
    store.put_setting("audit_head", {"count": head["count"] + len(values), "hash": prev})


def ensure_sealed(store: Store, at: str) -> bool:
    """Once per store: an ``audit_sealed`` event recording every audited row as it is (the
    rows of a store older than row hashes); from then on every audited row needs its event.
    True when it sealed now."""
    if store.get_setting("audit_sealed") is not None:
        return False
    with store.write():
        if store.get_setting("audit_sealed") is not None:
            return False
        event_id = append_event(store, SEAL_KIND, at, rows=[(t, "*") for t in AUDITED])
        store.put_setting("audit_sealed", {"event": event_id})
    return True


def events_for_package(store: Store, package_id: int) -> list[dict[str, Any]]:
    rows = store.query("SELECT id, at, kind, employee, data FROM events WHERE package_id = ? "
                       "ORDER BY id", (package_id,))
    for r in rows:
        r["data"] = json.loads(r["data"] or "{}")
    return rows


# -- anchors -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    """A position of the chain: ``count`` events, the last of them hashing to ``hash``."""
    count: int
    hash: str

    @property
    def short(self) -> str:
        return short_anchor(self.count, self.hash)

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "hash": self.hash, "short": self.short}


def short_anchor(count: int, digest: str) -> str:
    return f"{count}:{digest[:16]}"


def chain_head(store: Store) -> Anchor:
    head = _head(store)
    return Anchor(head["count"], head["hash"])


def anchor_of_event(store: Store, event_id: int | None) -> Anchor:
    """The chain's position just after event ``event_id`` (the genesis for None)."""
    if event_id is None:
        return Anchor(0, GENESIS)
    row = store.query_one("SELECT e.hash, (SELECT COUNT(*) FROM events f WHERE f.id <= e.id) "
                          "AS n FROM events e WHERE e.id = ?", (event_id,))
    if row is None:
        return Anchor(0, GENESIS)
    return Anchor(int(row["n"]), str(row["hash"]))


def last_event_before(store: Store, at: str) -> int | None:
    """The last event stamped before ``at`` (ISO text)."""
    row = store.query_one("SELECT MAX(id) AS id FROM events WHERE at < ?", (at,))
    return int(row["id"]) if row and row["id"] is not None else None


def last_event_like(store: Store, kind: str, data_fragment: str) -> int | None:
    """The last event of ``kind`` whose data text holds ``data_fragment``."""
    row = store.query_one("SELECT MAX(id) AS id FROM events WHERE kind = ? AND data LIKE ?",
                          (kind, f"%{data_fragment}%"))
    return int(row["id"]) if row and row["id"] is not None else None


# -- checking ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    first_broken: int | None = None   # event id where the chain first fails
    reason: str = ""
    problems: tuple[str, ...] = field(default=())   # rows and anchors; empty when sound

    @property
    def head(self) -> str:
        return self.reason


def _has_rows_column(store: Store) -> bool:
    """False for a store from before row hashes (an old backup being checked)."""
    since = next(i + 1 for i, step in enumerate(MIGRATIONS) if step.__name__.endswith("_audit_rows"))
    return store.version >= since


def verify_chain(store: Store, anchors: Sequence[Anchor] = (), *,
                 rows: bool = True) -> ChainReport:
    """Recompute every event's hash and link; then (``rows``) every audited row against its
    last event; then every anchor against the chain.  ``ok`` only when all hold."""
    prev = GENESIS
    count = 0
    with_rows = _has_rows_column(store)
    want = {a.count: a for a in anchors}
    seen: dict[int, str] = {}
    latest: dict[tuple[str, str], tuple[str | None, int]] = {}
    sealed = False
    cols = "id, at, kind, employee, package_id, data, prev_hash, hash" + \
        (", row_hashes" if with_rows else "")
    for ev in _pages(store, cols, "events", "id"):
        eid, at, kind, employee, package_id, data = (ev["id"], ev["at"], ev["kind"],
                                                     ev["employee"], ev["package_id"], ev["data"])
        prev_hash, digest, rows_text = ev["prev_hash"], ev["hash"], ev.get("row_hashes")
        count += 1
        if prev_hash != prev:
            return ChainReport(False, count, eid, "the event before it was changed or removed")
        if _digest(prev, at, kind, employee, package_id, data, rows_text) != digest:
            return ChainReport(False, count, eid, "this event was edited")
        if count in want:
            seen[count] = digest
        if rows_text:
            for t, k, h in json.loads(rows_text):
                latest[(t, k)] = (h, eid)
        if kind == SEAL_KIND:
            sealed = True
        prev = digest
    head = _head(store)
    if head["count"] != count or head["hash"] != prev:
        return ChainReport(False, count, None,
                           f"the trail ends early: {head['count']} events were written, {count} remain")
    problems: list[str] = []
    if rows and with_rows and sealed:
        problems += _row_problems(store, latest)
    for a in sorted(anchors, key=lambda x: x.count):
        got = seen.get(a.count)
        if got is None:
            problems.append(f"anchor {a.short}: the trail has only {count} events; events "
                            "were removed since this anchor was exported")
        elif not got.startswith(a.hash) or len(a.hash) < 16:
            problems.append(f"anchor {a.short}: event {a.count} of the trail now hashes to "
                            f"{got[:16]}; the trail was rewritten since this anchor was exported")
    return ChainReport(not problems, count, None, "; ".join(problems[:1]), tuple(problems))


def _pages(store: Store, cols: str, table: str, key: str,
           size: int = 5000) -> Iterator[dict[str, Any]]:
    """Every row of a table in key order, a page at a time (a million events never sit in
    memory at once)."""
    last: Any = None
    while True:
        if last is None:
            page = store.query(f"SELECT {cols} FROM {table} ORDER BY {key} LIMIT ?", (size,))
        else:
            page = store.query(f"SELECT {cols} FROM {table} WHERE {key} > ? ORDER BY {key} "
                               "LIMIT ?", (last, size))
        yield from page
        if len(page) < size:
            return
        last = page[-1][key]


def _row_problems(store: Store, latest: dict[tuple[str, str], tuple[str | None, int]]
                  ) -> list[str]:
    problems: list[str] = []
    for table, col in AUDITED.items():
        for r in _pages(store, "*", table, col):
            key = str(r[col])
            if table == "settings" and key in VOLATILE_SETTINGS:
                continue
            label = _label(table, r)
            entry = latest.pop((table, key), None)
            if entry is None or entry[0] is None:
                problems.append(f"{label} has no event in the trail: it was written behind "
                                "the trail's back")
            elif entry[0] != row_hash(table, r):
                problems.append(f"{label} was changed behind the trail's back (its last event "
                                f"is {entry[1]})")
    for (table, key), (digest, eid) in sorted(latest.items()):
        if digest is not None:
            problems.append(f"event {eid} names {table} {key}, which is no longer in the store")
    return problems


def _label(table: str, row: Mapping[str, Any]) -> str:
    if table == "packages":
        return f"package {row.get('number') or row.get('id')}"
    if table == "staff":
        return f"staff account {row.get('login')}"
    if table == "settings":
        return f"setting {row.get('key')}"
    return f"catalogue version {row.get('version')}"

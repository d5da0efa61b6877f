"""Copying a whole embedded store into an office server's database, table by table, generically
by the schema (a table another change adds comes along without a line here).

The source is an embedded (SQLite) store, read in its own order (rowid) in batches; the target
is a PostgreSQL store whose schema is already at the same version.  The caller holds the
target's write transaction around :func:`copy_table` and :func:`move_identity_past`."""

from __future__ import annotations

from typing import Any, Iterator

from db.store import Store

__all__ = ["LIVE_TABLES", "source_tables", "target_tables", "columns_of", "row_count",
           "first_rows", "copy_table", "move_identity_past", "BATCH"]

BATCH = 2000
# live state of running programs, not office data: which PC runs a station code now
LIVE_TABLES = frozenset({"station_claims"})


def _name(table: str) -> str:
    """A table name from the schema, quoted (they are plain identifiers; quoting is a guard)."""
    return '"' + table.replace('"', '""') + '"'


def source_tables(source: Store) -> list[str]:
    """The embedded store's tables, parents before the tables whose foreign keys point at them."""
    names = [r["name"] for r in source.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    parents = {n: {r["table"] for r in source.query(
        "SELECT \"table\" FROM pragma_foreign_key_list(?)", (n,))} - {n} for n in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle of foreign keys: keep the rest in name order
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


def target_tables(target: Store) -> list[str]:
    return [r["table_name"] for r in target.query(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")]


def columns_of(store: Store, table: str) -> list[str]:
    if store.is_server:
        return [r["column_name"] for r in store.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]
    return [r["name"] for r in store.query("SELECT name FROM pragma_table_info(?)", (table,))]


def row_count(store: Store, table: str) -> int:
    row = store.query_one(f"SELECT COUNT(*) AS n FROM {_name(table)}")
    return int(row["n"]) if row else 0


def first_rows(store: Store, table: str) -> bool:
    """True when the table holds any row (cheap on a big table)."""
    return bool(store.query(f"SELECT 1 AS x FROM {_name(table)} LIMIT 1"))


def _batches(source: Store, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    cols = ", ".join(_name(c) for c in columns)
    last = None
    while True:
        if last is None:
            rows = source.query(f"SELECT rowid AS rowid_, {cols} FROM {_name(table)} "
                                "ORDER BY rowid LIMIT ?", (BATCH,))
        else:
            rows = source.query(f"SELECT rowid AS rowid_, {cols} FROM {_name(table)} "
                                "WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, BATCH))
        if not rows:
            return
        last = rows[-1]["rowid_"]
        yield [tuple(r[c] for c in columns) for r in rows]


def copy_table(source: Store, target: Store, table: str, columns: list[str]) -> int:
    """Every row of ``table`` with ``columns`` (ids kept); inside the target's write."""
    cols = ", ".join(_name(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {_name(table)} ({cols}) VALUES ({marks})"
    copied = 0
    for rows in _batches(source, table, columns):
        target.executemany(sql, rows)
        copied += len(rows)
    return copied


def move_identity_past(target: Store, table: str) -> None:
    """An identity column's sequence continues after the highest copied id, so the next
    package, event or ticket the server numbers does not collide with a copied one."""
    for r in target.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? AND is_identity = 'YES'", (table,)):
        col = r["column_name"]
        target.query(
            f"SELECT setval(pg_get_serial_sequence(?, ?), "
            f"COALESCE((SELECT MAX({_name(col)}) FROM {_name(table)}), 0) + 1, false) AS v",
            (table, col))

"""The benchmark's stores on an office server (``bench/run.py --store URL``).

Each measurement gets its own schema in the database the URL names (the role owns that
database, so it may create schemas; nothing else in it is touched):

- ``bench_accept`` and ``bench_dispatch``: made afresh for each run;
- ``bench_lookup_<n>_<key>``: the lookup store of n packages, built once and kept (keyed like
  bench/.cache by the generator's source and the schema version).  It is filled with COPY from
  the cached embedded lookup store (bench/big_store.py: the same rows, the same hash chain),
  with the indexes of packages and events dropped during the COPY and built again after it.
"""

from __future__ import annotations

import hashlib
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.schema import SCHEMA_VERSION  # noqa: E402

__all__ = ["schema_url", "fresh_schema", "cached_lookup_schema"]

COPIED = ("packages", "events", "counters", "settings", "catalogue_versions")


def schema_url(url: str, schema: str) -> str:
    """The URL with ``search_path`` set to ``schema`` (libpq's ``options``)."""
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def _connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg
    return psycopg.connect(url, autocommit=True)


def fresh_schema(url: str, schema: str) -> str:
    """An empty schema (dropped first if it was there); returns the URL that uses it."""
    with _connect(url) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return schema_url(url, schema)


def _key() -> str:
    src = (Path(__file__).read_bytes() + (Path(__file__).parent / "big_store.py").read_bytes())
    return hashlib.sha256(src).hexdigest()[:8]


def cached_lookup_schema(url: str, n: int) -> str:
    """The URL of a schema holding the n-package lookup store, built once."""
    schema = f"bench_lookup_{n}_v{SCHEMA_VERSION}_{_key()}"
    with _connect(url) as conn:
        done = conn.execute("SELECT to_regclass(%s) IS NOT NULL",
                            (f'"{schema}".bench_built',)).fetchone()[0]
    if not done:
        _build(url, schema, n)
    return schema_url(url, schema)


def _build(url: str, schema: str, n: int) -> None:
    import sqlite3

    from big_store import cached_store

    from db.store import open_store
    source = cached_store(n)
    target = fresh_schema(url, schema)
    open_store(target).close()                       # the program's schema, migrated
    started = time.perf_counter()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with _connect(target) as conn:
        indexes = [r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename IN "
            "('packages', 'events') AND indexname NOT LIKE '%%_pkey'", (schema,))]
        names = [r[0] for r in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = %s AND tablename IN "
            "('packages', 'events') AND indexname NOT LIKE '%%_pkey'", (schema,))]
        for name in names:
            conn.execute(f'DROP INDEX "{schema}"."{name}"')
        with conn.transaction():
            conn.execute("TRUNCATE settings, catalogue_versions, counters")
            for table in COPIED:
                cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
                col_list = ", ".join(cols)
                with conn.cursor().copy(f"COPY {table} ({col_list}) FROM STDIN") as copy:
                    for row in src.execute(f"SELECT {col_list} FROM {table} ORDER BY rowid"):
                        copy.write_row(row)
            for table in ("packages", "events"):
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"(SELECT MAX(id) FROM {table}))")
        for sql in indexes:
            conn.execute(sql)
        conn.execute("ANALYZE")
        conn.execute("CREATE TABLE bench_built (n BIGINT, seconds DOUBLE PRECISION)")
        conn.execute("INSERT INTO bench_built VALUES (%s, %s)",
                     (n, time.perf_counter() - started))
    src.close()

"""A surname search reads the surname index in the order it shows and stops at its limit, so
it stays quick at a million packages; and an existing v1 store gains that index on opening."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request  # noqa: E402


def test_surname_search_order_and_plan(ctx) -> None:
    import datetime as dt

    from db.packages import find_packages
    from kiosk.intake import accept_package, request_from_dict
    for i, surname in enumerate(["Ахметова", "Ахметов", "Ахметова", "Бекова"]):
        data = request(i, ctx.catalogue)
        data["applicant"]["surname"] = surname
        accept_package(ctx, request_from_dict(ctx.catalogue, data), employee="desk",
                       now=dt.datetime(2026, 11, 20, 10, i))
    rows = find_packages(ctx.store, "ахм")
    assert [(r["surname"], r["accepted_at"][-5:]) for r in rows] == [
        ("Ахметов", "01:00"), ("Ахметова", "02:00"), ("Ахметова", "00:00")]
    plan = ctx.store.query(
        "EXPLAIN QUERY PLAN SELECT * FROM packages WHERE surname_key >= ? AND surname_key < ? "
        "ORDER BY surname_key, accepted_at DESC, id DESC LIMIT 200", ["ахм", "ахм\U0010ffff"])
    details = " ".join(p["detail"] for p in plan)
    assert "idx_packages_surname_recent" in details and "TEMP B-TREE" not in details


def test_v1_store_gains_the_index(data_dir) -> None:
    from db.schema import MIGRATIONS
    from db.store import Store
    from kiosk.context import open_context
    path = data_dir / "qabyldau.sqlite3"
    path.unlink()
    conn = sqlite3.connect(path)
    import sqlite_utils
    MIGRATIONS[0](sqlite_utils.Database(conn))
    conn.execute("INSERT INTO settings VALUES ('store_kind', '\"training\"')")  # a training one
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with open_context(data_dir) as ctx:
        names = {r["name"] for r in ctx.store.query("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "idx_packages_surname_recent" in names
        assert ctx.store.version == len(MIGRATIONS)
    assert (data_dir / f"qabyldau.sqlite3.before-v{len(MIGRATIONS)}.bak").exists()
    Store(path).close()

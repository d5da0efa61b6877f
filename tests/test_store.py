import sqlite3
import subprocess
import sys
import textwrap

import pytest

from db.schema import SCHEMA_VERSION
from db.store import Store, StoreTooNew


def test_wal_foreign_keys_and_version(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        assert s.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.version == SCHEMA_VERSION
        assert s.integrity_problems() == []


def test_refuses_newer_store(tmp_path):
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreTooNew):
        Store(path)


def test_write_rolls_back_whole(tmp_path):
    with Store(tmp_path / "s.sqlite3") as s:
        with pytest.raises(ZeroDivisionError):
            with s.write():
                s.put_setting("a", 1)
                1 / 0
        assert s.get_setting("a") is None


NUMBERING_WORKER = textwrap.dedent("""
    import sys, datetime as dt
    sys.path.insert(0, {root!r})
    from kiosk.context import open_context
    from kiosk.demo import fill_demo_day
    ctx = open_context({home!r})
    fill_demo_day(ctx, dt.date(2026, 11, 20), {n}, seed={seed})
    ctx.close()
""")


def test_numbering_two_processes_at_once(tmp_path):
    import pathlib
    root = str(pathlib.Path(__file__).resolve().parents[1])
    home = str(tmp_path / "shared")
    from kiosk.context import open_context
    from kiosk.office_setup import make_training_store
    make_training_store(home).close()  # create the store first, as `qabyldau demo` does
    procs = [subprocess.Popen([sys.executable, "-c", NUMBERING_WORKER.format(
        root=root, home=home, n=40, seed=seed)]) for seed in (1, 2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with open_context(home) as ctx:
        rows = ctx.store.query("SELECT number, seq FROM packages WHERE day = '2026-11-20' ORDER BY seq")
    assert len(rows) == 80
    assert [r["seq"] for r in rows] == list(range(1, 81))  # sequential, no gap, none twice
    assert len({r["number"] for r in rows}) == 80
    assert rows[0]["number"].endswith("-261120-0001")

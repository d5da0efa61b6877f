import sqlite3
import subprocess
import sys
import textwrap

import pytest

from db.schema import SCHEMA_VERSION
from db.store import Store, StoreError, StoreTooNew


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


# -- both engines --------------------------------------------------------------------------------
def _target(store_target, tmp_path):
    return store_target or tmp_path / "s.sqlite3"


def test_write_rolls_back_whole_on_both_engines(store_target, tmp_path):
    with Store(_target(store_target, tmp_path)) as s:
        with pytest.raises(ZeroDivisionError):
            with s.write():
                s.put_setting("a", 1)
                s.insert("home_requests", {"created_at": "2026-11-20 10:00", "phone": "1"})
                1 / 0
        assert s.get_setting("a") is None
        assert s.query("SELECT * FROM home_requests") == []
        assert not s.in_transaction


def test_same_answers_on_both_engines(store_target, tmp_path):
    """What the core relies on: ids from insert, code-point order of text, sums as ints,
    NULLs last in a descending order, upserts, rowcount of executemany."""
    with Store(_target(store_target, tmp_path)) as s:
        assert s.version == SCHEMA_VERSION and s.integrity_problems() == []
        with s.write():
            ids = [s.insert("home_requests",
                            {"created_at": f"2026-11-2{i} 10:00", "phone": str(i),
                             "name": name, "status": "new"})
                   for i, name in enumerate(["Ә", "a", "B", "ä"])]
            s.put_setting("k", {"x": [1, "е"]})
            s.put_setting("k", {"x": [2]})
            cur = s.executemany("UPDATE home_requests SET status = ? WHERE id = ?",
                                [("done", ids[0]), ("done", ids[1]), ("x", 999)])
            assert cur.rowcount == 2
        assert ids == sorted(ids) and len(set(ids)) == 4
        names = [r["name"] for r in s.query("SELECT name FROM home_requests ORDER BY name")]
        assert names == sorted(names) == ["B", "a", "ä", "Ә"]   # by code point, as SQLite
        total = s.query_one("SELECT SUM(CASE WHEN status = 'done' THEN 1 ELSE 0 END) AS n, "
                            "COUNT(*) AS c FROM home_requests")
        assert total == {"n": 2, "c": 4} and type(total["n"]) is int
        assert s.get_setting("k") == {"x": [2]}
        order = s.query("SELECT id FROM home_requests ORDER BY handled_at DESC NULLS LAST, id")
        assert [r["id"] for r in order] == ids
        like = s.query("SELECT COUNT(*) AS n FROM home_requests WHERE phone LIKE ? || '%'", ("1",))
        assert like[0]["n"] == 1


def test_portable_sql_becomes_postgresql():
    from db.dialect import postgres_ddl, to_pyformat
    assert to_pyformat("SELECT '?%' AS a, x FROM t WHERE y LIKE 'a%' AND z = ?") == \
        "SELECT '?%%' AS a, x FROM t WHERE y LIKE 'a%%' AND z = %s"
    assert postgres_ddl("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                        "n INTEGER DEFAULT 0, s TEXT DEFAULT 'a, b', "
                        "b INTEGER REFERENCES batches(id))") == (
        'CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, '
        'text TEXT COLLATE "C" NOT NULL, n BIGINT DEFAULT 0, s TEXT COLLATE "C" DEFAULT \'a, b\', '
        'b BIGINT REFERENCES batches(id))')
    assert postgres_ddl("ALTER TABLE t ADD COLUMN c INTEGER") == "ALTER TABLE t ADD COLUMN c BIGINT"
    assert postgres_ddl("CREATE INDEX i ON t (a, b DESC)") == "CREATE INDEX i ON t (a, b DESC)"


def test_new_embedded_schema_is_todays(tmp_path):
    """The portable migrations give a new embedded store the columns, types and indexes it had
    when sqlite-utils built it."""
    with Store(tmp_path / "s.sqlite3") as s:
        cols = {(r["name"], r["type"], r["notnull"], r["pk"]) for r in
                s.query("SELECT name, type, \"notnull\", pk FROM pragma_table_info('packages')")}
        assert ("id", "INTEGER", 0, 1) in cols and ("number", "TEXT", 1, 0) in cols
        assert ("batch_id", "INTEGER", 0, 0) in cols
        fks = s.query("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('packages')")
        assert {(r["table"], r["from"]) for r in fks} == {("batches", "batch_id"),
                                                          ("tickets", "ticket_id")}
        indexes = {r["name"] for r in s.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'packages'")}
        assert {"idx_packages_number", "idx_packages_office_code_station_day_seq",
                "idx_packages_iin", "idx_packages_day_status", "idx_packages_batch_id",
                "idx_packages_surname_recent"} <= indexes
        assert "idx_packages_surname_key" not in indexes


def test_an_embedded_store_of_version_3_made_by_sqlite_utils_migrates(tmp_path, capsys):
    """A one-PC office's store from before the portable migrations opens, migrates (a copy kept
    aside first), keeps its packages and takes new ones."""
    from pathlib import Path

    from kiosk.cli import main as cli_main
    from kiosk.context import open_context
    from kiosk.demo import fill_demo_day
    home = tmp_path / "office"
    home.mkdir()
    path = home / "qabyldau.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((Path(__file__).parent / "store_v3_schema.sql").read_text("utf-8"))
    conn.execute("PRAGMA user_version = 3")
    conn.execute("INSERT INTO packages(number, office_code, station, day, seq, service_id, "
                 "catalogue_version, outcome, status, surname, surname_key, iin, accepted_at) "
                 "VALUES ('ALM01-01-261119-0001', 'ALM01', '01', '2026-11-19', 1, "
                 "'teacher_attestation', '2026.1', 'accepted', 'accepted', 'Ким', 'ким', "
                 "'900515300018', '2026-11-19 10:00:00')")
    conn.execute("INSERT INTO counters(scope, last) VALUES ('receipt/ALM01/01/2026-11-19', 1)")
    # a store of before with packages counts as an office's; this one is marked a training
    # store so that the test's fixed clock and its demo packages are allowed (issue 13)
    conn.execute("INSERT INTO settings(key, value) VALUES ('store_kind', '\"training\"')")
    conn.commit()
    conn.close()
    import datetime as dt
    with open_context(home) as ctx:
        assert ctx.store.version == SCHEMA_VERSION
        fill_demo_day(ctx, dt.date(2026, 11, 19), 3, seed=1)
        seqs = [r["seq"] for r in ctx.store.query("SELECT seq FROM packages ORDER BY seq")]
    assert seqs == [1, 2, 3, 4]
    assert (home / f"qabyldau.sqlite3.before-v{SCHEMA_VERSION}.bak").exists()
    assert cli_main(["check", "--data-dir", str(home)]) == 0
    capsys.readouterr()


def test_where_the_store_is(tmp_path, monkeypatch):
    """--store, else $QABYLDAU_STORE, else the station file's store, else the data folder's
    embedded store; a URL of another kind is refused by name."""
    import os

    from kiosk.context import store_target
    root = tmp_path / "office"
    station = tmp_path / "station.ini"
    monkeypatch.setenv("QABYLDAU_STATION_FILE", str(station))
    assert store_target(root) == root / "qabyldau.sqlite3"
    station.write_text("[station]\ncode = 03\nstore = postgresql://q@server:5432/office\n",
                       encoding="utf-8")
    assert store_target(root) == "postgresql://q@server:5432/office"
    monkeypatch.setenv("QABYLDAU_STORE", "postgresql://q@other/office")
    assert store_target(root) == "postgresql://q@other/office"
    assert store_target(root, "postgresql://q@third/office") == "postgresql://q@third/office"
    assert store_target(root, str(tmp_path / "x.sqlite3")) == tmp_path / "x.sqlite3"
    with pytest.raises(StoreError, match="postgresql://"):
        store_target(root, "mysql://q@server/office")
    assert os.environ["QABYLDAU_STORE"] == "postgresql://q@other/office"

"""Moving an office onto the server: ``qabyldau store copy --to URL`` of a demo day into an
empty PostgreSQL database gives every package with the same number and status there, an intact
event trail, ids that continue after the copied ones, and refuses a database that is not empty."""

from __future__ import annotations

import os

import json
import socket

import pytest

from kiosk.cli import main
from tests.test_cli import request

DAY = "2026-11-20"


@pytest.fixture
def cluster(pg_cluster):
    """The test session's PostgreSQL (tests/conftest.py)."""
    return pg_cluster


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Signed in as the training office's manager (its administrator for ``store copy``)."""
    login, pin = ("admin", "4444") if args[0] == "store" else ("manager", "3333")
    saved = os.environ.get("QABYLDAU_PIN")
    os.environ["QABYLDAU_PIN"] = pin
    try:
        code = main([*args, "--login", login])
    finally:
        if saved is None:
            os.environ.pop("QABYLDAU_PIN", None)
        else:
            os.environ["QABYLDAU_PIN"] = saved
    out, err = capsys.readouterr()
    return code, out, err


def listing(capsys, data_dir) -> list[tuple[str, str]]:
    code, out, err = run(capsys, "lookup", "--date", DAY, "--json", "--data-dir", str(data_dir))
    assert code == 0, err
    return sorted((p["number"], p["status"]) for p in json.loads(out))


def test_copy_of_a_demo_day(capsys, tmp_path, data_dir, cluster, monkeypatch):
    assert run(capsys, "demo", "--date", DAY, "--packages", "40", "--seed", "7",
               "--data-dir", str(data_dir))[0] == 0
    code, _, err = run(capsys, "dispatch", "--date", DAY, "--out", str(tmp_path / "out"),
                       "--data-dir", str(data_dir))
    assert code == 0, err
    from kiosk.context import open_context
    from kiosk.station import claim_station
    with open_context(data_dir) as ctx:
        claim_station(ctx.store, "01", host="THIS-PC", pid=1)   # live state: not copied
        tables = {r["name"]: ctx.store.query_one(f"SELECT COUNT(*) AS n FROM {r['name']}")["n"]
                  for r in ctx.store.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")}
    embedded = listing(capsys, data_dir)
    assert len(embedded) == 40 and {s for _, s in embedded} >= {"dispatched", "refused"}

    uri = cluster.new_database()
    code, out, err = run(capsys, "store", "copy", "--to", uri, "--data-dir", str(data_dir))
    assert code == 0, err
    assert "40 packages" in out and "event trail is intact" in out
    for table, n in tables.items():
        if table != "station_claims":
            assert f"  {table} " in out and f" {n} rows" in out

    monkeypatch.setenv("QABYLDAU_STORE", uri)          # every command now on the server
    assert listing(capsys, data_dir) == embedded
    code, out, err = run(capsys, "audit", "verify", "--data-dir", str(data_dir))
    assert code == 0, out + err
    code, out, err = run(capsys, "check", "--data-dir", str(data_dir))
    assert code == 0, out + err
    # the server goes on numbering after the copied packages, ids and events
    code, out, err = run(capsys, "accept", "--json", str(request(tmp_path)),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert json.loads(out)["number"] == "ALM01-01-261120-0041"
    from db.store import open_store
    with open_store(uri) as store:
        assert store.query_one("SELECT COUNT(*) AS n FROM station_claims")["n"] == 0
        assert store.query_one("SELECT COUNT(*) AS n FROM packages")["n"] == 41
    assert run(capsys, "audit", "verify", "--data-dir", str(data_dir))[0] == 0
    monkeypatch.delenv("QABYLDAU_STORE")

    # a second copy into the same database is refused, in the user's language, and changes nothing
    for lang, words in (("en", "is not empty"), ("ru", "не пуста"), ("kk", "бос емес")):
        code, out, err = run(capsys, "store", "copy", "--to", uri, "--data-dir", str(data_dir),
                             "--lang", lang)
        assert code == 2 and words in err and "Traceback" not in err
    with open_store(uri) as store:
        assert store.query_one("SELECT COUNT(*) AS n FROM packages")["n"] == 41


def test_copy_refuses_what_is_not_a_server_and_says_when_it_is_away(capsys, data_dir):
    code, _, err = run(capsys, "store", "copy", "--to", "/tmp/elsewhere.sqlite3",
                       "--data-dir", str(data_dir))
    assert code == 2 and "PostgreSQL" in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]           # nothing listens there
    code, _, err = run(capsys, "store", "copy", "--to",
                       f"postgresql://qabyldau@127.0.0.1:{port}/qabyldau?connect_timeout=3",
                       "--data-dir", str(data_dir))
    assert code == 3 and f"127.0.0.1:{port}" in err and "Traceback" not in err

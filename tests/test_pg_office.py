"""An office on the server (PostgreSQL): many stations accepting at once, the schema created
and migrated by two PCs starting together, a newer schema refused, and the server going away
in the middle of a command — the command says so (exit 3, HOST:PORT, no traceback), nothing is
stored half, and everything works again once the server is back."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from db.store import Store, StoreError, StoreTooNew, StoreUnavailable
from kiosk.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
ACCEPTOR = ROOT / "tests" / "acceptor.py"


@pytest.fixture(autouse=True)
def _manager_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QABYLDAU_PIN", "3333")   # commands sign in as the demo manager


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QABYLDAU_PIN="3333", **extra)


def test_four_stations_fifty_acceptances_each_at_once(pg_uri: str, data_dir: Path,
                                                       capsys) -> None:
    from kiosk.context import open_context
    from kiosk.office_setup import make_training_store
    make_training_store(data_dir).close()  # the office's store exists, as after its set-up
    stations = ("01", "02", "03", "04")
    procs = [subprocess.Popen([sys.executable, str(ACCEPTOR), str(data_dir / code), "50",
                               f"desk{code}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=_env(QABYLDAU_STATION=code))
             for code in stations]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    acked = [n for out, _ in outs for n in out.split()]
    assert len(acked) == 200 and len(set(acked)) == 200
    with Store(pg_uri) as store:
        rows = store.query("SELECT station, seq, number FROM packages ORDER BY station, seq")
        events = store.query("SELECT COUNT(*) AS n FROM events WHERE package_id IS NOT NULL")
    assert len(rows) == 200 and events[0]["n"] == 200
    for code in stations:
        seqs = [r["seq"] for r in rows if r["station"] == code]
        assert seqs == list(range(1, 51)), f"station {code}: numbers not 1..50 without a gap"
        assert all(r["number"].startswith(f"ALM01-{code}-261120-") for r in rows
                   if r["station"] == code)
    assert sorted(r["number"] for r in rows) == sorted(acked)
    assert cli_main(["check", "--data-dir", str(data_dir)]) == 0
    assert cli_main(["audit", "verify", "--data-dir", str(data_dir), "--login", "manager"]) == 0
    capsys.readouterr()


OPEN_STORE = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from db.store import Store
    with Store({uri!r}) as s:
        print(s.version)
""")


def test_two_pcs_creating_the_schema_at_once(pg_uri: str) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_STORE.format(root=str(ROOT), uri=pg_uri)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip() == str(SCHEMA_VERSION)
    with Store(pg_uri) as store:
        assert store.query("SELECT version FROM qabyldau_schema") == [{"version": SCHEMA_VERSION}]
        assert store.integrity_problems() == []


def test_a_newer_schema_is_refused(pg_uri: str) -> None:
    Store(pg_uri).close()
    with Store(pg_uri) as store, store.write():
        store.execute("UPDATE qabyldau_schema SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreTooNew, match="newer Qabyldau"):
        Store(pg_uri)


def test_another_programs_database_is_refused(pg_uri: str) -> None:
    import psycopg
    with psycopg.connect(pg_uri, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreError, match="another program"):
        Store(pg_uri)


def test_a_password_in_the_url_is_refused_and_never_shown(pg_cluster) -> None:
    uri = f"postgresql://postgres:s3cret-pw@127.0.0.1:{pg_cluster.port}/postgres"
    with pytest.raises(StoreError) as err:
        Store(uri)
    assert "s3cret-pw" not in str(err.value) and "PGPASSWORD" in str(err.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_no_server_exits_3_with_host_and_port(data_dir: Path) -> None:
    port = _free_port()  # nobody listens there
    uri = f"postgresql://qabyldau@127.0.0.1:{port}/office"
    for lang, words in (("en", "cannot reach the office server at"),
                        ("ru", "не удаётся связаться с сервером офиса")):
        proc = subprocess.run([sys.executable, "-m", "kiosk", "lookup", "--store", uri, "--login", "manager",
                               "--data-dir", str(data_dir), "--lang", lang],
                              capture_output=True, text=True, env=_env(), timeout=60)
        assert proc.returncode == 3, proc.stderr
        assert words in proc.stderr and f"127.0.0.1:{port}" in proc.stderr
        assert "Traceback" not in proc.stderr and not proc.stdout


def test_a_connection_lost_inside_a_write_stores_nothing(pg_uri: str) -> None:
    import psycopg
    with Store(pg_uri) as store:
        pid = store.query("SELECT pg_backend_pid() AS pid")[0]["pid"]
        with pytest.raises(StoreUnavailable, match="cannot reach the office server at 127.0.0.1"):
            with store.write():
                store.put_setting("half", 1)
                with psycopg.connect(pg_uri, autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
                store.put_setting("other_half", 2)
        assert not store.in_transaction
        # the next call connects again by itself; nothing of the cut write is there
        assert store.get_setting("half") is None and store.get_setting("other_half") is None
        with store.write():
            store.put_setting("after", 3)
        assert store.get_setting("after") == 3


def test_a_desk_idle_while_the_server_restarted_reads_on(pg_cluster, pg_uri: str) -> None:
    with Store(pg_uri) as store:
        with store.write():
            store.put_setting("before", 1)
        pg_cluster.stop_server()
        try:
            with pytest.raises(StoreUnavailable):
                store.get_setting("before")
            with pytest.raises(StoreUnavailable):
                with store.write():
                    store.put_setting("while_away", 1)
        finally:
            pg_cluster.start_server()
        assert store.get_setting("before") == 1        # connected again by itself
        assert store.get_setting("while_away") is None


def test_the_pinger_asks_on_a_connection_of_its_own(pg_cluster, pg_uri: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk's health check runs on a worker thread: it never uses the store's own
    connection (that belongs to the GUI thread), only a short-lived one of its own."""
    with Store(pg_uri) as store:
        check = store.pinger()

        def untouchable(*a: object, **k: object) -> None:
            raise AssertionError("the pinger used the store's own connection")
        for name in ("_alive", "_run", "execute", "query", "begin_write"):
            monkeypatch.setattr(store.engine, name, untouchable)
        failed: list[BaseException] = []

        def on_a_worker() -> None:
            try:
                check()
            except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
                failed.append(exc)
        worker = threading.Thread(target=on_a_worker)
        worker.start()
        worker.join()
        assert not failed, failed
        pg_cluster.stop_server()
        try:
            with pytest.raises(StoreUnavailable, match="cannot reach the office server at "
                                                       f"127.0.0.1:{pg_cluster.port}"):
                check()
        finally:
            pg_cluster.start_server()
        check()
    with Store(tmp_path / "one-pc.db") as embedded:   # no server: nothing to ask
        embedded.pinger()()


def test_the_server_stopped_in_the_middle_of_a_command(pg_cluster, pg_uri: str,
                                                       data_dir: Path, capsys) -> None:
    """`qabyldau demo` is accepting packages when the server stops: exit 3 with the message,
    every stored package complete with its event; after the restart everything works."""
    from kiosk.office_setup import make_training_store
    make_training_store(data_dir).close()
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "demo", "--packages", "3000",
                             "--date", "2026-11-20", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        # wait until packages are being stored, then take the server away
        deadline = time.monotonic() + 60
        with Store(pg_uri) as watch:
            while time.monotonic() < deadline:
                n = watch.query("SELECT COUNT(*) AS n FROM packages")[0]["n"]
                if n >= 5:
                    break
                time.sleep(0.05)
        assert n >= 5, proc.stderr.read() if proc.poll() is not None else "demo too slow"
        stopper = threading.Thread(target=pg_cluster.stop_server)
        stopper.start()
        out, err = proc.communicate(timeout=120)
        stopper.join()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        pg_cluster.start_server()
    assert proc.returncode == 3, err
    assert f"cannot reach the office server at 127.0.0.1:{pg_cluster.port}" in err
    assert "Traceback" not in err
    with Store(pg_uri) as store:
        packages = store.query("SELECT COUNT(*) AS n FROM packages")[0]["n"]
        events = store.query("SELECT COUNT(*) AS n FROM events WHERE package_id IS NOT NULL")
        seqs = [r["seq"] for r in store.query("SELECT seq FROM packages ORDER BY seq")]
    assert 5 <= packages < 3000
    assert events[0]["n"] == packages                   # nothing stored half
    assert seqs == list(range(1, packages + 1))         # no gap, none twice
    capsys.readouterr()
    assert cli_main(["check", "--data-dir", str(data_dir)]) == 0
    assert cli_main(["audit", "verify", "--data-dir", str(data_dir), "--login", "manager"]) == 0
    assert cli_main(["demo", "--packages", "3", "--date", "2026-11-20",
                     "--data-dir", str(data_dir)]) == 0
    with Store(pg_uri) as store:
        assert store.query("SELECT COUNT(*) AS n FROM packages")[0]["n"] == packages + 3

"""Stations of an office: the receipt number carries this PC's station code (from its station
file), numbers run gap-free per station, and a second PC with the same code is told so."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest

from kiosk.cli import main
from kiosk.context import open_context
from kiosk.station import (STALE_S, StationTaken, check_station, claim_station, release_station,
                           this_host)
from tests.test_cli import request

NOW = dt.datetime(2026, 11, 20, 7, 15, 0)


@pytest.fixture(autouse=True)
def _clerk_pin(monkeypatch):
    monkeypatch.setenv("QABYLDAU_PIN", "1111")   # the commands sign in as the demo clerk


def write_station(tmp_path, text: str) -> None:
    (tmp_path / "station.ini").write_text(text, encoding="utf-8")


def accept(capsys, tmp_path, data_dir) -> dict:
    code = main(["accept", "--json", str(request(tmp_path)), "--data-dir", str(data_dir), "--login", "clerk"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_receipt_number_takes_the_station_file_code(capsys, tmp_path, data_dir):
    write_station(tmp_path, "[station]\ncode = 03\nruns = desk\nwindow = 3\n")
    first = accept(capsys, tmp_path, data_dir)["number"]
    second = accept(capsys, tmp_path, data_dir)["number"]
    assert (first, second) == ("ALM01-03-261120-0001", "ALM01-03-261120-0002")


def test_station_env_overrides_the_file_and_each_station_counts_on_its_own(
        capsys, tmp_path, data_dir, monkeypatch):
    write_station(tmp_path, "[station]\ncode = 03\n")
    numbers = [accept(capsys, tmp_path, data_dir)["number"]]
    monkeypatch.setenv("QABYLDAU_STATION", "07")
    numbers += [accept(capsys, tmp_path, data_dir)["number"] for _ in range(2)]
    monkeypatch.delenv("QABYLDAU_STATION")
    numbers.append(accept(capsys, tmp_path, data_dir)["number"])
    assert numbers == ["ALM01-03-261120-0001", "ALM01-07-261120-0001", "ALM01-07-261120-0002",
                       "ALM01-03-261120-0002"]
    with open_context(data_dir) as ctx:
        rows = ctx.store.query("SELECT station, seq FROM packages ORDER BY id")
    assert [(r["station"], r["seq"]) for r in rows] == [("03", 1), ("07", 1), ("07", 2), ("03", 2)]


def test_no_station_file_keeps_the_office_profile_station(capsys, tmp_path, data_dir):
    assert accept(capsys, tmp_path, data_dir)["number"] == "ALM01-01-261120-0001"


def test_a_wrong_station_file_is_named_and_nothing_stored(capsys, tmp_path, data_dir):
    write_station(tmp_path, "[station]\ncode = 3/b\n")
    code = main(["accept", "--json", str(request(tmp_path)), "--data-dir", str(data_dir),
                 "--lang", "ru", "--login", "clerk"])
    _, err = capsys.readouterr()
    assert code == 2 and "Ошибка в файле станции" in err and "3/B" in err
    assert "Traceback" not in err


@pytest.fixture
def other_pc(ctx, data_dir):
    """A second connection to the same store, as another PC has (its own server session)."""
    other = open_context(data_dir)
    yield other.store
    other.close()


def test_a_second_pc_with_the_same_code_is_refused_until_the_first_one_stops(ctx, other_pc):
    pc_a, pc_b = ctx.store, other_pc
    claim_station(pc_a, "03", window=3, host="PC-A", pid=100, now=NOW)
    with pytest.raises(StationTaken) as info:
        claim_station(pc_b, "03", host="PC-B", pid=200, now=NOW + dt.timedelta(seconds=5))
    assert info.value.holder["host"] == "PC-A"
    for lang, words in (("en", "Station 03 is already running on another PC (PC-A"),
                        ("ru", "Станция 03 уже работает на другом компьютере (PC-A"),
                        ("kk", "03 станциясы қазір басқа компьютерде жұмыс істеп тұр (PC-A")):
        assert words in info.value.text(lang)
    # the heartbeat keeps it: still refused a minute later
    claim_station(pc_a, "03", window=3, host="PC-A", pid=100, now=NOW + dt.timedelta(seconds=50))
    with pytest.raises(StationTaken):
        claim_station(pc_b, "03", host="PC-B", pid=200, now=NOW + dt.timedelta(seconds=100))
    # another code is free; another program of the same PC shares the code
    claim_station(pc_b, "04", host="PC-B", pid=200, now=NOW)
    claim_station(pc_a, "03", host="PC-A", pid=101, now=NOW + dt.timedelta(seconds=60))
    # PC-A closes its programs: the code is free at once
    release_station(pc_a, "03", host="PC-A", pid=100)
    release_station(pc_a, "03", host="PC-A", pid=101)
    claim_station(pc_b, "03", host="PC-B", pid=200, now=NOW + dt.timedelta(seconds=61))
    with pytest.raises(StationTaken):
        claim_station(pc_a, "03", host="PC-A", pid=100, now=NOW + dt.timedelta(seconds=62))


def test_a_crashed_pcs_claim_is_given_up(ctx, data_dir, other_pc):
    crashed = open_context(data_dir)
    claim_station(crashed.store, "05", host="PC-A", pid=100, now=NOW)
    with pytest.raises(StationTaken):
        claim_station(other_pc, "05", host="PC-B", pid=1, now=NOW + dt.timedelta(seconds=5))
    server = crashed.store.is_server
    session = crashed.store.query_one("SELECT pg_backend_pid() AS pid")["pid"] if server else None
    crashed.close()   # PC-A's program dies without giving its code back
    if not server:    # the embedded store knows only the heartbeat: stale after STALE_S
        with pytest.raises(StationTaken):
            claim_station(other_pc, "05", host="PC-B", pid=1,
                          now=NOW + dt.timedelta(seconds=STALE_S - 1))
    else:
        # on the server its session's lock goes with the session, which the server ends a
        # moment after the connection closed (its own process exits: under load that takes a
        # while); the code is free from the moment that session holds no lock any more
        deadline = time.monotonic() + 60
        while other_pc.query("SELECT 1 AS held FROM pg_locks WHERE pid = ?", (session,)):
            assert time.monotonic() < deadline, "the server never ended the closed session"
            time.sleep(0.02)
    later = NOW + dt.timedelta(seconds=(STALE_S + 1) if not server else 6)
    claim_station(other_pc, "05", host="PC-B", pid=1, now=later)
    row = ctx.store.query_one("SELECT host, started_at FROM station_claims WHERE code = '05'")
    assert row is not None and row["host"] == "PC-B"
    assert row["started_at"].startswith("2026-11-20 07:1")


def test_a_command_on_a_pc_whose_code_is_live_elsewhere_exits_2_and_stores_nothing(
        capsys, tmp_path, data_dir):
    write_station(tmp_path, "[station]\ncode = 03\n")
    with open_context(data_dir) as ctx:
        claim_station(ctx.store, "03", host="OTHER-PC", pid=1)  # real time: live now
        check_station(ctx.store, "03", host="OTHER-PC")          # its own PC: fine
        check_station(ctx.store, "04")
    for lang, words in (("kk", "басқа компьютерде"), ("ru", "на другом компьютере"),
                        ("en", "already running on another PC (OTHER-PC")):
        code = main(["accept", "--json", str(request(tmp_path)), "--data-dir", str(data_dir),
                     "--lang", lang, "--login", "clerk"])
        out, err = capsys.readouterr()
        assert code == 2 and words in err and out == "" and "Traceback" not in err
    with open_context(data_dir) as ctx:
        assert ctx.store.query_one("SELECT COUNT(*) AS n FROM packages")["n"] == 0
        release_station(ctx.store, "03", host="OTHER-PC", pid=1)
    assert accept(capsys, tmp_path, data_dir)["number"] == "ALM01-03-261120-0001"


def test_the_same_pc_may_run_desk_kiosk_and_commands_under_one_code(capsys, tmp_path, data_dir):
    with open_context(data_dir) as ctx:
        claim_station(ctx.store, "01", host=this_host(), pid=os.getpid() + 1)
    assert accept(capsys, tmp_path, data_dir)["number"] == "ALM01-01-261120-0001"

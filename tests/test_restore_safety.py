"""Restores and backups that lose nothing, and outputs that never destroy the store:
numbers issued before a restore are never issued again, two restores in one second keep two
copies, a restore needs an administrator and is in the trail, a file missing a table is
refused, a backup is a checked self-contained file, daily backups survive any clock, a lost
store is never silently started afresh, and ``--out``/``--slip`` refuse the store's files."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from db.store import Store, StoreDamaged
from kiosk.backup import clean_stale, daily_backup, restore_store
from kiosk.cli import main as cli
from kiosk.staff import Employee

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request  # noqa: E402

ADMIN = Employee("admin", "Әкімші", "administrator")
LOGIN = ["--login", "admin"]


@pytest.fixture(autouse=True)
def _admin_pin(monkeypatch):
    monkeypatch.setenv("QABYLDAU_PIN", "4444")


@pytest.fixture
def store_target():
    """These are about the embedded store's files (an office server: pg_dump, see below)."""
    return None


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_on_an_office_server_backup_and_restore_name_pg_dump(tmp_path, capsys, monkeypatch,
                                                             command):
    monkeypatch.setenv("QABYLDAU_STORE", "postgresql://qabyldau@office-server:5432/qabyldau")
    args = ["--out", str(tmp_path / "x.sqlite3")] if command == "backup" else [str(tmp_path)]
    code = cli([command, *args, "--data-dir", str(tmp_path / "home"), *LOGIN])
    err = capsys.readouterr().err
    assert code == 2 and "pg_dump" in err and "pg_restore" in err and "Traceback" not in err


def accept(ctx, i: int) -> str:
    from kiosk.intake import accept_package, request_from_dict
    from kiosk.receipts import save_receipt
    number = accept_package(ctx, request_from_dict(ctx.catalogue, request(i, ctx.catalogue)),
                            employee="desk").number
    save_receipt(ctx, number)
    return number


def seq(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def test_older_backup_restored_then_an_acceptance_numbers_after_all_issued(ctx, tmp_path, capsys):
    first = [accept(ctx, i) for i in range(3)]
    backup = tmp_path / "monday.sqlite3"
    assert cli(["backup", "--out", str(backup), "--data-dir", str(ctx.folder), *LOGIN]) == 0
    later = [accept(ctx, i) for i in range(3, 8)]       # issued after the backup was made
    receipts = {p.name: p.read_bytes() for p in (ctx.folder / "receipts").rglob("*.pdf")}
    ctx.close()
    assert cli(["restore", str(backup), "--data-dir", str(ctx.folder), *LOGIN]) == 0
    assert "no receipt number is issued twice" in capsys.readouterr().out
    from kiosk.context import open_context
    with open_context(ctx.folder) as c:
        new = accept(c, 9)
        assert seq(new) > max(seq(n) for n in first + later)
        kinds = [r["kind"] for r in c.store.query("SELECT kind, employee FROM events "
                                                  "WHERE kind = 'restored'")]
        assert kinds == ["restored"]
        assert c.store.query_one("SELECT employee FROM events WHERE kind = 'restored'")[
            "employee"] == "admin"
    # no receipt PDF of a number issued before was overwritten
    for path in (ctx.folder / "receipts").rglob("*.pdf"):
        if path.name in receipts:
            assert path.read_bytes() == receipts[path.name]
    assert cli(["check", "--data-dir", str(ctx.folder)]) == 0
    assert cli(["audit", "verify", "--data-dir", str(ctx.folder), *LOGIN]) == 0


def test_a_lost_store_restored_numbers_after_the_receipts_on_disk(ctx, tmp_path):
    accept(ctx, 0)
    backup = tmp_path / "early.sqlite3"
    ctx.store.backup_to(backup)
    issued = [accept(ctx, i) for i in range(1, 6)]
    ctx.close()
    store = ctx.folder / "qabyldau.sqlite3"
    store.write_bytes(os.urandom(8192))                 # the disk ate the store
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    restore_store(ctx.folder, backup, by=ADMIN)
    from kiosk.context import open_context
    with open_context(ctx.folder) as c:
        assert seq(accept(c, 7)) == max(seq(n) for n in issued) + 1


def test_two_restores_in_one_second_keep_two_copies(ctx, tmp_path):
    accept(ctx, 1)
    backup = tmp_path / "b.sqlite3"
    ctx.store.backup_to(backup)
    accept(ctx, 2)
    ctx.close()
    moment = dt.datetime(2026, 11, 20, 10, 15, 0)
    one = restore_store(ctx.folder, backup, moment, by=ADMIN)
    two = restore_store(ctx.folder, backup, moment, by=ADMIN)
    assert one.kept_aside != two.kept_aside
    assert one.kept_aside.exists() and two.kept_aside.exists()
    with sqlite3.connect(f"file:{one.kept_aside}?mode=ro", uri=True) as c:
        assert c.execute("SELECT COUNT(*) FROM packages").fetchone()[0] == 2  # the original


def test_restore_needs_an_administrator(ctx, tmp_path, capsys, monkeypatch):
    backup = tmp_path / "b.sqlite3"
    ctx.store.backup_to(backup)
    from kiosk import clock
    from kiosk.staff import ensure_demo_staff
    ensure_demo_staff(ctx.store, now=clock.now())
    ctx.close()
    before = (ctx.folder / "qabyldau.sqlite3").stat().st_size
    monkeypatch.setenv("QABYLDAU_PIN", "1111")
    assert cli(["restore", str(backup), "--data-dir", str(ctx.folder), "--login", "clerk"]) == 2
    assert "clerk" in capsys.readouterr().err
    assert cli(["restore", str(backup), "--data-dir", str(ctx.folder)]) == 2
    assert "--login" in capsys.readouterr().err
    assert not list((ctx.folder / "backups").glob("before-restore-*"))
    assert (ctx.folder / "qabyldau.sqlite3").stat().st_size == before
    with pytest.raises(Exception):
        restore_store(ctx.folder, backup, by=Employee("clerk", "Оператор", "clerk"))


def test_a_file_missing_a_table_is_refused(ctx, tmp_path, capsys):
    accept(ctx, 1)
    bad = tmp_path / "half.sqlite3"
    ctx.store.backup_to(bad)
    ctx.close()
    c = sqlite3.connect(bad)
    c.execute("DROP TABLE home_requests")
    c.commit()
    c.close()
    before = (ctx.folder / "qabyldau.sqlite3").read_bytes()
    assert cli(["restore", str(bad), "--data-dir", str(ctx.folder), *LOGIN]) == 3
    assert "home_requests" in capsys.readouterr().err
    assert (ctx.folder / "qabyldau.sqlite3").read_bytes() == before


def test_a_backup_is_a_checked_self_contained_file(ctx, tmp_path):
    accept(ctx, 1)
    media = tmp_path / "stick"
    out = media / "copy.sqlite3"
    media.mkdir()
    ctx.store.backup_to(out)
    assert out.read_bytes()[18:20] == b"\x01\x01"      # rollback journal, not WAL
    assert sorted(p.name for p in media.iterdir()) == ["copy.sqlite3"]
    os.chmod(out, 0o444)
    os.chmod(media, 0o555)
    try:   # a read-only medium: no -wal or -shm can be made beside it
        c = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert c.execute("SELECT COUNT(*) FROM packages").fetchone()[0] == 1
        c.close()
        assert sorted(p.name for p in media.iterdir()) == ["copy.sqlite3"]
    finally:
        os.chmod(media, 0o755)


def test_a_damaged_store_gives_no_backup(ctx, tmp_path):
    for i in range(40):
        accept(ctx, i)
    ctx.close()
    path = ctx.folder / "qabyldau.sqlite3"
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = c.execute("PRAGMA page_size").fetchone()[0]
        root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                         "'idx_packages_iin'").fetchone()[0]
    data = bytearray(path.read_bytes())
    at = (root - 1) * page
    data[at + 8:at + page] = os.urandom(page - 8)       # an index page scribbled over
    path.write_bytes(bytes(data))
    store = Store(path, migrate=False)
    try:
        target = tmp_path / "copy.sqlite3"
        with pytest.raises(StoreDamaged):
            store.backup_to(target)
        assert not target.exists() and not list(tmp_path.glob("copy*"))
    finally:
        store.close()


def test_a_clock_two_years_ahead_deletes_no_backup(ctx):
    folder = ctx.folder / "backups"
    start = dt.date(2026, 11, 21)
    for i in range(5):
        daily_backup(ctx.store, ctx.folder, start + dt.timedelta(days=i))
    before = sorted(p.name for p in folder.iterdir())
    assert len(before) == 6
    assert daily_backup(ctx.store, ctx.folder, start + dt.timedelta(days=730)) is not None
    after = sorted(p.name for p in folder.iterdir())
    assert set(before) <= set(after) and len(after) == 7


def test_the_newest_n_days_are_kept_whatever_the_clock(ctx):
    folder = ctx.folder / "backups"
    for i in range(5):
        daily_backup(ctx.store, ctx.folder, dt.date(2026, 11, 21) + dt.timedelta(days=i),
                     keep_days=3)
    newest = sorted(p.name for p in folder.iterdir())
    assert newest == ["qabyldau-2026-11-23.sqlite3", "qabyldau-2026-11-24.sqlite3",
                      "qabyldau-2026-11-25.sqlite3"]
    daily_backup(ctx.store, ctx.folder, dt.date(2020, 1, 1), keep_days=3)   # clock set back
    daily_backup(ctx.store, ctx.folder, dt.date(2026, 11, 26), keep_days=3)
    names = sorted(p.name for p in folder.iterdir())
    assert "qabyldau-2026-11-25.sqlite3" in names and "qabyldau-2026-11-26.sqlite3" in names


def test_a_desk_open_for_days_makes_one_backup_a_day(ctx, qtbot, monkeypatch):
    """The desk's timer looks at the day; each new day gets its copy, once."""
    import main
    from PySide6.QtWidgets import QWidget
    window = QWidget()
    qtbot.addWidget(window)
    timer = main.keep_daily_backups(window, ctx)
    for day in ("2026-11-21T09:00:00", "2026-11-21T15:00:00", "2026-11-22T09:00:00"):
        monkeypatch.setenv("QABYLDAU_NOW", day)
        timer.timeout.emit()
    names = sorted(p.name for p in (ctx.folder / "backups").iterdir())
    assert names == ["qabyldau-2026-11-20.sqlite3", "qabyldau-2026-11-21.sqlite3",
                     "qabyldau-2026-11-22.sqlite3"]


def test_stale_part_and_staging_files_are_cleaned(ctx):
    old = time.time() - 7200
    stale = [ctx.folder / ".restore-4242-1.sqlite3", ctx.folder / ".check-99-5.sqlite3-wal",
             ctx.folder / "backups" / "qabyldau-2026-11-19.sqlite3.4242.part",
             ctx.folder / "backups" / "before-restore-x.sqlite3.part"]
    fresh = ctx.folder / ".restore-77-1.sqlite3"      # a restore under way right now
    for p in [*stale, fresh]:
        p.write_bytes(b"SQLite format 3\x00")
    for p in stale:
        os.utime(p, (old, old))
    assert clean_stale(ctx.folder) == 4
    assert not any(p.exists() for p in stale) and fresh.exists()


# -- nothing destroys the store by accident ------------------------------------------------
def _store_bytes(folder: Path) -> bytes:
    return (folder / "qabyldau.sqlite3").read_bytes()


@pytest.mark.parametrize("which", ["store", "wal", "shm", "backups"])
def test_receipt_out_the_store_exits_2_with_the_store_intact(ctx, capsys, which):
    number = accept(ctx, 1)
    ctx.close()
    target = {"store": ctx.folder / "qabyldau.sqlite3",
              "wal": ctx.folder / "qabyldau.sqlite3-wal",
              "shm": ctx.folder / "qabyldau.sqlite3-shm",
              "backups": ctx.folder / "backups" / "qabyldau-2026-11-20.sqlite3"}[which]
    before = target.read_bytes() if target.exists() else None
    code = cli(["receipt", number, "--out", str(target), "--data-dir", str(ctx.folder),
                "--lang", "ru", *LOGIN])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "собственный файл данных" in err
    if before is not None:
        assert target.read_bytes() == before
    assert cli(["check", "--data-dir", str(ctx.folder)]) == 0


def test_complaint_slip_on_the_store_is_refused_and_nothing_stored(ctx, capsys):
    ctx.close()
    before = _store_bytes(ctx.folder)
    code = cli(["complaint", "add", *LOGIN, "--number", "Ж-1", "--applicant",
                "Серікбаев Асқар", "--text", "Кешікті", "--slip",
                str(ctx.folder / "qabyldau.sqlite3"), "--data-dir", str(ctx.folder)])
    assert code == 2 and "own data files" in capsys.readouterr().err
    assert _store_bytes(ctx.folder) == before


def test_an_existing_folder_as_out_writes_inside_it(ctx, tmp_path, capsys):
    number = accept(ctx, 1)
    ctx.close()
    folder = tmp_path / "prints"
    folder.mkdir()
    assert cli(["receipt", number, "--out", str(folder), "--data-dir", str(ctx.folder),
                *LOGIN]) == 0
    assert (folder / f"{number}.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()


def test_dispatch_into_backups_or_onto_the_store_is_refused(ctx, capsys, monkeypatch):
    ctx.close()
    monkeypatch.setenv("QABYLDAU_PIN", "2222")   # the demo dispatcher
    for out in (ctx.folder / "backups", ctx.folder / "qabyldau.sqlite3"):
        code = cli(["dispatch", "--out", str(out), "--data-dir", str(ctx.folder),
                    "--login", "dispatcher"])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err and "may not open" not in err


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_lost_store_is_never_numbered_afresh(ctx, tmp_path, capsys, how):
    accept(ctx, 1)
    ctx.close()
    store = ctx.folder / "qabyldau.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    if how == "missing":
        store.unlink()
    else:
        store.write_bytes(b"")
    code = cli(["lookup", "--data-dir", str(ctx.folder), *LOGIN])
    err = capsys.readouterr().err
    assert code == 3
    assert "qabyldau restore" in err and "qabyldau-2026-11-20.sqlite3" in err
    assert not store.exists() or store.stat().st_size == 0      # no fresh store was made

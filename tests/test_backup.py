"""Backups: an online copy on demand, a daily copy kept N days, a restore that checks the file
before it replaces anything, and a clear message when the store cannot be opened."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.store import Store, StoreDamaged, StoreError, StoreTooNew
from kiosk.backup import daily_backup, damaged_message, latest_backup, restore_store
from kiosk.cli import main as cli

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request  # noqa: E402

from kiosk.staff import Employee  # noqa: E402

ADMIN = Employee("admin", "Әкімші", "administrator")
LOGIN = ["--login", "admin"]     # the demo administrator; its PIN comes from $QABYLDAU_PIN


@pytest.fixture(autouse=True)
def _admin_pin(monkeypatch):
    monkeypatch.setenv("QABYLDAU_PIN", "4444")


def accept(ctx, i: int) -> str:
    from kiosk.intake import accept_package, request_from_dict
    return accept_package(ctx, request_from_dict(ctx.catalogue, request(i, ctx.catalogue)),
                          employee="desk").number


def numbers(folder: Path) -> list[str]:
    conn = sqlite3.connect(folder / "qabyldau.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT number FROM packages ORDER BY id")]
    finally:
        conn.close()


def test_backup_then_restore_round_trip(ctx, tmp_path, capsys) -> None:
    first = [accept(ctx, i) for i in range(3)]
    out = tmp_path / "copy.sqlite3"
    assert cli(["backup", "--out", str(out), "--data-dir", str(ctx.folder), *LOGIN]) == 0
    assert "3 packages" in capsys.readouterr().out
    later = accept(ctx, 9)              # accepted after the backup
    ctx.close()

    assert cli(["restore", str(out), "--data-dir", str(ctx.folder), *LOGIN]) == 0
    said = capsys.readouterr().out
    assert "3 packages" in said and "kept in" in said
    assert numbers(ctx.folder) == first
    aside = [p for p in (ctx.folder / "backups").iterdir() if p.name.startswith("before-restore")]
    assert len(aside) == 1 and later in numbers_of(aside[0])  # nothing is thrown away
    assert cli(["check", "--data-dir", str(ctx.folder)]) == 0


def numbers_of(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT number FROM packages")]
    finally:
        conn.close()


def test_backup_while_another_program_writes(ctx, tmp_path) -> None:
    """The online backup is consistent even with uncommitted writes of another connection."""
    accept(ctx, 1)
    other = sqlite3.connect(ctx.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings(key, value) VALUES ('half', '1')")
    out = tmp_path / "b.sqlite3"
    # the core call: the command's sign-in is itself a write, which would wait for the other
    from kiosk.backup import backup_store
    backup_store(ctx.store, out)
    other.execute("ROLLBACK")
    other.close()
    with Store(out, migrate=False) as s:
        assert s.integrity_problems() == []
        assert s.get_setting("half") is None


def _bad_files(tmp_path: Path, good: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    files["empty"] = tmp_path / "empty.sqlite3"
    files["empty"].write_bytes(b"")
    files["garbage"] = tmp_path / "garbage.sqlite3"
    files["garbage"].write_bytes(os.urandom(20_000))
    data = good.read_bytes()
    files["truncated"] = tmp_path / "truncated.sqlite3"
    files["truncated"].write_bytes(data[: len(data) // 3])
    files["header_only"] = tmp_path / "header.sqlite3"
    files["header_only"].write_bytes(data[:100])
    files["newer"] = tmp_path / "newer.sqlite3"
    shutil.copy(good, files["newer"])
    c = sqlite3.connect(files["newer"])
    c.execute("PRAGMA user_version = 99")
    c.commit()
    c.close()
    files["foreign"] = tmp_path / "foreign.sqlite3"
    c = sqlite3.connect(files["foreign"])
    c.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)")
    c.execute("INSERT INTO photos(path) VALUES ('a.jpg')")
    c.commit()
    c.close()
    files["edited_trail"] = tmp_path / "edited.sqlite3"
    shutil.copy(good, files["edited_trail"])
    c = sqlite3.connect(files["edited_trail"])
    c.execute("UPDATE events SET employee = 'someone else' WHERE id = 1")
    c.commit()
    c.close()
    files["text"] = tmp_path / "notes.txt"
    files["text"].write_text("SELECT * FROM packages; -- not a database\n" * 100)
    return files


BAD = ["empty", "garbage", "truncated", "header_only", "newer", "foreign", "edited_trail", "text"]


@pytest.mark.parametrize("kind", BAD)
def test_restore_refuses_a_bad_file_and_changes_nothing(ctx, tmp_path, capsys, kind) -> None:
    mine = [accept(ctx, i) for i in range(2)]
    good = tmp_path / "good.sqlite3"
    ctx.store.backup_to(good)
    bad = _bad_files(tmp_path, good)[kind]
    ctx.close()
    before = ctx.store.path.read_bytes()
    code = cli(["restore", str(bad), "--data-dir", str(ctx.folder), "--lang", "ru", *LOGIN])
    err = capsys.readouterr().err
    assert code == 3
    assert err.startswith("qabyldau: ") and len(err.strip()) > 20 and "Traceback" not in err
    if kind == "newer":
        assert "newer" in err
    assert ctx.store.path.read_bytes() == before       # not one byte of the store changed
    assert numbers(ctx.folder) == mine
    assert not list(ctx.folder.glob(".restore-*")) and not list(ctx.folder.glob(".check-*"))
    assert not [p for p in (ctx.folder / "backups").iterdir() if p.name.startswith("before-")]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.booleans())
def test_restore_of_any_bytes(tmp_path_factory, blob: bytes, with_header: bool) -> None:
    folder = tmp_path_factory.mktemp("store")
    src = folder / "in.sqlite3"
    src.write_bytes((b"SQLite format 3\x00" if with_header else b"") + blob)
    with pytest.raises(StoreError) as exc:
        restore_store(folder / "office", src, by=ADMIN)
    assert str(exc.value).strip()
    assert not (folder / "office" / "qabyldau.sqlite3").exists()


def test_restore_refused_while_the_desk_has_the_store_open(ctx, tmp_path) -> None:
    accept(ctx, 1)
    good = tmp_path / "good.sqlite3"
    ctx.store.backup_to(good)
    reader = sqlite3.connect(ctx.store.path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM packages").fetchone()   # a desk in the middle of a read
    accept(ctx, 2)                                                # so the WAL cannot be emptied
    with pytest.raises(StoreError, match="another Qabyldau program"):
        restore_store(ctx.folder, good, by=ADMIN)
    reader.execute("COMMIT")
    # even an idle program that only has the store open keeps it from being replaced
    with pytest.raises(StoreError, match="another Qabyldau program"):
        restore_store(ctx.folder, good, by=ADMIN)
    reader.close()
    ctx.close()
    assert len(numbers(ctx.folder)) == 2
    assert restore_store(ctx.folder, good, by=ADMIN).packages == 1


def test_restore_replaces_a_damaged_store_and_keeps_it(data_dir, tmp_path) -> None:
    from kiosk.context import open_context
    with open_context(data_dir) as c:
        kept = accept(c, 1)
    daily = latest_backup(data_dir)
    assert daily is not None and daily.name == "qabyldau-2026-11-20.sqlite3"
    store = data_dir / "qabyldau.sqlite3"
    store.write_bytes(b"\x00" * 4096 + os.urandom(4096))          # the disk ate it
    with pytest.raises(StoreDamaged):
        open_context(data_dir)
    result = restore_store(data_dir, daily, by=ADMIN)
    assert result.kept_aside is not None and result.kept_aside.exists()
    with open_context(data_dir) as c:
        assert c.store.integrity_problems() == []
        assert accept(c, 2) != kept or True   # the office can work again


def test_daily_backup_once_a_day_kept_n_days(ctx) -> None:
    folder = ctx.folder / "backups"
    assert [p.name for p in folder.iterdir()] == ["qabyldau-2026-11-20.sqlite3"]  # made at opening
    assert daily_backup(ctx.store, ctx.folder, dt.date(2026, 11, 20)) is None      # once a day
    cut = folder / "qabyldau-2026-11-19.sqlite3.4242.part"   # a copy a power cut interrupted
    cut.write_bytes(b"SQLite format 3\x00")
    os.utime(cut, (0, 0))
    start = dt.date(2026, 11, 21)
    for i in range(20):
        assert daily_backup(ctx.store, ctx.folder, start + dt.timedelta(days=i), keep_days=7)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 7
    assert names[0] == "qabyldau-2026-12-04.sqlite3" and names[-1] == "qabyldau-2026-12-10.sqlite3"
    with Store(folder / names[-1], migrate=False) as s:
        assert s.integrity_problems() == []


def test_daily_backup_failure_never_stops_the_office(ctx, monkeypatch) -> None:
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(ctx.store, "backup_to", full)
    assert daily_backup(ctx.store, ctx.folder, dt.date(2026, 11, 21)) is None
    assert not [p for p in (ctx.folder / "backups").iterdir() if "2026-11-21" in p.name]


def test_garbage_store_gives_store_damaged_with_the_restore_command(data_dir) -> None:
    from kiosk.context import open_context
    open_context(data_dir).close()
    (data_dir / "qabyldau.sqlite3").write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"qabyldau.sqlite3{suffix}").unlink(missing_ok=True)
    with pytest.raises(StoreDamaged) as exc:
        open_context(data_dir)
    for lang in ("kk", "ru", "en"):
        title, text = damaged_message(data_dir, exc.value, lang)
        assert title and "qabyldau restore" in text and "qabyldau-2026-11-20.sqlite3" in text


def test_foreign_sqlite_file_is_not_turned_into_a_store(data_dir) -> None:
    from kiosk.context import open_context
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "qabyldau.sqlite3").unlink()   # not the test's training store: a foreign file
    c = sqlite3.connect(data_dir / "qabyldau.sqlite3")
    c.execute("CREATE TABLE settings(k TEXT)")
    c.commit()
    c.close()
    with pytest.raises(StoreDamaged, match="another program"):
        open_context(data_dir)


def test_newer_store_says_update(data_dir) -> None:
    from kiosk.context import open_context
    open_context(data_dir).close()
    c = sqlite3.connect(data_dir / "qabyldau.sqlite3")
    c.execute("PRAGMA user_version = 42")
    c.commit()
    c.close()
    with pytest.raises(StoreTooNew) as exc:
        open_context(data_dir)
    assert "newer" in damaged_message(data_dir, exc.value, "en")[1]


def test_gui_start_with_a_damaged_store_shows_the_message_and_exits_3(data_dir) -> None:
    from kiosk.context import open_context
    open_context(data_dir).close()
    (data_dir / "qabyldau.sqlite3").write_bytes(os.urandom(8192))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke", "--data-dir",
                           str(data_dir), "--lang", "kk"], capture_output=True, text=True,
                          env=env, timeout=60, cwd=ROOT)
    assert proc.returncode == 3
    assert "qabyldau restore" in proc.stderr and "резервтік көшірме" in proc.stderr


def test_gui_message_box_is_shown(data_dir, monkeypatch, qtbot) -> None:
    import main
    from PySide6.QtWidgets import QMessageBox
    shown = {}

    def fake_exec(box):
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "qabyldau.sqlite3").write_bytes(b"not a database at all" * 100)
    assert main.main(["--data-dir", str(data_dir), "--lang", "en"]) == 3
    assert shown["title"] == "The office data cannot be opened"
    assert "No automatic backup" in shown["text"]

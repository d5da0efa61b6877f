"""Full disks, held locks and bad input: a message and an exit code, never a traceback;
an acceptance stored before its PDF failed still reports its number; a retried request with
the same request_id stores nothing new."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.cli import main as _cli_main


def cli(argv: list[str]) -> int:
    """The command line as the training office's clerk signs in (issue 13: every command
    but services, check, verify, demo and setup signs in)."""
    if argv[0] not in ("services", "check", "verify", "demo", "setup") and "--login" not in argv:
        manager = argv[0] == "audit"  # the audit trail is a manager's
        os.environ["QABYLDAU_PIN"] = "3333" if manager else "1111"
        argv = [*argv, "--login", "manager" if manager else "clerk"]
    return _cli_main(argv)


@pytest.fixture(autouse=True)
def _clerk_pin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QABYLDAU_PIN", "1111")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from acceptor import request  # noqa: E402


@pytest.fixture
def store_target():
    """The embedded store: these hold its lock and fill its disk."""
    return None


def _request(ctx_or_catalogue, i=1, **extra) -> dict:
    from kiosk.catalogue import load_catalogue
    data = request(i, load_catalogue())
    data.update(extra)
    return data


def _accept(tmp_path, data_dir, data, *more, raw: bytes | None = None):
    f = tmp_path / f"req-{time.monotonic_ns()}.json"
    f.write_bytes(raw if raw is not None else json.dumps(data, ensure_ascii=False).encode())
    return cli(["accept", "--json", str(f), "--data-dir", str(data_dir), *more])


def _packages(data_dir) -> int:
    with sqlite3.connect(data_dir / "qabyldau.sqlite3") as c:
        return c.execute("SELECT COUNT(*) FROM packages").fetchone()[0]


# -- full disk -----------------------------------------------------------------------------
def test_a_full_disk_at_the_receipt_still_reports_the_number(tmp_path, data_dir, capsys,
                                                              monkeypatch):
    import kiosk.safe_write as sw
    real_fdopen = sw.os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sw.os, "fdopen", lambda fd, mode="r": Full(real_fdopen(fd, mode)))
    code = _accept(tmp_path, data_dir, _request(None))
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["number"] and result["pdf"] is None
    assert "No space left" in result["warning"] and "Traceback" not in err
    assert f"qabyldau receipt {result['number']} --out" in err
    assert _packages(data_dir) == 1
    assert not list((data_dir / "receipts").rglob("*.part"))      # nothing half-written left
    monkeypatch.setattr(sw.os, "fdopen", real_fdopen)               # space freed: reprint works
    assert cli(["receipt", result["number"], "--out", str(tmp_path / "r.pdf"),
                "--data-dir", str(data_dir)]) == 0


def test_a_full_disk_at_the_store_is_a_message(tmp_path, data_dir, capsys, monkeypatch):
    from db.store import Store
    cli(["lookup", "--data-dir", str(data_dir)])        # the store exists
    capsys.readouterr()
    real_write = Store.write

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(Store, "write", full)
    code = _accept(tmp_path, data_dir, _request(None), "--lang", "ru")
    err = capsys.readouterr().err
    monkeypatch.setattr(Store, "write", real_write)
    assert code == 3 and "На диске нет места" in err and "Traceback" not in err
    assert _packages(data_dir) == 0


def test_an_unwritable_out_folder_is_a_message(tmp_path, data_dir, capsys):
    _accept(tmp_path, data_dir, _request(None))
    number = json.loads(capsys.readouterr().out)["number"]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = cli(["receipt", number, "--out", str(blocker / "sub" / "r.pdf"),
                "--data-dir", str(data_dir)])
    assert code == 3 and "Traceback" not in capsys.readouterr().err


# -- request_id ----------------------------------------------------------------------------
def test_a_retry_with_the_same_request_id_returns_the_first_result(tmp_path, data_dir, capsys):
    data = _request(None, request_id="desk1-2026-11-20-0007")
    assert _accept(tmp_path, data_dir, data) == 0
    first = json.loads(capsys.readouterr().out)
    assert _accept(tmp_path, data_dir, data) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["number"] == first["number"] and again["outcome"] == first["outcome"]
    assert _packages(data_dir) == 1
    other = _request(None, 5, request_id="desk1-2026-11-20-0007")   # another applicant
    assert _accept(tmp_path, data_dir, other) == 2
    assert "request_id" in capsys.readouterr().err and _packages(data_dir) == 1
    assert cli(["audit", "verify", "--data-dir", str(data_dir)]) == 0


# -- held locks ----------------------------------------------------------------------------
def test_a_command_gives_up_on_a_held_lock_with_exit_3(tmp_path, data_dir, capsys, monkeypatch):
    cli(["lookup", "--data-dir", str(data_dir)])
    capsys.readouterr()
    monkeypatch.setenv("QABYLDAU_LOCK_WAIT_S", "1")
    held, done = threading.Event(), threading.Event()

    def hold():
        other = sqlite3.connect(data_dir / "qabyldau.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        held.set()
        done.wait(30)
        other.execute("ROLLBACK")
        other.close()

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert held.wait(10)
        started = time.monotonic()
        code = _accept(tmp_path, data_dir, _request(None), "--lang", "kk")
        waited = time.monotonic() - started
    finally:
        done.set()
        t.join()
    err = capsys.readouterr().err
    assert code == 3 and "Басқа станция деректерді жазып жатыр" in err and "Traceback" not in err
    assert 0.9 < waited < 10
    assert _packages(data_dir) == 0


def test_the_desk_waits_at_most_5_seconds(ctx):
    from db.dialect import lock_wait_s
    from db.store import StoreBusy
    import main
    assert main.DESK_LOCK_WAIT_S == 5.0 and lock_wait_s() == 60.0
    ctx.store.set_lock_wait(0.5)
    other = sqlite3.connect(ctx.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(StoreBusy, match="another station is writing"):
            with ctx.store.write():
                pass
        assert time.monotonic() - started < 3
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- bad input -----------------------------------------------------------------------------
BAD = {
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "nested_object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
    "huge_int": b'{"service": "teacher_attestation", "ticket_id": ' + b"9" * 5000 + b"}",
    "huge_int_in_list": b"[" + b"1" * 5000 + b"]",
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_malicious_json_is_refused_with_a_message(tmp_path, data_dir, capsys, kind):
    code = _accept(tmp_path, data_dir, None, "--lang", "ru", raw=BAD[kind])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("qabyldau:") and "Traceback" not in err


def test_a_utf8_bom_is_accepted(tmp_path, data_dir, capsys):
    body = json.dumps(_request(None), ensure_ascii=False).encode("utf-8")
    assert _accept(tmp_path, data_dir, None, raw=b"\xef\xbb\xbf" + body) == 0
    assert json.loads(capsys.readouterr().out)["outcome"] == "accepted"


def test_unknown_keys_and_duplicate_documents_are_refused_naming_them(tmp_path, data_dir, capsys):
    data = _request(None, urgent=True, sevice="x")
    assert _accept(tmp_path, data_dir, data, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "unknown keys" in err and "sevice" in err and "urgent" in err
    data = _request(None)
    data["documents"] = data["documents"] + [data["documents"][0]]
    assert _accept(tmp_path, data_dir, data, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "listed twice" in err
    raw = b'{"service": "a", "service": "teacher_attestation"}'
    assert _accept(tmp_path, data_dir, None, raw=raw) == 2
    assert "twice" in capsys.readouterr().err
    assert _packages(data_dir) == 0


def test_an_iin_born_in_the_future_is_refused(tmp_path, data_dir, capsys):
    import datetime as dt
    from kiosk.iin import make_iin
    data = _request(None)
    serial = 0
    iin = None
    while iin is None:
        iin = make_iin(dt.date(2027, 3, 1), "male", serial)
        serial += 1
    data["applicant"]["iin"] = iin
    assert _accept(tmp_path, data_dir, data, "--lang", "kk") == 2
    assert "әлі келмеген" in capsys.readouterr().err


def test_a_ticket_never_called_or_already_served_is_refused(ctx, tmp_path, capsys):
    from kiosk.intake import accept_package, request_from_dict
    from kiosk.errors import InputError
    ticket = ctx.store
    with ticket.write():
        tid = ticket.insert("tickets", {"day": "2026-11-20", "category": "A", "seq": 1,
                                        "code": "A001", "issued_at": "2026-11-20 10:00:00",
                                        "status": "waiting"})
    req = request_from_dict(ctx.catalogue, _request(None, ticket_id=tid))
    with pytest.raises(InputError, match="never called"):
        accept_package(ctx, req, employee="desk")
    with ticket.write():
        ticket.execute("UPDATE tickets SET status = 'called', called_at = ? WHERE id = ?",
                       ("2026-11-20 10:05:00", tid))
    accept_package(ctx, req, employee="desk")
    with pytest.raises(InputError, match="already been served"):
        accept_package(ctx, req, employee="desk")


@pytest.mark.parametrize("argv", [["lookup", "--limit", "9" * 30],
                                  ["lookup", "--limit", "0"],
                                  ["demo", "--packages", "9" * 40],
                                  ["home", "done", "9" * 40]])
def test_overflowing_numbers_in_options(data_dir, capsys, argv):
    code = cli([*argv, "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and err.startswith("qabyldau:")


@pytest.mark.parametrize("manifest", [b"[]", b"{}", b'{"files": {}, "batches": []}',
                                      b'{"files": [1, 2], "batches": []}',
                                      b'{"files": [], "batches": [7]}',
                                      b'{"files": [{"path": "../../etc/passwd", "sha256": "x"}], '
                                      b'"batches": []}',
                                      b'{"files": [], "batches": [{"count": "many"}]}',
                                      b"[" * 100_000, b"\xff\xfe"])
def test_manifests_of_the_wrong_shape(tmp_path, capsys, manifest):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "manifest.json").write_bytes(manifest)
    code = cli(["verify", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err and "manifest.json" in out

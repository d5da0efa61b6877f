"""Private files (POSIX): the data folder 0700; the store, its WAL, backups, receipts, slips
and exports 0600 — whatever the user's umask, and for a store an older version left 0644."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_commands_leave_only_private_files(tmp_path):
    from kiosk.catalogue import load_catalogue
    from tests.acceptor import request
    home = tmp_path / "office"
    env = {**os.environ, "QABYLDAU_PIN": "1111", "QABYLDAU_NOW": "2026-11-20T10:15:00"}
    env.pop("QABYLDAU_STORE", None)

    def sh(*args: str, pin: str = "1111") -> subprocess.CompletedProcess[str]:
        # a permissive umask, as many desktops have: the program must not rely on it
        return subprocess.run(["sh", "-c", 'umask 022; exec "$@"', "sh", sys.executable, "-m",
                               "kiosk", *args, "--data-dir", str(home)],
                              capture_output=True, text=True, cwd=ROOT,
                              env={**env, "QABYLDAU_PIN": pin})

    assert sh("demo", "--packages", "3").returncode == 0
    req = tmp_path / "req.json"
    req.write_text(json.dumps(request(1, load_catalogue()), ensure_ascii=False), "utf-8")
    r = sh("accept", "--json", str(req), "--login", "clerk")
    assert r.returncode == 0, r.stderr
    pdf = Path(json.loads(r.stdout)["pdf"])
    out = tmp_path / "exports"
    out.mkdir()
    assert sh("register", "--out", str(out), "--login", "manager", pin="3333").returncode == 0
    assert sh("backup", "--out", str(tmp_path / "b.sqlite3"), "--login", "admin",
              pin="4444").returncode == 0
    assert mode(home) == 0o700
    store = home / "qabyldau.sqlite3"
    assert mode(store) == 0o600
    assert mode(pdf) == 0o600 and mode(pdf.parent) == 0o700
    for f in out.iterdir():
        assert mode(f) == 0o600, f
    assert mode(tmp_path / "b.sqlite3") == 0o600
    for f in (home / "backups").rglob("*"):
        assert mode(f) & 0o077 == 0, f


def test_an_old_world_readable_store_is_made_private(data_dir):
    from kiosk.context import open_context
    os.chmod(data_dir, 0o755)
    os.chmod(data_dir / "qabyldau.sqlite3", 0o644)
    with open_context(data_dir) as ctx:
        assert mode(data_dir) == 0o700
        for suffix in ("", "-wal", "-shm"):
            p = Path(f"{ctx.store.path}{suffix}")
            if p.exists():
                assert mode(p) == 0o600, p

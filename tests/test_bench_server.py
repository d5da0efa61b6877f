"""``bench/run.py --store URL`` runs on a real PostgreSQL and reports the server's column beside
the embedded store's (no timing is asserted: the benchmark is not a test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cluster(pg_cluster):
    """The test session's PostgreSQL (tests/conftest.py)."""
    return pg_cluster


def test_bench_runs_on_a_server(tmp_path, cluster) -> None:
    uri = cluster.new_database()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QABYLDAU_NOW", None)
    cmd = [sys.executable, str(ROOT / "bench" / "run.py"), "--packages", "2000", "--quick",
           "--store", uri]
    proc = subprocess.run([*cmd, "--json"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=900)
    assert proc.returncode == 0, proc.stderr
    srv = json.loads(proc.stdout)["server"]
    for key in ("accept_ms", "lookup_number_ms", "lookup_iin_ms", "lookup_name_ms",
                "bytes_per_package"):
        assert srv[key] > 0, key
    assert "dispatch_5000_s" in srv and srv["server_version"].startswith(("1", "2"))
    # the second run finds the lookup store on the server and prints both columns
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert "office server (PostgreSQL)" in proc.stdout and "embedded (SQLite)" in proc.stdout
    bad = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--store",
                          "/tmp/x.sqlite3"], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=60)
    assert bad.returncode == 2 and "postgresql://" in bad.stderr

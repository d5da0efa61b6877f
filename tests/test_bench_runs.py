"""The benchmark is not a test (no timings are asserted here); this only proves that
``bench/run.py`` runs and reports every figure, on a tiny store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_runs_quick(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QABYLDAU_NOW", None)
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--packages", "2000",
                           "--quick", "--json"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    for key in ("receipt_ms", "accept_ms", "startup_s", "lookup_number_ms", "lookup_iin_ms",
                "lookup_name_ms", "bytes_per_package"):
        assert res[key] > 0, key
    assert res["packages"] == 2000 and res["baselines"]["receipt_ms"] > 0
    assert "dispatch_5000_s" in res
    for key in ("call_next_ms", "call_next_p99_ms", "call_to_board_p50_ms",
                "call_to_board_p99_ms"):
        assert res[key] > 0, key

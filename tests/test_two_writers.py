"""Two programs on one data folder (kiosk and desk) accept at the same time: nobody sees
"database is locked", and every receipt number is used once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from db.store import Store
from kiosk.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
ACCEPTOR = ROOT / "tests" / "acceptor.py"
EACH = 60


def test_kiosk_and_desk_accept_at_the_same_time(data_dir: Path, capsys, store_target) -> None:
    from kiosk.context import open_context
    open_context(data_dir).close()  # the store exists before both start, as at an office
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, str(ACCEPTOR), str(data_dir), str(EACH), who],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
             for who in ("kiosk", "desk")]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "locked" not in err and "busy" not in err
    numbers = [n for out, _ in outs for n in out.split()]
    assert len(numbers) == 2 * EACH
    assert len(set(numbers)) == 2 * EACH, "a receipt number was given twice"
    with open_context(data_dir) as ctx:
        seqs = [r["seq"] for r in ctx.store.query("SELECT seq FROM packages ORDER BY seq")]
        by = {r["employee"]: r["n"] for r in ctx.store.query(
            "SELECT employee, COUNT(*) AS n FROM packages GROUP BY employee")}
    assert seqs == list(range(1, 2 * EACH + 1))
    assert by == {"kiosk": EACH, "desk": EACH}
    assert cli_main(["check", "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()


def test_accept_waits_for_a_long_held_write_lock(ctx) -> None:
    """Another program holds the write lock for two seconds: the accept waits and succeeds."""
    sys.path.insert(0, str(ROOT / "tests"))
    from acceptor import request

    from kiosk import clock
    from kiosk.intake import accept_package, request_from_dict

    held = threading.Event()

    def hold_lock() -> None:
        with Store(os.environ.get("QABYLDAU_STORE") or ctx.store.path) as other:
            with other.write():
                other.execute("INSERT INTO settings(key, value) VALUES ('other', '1')")
                held.set()
                time.sleep(2.0)

    t = threading.Thread(target=hold_lock)
    t.start()
    assert held.wait(10)
    started = time.monotonic()
    result = accept_package(ctx, request_from_dict(ctx.catalogue, request(3, ctx.catalogue)),
                            employee="desk", now=clock.now())
    waited = time.monotonic() - started
    t.join()
    assert result.number.endswith("-0001")
    assert waited > 1.0  # it really waited for the other writer instead of failing
    assert ctx.store.get_setting("other") == 1

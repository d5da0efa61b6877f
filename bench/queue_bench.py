"""The queue's benchmark: how long "call next" takes while 8 windows press at once, and how
long a call takes to reach the hall display's board.

    python bench/queue_bench.py [--tickets 300] [--calls 40] [--store URL] [--json]

call_next_ms          median (and p99) of one call_next, 8 processes calling from 8 windows at
                      once until 300 waiting tickets are all called
call_to_board_*_ms    from the moment a desk presses "call next" to the moment the real hall
                      display (ui.display.window.HallDisplay, offscreen, in its own process,
                      polling its change check) shows the ticket on the board: p50 and p99

Without ``--store`` it runs on a fresh embedded (SQLite) store in a temporary folder; with
``--store URL`` (QABYLDAU_STORE) on that store, e.g. the office's PostgreSQL server.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WINDOWS = 8


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[max(1, math.ceil(q / 100 * len(s))) - 1]


def _issue(home: Path, n: int) -> None:
    from kiosk import queue
    from kiosk.office_setup import open_training_office
    services = ["teacher_attestation", "preschool_queue", "school_admission", None]
    with open_training_office(home) as ctx:  # a training store, made on first use
        for i in range(n):
            queue.issue_ticket(ctx, services[i % len(services)])


def _caller(home: str, window: int, env: dict[str, str], start: Any, out: Any) -> None:
    os.environ.update(env)
    from kiosk import queue
    from kiosk.context import open_context
    times: list[float] = []
    with open_context(home) as ctx:
        start.wait()
        while True:
            t0 = time.perf_counter()
            t = queue.call_next(ctx, f"{window:02d}", window=window,
                                request_id=f"bench-{window}-{len(times)}-{t0}")
            if t is None:
                break
            times.append((time.perf_counter() - t0) * 1000)
    out.put(times)


def bench_call_next(home: Path, tickets: int = 300) -> dict[str, float]:
    """8 windows, 8 processes, calling at once until every ticket is called."""
    _issue(home, tickets)
    env = {k: v for k, v in os.environ.items() if k.startswith("QABYLDAU_")}
    mp = multiprocessing.get_context("spawn")
    start = mp.Barrier(WINDOWS)
    out = mp.Queue()
    procs = [mp.Process(target=_caller, args=(str(home), w, env, start, out))
             for w in range(1, WINDOWS + 1)]
    for p in procs:
        p.start()
    times = [t for _ in procs for t in out.get(timeout=600)]
    for p in procs:
        p.join()
    if len(times) != tickets:
        raise RuntimeError(f"{len(times)} calls for {tickets} tickets")
    return {"call_next_ms": round(pct(times, 50), 2), "call_next_p99_ms": round(pct(times, 99), 2)}


def _probe(home: str) -> int:
    """The display's process: the real board, reporting when each call is on it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from kiosk.context import open_context
    from ui.app import make_app
    from ui.display.window import HallDisplay
    app = make_app()
    ctx = open_context(home)
    board = HallDisplay(ctx, voice=False)
    board.resize(1920, 1080)
    board.show()
    seen: set[int] = {c.call_id for c in board.board.calls} if board.board else set()
    shown = board.refresh

    def refresh() -> None:
        shown()
        now = time.time()
        for row in board.rows:
            if row.call_id and row.call_id not in seen and row.code.text():
                seen.add(row.call_id)
                print(f"{row.call_id} {now:.6f}", flush=True)
    board.refresh = refresh  # type: ignore[method-assign]

    def stop_when_told() -> None:
        if Path(home, "probe.stop").exists():
            app.quit()
    watch = QTimer()
    watch.timeout.connect(stop_when_told)
    watch.start(200)
    print("ready", flush=True)
    app.exec()
    board.close()
    ctx.close()
    return 0


def bench_call_to_board(home: Path, calls: int = 40) -> dict[str, float]:
    from kiosk import queue
    from kiosk.context import open_context
    _issue(home, calls)
    probe = subprocess.Popen([sys.executable, __file__, "--probe", str(home)],
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert probe.stdout is not None
    if probe.stdout.readline().strip() != "ready":
        raise RuntimeError("the display did not start")
    pressed: dict[int, float] = {}
    rng = random.Random(5)
    with open_context(home) as ctx:
        for i in range(calls):
            time.sleep(rng.uniform(0.15, 0.45))
            t0 = time.time()
            queue.call_next(ctx, "01", window=1 + i % WINDOWS)
            pressed[queue.last_call_id(ctx)] = t0
        time.sleep(1.5)
    Path(home, "probe.stop").touch()
    out, _ = probe.communicate(timeout=60)
    latencies = []
    for line in out.splitlines():
        call_id, at = line.split()
        if int(call_id) in pressed:
            latencies.append((float(at) - pressed[int(call_id)]) * 1000)
    if len(latencies) != calls:
        raise RuntimeError(f"the board showed {len(latencies)} of {calls} calls")
    return {"call_to_board_p50_ms": round(pct(latencies, 50), 1),
            "call_to_board_p99_ms": round(pct(latencies, 99), 1)}


def run(tickets: int = 300, calls: int = 40, store: str | None = None) -> dict[str, Any]:
    saved = os.environ.get("QABYLDAU_STORE")
    if store:
        os.environ["QABYLDAU_STORE"] = store
    try:
        res: dict[str, Any] = {"queue_engine": "postgresql" if store else "sqlite"}
        with tempfile.TemporaryDirectory(prefix="qabyldau-queue-bench-") as tmp:
            res.update(bench_call_next(Path(tmp) / "calls", tickets))
            res.update(bench_call_to_board(Path(tmp) / "board", calls))
        return res
    finally:
        if store:
            if saved is None:
                os.environ.pop("QABYLDAU_STORE", None)
            else:
                os.environ["QABYLDAU_STORE"] = saved


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tickets", type=int, default=300)
    p.add_argument("--calls", type=int, default=40)
    p.add_argument("--store", metavar="URL", help="the office's store (default: a fresh SQLite)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--probe", metavar="HOME", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    os.environ.pop("QABYLDAU_NOW", None)  # the real clock: tickets and calls of today
    if args.probe:
        return _probe(args.probe)
    res = run(args.tickets, args.calls, args.store)
    print(json.dumps(res, indent=2) if args.json else
          "\n".join(f"{k:24} {v}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

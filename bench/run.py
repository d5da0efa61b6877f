"""The Qabyldau benchmark: medians of what a counter waits for.

    python bench/run.py [--json] [--packages 1000000] [--quick]

receipt_ms        one A4 receipt PDF in memory, against plain reportlab drawing the same page
accept_ms         validate, store, number, render (request_from_dict + accept_package + receipt)
startup_s         python main.py --smoke (offscreen), against a bare PySide6 window
dispatch_5000_s   bench/dispatch_bench.py run(n=5000): a large centre's day dispatched
lookup_*_ms       db.packages.find_packages by receipt number, IIN and surname prefix
bytes_per_package store file size / packages, on the generated store
call_next_ms      one "call next" while 8 windows (8 processes) call at once (bench/queue_bench.py)
call_to_board_*   a desk's call until the real hall display shows it: p50, p99

``--store postgresql://…`` measures accept_ms, dispatch_5000_s and the lookups once more on an
office server (bench/pg_store.py: a schema of its own per measurement in that database; the
lookup store is copied there once with COPY and kept) and prints both columns in one table.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

TARGETS = {  # name: (limit, kind) kind "abs": value < limit; "x": value < limit * baseline
    "receipt_ms": (2.0, "x"), "accept_ms": (25.0, "abs"), "startup_s": (3.0, "x"),
    "lookup_number_ms": (2.0, "abs"), "lookup_iin_ms": (2.0, "abs"),
    "lookup_name_ms": (20.0, "abs"), "dispatch_5000_s": (3.0, "abs"),
    "call_next_ms": (50.0, "abs"), "call_to_board_p99_ms": (1000.0, "abs"),
}


def median_of(fn: Callable[[], Any], repeat: int, warmup: int = 2) -> float:
    """Median wall time of fn in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


# -- receipt ---------------------------------------------------------------------------------
def _record_page_ops(data: Any) -> list[list[tuple]]:
    """What the real renderer draws: every text, line and barcode with its place."""
    from kiosk.documents import layout as r
    from kiosk.documents.receipt import render_receipt
    pages: list[list[tuple]] = []
    saved = (r.Pen.begin_page, r.Pen.text, r.Pen.hline, r.draw_code128)

    def begin(pen: Any) -> None:
        pages.append([])
        saved[0](pen)

    def text(pen: Any, x: float, y: float, s: str, font: str, size: float, gray: float) -> None:
        pages[-1].append(("text", x, y, s, font, size, gray))

    def hline(pen: Any, x0: float, x1: float, y: float, thick: float, gray: float) -> None:
        pages[-1].append(("line", x0, x1, y, thick, gray))

    def bar(c: Any, s: str, x: float, y: float, w: float, h: float) -> float:
        pages[-1].append(("barcode", s, x, y, w, h))
        return 0.0

    r.Pen.begin_page, r.Pen.text, r.Pen.hline, r.draw_code128 = begin, text, hline, bar
    try:
        render_receipt(data, "a4")
    finally:
        r.Pen.begin_page, r.Pen.text, r.Pen.hline, r.draw_code128 = saved
    return pages


def plain_reportlab(pages: list[list[tuple]]) -> bytes:
    """The baseline: the same texts, lines and Code 128 barcode drawn with plain canvas calls
    and reportlab's own barcode, default canvas settings, no layout work at all."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.documents.barcode_draw import total_modules
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, s, font, size, gray = op
                c.setFont(font, size)
                c.setFillGray(gray)
                c.drawString(x, y, s)
            elif op[0] == "line":
                _, x0, x1, y, thick, gray = op
                c.setStrokeGray(gray)
                c.setLineWidth(thick)
                c.line(x0, y, x1, y)
            else:
                _, s, x, y, w, h = op
                module = w / total_modules(s)
                Code128(s, barWidth=module, barHeight=h, quiet=1, lquiet=10 * module,
                        rquiet=10 * module).drawOn(c, x, y)
        c.showPage()
    c.save()
    return buf.getvalue()


def bench_receipt(ctx: Any, number: str, repeat: int) -> tuple[float, float, int]:
    from db.packages import package_by_number
    from kiosk.documents.fonts import register_fonts
    from kiosk.documents.receipt import render_receipt
    from kiosk.receipts import receipt_data
    register_fonts()
    data = receipt_data(ctx, package_by_number(ctx.store, number) or {})
    pages = _record_page_ops(data)
    ours, base = [], []
    for _ in range(repeat):  # interleaved, as above
        ours.append(median_of(lambda: render_receipt(data, "a4"), 1, warmup=1))
        base.append(median_of(lambda: plain_reportlab(pages), 1, warmup=1))
    return statistics.median(ours), statistics.median(base), len(pages)


# -- accept ----------------------------------------------------------------------------------
def bench_accept(ctx: Any, repeat: int) -> tuple[float, str, float]:
    sys.path.insert(0, str(ROOT / "tests"))
    from acceptor import request  # the same valid request the crash tests use
    from kiosk import clock
    from kiosk.intake import accept_package, request_from_dict
    from kiosk.receipts import receipt_pdf
    counter = iter(range(10**9))
    last = {}
    # acceptance happens in the office's hours on a working day (issue 15 point 6): the
    # benchmark accepts at 10:00 of the last working day, whatever time it runs at
    import datetime as _dt
    day = clock.now().date()
    while not ctx.calendar.is_working_day(day):
        day -= _dt.timedelta(days=1)
    moment = _dt.datetime.combine(day, _dt.time(10, 0))

    def one() -> None:
        req = request_from_dict(ctx.catalogue, request(next(counter), ctx.catalogue))
        result = accept_package(ctx, req, employee="bench", now=moment)
        last["pdf"] = receipt_pdf(ctx, result.number, "a4")
        last["number"] = result.number

    for _ in range(2):
        one()
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        one()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    last["cpu_ms"] = statistics.median(cpu)  # this process's own work, whatever else runs
    return statistics.median(wall), last["number"], last["cpu_ms"]


# -- start-up --------------------------------------------------------------------------------
BARE = ("from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "app = QApplication([])\nw = QMainWindow()\nw.show()\n"
        "QTimer.singleShot(0, app.quit)\napp.exec()\n")


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t0


def bench_startup(folder: Path, repeat: int) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = [sys.executable, str(ROOT / "main.py"), "--smoke", "--data-dir", str(folder)]
    bare = [sys.executable, "-c", BARE]
    _wall(app, env), _wall(bare, env)  # warm the file cache; the first run creates the store
    ours, base = [], []
    for _ in range(repeat):  # interleaved, so a busy moment of the machine hits both alike
        ours.append(_wall(app, env))
        base.append(_wall(bare, env))
    return statistics.median(ours), statistics.median(base)


def bench_dispatch(store: str | None = None) -> float | None:
    if not (BENCH / "dispatch_bench.py").exists():
        return None
    try:
        import dispatch_bench
        return float(dispatch_bench.run(n=5000, store=store))
    except Exception as exc:  # another area's module: report it, never fail the whole run
        print(f"dispatch benchmark failed: {exc!r}", file=sys.stderr)
        return None


# -- lookups ---------------------------------------------------------------------------------
def bench_lookups(n: int, repeat: int, server: str | None = None) -> dict[str, float]:
    from big_store import cached_store

    from db.packages import find_packages
    from db.store import Store
    if server:
        from pg_store import cached_lookup_schema
        target: Any = cached_lookup_schema(server, n)
    else:
        target = path = cached_store(n)
    rng = random.Random(3)
    out: dict[str, float] = {}
    with Store(target, migrate=False) as store:
        ids = [rng.randint(1, n) for _ in range(repeat)]
        rows = [store.query_one("SELECT number, iin, surname FROM packages WHERE id = ?", (i,))
                for i in ids]
        numbers = iter([r["number"] for r in rows] * 2)
        iins = iter([r["iin"] for r in rows] * 2)
        # what a clerk types: the first 3-6 letters of a surname, or all of it
        prefixes = iter([r["surname"][:rng.choice((3, 4, 6, 40))] for r in rows] * 2)
        out["lookup_number_ms"] = median_of(lambda: find_packages(store, next(numbers)), repeat)
        out["lookup_iin_ms"] = median_of(lambda: find_packages(store, next(iins)), repeat)
        out["lookup_name_ms"] = median_of(lambda: find_packages(store, next(prefixes)), repeat)
        count = store.query_one("SELECT COUNT(*) AS n FROM packages")
        size = store.query_one(
            "SELECT SUM(pg_total_relation_size(c.oid)) AS b FROM pg_class c JOIN pg_namespace s "
            "ON s.oid = c.relnamespace WHERE c.relkind = 'r' AND s.nspname = current_schema()"
        )["b"] if server else path.stat().st_size
    out["bytes_per_package"] = round(int(size) / (count["n"] if count else 1))
    return out


def run_server(url: str, packages: int, quick: bool) -> dict[str, Any]:
    """accept_ms, dispatch_5000_s and the lookups on the office server at ``url``."""
    from pg_store import fresh_schema

    from kiosk.office_setup import make_training_store
    repeat = 5 if quick else 50
    res: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="qabyldau-bench-") as tmp:
        with make_training_store(Path(tmp) / "office",
                                 store_url=fresh_schema(url, "bench_accept")) as ctx:
            res["accept_ms"], _, res["accept_cpu_ms"] = bench_accept(ctx, repeat)
    res["dispatch_5000_s"] = None if quick else bench_dispatch(fresh_schema(url, "bench_dispatch"))
    res.update(bench_lookups(packages, 20 if quick else 300, server=url))
    res.update(bench_queue(quick, url))
    import psycopg
    with psycopg.connect(url) as conn:
        v = conn.info.server_version
        res["server_version"] = f"{v // 10000}.{v % 10000}"
        res["server_host"] = conn.info.host
    return res


# -- the queue -------------------------------------------------------------------------------
def bench_queue(quick: bool, store: str | None = None) -> dict[str, Any]:
    """bench/queue_bench.py on the office server ``store`` (else a fresh SQLite store)."""
    try:
        import queue_bench
        return queue_bench.run(tickets=80 if quick else 300, calls=8 if quick else 40,
                               store=store)
    except Exception as exc:  # report it, never fail the whole run
        print(f"queue benchmark failed: {exc!r}", file=sys.stderr)
        return {}


# -- the run ---------------------------------------------------------------------------------
def run(packages: int, quick: bool, server: str | None = None) -> dict[str, Any]:
    from kiosk.office_setup import make_training_store
    repeat = 5 if quick else 50
    res: dict[str, Any] = {}
    baselines: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="qabyldau-bench-") as tmp:
        with make_training_store(Path(tmp) / "office") as ctx:  # QABYLDAU_NOW-free, like an office
            res["accept_ms"], number, res["accept_cpu_ms"] = bench_accept(ctx, repeat)
            res["receipt_ms"], baselines["receipt_ms"], res["receipt_pages"] = \
                bench_receipt(ctx, number, repeat)
        res["startup_s"], baselines["startup_s"] = bench_startup(Path(tmp) / "office",
                                                                 1 if quick else 7)
    res["dispatch_5000_s"] = None if quick else bench_dispatch()
    res.update(bench_lookups(packages, 20 if quick else 300))
    res.update(bench_queue(quick))
    res["packages"] = packages
    res["baselines"] = baselines
    res["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                      "load_avg_1min": round(os.getloadavg()[0], 2),
                      "system": f"{platform.system()} {platform.machine()}",
                      "sqlite": __import__("sqlite3").sqlite_version}
    res["met"] = {}
    for name, (limit, kind) in TARGETS.items():
        value = res.get(name)
        if value is not None:
            res["met"][name] = value < (limit * baselines[name] if kind == "x" else limit)
    if server:
        srv = run_server(server, packages, quick)
        srv["met"] = {name: srv[name] < limit for name, (limit, kind) in TARGETS.items()
                      if kind == "abs" and srv.get(name) is not None}
        res["server"] = srv
    return res


def table(res: dict[str, Any]) -> str:
    srv = res.get("server")
    if srv:
        return two_columns(res, srv)
    rows = [("metric", "median", "baseline", "target", "met")]
    fmt = FORMATS
    for name, f in fmt.items():
        value = res.get(name)
        base = res["baselines"].get(name)
        limit, kind = TARGETS.get(name, (None, ""))
        target = "" if limit is None else (f"< {limit:g}x baseline" if kind == "x" else f"< {limit:g}")
        met = res["met"].get(name)
        rows.append((name, "unavailable" if value is None else f.format(value),
                     "" if base is None else f.format(base), target,
                     "" if met is None else ("yes" if met else "NO")))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    m = res["machine"]
    lines.append(f"\n{res['packages']:,} packages in the lookup store; {m['cpus']} CPU cores, "
                 f"{m['system']}, Python {m['python']}, SQLite {m['sqlite']}; load average "
                 f"{m['load_avg_1min']} at the end (other work on the machine slows wall times)")
    return "\n".join(lines)


FORMATS = {"receipt_ms": "{:.1f}", "accept_ms": "{:.1f}", "accept_cpu_ms": "{:.1f}",
           "startup_s": "{:.2f}", "dispatch_5000_s": "{:.2f}", "lookup_number_ms": "{:.2f}",
           "lookup_iin_ms": "{:.2f}", "lookup_name_ms": "{:.2f}", "bytes_per_package": "{:.0f}",
           "call_next_ms": "{:.1f}", "call_next_p99_ms": "{:.1f}",
           "call_to_board_p50_ms": "{:.0f}", "call_to_board_p99_ms": "{:.0f}"}


def two_columns(res: dict[str, Any], srv: dict[str, Any]) -> str:
    """The embedded store and the office server side by side."""
    rows = [("metric", "embedded (SQLite)", "office server (PostgreSQL)", "baseline", "target",
             "met")]
    for name, f in FORMATS.items():
        limit, kind = TARGETS.get(name, (None, ""))
        target = "" if limit is None else (f"< {limit:g}x baseline" if kind == "x" else f"< {limit:g}")
        base = res["baselines"].get(name)
        cells = []
        for side in (res, srv):
            v = side.get(name)
            cells.append("—" if v is None and side is srv and name not in srv else
                         "unavailable" if v is None else f.format(v))
        mets = [side["met"].get(name) for side in (res, srv)]
        met = "/".join("" if m is None else ("yes" if m else "NO") for m in mets).strip("/")
        rows.append((name, cells[0], cells[1], "" if base is None else f.format(base), target,
                     met))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    m = res["machine"]
    lines.append(f"\n{res['packages']:,} packages in both lookup stores; {m['cpus']} CPU cores, "
                 f"{m['system']}, Python {m['python']}, SQLite {m['sqlite']}, PostgreSQL "
                 f"{srv['server_version']} at {srv['server_host']}; load average "
                 f"{m['load_avg_1min']} at the end; met: embedded/server")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--packages", type=int, default=1_000_000,
                   help="packages in the lookup store (default 1,000,000; cached in bench/.cache)")
    p.add_argument("--quick", action="store_true", help="few repetitions: proves it runs")
    p.add_argument("--store", metavar="URL", default=None,
                   help="also measure on this office server (postgresql://…; the role must "
                        "own the database: the benchmark makes schemas of its own in it)")
    args = p.parse_args(argv)
    if args.store and not args.store.startswith(("postgresql://", "postgres://")):
        p.error("--store must be a postgresql:// URL of an office server")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    res = run(args.packages, args.quick, args.store)
    print(json.dumps(res, indent=2) if args.json else table(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: dispatch a large centre's day (default 5,000 courier packages) and print the
seconds ``dispatch_day`` takes (batching in one transaction, one register PDF and one CSV per
destination, the manifest).  Not a test: ``python bench/dispatch_bench.py [N ...]``.

The store is built fast: package rows inserted directly with db.packages.insert_package in
one write (no checklist, no receipts), spread over the demo office's three destinations."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.packages import insert_package  # noqa: E402
from kiosk.office_setup import make_training_store  # noqa: E402
from kiosk.demo import random_person  # noqa: E402
from kiosk.dispatch import dispatch_day  # noqa: E402
from kiosk.documents.fonts import register_fonts  # noqa: E402

DAY = dt.date(2026, 11, 20)
SERVICES = ("externat", "certificate_duplicate", "teacher_attestation")


def _fill(ctx, n: int) -> None:
    import random
    rng = random.Random(n)
    people = [random_person(rng).person for _ in range(min(n, 500))]
    office = ctx.office
    docs = json.dumps([{"id": "application", "original": True, "pages": 2},
                       {"id": "medical_certificate", "original": False, "pages": 3}])
    with ctx.store.write():
        for i in range(1, n + 1):
            p = people[i % len(people)]
            sid = SERVICES[i % len(SERVICES)]
            moment = dt.datetime.combine(DAY, dt.time(9)) + dt.timedelta(seconds=i * 5)
            insert_package(ctx.store, {
                "number": f"{office.code}-{office.station}-{DAY:%y%m%d}-{i:04d}",
                "office_code": office.code, "station": office.station, "day": DAY.isoformat(),
                "seq": i, "service_id": sid, "catalogue_version": ctx.catalogue.version,
                "outcome": "accepted", "status": "accepted", "surname": p.surname,
                "name": p.name, "patronymic": p.patronymic, "iin": p.iin, "phone": p.phone,
                "address": p.address, "documents": docs, "missing": "[]", "consent": 1,
                "channel": "counter", "employee": "bench",
                "accepted_at": moment.isoformat(sep=" "), "due_date": "2026-12-08",
                "provider_due_date": "2026-12-07", "destination": office.destinations[sid],
                "format": "a4"})


def run(n: int = 5000, store: str | None = None) -> float:
    """Seconds to dispatch a day of ``n`` courier packages (store built beforehand); ``store``:
    an empty office-server store to do it on instead of an embedded one."""
    with tempfile.TemporaryDirectory(prefix="qabyldau-bench-") as tmp:
        # a training store (on the office server's empty schema when ``store`` is given)
        with make_training_store(Path(tmp) / "data", store_url=store) as ctx:
            _fill(ctx, n)
            register_fonts()  # once per process (about 0.4 s), not part of a day's dispatch
            start = time.perf_counter()
            result = dispatch_day(ctx, DAY, Path(tmp) / "out", "bench",
                                  dt.datetime.combine(DAY, dt.time(18)))
            seconds = time.perf_counter() - start
            assert result.packages == n, (result.packages, n)
    return seconds


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:]] or [5000]
    for size in sizes:
        cpu = time.process_time()
        wall = run(size)
        print(f"{size} packages: {wall:.2f} s  (process CPU incl. building the store: "
              f"{time.process_time() - cpu:.2f} s)")

"""A child process for the crash and two-writer tests: accepts packages in a loop on a data
folder and prints each receipt number (flushed) only after its package is committed.

    python tests/acceptor.py DATA_DIR COUNT [EMPLOYEE] [STATION]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk import clock  # noqa: E402
from kiosk.context import open_context  # noqa: E402
from kiosk.iin import make_iin  # noqa: E402
from kiosk.intake import accept_package, request_from_dict  # noqa: E402

S1_DOCS = ["application", "identity_document", "diploma", "professional_development", "employment"]


def request(i: int, catalogue) -> dict:
    s1 = catalogue.service("teacher_attestation")
    cond = s1.conditions[0]
    iin = None
    serial = i
    while iin is None:
        iin = make_iin(dt.date(1980 + i % 20, 1 + i % 12, 1 + i % 28), "female", serial)
        serial += 1
    return {"service": "teacher_attestation",
            "applicant": {"surname": "Сейітқали", "name": "Әйгерім", "patronymic": "",
                          "iin": iin, "phone": "+7 701 234 56 78",
                          "address": "Алматы қ., Абай даңғылы, 10"},
            "answers": {cond.id: cond.exempt_when},
            "documents": S1_DOCS if i % 5 else S1_DOCS[:2], "consent": True}


def main() -> int:
    folder, count = sys.argv[1], int(sys.argv[2])
    employee = sys.argv[3] if len(sys.argv) > 3 else "kiosk"
    with open_context(folder) as ctx:
        for i in range(count):
            req = request_from_dict(ctx.catalogue, request(i, ctx.catalogue))
            result = accept_package(ctx, req, employee=employee, now=clock.now())
            # accept_package has committed: only now is the number acknowledged
            print(result.number, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

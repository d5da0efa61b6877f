"""Screenshots of the hall display at 1920x1080 and 1366x768 into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python tools/display_screenshots.py

Runs on a throw-away data folder with a fixed clock (Friday 2026-11-20 10:15): a morning's
tickets, four windows calling, the newest call highlighted; and the same board after hours."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QABYLDAU_NOW"] = "2026-11-20T10:15:00"

SIZES = ((1920, 1080), (1366, 768))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk import queue
    from ui.app import make_app
    from ui.display.window import HallDisplay

    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="qabyldau-display-"))
    from kiosk.office_setup import open_training_office
    ctx = open_training_office(home)  # the training office, as run.sh opens it
    base = dt.datetime(2026, 11, 20, 9, 0)
    services = ["teacher_attestation", "preschool_queue", "school_admission", "preschool_queue",
                "teacher_attestation", None, "externat", "preschool_admission"]
    for i in range(26):
        queue.issue_ticket(ctx, services[i % len(services)], now=base + dt.timedelta(minutes=2 * i))
    for i, window in enumerate((1, 2, 3, 4, 2, 5, 1, 3)):
        t = queue.call_next(ctx, f"{window:02d}", window=window,
                            now=base + dt.timedelta(minutes=20 + 5 * i))
        if t is not None and i < 5:
            queue.serve(ctx, t.id, now=base + dt.timedelta(minutes=22 + 5 * i + i))
    board = HallDisplay(ctx, voice=False)
    start = queue.last_call_id(ctx)
    board.last_id = start - 1          # the newest call counts as just made: highlighted
    board.refresh()
    for w, h in SIZES:
        board.resize(w, h)
        board.show()
        for _ in range(5):
            QApplication.processEvents()
        board.grab().save(str(OUT / f"display-{w}x{h}.png"))
    os.environ["QABYLDAU_NOW"] = "2026-11-20T18:05:00"
    board.fresh.clear()
    board.refresh()
    board.resize(1366, 768)
    for _ in range(5):
        QApplication.processEvents()
    board.grab().save(str(OUT / "display-closed-1366x768.png"))
    board.close()
    ctx.close()
    print("screenshots in", OUT)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

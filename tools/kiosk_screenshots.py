"""Screenshots of every kiosk screen at 1920x1080 and 1280x1024 into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python tools/kiosk_screenshots.py

Runs on a throw-away data folder with a fixed clock (Friday 2026-11-20 10:15)."""

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

SIZES = ((1920, 1080), (1280, 1024))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk import queue
    from kiosk.iin import make_iin
    from kiosk.staff import DEFAULT_CLERK
    from ui import i18n_build, tasks
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.i18n import LANG
    from ui.kiosk.window import KioskWindow

    import subprocess

    from kiosk import printers

    def cups(working: bool):
        """A stand-in CUPS: one roll printer that prints, or none at all (never the real one)."""
        def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
            out = ""
            if not working:
                return subprocess.CompletedProcess(argv, 1, "", "No destinations added.")
            if argv[:2] == ["lpstat", "-e"]:
                out = "Receipts\n"
            elif argv[:2] == ["lpstat", "-d"]:
                out = "system default destination: Receipts\n"
            elif argv[:3] == ["lpstat", "-l", "-p"]:
                out = "printer Receipts is idle.  enabled since today\n\tAlerts: none\n"
            elif argv[:2] == ["lpstat", "-a"]:
                out = "Receipts accepting requests since today\n"
            elif argv[0] == "lp":
                out = "request id is Receipts-1 (1 file(s))\n"
            return subprocess.CompletedProcess(argv, 0, out, "")
        printers._run = run
        printers.cups_available = lambda: True

    cups(True)
    i18n_build.build()
    app = make_app()
    tasks.set_immediate(True)
    OUT.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="qabyldau-shots-"))
    from kiosk.office_setup import open_training_office
    ctx = open_training_office(home)  # the training office, as run.sh opens it
    base = dt.datetime(2026, 11, 20, 9, 10)
    for i, sid in enumerate(["preschool_queue", "teacher_attestation", "externat",
                             "preschool_queue", "teacher_attestation"]):
        queue.issue_ticket(ctx, sid, now=base + dt.timedelta(minutes=7 * i))
    t = queue.call_next(ctx, "01", now=base + dt.timedelta(minutes=12))
    queue.serve(ctx, t.id, now=base + dt.timedelta(minutes=25))
    queue.call_next(ctx, "02", now=base + dt.timedelta(minutes=30))

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(widget, name: str, size: tuple[int, int]) -> None:
        settle()
        path = OUT / f"kiosk-{name}-{size[0]}x{size[1]}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT))

    for size in SIZES:
        LANG.switch("kk")
        w = KioskWindow(ctx, idle_timeout_s=3600)
        w.resize(*size)
        w.show()
        settle()
        shot(w, "1-welcome", size)
        w.choose_language("ru")
        shot(w, "2-services", size)
        w.services.search.setText("аттестац")
        shot(w, "2b-search", size)
        w.open_service("teacher_attestation")
        shot(w, "3-service", size)
        w.start_prefill("teacher_attestation")
        good = make_iin(dt.date(1985, 3, 14), "female", 77)
        w.prefill.edits["iin"].setText(good[:11] + str((int(good[11]) + 1) % 10))
        w.prefill.edits["surname"].setText("Иванова")
        shot(w, "4-prefill-bad-iin", size)
        w.prefill.edits["iin"].setText(good)
        w.prefill.edits["name"].setText("Әлия")
        w.prefill.edits["phone"].setText("+7 701 234 56 78")
        w.prefill.answer("no_previous_category", True)
        w.prefill.consent.setChecked(True)
        shot(w, "4b-prefill", size)
        w.large.setChecked(True)
        shot(w, "4c-prefill-large", size)
        w.large.setChecked(False)
        w.prefill.submit.click()
        shot(w, "5-ticket", size)
        cups(False)
        w.issue_plain_ticket("teacher_attestation")
        shot(w, "5b-ticket-printer-down", size)
        cups(True)
        w.reset()
        w.contrast.setChecked(True)
        shot(w, "1c-welcome-contrast", size)
        w.contrast.setChecked(False)
        LANG.switch("en")
        w.open_service("preschool_queue")
        w.show_page(w.service)
        w.large.setChecked(True)
        w.contrast.setChecked(True)
        shot(w, "6-large-contrast", size)
        w.reset()
        LANG.switch("kk")
        w.show_page(w.home_visit)
        shot(w, "7-home-visit", size)
        w.show_page(w.pin)
        shot(w, "8-pin", size)
        w.open_service("externat")
        w.show_page(w.service)
        w.on_idle()
        shot(w, "9-idle-countdown", size)
        w.close()
        w.deleteLater()
        os.environ["QABYLDAU_NOW"] = "2026-11-20T18:05:00"
        LANG.switch("ru")
        closed = KioskWindow(ctx, idle_timeout_s=3600)
        closed.resize(*size)
        closed.show()
        shot(closed, "1b-welcome-closed", size)
        closed.close()
        closed.deleteLater()
        os.environ["QABYLDAU_NOW"] = "2026-11-20T10:15:00"
        LANG.switch("ru")
        desk = DeskWindow(ctx, DEFAULT_CLERK)
        desk.resize(*size)
        desk.show()
        desk.show_section("queue")
        shot(desk, "10-desk-queue", size)
        desk.close()
        desk.deleteLater()
        settle()
    ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

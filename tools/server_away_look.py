"""Look at the desk and the kiosk on an office server while the server stops and starts again,
on a real X server (Xvfb), and save what the screen showed at each step.

    xvfb-run -s '-screen 0 1920x1080x24' python tools/server_away_look.py \\
        --store postgresql://qabyldau@127.0.0.1:55111/qabyldau_look \\
        --stop "pg_ctl -D DATA -m fast stop" --start "pg_ctl -D DATA -w start" --out DIR

Steps: a clerk fills a complete package (1), the server stops: banner, Accept disabled, the
form kept (2, and the kiosk's banner: 2b), the server starts: the banner goes by itself (3),
Accept stores the package on the server (4).  The screen is grabbed from the X root window."""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--store", required=True)
    p.add_argument("--stop", required=True, help="command that stops the server")
    p.add_argument("--start", required=True, help="command that starts the server")
    p.add_argument("--out", required=True)
    p.add_argument("--data-dir", default=None)
    args = p.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from kiosk.context import open_context
    from kiosk.staff import DEFAULT_CLERK
    from ui.app import make_app
    from ui.connection import store_watch
    from ui.desk.intake import IntakeSection
    from ui.desk.package_view import PackageSection
    from ui.desk.today import TodaySection
    from ui.desk.shell import DeskWindow
    from ui.i18n import LANG
    from ui.kiosk.window import KioskWindow

    ctx = open_context(args.data_dir, store=args.store)
    print(f"store: {ctx.store.where} (server: {ctx.store.is_server}), station {ctx.station_code}")
    app = make_app()
    LANG.switch("kk")
    desk = DeskWindow(ctx, DEFAULT_CLERK, factories=[
        ("intake", IntakeSection), ("today", TodaySection), ("package", PackageSection)])
    desk.setWindowTitle("Qabyldau — desk")
    desk.setGeometry(0, 0, 1100, 1040)
    desk.show()
    kiosk = KioskWindow(ctx)
    kiosk.setWindowTitle("Qabyldau — kiosk")
    kiosk.setGeometry(1110, 0, 810, 1040)
    kiosk.show()
    screen = app.primaryScreen()

    def shot(name: str) -> None:
        for _ in range(10):
            QCoreApplication.processEvents()
            QTest.qWait(50)
        path = out / f"{name}.png"
        screen.grabWindow(0).save(str(path))
        print(f"{name}: banner={desk.banner.isVisible()} kiosk_banner={kiosk.banner.isVisible()}"
              f" accept_enabled={intake.accept_btn.isEnabled()} -> {path}")

    def wait_for(cond, seconds: float) -> float:  # type: ignore[no-untyped-def]
        t0 = time.monotonic()
        while not cond() and time.monotonic() - t0 < seconds:
            QCoreApplication.processEvents()
            QTest.qWait(50)
        return time.monotonic() - t0

    import datetime as dt

    from kiosk.iin import make_iin
    iin = next(i for s in range(1234, 1300) if (i := make_iin(dt.date(1985, 3, 12), "female", s)))
    intake = desk.show_section("intake")
    intake.search.setText("аттестация")
    QTest.keyClick(intake.search, Qt.Key.Key_Return)
    box = intake.form.applicant
    for key, value in (("surname", "Әбілқайырова"), ("name", "Айгүл"),
                       ("patronymic", "Серікқызы"), ("iin", iin),
                       ("phone", "+77012345678"), ("address", "Алматы қ., Абай даңғылы, 10-үй")):
        box.edits[key].setText(value)
    intake.form.consent.setChecked(True)
    for row in intake.checklist.rows:
        if row.document.id in ("application", "identity_document", "diploma",
                               "professional_development", "employment", "previous_category"):
            row.received.setChecked(True)
    intake.update_completeness()
    QCoreApplication.processEvents()
    QTest.mouseClick(kiosk.welcome.lang_buttons["ru"], Qt.MouseButton.LeftButton)
    shot("1-connected")

    subprocess.run(shlex.split(args.stop), check=True, capture_output=True)
    took = wait_for(desk.banner.isVisible, 15)
    print(f"server stopped; the idle desk showed the banner after {took:.1f} s")
    shot("2-server-away")
    QTest.mouseClick(intake.accept_btn, Qt.MouseButton.LeftButton)   # disabled: nothing happens
    print(f"form kept: {box.edits['surname'].text()} {box.edits['iin'].text()}; "
          f"last result {intake.last_result}")

    subprocess.run(shlex.split(args.start), check=True, capture_output=True)
    took = wait_for(lambda: not desk.banner.isVisible(), 15)
    print(f"server started; the banner went by itself after {took:.1f} s")
    shot("3-reconnected")
    QTest.mouseClick(intake.accept_btn, Qt.MouseButton.LeftButton)
    wait_for(lambda: intake.last_result is not None, 10)
    print(f"accepted on the server: {intake.last_result.number if intake.last_result else None}")
    shot("4-accepted")
    from ui.tasks import wait_all
    wait_all()                       # the receipt preview renders on a worker
    for _ in range(5):
        QCoreApplication.processEvents()
    store_watch(ctx).stop()
    desk.close()
    kiosk.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

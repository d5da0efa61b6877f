"""Start-up: parse flags, open the store, build the window, run."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.store import StoreError


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="Qabyldau front-office application")
    p.add_argument("--data-dir", metavar="DIR", help="office data folder")
    p.add_argument("--kiosk", action="store_true", help="run the applicant kiosk full screen")
    p.add_argument("--display", action="store_true",
                   help="run the hall display full screen (calls, waiting, voice)")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="start in this language")
    p.add_argument("--store", metavar="URL",
                   help="the office's store: a postgresql:// URI of the office server (default: "
                        "$QABYLDAU_STORE, else the station file's store, else the embedded store)")
    p.add_argument("--smoke", action="store_true", help="start, show the first screen, exit 0")
    p.add_argument("--training", action="store_true",
                   help="open the training office (its own folder, made on first use)")
    return p.parse_args(argv)


def store_problem(args: argparse.Namespace, exc: "StoreError") -> int:
    """The store cannot be opened: say so on the terminal and in a message box, naming the
    latest automatic backup and the restore command; exit 3."""
    from db.store import StoreUnavailable
    from kiosk.backup import damaged_message
    from kiosk.cli import default_lang
    from kiosk.errors import message
    from kiosk.paths import data_dir
    lang = args.lang or default_lang()
    if isinstance(exc, StoreUnavailable):  # the office server is away: no restore advice
        title = "Qabyldau"
        text = message("store.unavailable", lang, address=exc.address, reason=exc.reason) \
            if exc.address else str(exc)
    else:
        title, text = damaged_message(data_dir(args.data_dir), exc, lang)
    print(text, file=sys.stderr)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui.app import make_app
    make_app()
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the command
    box.setObjectName("StoreProblem")
    if args.smoke:
        QTimer.singleShot(0, box.accept)
    box.exec()
    return 3


DESK_LOCK_WAIT_S = 5.0


def first_run(args: argparse.Namespace, missing: Exception) -> object:
    """An empty data folder: the set-up of this office or the training office; None when
    the person closed the dialog."""
    from pathlib import Path

    from PySide6.QtCore import QTimer

    from kiosk.paths import training_dir
    from ui.app import make_app
    from ui.first_run import FirstRunDialog
    make_app()
    dialog = FirstRunDialog(Path(str(getattr(missing, "folder", ""))), training_dir())
    if args.smoke:
        QTimer.singleShot(0, dialog.reject)
    dialog.exec()
    return dialog.result_ctx


def keep_daily_backups(window: object, ctx: object) -> object:
    """A desk or kiosk left open for days still makes its daily backup: every quarter of an
    hour the day is looked at, and the first look of a new day makes that day's copy."""
    from PySide6.QtCore import QTimer

    from kiosk import clock
    from kiosk.backup import daily_backup
    timer = QTimer(window)  # type: ignore[arg-type]
    timer.setObjectName("DailyBackup")
    timer.setInterval(15 * 60 * 1000)
    timer.timeout.connect(lambda: daily_backup(ctx.store, ctx.folder, clock.today()))  # type: ignore[attr-defined]
    timer.start()
    return timer


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    import os
    if os.name == "posix":
        os.umask(0o077)  # the store, backups, receipts and exports: the user's only
    from db.store import StoreError
    from kiosk.context import StoreMissing, open_context
    from kiosk.errors import InputError
    from kiosk.station import StationError
    try:
        if args.training:
            from kiosk.office_setup import open_training_office
            ctx = open_training_office(args.data_dir)
        else:
            # the store before any widget; the GUI keeps the computer's clock for an office
            ctx = open_context(args.data_dir, store=args.store, ignore_fixed_clock=True)
    except StoreMissing as exc:
        opened = first_run(args, exc)
        if opened is None:
            return 0 if args.smoke else 2
        ctx = opened  # type: ignore[assignment]
    except InputError as exc:
        from kiosk.cli import default_lang
        print(f"qabyldau: {exc.text(args.lang or default_lang())}", file=sys.stderr)
        return 2
    except StoreError as exc:
        return store_problem(args, exc)
    except StationError as exc:  # this PC's station file says something impossible
        from kiosk.cli import default_lang
        from kiosk.errors import message
        print(f"qabyldau: {message('station.file', args.lang or default_lang())}: {exc}",
              file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer

    from ui.app import make_app, start_language
    from ui.main_window import MainWindow
    from db.dialect import lock_wait_s
    ctx.store.set_lock_wait(min(DESK_LOCK_WAIT_S, lock_wait_s()))  # a screen never freezes long
    app = make_app()
    start_language(ctx, args.lang)
    from ui.connection import keep_station, leave_station
    args.display = args.display or (ctx.station.runs == "display" and not args.kiosk)
    runs = "display" if args.display else "kiosk" if args.kiosk else ctx.station.runs
    if not keep_station(ctx, runs, smoke=args.smoke):
        ctx.close()
        return 2  # another PC runs this station code now: it said so
    if args.display:
        from ui.display.window import HallDisplay
        window = HallDisplay(ctx)
        window.showFullScreen()
    else:
        window = MainWindow(ctx)
        if not ctx.store.is_server:  # a server office is backed up with pg_dump (README)
            keep_daily_backups(window, ctx)
        if args.kiosk and hasattr(window, "open_kiosk"):
            window.open_kiosk(full_screen=True)
        else:
            window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    if args.display:
        window.close()  # stops the board's voice and timers before the store closes
    leave_station(ctx)
    ctx.close()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())

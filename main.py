"""Start-up: parse flags, open the store, build the window, run."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="Qabyldau front-office application")
    p.add_argument("--data-dir", metavar="DIR", help="office data folder")
    p.add_argument("--kiosk", action="store_true", help="run the applicant kiosk full screen")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="start in this language")
    p.add_argument("--smoke", action="store_true", help="start, show the first screen, exit 0")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from db.store import StoreError
    from kiosk.context import open_context
    try:
        ctx = open_context(args.data_dir)  # the store before any widget
    except StoreError as exc:
        print(f"Qabyldau cannot open its data: {exc}", file=sys.stderr)
        return 3
    from PySide6.QtCore import QTimer

    from ui.app import make_app, start_language
    from ui.main_window import MainWindow
    app = make_app()
    start_language(ctx, args.lang)
    window = MainWindow(ctx)
    if args.kiosk and hasattr(window, "open_kiosk"):
        window.open_kiosk(full_screen=True)
    else:
        window.show()
    if args.smoke:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    ctx.close()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())

"""Building the application: the store is open before any widget exists."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from ui.i18n import LANG

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Qabyldau")
    app.setOrganizationName("Qabyldau")
    for font in (RESOURCES / "fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont("DejaVu Sans", 11))
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def start_language(ctx: Context, override: str | None = None) -> None:
    LANG.switch(override or ctx.office.language or "kk")

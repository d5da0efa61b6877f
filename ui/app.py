"""Building the application: the store is open before any widget exists."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from ui.i18n import LANG

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


_none_guarded = False


def keep_none_alive() -> None:
    """PySide6 6.12 on Python 3.11 returns None from void Qt methods (setText, setEnabled, ...)
    without taking a reference: every such call drops None's reference count by one, and after
    some thousand calls the interpreter aborts ("none_dealloc: deallocating None").  Python
    3.12+ makes None immortal; on 3.11 give None a count no application can use up."""
    global _none_guarded
    if sys.version_info < (3, 12) and not _none_guarded:
        import ctypes
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
        _none_guarded = True


def make_app(argv: list[str] | None = None) -> QApplication:
    keep_none_alive()
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

"""The desk under pytest-qt: offscreen, tasks run at once, English unless a test switches."""

from __future__ import annotations

import datetime as dt

import pytest

from ui.i18n import I18N_DIR


@pytest.fixture(scope="session", autouse=True)
def _translations_built() -> None:
    ts = sorted(I18N_DIR.glob("*.ts"))
    stale = [t for t in ts if not t.with_suffix(".qm").exists()
             or t.with_suffix(".qm").stat().st_mtime < t.stat().st_mtime]
    if stale:
        from ui import i18n_build
        i18n_build.build()


@pytest.fixture
def store_target():
    """GUI tests run on the embedded store (the core tests cover both engines)."""
    return None


@pytest.fixture
def desk(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    from kiosk.staff import DEFAULT_CLERK
    from ui import tasks
    from ui.app import make_app
    from ui.desk.shell import DeskWindow
    from ui.i18n import LANG
    make_app()
    LANG.switch("en")
    tasks.set_immediate(True)
    window = DeskWindow(ctx, DEFAULT_CLERK)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window
    LANG.switch("en")
    QApplication.processEvents()  # deliver LanguageChange while the store is still open
    window.close()
    tasks.set_immediate(False)


@pytest.fixture
def good_iin() -> str:
    from kiosk.iin import make_iin
    for serial in range(1234, 1300):  # some serials give no valid check digit
        iin = make_iin(dt.date(1985, 3, 12), "female", serial)
        if iin:
            return iin
    raise AssertionError("no IIN")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """A desk asks before a filled-in form is lost; a test that ends with one filled would wait
    on that question when pytest-qt closes its windows.  Empty such forms as the test ends."""
    yield
    drop_filled_forms()


def drop_filled_forms() -> None:
    from PySide6.QtWidgets import QApplication

    from ui.desk.shell import DeskWindow
    for w in QApplication.topLevelWidgets():
        desk = w if isinstance(w, DeskWindow) else getattr(w, "desk", None)
        if isinstance(desk, DeskWindow):
            for section in desk.unsaved_sections():
                section.clear_form()

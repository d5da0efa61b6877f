"""A kiosk nobody can leave: full screen over the whole screen, every close asks for a staff
PIN; a finger drag scrolls its pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScroller

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _english_after():
    yield
    from ui.i18n import LANG
    if QApplication.instance() is not None:
        LANG.switch("en")
        QApplication.processEvents()


def _main(qtbot, ctx):
    from ui.app import make_app
    from ui.i18n import LANG
    from ui.main_window import MainWindow
    make_app()
    LANG.switch("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


SCREEN_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from kiosk.context import open_context
from ui.app import make_app
from ui.main_window import MainWindow
app = make_app()
ctx = open_context(None)
window = MainWindow(ctx)
kiosk = window.open_kiosk(full_screen=True)
for _ in range(20):
    app.processEvents()
g, s = window.geometry(), window.screen().geometry()
print(g.x(), g.y(), g.width(), g.height(), s.width(), s.height(), window.isFullScreen())
window.close()
app.processEvents()
print(window.isVisible(), kiosk.current_page() is kiosk.pin)
"""


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 1024)])
def test_full_screen_covers_the_whole_screen(tmp_path, size):
    """On a screen of that size (Qt's offscreen platform set up like Xvfb without a window
    manager: nothing but the program sizes the window)."""
    w, h = size
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": w,
                                               "height": h, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    out = subprocess.run([sys.executable, "-c", SCREEN_SCRIPT], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    geometry, closed = out.stdout.splitlines()[-2:]
    assert geometry == f"0 0 {w} {h} {w} {h} True", "the whole screen, at its top-left corner"
    assert closed == "True True", "a close asks for the PIN and the kiosk stays"


def test_closing_the_kiosk_by_any_means_asks_for_the_staff_pin(qtbot, ctx):
    window = _main(qtbot, ctx)
    kiosk = window.open_kiosk(full_screen=True)
    qtbot.waitExposed(window)
    assert not window.close(), "a close request (Alt+F4, the window manager) is refused"
    assert window.isVisible() and kiosk.current_page() is kiosk.pin
    assert kiosk.pin.title.text() == "Closing the kiosk: staff only, enter the PIN"
    event = QCloseEvent()
    QApplication.sendEvent(window.windowHandle(), event)     # straight from the windowing system
    assert window.isVisible()
    kiosk.pin.cancelled.emit()                               # the applicant goes back
    assert kiosk.current_page() is kiosk.welcome and window.isVisible()
    window.close()
    kiosk.pin.field.setText("0000")
    kiosk.pin.ok.click()                                     # a wrong PIN: still there
    assert window.isVisible() and kiosk.pin.error.text()           # (in Kazakh: reset)
    kiosk.pin.field.setText("1111")
    kiosk.pin.ok.click()                                     # a staff PIN: closed
    assert not window.isVisible()


def test_the_staff_button_leaves_full_screen_for_the_start_screen(qtbot, ctx):
    window = _main(qtbot, ctx)
    kiosk = window.open_kiosk(full_screen=True)
    qtbot.waitExposed(window)
    kiosk.staff.click()
    assert kiosk.pin.title.text() == "Staff only: enter the PIN"
    kiosk.pin.field.setText("1111")
    kiosk.pin.ok.click()
    assert window.stack.currentWidget() is window.start and not window.isFullScreen()
    assert window.close(), "the start screen closes as any window"


def test_a_finger_drag_scrolls_every_kiosk_page(qtbot, ctx):
    from ui.kiosk.window import KioskWindow
    from ui.app import make_app
    make_app()
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 1024)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    areas = kiosk.findChildren(QAbstractScrollArea)
    assert len(areas) >= 3
    for area in areas:
        assert QScroller.hasScroller(area.viewport())
        assert area.viewport().grabGesture  # touch and left-button gestures grabbed
    # a drag on the list of services scrolls it
    kiosk.large.setChecked(True)
    kiosk.choose_language("en")
    area = next(a for a in kiosk.services.findChildren(QAbstractScrollArea) if a.isVisible())
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    vp = area.viewport()
    start = QPoint(vp.width() // 2, vp.height() - 40)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 16):
        QTest.mouseMove(vp, start - QPoint(0, step * 30), 20)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start - QPoint(0, 450), 20)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)

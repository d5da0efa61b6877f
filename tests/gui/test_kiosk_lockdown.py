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


def _no_scroller_moving(qtbot) -> None:
    """Stop every scroller still dragging or flinging: Qt ignores a finger put down inside the
    rectangle of another active scroller (a hidden page's too), so a fling left running by an
    earlier drag would swallow the next one."""
    for scroller in QScroller.activeScrollers():
        scroller.stop()
    qtbot.waitUntil(lambda: not QScroller.activeScrollers(), timeout=2000)


def _drag_up(qtbot, area, y: int) -> None:
    """A finger on the screen moving up 450 px from height y (touch events on the view), held
    still at the end until the view has followed it, then lifted."""
    _no_scroller_moving(qtbot)
    vp = area.viewport()
    scroller = QScroller.scroller(vp)
    start = QPoint(vp.width() // 2, y)
    finger = QTest.createTouchDevice()
    QTest.touchEvent(vp, finger).press(0, start, vp).commit()
    for step in range(1, 31):
        qtbot.wait(20)
        QTest.touchEvent(vp, finger).move(0, start - QPoint(0, step * 15), vp).commit()
    # while dragging, QScroller moves the view only on its animation timer's ticks, and drops
    # what it has not applied yet when the finger lifts: a loaded machine that skipped the
    # ticks would lift a finger that moved nothing.  A real finger rests a moment too.
    for _ in range(100):
        if scroller.state() != QScroller.State.Dragging or area.verticalScrollBar().value() > 0:
            break
        qtbot.wait(20)
    QTest.touchEvent(vp, finger).release(0, start - QPoint(0, 450), vp).commit()


def test_a_finger_drag_scrolls_every_kiosk_page(qtbot, ctx):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    make_app()
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 1024)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    areas = kiosk.findChildren(QAbstractScrollArea)
    assert len(areas) >= 4
    for area in areas:      # touch, and the left-button drag of touchscreens sending mouse events
        assert QScroller.hasScroller(area.viewport()), area
    kiosk.large.setChecked(True)
    scrolled = []
    for show in (lambda: kiosk.choose_language("en"),            # the list of services
                 lambda: kiosk.open_service("teacher_attestation"),  # what to bring
                 lambda: (kiosk.reset(), kiosk.large.setChecked(True))):  # the board
        show()
        page = kiosk.current_page()

        def tallest():
            return max((a for a in page.findChildren(QAbstractScrollArea) if a.isVisible()),
                       key=lambda a: a.verticalScrollBar().maximum())
        qtbot.waitUntil(lambda: tallest().verticalScrollBar().maximum() > 0)
        area = tallest()
        bar = area.verticalScrollBar()
        assert bar.value() == 0, page
        # a finger put down at the bottom, the middle or the top of the view (what is under it
        # differs: a button, a text, the background)
        for y in (area.viewport().height() - 20, area.viewport().height() // 2, 60):
            _drag_up(qtbot, area, y)
            for _ in range(10):
                if bar.value() > 0:
                    break
                qtbot.wait(100)
            if bar.value() > 0:
                break
        assert bar.value() > 0, f"{type(page).__name__} did not scroll (after {scrolled})"
        scrolled.append(type(page).__name__)
        _no_scroller_moving(qtbot)
    assert scrolled == ["ServicesPage", "ServicePage", "WelcomePage"]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_prefill_keeps_the_question_and_consent_in_view_at_1280x1024_large_text(qtbot, ctx,
                                                                                lang, good_iin):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QScrollArea

    from ui.app import make_app
    from ui.i18n import LANG
    from ui.kiosk.window import KioskWindow
    make_app()
    LANG.switch(lang)
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 1024)
    kiosk.show()
    kiosk.large.setChecked(True)
    kiosk.start_prefill("teacher_attestation")
    page = kiosk.prefill
    page.edits["iin"].setText(good_iin)           # "IIN is correct" shows under the fields
    QApplication.processEvents()
    area = next(a for a in page.findChildren(QScrollArea))
    view = area.viewport()
    shown = [page.consent] + [w for _, label, yes, no in page.question_rows
                              for w in (label, yes, no)]
    assert len(shown) == 4
    for w in shown:
        rect = QRect(w.mapTo(view, QPoint(0, 0)), w.size())
        assert view.rect().contains(rect), f"{w} is below the fold: {rect} in {view.rect()}"
    assert area.verticalScrollBar().maximum() == 0, "nothing to scroll to"
    bottom = page.keyboard.mapTo(kiosk, QPoint(0, page.keyboard.height()))
    assert bottom.y() <= 1024


def test_the_office_name_reads_in_high_contrast(qtbot, ctx):
    from ui.app import make_app
    from ui.kiosk.window import KioskWindow
    make_app()
    kiosk = KioskWindow(ctx)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 1024)
    kiosk.show()
    kiosk.contrast.setChecked(True)
    QApplication.processEvents()
    image = kiosk.welcome.office.grab().toImage()
    background = image.pixelColor(1, 1)
    assert (background.red(), background.green(), background.blue()) == (0, 0, 0)
    colours = {(image.pixelColor(x, y).red(), image.pixelColor(x, y).green(),
                image.pixelColor(x, y).blue())
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert (255, 255, 0) in colours, "yellow letters on black"
    assert (255, 255, 255) not in colours, "no white behind the yellow letters"
